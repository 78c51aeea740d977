# Running totals and neighbours: accumulate, pairwise, starmap, zip_longest.
from itertools import accumulate, pairwise, starmap, zip_longest
import operator

deposits = [100, -20, 50, -70, 10]
print(list(accumulate(deposits)))
print(list(accumulate(deposits, initial=1000)))
print(list(accumulate(deposits, max)))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4], func=lambda acc, x: acc * 10 + x)))

temps = [21.5, 22.0, 19.5, 25.0, 24.0]
print([round(b - a, 1) for a, b in pairwise(temps)])
print(list(pairwise("ab")), list(pairwise("a")), list(pairwise([])))

rects = [(2, 3), (4, 5), (1, 1)]
print(list(starmap(operator.mul, rects)))
print(list(starmap(lambda name, n: name * n, [("ab", 2), ("c", 3)])))
print(list(starmap(pow, [[2, 5], (3, 2)])))

names = ["x", "y", "z"]
values = [1, 2]
print(list(zip_longest(names, values)))
print(list(zip_longest(names, values, "pq", fillvalue=0)))
print(list(zip_longest()), list(zip_longest("ab")))
for row in zip_longest(*[[1, 2, 3], [4], [5, 6]], fillvalue="-"):
    print(row)

for f in [lambda: list(accumulate([1, "a"])), lambda: accumulate(), lambda: pairwise(),
          lambda: list(starmap(pow, [1])), lambda: zip_longest([], fill=1),
          lambda: accumulate([1], None, None), lambda: starmap(abs)]:
    try:
        f()
    except TypeError as e:
        print(e)
