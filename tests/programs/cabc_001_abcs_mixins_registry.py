# collections.abc: which built-in and user objects each ABC recognises, the
# mixin methods of Set/MutableSet/Mapping/MutableMapping/Sequence/MutableSequence,
# Generator/Coroutine defaults, Callable[[...], R] and the abstract-class errors.
from collections.abc import *
import collections.abc as cabc
import collections, sys

def gen():
    yield 1

class WithIter:
    def __iter__(self): return iter([])
class WithNextIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class WithLen:
    def __len__(self): return 0
class WithContains:
    def __contains__(self, x): return False
class WithCall:
    def __call__(self): pass
class NoHash:
    __hash__ = None
class WithRev:
    def __reversed__(self): return iter([])
    def __iter__(self): return iter([])
class RevNone(WithRev):
    __reversed__ = None
class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
class IterNone(WithIter):
    __iter__ = None
class AwaitLike:
    def __await__(self): yield
class CoroLike(AwaitLike):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
class GenLike(WithNextIter):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
class AIter:
    def __aiter__(self): return self
class ANext(AIter):
    def __anext__(self): pass
class AGen(ANext):
    def asend(self, v): pass
    def athrow(self, *a): pass
    def aclose(self): pass

objs = [1, 1.5, 1j, True, None, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(),
        range(3), iter([]), iter(()), iter(""), iter(b""), iter({}), iter({}.values()), iter({}.items()),
        iter(set()), iter(range(2)), reversed([]), zip(), gen(), {}.keys(), {}.values(), {}.items(),
        len, print, lambda: 0, int, type, object(), WithIter(), WithNextIter(), WithLen(), WithContains(),
        WithCall(), NoHash(), WithRev(), RevNone(), Coll(), IterNone(), AwaitLike(), CoroLike(), GenLike(),
        AIter(), ANext(), AGen(), collections.deque(), collections.OrderedDict(), collections.Counter(),
        collections.UserDict(), collections.UserList(), collections.UserString("x"), collections.ChainMap(),
        enumerate([]), map(str, []), filter(None, []), slice(1), Ellipsis, NotImplemented]
for name in cabc.__all__:
    abc = getattr(cabc, name)
    row = "".join("1" if isinstance(o, abc) else "." for o in objs)
    print("%-16s %s" % (name, row))
for name in cabc.__all__:
    abc = getattr(cabc, name)
    print(name, abc.__module__, abc.__qualname__, sorted(getattr(abc, "__abstractmethods__", ())))
    print("  ", [c.__name__ for c in abc.__mro__])
print(cabc.__all__)
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[[int, str], bool], cabc.Callable[..., int])
c = cabc.Callable[[int, str], list[int]]
print(c.__args__, c.__origin__, repr(c))
print(cabc.Callable[[], None])
for bad in ("x", (int,), (int, int, int)):
    try:
        cabc.Callable[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    cabc.Callable[int, str]
except TypeError as e:
    print("TypeError", e)
print(cabc.Callable[[int], str].__reduce__()[1][1])
print(cabc.Callable[..., str].__reduce__()[1][1])
print(issubclass(list, cabc.Reversible), issubclass(dict, cabc.Reversible), issubclass(set, cabc.Reversible))
print(cabc.Iterable.__subclasshook__(list), cabc.Sequence.__subclasshook__(list), cabc.Sized.__subclasshook__(int))
print(repr({1: 2}.keys().__class__.__name__))
for abc in (cabc.Hashable, cabc.Iterable, cabc.Sized, cabc.Container, cabc.Callable, cabc.Iterator, cabc.Sequence, cabc.MutableMapping, cabc.MutableSet, cabc.Generator, cabc.Coroutine, cabc.AsyncGenerator):
    try:
        abc()
    except TypeError as e:
        print(e)


# ---- mixins

import sys

class S(MutableSet):
    def __init__(self, it=()):
        self.d = []
        for x in it:
            self.add(x)
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(list(self.d))
    def __len__(self): return len(self.d)
    def add(self, x):
        if x not in self.d: self.d.append(x)
    def discard(self, x):
        if x in self.d: self.d.remove(x)
    def __repr__(self): return "S(%r)" % self.d

a, b = S([1, 2, 3]), S([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 9], [2, 9] & a if False else None)
print({3, 9} - a, a - {3}, {1, 5} ^ a, a ^ {1, 5}, {7} | a, a | {7})
print(a <= b, a < a, a <= a, a >= S([1]), a > S([1]), a == S([3, 2, 1]), a != S([1]), a == {1, 2, 3}, a == [1, 2, 3])
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a.__lt__(5), a.__and__(5), a.__sub__(5), a.__rsub__(5), a.__xor__(None))
try:
    a < 5
except TypeError as e:
    print(e)
c = S([1, 2, 3])
c |= [4]; print(c)
c &= {1, 2, 4, 9}; print(c)
c ^= [1, 10]; print(c)
c -= [2]; print(c)
c ^= c; print(c)
c = S([5, 6]); c -= c; print(c)
c = S([5, 6]); print(c.pop(), c); c.remove(6); print(c)
try: c.remove(1)
except KeyError as e: print("KeyError", e)
try: c.pop()
except KeyError as e: print("KeyError", repr(e), e.__suppress_context__)
c = S(range(5)); c.clear(); print(c)
class F(Set):
    def __init__(self, it=()): self.t = tuple(dict.fromkeys(it))
    def __contains__(self, x): return x in self.t
    def __iter__(self): return iter(self.t)
    def __len__(self): return len(self.t)
    __hash__ = Set._hash
for t in [(), (1,), (1, 2, 3), (1.5, -1, 2**70), tuple(range(100))]:
    print(hash(F(t)) == hash(frozenset(t)), hash(F(t)))
print(F.__hash__ is Set._hash, S.__hash__)

class M(MutableMapping):
    def __init__(self, *a, **k):
        self.d = {}
        self.update(*a, **k)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return "M"
m = M({"a": 1}, b=2)
m.update([("c", 3)]); m.update(M(d=4))
class K:
    def keys(self): return ["e"]
    def __getitem__(self, k): return 5
m.update(K())
print(dict(m), m.get("a"), m.get("z"), m.get("z", 0), "a" in m, "z" in m)
print(m.keys(), m.items(), m.values(), list(m.keys()), list(m.items()), list(m.values()))
print(("a", 1) in m.items(), ("a", 2) in m.items(), ("z", 1) in m.items(), 1 in m.values(), 9 in m.values())
print(m.keys() & {"a", "q"}, sorted(m.keys() | {"q"}), sorted(m.items() - {("a", 1)}), sorted(m.keys() ^ ["a", "x"]))
print(len(m.keys()), m == {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, m == M(), m != 3)
print(m.pop("a"), m.pop("zz", "dflt"), m.setdefault("b", 9), m.setdefault("n", 7), m.popitem(), dict(m))
try: m.pop("qq")
except KeyError as e: print("KeyError", e)
try: m.update([(1, 2, 3)])
except ValueError as e: print("ValueError", e)
try: ("a",) in m.items()
except ValueError as e: print("ValueError", e)
m.clear(); print(dict(m), len(m))
try: m.popitem()
except KeyError as e: print("KeyError", repr(e))
print(M.__reversed__, Mapping.__reversed__)
try: reversed(m)
except TypeError as e: print(e)
print(repr(KeysView({1: 2})), repr(ValuesView([])), ItemsView[int], KeysView({1:2}) == {1})
print(M.__hash__)

class Q(MutableSequence):
    def __init__(self, it=()): self.l = list(it)
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
    def __repr__(self): return "Q(%r)" % self.l
q = Q([1, 2, 3, 2])
print(list(q), list(reversed(q)), 2 in q, 9 in q, q.index(2), q.index(2, 2), q.index(2, -1), q.count(2), q.count(7))
for args in [(9,), (1, 1), (3, 0, 2), (2, -3, -1), (1, -100)]:
    try: print(q.index(*args))
    except ValueError as e: print("ValueError", repr(e))
q.append(5); q.extend([6, 7]); q.extend(q); print(q)
q.reverse(); print(q); print(q.pop(), q.pop(0), q); q.remove(2); print(q)
q += (8,); print(q)
try: q.remove(99)
except ValueError as e: print("ValueError", repr(e))
q.clear(); print(q)
try: q.pop()
except IndexError as e: print("IndexError", e)
Q([1]).reverse()
r = Q([1, 2, 3, 4, 5]); r.reverse(); print(r)
r = Q([1, 2, 3, 4]); r.reverse(); print(r)
nan = float("nan"); print(nan in Q([nan]), Q([nan]).count(nan), Q([nan]).index(nan))

def g():
    x = yield 1
    print("got", x)
    yield 2
class G(Generator):
    def __init__(self): self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
print(list(G()))
try: G().throw(ValueError)
except ValueError as e: print("ValueError", repr(e))
try: G().throw(ValueError, ValueError("v"))
except ValueError as e: print("ValueError", repr(e))
try: G().throw(ValueError(3))
except ValueError as e: print("ValueError", repr(e))
print(G().close())
class Stubborn(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1
try: Stubborn().close()
except RuntimeError as e: print("RuntimeError", e)
class StubCo(Coroutine):
    def __await__(self): yield
    def send(self, v): return 1
    def throw(self, *a): return 1
try: StubCo().close()
except RuntimeError as e: print("RuntimeError", e)
print(Generator.send.__qualname__, Coroutine.close.__qualname__, Set.__le__.__name__, Set.__rand__.__name__)
class It(Iterator):
    def __next__(self): return super().__next__()
try: next(It())
except StopIteration: print("stop")
print(iter(It()).__class__.__name__)
class H(Hashable):
    def __hash__(self): return super().__hash__()
class Z(Sized):
    def __len__(self): return super().__len__()
class Ct(Container):
    def __contains__(self, x): return super().__contains__(x)
class Cl(Callable):
    def __call__(self, *a): return super().__call__(*a)
class Ib(Iterable):
    def __iter__(self): return super().__iter__()
print(hash(H()), len(Z()), 1 in Ct(), Cl()(1, 2), list(Ib()), type(Ib().__iter__()).__name__)
class BS(ByteString):
    def __getitem__(self, i): return b"ab"[i]
    def __len__(self): return 2
print(list(BS()), list(reversed(BS())), isinstance(BS(), Sequence))
print(Hashable.__hash__.__name__, Sized.__len__.__qualname__, Iterable.__iter__.__isabstractmethod__)
class AG(AsyncGenerator):
    def asend(self, v): return ("asend", v)
    def athrow(self, *a): return ("athrow", a)
print(AG().__aiter__().__class__.__name__)
try: AsyncIterable.__aiter__(None)
except TypeError as e: print(e)

# ---- corner cases


# subclasshook corner cases
class A:
    def __len__(self): return 1
class B(A):
    __len__ = None
print(issubclass(A, Sized), issubclass(B, Sized), isinstance(B(), Sized))
class MySized(Sized):
    def __len__(self): return 3
print(MySized.__subclasshook__(A), Sized.__subclasshook__(A), Sized.__subclasshook__(B), Collection.__subclasshook__(list))
print(Set.__subclasshook__(set), Mapping.__subclasshook__(dict), Iterator.__subclasshook__(type(iter([]))))
class Sub(Iterable): pass
class Plain:
    def __iter__(self): return iter(())
print(issubclass(Plain, Sub), issubclass(Plain, Iterable))
print(issubclass(int, Hashable), issubclass(list, Hashable), issubclass(dict, Container))
print(issubclass(type(None), Hashable))
class R(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
print(list(R()), list(reversed(R())), 20 in R(), R().index(20), R().count(10), isinstance(R(), Reversible))
print(R.__abstractmethods__, sorted(Sequence.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(Generator.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__), sorted(Set.__abstractmethods__))
print(Iterable.__class_getitem__, Hashable.__dict__.get("__class_getitem__"), Sized.__dict__.get("__class_getitem__"))
print(Container[int], Collection[int], Sequence[int], MutableSet[str], Generator[int, None, None], AsyncIterator[int], Awaitable[int], Coroutine[int, int, int], KeysView[str], ValuesView[str], MappingView[int])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str].__parameters__)
try:
    Hashable[int]
except TypeError as e:
    print("TypeError", e)
print(Set.__hash__, hash(frozenset()) == Set._hash(frozenset()))
print(repr(Callable), repr(Set), Set.__name__, Set.__qualname__, Iterable.__module__)
print(Iterable.__doc__ is None, Sized.__dict__["__slots__"], Set.__dict__["__slots__"], MappingView.__slots__)
class NotSet:
    pass
print(Set.__le__({1}, [1]), Set.__eq__(frozenset(), 3))
print(KeysView({1: 1}) <= {1, 2}, ItemsView({1: 2}) == {(1, 2)}, ValuesView({1: 2}).__class__.__mro__[1].__name__)
import collections
print(isinstance(collections.OrderedDict().keys(), KeysView), isinstance(collections.deque(), MutableSequence))
print(Sequence.register(NotSet) is NotSet, issubclass(NotSet, Reversible))
