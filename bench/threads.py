#!/usr/bin/env python3
"""Threads and the GIL: weft against python3, side by side, in the same run.

Usage (from the repository root):
    python3 bench/threads.py [--weft target/release/weft] [--python python3]
                             [--runs 3] [--only table|probes]

1. The classic table: an empty function called 1,000,000 times, big-integer
   Fibonacci to 100,000 steps, and 1000 reads of 1 KiB from /dev/urandom,
   each done 1, 2, 4 and 8 times — one after another, then in that many
   threads. Wall seconds, best of --runs.
2. GIL probes (bench/_gil_probes.py), each the median of --runs runs:
   sleeping threads overlapping, two CPU-bound threads (CPU/wall and
   threaded/sequential), switches per second at 5 ms and 1 ms intervals,
   Jain's fairness index of 4 CPU-bound threads, wake-up lateness of a 2 ms
   sleeper beside 2 CPU-bound threads, the slowdown caused by a thread blocked
   on a held lock, and creating+joining 1000 threads. weft is also run with
   its CPython-like GIL policy (WEFT_GIL_POLICY=cpython) for comparison.

The goals from the GIL issue are printed beside the figures. Only the
standard library is used; nothing here is a test (the machine is noisy).
"""

import argparse
import os
import statistics
import subprocess
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(BENCH, "_thread_work.py")
PROBES = os.path.join(BENCH, "_gil_probes.py")


def run(cmd, env_extra=None, timeout=300):
    env = dict(os.environ)
    env.pop("WEFT_GIL_POLICY", None)
    if env_extra:
        env.update(env_extra)
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {out.stderr.strip()[-300:]}")
    return out.stdout


def table(interpreters, runs):
    print("Classic table: wall seconds (best of %d), sequential / threaded" % runs)
    header = "%-10s %5s" % ("work", "units")
    for name, _, _ in interpreters:
        header += " | %21s" % name
    print(header)
    for kind in ("empty", "bigfib", "urandom"):
        for units in (1, 2, 4, 8):
            row = "%-10s %5d" % (kind, units)
            for _, cmd, env in interpreters:
                cells = []
                for mode in ("seq", "threads"):
                    times = [float(run(cmd + [WORK, kind, str(units), mode], env))
                             for _ in range(runs)]
                    cells.append(min(times))
                row += " | %9.3f / %9.3f" % tuple(cells)
            print(row, flush=True)
    print()


PROBE_ROWS = [
    # (probe args, key, label, goal text)
    (["sleepers", "50"], "wall", "50 threads sleeping 0.2 s: wall s", "< 0.5"),
    (["cpu2"], "cpu_per_wall", "2 CPU-bound threads: CPU time / wall", "<= 1.15"),
    (["cpu2"], "threaded_over_sequential", "2 CPU-bound threads: threaded / sequential", "<= 1.10"),
    (["switches", "5"], "switches_per_s", "switches per s, interval 5 ms", ""),
    (["switches", "1"], "switches_per_s", "switches per s, interval 1 ms", ""),
    (["fairness"], "jain", "Jain's index, 4 CPU-bound threads", ">= 0.98"),
    (["convoy"], "median_ms", "2 ms sleeper lateness, median ms", "<= 1"),
    (["convoy"], "p90_ms", "2 ms sleeper lateness, p90 ms", ""),
    (["blocked"], "slowdown", "slowdown beside a thread blocked on a lock", "< 0.30"),
    (["create", "1000"], "wall", "create + join 1000 threads: wall s", "<= python3"),
]


def probes(interpreters, runs):
    print("GIL probes (median of %d runs)" % runs)
    header = "%-44s" % "probe"
    for name, _, _ in interpreters:
        header += " %12s" % name
    print(header + "   goal")
    cache = {}
    for args, key, label, goal in PROBE_ROWS:
        row = "%-44s" % label
        # Interleave the interpreters' runs, so that a change in the machine's
        # load during the probe falls on both alike.
        todo = [(name, cmd, env) for name, cmd, env in interpreters
                if (name, tuple(args)) not in cache]
        for name, _, _ in todo:
            cache[(name, tuple(args))] = []
        for _ in range(runs):
            for name, cmd, env in todo:
                out = run(cmd + [PROBES] + args, env)
                cache[(name, tuple(args))].append(
                    dict((k, float(v)) for k, v in
                         (line.split() for line in out.splitlines())))
        for name, cmd, env in interpreters:
            value = statistics.median(s[key] for s in cache[(name, tuple(args))])
            row += " %12.3f" % value
        print(row + "   " + goal, flush=True)
    print()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--weft", default=os.path.join("target", "release", "weft"))
    p.add_argument("--python", default="python3")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--only", choices=["table", "probes"])
    a = p.parse_args()
    if not os.path.exists(a.weft):
        sys.exit(f"no weft binary at {a.weft}: run `cargo build --release` first")
    interpreters = [
        ("weft", [a.weft], None),
        ("weft-cpython", [a.weft], {"WEFT_GIL_POLICY": "cpython"}),
        ("python3", [a.python], None),
    ]
    if a.only != "probes":
        table([interpreters[0], interpreters[2]], a.runs)
    if a.only != "table":
        probes(interpreters, a.runs)


if __name__ == "__main__":
    main()
