#!/usr/bin/env python3
"""Compare weft against CPython on the benchmarks in bench/.

Usage (from anywhere):
    python3 bench/run.py                   # every bench/*.py, 3 runs each
    python3 bench/run.py fib loop          # only these (name, name.py or path)
    python3 bench/run.py --runs 5 --weft target/release/weft --python python3
    python3 bench/run.py --weft python3    # self-test: CPython on both sides

For each benchmark, weft and python3 are run alternately N times; the best
wall time of each is kept, and the two standard outputs must be identical
(a difference is reported as MISMATCH). The table gives the ratio
weft/python3: lower is better, 1.00 means as fast as CPython.

A benchmark is a .py file in bench/ (run.py and files starting with "_" are
skipped). It may carry, within its first 20 lines, comment headers:

    # bench-args: 30 extra words     arguments passed to the program
    # bench-target: 1.5              ratio weft/python3 to stay under
    # bench-timeout: 600             seconds before a run is killed

Benchmarks that do not live in bench/ (downloaded suites, probes with
several argument sets) can be added in code: append Benchmark(...) objects
in extra_benchmarks().

Exit status: 0 if every row ran on both sides with equal output (and within
its target, with --strict), 1 otherwise. Only the standard library is used.
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_WEFT = os.path.join("target", "release", "weft")
DEFAULT_TIMEOUT = 300.0
HEADER_LINES = 20


class Benchmark:
    """One program to time: a script path plus arguments."""

    def __init__(self, name, path, args=(), target=None, timeout=None):
        self.name = name
        self.path = path
        self.args = list(args)
        self.target = target          # max acceptable weft/python3 ratio
        self.timeout = timeout or DEFAULT_TIMEOUT

    def command(self, interpreter):
        return [interpreter, self.path] + self.args


def parse_headers(path):
    """Read the '# bench-KEY: value' comments at the top of a file."""
    headers = {}
    try:
        with open(path, encoding="utf-8") as f:
            for _, line in zip(range(HEADER_LINES), f):
                line = line.strip()
                if line.startswith("# bench-") and ":" in line:
                    key, _, value = line[len("# bench-"):].partition(":")
                    headers[key.strip()] = value.strip()
    except OSError:
        pass
    return headers


def benchmark_from_file(path, name=None):
    headers = parse_headers(path)
    target = headers.get("target")
    timeout = headers.get("timeout")
    return Benchmark(
        name or os.path.splitext(os.path.basename(path))[0],
        path,
        args=shlex.split(headers.get("args", "")),
        target=float(target) if target else None,
        timeout=float(timeout) if timeout else None,
    )


def extra_benchmarks():
    """Benchmarks that are not plain bench/*.py files. Add them here."""
    return []


DRIVERS = {"run.py", "pyperformance.py", "threads.py"}


def discover():
    found = []
    for entry in sorted(os.listdir(BENCH_DIR)):
        # The other drivers (pyperformance.py, threads.py) compare weft with
        # python3 themselves; they are not benchmark programs.
        if not entry.endswith(".py") or entry in DRIVERS or entry.startswith("_"):
            continue
        found.append(benchmark_from_file(os.path.join(BENCH_DIR, entry)))
    return found + extra_benchmarks()


def select(all_benchmarks, wanted):
    """Pick benchmarks by name, file name or path; unknown names are errors."""
    by_name = {b.name: b for b in all_benchmarks}
    chosen, unknown = [], []
    for w in wanted:
        key = os.path.splitext(os.path.basename(w))[0]
        if key in by_name:
            chosen.append(by_name[key])
        elif os.path.isfile(w):
            chosen.append(benchmark_from_file(os.path.abspath(w)))
        else:
            unknown.append(w)
    return chosen, unknown


def resolve_interpreter(value):
    """A bare name is looked up on PATH; a path is tried against the current
    directory, then against the repository root. Returns (path, error)."""
    if os.sep not in value and (os.altsep is None or os.altsep not in value):
        found = shutil.which(value)
        if found:
            return found, None
        candidate = os.path.join(REPO_ROOT, value)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate, None
        return None, "not found on PATH: %s" % value
    for base in (os.getcwd(), REPO_ROOT):
        candidate = os.path.join(base, value)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate), None
    return None, "missing: %s (build with cargo build --release)" % value


class Outcome:
    """Result of running one side of one benchmark N times."""

    def __init__(self):
        self.best = None        # best wall time in seconds
        self.stdout = None      # stdout of the first successful run
        self.error = None       # short description of a failure
        self.stderr_tail = ""   # last lines of stderr of a failed run

    @property
    def ok(self):
        return self.error is None and self.best is not None


def run_once(cmd, timeout, outcome):
    """Run cmd once and record its time and output into outcome."""
    if outcome.error is not None:
        return
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, timeout=timeout, cwd=REPO_ROOT)
    except subprocess.TimeoutExpired:
        outcome.error = "timeout >%gs" % timeout
        return
    except OSError as e:
        outcome.error = "cannot run: %s" % e.strerror
        return
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        if proc.returncode < 0:
            outcome.error = "crash (signal %d)" % -proc.returncode
        else:
            outcome.error = "crash (exit %d)" % proc.returncode
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        outcome.stderr_tail = "\n".join(tail[-5:])
        return
    if outcome.stdout is None:
        outcome.stdout = proc.stdout
    elif proc.stdout != outcome.stdout:
        outcome.error = "output differs between runs"
        return
    if outcome.best is None or elapsed < outcome.best:
        outcome.best = elapsed


def first_difference(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end of output>"
        y = lb[i] if i < len(lb) else "<end of output>"
        if x != y:
            return i + 1, x, y
    return None


def fmt_time(outcome):
    if outcome.ok:
        return "%.3f" % outcome.best
    return outcome.error or "-"


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Time weft against CPython on bench/ programs.")
    ap.add_argument("benchmarks", nargs="*",
                    help="names (fib), files (fib.py) or paths; default: all")
    ap.add_argument("--runs", type=int, default=3,
                    help="runs per interpreter; the best is kept (default 3)")
    ap.add_argument("--weft", default=DEFAULT_WEFT,
                    help="weft binary (default %s, relative to the repo root)"
                    % DEFAULT_WEFT)
    ap.add_argument("--python", default="python3",
                    help="reference interpreter (default python3)")
    ap.add_argument("--strict", action="store_true",
                    help="also fail (exit 1) when a ratio exceeds its target")
    ap.add_argument("--list", action="store_true",
                    help="list the benchmarks and exit")
    opts = ap.parse_args(argv)
    if opts.runs < 1:
        ap.error("--runs must be at least 1")

    benchmarks = discover()
    if opts.benchmarks:
        benchmarks, unknown = select(benchmarks, opts.benchmarks)
        if unknown:
            ap.error("unknown benchmark(s): %s" % ", ".join(unknown))
    if opts.list:
        for b in benchmarks:
            extra = " ".join(b.args)
            target = " (target <= %gx)" % b.target if b.target else ""
            print("%-16s %s %s%s" % (b.name, os.path.relpath(b.path, REPO_ROOT),
                                    extra, target))
        return 0

    python, python_err = resolve_interpreter(opts.python)
    weft, weft_err = resolve_interpreter(opts.weft)
    print("python3: %s" % (python or python_err))
    print("weft:    %s" % (weft or weft_err))
    print("runs:    %d each, best wall time kept, run alternately\n" % opts.runs)

    rows, notes = [], []
    failed = False
    for b in benchmarks:
        py, wf = Outcome(), Outcome()
        if python_err:
            py.error = "python3 missing"
        if weft_err:
            wf.error = "weft missing"
        for _ in range(opts.runs):
            if python:
                run_once(b.command(python), b.timeout, py)
            if weft:
                run_once(b.command(weft), b.timeout, wf)
        status = "ok"
        if py.ok and wf.ok:
            ratio = wf.best / py.best if py.best > 0 else float("inf")
            ratio_s = "%.2f" % ratio
            if py.stdout != wf.stdout:
                status = "MISMATCH"
                diff = first_difference(py.stdout, wf.stdout)
                if diff:
                    notes.append("%s: MISMATCH at line %d\n  python3: %r\n  weft:    %r"
                                 % (b.name, diff[0], diff[1], diff[2]))
            elif b.target is not None and ratio > b.target:
                status = "over target %gx" % b.target
                if opts.strict:
                    failed = True
            elif b.target is not None:
                status = "ok (target %gx)" % b.target
        else:
            ratio_s = "-"
            status = "FAILED"
        if status == "MISMATCH" or status == "FAILED":
            failed = True
        for side, o in (("python3", py), ("weft", wf)):
            if o.stderr_tail:
                notes.append("%s (%s) %s; stderr ends with:\n  %s"
                             % (b.name, side, o.error,
                                o.stderr_tail.replace("\n", "\n  ")))
        rows.append((b.name, fmt_time(py), fmt_time(wf), ratio_s, status))
        # Print progress as we go: a full run takes minutes.
        print("  %-16s done" % b.name, file=sys.stderr, flush=True)

    header = ("benchmark", "python3 s", "weft s", "weft/python3", "status")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(5)]
    line = "  ".join("%%-%ds" % w if i in (0, 4) else "%%%ds" % w
                     for i, w in enumerate(widths))
    print((line % header).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print((line % r).rstrip())
    if notes:
        print()
        for n in notes:
            print("!!! " + n)
    mismatches = [r[0] for r in rows if r[4] == "MISMATCH"]
    if mismatches:
        print("\n!!! OUTPUT MISMATCH in: %s !!!" % ", ".join(mismatches))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
