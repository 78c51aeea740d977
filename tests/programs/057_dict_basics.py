# Dictionaries: creation, lookup, update, deletion, insertion order, KeyError.

ages = {"ann": 31, "bob": 27}
ages["cid"] = 45
ages["ann"] = 32
print(ages, len(ages), ages["bob"], "cid" in ages, "dan" in ages, "dan" not in ages)
del ages["bob"]
ages["bob"] = 28
print(ages, list(ages))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, extra=True))
print({}, dict(), {1: "one", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool?"})

def count_words(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!?;:")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts

text = "The cat and the hat. The cat sat! And then? The end."
counts = count_words(text)
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>5} {'*' * n}")

def invert(d):
    inv = {}
    for k, v in d.items():
        inv.setdefault(v, []).append(k)
    return inv

print(invert(counts))
try:
    print(ages["zed"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del ages["zed"]
except KeyError as e:
    print("KeyError:", e)
try:
    print({(1, 2): "a"}[(2, 1)])
except KeyError as e:
    print("KeyError:", e)
try:
    {}[0.5]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
d = {1: "a", 1.0: "b"}
print(d, {0: "zero", False: "false", 0.0: "float"})
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y", "default"))
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, dict([("a", 1), ("a", 2)]))
