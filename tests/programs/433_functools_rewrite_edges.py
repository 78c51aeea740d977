import functools
from functools import *
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return isinstance(o, V) and s.v == o.v
    def __ne__(s, o): return not s == o
    def __le__(s, o):
        if not isinstance(o, V): return NotImplemented
        return s.v <= o.v
print(V(1) < V(2), V(2) > V(1), V(1) >= V(1), V(2) < V(2), V.__lt__.__name__, V.__gt__.__doc__, V.__lt__.__qualname__)
print(V(1).__lt__(3))
for r in ('__lt__','__gt__','__ge__'):
    ns = {'__eq__': lambda s,o: s.v==o.v, '__ne__': lambda s,o: s.v!=o.v, r: (lambda op: lambda s,o: getattr(s.v, op)(o.v))(r), '__init__': V.__init__}
    C = total_ordering(type('C', (), ns))
    print(r, [(C(a)<C(b), C(a)<=C(b), C(a)>C(b), C(a)>=C(b)) for a in (1,2) for b in (1,2)], C.__le__.__doc__)
try:
    try: V(1) < 3
    except TypeError as e: print(e)
    total_ordering(type('E', (), {}))
except ValueError as e: print(e)
print(sorted([3,1,2], key=cmp_to_key(lambda a,b: b-a)))
K = cmp_to_key(lambda a,b: a-b)
print(K(1) == K(1), K(1) <= K(0))
@lru_cache
def f(x): return x*2
print(f(2), f(2), f.cache_info(), f.cache_parameters(), f.__wrapped__.__name__, f.__name__)
@lru_cache(maxsize=-5, typed=True)
def g(x): return x
print(g(1), g(1.0), g.cache_info(), g.cache_parameters())
try: lru_cache('x')
except TypeError as e: print(e)
@cache
def h(x): return x
h(1); h(1); print(h.cache_info(), type(h.cache_info()).__name__)
h.cache_clear(); print(h.cache_info())
class A:
    def m(self, a, b=0, *r, **k): return (a, b, r, k)
    p = partialmethod(m, 1, c=3)
    q = partialmethod(p, 2, d=4)
    @classmethod
    def cm(cls, x, y): return (cls.__name__, x, y)
    pc = partialmethod(m, 9)
print(A().p(), A().q(5), A.pc(1), A().pc(2))
print(repr(A.__dict__['q']).split(' at ')[0])
try: partialmethod(3)
except TypeError as e: print(e)
@singledispatch
def fun(x, *a): return 'obj'
@fun.register
def _(x: int): return 'int'
@fun.register(list)
def _(x): return 'list'
fun.register(dict, lambda x: 'dict')
class MyL(list): pass
print(fun(1), fun(True), fun('s'), fun([1]), fun(MyL()), fun({}), fun.dispatch(bool).__name__, sorted(k.__name__ for k in fun.registry))
for bad in (lambda: fun.register(3, lambda x: 0), lambda: fun()):
    try: bad()
    except TypeError as e: print(e)
def ann(x: 'int'): pass
try: pass
except TypeError as e: print(e)
print(fun.__name__, fun.__wrapped__ is not None)
class D:
    @singledispatchmethod
    def go(self, a): return 'base'
    @go.register
    def _(self, a: int): return 'int ' + str(a)
    @go.register(str)
    def _(self, a): return 'str'
print(D().go(1), D().go('x'), D().go(1.5), D().go.__name__)
class P:
    def __init__(s): s.n = 0
    @cached_property
    def val(s):
        "docstr"
        s.n += 1; return s.n
p = P(); print(p.val, p.val, p.n, P.val.__doc__, P.val.attrname, p.__dict__)
cp = cached_property(lambda s: 1)
class Q: pass
Q.x = cp
try: Q().x
except TypeError as e: print(e)
try:
    class R:
        a = cp2 = cached_property(lambda s: 1)
        b = cp2
except Exception as e: print(type(e).__name__, e, e.__cause__)
class S:
    __slots__ = ('a',)
    @cached_property
    def v(s): return 1
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello(x):
    "hi doc"
    return x
hello.extra = 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, deco(hello).extra, deco(hello).__wrapped__ is hello)
def w(): pass
class O: pass
o = O()
update_wrapper(w, o); print(w.__name__, w.__wrapped__ is o)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, reduce(lambda a,b:a+b, [1,2,3], 10), partial(int, base=2)('101'))
print(sorted(functools.__all__))
