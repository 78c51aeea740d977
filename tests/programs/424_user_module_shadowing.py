# Imports of the stdlib modules and their public names, as a user program sees them.
import itertools, operator, functools, heapq, bisect, contextlib

for mod in (itertools, operator, functools, heapq, bisect, contextlib):
    print(mod.__name__)
print(sorted(n for n in dir(itertools) if not n.startswith("_")))
print(sorted(heapq.__all__))
print(operator.itemgetter, operator.attrgetter.__name__, itertools.count.__name__)
print(functools.partial.__name__, type(functools.reduce).__name__, type(operator.add).__name__)
print(repr(itertools.count), repr(itertools.groupby), repr(itertools.chain))
print(isinstance(itertools.count(), itertools.count), type(iter(itertools.repeat(1))).__name__)
print(callable(operator.methodcaller("x")), bisect.bisect is bisect.bisect_right)
from itertools import *
print(list(islice(count(3), 2)))
from operator import *
print(add(1, 2), mul(3, 4))
