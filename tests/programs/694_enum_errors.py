# Errors: lookups that fail, reassigning and deleting members, reused
# names, extending an enum with members, bad _sunder_ names, ordering.
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: Color(3))
attempt(lambda: Color("RED"))
attempt(lambda: Color["PINK"])
attempt(lambda: Color.PINK)
attempt(lambda: setattr(Color, "RED", 5))
attempt(lambda: delattr(Color, "GREEN"))
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: Color.RED + 1)
attempt(lambda: setattr(Color.RED, "name", "x"))
attempt(lambda: Enum("Empty", "")(1))


def reuse_name():
    class Bad(Enum):
        A = 1
        A = 2


def extend():
    class More(Color):
        BLUE = 3


def sunder():
    class Bad(Enum):
        _reserved_ = 1


def gnv_after_auto():
    class Bad(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1


def mro_name():
    class Bad(Enum):
        mro = 1


def order_mismatch():
    class Bad(Enum):
        _order_ = "B A"
        A = 1
        B = 2


for make in (reuse_name, extend, sunder, gnv_after_auto, mro_name, order_mismatch):
    attempt(make)


class Empty(Enum):
    pass


print(list(Empty), len(Empty))


class Later(Empty):
    X = 1


print(list(Later))
Color.extra = "allowed"
print(Color.extra, Color.RED)
