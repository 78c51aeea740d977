# statistics.NormalDist: properties, pdf/cdf/inv_cdf, quantiles, overlap,
# arithmetic, seeded samples and errors.
import random
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, repr(iq), iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.pdf(110), iq.cdf(110), iq.inv_cdf(0.3), iq.inv_cdf(0.999),
      iq.inv_cdf(1e-10), iq.inv_cdf(0.5), iq.zscore(130))
print(iq.quantiles())
print(iq.quantiles(10))
print(iq.overlap(NormalDist(110, 20)), NormalDist(110, 20).overlap(iq),
      iq.overlap(NormalDist(90, 15)))
print(iq + 5, 5 + iq, iq - 5, 5 - iq, iq * 2, 2 * iq, iq * -2, iq / 4)
print(+iq, -iq, iq + NormalDist(1, 2), iq - NormalDist(1, 2))
print(iq == NormalDist(100, 15), iq == 3, iq != NormalDist(1, 2),
      hash(iq) == hash(NormalDist(100.0, 15.0)))
print(NormalDist(), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(5, 2).samples(4, seed=42))
print(NormalDist(5, 2).samples(3, seed='abc'))
print(NormalDist.from_samples(NormalDist(10, 3).samples(50, seed=7)))

for p in [1e-300, 1e-20, 0.02, 0.0749, 0.075, 0.425, 0.925, 0.98, 1 - 1e-16]:
    print(p, NormalDist().inv_cdf(p))
rng = random.Random(804)
for _ in range(40):
    d = NormalDist(rng.uniform(-10, 10), rng.uniform(0.1, 5))
    p = rng.random()
    print(d.inv_cdf(p), d.cdf(p * 10), d.pdf(p), d.zscore(p))


def attempt(label, func, *args):
    try:
        print(label, func(*args))
    except (StatisticsError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)


for p in [0.0, 1.0, -1, 2]:
    attempt('inv_cdf %r' % p, iq.inv_cdf, p)
flat = NormalDist(3, 0)
for name in ['pdf', 'cdf', 'inv_cdf', 'zscore']:
    attempt(name, getattr(flat, name), 0.5)
attempt('overlap zero', flat.overlap, iq)
attempt('overlap type', iq.overlap, 5)
attempt('negative sigma', NormalDist, 0, -1)
attempt('from one sample', NormalDist.from_samples, [1])
