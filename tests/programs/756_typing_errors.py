# The errors typing raises for misuse, with CPython's exact messages.
import typing
from typing import *

T = TypeVar("T")
P = ParamSpec("P")
UserId = NewType("UserId", int)

cases = [
    "Generic[int]", "Generic[T, T]", "Generic[()]", "Protocol[int]",
    "List[int, str]", "Dict[str]", "Hashable[int]", "List[int][str]",
    "Dict[str, (int, str)]", "Tuple[int][str]",
    "Union()", "Union[()]", "Optional[int, str]", "ClassVar[int, str]",
    "Final[int, str]", "List[ClassVar[int]]", "List[Final[int]]",
    "List[Union]", "List[Generic]", "Tuple[Protocol]", "Any()",
    "isinstance(1, Any)", "isinstance(1, List[int])", "issubclass(list, List[int])",
    "isinstance(1, Union)", "issubclass(int, Optional)", "isinstance(1, Literal[1])",
    "isinstance(1, T)", "Callable[[int]]", "Callable[int]", "Callable[[int], str, int]",
    "TypeVar('T', int)", "TypeVar('T', int, str, bound=int)",
    "TypeVar('T', covariant=True, contravariant=True)",
    "List()", "Dict[str, int]()", "Tuple[int]()", "Type[int]()", "Set[int]()",
    "FrozenSet()", "Literal()", "NoReturn[int]", "Never[int]", "Self[int]",
    "Any[int]", "TypeAlias[int]", "Annotated[int]", "Annotated()",
    "Annotated[int, 1][2]", "Final[int]()", "ClassVar()", "UserId[int]",
    "Union[int, str]()", "T()", "Concatenate[int]", "Concatenate[()]",
    "Literal[1][2]", "Callable[[int], str]()", "Optional[int]()",
    "ForwardRef(1)", "cast(int)", "NamedTuple('P', [('a', int)], b=str)",
    "get_type_hints(42)", "typing.NoSuchThing",
]
for src in cases:
    try:
        result = eval(src)
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{src:45} {type(e).__name__}: {e}")
    else:
        print(f"{src:45} ok: {result!r}")

subclassing = [
    "class A(Union): pass",
    "class A(Union[int, str]): pass",
    "class A(Optional[int]): pass",
    "class A(TypeVar): pass",
    "class A(ClassVar): pass",
    "class A(UserId): pass",
    "class A(Annotated): pass",
    "class A(Literal[1]): pass",
]
for src in subclassing:
    try:
        exec(src)
    except TypeError as e:
        print(f"{src:45} TypeError: {e}")
    else:
        print(f"{src:45} ok")

# Permissive in 3.11: these are accepted.
print(List[1], Union[1], Optional[3], TypeVar("B", bound=3), Tuple[int, 1])
