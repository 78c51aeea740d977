# enumerate (with start) and zip (including strict=True).

fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, start=1)), list(enumerate("ab", -2)))
for i, f in enumerate(fruits, 100):
    print(i, f)
e = enumerate("xyz")
print(next(e), next(e), list(e))

prices = [1.2, 0.5, 3.0]
qty = [3, 12, 1, 99]
print(list(zip(fruits, prices)), list(zip(fruits, prices, qty)), list(zip()), list(zip("ab")))
for name, p, q in zip(fruits, prices, qty):
    print(f"{name:<8}{p:>6.2f}{q:>4}{p * q:>8.2f}")
names, values = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(names, values)
print(dict(zip(fruits, prices)), list(zip(range(3), range(10, 13), "abc")))
print(list(zip(fruits, prices, strict=True)))
try:
    list(zip(fruits, qty, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(qty, fruits, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(fruits, prices, qty, strict=True))
except ValueError as e:
    print("ValueError:", e)

def pairwise_diff(xs):
    return [b - a for a, b in zip(xs, xs[1:])]

print(pairwise_diff([1, 4, 9, 16, 25]), pairwise_diff([5]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(col) for col in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])
for idx, (a, b) in enumerate(zip("abc", "xyz"), start=1):
    print(idx, a + b, end="; ")
print()
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
