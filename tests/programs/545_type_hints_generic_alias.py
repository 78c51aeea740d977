# Type hints at run time: generic aliases and function annotations.
from collections import deque, defaultdict, OrderedDict


def schedule(jobs: list[str], limits: dict[str, int] = None, *extra: tuple[int, ...],
             strict: bool = False, **opts: "Any") -> deque[str]:
    return deque(jobs)


print(schedule.__annotations__)
for name, hint in schedule.__annotations__.items():
    origin = getattr(hint, "__origin__", None)
    args = getattr(hint, "__args__", ())
    print(f"{name:8} {hint!r:28} origin={origin} args={args}")


def plain(x, y):
    return x + y


print(plain.__annotations__, (lambda v: v).__annotations__)
plain.__annotations__ = {"x": int}
print(plain.__annotations__)
try:
    plain.__annotations__ = ["x"]
except TypeError as e:
    print("TypeError:", e)


class Repo:
    def get(self, key: str, default: int = 0) -> "int | None":
        return default


print(Repo.get.__annotations__, Repo().get.__annotations__)

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]], type[Repo])
print(deque[int], defaultdict[str, list], OrderedDict[str, int])
alias = dict[str, int]
print(alias(a=1), alias.__origin__, alias.__args__, alias.__parameters__, type(alias))
print(list[int] == list[int], list[int] != list[str], {list[int]: "ok"}[list[int]])


class Names(list[str]):
    def shout(self):
        return [n.upper() for n in self]


n = Names(["ada", "alan"])
print(n.shout(), Names.__mro__, Names.__bases__)


class Registry(dict[str, int]):
    pass


print(Registry(a=1), Registry[int])
for expr in ("int[str]", "Repo[int]", "len[int]"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
