# namedtuple: generated reprs, argument errors, name validation, rename, defaults, _make/_replace/_asdict.
from collections import namedtuple
P = namedtuple('P', 'x, y')
p = P(1, y=2)
print(p, p.x, p[1], P._fields, P._field_defaults, P.__doc__, P.__new__.__doc__, P.x.__doc__, P.__module__, P.__name__, P.__qualname__)
print(p._replace(x=5), p._asdict(), P._make([3, 4]), p.__getnewargs__(), P.__match_args__, P._make.__qualname__, P.__repr__.__qualname__)
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: P._make([1]), lambda: p._replace(z=1, w=2),
            lambda: namedtuple('P', 'a a'), lambda: namedtuple('P', '_a'), lambda: namedtuple('P', 'def'), lambda: namedtuple('class', 'a'),
            lambda: namedtuple('P', '1a'), lambda: namedtuple('P', 'a b', defaults=[1, 2, 3]), lambda: namedtuple('P a', 'x'),
            lambda: P(x=1, x2=3), lambda: setattr(p, 'x', 3)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
Q = namedtuple('Q', ['a', 'def', '_c', 'a', 'ok', '9'], rename=True)
print(Q._fields, Q(1, 2, 3, 4, 5, 6))
D = namedtuple('D', 'a b c', defaults=(2, 3))
print(D(1), D._field_defaults, D.__new__.__defaults__, D(1, c=9))
S = namedtuple('S', 'only'); print(S(1), S.__doc__, S._make([2]))
E = namedtuple('E', ''); print(E(), E._fields, E.__doc__)
M = namedtuple('M', 'a', module='mymod'); print(M.__module__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p + (3,), len(p))
import copy
print(copy.copy(p), copy.deepcopy(P([1], 2)))
class Sub(P):
    __slots__ = ()
    def norm(self): return self.x + self.y
print(Sub(1, 2), Sub(1, 2).norm(), Sub._make((5, 6)), type(Sub(1, 2)._replace(x=0)).__name__)
print(namedtuple('R', ('u', 'v'))(u=1, v=2), namedtuple('N', [1])(3) if False else 'skip')
print(repr(P.x).split(' object')[0], P.x.__doc__, P.y.__get__(p), P.x.__get__(None, P) is P.x)
Y = namedtuple('Y', 'a b', defaults=iter([5])); print(Y(1), Y.__new__.__defaults__, Y._field_defaults)
print(namedtuple('N', 'a b').__new__.__defaults__)
