# Protocols: structural classes, @runtime_checkable isinstance checks, the
# Supports* protocols, and the errors for misuse.
from abc import abstractmethod
from typing import (
    Iterable, List, Protocol, SupportsAbs, SupportsFloat, SupportsIndex,
    SupportsInt, TypeVar, runtime_checkable,
)

T = TypeVar("T")


class Shape(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int


@runtime_checkable
class Resource(Closeable, Protocol):
    name: str

    def open(self) -> None: ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3 * self.r * self.r


class File:
    name = "f.txt"
    size = 10

    def open(self) -> None:
        print("open", self.name)

    def close(self) -> None:
        print("close", self.name)


class NotCloseable:
    close = None


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(2), Circle(1)]))
print(isinstance(File(), Closeable), isinstance(Square(1), Closeable),
      isinstance(NotCloseable(), Closeable))
print(issubclass(File, Closeable), issubclass(int, Closeable))
print(isinstance(File(), Sized2), isinstance(3, Sized2))
print(isinstance(File(), Resource), isinstance(Square(1), Resource))
print(Shape._is_protocol, Closeable._is_runtime_protocol, Shape._is_runtime_protocol)

for label, test in [
    ("isinstance non-runtime", lambda: isinstance(Square(1), Shape)),
    ("issubclass non-runtime", lambda: issubclass(Square, Shape)),
    ("issubclass data protocol", lambda: issubclass(File, Sized2)),
    ("instantiate", lambda: Shape()),
    ("runtime_checkable on class", lambda: runtime_checkable(Square)),
]:
    try:
        print(label, test())
    except TypeError as e:
        print(label, "->", e)


class Explicit(Shape):
    def __init__(self, k: int) -> None:
        self.k = k

    def area(self) -> float:
        return float(self.k)


class Defaulted(Shape):
    pass


print(Explicit(4).area(), Explicit._is_protocol, Defaulted().area())


class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self) -> int:
        return 42


def unbox(b: Box[int]) -> int:
    return b.get()


print(unbox(IntBox()), Box.__parameters__, Box[int])


@runtime_checkable
class Drawable(Protocol):
    @abstractmethod
    def draw(self) -> str: ...


class Pic(Drawable):
    def draw(self) -> str:
        return "pic"


print(Pic().draw(), isinstance(Pic(), Drawable))
try:
    class Partial(Drawable):
        pass
    Partial()
except TypeError as e:
    print(e)

try:
    class Mixed(Protocol, int):
        pass
except TypeError as e:
    print(e)


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __int__(self) -> int:
        return self.cents

    def __abs__(self) -> "Money":
        return Money(abs(self.cents))


print([isinstance(x, SupportsInt) for x in (3, 2.5, "7", Money(5))])
print([isinstance(x, SupportsFloat) for x in (3, 2.5, "7", Money(5))])
print([isinstance(x, SupportsIndex) for x in (3, 2.5, True)])
print([isinstance(x, SupportsAbs) for x in (-3, 2.5, "x", Money(-5))])
print(abs(Money(-5)).cents, SupportsAbs.__parameters__)


def to_ints(xs: List[SupportsInt]) -> List[int]:
    return [int(x) for x in xs]


print(to_ints([1, 2.9, Money(12)]))
