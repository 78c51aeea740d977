# hex(), oct(), bin(), abs() and their inverses.

numbers = [0, 1, 7, 8, 255, 256, -1, -255, 4096, 2 ** 64, -(2 ** 70) + 3]
for n in numbers:
    print(f"{n:>24} {hex(n):>22} {oct(n):>28} {bin(n)}")

for n in numbers:
    assert int(hex(n), 16) == n
    assert int(oct(n), 8) == n
    assert int(bin(n), 2) == n
print("round trips ok")

print(abs(-5), abs(5), abs(0), abs(-3.25), abs(-0.0), abs(-(10 ** 30)), abs(True))
print(hex(True), bin(False), oct(-8))

def hexdump(data):
    lines = []
    for offset in range(0, len(data), 8):
        chunk = data[offset:offset + 8]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%04x  %-23s  %s" % (offset, hexpart, text))
    return "\n".join(lines)

print(hexdump(b"Hello, world!\x00\x01\x02\xff binary"))

def distance(a, b):
    return abs(a - b)

print([distance(x, 10) for x in [3, 10, 17, -4]])
print(max([-7, 3, -12, 5], key=abs), min([-7, 3, -12, 5], key=abs))
print(sorted([-7, 3, -12, 5, 0], key=abs))

try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(255, "#X"), format(-10, "b"), format(8, "o"))
