# Universal newlines on reading; newline= on writing and reading.
import os

path = "_tmp_415_" + ".txt"
try:
    with open(path, "wb") as f:
        f.write(b"unix\nwindows\r\nold mac\rend")
    with open(path) as f:
        print(f.readlines())
    with open(path, newline="") as f:
        print(f.readlines())
    with open(path, newline="\r\n") as f:
        print(f.readlines())
    with open(path, newline="\r") as f:
        print(f.readlines())
    with open(path, newline="\n") as f:
        print(f.readlines())
    with open(path) as f:
        print(repr(f.read()))

    with open(path, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", newline="") as f:
        f.write("keep\r\nas is\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", newline="\r") as f:
        f.write("one\ntwo\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path) as f:
        for line in f:
            print(repr(line))

    # A \r\n split across the read-ahead boundary still counts as one newline.
    with open(path, "wb") as f:
        f.write(b"x" * 8191 + b"\r\n" + b"y\r\n")
    with open(path) as f:
        lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[0][-2:]), repr(lines[1]))
finally:
    os.remove(path)
