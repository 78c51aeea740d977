# User-defined generic classes: Generic[T], subscription, subclassing
# typing aliases, __orig_bases__ / __parameters__ / __orig_class__.
from typing import Dict, Generic, Iterable, Iterator, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __repr__(self) -> str:
        return f"Stack({self.items})"


s = Stack[int]()
for i in range(3):
    s.push(i * i)
print(s, s.pop(), s.peek(), type(s).__name__)
print(s.__orig_class__, Stack[int], Stack[int] == Stack[int], Stack[str] == Stack[int])
print(Stack.__parameters__, Stack.__orig_bases__)
print([c.__name__ for c in Stack.__mro__])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key, self.value = key, value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


p = Pair[str, int]("a", 1).swap()
print(p.key, p.value, Pair[str, List[V]], Pair[str, List[V]].__parameters__)
print(Pair[str, List[V]][float])


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__orig_bases__)
print([c.__name__ for c in IntStack.__mro__])


class Named(Pair[str, V]):
    pass


print(Named.__parameters__, Named[bytes])


class Tagged(List[T]):
    def tag(self) -> str:
        return "<" + ",".join(map(str, self)) + ">"


t = Tagged([1, 2, 3])
print(t.tag(), len(t), Tagged.__parameters__, Tagged[int])
print([c.__name__ for c in Tagged.__mro__])


class Counts(Dict[str, int]):
    def bump(self, key: str) -> None:
        self[key] = self.get(key, 0) + 1


c = Counts()
for w in "a b a c a".split():
    c.bump(w)
print(c, Counts.__parameters__, [k.__name__ for k in Counts.__mro__])


class Table(Generic[K, V], Dict[K, V]):
    pass


print(Table.__parameters__, Table[str, int](x=1))


class Both(Stack[T], Pair[K, V]):
    pass


print(Both.__parameters__)


class Numbers(Iterable[N]):
    def __init__(self, *xs: N) -> None:
        self.xs = xs

    def __iter__(self) -> Iterator[N]:
        return iter(self.xs)


print(sum(Numbers(1, 2, 3)), Numbers.__parameters__, Numbers[int])


class Node(Generic[T]):
    def __init__(self, value: T, children: "Optional[List[Node[T]]]" = None):
        self.value = value
        self.children = children or []

    def walk(self) -> Iterator[T]:
        yield self.value
        for ch in self.children:
            yield from ch.walk()


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))


class Slotted(Generic[T]):
    __slots__ = ("v",)

    def __init__(self, v: T) -> None:
        self.v = v


sl = Slotted[int](5)
print(sl.v, hasattr(sl, "__orig_class__"))

for bad in ("Pair[int]", "Stack[int, str]", "IntStack[int]", "Stack[int][str]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)

for src in ("class A(Generic): pass",
            "class A(Generic[T], Pair[K, V]): pass",
            "class A(Generic[T], Generic[K]): pass"):
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)
