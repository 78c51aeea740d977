# Metaclasses: registration, singletons, class-level APIs and __prepare__.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **options):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = options
        if bases:
            mcls.registry[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns, **options):
        super().__init__(name, bases, ns)
        cls.initialised = True

    def describe(cls):
        return f"{cls.__name__}{cls.options}"

    def __len__(cls):
        return len(PluginMeta.registry)


class Plugin(metaclass=PluginMeta):
    pass


class Gzip(Plugin, level=9):
    pass


class Zstd(Plugin):
    pass


print(sorted(PluginMeta.registry), Gzip.options, Zstd.options, Gzip.initialised)
print(Gzip.describe(), type(Gzip).__name__, isinstance(Gzip, PluginMeta), len(Gzip))
print(type(Gzip), isinstance(Gzip(), Plugin), issubclass(PluginMeta, type))


class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in vars(cls):
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Settings(metaclass=Singleton):
    def __init__(self, path="app.cfg"):
        self.path = path
        print("loading", path)


s1 = Settings("prod.cfg")
s2 = Settings("other.cfg")
print(s1 is s2, s2.path)


class Namespace(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"created_by": mcls.__name__}


class Thing(metaclass=Namespace):
    size = 3


print(Thing.created_by, Thing.size)

Dynamic = PluginMeta("Dynamic", (Plugin,), {"x": 1}, fast=True)
print(Dynamic.x, Dynamic.options, "dynamic" in PluginMeta.registry)


def not_a_class(name, bases, ns):
    return f"{name} with {sorted(k for k in ns if not k.startswith('__'))}"


class Odd(metaclass=not_a_class):
    a = 1
    b = 2


print(Odd)

OtherMeta = type("OtherMeta", (type,), {})
try:
    class Conflict(Gzip, metaclass=OtherMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(int), type(type), type(Plugin.__class__))
