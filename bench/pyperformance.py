#!/usr/bin/env python3
"""Run 13 pure-Python pyperformance benchmarks under python3 and weft.

pyperformance 1.14.0 is downloaded with pip into a temporary folder at run
time (its code is never kept in this repository).  Each benchmark's
run_benchmark.py is run unmodified, once per interpreter and run, with
bench/pyperf_stub/pyperf.py standing in for pyperf (found through PYTHONPATH
for python3 and WEFTPATH for weft).  The standard outputs are compared, and
for chaos and raytrace also the PPM images they write with --filename.

Prints a table of best wall times, weft/python3 ratios and OK / MISMATCH /
FAIL, with the first error line of every failure.  Exit status 1 if any
benchmark did not come out OK.  Only the standard library is used.

    python3 bench/pyperformance.py                  # all 13
    python3 bench/pyperformance.py go hexiom        # only these
    python3 bench/pyperformance.py --runs 3         # best of 3 runs each
    python3 bench/pyperformance.py --weft python3   # self-test of the script
"""

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile

VERSION = "1.14.0"

BENCHMARKS = [
    "richards", "nbody", "fannkuch", "spectral_norm", "nqueens", "float",
    "chaos", "deltablue", "go", "hexiom", "raytrace", "unpack_sequence",
    "generators",
]

# Benchmarks that write an image with --filename; the bytes are compared.
IMAGE_BENCHMARKS = {"chaos", "raytrace"}

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
STUB_DIR = os.path.join(HERE, "pyperf_stub")


def find_weft(path):
    """The weft binary: as given, relative to cwd, then to the repo root."""
    if os.sep not in path and not os.path.exists(path):
        found = shutil.which(path)
        return found or path
    for base in (os.getcwd(), REPO):
        candidate = os.path.join(base, path)
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    return path


def download(python, dest, source):
    """Unpack pyperformance into dest; returns the benchmarks folder."""
    if source is None:
        cmd = [python, "-m", "pip", "download", "--no-deps", "--quiet",
               "--disable-pip-version-check",
               "pyperformance==%s" % VERSION, "-d", dest]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT,
                              universal_newlines=True)
        if proc.returncode != 0:
            sys.exit("pip download failed:\n" + proc.stdout)
        archives = [os.path.join(dest, n) for n in sorted(os.listdir(dest))]
    else:
        archives = [os.path.abspath(source)]
    unpacked = os.path.join(dest, "unpacked")
    for archive in archives:
        if os.path.isdir(archive):
            unpacked = archive
        elif archive.endswith(".whl") or archive.endswith(".zip"):
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(unpacked)
        elif archive.endswith((".tar.gz", ".tgz", ".tar")):
            with tarfile.open(archive) as tf:
                tf.extractall(unpacked)
    for root, dirs, files in os.walk(unpacked):
        dirs.sort()
        if (os.path.basename(root) == "benchmarks"
                and os.path.basename(os.path.dirname(root)) == "data-files"):
            return root
    sys.exit("no data-files/benchmarks folder found in %s" % archives)


def run_once(cmd, env, cwd, timeout):
    """(seconds, returncode or None on timeout, stdout bytes, stderr text)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        return (time.perf_counter() - start, None, exc.stdout or b"",
                "timeout after %ss" % timeout)
    except OSError as exc:
        return (time.perf_counter() - start, -1, b"", "cannot run: %s" % exc)
    elapsed = time.perf_counter() - start
    return (elapsed, proc.returncode, proc.stdout,
            proc.stderr.decode("utf-8", "replace"))


def first_error(stderr):
    """The line that names the error: the exception line of a traceback."""
    lines = [line.rstrip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return "(no stderr)"
    if "Traceback (most recent call last):" in lines:
        # The exception line is the first unindented one after the
        # traceback header (later ones belong to chained exceptions).
        start = lines.index("Traceback (most recent call last):") + 1
        where = None
        for line in lines[start:]:
            if line.startswith("  File "):
                parts = line.strip().split(", ")
                where = ", ".join([os.path.basename(parts[0][6:].strip('"'))]
                                  + parts[1:2])
            elif not line.startswith(" "):
                return line + ("   [%s]" % where if where else "")
    return lines[-1]


def first_difference(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: python3 %r / weft %r" % (i + 1, x[:100], y[:100])
    return "outputs differ (line endings or trailing bytes)"


def envs(stub, weft_is_python=False):
    py_env = dict(os.environ)
    old = py_env.get("PYTHONPATH")
    py_env["PYTHONPATH"] = stub + (os.pathsep + old if old else "")
    weft_env = dict(os.environ)
    old = weft_env.get("WEFTPATH")
    weft_env["WEFTPATH"] = stub + (os.pathsep + old if old else "")
    if weft_is_python:  # self-test: --weft python3
        weft_env["PYTHONPATH"] = py_env["PYTHONPATH"]
    return py_env, weft_env


def is_python(exe):
    return os.path.basename(exe).startswith("python")


def bench_one(name, script, opts, work):
    py_env, weft_env = envs(STUB_DIR, is_python(opts.weft))
    best = {"python3": None, "weft": None}
    detail = None
    status = "OK"
    for run in range(opts.runs):
        outputs = {}
        for label, exe, env in (("python3", opts.python, py_env),
                                ("weft", opts.weft, weft_env)):
            cmd = [exe, script]
            image = None
            if name in IMAGE_BENCHMARKS:
                image = os.path.join(work, "%s.%s.ppm" % (name, label))
                if os.path.exists(image):
                    os.remove(image)
                cmd += ["--filename", image]
            secs, rc, out, err = run_once(cmd, env, work, opts.timeout)
            if rc != 0:
                what = "timeout" if rc is None else "exit %s" % rc
                return (best, "FAIL (%s%s)" % (
                    "python3 " if label == "python3" else "", what),
                    first_error(err))
            if best[label] is None or secs < best[label]:
                best[label] = secs
            pic = None
            if image is not None:
                if not os.path.exists(image):
                    return (best, "FAIL (%s wrote no image)" % label,
                            first_error(err))
                with open(image, "rb") as f:
                    pic = f.read()
            outputs[label] = (out, pic)
        (py_out, py_pic), (wf_out, wf_pic) = outputs["python3"], outputs["weft"]
        if py_out != wf_out:
            status, detail = "MISMATCH", "stdout " + first_difference(
                py_out, wf_out)
        elif py_pic != wf_pic:
            status = "MISMATCH"
            detail = "image differs (%d bytes python3, %d bytes weft)" % (
                len(py_pic), len(wf_pic))
        if status != "OK":
            break
    return best, status, detail


def main():
    parser = argparse.ArgumentParser(
        description="pyperformance %s benchmarks: weft against python3"
        % VERSION)
    parser.add_argument("names", nargs="*", metavar="BENCHMARK",
                        help="benchmarks to run (default: all 13)")
    parser.add_argument("--weft", default="target/release/weft",
                        help="weft binary (default: target/release/weft)")
    parser.add_argument("--python", default="python3",
                        help="CPython to compare with (default: python3)")
    parser.add_argument("--runs", type=int, default=1,
                        help="runs per interpreter; best time kept "
                             "(default: 1)")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds before a run is killed (default: 300)")
    parser.add_argument("--source", metavar="PATH",
                        help="use this pyperformance wheel, sdist or "
                             "unpacked folder instead of downloading")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder and print its path")
    opts = parser.parse_args()
    opts.weft = find_weft(opts.weft)
    names = []
    for name in opts.names or BENCHMARKS:
        name = name[3:] if name.startswith("bm_") else name
        if name not in BENCHMARKS:
            parser.error("unknown benchmark %r (choose from %s)"
                         % (name, ", ".join(BENCHMARKS)))
        names.append(name)

    tmp = tempfile.mkdtemp(prefix="weft-pyperformance-")
    try:
        benchdir = download(opts.python, tmp, opts.source)
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        # Start-up baseline: an empty script under each interpreter.
        empty = os.path.join(work, "empty.py")
        with open(empty, "w") as f:
            f.write("")
        py_env, weft_env = envs(STUB_DIR, is_python(opts.weft))
        start_py = min(run_once([opts.python, empty], py_env, work, 60)[0]
                       for _ in range(3))
        start_wf = min(run_once([opts.weft, empty], weft_env, work, 60)[0]
                       for _ in range(3))

        rows = []
        failures = []
        for name in names:
            script = os.path.join(benchdir, "bm_" + name, "run_benchmark.py")
            if not os.path.exists(script):
                best, status, detail = ({"python3": None, "weft": None},
                                        "FAIL (not found)", script)
            else:
                best, status, detail = bench_one(name, script, opts, work)
            py, wf = best["python3"], best["weft"]
            ratio = "%.2f" % (wf / py) if py and wf is not None else "-"
            rows.append((name, "%.3f" % py if py is not None else "-",
                         "%.3f" % wf if wf is not None else "-",
                         ratio, status))
            if detail:
                failures.append((name, detail))
            print("%-16s %s" % (name, status), file=sys.stderr, flush=True)

        rows.insert(0, ("(start-up)", "%.3f" % start_py, "%.3f" % start_wf,
                        "%.2f" % (start_wf / start_py), "empty script"))
        header = ("benchmark", "python3 s", "weft s", "weft/python3",
                  "status")
        widths = [max(len(r[i]) for r in rows + [header])
                  for i in range(len(header))]

        def line(cells):
            out = [cells[0].ljust(widths[0])]
            out += [c.rjust(w) for c, w in zip(cells[1:4], widths[1:4])]
            out.append(cells[4])
            return "  ".join(out)

        print("pyperformance %s, %d run(s) each, wall times incl. start-up"
              % (VERSION, opts.runs))
        print(line(header))
        print(line(tuple("-" * w for w in widths)))
        for row in rows:
            print(line(row))
        ok = sum(1 for r in rows[1:] if r[4] == "OK")
        print("\n%d/%d OK" % (ok, len(rows) - 1))
        for name, detail in failures:
            print("%s: %s" % (name, detail))
        if opts.keep:
            print("kept: %s" % tmp)
        return 0 if ok == len(rows) - 1 else 1
    finally:
        if not opts.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
