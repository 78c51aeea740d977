# A byte buffer built with bytearray: mutation, slicing and bytes interplay.


class Packet:
    def __init__(self):
        self.buf = bytearray()

    def put_u8(self, v):
        self.buf.append(v)
        return self

    def put_u16(self, v):
        self.buf += bytes([v >> 8, v & 0xFF])
        return self

    def put_text(self, s):
        data = s.encode("utf-8")
        self.put_u8(len(data))
        self.buf.extend(data)
        return self

    def checksum(self):
        return sum(self.buf) & 0xFF


pkt = Packet().put_u8(1).put_u16(513).put_text("héllo")
print(pkt.buf, len(pkt.buf), pkt.checksum(), pkt.buf.hex(), pkt.buf.hex(":"))
print(bytes(pkt.buf) == pkt.buf, pkt.buf == bytes(pkt.buf), pkt.buf[4:].decode("utf-8", "replace"))

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"there!"
print(ba, ba[-1], ba[::2], ba[::-1])
del ba[5:]
print(ba)
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 60)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(45)
ba.reverse()
print(ba, ba.copy() is ba, ba.copy() == ba)
ba *= 2
print(ba, ba * 2, 3 * bytearray(b"-"))
ba.clear()
print(ba, len(ba), bool(ba))

grid = bytearray(b"." * 10)
grid[::3] = b"####"
print(grid)
del grid[1::2]
print(grid)

text = bytearray(b"  The Quick  Brown Fox  ")
print(text.strip(), text.split(), text.lower().count(b"o"), text.find(b"Quick"))
print(text.replace(b" ", b"_"), text.upper().startswith(b"  THE"), text.partition(b"Quick"))
print(bytearray(b",").join([b"a", bytearray(b"b"), b"c"]), bytearray.fromhex("48 69"))
print(b"abc" + bytearray(b"def"), bytearray(b"abc") + b"def", type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"abc") < b"abd", bytearray(b"b") > bytearray(b"abc"), 98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"))
print(list(bytearray(b"AZ")), sorted(bytearray(b"cab")), bytearray(range(65, 70)), bytearray(3))

for bad in [
    lambda: bytearray(b"a")[3],
    lambda: bytearray().pop(),
    lambda: bytearray(b"abc").remove(120),
    lambda: bytearray([300]),
    lambda: bytearray("text"),
    lambda: bytearray(b"abc").__setitem__(0, 256),
    lambda: bytearray(b"abcd").__setitem__(slice(0, 4, 2), b"xyz"),
    lambda: bytearray(b"a") + "b",
    lambda: hash(bytearray(b"a")),
    lambda: bytearray(b"a")["0"],
    lambda: bytearray(object()),
]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
