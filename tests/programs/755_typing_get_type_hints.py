# get_type_hints: string annotations resolved against the module, class
# hierarchies, None -> NoneType, Annotated stripped unless asked for.
import collections.abc
import sys
from typing import (
    Annotated, Callable, ClassVar, Dict, Final, List, Optional, Union,
    get_type_hints, no_type_check,
)


class Node:
    next: "Optional[Node]"
    value: int
    tags: List["str"]
    parent: "Node" = None
    count: ClassVar[int] = 0
    ident: Final = 3
    limit: "ClassVar[int]" = 9


class Leaf(Node):
    weight: float
    extra: Annotated[int, "meta"]
    value: "float"


def f(a: int, b: "List[Node]", c: None = None, *args: str,
      d: "Dict[str, int]" = {}, **kw: "float") -> "Node":
    pass


def show(hints):
    for name, hint in hints.items():
        print(f"  {name}: {hint}")


print("f"); show(get_type_hints(f))
print("Node"); show(get_type_hints(Node))
print("Leaf"); show(get_type_hints(Leaf))
print("Leaf extras"); show(get_type_hints(Leaf, include_extras=True))

x: "int" = 3
y: List["Node"]
print("module"); show(get_type_hints(sys.modules[__name__]))


def g(x: Annotated[List["int"], "hi"]) -> Union["Node", None]:
    pass


print(get_type_hints(g), get_type_hints(g, include_extras=True))


def h(x: "list[Node]", y: "int | None", z: "tuple[int, ...]",
      cb: "collections.abc.Callable[[int], str]") -> "Callable[..., Node]":
    pass


print("h"); show(get_type_hints(h))
print(get_type_hints(lambda: 0), get_type_hints(len))


class Methods:
    def m(self, other: "Methods") -> "List[Methods]":
        return [self, other]

    @staticmethod
    def s(n: "int") -> None:
        pass


print(get_type_hints(Methods.m), get_type_hints(Methods().m), get_type_hints(Methods.s))
print(get_type_hints(Node, localns={"Node": int})["next"])
print(get_type_hints(f, globalns={"Node": str, "List": list, "Dict": dict})["b"])


def bad(x: "Undefined"):
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print("NameError:", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)


@no_type_check
def nt(x: "Undefined") -> "Also undefined":
    pass


@no_type_check
class Loose:
    a: "nope"

    def m(self, x: "nope"):
        pass


print(get_type_hints(nt), nt.__no_type_check__, get_type_hints(Loose),
      Loose.m.__no_type_check__)


def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    wrapper.__annotations__ = fn.__annotations__
    return wrapper


@deco
def wrapped(n: "Node") -> "int":
    return 1


print(get_type_hints(wrapped))
print(f.__annotations__["b"], Node.__annotations__["next"])
