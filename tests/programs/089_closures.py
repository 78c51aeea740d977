# Closures: counters, accumulators, late binding vs default-arg capture, closures over loops.

def make_counter(start=0, step=1):
    value = start
    def next_value():
        nonlocal value
        current = value
        value += step
        return current
    return next_value

a = make_counter()
b = make_counter(100, -10)
print([a() for _ in range(5)], [b() for _ in range(4)], a())

def make_averager():
    samples = []
    def add(x):
        samples.append(x)
        return sum(samples) / len(samples)
    return add

avg = make_averager()
print(avg(10), avg(20), avg(60))

late = []
for i in range(4):
    late.append(lambda: i)
print([f() for f in late])

early = []
for i in range(4):
    early.append(lambda i=i: i)
print([f() for f in early])

def make_adders():
    adders = []
    for n in range(1, 4):
        def adder(x, n=n):
            return x + n
        adders.append(adder)
    return adders
print([f(10) for f in make_adders()])

def make_late_adders():
    return [lambda x: x + n for n in range(1, 4)]
print([f(10) for f in make_late_adders()])

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    print("  computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))

def pipeline(*steps):
    def run(value):
        for s in steps:
            value = s(value)
        return value
    return run

clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "), clean("ABC def"))
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
print(make_counter.__name__, a.__name__, avg.__name__)
