# Reprs and attributes of file objects.
import io
import os

path = "_tmp_420_" + ".txt"
try:
    for mode in ["w", "a", "r", "r+", "w+", "rt", "wb", "rb", "ab", "r+b", "w+b", "a+b"]:
        kwargs = {} if "b" in mode else {}
        f = open(path, mode, **kwargs)
        print(f"{mode:4s}", repr(f), type(f).__name__, f.mode, f.readable(), f.writable())
        f.close()
        print("     closed:", f.closed, repr(f))
    with open(path, encoding="utf-8") as f:
        print(repr(f), f.name, f.encoding, f.errors, f.closed)
    with open(path, "w", encoding="latin-1", errors="replace") as f:
        print(f.encoding, f.errors, f.seekable(), f.isatty(), f.fileno() > 2)
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    with open(path, "rb") as f:
        print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase))
    print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
    print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
    print(open is io.open)
finally:
    os.remove(path)
