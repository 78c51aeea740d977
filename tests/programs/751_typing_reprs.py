# How typing's hints print, compare and answer get_origin / get_args.
import collections.abc
import typing
from typing import *

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
P = ParamSpec("P")
S = TypeVar("S", int, str)
B = TypeVar("B", bound=Hashable)

hints = [
    List, List[int], Dict[str, Any], Dict[str, List[int]], Optional[int],
    Union[int, str], Union[int, str, None], Union[None, int],
    Union[int, Union[str, float]], Union[int, int], Union[int, None, str, None],
    Optional[Union[int, str]], Callable[[int], str], Callable[..., int],
    Callable[[], None], Callable[P, int], Callable[Concatenate[int, P], int],
    Callable[[int, str], Dict[str, Any]], Tuple[int, ...], Tuple[()],
    Tuple[int, str], Type[int], Type[Any], Set[int], FrozenSet[str],
    Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int],
    Mapping[str, int], MutableMapping[str, int], Deque[int],
    DefaultDict[str, int], Counter[str], OrderedDict[str, int],
    Literal[1, "a", True], Literal[1, Literal[2, 1]], Literal[None],
    Final[int], ClassVar[List[int]], Annotated[int, "meta", 3],
    Annotated[Annotated[int, 1], 2], T, T_co, T_contra, P, P.args, P.kwargs,
    Any, NoReturn, Never, Self, TypeAlias, LiteralString, ClassVar, Final,
    Literal, Union, Optional, Annotated, Generic, Protocol, Generic[T],
    Protocol[T], List["Foo"], Union["Foo", int], Type["Foo"],
    Tuple[int, Tuple[str, ...]], Iterator[List[Optional[int]]],
    Union[int, list[int]], Union[List[int], List[int]],
]
for h in hints:
    print(repr(h))

print("-- substitution")
for h in [List[T][int], Dict[K, V][str, int], Dict[str, T][List[int]],
          Union[T, int][str], Optional[T][int], Callable[[T], T][int],
          Callable[P, T][[int, str], bool], List[Tuple[T, K]][int, str],
          Dict[K, List[V]][str, float]]:
    print(h)
print(List[T].__parameters__, Dict[K, List[V]].__parameters__,
      Callable[P, T].__parameters__, Union[int, str].__parameters__)

print("-- | and equality")
print(List[int] | None, int | List[int], Optional[List[int]] | str, T | None)
print(Union[int, str] | None, (int | str) | List[int], Any | None)
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str))
print(List[int] == List[int], List[int] == list[int], List[int] == List[str])
print(hash(Dict[str, int]) == hash(Dict[str, int]))
print(Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1],
      Literal[1] == Literal[True])
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(ForwardRef("X"), ForwardRef("X") == ForwardRef("X"))

print("-- get_origin / get_args")
for h in [List[int], list[int], Union[int, str], int | str, Annotated[int, 1],
          Callable[[int], str], List, int, Generic, Generic[T], Literal[1],
          ClassVar[int], P.args, collections.abc.Callable[[int], str]]:
    print(h, "->", get_origin(h), get_args(h))
print(get_args(Callable[..., int]), get_args(Callable[[int, str], bool]))
print(get_args(Optional[int]), get_args(Tuple[()]), get_args(Tuple[int, ...]))

print("-- attributes")
print(List[int].__origin__, List[int].__args__, List.__name__,
      List[int].__name__, Union[int, str].__name__, Optional[int].__name__)
print(Annotated[int, "x"].__metadata__, Annotated[int, "x"].__origin__)
print(Union[int, str].__args__, Concatenate[int, P].__args__,
      Callable[[int], str].__args__, Tuple[int, ...].__args__)
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__,
      T.__contravariant__, T_co.__covariant__, S.__constraints__, B.__bound__)
print(typing.List is List, typing.Dict.__origin__, Text is str, AnyStr,
      AnyStr.__constraints__, TYPE_CHECKING)
print(type(List).__name__, type(List[int]).__name__,
      type(Union[int, str]).__name__, type(Union).__name__)
print(str(List[int]), f"{Dict[str, int]}", Union.__name__, ClassVar._name)

print("-- isinstance with unsubscripted aliases")
print(isinstance([], List), isinstance({}, typing.Mapping),
      isinstance(1, typing.Hashable), issubclass(dict, typing.MutableMapping))
print(isinstance(lambda: 0, Callable), isinstance(1, Callable),
      issubclass(type, typing.Type), isinstance([], (int, List)))
print(isinstance([], typing.Sequence), isinstance((), typing.MutableSequence))
print(isinstance(3, Optional[int]), isinstance("s", Union[int, float]),
      isinstance(None, Optional[str]), issubclass(bool, Union[int, str]))

print("-- aliases that can be called")
print(List[int].append is list.append, Dict[str, int].fromkeys("ab"))
d = DefaultDict[str, int](int)
d["a"] += 1
print(d, typing.Counter[str]("hello").most_common(1), typing.Deque[int]([1, 2]))

print("-- subscriptions are memoised")
print(List[int] is List[int], Union[int, str] is Union[int, str],
      Callable[[int], str] is Callable[[int], str], Literal[1] is Literal[True])
print(List[Union[int, str]], List[Union[str, int]], List[1], List[True])
