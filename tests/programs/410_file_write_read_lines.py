# Writing a file line by line and reading it back every way.
import os

workdir = "_tmp_410_"
os.mkdir(workdir)
try:
    path = os.path.join(workdir, "notes.txt")
    with open(path, "w") as f:
        for i in range(1, 6):
            n = f.write(f"line {i}: {'*' * i}\n")
            print("wrote", n, "characters")
        f.writelines(["tail one\n", "tail two"])

    with open(path) as f:
        for number, line in enumerate(f, 1):
            print(number, repr(line))

    with open(path) as f:
        lines = f.readlines()
    print(len(lines), lines[-1])

    with open(path) as f:
        text = f.read()
    print(len(text), text.count("\n"), text.splitlines()[2])

    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
        print(repr(f.read(10)))
        rest = f.read()
        print(len(rest), repr(f.read()), repr(f.readline()))

    # Lines stripped and filtered, the usual way.
    with open(path) as f:
        stars = [line.rstrip("\n").split(": ")[1] for line in f if line.startswith("line")]
    print(stars)
    print(os.path.getsize(path))

    # tell() is refused while iterating a text file with next(), as in CPython.
    with open(path) as f:
        for line in f:
            try:
                f.tell()
            except OSError as e:
                print("OSError:", e)
            break
        f.seek(0)
        print("after seek:", f.tell())
        f.readline()
        print("after readline:", f.tell())
        for line in f:
            pass
        print("after the loop:", f.tell())
finally:
    for name in os.listdir(workdir):
        os.remove(os.path.join(workdir, name))
    os.rmdir(workdir)
print("cleaned up:", not os.path.exists(workdir))
