# Combinatorics: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

sizes = ["S", "M"]
colors = ["red", "blue", "green"]
for size, color in product(sizes, colors):
    print(size, color, end="; ")
print()
print(list(product("01", repeat=3)))
print(list(product()), list(product([], "ab")), list(product("ab", repeat=0)))
print(len(list(product(range(3), range(4), range(2)))))

# brute-force a tiny travelling salesman
dist = {("A", "B"): 5, ("A", "C"): 9, ("A", "D"): 4, ("B", "C"): 3, ("B", "D"): 7, ("C", "D"): 6}
def d(a, b):
    return dist.get((a, b)) or dist[(b, a)]
best = min(permutations("BCD"), key=lambda p: d("A", p[0]) + d(p[0], p[1]) + d(p[1], p[2]) + d(p[2], "A"))
print("best tour:", "A", *best, "A")
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)), list(permutations("ab", 3)), list(permutations("ab", 0)))

team = ["ann", "ben", "cid", "dee"]
print([" & ".join(pair) for pair in combinations(team, 2)])
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("xyz", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
coins = [1, 5, 10]
print(sorted({sum(c) for c in combinations_with_replacement(coins, 3)}))

for f in [lambda: permutations("ab", -1), lambda: permutations("ab", "x"),
          lambda: combinations("ab"), lambda: combinations("ab", -2),
          lambda: combinations_with_replacement("ab", "z"), lambda: product("ab", repeat=-1),
          lambda: product("a", rep=2), lambda: permutations(), lambda: combinations([], r=1, n=2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
