# The errors @dataclass and field() raise while a class is being defined,
# and the argument errors of the generated __init__.
from dataclasses import dataclass, field, KW_ONLY


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class Bad:
        x: list = []


def mutable_dict():
    @dataclass
    class Bad:
        table: dict = {}


def mutable_set():
    @dataclass
    class Bad:
        seen: set = set()


def both_defaults():
    field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def order_conflict():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def hash_conflict():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


def frozen_from_plain():
    @dataclass
    class Base:
        a: int

    @dataclass(frozen=True)
    class Bad(Base):
        b: int = 0


def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass
    class Bad(Base):
        b: int = 0


def field_without_annotation():
    @dataclass
    class Bad:
        a: int
        b = field(default=3)


def two_kw_only_markers():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY


def frozen_setattr_conflict():
    @dataclass(frozen=True)
    class Bad:
        a: int

        def __setattr__(self, name, value):
            pass


for make in (non_default_after_default, mutable_list, mutable_dict, mutable_set,
             both_defaults, order_without_eq, order_conflict, hash_conflict,
             frozen_from_plain, plain_from_frozen, field_without_annotation,
             two_kw_only_markers, frozen_setattr_conflict):
    attempt(make)


@dataclass
class Point:
    x: int
    y: int
    _: KW_ONLY
    z: int = 0


attempt(lambda: Point())
attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, 2, w=3))
attempt(lambda: Point(1, x=2, y=3))
attempt(lambda: Point(1, 2, z=3, **{"z": 4}))
print(Point(1, 2, z=3))
