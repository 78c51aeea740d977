import random
R = random.Random
out = []
def tryit(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for s in list(range(25)) + [2**70+5, -17, 3.25, 'hello', b'bytes', '', 'é✓']:
    r = R(s)
    o = []
    o.append(r.random()); o.append(r.getrandbits(70)); o.append(r.randbytes(5))
    o.append(r.randrange(10)); o.append(r.randrange(3, 1000)); o.append(r.randrange(100, 3, -7)); o.append(r.randrange(-5, 2**80, 3))
    o.append(r.randint(-3, 3)); o.append(r.choice('abcdefg')); o.append(r.choice(range(10**6)))
    L = list(range(30)); r.shuffle(L); o.append(L)
    o.append(r.sample(range(1000), 10)); o.append(r.sample('abcdef', 6)); o.append(r.sample(range(100000), 200)[-5:])
    o.append(r.sample(['a','b','c'], 5, counts=[2,3,1]))
    o.append(r.choices('abc', k=5)); o.append(r.choices('abc', [1,2,3], k=5)); o.append(r.choices('abc', cum_weights=[1,1.5,9], k=5))
    o.append(r.uniform(2, 5)); o.append(r.triangular()); o.append(r.triangular(1, 9, 2)); o.append(r.triangular(1, 1, 1)); o.append(r.triangular(0,10,8))
    o.append([r.gauss(1, 2) for _ in range(3)]); o.append(r.normalvariate(3, 0.5)); o.append(r.lognormvariate(0, 1)); o.append(r.expovariate(1.5))
    o.append([r.vonmisesvariate(1, k) for k in (0, 0.5, 4, 100)])
    o.append([r.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 50)])
    o.append([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 3), (1, 1))])
    o.append(r.paretovariate(2.5)); o.append(r.weibullvariate(1, 1.5))
    st = r.getstate(); a = r.random(); r.setstate(st); o.append(a == r.random())
    r.gauss(); st = r.getstate(); r.setstate((2, st[1], st[2])); o.append(r.gauss())
    out.append(repr(o))
r = R(5)
for s in range(3):
    r.seed('abc%d' % s, version=1); out.append(repr((r.random(), r.getrandbits(9))))
    r.seed(b'abc%d' % s, version=1); out.append(repr(r.random()))
r.seed('', version=1); out.append(repr(r.random()))
r.seed(7, version=1); out.append(repr(r.random()))
random.seed(12)
out.append(repr([random.random(), random.randrange(9), random.sample(range(50), 7), random.choices(range(5), k=3)]))
x = list(range(5)); random.shuffle(x); out.append(repr(x))
for call in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(5, 1, 2), lambda: r.randrange(1, 5, 0),
             
             lambda: r.randrange(5, None, 1), lambda: r.randrange(5, None, 2), lambda: r.randrange('a'),
             lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1, 2], 3), lambda: r.sample([1, 2], -1),
             lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.sample([1, 2], 1, counts=[1.0, 1]),
             lambda: r.sample([1,2], 1.5), lambda: r.choices('ab', 3), lambda: r.choices('ab', [1, 2], cum_weights=[1, 2]),
             lambda: r.choices('ab', [1]), lambda: r.choices('ab', [0, 0]), lambda: r.choices('ab', [1, float('inf')]),
             lambda: r.gammavariate(0, 1), lambda: r.seed([1]), lambda: r.setstate((9, (), None)), 
             lambda: random.SystemRandom().getstate(), lambda: random.SystemRandom().getrandbits(-1), lambda: len(random.SystemRandom().randbytes(4)),
             lambda: random.SystemRandom().getrandbits(0), lambda: 0 <= random.SystemRandom().random() < 1, lambda: r.choices([], k=0),
             lambda: r.sample(range(10), 0), lambda: r.triangular(2, 2), lambda: r.expovariate(0)]:
    out.append(tryit(call))
class Sub(random.Random):
    def random(self): return 0.3
out.append(repr((Sub().randrange(100), Sub().choice('abcdef'), Sub().sample(range(10), 3))))
class Sub2(random.Random):
    def getrandbits(self, k): return 1
out.append(repr(Sub2().randrange(100)))
out.append(repr((random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI, sorted(random.__all__))))


print('\n'.join(out))
