# Counter: arithmetic keeps positive counts, most_common ties keep first-seen order, comparisons treat missing as 0.
from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
d = Counter(a=3, b=-2, c=0, z=1)
print(c + d, c - d, c | d, c & d, +d, -d)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1, b=0), Counter(a=1) >= Counter(b=1))
print(Counter(a=1) == {'a': 1}, Counter() == {}, Counter(a=1).__eq__({}), Counter(a=1).__add__(3))
e = Counter(a=1, b=2); e.update("aab"); e.update({'c': 5}, d=1); print(e)
e.subtract("aaaa"); e.subtract({'b': 10}, c=1); print(e, e.total())
f = Counter(e); f += Counter(a=1); print(f); f -= Counter(b=100); print(f); f |= Counter(x=4, c=1); print(f); f &= Counter(c=2, x=9); print(f)
print(sorted(Counter(a=2, b=1, c=-1).elements()), list(Counter(x=0).elements()))
del f['nothere']; print(f, f['missing'])
try:
    Counter.fromkeys('abc')
except NotImplementedError as ex:
    print(ex)
print(Counter(), repr(Counter(b=1, a=1, c=2)), Counter({1: 'x', 2: 'y'}))
print(Counter('zyx').most_common(), Counter([3, 1, 2, 1, 3]).most_common(1))
class C(Counter): pass
print(C('aab'), C('ab') + C('b'), type(C('ab') + C('b')).__name__, C('ab').copy(), type(C().copy()).__name__)
import copy
print(copy.copy(c) == c, copy.deepcopy(C('xy')), c.__reduce__())
try:
    Counter(a=1) < 3
except TypeError as ex:
    print(ex)
try:
    Counter(a=1) + 3
except TypeError as ex:
    print(ex)
g = Counter(a=True); print(g + Counter(), +g, -Counter(a=-True))
from collections import UserDict
print(Counter(UserDict({'q': 4})))
h = Counter('aa'); h.update(UserDict(a=2)); print(h)
