#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance programs with CPython 3.11.

For every tests/programs/NAME.py this runs `python3 NAME.py` (the interpreter
running this script, really) with the working directory set to tests/programs,
no standard input and a clean, deterministic environment, and writes:

  tests/expected/NAME.out     the program's stdout, byte for byte
  tests/expected/NAME.status  two lines: the exit status, then the last
                              non-empty line of stderr (or an empty line)
  tests/expected/NAME.stderr  the whole of stderr (tracebacks), with the
                              absolute path of tests/programs written as
                              <programs>; only when stderr is not empty

The conformance runner (crates/weft-cli/tests/conformance.rs) compares weft's
behaviour against these files.

Usage:
  python3 tests/regen.py            regenerate everything
  python3 tests/regen.py FILTER     only programs whose name contains FILTER
  python3 tests/regen.py --check    regenerate into memory, run every program
                                    twice, and report programs whose output
                                    is nondeterministic, slow (> 5 s) or
                                    differs from the checked-in files; writes
                                    nothing
"""

import os
import re
import subprocess
import sys
import time

if sys.version_info[:2] != (3, 11):
    sys.exit(
        "regen.py must run under CPython 3.11 (found %d.%d): the expected "
        "outputs are defined as what CPython 3.11 prints"
        % sys.version_info[:2]
    )

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT = 30.0
SLOW = 5.0


def clean_env():
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    # pyenv shims need to find their root; harmless elsewhere.
    for key in ("HOME", "PYENV_ROOT", "PYENV_VERSION"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


# Traceback frames inside the standard library: CPython's line numbers in its
# own Lib/ differ from weft's stdlib/, so both sides write them as
# `File "<stdlib>/threading.py", line ?, in NAME` (the function names and
# source lines still have to match).
STDLIB_DIR = os.path.dirname(os.__file__)
STDLIB_FRAME = re.compile(
    rb'  File "' + re.escape(STDLIB_DIR.encode("utf-8")) + rb'/([^"]+)", line \d+, in')


def last_stderr_line(stderr):
    text = stderr.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run(name):
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, name],
        cwd=PROGRAMS,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        timeout=TIMEOUT,
    )
    elapsed = time.monotonic() - start
    status = "%d\n%s\n" % (proc.returncode, last_stderr_line(proc.stderr))
    stderr = proc.stderr.replace(PROGRAMS.encode("utf-8"), b"<programs>")
    stderr = STDLIB_FRAME.sub(rb'  File "<stdlib>/\1", line ?, in', stderr)
    return proc.stdout, status.encode("utf-8"), stderr, elapsed


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    names = sorted(
        n for n in os.listdir(PROGRAMS)
        if n.endswith(".py") and all(f in n for f in filters)
    )
    if not names:
        sys.exit("no programs matched")
    os.makedirs(EXPECTED, exist_ok=True)
    problems = 0
    for name in names:
        stem = name[:-3]
        out, status, stderr, elapsed = run(name)
        out_path = os.path.join(EXPECTED, stem + ".out")
        status_path = os.path.join(EXPECTED, stem + ".status")
        stderr_path = os.path.join(EXPECTED, stem + ".stderr")
        code = status.split(b"\n", 1)[0].decode()
        if check:
            out2, status2, stderr2, elapsed2 = run(name)
            notes = []
            if (out, status, stderr) != (out2, status2, stderr2):
                notes.append("NONDETERMINISTIC")
            if max(elapsed, elapsed2) > SLOW:
                notes.append("SLOW %.1fs" % max(elapsed, elapsed2))
            if (read(out_path) != out or read(status_path) != status
                    or read(stderr_path) != (stderr or None)):
                notes.append("DIFFERS FROM CHECKED-IN EXPECTATION")
            if notes:
                problems += 1
                print("%-40s %s" % (name, ", ".join(notes)))
            continue
        with open(out_path, "wb") as f:
            f.write(out)
        with open(status_path, "wb") as f:
            f.write(status)
        if stderr:
            with open(stderr_path, "wb") as f:
                f.write(stderr)
        elif os.path.exists(stderr_path):
            os.remove(stderr_path)
        print("%-40s exit %-3s %6d bytes  %.2fs" % (name, code, len(out), elapsed))
    if not filters:
        # Drop expectations whose program no longer exists.
        stems = {n[:-3] for n in names}
        for n in sorted(os.listdir(EXPECTED)):
            stem, ext = os.path.splitext(n)
            if ext in (".out", ".status", ".stderr") and stem not in stems:
                if check:
                    problems += 1
                    print("%-40s STALE EXPECTATION" % n)
                else:
                    os.remove(os.path.join(EXPECTED, n))
                    print("removed stale %s" % n)
    if check:
        print("%d program(s) checked, %d problem(s)" % (len(names), problems))
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
