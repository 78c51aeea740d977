# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.

stock = {"apple": 5, "pear": 2}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0), stock.get("pear", 100))
print(stock.setdefault("kiwi", 7), stock.setdefault("apple", 99), stock.setdefault("fig"), stock)
print(stock.pop("fig"), stock.pop("nope", "default"), stock)
try:
    stock.pop("nope")
except KeyError as e:
    print("KeyError:", e)
stock.update({"pear": 10, "plum": 3})
stock.update([("grape", 1)], melon=2)
stock.update(apple=0)
print(stock)
print(stock.popitem(), stock.popitem(), stock)
backup = stock.copy()
stock["apple"] = 1000
print(backup["apple"], stock["apple"])
stock.clear()
print(stock, backup)
try:
    stock.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys(["a", "b", "c"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)

def group_by(items, keyfunc):
    groups = {}
    for item in items:
        groups.setdefault(keyfunc(item), []).append(item)
    return groups

words = ["ant", "bee", "cat", "apple", "banana", "avocado", "cherry"]
print(group_by(words, lambda w: w[0]))
print(group_by(range(10), lambda n: n % 3))

def merge_counts(*dicts):
    result = {}
    for d in dicts:
        for k, v in d.items():
            result[k] = result.get(k, 0) + v
    return result

print(merge_counts({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 10}))
cache = {}
def lookup(key):
    if key not in cache:
        cache[key] = len(key) * 2
        print("  computed", key)
    return cache[key]
print(lookup("abc"), lookup("abc"), lookup("de"), cache)
try:
    {}.update(1)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
