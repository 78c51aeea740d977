# Append, exclusive create, read-write modes, seek and tell.
import os

workdir = "_tmp_413_"
os.mkdir(workdir)
path = os.path.join(workdir, "log.txt")
try:
    with open(path, "x") as f:
        f.write("first\n")
    try:
        open(path, "x")
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror)

    with open(path, "a") as f:
        print("append starts at", f.tell())
        f.write("second\n")
        print("now at", f.tell())
    with open(path) as f:
        print(f.read().splitlines())

    with open(path, "r+") as f:
        f.write("FIRST")
        f.seek(0)
        print(repr(f.read()))
        print("tell at end:", f.tell())

    with open(path, "w+") as f:
        f.write("abcdef\nghij\n")
        print("written, at", f.tell())
        f.seek(0)
        print(repr(f.readline()), f.tell())
        f.seek(3)
        print(repr(f.read(2)))
        f.seek(0, 2)
        print("end:", f.tell())
        f.write("more\n")
        f.seek(0)
        print(f.readlines())

    with open(path, "a+") as f:
        f.write("tail\n")
        f.seek(0)
        print(f.read().count("\n"), "lines")

    with open(path, "w") as f:
        pass
    print("truncated size:", os.path.getsize(path))
    with open(path, "r+") as f:
        f.write("0123456789")
        f.truncate(4)
    with open(path) as f:
        print(repr(f.read()))
finally:
    os.remove(path)
    os.rmdir(workdir)
