# repr of bytes chooses quotes and escapes like str, but only ASCII is printable.

samples = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"", b"\t\n\r", b"\x00\x01\x7f\x80\xff",
           b"back\\slash", bytes(range(28, 36)), "é".encode(), b"\x0b\x0c\x1b"]
for s in samples:
    print(repr(s), len(s), s.hex())

print(str(b"abc"), [b"x", b"y'"], {b"k": b"v"}, (b"",))
print("%r" % b"x", "{!r}".format(b"\n"), f"{b'z'}")
print(bytes.fromhex("00ff10"), bytes.fromhex(""), b"\xab\xcd".hex(":"), b"abcdef".hex(" ", 2))

def hexlify_table(data, width=4):
    rows = []
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        rows.append("%02d: %s %r" % (i, chunk.hex(" ").ljust(width * 3 - 1), chunk))
    return rows

for r in hexlify_table(b"Weft\x00\x01\x02\xfeend!"):
    print(r)

def from_hex_pairs(text):
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))

h = "48656c6c6f2c20f09f9880"
b = from_hex_pairs(h)
print(b, b.decode("utf-8"), b.hex() == h, bytes.fromhex(h) == b)
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".islower())
print(b"a\x00b".split(b"\x00"), b"abc".rjust(6, b"."), b"%d-%s" % (5, b"x"))
