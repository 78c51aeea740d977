# An LRU cache built on OrderedDict.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
cache.get("b")
cache.put("e", "E")
print(cache.data, cache.hits, cache.misses)
print(list(cache.data.keys()), list(cache.data.values()), list(cache.data.items()))

od = OrderedDict.fromkeys("xyz", 0)
print(od, type(od).__name__)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1) != OrderedDict(a=1), OrderedDict([("k", [1])]), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
merged = OrderedDict(a=1) | {"b": 2}
print(merged, type(merged).__name__)
merged |= {"c": 3}
print(merged, merged.copy(), isinstance(merged, dict))
