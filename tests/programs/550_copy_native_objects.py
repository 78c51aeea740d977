# copy/deepcopy of interpreter-implemented objects: locks refuse with "cannot pickle", arrays and Random copy properly.
import copy, threading, _thread, collections, itertools, array, io, random
class S:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
class P: pass
for o in [threading.Lock(), _thread.allocate_lock(), threading.RLock(), collections.deque([1]), array.array('i', [1]), S(), P(), random.Random(3), collections.OrderedDict(a=1), threading.Event(), threading.Condition()]:
    for fn in (copy.copy, copy.deepcopy):
        try: r = fn(o); print('ok', type(r).__name__)
        except Exception as e: print(type(e).__name__, e)
r = random.Random(5); r2 = copy.deepcopy(r); print(r.random() == r2.random(), copy.copy(r).random() == r.random())
