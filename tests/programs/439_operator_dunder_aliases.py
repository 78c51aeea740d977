import operator
print(sorted(x for x in dir(operator) if x not in ('__builtins__', '__cached__', '__loader__', '__spec__', '__file__', '__doc__', '__package__')))
print(operator.__all__)
for n in dir(operator):
    if n.startswith('__') and n.endswith('__') and n[2:-2] and callable(getattr(operator, n)) and n not in ('__loader__',):
        base = n[2:-2]
        f = getattr(operator, n)
        print(n, f is getattr(operator, base, None) or f is getattr(operator, base + '_', None))
print(operator.__add__(2, 3), operator.__and__(6, 3), operator.__not__(0), operator._abs(-2), operator.__call__(len, 'ab'))
from operator import *
print(add(1, 2), itemgetter(1)('ab'), truth(0))
print(operator.__name__)
