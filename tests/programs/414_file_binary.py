# Binary files: records packed with int.to_bytes, read back with read(n).
import os

path = "_tmp_414_" + ".bin"
records = [(1, 250), (2, -17), (3, 65535), (4, -32768), (5, 0)]
try:
    with open(path, "wb") as f:
        print(repr(f), f.mode)
        f.write(b"REC1")
        for ident, value in records:
            f.write(ident.to_bytes(2, "little"))
            f.write(value.to_bytes(4, "little", signed=True))
        print("size written:", f.tell())
    print("on disk:", os.path.getsize(path))

    with open(path, "rb") as f:
        magic = f.read(4)
        print("magic:", magic)
        while True:
            chunk = f.read(6)
            if not chunk:
                break
            ident = int.from_bytes(chunk[:2], "little")
            value = int.from_bytes(chunk[2:], "little", signed=True)
            print(ident, value)
        print(repr(f.read()), f.tell())

    with open(path, "r+b") as f:
        print(repr(f), f.mode)
        f.seek(4 + 6 * 2 + 2)
        f.write((999).to_bytes(4, "little", signed=True))
        f.seek(-6, 2)
        print(f.read())
        f.seek(0)
        data = f.read()
    print(len(data), data[16:22], data.hex()[:24])

    with open(path, "ab") as f:
        f.write(bytes(range(250, 256)))
    with open(path, "rb") as f:
        f.seek(-6, os.SEEK_END)
        print(list(f.read()))
        f.seek(0)
        print(f.readline()[:4], len(f.readlines()))
finally:
    os.remove(path)
