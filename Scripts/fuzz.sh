#!/bin/sh
# Fuzzes quarterly's parsers with libFuzzer for a bounded time.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET ...]
#
# SECONDS (default 60) is the time per target; the targets (default: all) are csv, frontmatter,
# template, markdown, values, zip, inflate and xml (see Tests/Fuzz/FuzzEntry.swift). Each runs from its committed corpus
# Tests/Fuzz/corpus/<target>/ (new interesting inputs go to .build-fuzz/corpus/<target>/, not the
# repository). A crash leaves its input in .build-fuzz/crashes/<target>/: fix it, then commit the input
# to Tests/Fuzz/corpus/<target>/ (FuzzCorpusTests replays every corpus file in `swift test`) and add a
# focused test beside the parser's own tests.
# Exit status: 0 no crash, 1 a target crashed, 2 the fuzzer could not be built.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-csv frontmatter template markdown values zip inflate xml}
out=.build-fuzz
mkdir -p "$out"
binary="$out/quarterly-fuzz"

sources=$(find Sources/QuarterlyKit -name '*.swift' | sort)
newest=$(ls -t $sources Tests/Fuzz/FuzzEntry.swift | head -n 1)
if [ ! -x "$binary" ] || [ "$newest" -nt "$binary" ]; then
  echo "building $binary"
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name QuarterlyKit \
    -o "$binary" $sources Tests/Fuzz/FuzzEntry.swift || exit 2
fi

status=0
for target in $targets; do
  seeds="Tests/Fuzz/corpus/$target"
  work="$out/corpus/$target"
  crashes="$out/crashes/$target"
  mkdir -p "$seeds" "$work" "$crashes"
  echo "fuzzing $target for $seconds s"
  if ! ASAN_OPTIONS=detect_leaks=0 QUARTERLY_FUZZ_TARGET=$target "$binary" "$work" "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -artifact_prefix="$crashes/" -print_final_stats=1 -detect_leaks=0 >"$out/$target.log" 2>&1; then
    echo "CRASH in $target: see $out/$target.log and $crashes/"
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$out/$target.log" | sed "s/^/$target /" || true
done
exit $status
