# Integers in weft have no fixed size: they grow as needed, like Python's.

import sys

# CPython (3.11+) limits int -> str to 4300 digits unless told otherwise;
# everything here stays well below that.

power = 2 ** 1000
digits = str(power)
print(f"2**1000 has {len(digits)} digits; their sum is {sum([int(d) for d in digits])}.")
print(f"It starts {digits[:20]}... and ends ...{digits[-20:]}")


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


f100 = factorial(100)
print(f"\n100! = {f100}")
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print(f"It has {len(str(f100))} digits, {trailing} of them trailing zeros.")


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f500 = fib(500)
print(f"\nfib(500) = {f500}")
print(f"({len(str(f500))} digits, {f500.bit_length()} bits)")

# Exact arithmetic on huge numbers: no rounding, ever.
big = 10 ** 50 + 1
print(f"\n(10**50 + 1) ** 2 = {big * big}")
print(f"3**200 // 7**60 = {3 ** 200 // 7 ** 60}, remainder {3 ** 200 % 7 ** 60}")
print(f"-(2**70) // 3 = {-(2 ** 70) // 3}   (floor division rounds down)")
print(f"pow(2, 10**100, 10**9 + 7) = {pow(2, 10 ** 100, 10 ** 9 + 7)}   (modular power)")
print(f"hex(2**64 - 1) = {hex(2 ** 64 - 1)}; int('1' * 30) + 1 = {int('1' * 30) + 1}")
print(f"sys.maxsize = {sys.maxsize} is just a machine word; {sys.maxsize + 1} is fine too.")
