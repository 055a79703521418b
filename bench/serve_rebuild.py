#!/usr/bin/env python3
"""Times `recap serve` from saving a talk file to the rebuild finishing, on a generated corpus.

    python3 bench/serve_rebuild.py [--talks 10000] [--edits 20]

Copies the corpus (bench/gen_corpus.py, seed 42) to a scratch folder, starts the Release build of
`recap serve --port 0` on it, waits for the first build, then saves one talk file `--edits` times
in each of two ways: its body (the talk's page alone is written again) and its title (every page
that shows the title). For each save it measures the time from the write to the "Rebuilt" line
on the server's output, which is printed when the rebuild has written its files. It prints the
median of each, and the server's memory (resident now and at its peak, from /proc).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--talks", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    work = os.path.join(os.environ.get("TMPDIR", "/tmp"), "recap-bench")
    corpus = os.path.join(work, f"corpus-{args.talks}", "recap")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), "--talks", str(args.talks),
                        "--layouts", "recap", "--out", os.path.dirname(corpus)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "Recap.Cli"), "-c", "Release", "-nologo", "-v", "quiet"],
                   check=True, stdout=subprocess.DEVNULL)

    scratch = tempfile.mkdtemp(prefix="recap-serve-bench-")
    site = os.path.join(scratch, "site")
    shutil.copytree(corpus, site)
    talks = sorted(os.path.join(dirpath, f) for dirpath, _, files in os.walk(os.path.join(site, "content", "conferences"))
                   for f in files if f.endswith(".md") and os.path.basename(dirpath) == "talks")
    talk = talks[len(talks) // 2]
    original = open(talk, encoding="utf-8").read()

    out_path = os.path.join(scratch, "serve.out")
    with open(out_path, "w") as out:
        server = subprocess.Popen(["dotnet", os.path.join(ROOT, "src", "Recap.Cli", "bin", "Release", "net10.0", "Recap.Cli.dll"),
                                   "serve", "--source", site, "--port", "0"], stdout=out, stderr=subprocess.STDOUT)
    try:
        started = time.monotonic()
        wait_for(out_path, lambda text: "Serving " in text, 600)
        first = time.monotonic() - started
        time.sleep(1)

        def save(new_text):
            seen = read(out_path).count("Rebuilt ")
            begin = time.monotonic()
            with open(talk, "w", encoding="utf-8") as f:
                f.write(new_text)
            wait_for(out_path, lambda text: text.count("Rebuilt ") > seen, 120)
            elapsed = time.monotonic() - begin
            time.sleep(0.3)  # let the watcher settle before the next save
            return elapsed * 1000

        body = [save(original + f"\nAn added sentence, edit {i}.\n") for i in range(args.edits)]
        title = [save(re.sub(r"^title: .*$", f'title: "Edited title {i}"', original, count=1, flags=re.M)) for i in range(args.edits)]
        rss, peak = memory(server.pid)
        rebuilt = [line for line in read(out_path).splitlines() if "Rebuilt " in line]
        print(f"{len(talks)}-talk corpus, {os.cpu_count()} cores; first build and start: {first:.1f} s")
        print(f"save to rebuilt, body edit:  median {statistics.median(body):.0f} ms over {len(body)} saves (min {min(body):.0f}, max {max(body):.0f}); {rebuilt[len(body) - 1].split(' ', 1)[1]}")
        print(f"save to rebuilt, title edit: median {statistics.median(title):.0f} ms over {len(title)} saves (min {min(title):.0f}, max {max(title):.0f}); {rebuilt[-1].split(' ', 1)[1]}")
        print(f"serve process memory: {rss / 1024:.0f} MB resident, {peak / 1024:.0f} MB at its peak")
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(scratch, ignore_errors=True)


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def wait_for(path, condition, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition(read(path)):
            return
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
