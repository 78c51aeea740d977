# The collections wrappers derive from collections.abc (MROs, mixins), and object.__ne__ asks only the type's own __eq__.
class A:
    def __eq__(s, o): return True
print(A() != A(), A() != 3)
class B(dict):
    def __eq__(s, o): return True
print(B() != {1:2})
import collections
d = collections.UserDict(a=1)
print(d, d.keys(), d.items(), d.values(), 'a' in d, d.get('b', 5), d == {'a': 1}, d != {'a': 1})
d.update([('b', 2)], c=3); print(d, d.pop('a'), d.setdefault('z', 0), d.popitem(), d)
c = collections.ChainMap({'a': 1}, {'b': 2})
print(c, list(c.keys()), list(c.items()), c == {'a':1,'b':2}, c.get('q'), len(c))
print(c | {'x': 1}, {'x': 1} | c)
ul = collections.UserList([3,1,2]); print(ul.index(1), list(reversed(ul)), 2 in ul, ul.count(3))
us = collections.UserString("hello"); print(us.index('l'), us.count('l'), list(reversed(us))[:2])
import collections.abc as cabc
print(isinstance(d, cabc.MutableMapping), isinstance(c, cabc.Mapping), isinstance(ul, cabc.MutableSequence), isinstance(us, cabc.Sequence), isinstance(collections.deque(), cabc.MutableSequence))
print(collections.UserDict.__mro__)
class MyD(collections.UserDict):
    def __delitem__(self, k):
        print("del", k); super().__delitem__(k)
m = MyD(a=1, b=2); m.clear(); print(m)
print(collections.Counter(a=1) == collections.Counter(a=1), collections.OrderedDict(a=1) != collections.OrderedDict(a=1))
import collections
print(collections.UserList.__mro__)
print(collections.UserString.__mro__)
print(collections.ChainMap.__mro__)
u = collections.UserList([1,2]); u.clear(); print(u, len(u))
import copy
d = collections.UserDict(a=1); d.x = 5; e = copy.copy(d); print(e, e.x)
class A:
    def __eq__(s, o): return "x"
print(A().__ne__(1), A() != 1, object().__ne__(3), [1].__ne__([1]), (1).__ne__(2))
class B: pass
b = B(); print(b.__ne__(b), b.__ne__(1))
