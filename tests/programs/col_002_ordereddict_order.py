# OrderedDict: move_to_end, popitem from both ends, order-sensitive equality, unions and recursive repr.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(od); od.move_to_end('d', last=False); print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
a = OrderedDict(x=1, y=2); b = OrderedDict(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == {'x': 1}, a != {'x': 1, 'y': 2}, a == 3)
print(OrderedDict(), repr(OrderedDict([(1, 2)])), a | {'z': 3}, {'z': 3} | a, type({'z': 3} | a).__name__)
a |= [('w', 0)]; print(a)
r = OrderedDict(); r['me'] = r; print(r)
print(a.copy(), type(a.copy()).__name__, a.__reduce__()[0].__name__)
class O(OrderedDict): pass
print(O(a=1), O(a=1) == OrderedDict(a=1))
print(a.setdefault('k', 9), a.pop('x'), a)
import copy
print(copy.deepcopy(a), copy.copy(O(p=1)))
