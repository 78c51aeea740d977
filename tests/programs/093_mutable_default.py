# The mutable default argument gotcha and the None-sentinel fix.

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
print(append_bad.__defaults__)

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2), append_good(3, [0]))

def register(name, registry={}):
    registry[name] = len(registry)
    return registry

register("a")
register("b")
print(register("c"))
print(register("d", {}))

def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return counts[word]

print([tally(w) for w in "a b a c a b".split()])

_missing = object()
def lookup(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        return "raise KeyError"
    return default

print(lookup({"x": 1}, "x"), lookup({}, "y"), lookup({}, "y", None), lookup({}, "y", 0))

def accumulate(values, result=[]):
    for v in values:
        result.append(v * 2)
    return len(result)

print(accumulate([1, 2]), accumulate([3]), accumulate([], []), accumulate([4]))
shared = append_bad(5)
shared.clear()
print(append_bad(6))
