# Continuous distributions: exact values for a seed, and sample means.
import random

rng = random.Random(99)
print(rng.random(), rng.uniform(1.5, 2.5), rng.triangular(), rng.triangular(0, 10, 8))
print(rng.gauss(), rng.gauss(10, 2), rng.gauss(10, 2))
print(rng.normalvariate(), rng.normalvariate(100, 15))
print(rng.lognormvariate(0, 0.5), rng.expovariate(2.0), rng.expovariate(0.1))
print(rng.vonmisesvariate(0, 0), rng.vonmisesvariate(1.0, 4.0))
print(rng.gammavariate(0.5, 2.0), rng.gammavariate(1.0, 3.0), rng.gammavariate(5.0, 1.0))
print(rng.betavariate(2, 5), rng.betavariate(0.5, 0.5))
print(rng.paretovariate(3.0), rng.weibullvariate(1.0, 1.5))


def mean(xs):
    return sum(xs) / len(xs)


N = 2000
samples = {
    "uniform(0,1)": [rng.random() for _ in range(N)],
    "gauss(5,2)": [rng.gauss(5, 2) for _ in range(N)],
    "expo(0.5)": [rng.expovariate(0.5) for _ in range(N)],
    "beta(2,2)": [rng.betavariate(2, 2) for _ in range(N)],
}
for name, xs in samples.items():
    m = mean(xs)
    var = mean([(x - m) ** 2 for x in xs])
    print(f"{name:14s} mean={m:.4f} var={var:.4f} min={min(xs):.4f} max={max(xs):.4f}")

try:
    rng.gammavariate(-1, 1)
except ValueError as e:
    print("ValueError:", e)
