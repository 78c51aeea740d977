# Floor division and modulo with negative operands follow Python's
# "floor" semantics: the result of % has the sign of the divisor.

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 7), (-5, 7), (1, -1)]

print("int results:")
for a, b in pairs:
    q = a // b
    r = a % b
    ok = (q * b + r == a)
    print(f"  {a:3} // {b:3} = {q:3}   {a:3} % {b:3} = {r:3}   check={ok}")

print("divmod:")
for a, b in pairs:
    print("  divmod(%d, %d) = %r" % (a, b, divmod(a, b)))

print("float results:")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-1.0, 0.3)]
for a, b in fpairs:
    print("  ", a, "//", b, "=", a // b, "  ", a, "%", b, "=", a % b)

print(divmod(-7.5, 2))
print(divmod(9, 2.5))
print(-0.0 % 5, 0.0 % -5)
print(-1 % 1, 3 % -1)

def clock(hour, delta):
    return (hour + delta) % 12 or 12

for d in [-13, -1, 0, 5, 11, 25]:
    print("clock(3, %d) -> %d" % (d, clock(3, d)))

def to_base(n, base):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 255, -255, 1000, 2**40]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))

big = 10**30 + 7
print(big // -3, big % -3, -big // 7, -big % 7)
