# Text files in utf-16 and utf-32: byte order marks, reading back, errors.
import os

path = "_tmp_429.txt"
try:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        with open(path, "w", encoding=enc) as f:
            f.write("héllo\n")
            f.write("wörld ✓ 😀\n")
        with open(path, "rb") as f:
            raw = f.read()
        with open(path, encoding=enc) as f:
            lines = f.readlines()
        print(f"{enc:10s} {len(raw):3d} {raw[:6]!r} {lines}")

    with open(path, "wb") as f:
        f.write(b"a\x00b\x00")
    try:
        with open(path, encoding="utf-16") as f:
            f.read()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e)
    with open(path, encoding="utf-16-le") as f:
        print(repr(f.read()))
    try:
        with open(path, encoding="utf-32") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    for data in [b"a\x00\x00\x00b", b"\xff\xfe\x00\x00a\x00\x00\x00\x00\xd8\x00\x00"]:
        for errors in ["strict", "replace", "ignore"]:
            try:
                print(repr(data.decode("utf-32", errors)))
            except UnicodeDecodeError as e:
                print("UnicodeDecodeError:", e)
finally:
    os.remove(path)
