# Which collections.abc interfaces do the built-in objects satisfy?  A
# validation helper uses the answers to accept "any iterable of numbers",
# "any mapping", and so on.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict, namedtuple


def gen():
    yield 1


Point = namedtuple("Point", "x y")
NAMES = ["Hashable", "Callable", "Iterable", "Iterator", "Generator",
         "Reversible", "Sized", "Container", "Collection", "Sequence",
         "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
         "MappingView", "KeysView", "ItemsView", "ValuesView", "ByteString"]

samples = [
    ("int", 7), ("float", 1.5), ("bool", True), ("None", None),
    ("str", "abc"), ("bytes", b"ab"), ("list", [1]), ("tuple", (1,)),
    ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset([1])),
    ("range", range(3)), ("slice", slice(2)), ("function", gen),
    ("lambda", lambda: 0), ("builtin", len), ("method", [].append),
    ("class", int), ("generator", gen()), ("list_iter", iter([1])),
    ("dict_iter", iter({})), ("str_iter", iter("ab")),
    ("zip", zip([], [])), ("map", map(abs, [])), ("enumerate", enumerate([])),
    ("reversed", reversed([1])), ("keys", {}.keys()), ("values", {}.values()),
    ("items", {}.items()), ("deque", deque()), ("OrderedDict", OrderedDict()),
    ("Counter", Counter()), ("defaultdict", defaultdict(int)),
    ("namedtuple", Point(1, 2)), ("object", object()), ("exception", ValueError()),
]

for label, obj in samples:
    hits = [n for n in NAMES if isinstance(obj, getattr(cabc, n))]
    print("%-12s %s" % (label, " ".join(hits)))

print()
for cls in (list, dict, str, bytes, tuple, set, frozenset, range, type(gen()), type(iter([]))):
    print(cls.__name__, [n for n in NAMES if issubclass(cls, getattr(cabc, n))])


def total(values):
    """Sum an iterable of numbers; reject strings and mappings explicitly."""
    if isinstance(values, (str, bytes)) or not isinstance(values, cabc.Iterable):
        raise TypeError("expected an iterable of numbers, got %s" % type(values).__name__)
    if isinstance(values, cabc.Mapping):
        values = values.values()
    return sum(values)


for arg in ([1, 2, 3], (4, 5), {6, 7}, {"a": 8, "b": 9}, range(4), gen(), "12", 10):
    try:
        print(total(arg))
    except TypeError as exc:
        print("TypeError:", exc)


# Classes that merely define the right methods count as well.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Box:
    def __len__(self):
        return 3

    def __contains__(self, item):
        return item == "gift"

    __hash__ = None


print(isinstance(Countdown(2), cabc.Iterator), list(Countdown(3)), total(Countdown(4)))
print([n for n in NAMES if isinstance(Box(), getattr(cabc, n))])
