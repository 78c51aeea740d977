# The functional API, auto() and _generate_next_value_, @unique, aliases,
# _missing_ and member/nonmember.
from enum import Enum, IntEnum, auto, unique, member, nonmember

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Sizes = Enum("Sizes", [("S", 10), ("M", 20), ("L", 30)])
print(list(Sizes), Sizes(20))
Codes = IntEnum("Codes", {"A": 5, "B": 6})
print(list(Codes), Codes.A + 1)
Letters = Enum("Letters", "a, b c", start=10)
print(list(Letters))
Seq = Enum("Seq", ["ONE", "TWO"])
print(list(Seq), Seq.__qualname__)


class Auto(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


print(list(Auto), repr(auto()))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    FIRST = auto()
    SECOND = auto()


print(list(Ordinal))


class Reuse(Enum):
    A = auto()
    B = A


print(list(Reuse), Reuse.B is Reuse.A, Reuse.__members__)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        return None


print(Shape("square"), Shape(3))
try:
    Shape("triangle")
except ValueError as e:
    print("ValueError:", e)


class WrongMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    WrongMissing(2)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


class Tools(Enum):
    HAMMER = 1
    helper = nonmember(99)

    @member
    def saw():
        return "zzz"

    def use(self):
        return "using " + self.name


print([t.name for t in Tools], Tools.helper, Tools.saw.value(), Tools.HAMMER.use())


class Pair(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Pair.UNIT, Pair.UNIT[0], repr(Pair.ORIGIN), Pair((1, 1)))


class Custom(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = (1, "low one")
    HIGH = (2, "high two")


print(Custom(2), Custom.LOW.label, Custom.HIGH.value)
