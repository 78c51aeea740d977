# The errors open() and file objects raise.
import io
import os

workdir = "_tmp_416_"
os.mkdir(workdir)
path = os.path.join(workdir, "data.txt")
with open(path, "w") as f:
    f.write("hello\n")


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


try:
    attempt("missing", lambda: open(os.path.join(workdir, "missing.txt")))
    try:
        open("no_such_dir_416/x.txt", "w")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    attempt("directory", lambda: open(workdir))
    attempt("bad mode", lambda: open(path, "rw"))
    attempt("bad mode 2", lambda: open(path, "rr"))
    attempt("text+binary", lambda: open(path, "rbt"))
    attempt("no mode", lambda: open(path, "+"))
    attempt("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
    attempt("binary newline", lambda: open(path, "wb", newline=""))
    attempt("bad newline", lambda: open(path, newline="x"))
    attempt("bad encoding", lambda: open(path, encoding="klingon"))
    attempt("unbuffered text", lambda: open(path, "w", buffering=0))

    f = open(path)
    attempt("write to reader", lambda: f.write("x"))
    f.close()
    attempt("read closed", lambda: f.read())
    attempt("iterate closed", lambda: next(f))
    attempt("closed flag", lambda: f.closed)
    attempt("close twice", lambda: f.close())

    with open(path, "a") as g:
        attempt("read from writer", lambda: g.read())
        attempt("write bytes to text", lambda: g.write(b"x"))
        attempt("write int", lambda: g.write(5))
    with open(path, "rb") as h:
        attempt("binary seek cur", lambda: h.seek(-1, 1))
    with open(path, "wb") as h:
        attempt("write str to binary", lambda: h.write("x"))
    with open(path) as t:
        attempt("text seek cur", lambda: t.seek(1, 1))
        attempt("text seek end", lambda: t.seek(-1, 2))
        attempt("negative seek", lambda: t.seek(-5))
    e = io.UnsupportedOperation("demo")
    print(isinstance(e, OSError), isinstance(e, ValueError))
    try:
        with open(path) as f:
            f.write("nope")
    except io.UnsupportedOperation as e:
        print("caught", type(e).__name__, e)
    print(issubclass(FileNotFoundError, OSError), IOError is OSError)
finally:
    os.remove(path)
    os.rmdir(workdir)
