#!/usr/bin/env bash
# Rebuilds the sample editions and copies their outputs into the test fixtures that pin them, after a
# deliberate change to templates, wording or figures. Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
swift run quarterly build Inputs/birmingham-2022-q3 Inputs/birmingham-2020-10 --output "$out" --quiet
for edition in birmingham-2022-q3 birmingham-2020-10; do
  dest="Tests/QuarterlyKitTests/Fixtures/expected/$edition"
  rm -rf "$dest" && mkdir -p "$dest"
  cp "$out/$edition"/* "$dest/"
done
git --no-pager diff --stat -- Tests/QuarterlyKitTests/Fixtures/expected
