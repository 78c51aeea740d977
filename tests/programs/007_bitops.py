# Bitwise operators on small, big and negative integers.

def show(expr, value):
    print(f"{expr:>24} = {value}")

show("0b1100 & 0b1010", 0b1100 & 0b1010)
show("0b1100 | 0b1010", 0b1100 | 0b1010)
show("0b1100 ^ 0b1010", 0b1100 ^ 0b1010)
show("~0", ~0)
show("~5", ~5)
show("~-1", ~-1)
show("1 << 10", 1 << 10)
show("1 << 100", 1 << 100)
show("-1 << 70", -1 << 70)
show("(1 << 100) >> 98", (1 << 100) >> 98)
show("-1 >> 5", -1 >> 5)
show("-17 >> 2", -17 >> 2)
show("-(2**80) >> 3", -(2 ** 80) >> 3)
show("-5 & 0xff", -5 & 0xFF)
show("-5 | 8", -5 | 8)
show("-5 ^ -3", -5 ^ -3)
show("-(2**70) & (2**72-1)", -(2 ** 70) & (2 ** 72 - 1))
show("(2**65+3) ^ (2**64)", (2 ** 65 + 3) ^ (2 ** 64))
show("~(2**100)", ~(2 ** 100))
show("(2**100) | -1", (2 ** 100) | -1)
show("(2**100) & -(2**99)", (2 ** 100) & -(2 ** 99))
show("5 >> 10", 5 >> 10)
show("1 << 0", 1 << 0)

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

for n in [0, 1, 255, 2 ** 64 - 1, 2 ** 100 + 2 ** 50 + 1]:
    print("popcount", n, "=", popcount(n), bin(n).count("1"), n.bit_length())

def reverse_bits(n, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out

print([reverse_bits(i, 4) for i in range(16)])

flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("flags", flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print("flags", flags)
flags ^= WRITE
print("flags", flags, bin(flags))

try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -3)
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, ~True)
print((-1).bit_length(), (-(2 ** 70)).bit_length(), (0).bit_length())
