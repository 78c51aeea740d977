# Enum: members, lookup by value and by name, iteration, aliases,
# __members__, reprs, str/format, comparison and hashing.
from enum import Enum, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), repr(Color), str(Color), type(Color).__name__)
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, type(Color.RED) is Color)
print(f"{Color.BLUE}|{Color.BLUE:>12}|{Color.GREEN!r}", "%s and %r" % (Color.RED, Color.RED))
print(Color.__members__)
print(list(Color.__members__.items())[-1], "CRIMSON" in Color.__members__)
print(list(reversed(Color)), bool(Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(isinstance(Color.RED, Color), isinstance(Color, EnumMeta), EnumMeta is EnumType)
print(Color.__name__, Color.__qualname__, Color.__module__, Color.RED.__class__.__name__)
print(dir(Color))
print([m for m in dir(Color.RED) if not m.startswith("_")])
print(Color(Color.GREEN), Color._member_names_, Color._value2member_map_)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

    def describe(self):
        return f"{self.name.title()}: g={self.surface_gravity}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def count():
        return len(Planet)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity)
print([p.describe() for p in Planet], Planet.heaviest(), Planet.count())
print(Planet((5.976e24, 6.37814e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def __str__(self):
        return f"mood {self.name.lower()}"

    def __repr__(self):
        return f"Mood({self.value})"


print(Mood.HAPPY, repr(Mood.FUNKY), f"{Mood.HAPPY}", [Mood.FUNKY])


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    _ignore_ = "temp"
    temp = 1
    __private = 2
    label = "not a member? no, a member"


print(list(Shape), getattr(Shape, "temp", "temp ignored"), Shape._Shape__private)


class Base(Enum):
    def greet(self):
        return "hello from " + self.name


class Derived(Base):
    ONE = 1
    TWO = 2


print(Derived.ONE.greet(), list(Derived), Derived.__mro__[1].__name__)


class NameValue(Enum):
    name = "n"
    value = "v"


print(NameValue.name, NameValue.value, NameValue.name.name, NameValue.value.value)
print(list(NameValue))
