# typing's helper functions: NewType, overload, final, cast, assert_type,
# assert_never, reveal_type (stderr), dataclass_transform, TYPE_CHECKING.
import typing
from typing import (
    TYPE_CHECKING, Any, Dict, List, Literal, NewType, NoReturn, Optional,
    Union, assert_never, assert_type, cast, clear_overloads,
    dataclass_transform, final, get_overloads, overload, reveal_type,
)

if TYPE_CHECKING:
    import this_module_does_not_exist  # never imported at run time

UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
uid = UserId(524313)
print(UserId, AdminId, uid, type(uid), UserId.__supertype__, AdminId.__supertype__)
print(UserId.__name__, UserId.__qualname__, UserId.__module__, UserId | None, Optional[UserId])
print(List[UserId], Dict[UserId, str], AdminId(UserId(7)) + 1)


def lookup(user: UserId) -> str:
    return f"user-{user}"


print(lookup(UserId(5)), lookup.__annotations__)


@overload
def scale(x: int) -> int: ...
@overload
def scale(x: str) -> str: ...
def scale(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(scale(21), scale("ab"), len(get_overloads(scale)))
print([sorted(f.__annotations__.items(), key=str) for f in get_overloads(scale)])


class Parser:
    @overload
    def parse(self, raw: bytes) -> str: ...
    @overload
    def parse(self, raw: str) -> str: ...
    def parse(self, raw):
        return raw.decode() if isinstance(raw, bytes) else raw


print(Parser().parse(b"hi"), Parser().parse("yo"), len(get_overloads(Parser.parse)))
clear_overloads()
print(get_overloads(scale), get_overloads(Parser.parse))


@overload
def only_stub(x: int) -> int: ...


try:
    only_stub(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@final
class Leaf:
    @final
    def done(self) -> None:
        pass


print(Leaf.__final__, Leaf.done.__final__)

print(cast(int, "not an int"), cast("List[int]", [1]), cast(List[str], None))
print(assert_type(3, int), assert_type("s", "str"))

Mode = Literal["r", "w"]


def open_mode(mode: Mode) -> str:
    if mode == "r":
        return "reading"
    elif mode == "w":
        return "writing"
    else:
        assert_never(mode)


print(open_mode("r"), open_mode("w"))
for bad in ("a", "x" * 150, [1, 2]):
    try:
        open_mode(bad)
    except AssertionError as e:
        print("AssertionError:", e)


def fail(msg: str) -> NoReturn:
    raise RuntimeError(msg)


try:
    fail("stop")
except RuntimeError as e:
    print("RuntimeError:", e)

value = reveal_type([1, 2])
print("revealed", value)
reveal_type(UserId(3))
reveal_type(Leaf())
reveal_type(None)


@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


@model
class User:
    name: str


print(model.__dataclass_transform__, User.__annotations__)
print(sorted(n for n in typing.__all__ if n.startswith("Supports")))
print(all(hasattr(typing, n) for n in typing.__all__ if n not in ("AsyncContextManager",)))
