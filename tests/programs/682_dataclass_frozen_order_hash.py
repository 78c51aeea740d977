# frozen=True, order=True, unsafe_hash and the __hash__ rules.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


v = Version(1, 2)
print(v, v < Version(1, 3), v <= Version(1, 2), v > Version(0, 9), v >= Version(2))
print(sorted([Version(2), Version(1, 5, "x"), Version(1)]))
print(Version(1, 0, "a") == Version(1, 0, "b"), hash(v) == hash((1, 2)))
print({Version(1): "one", Version(1, 0, "alias"): "same key"})
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(e)
try:
    v.brand_new = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v < (1, 2)
except TypeError as e:
    print(e)


@dataclass
class Plain:
    a: int


print(Plain.__hash__)
try:
    hash(Plain(1))
except TypeError as e:
    print(e)
try:
    Plain(1) < Plain(2)
except TypeError as e:
    print(e)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(hash=False)
    c: int = field(default=0, compare=False)


print(hash(Hashed(1, 2)) == hash((1,)), Hashed(1, 2) == Hashed(1, 3))


@dataclass(eq=False)
class Identity:
    a: int


x = Identity(1)
print(x == Identity(1), x == x, Identity.__hash__ is object.__hash__)


@dataclass(frozen=True)
class OwnHash:
    a: int

    def __hash__(self):
        return 42


print(hash(OwnHash(1)))


@dataclass
class EqNoHash:
    a: int
    __hash__ = object.__hash__


print(EqNoHash.__hash__ is object.__hash__)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


p = Point3(1, 2, 3)
print(p, hash(p) == hash((1, 2, 3)), {p, Point3(1, 2, 3)} == {p})
try:
    p.z = 5
except FrozenInstanceError as e:
    print(e)


class Loose:
    pass


@dataclass(frozen=True)
class Tight(Loose):
    a: int


t = Tight(1)
try:
    t.a = 2
except FrozenInstanceError as e:
    print(e)
object.__setattr__(t, "a", 9)
print(t)


@dataclass(order=True)
class Student:
    grade: int
    name: str = field(compare=False)


roster = [Student(3, "c"), Student(1, "a"), Student(2, "b")]
print([s.name for s in sorted(roster)], max(roster), min(roster).name)
