# Sequences on collections.abc: an immutable playlist and a typed list get
# iteration, `in`, reversed(), index/count and the mutators from the mixins.
from collections.abc import Sequence, MutableSequence, Iterable, Reversible, Sized


class Playlist(Sequence):
    def __init__(self, *titles):
        self._titles = list(titles)
        self.lookups = 0

    def __getitem__(self, i):
        self.lookups += 1
        if isinstance(i, slice):
            return Playlist(*self._titles[i])
        return self._titles[i]

    def __len__(self):
        return len(self._titles)

    def __repr__(self):
        return "Playlist%r" % (tuple(self._titles),)


p = Playlist("intro", "verse", "chorus", "verse", "outro")
print(list(p), len(p), p[1:3])
print("chorus" in p, "bridge" in p)
print(list(reversed(p)))
print(p.index("verse"), p.index("verse", 2), p.count("verse"), p.count("coda"))
print(p.index("outro", -2), p.index("verse", 0, 2))
try:
    p.index("verse", 4)
except ValueError as exc:
    print("ValueError", exc.args)
print(sorted(p), max(p), [t.upper() for t in p if "v" in t])
print(isinstance(p, Reversible), isinstance(p, Sized), isinstance(p, Iterable))
print(p.lookups > 0)


class IntList(MutableSequence):
    """A list that only holds ints."""

    def __init__(self, items=()):
        self._items = []
        self.extend(items)

    def _check(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError("IntList holds ints, not %s" % type(value).__name__)
        return value

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = self._check(value)

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def __repr__(self):
        return "IntList(%r)" % self._items


nums = IntList([5, 3])
nums.append(8)
nums.extend(range(2))
nums += [13, 21]
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
nums.reverse()
print(nums, nums.index(13), 13 in nums)
try:
    nums.append("x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    nums.remove(99)
except ValueError:
    print("ValueError: 99 not present")
nums.extend(nums)
print(nums)
nums.clear()
print(nums, len(nums))
try:
    nums.pop()
except IndexError as exc:
    print("IndexError:", exc)
print(isinstance(nums, Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance("abc", Sequence), isinstance(range(3), Sequence), isinstance(b"x", Sequence))
