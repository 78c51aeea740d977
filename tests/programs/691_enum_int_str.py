# IntEnum, StrEnum and mixed-in data types: 3.11 str()/format() of the
# value, repr of the enum, arithmetic and comparison as the data type.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), str(Status.NOT_FOUND), f"{Status.CREATED}", format(Status.OK, "05d"))
print(Status.OK == 200, Status(404), Status.OK < Status.NOT_FOUND, Status.OK + 1, Status.OK * 2)
print("%d %s %r" % (Status.OK, Status.OK, Status.OK), hex(Status.NOT_FOUND), int(Status.CREATED))
print(isinstance(Status.OK, int), {200: "x"}[Status.OK], sorted([Status.NOT_FOUND, 100, Status.OK]))
print(max(Status), sum(Status), list(range(Status.OK, Status.CREATED + 1)))
print(Status["OK"].value, Status.OK.name, type(Status.OK + 0).__name__)


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = auto()
    EAST = "e"


print(Direction.NORTH, repr(Direction.NORTH), f"{Direction.EAST}", Direction("south"))
print(Direction.NORTH == "north", Direction.NORTH.upper(), "-".join(Direction), len(Direction.EAST))
print(isinstance(Direction.EAST, str), Direction.EAST + "!", sorted(Direction))


class Weight(float, Enum):
    LIGHT = 1.5
    HEAVY = 10.25


print(Weight.LIGHT, repr(Weight.HEAVY), Weight.LIGHT + 1, f"{Weight.HEAVY}")


class Number(int, ReprEnum):
    ONE = 1
    TWO = 2


print(Number.ONE, repr(Number.TWO), f"{Number.TWO:>3}")


class Code(str, Enum):
    A = "alpha"
    B = "beta"


print(Code.A, repr(Code.B), f"{Code.A}", Code.A == "alpha", Code("beta"))


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Level), Level.HIGH - Level.LOW, Level(2))
try:
    class BadStr(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)
try:
    Status(500)
except ValueError as e:
    print("ValueError:", e)
