#!/usr/bin/env python3
"""Runs Lighthouse on one page of each kind of the sample site, served as GitHub Pages serves it.

    python3 bench/lighthouse.py [--source DIR] [--site DIR] [--recap CMD] [--talk URL] [--query TEXT]
                                [--only KIND] [--form-factor mobile|desktop] [--reports DIR]

Builds the site (`recap build --source DIR --output ...`; by default the sample in content/ with the
Release build of src/Recap.Cli), or takes one built already (`--site DIR`), and serves it on a free
port of 127.0.0.1 the way GitHub Pages does: static files under the base path of the site's
base_url, index.html for a folder, a redirect for a folder without its slash, 404.html with status
404 for anything else, gzip for text, `Cache-Control: max-age=600`. Then it runs Lighthouse (pinned in
bench/lighthouse/package.json, installed with `npm ci --prefix bench/lighthouse` when missing) in
Debian's Chromium on the home page, a conference, a talk, a speaker, a topic, the indexes of
conferences, speakers and topics, the search page (empty and with `?q=`) and a missing address,
each with Lighthouse's mobile and desktop settings.

The talk, conference, speaker and topic are the built pages of that kind with the most to load: the
talk with code, an image or a recording if one has, then the largest. It prints a table of the four
category scores, every audit below 1 on any page, and the bytes the talk page loads before any image
or video (HTML, CSS and JavaScript, as gzip bodies). Exits 1 when a score is below 100, or when the
talk page loads more than 14 KB (14,336 bytes) before any image or video.

A 404 page cannot score 100 in SEO nor in best practices: Lighthouse fails `http-status-code` for
any status from 400, `is-crawlable` for the `noindex` that keeps /404.html itself out of search
engines (GitHub Pages serves it with status 200 at that address), and `errors-in-console` for the
line Chromium logs about the page's own 404 ("Failed to load resource: ... 404"). Those audits on
the 404 page, failing for that reason only, are reported and marked, but do not make the run fail.

The performance score comes from the CPU time the page took in Chromium (Lighthouse's simulated
throttling multiplies it), so it drops on a busy machine. `--runs N` runs Lighthouse N times on
each page and keeps the median run by performance score, as Lighthouse's own docs advise.

--source DIR   the site root to build, the folder holding content/ (default: this repository)
--site DIR     serve this built site instead of building one
--recap CMD    the Recap command without "build" (default: dotnet build -c Release, then
               dotnet src/Recap.Cli/bin/Release/net10.0/Recap.Cli.dll)
--talk URL     the talk page to audit, as a path under the base path (e.g. dotscale-2018/istio/)
--query TEXT   what to search for on the second search run (default: a word of the talk's title)
--runs N       Lighthouse runs per page and form factor, the median kept (default 1)
--only KIND    audit only pages of this kind (home, conference, talk, speaker, topic, conferences,
               speakers, topics, search, 404)
--form-factor  only mobile or only desktop
--reports DIR  where Lighthouse's JSON and HTML reports go (default: $TMPDIR/recap-bench/lighthouse/reports)
"""
import argparse
import functools
import gzip
import html.parser
import http.server
import json
import mimetypes
import os
import re
import subprocess
import sys
import threading
import urllib.parse
import urllib.request

from release_build import recap_command

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(os.environ.get("TMPDIR", "/tmp"), "recap-bench", "lighthouse")
LIGHTHOUSE = os.path.join(ROOT, "bench", "lighthouse")
CHROME = "/usr/bin/chromium"
# The flags the browser tests start Chromium with (DEVELOPERS.md says why each): nothing of
# Chromium's own reaches for the network, which this machine does not have.
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
KINDS = ["home", "conference", "talk", "speaker", "topic", "conferences", "speakers", "topics", "search", "404"]
# What a talk page may load before any image or video, gzip: about what a server sends in its
# first round trip (TCP's initial window of 10 segments).
FIRST_LOAD = 14 * 1024
# What any 404 page fails, by being one (see the docstring).
NOT_FOUND_AUDITS = {"http-status-code", "is-crawlable", "errors-in-console"}
# GitHub Pages compresses these; images and fonts go as they are.
COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml",
              "application/atom+xml", "image/svg+xml")
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "application/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
         ".xml": "application/xml", ".svg": "image/svg+xml", ".ico": "image/x-icon",
         ".txt": "text/plain; charset=utf-8", ".webmanifest": "application/manifest+json"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default=ROOT, help="site root to build (default: this repository)")
    parser.add_argument("--site", help="serve this built site instead of building one")
    parser.add_argument("--recap", help='Recap command without "build" (default: the Release build of src/Recap.Cli)')
    parser.add_argument("--talk", help="talk page to audit, as a path under the base path")
    parser.add_argument("--query", help="what to search for (default: a word of the talk's title)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page and form factor; the median is kept (default 1)")
    parser.add_argument("--only", choices=KINDS, help="audit only pages of this kind")
    parser.add_argument("--form-factor", choices=("mobile", "desktop"), help="only this form factor")
    parser.add_argument("--reports", default=os.path.join(WORK, "reports"), help="where Lighthouse's reports go")
    args = parser.parse_args()

    if not os.access(CHROME, os.X_OK):
        sys.exit(f"Lighthouse runs in Debian's Chromium at {CHROME}: apt-get install chromium")
    lighthouse = install_lighthouse()
    site = args.site or build(args)
    base = base_path(site)
    pages = choose_pages(site, base, args)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, site, base))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        os.makedirs(args.reports, exist_ok=True)
        for old in os.listdir(args.reports):
            if old.endswith((".report.json", ".report.html")):
                os.remove(os.path.join(args.reports, old))
        form_factors = [args.form_factor] if args.form_factor else ["mobile", "desktop"]
        results = []
        for name, path in pages:
            for form_factor in form_factors:
                runs = []
                for n in range(args.runs):
                    print(f"lighthouse {form_factor} {origin}{path}", file=sys.stderr, flush=True)
                    runs.append(run(lighthouse, origin + path, form_factor, name, args.reports, n if args.runs > 1 else None))
                results.append((name, path, form_factor, median(runs)))
        talk = next((path for name, path in pages if name == "talk"), None)
        talk_bytes = first_load(origin, talk) if talk else None
    finally:
        server.shutdown()

    version = results[0][3].get("lighthouseVersion", "?") if results else "?"
    chromium = subprocess.run([CHROME, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"Lighthouse {version}, {chromium}; site {site} served at {origin}{base}; reports in {args.reports}")
    print()
    print(f"| page | form factor | {' | '.join(CATEGORIES)} |")
    print(f"|---|---|{'---|' * len(CATEGORIES)}")
    failed = False
    below = {}  # audit id -> title, whether it counts, [(page, form factor, detail)]
    for name, path, form_factor, report in results:
        cells = []
        for category in CATEGORIES:
            score, allowed = category_score(report, category, name)
            cells.append("error" if score is None else f"{score}" + ("*" if allowed and score < 100 else ""))
            failed |= score is None or (score < 100 and not allowed)
        print(f"| {name} `{path}` | {form_factor} | {' | '.join(cells)} |")
        if report.get("runtimeError"):
            error = report["runtimeError"]
            below.setdefault(error.get("code", "runtimeError"), (error.get("message", "?"), True, []))[2].append((name, form_factor, ""))
        for audit_id, title, score, weight, value in audits_below_one(report):
            mark = " (not scored)" if weight == 0 else (" (any 404 page fails it)" if expected_on_404(report, name, audit_id) else "")
            detail = f"{score:g}" + (f", {value}" if value else "")
            if audit_id == "errors-in-console":
                # What was logged says why: a file of the site missing, a script failing, or a host
                # that this machine cannot reach (a recording's still from another site, offline).
                detail += "".join(f"; {item.get('sourceLocation', {}).get('url', '')}: {item.get('description', '')}"
                                  for item in report["audits"][audit_id].get("details", {}).get("items", []))
            below.setdefault(audit_id + mark, (title, weight > 0, []))[2].append((name, form_factor, detail))
    if any(name == "404" for name, *_ in results):
        print("\n* below 100 only by audits that any page answered with status 404 fails (see --help)")
    print()
    if below:
        print("Audits below 1 (scored ones first), with the pages, form factors, scores and values:")
        for audit_id, (title, scored, pages) in sorted(below.items(), key=lambda item: not item[1][1]):
            print(f"  {audit_id}: {title}")
            print("      " + "; ".join(f"{name} {form_factor} [{detail}]" for name, form_factor, detail in pages))
    else:
        print("No audit below 1.")
    if talk_bytes:
        total = sum(size for _, _, size in talk_bytes)
        parts = ", ".join(f"{kind} {path} {size:,}" for path, kind, size in talk_bytes)
        print(f"\nTalk page {talk} before any image or video: {total:,} bytes gzip ({parts}); "
              f"{'within' if total <= FIRST_LOAD else 'OVER'} the {FIRST_LOAD:,} allowed")
        failed |= total > FIRST_LOAD
    sys.exit(1 if failed else 0)


def install_lighthouse():
    cli = os.path.join(LIGHTHOUSE, "node_modules", "lighthouse", "cli", "index.js")
    if not os.path.isfile(cli):
        subprocess.run(["npm", "ci", "--prefix", LIGHTHOUSE, "--no-audit", "--no-fund"], check=True,
                       stdout=sys.stderr)
    return ["node", cli]


def build(args):
    recap = recap_command(args.recap)
    site = os.path.join(WORK, "_site")
    subprocess.run(recap + ["build", "--source", os.path.abspath(args.source), "--output", site, "--quiet"], check=True)
    return site


def base_path(site):
    """The path of the site's base_url, read from the home page's canonical link ("/" without one)."""
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        found = re.search(r'<link rel="canonical" href="([^"]+)"', f.read())
    path = urllib.parse.urlsplit(found.group(1)).path if found else "/"
    return path if path.endswith("/") else path + "/"


def choose_pages(site, base, args):
    by_kind = {}
    for folder, _, files in os.walk(site):
        for file in files:
            if not file.endswith(".html"):
                continue
            full = os.path.join(folder, file)
            with open(full, encoding="utf-8") as f:
                text = f.read()
            kind = re.search(r'<body class="kind-([a-z0-9-]+)', text)
            if not kind:
                continue
            relative = os.path.relpath(full, site).replace(os.sep, "/")
            url = base + (relative[:-len("index.html")] if relative.endswith("index.html") else relative)
            # The most to load first: code, an image, a recording, then size.
            weight = (("<pre" in text) + ("<img" in text) + ("recording" in text or "<video" in text), len(text))
            by_kind.setdefault(kind.group(1), []).append((weight, url, text))
    for entries in by_kind.values():
        entries.sort(key=lambda e: (-e[0][0], -e[0][1], e[1]))

    def first(kind):
        if kind not in by_kind:
            sys.exit(f"the site has no page of kind {kind}")
        return by_kind[kind][0]

    talk = next((e for e in by_kind.get("talk", []) if e[1] == base + args.talk.strip("/") + "/"), None) \
        if args.talk else first("talk")
    if talk is None:
        sys.exit(f"no talk page at {base}{args.talk}")
    query = args.query
    if not query:
        title = re.search(r"<h1[^>]*>(.*?)</h1>", talk[2], re.S)
        words = re.findall(r"\w{4,}", re.sub(r"<[^>]+>", "", title.group(1)) if title else "")
        query = words[0].lower() if words else "talk"
    pages = [("home", base), ("conference", first("conference")[1]), ("talk", talk[1]),
             ("speaker", first("speaker")[1]), ("topic", first("topic")[1]),
             ("conferences", first("conferences")[1]), ("speakers", first("speakers")[1]), ("topics", first("topics")[1]),
             ("search", first("search")[1]),
             ("search", first("search")[1] + "?q=" + urllib.parse.quote(query)),
             ("404", base + "does-not-exist/")]
    return [(name, path) for name, path in pages if not args.only or name == args.only]


def median(runs):
    """The run with the median performance score (the lower middle one of an even count)."""
    def performance(report):
        score = report.get("categories", {}).get("performance", {}).get("score")
        return -1 if score is None else score
    return sorted(runs, key=performance)[(len(runs) - 1) // 2]


def run(lighthouse, url, form_factor, name, reports, number):
    page = re.sub(r'[^a-z0-9]+', '-', url.split('/', 3)[3].lower()).strip('-') or 'home'
    stem = os.path.join(reports, f"{name}-{page}-{form_factor}" + (f"-{number + 1}" if number is not None else ""))
    command = lighthouse + [url, "--quiet", "--output=json", "--output=html", f"--output-path={stem}",
                            "--only-categories=" + ",".join(CATEGORIES), "--chrome-flags=" + " ".join(CHROME_FLAGS)]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    if name == "404":
        command.append("--ignore-status-code")
    env = dict(os.environ, CHROME_PATH=CHROME)
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    report = stem + ".report.json"
    if done.returncode != 0 and not os.path.isfile(report):
        return {"runtimeError": {"message": f"lighthouse exited with {done.returncode}: {done.stderr.strip()[-500:]}"}}
    with open(report, encoding="utf-8") as f:
        return json.load(f)


def category_score(report, category, name):
    """The score out of 100, and whether a score below 100 is only what any 404 page fails."""
    found = report.get("categories", {}).get(category)
    if not found or found.get("score") is None:
        return None, False
    score = round(found["score"] * 100)
    failing = {ref["id"] for ref in found["auditRefs"] if ref.get("weight", 0) > 0
               and (report["audits"][ref["id"]].get("score") is not None and report["audits"][ref["id"]]["score"] < 1)}
    return score, bool(failing) and all(expected_on_404(report, name, audit) for audit in failing)


def expected_on_404(report, name, audit_id):
    """Whether the audit fails only because the page is the 404 page, answered with status 404."""
    if name != "404" or audit_id not in NOT_FOUND_AUDITS:
        return False
    if audit_id != "errors-in-console":
        return True
    # The one console error allowed is Chromium's line about the document's own status.
    url = report.get("finalDisplayedUrl") or report.get("finalUrl")
    items = report["audits"][audit_id].get("details", {}).get("items", [])
    return all(item.get("source") == "network" and "status of 404" in item.get("description", "")
               and item.get("sourceLocation", {}).get("url") == url for item in items)


def audits_below_one(report):
    weights = {}
    for category in report.get("categories", {}).values():
        for ref in category["auditRefs"]:
            weights[ref["id"]] = max(weights.get(ref["id"], 0), ref.get("weight", 0))
    for audit_id, audit in report.get("audits", {}).items():
        if audit_id not in weights or audit.get("score") is None or audit["score"] >= 1:
            continue
        if audit.get("scoreDisplayMode") in ("notApplicable", "informative", "manual"):
            continue
        yield audit_id, audit["title"], audit["score"], weights[audit_id], audit.get("displayValue", "")


class PagesHandler(http.server.BaseHTTPRequestHandler):
    """A static host as GitHub Pages is one: gzip for text, 404.html for a miss."""
    protocol_version = "HTTP/1.1"

    def __init__(self, site, base, *args, **kwargs):
        self.site = site
        self.base = base
        super().__init__(*args, **kwargs)

    def do_GET(self):
        self.answer(body=True)

    def do_HEAD(self):
        self.answer(body=False)

    def answer(self, body):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        file = None
        if path.startswith(self.base) or path + "/" == self.base:
            relative = path[len(self.base):]
            candidate = os.path.normpath(os.path.join(self.site, relative))
            if candidate == os.path.normpath(self.site) or candidate.startswith(os.path.normpath(self.site) + os.sep):
                if os.path.isdir(candidate):
                    if not path.endswith("/"):
                        query = urllib.parse.urlsplit(self.path).query
                        return self.send(301, None, b"", body, {"Location": path + "/" + ("?" + query if query else "")})
                    candidate = os.path.join(candidate, "index.html")
                if os.path.isfile(candidate):
                    file = candidate
        status = 200
        if file is None:
            status, file = 404, os.path.join(self.site, "404.html")
            if not os.path.isfile(file):
                return self.send(404, "text/plain; charset=utf-8", b"Not found", body)
        with open(file, "rb") as f:
            data = f.read()
        extension = os.path.splitext(file)[1].lower()
        self.send(status, TYPES.get(extension) or mimetypes.guess_type(file)[0] or "application/octet-stream", data, body)

    def send(self, status, content_type, data, body, headers=None):
        self.send_response(status)
        extra = dict(headers or {})
        if content_type:
            extra["Content-Type"] = content_type
            extra["Cache-Control"] = "max-age=600"
            if content_type.startswith(COMPRESSED):
                extra["Vary"] = "Accept-Encoding"
                if "gzip" in self.headers.get("Accept-Encoding", ""):
                    data = gzip.compress(data, compresslevel=6, mtime=0)
                    extra["Content-Encoding"] = "gzip"
        extra["Content-Length"] = str(len(data))
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, format, *args):
        pass


class Resources(html.parser.HTMLParser):
    """What a page loads before any image or video: its stylesheets and scripts."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower().split()
        if tag == "link" and attrs.get("href") and ("stylesheet" in rel or "modulepreload" in rel
                                                    or ("preload" in rel and attrs.get("as") in ("style", "script"))):
            self.found.append(("CSS" if "stylesheet" in rel or attrs.get("as") == "style" else "JS", attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            self.found.append(("JS", attrs["src"]))


def first_load(origin, path):
    """(path, kind, gzip bytes) of the page and each stylesheet and script it loads, as served."""
    def fetch(url):
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            return response.read()

    page = fetch(origin + path)
    parser = Resources()
    parser.feed(gzip.decompress(page).decode("utf-8"))
    loaded = [(path, "HTML", len(page))]
    for kind, href in parser.found:
        url = urllib.parse.urljoin(origin + path, href)
        if urllib.parse.urlsplit(url).netloc == urllib.parse.urlsplit(origin).netloc:
            loaded.append((urllib.parse.urlsplit(url).path, kind, len(fetch(url))))
    return loaded


if __name__ == "__main__":
    main()
