# Tuples: count/index, comparison, hashing as dict keys, immutability, concatenation.

t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(5, -3))
print(t[2:6], t[::-3], t + (0,), (0,) * 3, len(t), min(t), max(t), sum(t))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
print(sorted([(2, "b"), (1, "c"), (2, "a"), (1, "a")]))

distances = {}
cities = [("A", 0, 0), ("B", 3, 4), ("C", 6, 8), ("D", -3, 4)]
for n1, x1, y1 in cities:
    for n2, x2, y2 in cities:
        if n1 < n2:
            distances[(n1, n2)] = ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
for key in sorted(distances):
    print(key, distances[key])
print(distances[("A", "C")], ("B", "D") in distances, ("D", "B") in distances)

grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * c
print(grid[2, 2], grid[(1, 2)], sorted(k for k, v in grid.items() if v == 0))

try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    print(t[20])
except IndexError as e:
    print("IndexError:", e)
try:
    d = {([1], 2): "x"}
except TypeError as e:
    print("TypeError:", e)

inner = [1, 2]
frozen = (inner, 3)
inner.append(99)
print(frozen)
print(tuple(x * x for x in range(5)), tuple(), tuple("hi"), tuple({"k": 1}))
print(hash((1, 2)) == hash((1, 2)), (1, 2) != None, repr((1,)), str(("a", 'b"')))
