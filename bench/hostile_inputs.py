#!/usr/bin/env python3
"""Builds one-talk sites, each made hostile in one way, and times `recap build` on each.

    python3 bench/hostile_inputs.py [--recap CMD] [--timeout S] [--only SUBSTRING] [--markdown]

Every case must end, built or failed with a located error, well inside the timeout (the aim is
under 5 seconds each). Prints one line per case: its class and name, the time, the exit code and
the last line recap printed; `--markdown` prints the same as a Markdown table. Exits 1 when a
case timed out, crashed (an internal error or a stack trace), or wrote outside its output folder.

By default it runs the Release build of src/Recap.Cli (built first). Cases are written under
$TMPDIR/recap-hostile/, one folder each.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

WORK = os.path.join(tempfile.gettempdir(), "recap-hostile")
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SITE_YML = "title: Hostile\nbase_url: https://example.org/\n"
CONFERENCE = "---\nname: Conf\nstart: 2020-01-01\n---\nThe recap.\n"
TALK_FRONT = "title: A talk\nspeakers: [Ada Lovelace]\ntopics: [Engines]\n"


def r(text, n):
    return text * n


def talk(front=TALK_FRONT, body="The write-up.\n"):
    return "---\n" + front + "---\n" + body


def nested(prefix, depth, line="a"):
    return "".join(prefix(i) + line + "\n" for i in range(depth))


# Each case: (class, name, files) where files maps a path under the site root to text, bytes,
# or a callable that makes the entry itself (links, pipes).
CASES = []


def case(klass, name, **files):
    CASES.append((klass, name, files))


def md(name, body):
    case("markdown", name, talk=talk(body=body))


# --- Markdown: the pathological inputs of cmark's test suite, and more -----------------------
N = 30000
md("nested strong emphasis", r("*a **a ", N) + "b" + r(" a** a*", N))
md("emphasis closers without openers", r("a_ ", N))
md("emphasis openers without closers", r("_a ", N))
md("link closers without openers", r("a]", N))
md("link openers without closers", r("[a", N))
md("mismatched openers and closers", r("*a_ ", N))
md("openers and closers multiple of 3", "a**b" + r("c* ", N))
md("link openers and emphasis closers", r("[ a_", N))
md("pattern [ (]( repeated", r("[ (](", N))
md("hard link and emphasis case", r("**x [a*b**c*](d)", N))
md("nested brackets", r("[", N) + "a" + r("]", N))
md("nested block quotes", r(">", N) + " a\n")
md("lists nested 5,000 deep, indented", nested(lambda i: "  " * i + "- ", 5000))
md("lists nested 5,000 deep, one line", r("- ", 5000) + "a\n")
md("ordered lists nested 3,000 deep", nested(lambda i: "   " * i + "1. ", 3000))
md("lists nested with tabs", nested(lambda i: "\t" * i + "- ", 3000))
md("quotes and lists alternating", r("> - ", 5000) + "a\n")
md("U+0000 in the text", r("abc\u0000de\u0000", N))
md("backtick runs of every length", "".join("e" + "`" * i for i in range(1, 3000)))
md("unclosed links with <", r("[a](<b", N))
md("unclosed links", r("[a](b", N))
md("unclosed HTML comment", "</" + r("<!--", N))
md("unclosed processing instruction", r("a <?", N))
md("unclosed declaration", r("a <!A ", N))
md("unclosed CDATA", r("a <![CDATA[", N))
md("many reference definitions and uses", r("[a]: u\n", N) + r("[a]", N))
md("many distinct references", "".join(f"[a{i}]: u{i}\n" for i in range(N)) + "".join(f"[a{i}] " for i in range(N)))
md("50,000 equal headings", r("# h\n", 50000))
md("50,000 setext headings", r("a\n=\n", 50000))
md("a table 5,000 columns wide", "|" + r("a|", 5000) + "\n|" + r("-|", 5000) + "\n" + r("|" + r("x|", 5000) + "\n", 100))
md("a table of 100,000 rows", "|a|b|\n|-|-|\n" + r("|x|y|\n", 100000))
md("20,000 footnotes", "".join(f"x[^{i}]\n\n[^{i}]: note\n\n" for i in range(20000)))
md("one footnote used 30,000 times", r("x[^a] ", N) + "\n\n[^a]: note\n")
md("30,000 bare www. links", r("www.a.com ", N))
md("a www. link of 60,000 dots", "www." + r("a.", N))
md("30,000 ~~ and ^ openers", r("~~a ^a ", N))
md("30,000 figure fences", r("^^^\n", N))
md("brackets then parenthesis", r("[](", N))
md("images nested in images", r("![", N) + "a" + r("](b)", N))
md("links in link text", r("[a [b](c) ", N))
md("30,000 inline tags", r("<a ", N))
md("an inline tag with 30,000 attributes", "<a " + r('b="c" ', N))
md("an unclosed code fence", "```\n" + r("a\n", N))
md("30,000 code fences", r("```\n", N))
md("a line of 3,000,000 characters", "a" * 3000000 + "\n")
md("an emphasis run of 3,000,000 characters", "*" + "a" * 3000000 + "\n")
md("3,000,000 backslashes", r("\\", 3000000) + "\n")
md("300,000 entities", r("&#", 300000) + "\n")
md("a line indented 100,000 spaces", " " * 100000 + "a\n")
md("a body of 20 MB", r("lorem ipsum dolor sit amet " * 40 + "\n\n", 20000))
md("a body of 3.9 MB of prose", r("lorem ipsum dolor sit amet " * 40 + "\n\n", 3800))
md("zalgo text: 100,000 combining marks", "a" + "\u0301" * 100000 + "\n")
md("100,000 emoji with joiners", r("\U0001F469\u200D\U0001F4BB", 100000) + "\n")
md("right-to-left overrides", r("\u202Etxt.exe\u202C ", 30000) + "\n")
md("a talks marker in every paragraph", r("<!-- talks -->\n\n", 30000))
md("raw script and style", "<script>while(true){}</script>\n\n<style>*{display:none}</style>\n")

# Highlighted code: grammars whose regular expressions are slow on some lines, and a fence per
# language, again and again, of lines near the length past which code is left plain.
HOSTILE_CODE = {"csharp": r("a<", 4000), "python": "f'" + r("{", 4000), "bash": r("$(", 3000), "sql": "'" + r("a'", 4000),
                "js": "/" + r("(a|", 2400) + "/", "yaml": r("- [", 3000), "html": r("<a ", 3000), "rust": r('r#"', 3000)}
md("highlighted code: slow lines in eight languages, 30 times",
   r("".join(f"```{lang}\n{line}\n{line}\n```\n\n" for lang, line in HOSTILE_CODE.items()), 30))
md("30,000 fences in a language", r("```csharp\nvar x = 1;\n```\n\n", 30000))

# --- Front matter -------------------------------------------------------------------------------
alias_bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))
case("front matter", "YAML alias bomb", talk=talk(TALK_FRONT + alias_bomb))
case("front matter", "YAML alias bomb under an extra key", talk=talk(TALK_FRONT + "summary: *c\n" + alias_bomb))
case("front matter", "YAML lists nested 10,000 deep", talk=talk(TALK_FRONT + "topics: " + r("[", 10000) + r("]", 10000) + "\n"))
case("front matter", "YAML mappings nested 2,000 deep", talk=talk(TALK_FRONT + "".join(" " * i + f"k{i}:\n" for i in range(2000))))
case("front matter", "YAML merge keys", talk=talk("base: &b {title: A}\n<<: *b\n"))
case("front matter", "YAML language tags", talk=talk("title: !!python/object/apply:os.system ['echo owned']\n"))
case("front matter", "YAML custom tag", talk=talk("title: !shell 'rm -rf /'\n"))
case("front matter", "YAML self-referencing anchor", talk=talk("title: &a [*a]\n"))
case("front matter", "a title of 300,000 characters in words", talk=talk("title: " + r("word ", 60000) + "\n"))
case("front matter", "a title of 1,000,000 characters, one word", talk=talk("title: " + "x" * 1000000 + "\n"))
case("front matter", "a title of 100,000 CJK characters", talk=talk("title: " + "\u738b\u5c0f\u660e" * 33000 + "\n"))
case("front matter", "a title of 100,000 Hebrew characters", talk=talk("title: " + "\u05e9\u05dc\u05d5\u05dd " * 20000 + "\n"))
case("front matter", "3,000 speakers", talk=talk("title: A\nspeakers: [" + ", ".join(f"Speaker Number{i}" for i in range(3000)) + "]\n"))
case("front matter", "3,000 near-miss speakers", talk=talk("title: A\nspeakers: [" + ", ".join(f"Speaker Nambar{i % 10}{i}" for i in range(3000)) + "]\n"))
case("front matter", "10,000 topics", talk=talk("title: A\ntopics: [" + ", ".join(f"topic {i}" for i in range(10000)) + "]\n"))
case("front matter", "a speaker name of 300,000 characters", talk=talk("title: A\nspeakers: [" + "n" * 300000 + "]\n"))
case("front matter", "100,000 unknown keys", talk=talk(TALK_FRONT + "".join(f"key{i}: v\n" for i in range(100000))))
case("front matter", "the same key 50,000 times", talk=talk(r("title: A\n", 50000)))
case("front matter", "a key of 100,000 characters", talk=talk(TALK_FRONT + "k" * 100000 + ": v\n"))
case("front matter", "front matter never closed", talk="---\n" + TALK_FRONT + r("more: text\n", 1000))
case("front matter", "front matter only", talk="---\n")
case("front matter", "binary garbage", talk=bytes(range(256)) * 1000)
case("front matter", "invalid UTF-8", talk=b"---\ntitle: caf\xe9\n---\nbody\n")
case("front matter", "UTF-16 with a byte order mark", talk="\ufeff---\ntitle: A\n---\nbody\n".encode("utf-16"))
case("front matter", "a byte order mark then YAML", talk="\ufeff" + talk())
case("front matter", "CR line endings only", talk=talk().replace("\n", "\r"))
case("front matter", "CRLF line endings", talk=talk().replace("\n", "\r\n"))
case("front matter", "a tab indenting YAML", talk=talk("title: A\nspeakers:\n\t- Ada\n"))
case("front matter", "TOML arrays nested 10,000 deep", talk="+++\ntitle = \"A\"\nx = " + r("[", 10000) + r("]", 10000) + "\n+++\nbody\n")
case("front matter", "TOML integer of 10,000 digits", talk="+++\ntitle = \"A\"\norder = " + "9" * 10000 + "\n+++\nbody\n")
case("front matter", "TOML inline tables nested 5,000 deep", talk="+++\ntitle = \"A\"\nx = " + r("{a=", 5000) + "1" + r("}", 5000) + "\n+++\nbody\n")
case("front matter", "an order of 2^31", talk=talk(TALK_FRONT + "order: 2147483648\n"))
case("front matter", "a date in year 99999", talk=talk(TALK_FRONT + "date: 99999-01-01\n"))
case("front matter", "a date of 0000-00-00", talk=talk(TALK_FRONT + "date: 0000-00-00\n"))
case("front matter", "a slug with path segments", talk=talk(TALK_FRONT + "slug: ../../etc\n"))
case("front matter", "a slug of 10,000 characters", talk=talk(TALK_FRONT + "slug: " + "a" * 10000 + "\n"))
case("front matter", "an image naming a file outside the site", talk=talk(TALK_FRONT + "image: ../../../../../../etc/passwd\n"))
case("front matter", "an image naming /etc/passwd", talk=talk(TALK_FRONT + "image: /../../etc/passwd\n"))

for field, value in [("slides", "javascript:alert(1)"), ("video", "JaVaScRiPt:alert(1)"), ("slides", "java\\tscript:alert(1)"),
                     ("slides", "javascript&#58;alert(1)"), ("slides", "&#106avascript:alert(1)"), ("video", "vbscript:msgbox(1)"),
                     ("image", "data:text/html,<script>alert(1)</script>"), ("image", "file:///etc/passwd"), ("slides", "\\u0001javascript:alert(1)")]:
    case("URLs", f"{field}: {value}", talk=talk(TALK_FRONT + f'{field}: "{value}"\n'))
for body in ["[x](javascript:alert(1))", "<javascript:alert(1)>", "![x](data:image/svg+xml,<svg/onload=alert(1)>)",
             "[x](jav&#x09;ascript:alert(1))", "[x][r]\n\n[r]: JAVASCRIPT:alert(1)"]:
    case("URLs", "Markdown " + body.split("\n")[0], talk=talk(body=body + "\n"))

# --- Templates ----------------------------------------------------------------------------------
def layout(name, text, kind="talk"):
    case("templates", name, talk=talk(), **{f"layouts/{kind}.html": text})


layout("while true", "{{ while true }}x{{ end }}")
layout("nested loops of 100,000", "{{ for a in 1..100000 }}{{ for b in 1..100000 }}x{{ end }}{{ end }}")
layout("a partial that includes itself", "{{ include 'r' }}")
CASES[-1][2]["partials/r.html"] = "{{ include 'r' }}"
layout("exponential recursion", "{{ func f(x) }}{{ if x > 0 }}{{ f(x-1) }}{{ f(x-1) }}{{ end }}{{ end }}{{ f 60 }}")
layout("exponential recursion in base", "{{ func f(x) }}{{ if x > 0 }}{{ f(x-1) }}{{ f(x-1) }}{{ end }}{{ end }}{{ f 60 }}", kind="base")
layout("a string multiplied a billion times", "{{ 'ab' * 1000000000 }}")
layout("a string doubled 40 times", "{{ s = 'x' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s }}")
layout("a page of 60 million characters", "{{ 'x' * 30000000 }}{{ 'y' * 30000000 }}")
layout("a page of 200 MB", "{{ for i in 1..3000000 }}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{ end }}")
layout("catastrophic regex", "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}")
layout("a range of two billion", "{{ (1..2000000000) | array.size }}")
layout("padding of two billion", "{{ 'x' | string.pad_left 2000000000 }}")
layout("an array grown 100,000 times", "{{ a = [] }}{{ for i in 1..100000 }}{{ a = a | array.add i }}{{ end }}{{ a | array.size }}")
layout("a template that does not parse", "{{ for }}")
layout("a template of 10 MB", "x" * 10000000)
layout("an unclosed raw block", "{% raw %}" + r("x", 1000))

# --- Files --------------------------------------------------------------------------------------
def symlink(target):
    return lambda path: os.symlink(target, path)


def fifo(path):
    os.mkfifo(path)


case("files", "a link to /etc/passwd in static/", talk=talk(), **{"content/static/passwd": symlink("/etc/passwd")})
case("files", "a link to / in static/", talk=talk(), **{"content/static/root": symlink("/")})
case("files", "a link to the site root in static/", talk=talk(), **{"content/static/site": symlink("../..")})
case("files", "a link to /dev/zero beside a talk", talk=talk(), **{"content/conferences/conf/zero.bin": symlink("/dev/zero")})
case("files", "a link to /dev/urandom as a talk", talk=talk(), **{"content/conferences/conf/talks/random.md": symlink("/dev/urandom")})
case("files", "a link loop between folders", talk=talk(), **{"content/static/a/to-b": symlink("../b"), "content/static/b/to-a": symlink("../a")})
case("files", "a link to itself", talk=talk(), **{"content/static/self": symlink("self")})
case("files", "a broken link", talk=talk(), **{"content/static/gone": symlink("nowhere")})
case("files", "a link into the output folder", talk=talk(), **{"content/static/out": symlink("../../_site")})
case("files", "a named pipe in static/", talk=talk(), **{"content/static/pipe.txt": fifo})
case("files", "a named pipe as a talk", talk=talk(), **{"content/conferences/conf/talks/pipe.md": fifo})
case("files", "a named pipe as site.yml", talk=talk(), **{"content/site.yml": fifo})
case("files", "a named pipe as a layout", talk=talk(), **{"layouts/talk.html": fifo})
case("files", "editor and backup files", talk=talk(), **{f"content/conferences/conf/talks/{n}": talk() for n in
                                                       ["a.md~", ".#a.md", "#a.md#", ".a.md.swp", "a.md.bak", ".DS_Store", "Thumbs.db", "desktop.ini"]})
case("files", "a renamed talk with front matter", talk=talk(), **{"content/conferences/conf/talks/old.md.txt": talk()})
case("files", "folders nested 200 deep", talk=talk(), **{"content/static/" + "d/" * 200 + "f.txt": "deep\n"})
case("files", "a file name of 250 characters", talk=talk(), **{"content/static/" + "n" * 250 + ".txt": "long\n"})
case("files", "file names with newlines and quotes", talk=talk(), **{"content/static/a\nb\"c'<d>.txt": "odd\n"})
case("files", "10,000 empty files in static/", talk=talk(), **{f"content/static/e/{i}.txt": "" for i in range(10000)})
case("files", "a static file of 200 MB", talk=talk(), **{"content/static/big.bin": lambda p: open(p, "wb").truncate(200 * 1024 * 1024)})
case("files", "1,000 talk files", **{f"content/conferences/conf/talks/t{i}.md": talk("title: Talk " + str(i) + "\n") for i in range(1000)})


# --- The theme's words (i18n/) ------------------------------------------------------------------
def words(name, text):
    case("words", name, talk=talk(), **{"i18n/en.yml": text})


words("a word of a million gaps", "talk_by: \"" + r("{0}", 1000000) + "\"\n")
words("a word of 9,999 characters of gaps", "talk_by: \"" + r("{0}", 3333) + "\"\n")
words("gaps numbered past two billion", "talk_by: \"{99999999999} {0} {-1} {\"\n")
words("a counted word nested 2,000 deep", "talks:\n" + "".join("  " * (i + 1) + "other:\n" for i in range(2000)) + "  " * 2001 + "x\n")
words("50,000 keys", "".join(f"word_{i}: w\n" for i in range(50000)))
words("a million names of days", "days: [" + r("d, ", 1000000) + "d]\n")
words("31 days of 9,999 characters", "days: [" + ", ".join([r("d", 9999)] * 31) + "]\n")
words("a year gap a million times", "date_day: \"" + r("{2}", 1000000) + "\"\n")
words("a file of 50 MB", "talk_by: \"" + r("x", 9000) + "\"\n" + r("# " + "x" * 98 + "\n", 500000))
words("a pipe as words", fifo)
case("words", "a link to /dev/zero as words", talk=talk(), **{"i18n/en.yml": symlink("/dev/zero")})


def write_site(root, files):
    shutil.rmtree(root, ignore_errors=True)
    entries = {"content/site.yml": SITE_YML, "content/conferences/conf/index.md": CONFERENCE}
    for key, value in files.items():
        entries["content/conferences/conf/talks/a.md" if key == "talk" else key] = value
    for path, value in entries.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        if os.path.lexists(full):
            os.remove(full)
        if callable(value):
            value(full)
        elif isinstance(value, bytes):
            with open(full, "wb") as f:
                f.write(value)
        else:
            with open(full, "w", encoding="utf-8", newline="") as f:
                f.write(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recap", help="the command to run (default: the Release build of src/Recap.Cli)")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--only", help="run the cases whose name holds this text")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()

    if args.recap:
        recap = args.recap.split()
    else:
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src", "Recap.Cli"), "-c", "Release", "-nologo", "-v", "quiet"],
                       check=True, stdout=subprocess.DEVNULL)
        recap = ["dotnet", os.path.join(REPO, "src", "Recap.Cli", "bin", "Release", "net10.0", "Recap.Cli.dll")]

    os.makedirs(WORK, exist_ok=True)
    bad = 0
    if args.markdown:
        print("| class | input | time | exit | what recap said |\n|---|---|---|---|---|")
    for index, (klass, name, files) in enumerate(CASES):
        if args.only and args.only not in name:
            continue
        root = os.path.join(WORK, f"case-{index:03d}")
        write_site(root, files)
        outside_before = set(os.listdir(WORK))
        start = time.monotonic()
        try:
            result = subprocess.run(recap + ["build", "--source", root], capture_output=True, timeout=args.timeout)
            elapsed = time.monotonic() - start
            output = (result.stdout + result.stderr).decode("utf-8", "replace")
            lines = [l for l in output.splitlines() if l.strip()]
            errors = [l for l in lines if ": error " in l or ": warning " in l]
            said = (errors[0] if errors else lines[-1] if lines else "")[:160]
            crashed = "internal error" in output or "   at " in output or result.returncode not in (0, 1)
            leaked = set(os.listdir(WORK)) - outside_before
            status = result.returncode
            if crashed or leaked:
                bad += 1
                said = ("CRASH " if crashed else "WROTE OUTSIDE ") + said
        except subprocess.TimeoutExpired:
            elapsed = time.monotonic() - start
            status = "timeout"
            said = f"TIMEOUT after {args.timeout:.0f} s"
            bad += 1
        said = said.replace(root + "/", "").replace("|", "\\|")
        if args.markdown:
            print(f"| {klass} | {name} | {elapsed:.2f} s | {status} | {said} |")
        else:
            print(f"{klass:13} {name[:52]:52} {elapsed:6.2f}s  {str(status):7} {said}")
        sys.stdout.flush()
        shutil.rmtree(root, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
