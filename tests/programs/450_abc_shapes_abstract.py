# Abstract base classes: a shape hierarchy where the base class declares the
# interface and refuses to be instantiated until everything is implemented.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    """Every shape knows its area and perimeter; describe() is shared."""

    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s: area %.2f, perimeter %.2f" % (self.name, self.area(), self.perimeter())


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class HalfDone(Shape):
    def area(self):
        return 0.0


for shape in [Circle(1.5), Rect(2, 3.5), Square(4)]:
    print(shape.describe())

print(sorted(Shape.__abstractmethods__))
print(sorted(HalfDone.__abstractmethods__))
print(Circle.__abstractmethods__ == frozenset(), Square.__abstractmethods__)

for cls in (Shape, HalfDone):
    try:
        cls("x")
    except TypeError as exc:
        print("TypeError:", exc)


# Abstract methods can still carry a default implementation reached via super().
class Exporter(ABC):
    @abstractmethod
    def export(self, rows):
        return ["# exported %d rows" % len(rows)]


class CsvExporter(Exporter):
    def export(self, rows):
        lines = super().export(rows)
        lines.extend(",".join(str(c) for c in row) for row in rows)
        return lines


print("\n".join(CsvExporter().export([(1, "a"), (2, "b")])))

# A class that is abstract only because one base method stayed abstract.
class Base(ABC):
    @abstractmethod
    def load(self): ...
    @abstractmethod
    def save(self): ...
    @abstractmethod
    def close(self): ...


class Partial(Base):
    def save(self):
        return "saved"


try:
    Partial()
except TypeError as exc:
    print(exc)

# Filling in the remaining methods after the fact does not change the verdict
# until update_abstractmethods is asked to look again.
import abc
Partial.load = lambda self: "loaded"
Partial.close = lambda self: "closed"
try:
    Partial()
except TypeError as exc:
    print("still abstract:", exc)
abc.update_abstractmethods(Partial)
p = Partial()
print(p.load(), p.save(), p.close(), sorted(Partial.__abstractmethods__))
print(isinstance(p, Base), issubclass(Partial, ABC), type(Base).__name__)
