# asdict(), astuple(), replace() and make_dataclass().
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, fields, InitVar
from collections import namedtuple, OrderedDict

Pair = namedtuple("Pair", "left right")


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list
    labels: dict = field(default_factory=dict)
    pair: tuple = ()


s = Shape("tri", [Point(0, 0), Point(1, 0), Point(0, 1)],
          {"origin": Point(0, 0), Point(9, 9) == Point(9, 9): "eq"},
          Pair(Point(1, 1), [Point(2, 2)]))
print(asdict(s))
print(astuple(s))
d = asdict(s)
d["points"].append("new")
print(len(s.points), type(asdict(s)["pair"]).__name__)
print(asdict(Point(1, 2), dict_factory=OrderedDict))
print(astuple(Point(1, 2), tuple_factory=list))
print(asdict(Point([1, [2]], {"k": (3,)})))

p = Point(1, 2)
q = replace(p, y=5)
print(p, q, p is q, replace(p))


@dataclass
class Account:
    owner: str
    balance: int = 0
    rate: InitVar[int] = 1
    history: list = field(default_factory=list, init=False)

    def __post_init__(self, rate):
        self.history.append(("open", self.balance * rate))


a = Account("ann", 10, 2)
print(a, replace(a, balance=20, rate=3))
try:
    replace(a, history=[])
except ValueError as e:
    print("ValueError:", e)


@dataclass
class NeedsInitVar:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


try:
    replace(NeedsInitVar(1, 2), a=3)
except ValueError as e:
    print("ValueError:", e)

Position = make_dataclass("Position", ["name", ("lat", float), ("lon", float, field(default=0.0))],
                          namespace={"describe": lambda self: f"{self.name}@{self.lat},{self.lon}"})
pos = Position("home", 1.5)
print(pos, pos.describe(), [f.type for f in fields(Position)], Position.__doc__)
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, order=True)
print(Frozen(1) < Frozen(2), hash(Frozen(3)) == hash((3,)))
Child = make_dataclass("Child", [("extra", str, field(default="e"))], bases=(Point,))
print(Child(1, 2), Child.__mro__[1].__name__)
for bad in (["a", "a"], ["class"], [("1x", int)], [("a", int, None, 4)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
for fn in (asdict, astuple):
    try:
        fn(Point)
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(3)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(object())
except TypeError as e:
    print("TypeError:", e)
