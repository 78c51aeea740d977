# @dataclass: generated __init__, __repr__, __eq__, __match_args__, __doc__,
# fields() and the class-level bookkeeping.
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__hash__, Point.__doc__, Point.__match_args__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__dataclass_params__)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
p.x = 10
print(p, p.x + p.y)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


class Outer:
    @dataclass
    class Inner:
        value: str = "v"


print(Outer.Inner(), repr(Outer.Inner("w")))


@dataclass
class Selfish:
    self: int
    other: str = "o"


print(Selfish(self=1), Selfish(2, "b"))


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity


item = Inventory("widget", 3.5, 4)
print(item, item.total_cost())
print(Inventory.__doc__)


@dataclass
class Node:
    label: str
    children: list = field(default_factory=list)


root = Node("root", [Node("a"), Node("b", [Node("c")])])
print(root)
root.children.append(root)
print(root)

target = Point(0, 7)
print({name: getattr(target, name) for name in Point.__match_args__})


@dataclass
class WithDoc:
    """My own docstring."""
    a: int


print(WithDoc.__doc__, WithDoc(1))


@dataclass(repr=False, eq=False)
class Bare:
    a: int


b = Bare(1)
print(type(b).__repr__ is object.__repr__, b == Bare(1), b == b, Bare.__hash__ is object.__hash__)
