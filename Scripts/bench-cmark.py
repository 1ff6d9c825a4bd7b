#!/usr/bin/env python3
"""Times `quarterly markdown` against cmark on the hostile Markdown set, as processes.

`quarterly-bench markdown --hostile --dump DIR` writes every hostile input to a file (and times it
in-process); then each file is converted by `cmark FILE` and by `quarterly markdown FILE` (both with
`--unsafe` for the inputs the bench converts with raw HTML allowed, both in their default safe mode
otherwise: cmark is safe by default since 0.29), output to /dev/null. Each input is run RUNS times,
the two tools taking turns, and each time is the median CPU time (user and system) of its runs less the
median CPU time of the same tool on an empty file (its start-up). The ratio is quarterly's time over cmark's. The in-process column
is quarterly-bench's own median (wall time, so it grows with the machine's load), for reference.

For the shapes the set has at two sizes, `NAME (1×)` and `NAME (4×)`, the growth of each tool is its
time at 4× over four times its time at 1× (1.00 is linear; above 1.5 is counted as not linear).

Usage: Scripts/bench-cmark.py [--bench BIN] [--quarterly BIN] [--cmark BIN] [--runs N] [--only NAME]
                              [--out FILE]
The binaries default to the release build of Scripts/bench.sh (.build-bench/release/); build them with
  swift build -c release --static-swift-stdlib --scratch-path .build-bench --product quarterly-bench
  swift build -c release --static-swift-stdlib --scratch-path .build-bench --product quarterly
Writes a Markdown table to stdout (and to --out when given). Exit: 0 done, 2 setup error.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

# Runs of one input stop early once its runs have taken this many seconds in all.
BUDGET_SECONDS = 20.0
# A run is stopped after this many seconds (wall time) and shown as "> LIMIT" (cmark 0.30 is quadratic on some shapes:
# 110 to 270 s at 4×); --limit changes it.
LIMIT_SECONDS = 10.0
# Below this many milliseconds of cmark's own work, a ratio is mostly start-up noise.
NOISE_MS = 1.0


def run_once(command):
    """CPU seconds (user and system, from wait4) one run of `command` takes, output discarded; infinity
    when it runs past the limit. CPU time, not wall time: on a shared machine a process's wall time
    jumps by whole scheduler slices (1 to 24 ms for cmark on an empty file), its CPU time does not."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + LIMIT_SECONDS
    while True:
        pid, _, usage = os.wait4(process.pid, os.WNOHANG)
        if pid == process.pid:
            process.returncode = 0
            return usage.ru_utime + usage.ru_stime
        if time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            process.returncode = -9
            return float("inf")
        time.sleep(0.001)


def time_pair(commands, runs):
    """Median CPU seconds of each command, run in turns so that a busy moment falls on all alike."""
    samples = [[] for _ in commands]
    spent = 0.0
    for _ in range(runs):
        for index, command in enumerate(commands):
            elapsed = run_once(command)
            samples[index].append(elapsed)
            spent += min(elapsed, LIMIT_SECONDS)
        if spent > BUDGET_SECONDS:
            break
    return [statistics.median(s) for s in samples]


def main():
    global LIMIT_SECONDS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", default=".build-bench/release/quarterly-bench")
    parser.add_argument("--quarterly", default=".build-bench/release/quarterly")
    parser.add_argument("--cmark", default="/usr/bin/cmark")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only")
    parser.add_argument("--out")
    parser.add_argument("--limit", type=float, default=LIMIT_SECONDS)
    args = parser.parse_args()
    LIMIT_SECONDS = args.limit
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for binary in (args.bench, args.quarterly, args.cmark):
        if not os.access(binary, os.X_OK):
            print(f"bench-cmark: {binary} is missing (see --help)", file=sys.stderr)
            return 2
    version = subprocess.run([args.cmark, "--version"], capture_output=True, text=True).stdout.splitlines()[0]

    with tempfile.TemporaryDirectory() as folder:
        dump = [args.bench, "markdown", "--hostile", "--dump", folder, "--runs", str(args.runs)]
        if args.only:
            dump += ["--only", args.only]
        if subprocess.run(dump, stdout=sys.stderr).returncode != 0:
            return 2
        inputs = []
        with open(os.path.join(folder, "inputs.tsv"), encoding="utf-8") as table:
            for line in table:
                file, raw, size, in_process, name = line.rstrip("\n").split("\t", 4)
                inputs.append((os.path.join(folder, file), raw == "1", int(size), float(in_process), name))
        empty = os.path.join(folder, "empty.md")
        open(empty, "w").close()
        start_up = {}
        for raw in (False, True):
            flag = ["--unsafe"] if raw else []
            ours, theirs = time_pair([[args.quarterly, "markdown", empty] + flag, [args.cmark, empty] + flag], 21)
            start_up[raw] = (ours, theirs)
        print(
            f"start-up (empty file): quarterly {start_up[False][0] * 1000:.2f} ms, cmark {start_up[False][1] * 1000:.2f} ms",
            file=sys.stderr,
        )
        rows = []
        for path, raw, size, in_process, name in inputs:
            flag = ["--unsafe"] if raw else []
            ours, theirs = time_pair([[args.quarterly, "markdown", path] + flag, [args.cmark, path] + flag], args.runs)
            ours_ms = max(ours - start_up[raw][0], 0.0) * 1000
            cmark_ms = max(theirs - start_up[raw][1], 0.0) * 1000
            rows.append((name, size, in_process, ours_ms, cmark_ms))
            print(f"{name}: quarterly {ours_ms:.2f} ms, cmark {cmark_ms:.2f} ms", file=sys.stderr, flush=True)

    growth = {}
    by_name = {row[0]: row for row in rows}
    for name, _, _, ours_ms, cmark_ms in rows:
        if name.endswith(" (4×)") and name[: -len(" (4×)")] + " (1×)" in by_name:
            small = by_name[name[: -len(" (4×)")] + " (1×)"]
            growth[name] = (ours_ms / max(4 * small[3], 1e-9), cmark_ms / max(4 * small[4], 1e-9))

    lines = [
        f"Hostile Markdown against {version}, as processes: median CPU time of {args.runs} runs, start-up subtracted.",
        "",
        "| input | bytes | in-process ms | quarterly ms | cmark ms | ratio | growth 1×→4× (quarterly / cmark) | within 3× |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    limit_ms = LIMIT_SECONDS * 1000

    def shown_ms(value):
        return f"> {limit_ms:.0f}" if value == float("inf") else f"{value:.1f}"

    for name, size, in_process, ours_ms, cmark_ms in rows:
        if cmark_ms == float("inf"):
            # cmark passed the limit: the ratio is at most ours over the limit.
            shown = "∞" if ours_ms == float("inf") else f"< {max(ours_ms / limit_ms, 0.01):.2f}"
            ratio = 0.0
        else:
            ratio = ours_ms / cmark_ms if cmark_ms > 0 else float("inf")
            shown = f"{ratio:.1f}" if cmark_ms > 0 else "∞"
        grown = growth.get(name)
        growth_text = ""
        if grown:
            growth_text = " / ".join("> limit" if g == float("inf") or g != g else f"{g:.2f}" for g in grown)
        if name.endswith(" (1×)") and name[: -len(" (1×)")] + " (4×)" in growth:
            grown = growth[name[: -len(" (1×)")] + " (4×)"]
        if grown and not grown[1] <= 1.5:
            verdict = "n/a (cmark not linear)"
        elif cmark_ms == float("inf"):
            verdict = f"yes (cmark > {LIMIT_SECONDS:.0f} s)"
        elif cmark_ms < NOISE_MS and ours_ms < NOISE_MS:
            verdict = "both < 1 ms"
        elif ratio <= 3:
            verdict = "yes"
        else:
            verdict = "**no**"
        escaped = name.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_")
        lines.append(
            f"| {escaped} | {size} | {in_process:.1f} | {shown_ms(ours_ms)} | {shown_ms(cmark_ms)} | {shown} | {growth_text} | {verdict} |"
        )
    lines.append("")
    lines.append(
        f"start-up subtracted: quarterly {start_up[False][0] * 1000:.2f} ms, cmark {start_up[False][1] * 1000:.2f} ms"
    )
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
