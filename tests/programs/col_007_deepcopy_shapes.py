# deepcopy of recursive and shared structures, slots, __getstate__/__setstate__, reduce hooks.
import copy
a = [1, [2, 3]]; a.append(a)
b = copy.deepcopy(a); print(b[2] is b, b[1] is not a[1], b[:2])
d = {'k': [1]}; d['self'] = d; e = copy.deepcopy(d); print(e['self'] is e, e['k'] is not d['k'])
t = ([1],); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[0] is t[0]); t3 = (1, 'x'); print(copy.deepcopy(t3) is t3)
l = [[]]; tt = (l, l); u = copy.deepcopy(tt); print(u[0] is u[1])
class Node:
    def __init__(self, v): self.v = v; self.next = self
n = Node(5); m = copy.deepcopy(n); print(m.next is m, m.v, copy.copy(n).next is n)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
class G:
    def __init__(self): self.x = [1]
    def __getstate__(self): return {'x': self.x, 'extra': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(G()); print(vars(g))
class DC:
    def __deepcopy__(self, memo): return 'custom'
    def __copy__(self): return 'shallow'
print(copy.deepcopy([DC()]), copy.copy(DC()))
class L(list): pass
class D(dict): pass
ll = L([1, [2]]); ll.tag = 't'; l2 = copy.deepcopy(ll); print(type(l2).__name__, l2, l2.tag, l2[1] is ll[1])
dd = D(a=[1]); d2 = copy.copy(dd); print(type(d2).__name__, d2, d2['a'] is dd['a'])
print(copy.copy(3), copy.deepcopy('s'), copy.copy(int) is int, copy.deepcopy(len) is len, copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
class R:
    def __reduce__(self): return (R, ())
print(type(copy.copy(R())).__name__)
class RS:
    def __reduce__(self): return "RS"
r = RS(); print(copy.copy(r) is r, copy.deepcopy(r) is r)
try:
    copy.deepcopy((x for x in []))
except TypeError as ex:
    print('TypeError', ex)
print(copy.Error is copy.error, copy.copy(range(3)))
