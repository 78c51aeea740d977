# Built-in generics with type variables (list[T], dict[K, V], aliases made
# of them), mixed with typing's forms, and the class machinery typing needs:
# __class_getitem__, __mro_entries__, __orig_bases__, __init_subclass__.
import collections.abc
from typing import Callable, List, Optional, ParamSpec, TypeVar, Union, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
P = ParamSpec("P")

Pairs = list[tuple[K, V]]
Table = dict[str, list[T]]
print(Pairs, Pairs.__parameters__, Pairs[str, int])
print(Table[float], Table.__parameters__, get_origin(Table[int]), get_args(Table[int]))
print(list[T][int], dict[str, T][list[int]], dict[K, list[V]][int, str])
print(list[List[T]][int], list[List[T]].__parameters__, list[T | None][int])
print(list[int | T].__parameters__, list[Optional[T]][str], tuple[T, ...][int])
print(list[int].__parameters__, type(list[T][int]).__name__)
print(collections.abc.Callable[[T], V][int, str])
print(collections.abc.Callable[P, T][[int, str], bool])
print(collections.abc.Iterable[T][bytes], collections.abc.Mapping[K, V][str, int])
for src in ("list[int][str]", "list[T][int, str]", "dict[K, V][int]"):
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)


def first(xs: list[T]) -> T | None:
    return xs[0] if xs else None


print(first([3, 4]), first.__annotations__)
print(int | List[int], List[int] | None, Union[int, str] | list[int], T | int)


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"


print(Registry["x"], Registry[1, 2])


class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Proxy:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        return (self.target,)


class Child(Proxy(Base), tag="child"):
    pass


print(Child.__bases__, Child.tag, type(Child.__orig_bases__[0]).__name__)


def factory():
    pass


factory.__mro_entries__ = lambda bases: (Base,)


class FromFunction(factory, tag="fn"):
    pass


print(FromFunction.__bases__, FromFunction.tag, "__orig_bases__" in vars(Base))


class Meta(type):
    def __repr__(cls):
        return "Meta:" + super().__repr__()


class WithMeta(metaclass=Meta):
    pass


print(repr(WithMeta), type.__repr__(WithMeta))


class Identity:
    __call__ = staticmethod(lambda x: x)


class DictMeta(type):
    __call__ = dict


class Rows(metaclass=DictMeta):
    pass


print(Identity()(5), Rows(a=1), type(Rows(b=2)).__name__)
