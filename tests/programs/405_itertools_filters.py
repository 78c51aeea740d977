# Filtering iterators: takewhile, dropwhile, filterfalse, compress.
from itertools import takewhile, dropwhile, filterfalse, compress, count

log = ["# comment", "# another", "start", "# inline", "work", "stop", "after"]
print(list(dropwhile(lambda l: l.startswith("#"), log)))
print(list(takewhile(lambda l: l != "stop", dropwhile(lambda l: l.startswith("#"), log))))
print(list(takewhile(lambda n: n * n < 50, count(1))))
print(list(takewhile(bool, [3, 2, 0, 5])), list(dropwhile(bool, [3, 2, 0, 5])))

nums = range(1, 16)
print(list(filterfalse(lambda n: n % 3, nums)))
print(list(filterfalse(None, [0, "", "x", None, [], [0], 7])))

menu = ["soup", "steak", "salad", "cake"]
chosen = [True, False, 1, 0]
print(list(compress(menu, chosen)))
print(list(compress("ABCDEF", [1, 0, 1])), list(compress("AB", count())))
print(list(compress(data=range(6), selectors=[0, 1] * 3)))

# the predicate is called lazily, once per item, and never after takewhile stops
calls = []
def small(n):
    calls.append(n)
    return n < 3
tw = takewhile(small, [1, 2, 3, 4, 1])
print(list(tw), list(tw), calls)

for f in [lambda: takewhile(len), lambda: list(takewhile(1, [1])), lambda: dropwhile(),
          lambda: filterfalse(None), lambda: compress([1]), lambda: takewhile(len, [], x=1),
          lambda: compress([], [], [])]:
    try:
        f()
    except TypeError as e:
        print(e)
