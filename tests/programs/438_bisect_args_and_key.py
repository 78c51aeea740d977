import bisect
log = []
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): log.append(('lt', s.v, o.v)); return s.v < o.v
    def __repr__(s): return 'K%r' % s.v
data = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 20]:
    for lo, hi in [(0, None), (2, 6), (3, 3), (5, 2), (0, -1), (1, -2), (True, 4)]:
        print(x, lo, hi, bisect.bisect_left(data, x, lo, hi), bisect.bisect_right(data, x, lo, hi), bisect.bisect(data, x, lo=lo, hi=hi))
ks = [K(v) for v in data]
log.clear(); print(bisect.bisect_left(ks, K(2)), log); log.clear(); print(bisect.bisect_right(ks, K(2)), log)
recs = [('a', 1), ('b', 2), ('c', 2), ('d', 4)]
print(bisect.bisect_left(recs, 2, key=lambda r: r[1]), bisect.bisect_right(recs, 2, key=lambda r: r[1]))
calls = []
def kf(r): calls.append(r); return r[1]
bisect.insort_left(recs, ('x', 2), key=kf); bisect.insort_right(recs, ('y', 2), key=kf); bisect.insort(recs, ('z', 0), key=kf)
print(recs, calls)
l = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, v); bisect.insort_left(l, -v)
print(l)
l2 = [1.0, 2]; bisect.insort_right(l2, 1); bisect.insort_left(l2, 2.0); print(l2)
for kw in [dict(lo='a'), dict(hi='a'), dict(lo=1.0), dict(lo=-1, hi='x'), dict(lo=-1), dict(lo='a', hi='b'), dict(hi=2.5), dict(lo=2**70), dict(hi=2**70)]:
    for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
        try: print(f([1, 2, 3], 2, **kw))
        except Exception as e: print(f.__name__, type(e).__name__, e)
try: bisect.insort([1,2], 3, key=lambda v: 1/0, lo=-1)
except Exception as e: print(type(e).__name__, e)
try: bisect.insort([1,2], 3, key=lambda v: 1/0, hi='q')
except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right('aceg', 'c'), bisect.bisect_left(range(0, 100, 7), 50))
try: bisect.bisect([1, 'a', 3], 2)
except TypeError as e: print(e)
