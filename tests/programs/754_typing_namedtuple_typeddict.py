# typing.NamedTuple and typing.TypedDict: class syntax, functional form,
# defaults, totality, and their errors.
from typing import (
    Annotated, List, NamedTuple, NotRequired, Optional, Required, TypedDict,
    get_type_hints, is_typeddict,
)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def dist(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def flipped(self) -> "Point":
        return self._replace(x=self.y, y=self.x)

    def __str__(self) -> str:
        return f"<{self.label} {self.x},{self.y}>"


p = Point(3, -4)
print(p, repr(p), p.dist(), p.flipped, p[0], list(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(x=1), p._asdict(), Point._make([5, 6, "q"]))
print(isinstance(p, tuple), [c.__name__ for c in Point.__mro__], Point.__name__)
x, y, label = p
print(x, y, label, p == (3, -4, "p"), hash(p) == hash((3, -4, "p")))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("Ada", 1)
print(e, Employee.__annotations__, Employee._fields, Employee.__module__)
Pair = NamedTuple("Pair", first=int, second=Optional[str])
print(Pair(1, None), Pair.__annotations__)


class Line(NamedTuple):
    start: Point
    end: Point
    tags: List[str] = []


ln = Line(Point(0, 0), Point(1, 1))
print(ln, get_type_hints(Line))

try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print(err)
try:
    class Bad2(NamedTuple):
        a: int = 1
        b: int = 2
        c: str
except TypeError as err:
    print(err)
try:
    class Bad3(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as err:
    print(err)
try:
    class Bad4(NamedTuple, int):
        a: int
except TypeError as err:
    print(err)
try:
    Point()
except TypeError as err:
    print(err)


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    rating: float
    notes: Annotated[str, "free text"]


m = Movie(title="Alien", year=1979)
print(m, type(m), m == {"title": "Alien", "year": 1979})
r: Rated = {"title": "Heat", "year": 1995}
r["rating"] = 8.3
print(r, Rated(title="x", year=1, rating=1.0))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__)
print(Rated.__annotations__)
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(m), [c.__name__ for c in Movie.__mro__])

Alt = TypedDict("Alt", {"a": int, "b": "str"}, total=False)
print(Alt(a=1), Alt.__annotations__, Alt.__total__, Alt.__module__, Alt.__name__)


class Opts(TypedDict):
    verbose: Required[bool]
    depth: NotRequired[int]


print(sorted(Opts.__required_keys__), sorted(Opts.__optional_keys__))
print(get_type_hints(Opts), get_type_hints(Rated, include_extras=True))

for label, test in [
    ("isinstance", lambda: isinstance(m, Movie)),
    ("issubclass", lambda: issubclass(dict, Movie)),
]:
    try:
        test()
    except TypeError as err:
        print(label, "->", err)
try:
    class Mixed(Movie, int):
        pass
except TypeError as err:
    print(err)
try:
    TypedDict("X", {"a": int}, b=str)
except TypeError as err:
    print(err)
