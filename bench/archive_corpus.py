#!/usr/bin/env python3
"""Generate an ARCHIVE-SHAPED recap corpus: what a site imported from a real public
talk archive looks like, as opposed to the tidy corpus of gen_corpus.py.

Stdlib only, deterministic for a given --talks and --seed.

It builds the corpus of `gen_corpus.py --talks N --layouts recap --speakers-by-name`
(imported from the script beside this one: the same talks, conferences, bodies and
topic files; talks name speakers by display name and there are no speaker files, so
every speaker page is derived from a name), then rewrites each talk's `speakers:`
and `topics:` the way an archive spells them:

speakers  A long tail of people (about 13,000 spellings for 20,000 talks; most
          people give one talk, a few give dozens), named in several scripts:
          Chinese (王小明, Tim (文昌) Hsu, 姜韋辰 Daniel, 郭學聰 (Hsueh-Tsung Kuo)),
          Japanese (山田 太郎, やまだ たろう), Korean (김민준), Cyrillic, Greek, Arabic,
          Hebrew, Devanagari and Thai; Latin names with diacritics, spelt without
          them in some talks (Zoë Ångström / Zoe Angstrom); initials written three
          ways (J. R. Smith, J.R. Smith, JR Smith); particles and apostrophes
          (van der Berg, O'Brien); a first name alone (Daniel); and typos of a
          known name, one letter dropped, doubled or swapped (Karen Tracey for
          Karen Tracy). Names come from per-script lists of given and family names
          combined at random, so there are thousands of them.
topics    Topic slugs are written as names, slugs or in lower case, and some talks
          get a language whose name is punctuation (C, C#, C++, F#, .NET, Node.js,
          ASP.NET Core, Objective-C, C/C++, ...), a spelling variant of an
          ordinary topic (api/apis, unit testing/unit-testing,
          microservice/microservices) or one of two topics that look alike but
          differ (supervised-learning/unsupervised-learning, Java/JavaScript).

Every name and topic is written as a YAML double-quoted string.

Usage:
  archive_corpus.py [--talks 20000] [--out DIR] [--seed 42] [--no-cards]

The site root is DIR/recap (DIR/recap/content/...), as with gen_corpus.py;
DIR/archive.json holds the summary printed at the end.
"""

import argparse
import json
import os
import random
import shutil
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402  (the script beside this one)

# ---------------------------------------------------------------- Latin names

LATIN_GIVEN = gen_corpus.FIRST + """Andrew Karen Tim Kevin Michael Sarah Laura Peter
Paul John Mary David Robert Jennifer Linda Susan Thomas Matthew Mark Steven Brian
Rachel Rebecca Katie Emily Olivia Liam Ethan Jacob Nathan Ryan Adam Simon Martin
Julien Nicolas Pierre Antoine Hans Klaus Lars Sven Henrik Magnus Pablo Miguel Juan
Luis Giulia Francesca Alessandro Matteo Lorenzo Sean Patrick Conor Aisling Siobhan
Aidan Kwame Ama Kofi Chidi Ngozi Tunde Amina Thabo Lerato Sipho Raj Anil Sanjay
Vikram Ananya Kiran Nikhil Rohan Aditya Hassan Layla Yasmin Mehmet Emre Elif Piotr
Marek Kasia Tomasz Jan Petr Pavel Andrei Sergei Katya Nikolai Mateusz Dan Dave Chris
Alex Sam Jo Kim Lee Pat Robin Jannis Janis Markus Bastian Jessica Heather Megan
Scott Greg Jeff Jon Jonathan Nick Rob Will Ted Beth Kate Anne Ann Joanna Joanne
Claire Clare Stephen Stephanie Carl Karl Erica Erika Philip Phillip""".split()

LATIN_FAMILY = gen_corpus.LAST + """Smith Johnson Williams Brown Jones Miller Davis
Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark
Lewis Robinson Walker Hall Allen King Wright Scott Green Baker Adams Nelson Hill
Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart
Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward
Cox Richardson Wood Watson Bennett Gray Hughes Price Sanders Myers Long Ross Foster
Tracy Leidel MacDonald McCarthy Fitzgerald Gallagher Byrne Doyle Kennedy Lynch Nolan
Okonkwo Mensah Owusu Adeyemi Banda Mwangi Naidoo Dlamini Sharma Iyer Reddy Rao Menon
Desai Khan Hussain Rahman Aziz Haddad Yilmaz Demir Kaya Nowak Mazur Krawczyk Horvath
Varga Popov Ivanov Volkov Novotny Svoboda Horak Janssen Peeters Maes Bakker Visser
Smit Mulder Meijer Bos Vos Lindberg Berg Strand Nyberg Virtanen Korhonen Makinen
Rossi Ricci Romano Greco Bruno Gallo Conti Esposito Moretti Fontana Lombardi
Rousseau Girard Bonnet Fournier Mercier Blanc Guerin Muller Hoffmann Koch Wolff
Schulz Neumann Braun Zimmer Kraus Lehmann Kaiser Fuchs Sommer Hahn Vogt
O'Brien O'Neill O'Connor D'Souza D'Angelo Smith-Jones Taylor-Wood""".split() + [
    "van der Berg", "van Rossum", "de Vries", "von Neumann", "da Silva", "Le Gall",
    "St. John", "de la Cruz", "van den Broek", "ter Horst", "dos Santos", "Mac Lochlainn"]

# diacritics: combined with each other and with the plain lists above
DIA_GIVEN = """José Zoë Łukasz Søren Björn François Renée Jürgen Ángel Inês João Małgorzata
Paweł Bartłomiej Jiří Tomáš Ondřej Günther Mónica Élodie Hélène Çağla Şebnem Gökhan
Dóra Bálint Mārtiņš Agnė Øyvind Ása Þóra Sigurður Đorđe Miloš Aleš Žan Noémie Loïc
Raphaël Íñigo Ramón Lucía Andrés Sebastián Joaquín Aurélie Jérôme Stéphane Zoé Chloé
Léa Maël Anaïs Joël Jörg Käthe Uğur Ayşe Barış Ömer Dāvis Jānis Līga Vytautas
Gintarė Kristján Guðrún Nuño Márton Réka Zsófia Dalibor Vojtěch Kateřina Lukáš
Sørina Åsa Göran Håkan Pär Måns""".split()
DIA_FAMILY = """Ångström Núñez Żółw Müller Gonçalves Dvořák Nováková Ødegaard Jørgensen
Åberg Öztürk Yılmaz Şahin Çelik Kovács Szabó Wójcik Kamiński Wiśniewski Dąbrowski
Pérez García Martínez Rodríguez Hernández Gómez Muñoz Jiménez Álvarez Sánchez
Fernández Björk Sørensen Lefèvre Bézier Strauß Größer Schäfer Krüger Köhler Jäger
Hämäläinen Järvinen Mäkelä Nieminen Lähteenmäki Ólafsson Guðmundsson Þórsson
Petrović Jovanović Đorđević Nikolić Kovačević Babić Horváth Tóth Fekete Šimůnek
Procházka Kučera Černý Růžička Bērziņš Kalniņš Ozoliņš Kazlauskas Žukauskas
Gonçalo Magalhães Araújo Conceição Simões Brandão Gaëtan Lemaître Béranger Hébert
Côté Gagné Lévesque Bélanger Dupré Fèvre Løvås Ståhl Sjögren Åkesson Bäckström""".split()

# ---------------------------------------------------------------- other scripts

CN_FAMILY_TW = [("陳", "Chen"), ("林", "Lin"), ("黃", "Huang"), ("張", "Chang"), ("李", "Lee"),
                ("王", "Wang"), ("吳", "Wu"), ("劉", "Liu"), ("蔡", "Tsai"), ("楊", "Yang"),
                ("許", "Hsu"), ("鄭", "Cheng"), ("謝", "Hsieh"), ("郭", "Kuo"), ("洪", "Hung"),
                ("邱", "Chiu"), ("曾", "Tseng"), ("廖", "Liao"), ("賴", "Lai"), ("徐", "Hsu"),
                ("周", "Chou"), ("葉", "Yeh"), ("蘇", "Su"), ("莊", "Chuang"), ("呂", "Lu"),
                ("江", "Chiang"), ("姜", "Chiang"), ("何", "Ho"), ("蕭", "Hsiao"), ("羅", "Lo")]
CN_GIVEN_TW = [("學聰", "Hsueh-Tsung"), ("文昌", "Wen-Chang"), ("韋辰", "Wei-Chen"),
               ("宇婷", "Yu-Ting"), ("家豪", "Chia-Hao"), ("柏翰", "Po-Han"), ("世傑", "Shih-Chieh"),
               ("怡君", "Yi-Chun"), ("志明", "Chih-Ming"), ("淑芬", "Shu-Fen"), ("俊傑", "Chun-Chieh"),
               ("雅婷", "Ya-Ting"), ("冠宇", "Kuan-Yu"), ("承恩", "Cheng-En"), ("宗翰", "Tsung-Han"),
               ("佳穎", "Chia-Ying"), ("建宏", "Chien-Hung"), ("信宏", "Hsin-Hung"), ("志豪", "Chih-Hao"),
               ("美玲", "Mei-Ling"), ("育誠", "Yu-Cheng"), ("子軒", "Tzu-Hsuan"), ("品妤", "Pin-Yu")]
CN_FAMILY_CN = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
                ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"),
                ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"),
                ("林", "Lin"), ("何", "He"), ("郭", "Guo"), ("马", "Ma"), ("罗", "Luo"),
                ("欧阳", "Ouyang"), ("司马", "Sima")]
CN_GIVEN_CN = [("小明", "Xiaoming"), ("伟", "Wei"), ("芳", "Fang"), ("静", "Jing"), ("磊", "Lei"),
               ("洋", "Yang"), ("艳", "Yan"), ("勇", "Yong"), ("军", "Jun"), ("杰", "Jie"),
               ("娟", "Juan"), ("涛", "Tao"), ("超", "Chao"), ("明", "Ming"), ("霞", "Xia"),
               ("秀英", "Xiuying"), ("建华", "Jianhua"), ("志强", "Zhiqiang"), ("海燕", "Haiyan"),
               ("晓东", "Xiaodong"), ("子涵", "Zihan"), ("浩然", "Haoran"), ("欣怡", "Xinyi")]
EN_GIVEN_CJK = """Tim Daniel Kevin Jason Eric Vivian Grace Jerry Allen Tony Peter Ray Sunny
Cindy Andy Leo Ivy Irene Frank Sam Jimmy Wendy Alice Ken Max""".split()

JP_FAMILY = [("山田", "やまだ", "Yamada"), ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"),
             ("高橋", "たかはし", "Takahashi"), ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"),
             ("渡辺", "わたなべ", "Watanabe"), ("中村", "なかむら", "Nakamura"),
             ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
             ("山本", "やまもと", "Yamamoto"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
             ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"), ("清水", "しみず", "Shimizu"),
             ("山口", "やまぐち", "Yamaguchi"), ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda")]
JP_GIVEN = [("太郎", "たろう", "Taro"), ("花子", "はなこ", "Hanako"), ("健太", "けんた", "Kenta"),
            ("翔太", "しょうた", "Shota"), ("大輔", "だいすけ", "Daisuke"), ("直樹", "なおき", "Naoki"),
            ("裕子", "ゆうこ", "Yuko"), ("美咲", "みさき", "Misaki"), ("拓也", "たくや", "Takuya"),
            ("一郎", "いちろう", "Ichiro"), ("陽子", "ようこ", "Yoko"), ("誠", "まこと", "Makoto"),
            ("学", "まなぶ", "Manabu"), ("さくら", "さくら", "Sakura"), ("由美", "ゆみ", "Yumi"),
            ("和也", "かずや", "Kazuya"), ("亮", "りょう", "Ryo"), ("愛", "あい", "Ai"),
            ("悠斗", "ゆうと", "Yuto"), ("結衣", "ゆい", "Yui")]

KO_FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
             ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
             ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"),
             ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"), ("류", "Ryu"), ("홍", "Hong")]
KO_GIVEN = [("민준", "Minjun"), ("서연", "Seoyeon"), ("지훈", "Jihoon"), ("하은", "Haeun"),
            ("도윤", "Doyun"), ("서준", "Seojun"), ("지우", "Jiwoo"), ("수빈", "Subin"),
            ("현우", "Hyunwoo"), ("예은", "Yeeun"), ("성민", "Sungmin"), ("지민", "Jimin"),
            ("영희", "Younghee"), ("철수", "Chulsoo"), ("동현", "Donghyun"), ("유진", "Yujin"),
            ("민서", "Minseo"), ("재원", "Jaewon"), ("은지", "Eunji"), ("태양", "Taeyang")]

# (given names, family names); a family name "m|f" is chosen by the given name's gender
RU_GIVEN_M = "Алексей Дмитрий Иван Сергей Андрей Михаил Николай Павел Владимир Артём Кирилл Юрий".split()
RU_GIVEN_F = "Ольга Анна Мария Елена Наталья Татьяна Екатерина Юлия Ксения Дарья Алёна".split()
RU_FAMILY = ["Петров|Петрова", "Иванов|Иванова", "Смирнов|Смирнова", "Кузнецов|Кузнецова",
             "Попов|Попова", "Соколов|Соколова", "Лебедев|Лебедева", "Козлов|Козлова",
             "Новиков|Новикова", "Морозов|Морозова", "Волков|Волкова", "Фёдоров|Фёдорова",
             "Шевченко|Шевченко", "Коваленко|Коваленко", "Бондаренко|Бондаренко", "Мельник|Мельник"]
EL_GIVEN_M = "Γιώργος Δημήτρης Νίκος Κώστας Γιάννης Παναγιώτης Χρήστος Βασίλης Αθανάσιος Σπύρος".split()
EL_GIVEN_F = "Μαρία Ελένη Κατερίνα Σοφία Αναστασία Ευαγγελία Δέσποινα Φωτεινή".split()
EL_FAMILY = ["Παπαδόπουλος|Παπαδοπούλου", "Παπαδάκης|Παπαδάκη", "Γεωργίου|Γεωργίου",
             "Οικονόμου|Οικονόμου", "Νικολάου|Νικολάου", "Παππάς|Παππά", "Βλάχος|Βλάχου",
             "Αντωνίου|Αντωνίου", "Ιωάννου|Ιωάννου", "Καραγιάννης|Καραγιάννη", "Μακρής|Μακρή"]
AR_GIVEN = "محمد أحمد علي عمر يوسف خالد فاطمة مريم ليلى نور حسن سارة عبدالله إبراهيم".split()
AR_FAMILY = "علي حسن الخطيب النجار العلي منصور حداد الحسيني سليمان عثمان".split()
HE_GIVEN = "דניאל נועה יונתן מיכל אורי תמר איתי שירה אביגיל דוד".split()
HE_FAMILY = "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא".split()
HI_GIVEN = "राहुल प्रिया अमित अनीता विकास सुनीता राजेश पूजा अर्जुन दीपिका".split()
HI_FAMILY = "शर्मा वर्मा गुप्ता सिंह कुमार पटेल जोशी मिश्रा".split()
TH_GIVEN = "สมชาย สมศรี ประยุทธ์ วิชัย นภา สุดา อนันต์ กมล".split()
TH_FAMILY = "ใจดี ศรีสุข วงศ์ไทย แก้วมณี บุญมา สุขสวัสดิ์ รัตนพันธ์ ทองดี".split()

# kinds of people, by share of the people of the archive
KINDS = [("latin", 0.848), ("diacritics", 0.095), ("initials", 0.015),
         ("chinese", 0.0135), ("japanese", 0.006), ("korean", 0.005),
         ("cyrillic", 0.005), ("greek", 0.003), ("arabic", 0.003),
         ("hebrew", 0.002), ("hindi", 0.0025), ("thai", 0.002)]

# people every corpus has, with the spelling of each of their talks
FIXED = [
    ["Zoë Ångström", "Zoe Angstrom", "Zoë Ångström"],
    ["José Núñez", "Jose Nunez", "José Núñez"],
    ["Łukasz Żółw", "Lukasz Zolw"],
    ["J. R. Smith", "J.R. Smith", "JR Smith"],
    ["Karen Tracy", "Karen Tracy", "Karen Tracey"],
    ["Jannis Leidel", "Jannis Leidel", "Janis Leidel"],
    ["Daniel", "Andrew"],
    ["Tim (文昌) Hsu", "Tim Hsu"],
    ["姜韋辰 Daniel", "Daniel Chiang"],
    ["郭學聰 (Hsueh-Tsung Kuo)", "Hsueh-Tsung Kuo", "郭學聰"],
    ["王小明"],
    ["山田 太郎", "やまだ たろう", "Taro Yamada"],
    ["김민준", "Minjun Kim"],
    ["Алексей Петров"],
    ["Γιώργος Παπαδόπουλος"],
    ["محمد علي"],
]

# ---------------------------------------------------------------- topics

LANG_TOPICS = [("C#", 6), ("C++", 5), ("C", 4), (".NET", 4), ("Node.js", 4), ("F#", 2),
               ("ASP.NET Core", 3), ("Objective-C", 2), ("C/C++", 2), (".NET Core", 2),
               ("VB.NET", 1), ("Vue.js", 2), ("Next.js", 1), ("Q#", 1), ("C++20", 1),
               ("CI/CD", 2), ("HTTP/2", 1), ("HTTP/3", 1), ("TCP/IP", 1), ("A/B testing", 1),
               ("R", 1), ("ML.NET", 1)]
VARIANT_FAMILIES = [
    ["api", "apis", "API", "APIs"],
    ["unit testing", "unit-testing", "Unit Testing", "unit tests"],
    ["microservice", "microservices", "Microservices", "micro-services"],
    ["machine learning", "machine-learning", "Machine Learning"],
    ["open source", "open-source", "opensource"],
    ["devops", "DevOps", "dev-ops"],
    ["container", "containers"],
    ["test-driven development", "test driven development"],
    ["webassembly", "web assembly", "wasm"],
    ["postgres", "postgresql"],
    ["k8s", "kubernetes"],
    ["database", "databases"],
    ["front-end", "frontend", "front end"],
    ["event sourcing", "event-sourcing"],
    ["data science", "data-science"],
    ["javascript", "java script"],
]
LOOKALIKES = [("supervised-learning", "unsupervised-learning"), ("Java", "JavaScript"),
              ("synchronous", "asynchronous"), ("serialization", "deserialization"),
              ("IPv4", "IPv6"), ("Python 2", "Python 3"), ("scaling", "autoscaling"),
              ("encryption", "decryption"), ("ES5", "ES6"), ("Angular", "AngularJS"),
              ("React", "Preact"), ("OAuth", "OAuth2")]

# ---------------------------------------------------------------- helpers

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
                      "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
                      "œ": "oe", "Œ": "OE"})


def fold(s):
    """The name as written on a keyboard without diacritics: Zoë Ångström -> Zoe Angstrom."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


SCRIPTS = [("HIRAGANA", "Japanese kana"), ("KATAKANA", "Japanese kana"), ("CJK", "Han"),
           ("HANGUL", "Hangul"), ("CYRILLIC", "Cyrillic"), ("GREEK", "Greek"), ("ARABIC", "Arabic"),
           ("HEBREW", "Hebrew"), ("DEVANAGARI", "Devanagari"), ("THAI", "Thai"), ("LATIN", "Latin")]


def scripts_of(s):
    found = []
    for c in s:
        if not c.isalpha():
            continue
        name = unicodedata.name(c, "")
        for prefix, script in SCRIPTS:
            if name.startswith(prefix):
                if script not in found:
                    found.append(script)
                break
    return found


def script_class(s):
    sc = scripts_of(s)
    if sc == ["Latin"] or not sc:
        return "latin-ascii" if s.isascii() else "latin-diacritics"
    if "Latin" in sc:
        return "mixed"
    return "non-latin"


def yq(s):
    """A YAML double-quoted scalar: every name and topic is written this way."""
    out = ['"']
    for c in s:
        if c == "\\" or c == '"':
            out.append("\\" + c)
        elif ord(c) < 0x20 or c == "\x7f":
            out.append("\\x%02x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def typo(rng, name):
    """One letter of one word (not its first) dropped, doubled or swapped with the next."""
    spots = []
    i = 0
    for word in name.split(" "):
        if len(word) >= 4 and word.isalpha():
            spots.extend(range(i + 1, i + len(word)))
        i += len(word) + 1
    if not spots:
        return None
    p = rng.choice(spots)
    op = rng.randrange(3)
    if op == 0:
        return name[:p] + name[p + 1:]
    if op == 1:
        return name[:p] + name[p] + name[p:]
    if p + 1 < len(name) and name[p + 1].isalpha() and name[p] != name[p + 1]:
        return name[:p] + name[p + 1] + name[p] + name[p + 2:]
    return name[:p] + name[p + 1:]


def kata(hira):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in hira)


# ---------------------------------------------------------------- people

class Person:
    __slots__ = ("kind", "canonical", "alts", "given", "mentions")

    def __init__(self, kind, canonical, alts=(), given=None):
        self.kind = kind
        self.canonical = canonical
        self.alts = list(alts)     # other spellings the archive uses for them
        self.given = given         # the first name alone, for Latin names
        self.mentions = 0


class People:
    def __init__(self, rng):
        self.r = rng
        self.taken = set()         # folded, lower-cased canonical spellings
        kinds, weights = zip(*KINDS)
        self.kinds, self.weights = list(kinds), list(weights)

    def _free(self, name):
        key = fold(name).lower()
        if key in self.taken:
            return False
        self.taken.add(key)
        return True

    def new(self):
        kind = self.r.choices(self.kinds, self.weights)[0]
        for _ in range(30):
            p = getattr(self, "_" + kind)()
            if self._free(p.canonical):
                return p
        while True:                # a crowded script: a plain Latin name with an initial
            g, f = self.r.choice(LATIN_GIVEN), self.r.choice(LATIN_FAMILY)
            name = "%s %s. %s" % (g, chr(65 + self.r.randrange(26)), f)
            if self._free(name):
                return Person("latin", name, given=g)

    def _latin(self):
        g, f = self.r.choice(LATIN_GIVEN), self.r.choice(LATIN_FAMILY)
        return Person("latin", "%s %s" % (g, f), given=g)

    def _diacritics(self):
        r = self.r.random()
        g = self.r.choice(DIA_GIVEN if r < 0.7 else LATIN_GIVEN)
        f = self.r.choice(DIA_FAMILY if r > 0.35 else LATIN_FAMILY)
        if g.isascii() and f.isascii():
            f = self.r.choice(DIA_FAMILY)
        name = "%s %s" % (g, f)
        return Person("diacritics", name, [fold(name)], given=g)

    def _initials(self):
        a, b = chr(65 + self.r.randrange(26)), chr(65 + self.r.randrange(26))
        f = self.r.choice(LATIN_FAMILY)
        forms = ["%s. %s. %s" % (a, b, f), "%s.%s. %s" % (a, b, f), "%s%s %s" % (a, b, f)]
        self.r.shuffle(forms)
        return Person("initials", forms[0], forms[1:])

    def _chinese(self):
        form = self.r.randrange(5)
        if form == 0:              # 王小明, Xiaoming Wang
            (fh, fr), (gh, gr) = self.r.choice(CN_FAMILY_CN), self.r.choice(CN_GIVEN_CN)
            return Person("chinese", fh + gh, ["%s %s" % (gr, fr)])
        (fh, fr), (gh, gr) = self.r.choice(CN_FAMILY_TW), self.r.choice(CN_GIVEN_TW)
        en = self.r.choice(EN_GIVEN_CJK)
        if form == 1:              # Tim (文昌) Hsu
            return Person("chinese", "%s (%s) %s" % (en, gh, fr), ["%s %s" % (en, fr)])
        if form == 2:              # 姜韋辰 Daniel
            return Person("chinese", "%s%s %s" % (fh, gh, en), ["%s %s" % (en, fr)])
        if form == 3:              # 郭學聰 (Hsueh-Tsung Kuo)
            return Person("chinese", "%s%s (%s %s)" % (fh, gh, gr, fr), ["%s %s" % (gr, fr), fh + gh])
        return Person("chinese", fh + gh, ["%s %s" % (gr, fr)])  # 陳怡君

    def _japanese(self):
        (fk, fh, fr), (gk, gh, gr) = self.r.choice(JP_FAMILY), self.r.choice(JP_GIVEN)
        forms = ["%s %s" % (fk, gk), fk + gk, "%s %s" % (fh, gh), "%s %s" % (kata(fh), kata(gh))]
        first = forms[self.r.choice([0, 0, 0, 1, 2, 3])]
        return Person("japanese", first, [x for x in forms if x != first][:2] + ["%s %s" % (gr, fr)])

    def _korean(self):
        (fh, fr), (gh, gr) = self.r.choice(KO_FAMILY), self.r.choice(KO_GIVEN)
        if self.r.random() < 0.8:
            return Person("korean", fh + gh, ["%s %s" % (gr, fr), "%s (%s %s)" % (fh + gh, gr, fr)])
        return Person("korean", "%s (%s %s)" % (fh + gh, gr, fr), [fh + gh])

    def _gendered(self, kind, male, female, family):
        if self.r.random() < 0.6:
            g, f = self.r.choice(male), self.r.choice(family).split("|")[0]
        else:
            g, f = self.r.choice(female), self.r.choice(family).split("|")[1]
        return Person(kind, "%s %s" % (g, f))

    def _cyrillic(self):
        return self._gendered("cyrillic", RU_GIVEN_M, RU_GIVEN_F, RU_FAMILY)

    def _greek(self):
        return self._gendered("greek", EL_GIVEN_M, EL_GIVEN_F, EL_FAMILY)

    def _plain(self, kind, given, family):
        return Person(kind, "%s %s" % (self.r.choice(given), self.r.choice(family)))

    def _arabic(self):
        return self._plain("arabic", AR_GIVEN, AR_FAMILY)

    def _hebrew(self):
        return self._plain("hebrew", HE_GIVEN, HE_FAMILY)

    def _hindi(self):
        return self._plain("hindi", HI_GIVEN, HI_FAMILY)

    def _thai(self):
        return self._plain("thai", TH_GIVEN, TH_FAMILY)


# share of a person's later talks spelt another way
P_ALT = {"diacritics": 0.55, "initials": 0.5, "chinese": 0.35, "japanese": 0.3, "korean": 0.3}
P_TYPO = 0.013
P_GIVEN_ONLY = 0.012
NEW_PERSON = 0.535   # chance that a speaker slot is someone not seen before
P_BY_TALKS = 0.75    # else someone seen before, picked by their number of talks or else at random


def spell(rng, person, known):
    """The spelling of one talk of this person: their first talk uses the canonical name."""
    person.mentions += 1
    if person.mentions == 1:
        return person.canonical, "canonical"
    if person.alts and rng.random() < P_ALT.get(person.kind, 0):
        return rng.choice(person.alts), "alternative"
    if person.kind in ("latin", "diacritics"):
        r = rng.random()
        if r < P_TYPO:
            t = typo(rng, person.canonical)
            if t and fold(t).lower() not in known:
                return t, "typo"
        elif r < P_TYPO + P_GIVEN_ONLY and person.given:
            return person.given, "given-only"
    return person.canonical, "canonical"


# ---------------------------------------------------------------- main

def build(args):
    t0 = time.time()
    if "by_name" not in gen_corpus.write_recap.__code__.co_varnames:
        sys.exit("bench/gen_corpus.py has no --speakers-by-name: update it")
    m = gen_corpus.build_model(args.talks, args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    root = os.path.join(args.out, "recap")
    gen_corpus.write_recap(m, root, by_name=True)
    t_gen = time.time() - t0

    rng = random.Random("archive-corpus-%d" % args.seed)
    talks = m["talks"]
    topic_names = {tp["slug"]: tp["name"] for tp in m["topics"]}

    # --- speakers: one slot per speaker gen_corpus gave the talk
    slots = [(ti, k) for ti, t in enumerate(talks) for k in range(len(t["speakers"]))]
    names = [[None] * len(t["speakers"]) for t in talks]
    how = {}                               # spelling -> how it came about (first reason wins)
    reserved = set()
    free = list(range(len(slots)))
    for spellings in FIXED:
        for s in spellings:
            while True:
                i = free[rng.randrange(len(free))]
                ti, k = slots[i]
                if i not in reserved and s not in names[ti]:
                    break
            reserved.add(i)
            names[ti][k] = s
            how.setdefault(s, "fixed")
    people = People(rng)
    for s in (x for sp in FIXED for x in sp):
        people.taken.add(fold(s).lower())
    known = set(people.taken)
    pool = []                              # one entry per talk given: preferential attachment
    everyone = []
    for i, (ti, k) in enumerate(slots):
        if i in reserved:
            continue
        while True:
            if not pool or rng.random() < NEW_PERSON:
                p = people.new()
                everyone.append(p)
                known.add(fold(p.canonical).lower())
                for a in p.alts:
                    known.add(fold(a).lower())
            elif rng.random() < P_BY_TALKS:
                p = pool[rng.randrange(len(pool))]
            else:
                p = everyone[rng.randrange(len(everyone))]
            s, why = spell(rng, p, known)
            if s not in names[ti]:
                break
            p.mentions -= 1        # already a speaker of this talk: someone else
        pool.append(p)
        names[ti][k] = s
        how.setdefault(s, p.kind if why == "canonical" else why)

    # --- topics
    langs, lang_w = zip(*LANG_TOPICS)
    topic_lists = []
    for t in talks:
        out = []
        for slug in t["topics"]:
            r = rng.random()
            out.append(topic_names[slug] if r < 0.6 else slug if r < 0.9 else topic_names[slug].lower())
        r = rng.random()
        if r < 0.14:
            out.append(rng.choices(langs, lang_w)[0])
            if rng.random() < 0.15:
                out.append(rng.choices(langs, lang_w)[0])
        if rng.random() < 0.12:
            out.append(rng.choice(rng.choice(VARIANT_FAMILIES)))
        if rng.random() < 0.04:
            out.append(rng.choice(rng.choice(LOOKALIKES)))
        seen, topics = set(), []
        for x in out:
            if x.lower() not in seen:
                seen.add(x.lower())
                topics.append(x)
        rng.shuffle(topics)
        topic_lists.append(topics)

    # --- rewrite the talk files
    for ti, t in enumerate(talks):
        path = os.path.join(root, "content", "conferences", t["conf"], "talks", t["slug"] + ".md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        head, sep, body = text[4:].partition("\n---\n")
        lines = head.split("\n")
        for j, line in enumerate(lines):
            if line.startswith("speakers: "):
                lines[j] = "speakers: [" + ", ".join(yq(x) for x in names[ti]) + "]"
            elif line.startswith("topics: "):
                lines[j] = "topics: [" + ", ".join(yq(x) for x in topic_lists[ti]) + "]"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("---\n" + "\n".join(lines) + sep + body)

    if args.no_cards:
        with open(os.path.join(root, "content", "site.yml"), "a", encoding="utf-8") as f:
            f.write("options:\n  social_cards: false\n")

    return summarize(args, m, names, how, topic_lists, t_gen, time.time() - t0)


def summarize(args, m, names, how, topic_lists, t_gen, t_all):
    spellings = {}
    for ns in names:
        for s in ns:
            spellings[s] = spellings.get(s, 0) + 1
    by_class, by_script = {}, {}
    for s in spellings:
        c = script_class(s)
        by_class[c] = by_class.get(c, 0) + 1
        for sc in scripts_of(s):
            if sc != "Latin":
                by_script[sc] = by_script.get(sc, 0) + 1
    folded = {}
    for s in spellings:
        folded.setdefault(fold(s).lower(), []).append(s)
    dia_dups = sum(1 for v in folded.values() if len(v) > 1 and any(not x.isascii() for x in v)
                   and any(x.isascii() for x in v))
    counts = sorted(spellings.values(), reverse=True)
    kinds = {}
    for s in spellings:
        kinds[how[s]] = kinds.get(how[s], 0) + 1
    topics = {}
    for tl in topic_lists:
        for x in tl:
            topics[x] = topics.get(x, 0) + 1
    lang_set = {x for x, _ in LANG_TOPICS}
    var_set = {x for fam in VARIANT_FAMILIES for x in fam}
    look_set = {x for pair in LOOKALIKES for x in pair}
    summary = {
        "seed": args.seed,
        "talks": len(m["talks"]),
        "conferences": len(m["conferences"]),
        "speaker_mentions": sum(len(ns) for ns in names),
        "speaker_spellings": len(spellings),
        "speaker_spellings_by_class": dict(sorted(by_class.items())),
        "speaker_spellings_by_script": dict(sorted(by_script.items())),
        "speaker_spellings_by_origin": dict(sorted(kinds.items())),
        "diacritic_duplicate_groups": dia_dups,
        "speakers_most_talks": counts[:5],
        "speakers_with_one_talk": sum(1 for c in counts if c == 1),
        "topic_mentions": sum(topics.values()),
        "topic_spellings": len(topics),
        "topic_spellings_case_insensitive": len({x.lower() for x in topics}),
        "language_topics": sorted(x for x in topics if x in lang_set),
        "language_topic_mentions": sum(c for x, c in topics.items() if x in lang_set),
        "variant_topics": sorted(x for x in topics if x in var_set),
        "lookalike_topics": sorted(x for x in topics if x in look_set),
        "topic_files": sum(1 for tp in m["topics"] if tp["doc"]),
        "social_cards": not args.no_cards,
        "site_root": os.path.join(args.out, "recap"),
        "seconds": {"gen_corpus": round(t_gen, 1), "total": round(t_all, 1)},
    }
    with open(os.path.join(args.out, "archive.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return summary


def print_summary(s):
    p = print
    p("archive corpus in %s (seed %d, %.1f s)" % (s["site_root"], s["seed"], s["seconds"]["total"]))
    p("  talks                %d in %d conferences" % (s["talks"], s["conferences"]))
    p("  speaker mentions     %d" % s["speaker_mentions"])
    p("  speaker spellings    %d distinct (%d with one talk; most talks: %s)"
      % (s["speaker_spellings"], s["speakers_with_one_talk"], ", ".join(map(str, s["speakers_most_talks"]))))
    p("    by class           " + ", ".join("%s %d" % kv for kv in s["speaker_spellings_by_class"].items()))
    p("    by script          " + ", ".join("%s %d" % kv for kv in s["speaker_spellings_by_script"].items()))
    p("    by origin          " + ", ".join("%s %d" % kv for kv in s["speaker_spellings_by_origin"].items()))
    p("    diacritic pairs    %d names written both with and without diacritics" % s["diacritic_duplicate_groups"])
    p("  topic spellings      %d distinct (%d ignoring case), %d mentions, %d topic files"
      % (s["topic_spellings"], s["topic_spellings_case_insensitive"], s["topic_mentions"], s["topic_files"]))
    p("    languages          %d mentions: %s" % (s["language_topic_mentions"], " ".join(s["language_topics"])))
    p("    variants           " + " | ".join(s["variant_topics"]))
    p("    look-alikes        " + " | ".join(s["lookalike_topics"]))
    p("  social cards         " + ("on" if s["social_cards"] else "off (options.social_cards: false)"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--talks", "-n", type=int, default=20000, help="number of talks (default 20000)")
    ap.add_argument("--seed", type=int, default=42, help="seed of gen_corpus.py and of the rewrite (default 42)")
    ap.add_argument("--out", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "recap-archive"),
                    help="output folder, replaced; the site root is OUT/recap (default $TMPDIR/recap-archive)")
    ap.add_argument("--no-cards", action="store_true",
                    help="set options.social_cards: false in site.yml (only the site's card is drawn)")
    a = ap.parse_args(argv)
    if a.talks < 20:
        ap.error("--talks must be >= 20")
    a.out = os.path.abspath(a.out)
    print_summary(build(a))


if __name__ == "__main__":
    main()
