# Grouping and indexing with defaultdict.
from collections import defaultdict

students = [
    ("alice", "math", 91), ("bob", "math", 78), ("carol", "physics", 85),
    ("dave", "math", 62), ("erin", "physics", 97), ("frank", "biology", 70),
]
by_subject = defaultdict(list)
for name, subject, score in students:
    by_subject[subject].append((score, name))
for subject in sorted(by_subject):
    ranked = sorted(by_subject[subject], reverse=True)
    print(f"{subject:8} top={ranked[0][1]:6} n={len(ranked)} avg={sum(s for s, _ in ranked) / len(ranked):.1f}")

index = defaultdict(set)
docs = {1: "the quick brown fox", 2: "the lazy dog", 3: "quick quick fox"}
for doc_id, text in docs.items():
    for word in text.split():
        index[word].add(doc_id)
print(sorted((w, sorted(ids)) for w, ids in index.items()))

tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(root))

counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(counts.default_factory, counts["missing"], "missing" in counts, len(counts))
print(counts.get("nope"), "nope" in counts)

plain_dd = defaultdict()
print(plain_dd, plain_dd.default_factory)
try:
    plain_dd["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
dd = defaultdict(lambda: "?", {"a": "x"}, b="y")
print(dd["a"], dd["b"], dd["c"], sorted(dd.items()))
c = dd.copy()
print(type(c).__name__, c == dd, c is dd, c.default_factory is dd.default_factory)
print(isinstance(dd, dict), defaultdict(list, a=[1]) | {"b": [2]})
dd.default_factory = list
dd["new"].append(1)
print(dd["new"], repr(defaultdict(int)), repr(defaultdict(None, {1: 2})))
