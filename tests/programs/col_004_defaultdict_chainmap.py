# defaultdict repr/copy/unions and ChainMap lookups, writes, errors and views.
from collections import defaultdict, ChainMap
d = defaultdict(list); d['a'].append(1); print(d, d['b'], d)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), repr(defaultdict(lambda: 0))[:30])
try:
    defaultdict(3)
except TypeError as e:
    print(e)
n = defaultdict(); 
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
x = defaultdict(int, a=1); y = x.copy(); y['b'] += 1; print(x, y, type(y).__name__, x | {'z': 1}, {'z': 1} | x)
s = defaultdict(); s.default_factory = s; print(s)
import copy
print(copy.deepcopy(defaultdict(list, a=[1])), copy.copy(x))
base = {'a': 1, 'b': 2}; over = {'b': 3, 'c': 4}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), list(cm), 'c' in cm, cm.get('z', 0), bool(cm), bool(ChainMap()), ChainMap())
print(cm.keys(), cm.items(), cm.values(), sorted(cm.items()), list(cm.values()))
child = cm.new_child(); child['a'] = 9; print(child, child.parents, child['a'], cm['a'])
print(cm.new_child({'q': 1}, r=2), cm.new_child(z=1))
cm['new'] = 1; del cm['new']
for bad in [lambda: cm.__delitem__('a'), lambda: ChainMap().popitem(), lambda: cm.pop('a'), lambda: cm['nope']]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('zz', 'dflt'), cm == dict(cm), cm == {'a': 1}, cm == ChainMap(dict(cm)), cm != 3)
print(cm | {'x': 1}, {'x': 1} | cm, ChainMap.fromkeys('ab', 0), cm.copy())
cm |= {'y': 2}; print(cm)
cm.update({'u': 1}, v=2); cm.update([('w', 3)]); print(cm, cm.setdefault('a', 7), cm.setdefault('nn', 7))
r = ChainMap(); r.maps.append(r); print(r)
from collections import Counter
print(ChainMap(Counter(), {'k': 5})['zz'], ChainMap(defaultdict(int))['q'])
cm.clear(); print(cm, cm.maps[0])
