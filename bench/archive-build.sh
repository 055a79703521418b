#!/usr/bin/env bash
# Builds an archive-shaped corpus (bench/archive_corpus.py) once with the Release CLI and
# reports what a site imported from a public talk archive costs and what recap says about it.
#
#   bench/archive-build.sh [--talks N] [--seed S] [--corpus DIR] [--output DIR] [--cards] [--reuse]
#
# --talks N      corpus size (default 20000)
# --seed S       seed of the corpus (default 42)
# --corpus DIR   where the corpus is generated (default $TMPDIR/recap-archive); the site root
#                is DIR/recap
# --output DIR   where the site is written (default $TMPDIR/recap-archive-out); emptied first,
#                so the page counts are this build's
# --cards        draw a social card per page (by default site.yml has
#                options.social_cards: false: 30,000 cards take about 10 ms of CPU each)
# --reuse        keep a corpus already in --corpus instead of generating it again
#
# Reports: exit code, wall time, CPU time and peak memory (/usr/bin/time -v), the time of
# each build step (--verbose), errors and warnings by code with the first lines of each,
# and the pages written by kind (conferences, talks, speakers, topics, other pages).
# The full diagnostics are left in <corpus>/build.stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

talks=20000
seed=42
corpus="${TMPDIR:-/tmp}/recap-archive"
output="${TMPDIR:-/tmp}/recap-archive-out"
cards=0
reuse=0
while [ $# -gt 0 ]; do
  case "$1" in
    --talks) talks="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --cards) cards=1; shift ;;
    --reuse) reuse=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  else
    echo "archive-build.sh needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2
    exit 2
  fi
fi

dotnet build src/Recap.Cli -c Release -nologo -v quiet >/dev/null
recap=(dotnet src/Recap.Cli/bin/Release/net10.0/Recap.Cli.dll build)

if [ "$reuse" = 0 ] || [ ! -f "$corpus/recap/content/site.yml" ]; then
  gen=(python3 bench/archive_corpus.py --talks "$talks" --seed "$seed" --out "$corpus")
  if [ "$cards" = 0 ]; then gen+=(--no-cards); fi
  "${gen[@]}"
  echo
fi

rm -rf "$output"
set +e
/usr/bin/time -v -o "$corpus/build.time" \
  "${recap[@]}" --source "$corpus/recap" --output "$output" --verbose \
  >"$corpus/build.stdout" 2>"$corpus/build.stderr"
rc=$?
set -e

python3 - "$corpus" "$output" "$rc" <<'EOF'
import collections, os, re, sys

corpus, output, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])
def read(name):
    with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as f:
        return f.read()
timing, out, err = read("build.time"), read("build.stdout"), read("build.stderr")

def field(label):
    m = re.search(r"^\s*" + re.escape(label) + r": (.*)$", timing, re.M)
    return m.group(1).strip() if m else "?"

print("recap build of %s/recap: exit code %d%s" % (corpus, rc, "" if rc == 0 else " (FAILED)"))
print("  wall time        %s" % field("Elapsed (wall clock) time (h:mm:ss or m:ss)"))
print("  CPU time         %s s user, %s s system (%s of %d cores)"
      % (field("User time (seconds)"), field("System time (seconds)"),
         field("Percent of CPU this job got"), os.cpu_count()))
rss = field("Maximum resident set size (kbytes)")
print("  peak memory      %s MB (maximum resident set size)" % (round(int(rss) / 1024) if rss.isdigit() else rss))

steps = [l for l in (out + err).splitlines() if re.match(r"^ {2,4}[A-Z]\w+ +\d+ ms$", l)]
if steps:
    print("  steps (--verbose):")
    for l in steps:
        print("    " + l.strip())

diag = re.compile(r"^(\S.*?)(?:\(\d+,\d+\))?: (error|warning) (RC\d{4}): (.*)$")
by_code = collections.OrderedDict()
for l in err.splitlines():
    m = diag.match(l)
    if m:
        by_code.setdefault((m.group(2), m.group(3)), []).append(l)
for l in (out + err).splitlines():
    if l.startswith("Found ") or l.startswith("Built ") or l.startswith("Build failed"):
        print("  " + l)
if by_code:
    print("  diagnostics by code:")
    for (sev, code), lines in sorted(by_code.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1])):
        print("    %-7s %s  %6d" % (sev, code, len(lines)))
    for (sev, code), lines in sorted(by_code.items()):
        print("  first %s %s lines:" % (sev, code))
        for l in lines[:5]:
            print("    " + (l if len(l) <= 220 else l[:217] + "..."))
else:
    print("  no errors or warnings")

if rc != 0 or not os.path.isdir(output):
    print("  pages: none written (a failed build leaves the output folder as it was; it was emptied first)")
    sys.exit(0)
kinds = collections.Counter()
def page(d):
    return os.path.isfile(os.path.join(d, "index.html"))
for name in sorted(os.listdir(output)):
    d = os.path.join(output, name)
    if not os.path.isdir(d) or name == "assets":
        continue
    subs = [s for s in os.listdir(d) if os.path.isdir(os.path.join(d, s)) and page(os.path.join(d, s))]
    if name in ("speakers", "topics"):
        kinds[name] += len(subs)
        kinds["indexes"] += page(d)
    elif name == "conferences":
        kinds["indexes"] += page(d)
    elif page(d) and subs:
        kinds["conferences"] += 1
        kinds["talks"] += len(subs)
    elif page(d):
        kinds["other pages"] += 1
kinds["indexes"] += page(output)
total = sum(1 for _, _, fs in os.walk(output) for f in fs if f.endswith(".html"))
print("  pages by kind (output folders): " + ", ".join(
    "%s %d" % (k, kinds[k]) for k in ("conferences", "talks", "speakers", "topics", "indexes", "other pages")))
print("  HTML files in all: %d" % total)
EOF
