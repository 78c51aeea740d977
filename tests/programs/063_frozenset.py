# frozenset: hashable sets, as dict keys and set members, mixed operations.

fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), frozenset(range(4)))
print(fs | {4}, fs & {1, 5}, fs - {1}, fs ^ {3, 9})
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs.copy()).__name__)
print(fs == {1, 2, 3}, fs <= {1, 2, 3, 4}, fs.issubset([1, 2, 3]), fs.union([7]))
print(hash(frozenset()) == hash(frozenset()), hash(fs) == hash(frozenset({1, 2, 3})))

families = {frozenset({1, 2}): "pair", frozenset({1, 2, 3}): "triple", frozenset(): "empty"}
print(families[frozenset([2, 1])], families[frozenset()], frozenset({3, 2, 1}) in families)

groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups))
for g in sorted(groups, key=lambda g: sorted(g)):
    print(sorted(g))

def subsets(items):
    result = [frozenset()]
    for x in items:
        result += [s | {x} for s in result]
    return result

subs = subsets([1, 2, 3])
print(len(subs), sorted(sorted(s) for s in subs))
print(sorted(len(s) for s in subs))
try:
    fs.add(5)
except AttributeError as e:
    print("AttributeError:", e)
edges = {frozenset((a, b)) for a, b in [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]}
print(len(edges), sorted(tuple(sorted(e)) for e in edges))
print(frozenset([1, 2]) | frozenset([2, 3]), {frozenset([1])}, [frozenset([5, 4])])
