# Validating field descriptors: __set_name__ at class creation, __get__,
# __set__ and __delete__ (used by `del obj.attr`).


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"bound {owner.__name__}.{name}")

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"clearing {self.name}")
        if hasattr(obj, self.storage):
            delattr(obj, self.storage)


class Counter:
    """Non-data descriptor: instance dict wins."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return f"computed {self.name}"


class Product:
    name = Field(str, "")
    price = Field(float, 0.0)
    qty = Field(int, 0)
    note = Counter()

    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total())
print(Product.price.name, Product.price.storage, type(Product.__dict__["qty"]).__name__)
try:
    p.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del p.qty
print(p.qty, p.total())
print(p.note)
p.note = "manual"
print(p.note, p.__dict__["note"])
del p.note
print(p.note)
print(sorted(k for k in vars(p)))


class WriteOnce:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        if self.name in obj.__dict__:
            raise AttributeError(f"{self.name} already set")
        obj.__dict__[self.name] = value


class Config:
    mode = WriteOnce()


c = Config()
print(c.mode)
c.mode = "fast"
print(c.mode)
try:
    c.mode = "slow"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.mode
except AttributeError as e:
    print("AttributeError:", e)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("no names please")


try:
    class Holder:
        b = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
