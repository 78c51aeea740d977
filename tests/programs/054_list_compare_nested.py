# List comparisons, repetition, nesting, identity and membership.

print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9], [1, 2] == [1, 2])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [1, 2] != [2, 1], [0] * 3 == [0, 0, 0])
print([1, 2] * 3, [[0]] * 2, [] * 5, 2 * ["x"], [1] * 0)
print(3 in [1, 2, 3], [2] in [[1], [2]], 4 not in [1, 2], "a" in ["abc"])
print(max([[1, 2], [3], [1, 2, 3]]), min([[1, 2], [3], [1, 2, 3]]))

nested = [1, [2, [3, [4, [5]]]], 6, [], [[7, 8], 9]]

def flatten(seq):
    out = []
    for item in seq:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def depth(seq):
    if not isinstance(seq, list):
        return 0
    return 1 + max((depth(x) for x in seq), default=0)

print(flatten(nested), depth(nested), depth([]), depth(5), len(nested))
print(nested[1][1][1][1][0], nested[-1][0][-1])

a = [1, 2, 3]
b = [a, a]
a.append(4)
print(b, b[0] is b[1])
c = [x[:] for x in b]
c[0].append(5)
print(b, c)

matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed, [sum(r) for r in matrix], [sum(col) for col in zip(*matrix)])

def deep_equal(x, y):
    if isinstance(x, list) and isinstance(y, list):
        return len(x) == len(y) and all(deep_equal(p, q) for p, q in zip(x, y))
    return x == y

print(deep_equal([1, [2, 3]], [1, [2, 3]]), deep_equal([1, [2]], [1, [2, 3]]))
rec = [1, 2]
rec.append(rec)
print(rec, len(rec), rec[2][2][0])
tokens = [["if", "x"], ["then", "y"]]
print(sorted(tokens, reverse=True), tokens.index(["then", "y"]), tokens.count(["if", "x"]))
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2], [1, "a"] != [1, 2], [1, 2] < [2, "a"])
