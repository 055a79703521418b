#!/usr/bin/env python3
"""Times `recap serve` on a generated corpus: its start, and saving a talk file to the rebuild finishing.

    python3 bench/serve_rebuild.py [--talks 10000] [--edits 20] [--cards warm|cold|off]
                                   [--speakers-by-name] [--recap CMD]

Copies the corpus (bench/gen_corpus.py, seed 42) to a scratch folder and starts `recap serve` on it
on a free port, polling http://127.0.0.1:PORT/ from the moment the process starts: the time to the
first 200 is the time to the first page served (serve answers from the start: a page asked for
while the first build runs is made as soon as the site is loaded). It also notes when the "Serving"
line was printed and when the first build was done. Then it saves one talk file `--edits` times in each of
two ways: its body (the talk's page alone is written again) and its title (every page that shows
the title). For each save it measures the time from the write to the line the server prints when
the rebuild has written its files ("Rebuilt ..."; the watcher waits for 80 ms of quiet first, which
is included). It prints the median of each, and the server's memory (resident and peak, VmRSS and
VmHWM from /proc/PID/status) after the first page and after the edits.

--cards warm   (default) the site copy is always at the same path, so recap serve's own card cache
               (recap-serve-cache in the temp folder, by source path) is kept between invocations;
               when it is missing, an untimed serve fills it first
--cards cold   a new site path each time, so serve draws every card after its first build; the
               cache it leaves is deleted afterwards
--cards off    the site.yml of the copy sets options.social_cards: false
--recap CMD    the Recap command without "serve" (default: dotnet build -c Release, then
               dotnet src/Recap.Cli/bin/Release/net10.0/Recap.Cli.dll); e.g. --recap
               artifacts/bench/recap/Recap.Cli for the build bench/compare.py publishes
"""
import argparse
import hashlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

from release_build import recap_command

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(os.environ.get("TMPDIR", "/tmp"), "recap-bench")
# What recap serve prints when a build has written its files: the first ("Built N pages from ..."),
# a rebuild ("Rebuilt N files ..."), or a failed one ("Build failed; ...").
BUILD_LINE = re.compile(r"^\d\d:\d\d:\d\d (Built |Rebuilt |Build failed)", re.M)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--talks", type=int, default=10000, help="corpus size (default 10000)")
    parser.add_argument("--edits", type=int, default=20, help="saves of each kind (default 20)")
    parser.add_argument("--cards", choices=("warm", "cold", "off"), default="warm",
                        help="serve's card cache kept (default), a new one, or cards turned off")
    parser.add_argument("--speakers-by-name", action="store_true",
                        help="talks name speakers by display name and there are no speaker files")
    parser.add_argument("--recap", help='Recap command without "serve" (default: the Release build of src/Recap.Cli)')
    args = parser.parse_args()

    name = f"corpus-{args.talks}" + ("-byname" if args.speakers_by_name else "")
    corpus = os.path.join(WORK, name, "recap")
    if not os.path.isdir(corpus):
        command = [sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), "--talks", str(args.talks),
                   "--layouts", "recap", "--out", os.path.dirname(corpus)]
        if args.speakers_by_name:
            command.append("--speakers-by-name")
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    recap = recap_command(args.recap)

    if args.cards == "cold":
        scratch = tempfile.mkdtemp(prefix="recap-serve-bench-", dir=WORK if os.path.isdir(WORK) else None)
    else:
        scratch = os.path.join(WORK, f"serve-{name}" + ("-nocards" if args.cards == "off" else ""))
        shutil.rmtree(scratch, ignore_errors=True)
        os.makedirs(scratch)
    site = os.path.join(scratch, "site")
    shutil.copytree(corpus, site)
    if args.cards == "off":
        with open(os.path.join(site, "content", "site.yml"), "a", encoding="utf-8") as f:
            f.write("options:\n  social_cards: false\n")
    talks = sorted(os.path.join(dirpath, f) for dirpath, _, files in os.walk(os.path.join(site, "content", "conferences"))
                   for f in files if f.endswith(".md") and os.path.basename(dirpath) == "talks")
    talk = talks[len(talks) // 2]
    original = open(talk, encoding="utf-8").read()
    cache = card_cache(site)
    out_path = os.path.join(scratch, "serve.out")

    try:
        if args.cards == "warm" and not (os.path.isdir(cache) and os.listdir(cache)):
            print(f"filling recap serve's card cache {cache} (untimed)", file=sys.stderr, flush=True)
            server, port = start(recap, site, out_path)
            try:
                wait_for(out_path, lambda text: " Drew " in text, 3600, server)
            finally:
                stop(server)

        server, port = start(recap, site, out_path)
        started = time.monotonic()
        try:
            serving_at = wait_for_page(server, port, out_path, 3600)
            first = time.monotonic() - started
            serving = (serving_at or time.monotonic()) - started
            rss0, peak0 = memory(server.pid)
            # The page comes while the first build still writes the site; the edits start after it.
            wait_for(out_path, lambda text: BUILD_LINE.search(text) is not None, 3600, server)
            built = time.monotonic() - started
            first_line = BUILD_LINE.search(read(out_path))
            first_built = read(out_path)[first_line.start():].splitlines()[0] if first_line else "?"
            time.sleep(1)

            def save(new_text):
                seen = len(BUILD_LINE.findall(read(out_path)))
                begin = time.monotonic()
                with open(talk, "w", encoding="utf-8") as f:
                    f.write(new_text)
                wait_for(out_path, lambda text: len(BUILD_LINE.findall(text)) > seen, 300, server)
                elapsed = time.monotonic() - begin
                time.sleep(0.3)  # let the watcher settle before the next save
                return elapsed * 1000

            body = [save(original + f"\nAn added sentence, edit {i}.\n") for i in range(args.edits)]
            body_line = last_build_line(out_path)
            title = [save(re.sub(r"^title: .*$", f'title: "Edited title {i}"', original, count=1, flags=re.M))
                     for i in range(args.edits)]
            title_line = last_build_line(out_path)
            rss_busy, _ = memory(server.pid)
            time.sleep(3)  # what memory serve holds once it has settled
            rss, peak = memory(server.pid)
        finally:
            stop(server)

        failed = [l for l in read(out_path).splitlines() if "Build failed" in l]
        print(f"recap serve, {len(talks)}-talk corpus ({'speakers by name' if args.speakers_by_name else 'speakers by slug'}), "
              f"cards {args.cards}, {os.cpu_count()} cores; recap: {' '.join(recap)}")
        print(f"start to first page served (200 on /): {first:.1f} s (\"Serving\" printed at {serving:.1f} s); "
              f"first build done at {built:.1f} s: {first_built}")
        print(f"save to rebuilt, body edit:  median {statistics.median(body):.0f} ms over {len(body)} saves "
              f"(min {min(body):.0f}, max {max(body):.0f}); last: {body_line}")
        print(f"save to rebuilt, title edit: median {statistics.median(title):.0f} ms over {len(title)} saves "
              f"(min {min(title):.0f}, max {max(title):.0f}); last: {title_line}")
        print(f"serve process memory after the first page: {rss0 / 1024:.0f} MB resident (VmRSS), {peak0 / 1024:.0f} MB peak (VmHWM)")
        print(f"serve process memory after the edits:      {rss_busy / 1024:.0f} MB resident (VmRSS) at once, "
              f"{rss / 1024:.0f} MB 3 s later, {peak / 1024:.0f} MB peak (VmHWM)")
        if failed:
            print(f"{len(failed)} rebuilds failed; see the server's output")
    finally:
        if args.cards == "cold":
            shutil.rmtree(scratch, ignore_errors=True)
            shutil.rmtree(os.path.dirname(cache), ignore_errors=True)
        else:
            with open(talk, "w", encoding="utf-8") as f:
                f.write(original)


def start(recap, site, out_path):
    port = free_port()
    with open(out_path, "w") as out:
        server = subprocess.Popen(recap + ["serve", "--source", site, "--port", str(port)],
                                  stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return server, port


def stop(server):
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_page(server, port, out_path, timeout):
    """Polls / until it answers 200; returns when "Serving" was first seen on the output (monotonic), if it was.

    A request made while the site loads waits for it, so "Serving" is watched for on another thread."""
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    serving = {}
    answered = threading.Event()

    def watch():
        while not answered.is_set() and time.monotonic() < deadline:
            if "Serving " in read(out_path):
                serving["at"] = time.monotonic()
                return
            time.sleep(0.01)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=max(1, deadline - time.monotonic())) as response:
                    if response.status == 200:
                        answered.set()
                        watcher.join()
                        return serving.get("at")
            except urllib.error.HTTPError as e:
                if e.code != 404 and e.code < 500:
                    raise
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            if server.poll() is not None:
                raise RuntimeError(f"recap serve exited with {server.returncode}:\n{read(out_path)[-3000:]}")
            time.sleep(0.02)
        raise TimeoutError(f"no page from {url} in {timeout} s:\n{read(out_path)[-2000:]}")
    finally:
        answered.set()


def card_cache(site):
    """recap serve's card cache for this source folder: SocialCards.TemporaryCacheFolder("serve", ...)."""
    key = hashlib.sha256(os.path.abspath(site).encode("utf-8")).hexdigest()[:16]
    return os.path.join(os.environ.get("TMPDIR", "/tmp"), "recap-serve-cache", key, "cards")


def last_build_line(path):
    lines = [m.group(0) for m in re.finditer(r"^\d\d:\d\d:\d\d (?:Built |Rebuilt |Build failed).*$", read(path), re.M)]
    return lines[-1].split(" ", 1)[1] if lines else "?"


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def wait_for(path, condition, timeout, server):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition(read(path)):
            return
        if server.poll() is not None:
            raise RuntimeError(f"recap serve exited with {server.returncode}:\n{read(path)[-3000:]}")
        time.sleep(0.005)
    raise TimeoutError(f"recap serve did not get there in {timeout} s:\n{read(path)[-2000:]}")


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


if __name__ == "__main__":
    main()
