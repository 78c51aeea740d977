# A realistic annotated script: an inventory with typed helpers, generic
# containers, a protocol, a NamedTuple record and a TypedDict config.
from __future__ import annotations

from typing import (
    Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List,
    NamedTuple, Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar,
    Union, cast, runtime_checkable,
)

T = TypeVar("T")
K = TypeVar("K")
Number = Union[int, float]


class Item(NamedTuple):
    sku: str
    name: str
    price: float
    qty: int = 0

    def value(self) -> float:
        return self.price * self.qty


class Config(TypedDict, total=False):
    currency: str
    low_stock: int


@runtime_checkable
class Priced(Protocol):
    price: float

    def value(self) -> float: ...


class Registry(Generic[K, T]):
    created: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: Dict[K, T] = {}
        Registry.created += 1

    def add(self, key: K, item: T) -> None:
        self._items[key] = item

    def get(self, key: K, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


def total(items: Iterable[Priced]) -> float:
    return sum(i.value() for i in items)


def cheapest(items: Sequence[Item], n: int = 2) -> List[Item]:
    return sorted(items, key=lambda i: (i.price, i.sku))[:n]


def apply(items: Iterable[Item], fn: Callable[[Item], Item]) -> List[Item]:
    return [fn(i) for i in items]


def parse_row(row: str) -> Tuple[str, str, float, int]:
    sku, name, price, qty = row.split(",")
    return sku.strip(), name.strip(), float(price), int(qty)


def describe(x: Union[Number, str, None]) -> str:
    if x is None:
        return "nothing"
    if isinstance(x, str):
        return f"text {x!r}"
    return f"number {x:g}"


ROWS = """
A100, widget, 2.50, 10
B200, gadget, 7.25, 3
C300, doohickey, 0.99, 120
D400, gizmo, 12.00, 0
""".strip().splitlines()

inv: Registry[str, Item] = Registry[str, Item]()
for row in ROWS:
    sku, name, price, qty = parse_row(row)
    inv.add(sku, Item(sku, name, price, qty))

config: Config = Config(currency="EUR")
config["low_stock"] = 5
print(type(config).__name__, sorted(config.items()))

print(len(inv), "items; registries made:", Registry.created)
print("total value:", f"{total(inv):.2f}", config.get("currency"))
print("cheapest:", [i.sku for i in cheapest(list(inv))])
low = [i.name for i in inv if i.qty < config["low_stock"]]
print("low stock:", low)
restocked = apply(inv, lambda i: i._replace(qty=i.qty + 10) if i.qty < 5 else i)
print("after restock:", [(i.sku, i.qty) for i in restocked])
print(inv.get("B200"))
print(inv.get("Z999"), inv.get("Z999", cast(Item, None)))
print(all(isinstance(i, Priced) for i in inv), isinstance("x", Priced))
for x in (3, 2.5, "hi", None):
    print(describe(x))
data: Dict[str, Any] = {"n": len(inv), "skus": [i.sku for i in inv]}
print(data)
print(Item.__annotations__)
print(Registry.__parameters__, inv.__orig_class__)
print(describe.__annotations__)
