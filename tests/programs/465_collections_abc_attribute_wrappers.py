# Code that reaches the ABCs as collections.abc.X after a plain
# `import collections`, and the collections classes checked against them.
import collections


def describe(obj):
    abc = collections.abc
    kinds = []
    if isinstance(obj, abc.Mapping):
        kinds.append("mapping")
    if isinstance(obj, abc.MutableSequence):
        kinds.append("mutable sequence")
    elif isinstance(obj, abc.Sequence):
        kinds.append("sequence")
    if isinstance(obj, abc.Set):
        kinds.append("set")
    if isinstance(obj, abc.Hashable):
        kinds.append("hashable")
    return "%s: %s" % (type(obj).__name__, ", ".join(kinds) or "-")


things = [
    collections.UserDict(a=1), collections.UserList([1]), collections.UserString("s"),
    collections.ChainMap({}, {}), collections.deque([1]), collections.Counter("aab"),
    collections.OrderedDict(), collections.defaultdict(list),
    collections.namedtuple("P", "x y")(1, 2), {1: 2}.keys(), frozenset(),
]
for obj in things:
    print(describe(obj))

print(collections.abc.Sequence.__module__, collections.abc.__name__)
print(issubclass(collections.UserDict, collections.abc.MutableMapping))
print(issubclass(collections.deque, collections.abc.Reversible))
try:
    collections.Mapping
except AttributeError as exc:
    print("AttributeError:", exc)
from collections import abc
print(abc is collections.abc, sorted(abc.__all__)[:5])


def flatten(items):
    """Flatten nested iterables, treating strings and mappings as leaves."""
    for item in items:
        if isinstance(item, collections.abc.Iterable) and not isinstance(item, (str, bytes, collections.abc.Mapping)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, {4})], "five", {"six": 6}, collections.deque([7, [8]]), range(9, 11)])))
