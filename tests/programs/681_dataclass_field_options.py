# field() options, default factories, KW_ONLY, kw_only=, InitVar and
# __post_init__, metadata and inheritance of fields.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, MISSING


@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)
    debug: bool = field(default=False, repr=False)
    secret: str = field(default="s3", compare=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "ms", "doc": "extra"})
    counter: int = field(default=0, init=False)


a = Config("a")
b = Config("a", debug=True, secret="other")
print(a, a == b, a.tags is not Config("x").tags)
a.tags.append(1)
print(a.tags, Config("z").tags)
f = fields(Config)[4]
print(f.name, f.metadata, f.metadata["unit"], len(f.metadata), f.default is MISSING)
print(fields(Config)[0].metadata, fields(Config)[5].init, fields(Config)[2].repr)
print([(f.name, f.compare, f.hash, f.kw_only) for f in fields(Config)])
print(Config.__doc__)


@dataclass
class Keyed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Keyed(1, c=3), Keyed(c=2, a=0, b=5), Keyed.__match_args__)
print(Keyed.__doc__)


@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = field(default=2, kw_only=False)


print(AllKw(5, x=1), AllKw.__match_args__)


@dataclass
class Scaled:
    raw: int
    factor: InitVar[int] = 2
    value: int = field(init=False)

    def __post_init__(self, factor):
        self.value = self.raw * factor


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)])
print(Scaled.__dataclass_fields__["factor"]._field_type, Scaled.__doc__)
print(InitVar[int], InitVar[list[str]], InitVar(float))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 5


print(Derived(0), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__match_args__)


@dataclass
class Validated:
    low: int
    high: int

    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"low {self.low} > high {self.high}")


print(Validated(1, 2))
try:
    Validated(3, 2)
except ValueError as e:
    print("ValueError:", e)


class Doubler:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 10
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


@dataclass
class UsesDescriptor:
    d: int = Doubler()


print(UsesDescriptor(), UsesDescriptor(4))


@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=lambda: ["start"])


c1, c2 = Counter(), Counter(5)
c1.history.append("x")
print(c1, c2)
