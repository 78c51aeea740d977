# Encodings: utf-8 default, latin-1, ascii, error handlers.
import os

path = "_tmp_417_" + ".txt"
try:
    text = "naïve café – 你好 😀\n"
    with open(path, "w") as f:
        print(f.write(text), "characters")
    print(os.path.getsize(path), "bytes")
    with open(path, "rb") as f:
        print(f.read())
    with open(path) as f:
        print(f.read() == text)
    with open(path) as f:
        print([f.read(1) for _ in range(8)], f.tell())

    with open(path, "w", encoding="latin-1") as f:
        print(repr(f), f.encoding)
        f.write("café déjà vu\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="latin-1") as f:
        print(f.read(), end="")
    try:
        with open(path, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    with open(path, encoding="utf-8", errors="replace") as f:
        print(f.read(), end="")
    with open(path, encoding="ascii", errors="ignore") as f:
        print(f.read(), end="")

    try:
        with open(path, "w", encoding="ascii") as f:
            f.write("plain\n")
            f.write("not plain: é\n")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "w", encoding="ascii", errors="replace") as f:
        f.write("é and ü\n")
    with open(path) as f:
        print(repr(f.read()))
finally:
    os.remove(path)
