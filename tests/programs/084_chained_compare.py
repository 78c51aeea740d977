# Chained comparisons and evaluation order / short-circuiting.

x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < x < 3, x == 5 == 5.0, 1 <= 1 < 2 <= 2)
print(0 < x != 6 > 2, 3 < x in [5, 6], "a" < "b" < "c" > "a", 1 == 1 != 2 != x)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)

def in_range(value, low, high):
    return low <= value <= high

print([in_range(v, 0, 10) for v in [-1, 0, 5, 10, 11]])

def is_sorted(seq):
    return all(a <= b for a, b in zip(seq, seq[1:]))

print(is_sorted([1, 2, 2, 5]), is_sorted([3, 1]), is_sorted([]))
a, b, c = 3, 3, 3
print(a == b == c, a != b != c, a < b == c, a <= b <= c)
print([t for t in range(20) if 4 < t % 7 < 6])
temps = [-5, 0, 12, 25, 38]
for t in temps:
    label = "freezing" if t <= 0 else "cold" if 0 < t < 15 else "warm" if 15 <= t < 30 else "hot"
    print(t, label)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
print(1 > 2 < "a")
