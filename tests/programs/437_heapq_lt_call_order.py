import heapq
class _R:
    st=1
    def seed(self,a): self.st=a
    def randint(self,a,b):
        self.st=(self.st*1103515245+12345)%2147483648
        return a+self.st%(b-a+1)
    def sample(self,p,k):
        p=list(p); out=[]
        for _ in range(k): out.append(p.pop(self.randint(0,len(p)-1)))
        return out
random=_R()
log = []
class K:
    def __init__(s, v, t): s.v = v; s.t = t
    def __lt__(s, o): log.append((s.t, o.t)); return s.v < o.v
    def __eq__(s, o): log.append(('eq', s.t, o.t)); return s.v == o.v
    def __repr__(s): return 'K(%r,%r)' % (s.v, s.t)
random.seed(5)
for trial in range(30):
    data = [K(random.randint(0, 5), i) for i in range(random.randint(0, 20))]
    for n in (0, 1, 2, 3, 5, 25, -1):
        log.clear()
        print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data), len(log), log[:8])
        log.clear()
        print(heapq.nsmallest(n, iter(data), key=lambda k: k.v), heapq.nlargest(n, iter(data), key=lambda k: -k.v), len(log))
        print(heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data)), len(log))
    h = list(data); log.clear(); heapq._heapify_max(h); print(h, len(log))
    while h:
        print(heapq._heappop_max(h), end=' ')
    print(len(log))
    srcs = [sorted(random.sample(range(30), random.randint(0, 6))) for _ in range(random.randint(0, 4))]
    ks = [[K(v % 4, (j, v)) for v in s] for j, s in enumerate(srcs)]
    log.clear()
    print(list(heapq.merge(*ks)), log[:10], len(log))
    log.clear()
    print(list(heapq.merge(*[list(reversed(s)) for s in ks], reverse=True)), len(log))
    print(list(heapq.merge(*srcs, key=lambda x: x % 5)), list(heapq.merge(*[sorted(s, key=lambda x: -(x//3)) for s in srcs], key=lambda x: x//3, reverse=True)))
    h = list(data); heapq.heapify(h)
    for i in range(len(h)):
        h[i] = K(random.randint(0, 9), 'x%d' % i); heapq._siftdown(h, 0, i)
    if h: h[0] = K(99, 'big'); heapq._siftup(h, 0)
    print(h)
for f, a in [(heapq._heappop_max, ([],)), (heapq._heappop_max, ((),)), (heapq._heapreplace_max, ([], 1)), (heapq._heapify_max, ((),)), (heapq._heapreplace_max, ((), 1))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
h=[3,1,4]; heapq._heapify_max(h); print(heapq._heapreplace_max(h, 0), h)
print(heapq.nsmallest(2, {3:1, 1:2, 2:3}), heapq.nlargest(2, 'hello'), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len))
def g():
    yield 1; yield 5; yield 9
print(list(heapq.merge(g(), [2, 6], (x for x in [3, 10]))))
print(heapq.__all__)
try: list(heapq.merge([1, 'a'], [2]))
except TypeError as e: print(e)
