#!/usr/bin/env bash
# Runs every benchmark of quarterly-bench on a release build and writes a Markdown table of the results
# against the targets and the anchors (to stdout and to Output/bench.md).
#
#   Scripts/bench.sh [--shared DIR] [--out FILE] [--seconds N] [--large N]
#
# --shared: the shared folder with bench/ (default ../shared); --out: the table (default Output/bench.md);
# --seconds: time per throughput benchmark (default 3); --large: synthetic editions built (default 1000).
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared
out=Output/bench.md
seconds=3
large=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --large) large=$2; shift 2 ;;
    *) echo "usage: Scripts/bench.sh [--shared DIR] [--out FILE] [--seconds N] [--large N]" >&2; exit 2 ;;
  esac
done
for file in report.mustache header.mustache data.json gen_doc.py; do
  [ -f "$shared/bench/$file" ] || { echo "bench.sh: $shared/bench/$file is missing (see --shared)" >&2; exit 2; }
done

echo "== release build" >&2
# Statically linked, as the README's release build is: the whole-process time is the tool's, not the
# dynamic loader's.
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product quarterly-bench >&2
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product quarterly >&2
bench=.build-bench/release/quarterly-bench
quarterly=.build-bench/release/quarterly

# Editions and outputs are written on the checkout's own disk, where Inputs/ and Output/ live, not in
# the shared /tmp. On the machine this was measured on, creating a file took from 0.05 to 1.1 ms
# depending on what had just been written or removed nearby; so each timed build also starts after
# sync, and the gigabyte of large editions is built last.
export TMPDIR="$PWD/.build-bench/tmp"
mkdir -p "$TMPDIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
logs="$work/logs"
mkdir -p "$logs"

# The value of KEY in the RESULT line of a log.
result() { grep '^RESULT' "$logs/$1" | tail -1 | tr ' ' '\n' | sed -n "s/^$2=//p" | tr -d '"'; }
# "met" or "missed" for a comparison done by awk (e.g. "12 >= 10").
verdict() { awk "BEGIN { exit !($1) }" && echo "met" || echo "**missed**"; }

echo "== templates" >&2
"$bench" templates --template "$shared/bench/report.mustache" --data "$shared/bench/data.json" \
  --partials "$shared/bench" --seconds "$seconds" | tee "$logs/templates" >&2

echo "== markdown" >&2
python3 "$shared/bench/gen_doc.py" --bytes 1000000 --seed 1 >"$work/doc.md"
"$bench" markdown --input "$work/doc.md" --seconds "$seconds" | tee "$logs/markdown" >&2
"$bench" markdown --hostile | tee "$logs/hostile" >&2

echo "== glossary" >&2
"$bench" glossary --terms 20000 --bytes 2000000 | tee "$logs/glossary" >&2
echo "== workbook" >&2
"$bench" workbook --seconds "$seconds" | tee "$logs/workbook" >&2

echo "== build" >&2
"$bench" build --editions 200 --sample Inputs/birmingham-2022-q3 --outputs newsletter.md,newsletter.html \
  --runs 3 | tee "$logs/copies" >&2
"$bench" build --editions 200 --sample Inputs/birmingham-2022-q3 --runs 3 | tee "$logs/copies-all" >&2

echo "== one edition, whole process" >&2
sync  # earlier benchmarks' files reach the disk before the clock starts
times=()
for run in $(seq 1 11); do
  start=$(date +%s%N)
  "$quarterly" build Inputs/birmingham-2022-q3 --output "$work/out-$run" --quiet >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
process_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p | awk '{ printf "%.1f", $1 / 1000 }')
echo "one edition as a process: median ${process_ms} ms of 11 runs" >&2

echo "== preview: from an edit to the new version" >&2
"$bench" preview --quarterly "$quarterly" --edits 20 | tee "$logs/preview" >&2

# Last, as it writes and removes about a gigabyte, which slows the file system for a while after.
echo "== large synthetic editions" >&2
"$bench" build --editions "$large" --runs 1 | tee "$logs/large" >&2

renders=$(result templates renders_per_s)
template_mb=$(result templates mb_per_s)
markdown_mb=$(result markdown mb_per_s)
linearity=$(result markdown linearity)
hostile_ms=$(result hostile max_ms)
hostile_worst=$(grep '^RESULT' "$logs/hostile" | sed -n 's/.*worst="\([^"]*\)".*/\1/p')
hostile_growth=$(result hostile max_growth)
hostile_growth_worst=$(grep '^RESULT' "$logs/hostile" | sed -n 's/.*worst_growth="\([^"]*\)".*/\1/p')
glossary_ms=$(result glossary ms)
glossary_few_ms=$(result glossary ms_20_terms)
copies_s=$(result copies seconds)
copies_all_s=$(result copies-all seconds)
preview_ms=$(result preview ms_median)
preview_max_ms=$(result preview ms_max)
large_s=$(result large seconds)
large_mb=$(result large peak_mb)
large_failed=$(result large failed)
workbook_ms=$(result workbook read_ms)
inflate_mb=$(result workbook inflate_mb_per_s)
zlib_mb=$(result workbook zlib_mb_per_s)
inflate_ratio=$(result workbook ratio)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')

mkdir -p "$(dirname "$out")"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), release build, \`Scripts/bench.sh\`."
  echo
  echo "| benchmark | measured | target | anchors | |"
  echo "|---|---|---|---|---|"
  echo "| templates: report.mustache | ${renders} renders/s (${template_mb} MB/s) | ≥ 10,000 renders/s | swift-mustache ~1,000, Leaf ~1,200, Stencil ~160, Jinja2 ~2,200 | $(verdict "$renders >= 10000") |"
  echo "| markdown: 1 MB gen_doc.py document | ${markdown_mb} MB/s | ≥ 25 MB/s | cmark 46–50, Ink 2.9 | $(verdict "$markdown_mb >= 25") |"
  echo "| markdown: linear (rate at 2 MB / rate at 250 kB) | ${linearity} | ≥ 0.8 (no slowdown with size) | | $(verdict "$linearity >= 0.8") |"
  echo "| markdown: slowest hostile input | ${hostile_ms} ms (${hostile_worst}) | < 100 ms each | | $(verdict "$hostile_ms < 100") |"
  echo "| markdown: hostile shapes at 4× the size (time per byte over that at 1×) | ${hostile_growth} (${hostile_growth_worst}) | ≤ 1.5 (linear) | | $(verdict "$hostile_growth <= 1.5") |"
  echo "| glossary: 20,000 terms over a 2 MB page | ${glossary_ms} ms (20 terms: ${glossary_few_ms} ms) | < 1,000 ms (linear in the page, whatever the number of terms) | before the trie: 14–30 s | $(verdict "$glossary_ms < 1000") |"
  echo "| workbook: 500-row tracker .xlsx read | ${workbook_ms} ms | < 20 ms | | $(verdict "$workbook_ms < 20") |"
  echo "| workbook: inflate the workbook's XML | ${inflate_mb} MB/s (${inflate_ratio} of zlib) | ≥ 1/3 of zlib | zlib ${zlib_mb} MB/s on the same data | $(verdict "$inflate_ratio >= 0.333") |"
  echo "| build: 200 sample editions (newsletter.md, .html, figures.json) | ${copies_s} s | < 0.25 s | Python+Jinja2+markdown-it 2.5 s, pandoc 30 s | $(verdict "$copies_s < 0.25") |"
  echo "| build: 200 sample editions, all 7 files | ${copies_all_s} s | | | |"
  echo "| build: one sample edition, whole process | ${process_ms} ms | < 20 ms | Python 166 ms, pandoc 190 ms | $(verdict "$process_ms < 20") |"
  echo "| preview: an edit of a sample fragment to the new version (watcher and rebuild) | ${preview_ms} ms median, ${preview_max_ms} ms slowest of 20 | < 1,000 ms | | $(verdict "$preview_max_ms < 1000") |"
  echo "| build: ${large} synthetic editions (30 metrics × 24 months, 500-row tracker) | ${large_s} s, peak ${large_mb} MB | < 10 s, < 500 MB | | $(verdict "$large_s < 10 && $large_mb < 500 && $large_failed == 0") |"
} | tee "$out"
echo "written to $out" >&2
