# Sets on collections.abc: an ordered set keeps insertion order and gets
# comparisons and the set operators from the Set and MutableSet mixins.
from collections.abc import Set, MutableSet, Hashable


class OrderedSet(MutableSet):
    def __init__(self, items=()):
        self._d = {}
        for x in items:
            self._d[x] = None

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d[x] = None

    def discard(self, x):
        self._d.pop(x, None)

    def __repr__(self):
        return "OrderedSet(%r)" % list(self._d)


a = OrderedSet([5, 1, 4, 1, 3])
b = OrderedSet([4, 5, 6])
print(a, len(a), 4 in a, 9 in a)
print(a & b, a | b, a - b, a ^ b)
print(a & [1, 3, 7], a | range(7, 9))
print([3, 4] and 0, b - {5}, {6, 7} - b)
print(a <= a, a < a, OrderedSet([1, 3]) < a, a >= OrderedSet([5]), a > b)
print(a == OrderedSet([1, 3, 4, 5]), a == {1, 3, 4, 5}, a != b)
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
a.add(10)
a.discard(1)
a.discard(1)
print(a)
a.remove(10)
try:
    a.remove(10)
except KeyError as exc:
    print("KeyError:", exc)
print(a.pop(), a)
a |= [20, 21]
a &= OrderedSet([4, 3, 20, 99])
print(a)
a ^= [3, 30]
print(a)
a -= OrderedSet([30])
print(a)
a.clear()
print(a, len(a))
try:
    a.pop()
except KeyError:
    print("KeyError from empty pop")


class Frozen(Set):
    """An immutable, hashable set whose results stay Frozen."""

    def __init__(self, items):
        self._items = tuple(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    __hash__ = Set._hash

    def __repr__(self):
        return "Frozen%r" % (self._items,)


f = Frozen([3, 1, 2])
g = Frozen([2, 3, 1])
print(f, f == g, hash(f) == hash(g), hash(f) == hash(frozenset([1, 2, 3])))
print(f | [9], f - [1], type(f & g).__name__)
print({f: "ok"}[g], isinstance(f, Hashable), isinstance(a, Hashable))
print(isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance(frozenset(), Set))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set), isinstance({}.items(), Set))
print({1: 2}.keys() == Frozen([1]), Frozen([1]) == {1: 2}.keys())
