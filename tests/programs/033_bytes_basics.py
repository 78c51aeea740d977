# bytes: literals, len, indexing gives ints, slicing, iteration, operations.

data = b"Hello\x00\xffWorld"
print(data, len(data), data[0], data[-1], data[5], data[6])
print(data[:5], data[7:], data[::-1], data[1:10:3], data[100:])
print(list(data[:5]), [b for b in b"abc"], b"abc"[1:2], type(data[0]).__name__, type(data[0:1]).__name__)
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"x" not in b"cat")
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"b" > b"abc", b"a" == "a")
print(bytes(5), bytes([65, 66, 67]), bytes(range(48, 58)), bytes("héllo", "utf-8"), bytes())
print(b"hello world".split(), b"a,b,c".split(b","), b"  pad  ".strip(), b"abc".upper(), b"x-y".replace(b"-", b"+"))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".index(b"o"))
print(b"-".join([b"a", b"b", b"c"]), b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"".hex())
print(sorted(b"hello"), max(b"hello"), sum(b"\x01\x02\x03"))

def checksum(payload):
    total = 0
    for byte in payload:
        total = (total + byte) & 0xFF
    return (~total + 1) & 0xFF

msg = b"weft bytecode"
print(msg, checksum(msg), hex(checksum(msg)))

def xor_bytes(a, key):
    return bytes(x ^ key[i % len(key)] for i, x in enumerate(a))

enc = xor_bytes(b"attack at dawn", b"key")
print(enc, xor_bytes(enc, b"key"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    data[20]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hash(b"") == hash(b"") , len(bytes(range(256))), bytes(range(256))[250:])
