#!/usr/bin/env python3
"""Builds the same generated corpus with Recap and with Hugo, side by side, and compares them.

    python3 bench/compare.py [--talks 10000] [--runs 3] [--speakers-by-name]
                             [--cards warm|cold|off] [--recap CMD] [--keep] [--no-sync]

The corpus comes from bench/gen_corpus.py (seed 42) in its recap and hugo layouts, generated once
into ${TMPDIR:-/tmp}/recap-bench/compare-<talks>[-byname]/ and reused after; Hugo's config and
templates (bench/hugo/) are copied into its hugo/ folder before each invocation. Recap is
published first (dotnet publish -c Release -r <this machine's RID>, compiled with Native AOT, into artifacts/bench/recap) unless --recap is given.

After one untimed warm-up build with each, it runs --runs pairs (recap, hugo, recap, hugo ...),
each a whole process writing into a new output folder, and measures the wall time, the CPU time
and the peak resident memory of each process (os.wait4).

Each run writes into a folder of its own, and every output is deleted only at the end, as a CI
build meets a new machine: nothing was deleted there a moment before. On an ext4 file system
without a journal (as on the machine these figures come from), creating a file looks past every
inode freed in the last 60 seconds (300 while the inode's table block is not yet written back), so a
build started just after deleting the last run's 30,000 files spent more time in the kernel than in
its own code (10,000 talks: 10.9 s of system time against 2.9 s). Leftovers of an earlier
invocation are deleted first and written back (sync), and the first timed run waits until 65
seconds have passed since then. Before every run, what earlier runs wrote is written back (sync,
untimed): a CI build starts on a machine with nothing waiting to be written, while here a
10,000-talk run would otherwise share the disk and a core with the writeback of the 550 MB the
run before it wrote (--no-sync measures that way). --delete-before measures the old way instead:
one output folder per tool, deleted just before each run. It prints each
run, the medians and the ratios Recap/Hugo, the social cards Recap drew (from its summary line),
the files and HTML files each wrote, the size of each output folder (du) and the apparent size of
its HTML.

--cards warm   Recap's card cache (.recap-cache/<output folder name>/cards beside the output
               folder) is kept between runs, as CI restores it; the warm-up fills it
--cards cold   the card cache is set aside (deleted at the end) before each Recap run, so every
               card is drawn
--cards off    Recap builds a copy of the corpus whose site.yml sets options.social_cards: false
               (only the site's card is drawn)
--recap CMD    the Recap command, without "build" (default: artifacts/bench/recap/Recap.Cli);
               e.g. --recap "dotnet src/Recap.Cli/bin/Release/net10.0/Recap.Cli.dll"
--keep         keep the output folders of the last pair (by default all are deleted at the end;
               the card cache is always kept)
--delete-before  one output folder per tool, deleted just before each of its runs
"""
import argparse
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

# Seconds between deleting an earlier invocation's files and the first timed run (see the docstring).
QUIET_AFTER_DELETE = 65

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(os.environ.get("TMPDIR", "/tmp"), "recap-bench")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--talks", type=int, default=10000, help="corpus size (default 10000)")
    parser.add_argument("--runs", type=int, default=3, help="timed pairs after the warm-ups (default 3)")
    parser.add_argument("--speakers-by-name", action="store_true",
                        help="Recap's corpus names speakers by display name and has no speaker files")
    parser.add_argument("--cards", choices=("warm", "cold", "off"), default="warm",
                        help="Recap's social cards: cache kept (default), cache deleted before each run, or turned off")
    parser.add_argument("--recap", help='Recap command without "build" (default: publish and run artifacts/bench/recap/Recap.Cli)')
    parser.add_argument("--seed", type=int, default=42, help="corpus seed (default 42)")
    parser.add_argument("--keep", action="store_true", help="keep the output folders of the last pair")
    parser.add_argument("--no-sync", action="store_true",
                        help="do not write back what earlier runs wrote before each run")
    parser.add_argument("--delete-before", action="store_true",
                        help="one output folder per tool, deleted just before each run (the kernel's inode search included)")
    args = parser.parse_args()
    if args.runs < 1 or args.talks < 1:
        parser.error("--runs and --talks must be at least 1")
    if not shutil.which("hugo"):
        sys.exit("compare.py needs hugo on PATH")

    recap = shlex.split(args.recap) if args.recap else publish()
    corpus = corpus_for(args.talks, args.seed, args.speakers_by_name)
    recap_site = os.path.join(corpus, "recap")
    if args.cards == "off":
        recap_site = without_cards(corpus)
    hugo_site = os.path.join(corpus, "hugo")
    for name in ("config.toml", "layouts"):
        source, target = os.path.join(ROOT, "bench", "hugo", name), os.path.join(hugo_site, name)
        if os.path.isdir(source):
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)

    label = os.path.basename(corpus) + ("-nocards" if args.cards == "off" else "")
    outputs = os.path.join(WORK, "compare-out", label)
    os.makedirs(outputs, exist_ok=True)
    caches = os.path.join(outputs, ".recap-cache")
    set_aside = os.path.join(outputs, "set-aside")
    for leftover in [n for n in os.listdir(outputs) if n.startswith(("recap-site", "hugo-site"))] + ["set-aside"]:
        shutil.rmtree(os.path.join(outputs, leftover), ignore_errors=True)
    runs = {"recap": 0, "hugo": 0}

    def output(tool):
        """The output folder of the tool's next run: its own, or the same one emptied just before."""
        if args.delete_before:
            folder = os.path.join(outputs, f"{tool}-site")
            shutil.rmtree(folder, ignore_errors=True)
            return folder
        runs[tool] += 1
        return os.path.join(outputs, f"{tool}-site-{runs[tool]}")

    def settle():
        """Writes back what earlier runs left to write, so that no run shares the machine with it."""
        if not args.no_sync:
            os.sync()

    def run_recap():
        recap_out = output("recap")
        cache = os.path.join(caches, os.path.basename(recap_out))
        if args.cards == "cold":
            # Set aside, not deleted: deleting 14,000 cards just before would slow the run (see above).
            os.makedirs(set_aside, exist_ok=True)
            for name in os.listdir(caches) if os.path.isdir(caches) else []:
                os.rename(os.path.join(caches, name), os.path.join(set_aside, f"{name}-{time.monotonic_ns()}"))
        elif not args.delete_before and runs["recap"] > 1:
            os.rename(os.path.join(caches, f"recap-site-{runs['recap'] - 1}"), cache)
        settle()
        result = measure(recap + ["build", "--source", recap_site, "--output", recap_out], os.getcwd(), outputs, "recap")
        m = re.search(r"drew (\d+) social cards? \(reused (\d+)\)", result["stdout"])
        result["cards"] = (int(m.group(1)), int(m.group(2))) if m else None
        result["out"] = recap_out
        return result

    def run_hugo():
        hugo_out = output("hugo")
        settle()
        result = measure(["hugo", "--quiet", "-d", hugo_out], hugo_site, outputs, "hugo")
        result["out"] = hugo_out
        return result

    log(f"corpus {corpus}; outputs in {outputs}")
    first = "recap-site" if args.delete_before else "recap-site-1"
    kept = sorted((n for n in os.listdir(caches) if n.startswith("recap-site")), key=lambda n: os.path.getmtime(os.path.join(caches, n))) if os.path.isdir(caches) else []
    if kept and kept[-1] != first:
        # The cache of an earlier invocation's last run, for this one's first.
        shutil.rmtree(os.path.join(caches, first), ignore_errors=True)
        os.rename(os.path.join(caches, kept[-1]), os.path.join(caches, first))
    # Written back now, so that the freed inodes' table blocks are clean: ext4 skips an inode freed
    # less than 60 s ago, or less than 300 s ago while its block is dirty.
    os.sync()
    deleted_at = time.monotonic()
    log("warm-up: recap")
    warm = run_recap()
    log(f"  {warm['wall']:.1f} s; " + summary_line(warm))
    log("warm-up: hugo")
    log(f"  {run_hugo()['wall']:.1f} s")
    if not args.delete_before and time.monotonic() - deleted_at < QUIET_AFTER_DELETE:
        wait = QUIET_AFTER_DELETE - (time.monotonic() - deleted_at)
        log(f"waiting {wait:.0f} s: files deleted less than 60 s ago slow the creation of new ones")
        time.sleep(wait)
    pairs = []
    for i in range(args.runs):
        r = run_recap()
        log(f"pair {i + 1}/{args.runs}: recap {r['wall']:.2f} s, {r['rss'] / 1024:.0f} MB; " + cards_text(r))
        h = run_hugo()
        log(f"pair {i + 1}/{args.runs}: hugo  {h['wall']:.2f} s, {h['rss'] / 1024:.0f} MB")
        pairs.append((r, h))

    recap_out, hugo_out = pairs[-1][0]["out"], pairs[-1][1]["out"]
    recap_files, hugo_files = files(recap_out), files(hugo_out)
    recap_du, hugo_du = du(recap_out), du(hugo_out)
    for name in os.listdir(outputs):
        folder = os.path.join(outputs, name)
        if name == "set-aside" or (name.startswith(("recap-site", "hugo-site")) and not (args.keep and folder in (recap_out, hugo_out))):
            shutil.rmtree(folder, ignore_errors=True)

    speakers = "speakers by name" if args.speakers_by_name else "speakers by slug"
    cards = {"warm": "card cache kept", "cold": "card cache set aside before each run",
             "off": "options.social_cards: false"}[args.cards]
    print()
    print(f"Recap vs Hugo {hugo_version()}: {args.talks} talks ({speakers}), cards {args.cards} ({cards}), "
          f"{args.runs} pair{'s' if args.runs > 1 else ''} after one warm-up each, {os.cpu_count()} cores, "
          + ("one output folder per tool, deleted before each run" if args.delete_before else "a new output folder per run")
          + ("" if args.no_sync else ", earlier runs written back before each"))
    print(f"recap: {' '.join(recap)}")
    print()
    print(f"{'run':<8}{'recap s':>9}{'hugo s':>9}{'recap MB':>10}{'hugo MB':>9}{'recap cpu':>11}{'hugo cpu':>10}   cards drawn (reused)")
    for i, (r, h) in enumerate(pairs):
        print(f"{i + 1:<8}{r['wall']:>9.2f}{h['wall']:>9.2f}{r['rss'] / 1024:>10.0f}{h['rss'] / 1024:>9.0f}"
              f"{r['cpu']:>11.2f}{h['cpu']:>10.2f}   {cards_text(r)}")
    med = {k: (statistics.median(r[k] for r, _ in pairs), statistics.median(h[k] for _, h in pairs))
           for k in ("wall", "rss", "cpu")}
    print(f"{'median':<8}{med['wall'][0]:>9.2f}{med['wall'][1]:>9.2f}{med['rss'][0] / 1024:>10.0f}{med['rss'][1] / 1024:>9.0f}"
          f"{med['cpu'][0]:>11.2f}{med['cpu'][1]:>10.2f}")
    print()
    print(f"{'':<28}{'Recap':>12}{'Hugo':>12}{'Recap/Hugo':>12}")
    row("wall time, median (s)", med["wall"][0], med["wall"][1], "{:.2f}")
    row("peak RSS, median (MB)", med["rss"][0] / 1024, med["rss"][1] / 1024, "{:.0f}")
    row("CPU user+sys, median (s)", med["cpu"][0], med["cpu"][1], "{:.2f}")
    row("files written", recap_files["all"], hugo_files["all"], "{:d}")
    row("HTML files", recap_files["html"], hugo_files["html"], "{:d}")
    row("output size, du (MB)", recap_du / 1024, hugo_du / 1024, "{:.1f}")
    row("HTML bytes (MB)", recap_files["html_bytes"] / 2**20, hugo_files["html_bytes"] / 2**20, "{:.1f}")
    print()
    print("Recap's summary (last run): " + summary_line(pairs[-1][0]))
    print("Hugo writes no feeds and no social cards here (bench/hugo/config.toml); Recap writes both.")


def row(name, recap, hugo, fmt):
    ratio = f"{recap / hugo:.2f}" if hugo else "-"
    print(f"{name:<28}{fmt.format(recap):>12}{fmt.format(hugo):>12}{ratio:>12}")


def log(text):
    print(text, file=sys.stderr, flush=True)


def cards_text(result):
    return "%d (%d)" % result["cards"] if result.get("cards") else "?"


def summary_line(result):
    lines = [l for l in result["stdout"].splitlines() if l.startswith("Built ")]
    return lines[-1] if lines else "(no summary line)"


def measure(command, cwd, logs, name):
    """Runs one whole process; returns its wall time (s), CPU time (s), peak RSS (KB) and stdout."""
    out_path, err_path = os.path.join(logs, name + ".stdout"), os.path.join(logs, name + ".stderr")
    with open(out_path, "w") as out, open(err_path, "w") as err:
        start = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout = read(out_path)
    if process.returncode != 0:
        sys.exit(f"{name} failed with exit code {process.returncode}: {' '.join(command)}\n"
                 f"{stdout[-2000:]}{read(err_path)[-3000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss, "stdout": stdout}


def runtime_identifier():
    """The RID of this machine, so the publish is compiled ahead of time (Native AOT), as the published tool is."""
    system = {"Linux": "linux", "Darwin": "osx", "Windows": "win"}.get(platform.system(), "linux")
    machine = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine().lower(), "x64")
    return f"{system}-{machine}"


def publish():
    target = os.path.join(ROOT, "artifacts", "bench", "recap")
    rid = runtime_identifier()
    log(f"dotnet publish src/Recap.Cli -c Release -r {rid} -o {os.path.relpath(target, ROOT)}")
    subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "Recap.Cli"), "-c", "Release", "-r", rid,
                    "-o", target, "-nologo", "-v", "quiet"], check=True, stdout=subprocess.DEVNULL)
    apphost = os.path.join(target, "Recap.Cli")
    return [apphost] if os.access(apphost, os.X_OK) else ["dotnet", os.path.join(target, "Recap.Cli.dll")]


def corpus_for(talks, seed, by_name):
    """The corpus folder (recap/ and hugo/ in it), generated once."""
    name = f"compare-{talks}" + ("-byname" if by_name else "") + ("" if seed == 42 else f"-seed{seed}")
    corpus = os.path.join(WORK, name)
    if os.path.isfile(os.path.join(corpus, "manifest.json")):
        return corpus
    log(f"generating {corpus}")
    partial = corpus + ".partial"
    command = [sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), "--talks", str(talks), "--seed", str(seed),
               "--layouts", "recap,hugo", "--out", partial]
    if by_name:
        command.append("--speakers-by-name")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(corpus, ignore_errors=True)
    os.rename(partial, corpus)
    return corpus


def without_cards(corpus):
    """A copy of the corpus' Recap site whose site.yml turns the social cards off, made once."""
    site = os.path.join(corpus + "-nocards", "recap")
    config = os.path.join(site, "content", "site.yml")
    if os.path.isfile(config) and "social_cards: false" in read(config):
        return site
    shutil.rmtree(os.path.dirname(site), ignore_errors=True)
    shutil.copytree(os.path.join(corpus, "recap"), site)
    text = read(config)
    if re.search(r"^options:", text, re.M):
        sys.exit(f"{config} already has options:; cannot add social_cards: false")
    with open(config, "a", encoding="utf-8") as f:
        f.write(("" if text.endswith("\n") else "\n") + "options:\n  social_cards: false\n")
    return site


def files(folder):
    """How many files a site has, how many of them are HTML and the HTML's apparent size in bytes."""
    counts = {"all": 0, "html": 0, "html_bytes": 0}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            counts["all"] += 1
            if name.endswith(".html"):
                counts["html"] += 1
                counts["html_bytes"] += os.path.getsize(os.path.join(dirpath, name))
    return counts


def du(folder):
    return int(subprocess.run(["du", "-sk", folder], check=True, capture_output=True, text=True).stdout.split()[0])


def hugo_version():
    text = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout
    m = re.search(r"v(\d+\.\d+\.\d+)", text)
    return m.group(1) if m else "?"


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


if __name__ == "__main__":
    main()
