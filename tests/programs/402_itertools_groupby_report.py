# Grouping sorted records with groupby: sales report by region and month.
from itertools import groupby
from operator import itemgetter

sales = [
    ("east", "jan", 120), ("west", "jan", 80), ("east", "feb", 95),
    ("north", "jan", 40), ("west", "feb", 130), ("east", "jan", 30),
    ("north", "mar", 75), ("west", "jan", 20),
]
sales.sort(key=itemgetter(0, 1))
for region, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    total = sum(r[2] for r in rows)
    print(f"{region:<6}{total:>5}")
    for month, mrows in groupby(rows, key=itemgetter(1)):
        print(f"   {month}: {[r[2] for r in mrows]}")

# run-length encoding
def rle(text):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(text))
print(rle("aaabccddddde"))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1, 3])])

# groups share the underlying iterator: advancing the groupby invalidates old groups
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("xxyz")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))

# key function and keys that compare equal but are distinct
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print(list(groupby([])))
try:
    groupby(5)
except TypeError as e:
    print(e)
try:
    groupby([], None, 1)
except TypeError as e:
    print(e)
