# A small inventory system exercising the object model end to end.


class Validated:
    """Base for validating descriptors; subclasses implement check()."""

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.check(value)
        setattr(obj, self.private, value)

    def check(self, value):
        raise NotImplementedError


class Text(Validated):
    def check(self, value):
        if not isinstance(value, str) or not value:
            raise ValueError(f"{self.public} must be a non-empty str")


class Amount(Validated):
    def __init__(self, kind=int | float):
        self.kind = kind

    def check(self, value):
        if not isinstance(value, self.kind) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be {self.kind}, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"{self.public} must be >= 0")


class Item:
    kinds = {}
    name = Text()
    price = Amount()
    stock = Amount(int)

    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        Item.kinds[kind] = cls

    def __init__(self, name, price, stock=0):
        self.name, self.price, self.stock = name, price, stock

    @property
    def value(self):
        return self.price * self.stock

    def __format__(self, spec):
        width = int(spec) if spec else 0
        return f"{self.name:<{width}} {self.stock:>4} x {self.price:>7.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price!r}, {self.stock!r})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.name, self.price) == (other.name, other.price)

    def __hash__(self):
        return hash((self.name, self.price))


class Tool(Item, kind="tool"):
    pass


class Food(Item, kind="food"):
    def __init__(self, name, price, stock=0, days=7):
        super().__init__(name, price, stock)
        self.days = days


class Tag:
    __slots__ = ("label", "colour")

    def __init__(self, label, colour="grey"):
        self.label, self.colour = label, colour

    def __repr__(self):
        return f"#{self.label}({self.colour})"


stock = [
    Item.kinds["tool"]("hammer", 12.5, 4),
    Item.kinds["food"]("apple", 0.4, 120, days=14),
    Tool("saw", 20, 1),
    Food("bread", 2.25, 8, days=2),
]
for it in stock:
    print(f"{it:10}")
print(sorted(Item.kinds), [c.__name__ for c in Item.__subclasses__()])
print(sum(it.value for it in stock), max(stock, key=lambda i: i.value))
print(Tool("saw", 20) == stock[2], Tool("saw", 20) in stock, len(set(stock + [Tool("saw", 20)])))
print(type(Item.__dict__["price"]).__name__, Item.price.kind, Item.stock.kind)

tags = [Tag("sale", "red"), Tag("new")]
print(tags, [t.colour for t in tags])
try:
    tags[0].discount = 10
except AttributeError as e:
    print("AttributeError:", e)

for bad in [
    lambda: Tool("", 1),
    lambda: Tool("x", -1),
    lambda: Tool("x", "1"),
    lambda: Tool("x", 1, 2.5),
    lambda: Tool("x", True),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    class Gadget(Item):
        pass
except TypeError as e:
    print("TypeError:", e)
