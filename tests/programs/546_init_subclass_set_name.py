# Class customisation without metaclasses: __init_subclass__ and __set_name__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class CsvExport(Plugin, name="csv", priority=2):
    pass


class JsonExport(Plugin, priority=5):
    pass


class PrettyJson(JsonExport, name="pretty"):
    pass


for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(f"{name:8} {cls.__name__:12} priority={cls.priority}")


class Validated:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.private[1:]} must be {self.kind.__name__}, "
                            f"not {type(value).__name__}")
        setattr(obj, self.private, value)


class Product:
    name = Validated(str)
    price = Validated(float)

    def __init__(self, name, price):
        self.name = name
        self.price = price


p = Product("tea", 3.5)
print(p.name, p.price, vars(p), Product.name.private, Product.price.owner)
try:
    p.price = "free"
except TypeError as e:
    print("TypeError:", e)


class Strict:
    def __init_subclass__(cls):
        cls.checked = True


class Child(Strict):
    pass


print(Child.checked)
for make in ("class Bad(Strict, flag=1): pass", "class Bad2(flag=1): pass"):
    try:
        exec(make)
    except TypeError as e:
        print("TypeError:", e)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot name {name}")


try:
    class Holder:
        thing = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
