#!/usr/bin/env bash
# Times whole `recap build` processes of a site of phone photos, every copy resized (cold) and
# every copy reused (warm), and prints the medians and the peak memory of the cold builds.
#
#   bench/photo-build.sh [--photos N] [--runs R] [--recap CMD]
#
# --photos N   12-megapixel JPEGs in the site (default 40), one per talk, each shown as the
#              talk's image and in its body, so each gets a 480 and a 960 pixel copy; every
#              fourth is turned by Exif. Written once by bench/PhotoSite.
# --runs R     timed builds of each kind (default 3)
# --recap CMD  the Recap command without "build" (default: the Release build of src/Recap.Cli)
set -euo pipefail
cd "$(dirname "$0")/.."

photos=40
runs=3
recap_command=""
while [ $# -gt 0 ]; do
  case "$1" in
    --photos) photos="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --recap) recap_command="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work="${TMPDIR:-/tmp}/recap-bench"
source_dir="$work/photos-$photos"
if [ ! -d "$source_dir" ]; then
  dotnet run --project bench/PhotoSite -c Release -- --out "$source_dir" --photos "$photos" >/dev/null
fi
if [ -z "$recap_command" ]; then
  dotnet build src/Recap.Cli -c Release -nologo -v quiet >/dev/null
  recap_command="dotnet src/Recap.Cli/bin/Release/net10.0/Recap.Cli.dll"
fi
read -r -a recap <<< "$recap_command"
output="$work/photos-out"
cache="$work/.recap-cache/photos-out"

# One build: wall milliseconds and peak kilobytes; the summary line goes to the log.
build() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/photo-build.mem" "${recap[@]}" build --source "$source_dir" --output "$output" > "$work/photo-build.log"
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(cat "$work/photo-build.mem")"
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

build >/dev/null   # warm-up: the photos and Recap in the page cache
cold=(); memory=(); warm=()
for _ in $(seq "$runs"); do
  rm -rf "$cache"
  read -r ms kb <<< "$(build)"
  cold+=("$ms"); memory+=("$kb")
done
summary=$(grep -o 'resized [0-9]* images (reused [0-9]*)' "$work/photo-build.log")
for _ in $(seq "$runs"); do
  read -r ms _ <<< "$(build)"
  warm+=("$ms")
done
echo "$photos photos ($(nproc) cores): cold ${cold[*]} ms, median $(median "${cold[@]}") ms ($summary), peak $(( $(median "${memory[@]}") / 1024 )) MB; warm ${warm[*]} ms, median $(median "${warm[@]}") ms ($(grep -o 'resized [0-9]* images (reused [0-9]*)' "$work/photo-build.log"))"
