# variance/stdev family on many seeded random data sets: every float must be
# bit-identical to CPython's (exact Fraction sums, converted once).
import random
import statistics as st
from fractions import Fraction as F

rng = random.Random(803)


def show(label, func, *args, **kwargs):
    try:
        r = func(*args, **kwargs)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


def dataset(kind, n):
    if kind == 0:
        return [rng.randint(-1000, 1000) for _ in range(n)]
    if kind == 1:
        return [rng.uniform(-1e3, 1e3) for _ in range(n)]
    if kind == 2:
        return [rng.random() * 10 ** rng.randint(-20, 20) for _ in range(n)]
    if kind == 3:
        return [F(rng.randint(-50, 50), rng.randint(1, 30)) for _ in range(n)]
    return [rng.choice([rng.randint(0, 9), rng.random(), 0.1, 1e16, 3])
            for _ in range(n)]


for trial in range(40):
    data = dataset(trial % 5, rng.randint(1, 9))
    print('data', data)
    print('  mean', repr(st.mean(data)), 'fmean', repr(st.fmean(data)))
    for name in ['variance', 'pvariance', 'stdev', 'pstdev']:
        show('  ' + name, getattr(st, name), data)
    show('  variance xbar', st.variance, data, st.mean(data))
    show('  pstdev mu', st.pstdev, data, 1)
    show('  quantiles', st.quantiles, data, n=6)
    if len(data) > 1:
        other = [rng.uniform(-5, 5) for _ in data]
        show('  covariance', st.covariance, data, other)
        show('  correlation', st.correlation, data, other)
        show('  linear_regression', st.linear_regression, data, other)
        show('  proportional', st.linear_regression, data, other, proportional=True)

for data in [[1], [], [1, 2, 4], [F(1, 2), F(3, 4), 2], [1.5, float('nan')],
             [float('inf'), 2.0, 3.0], [True, True, False]]:
    for name in ['variance', 'pvariance', 'stdev', 'pstdev']:
        show(name + ' ' + repr(data), getattr(st, name), data)

show('covariance len', st.covariance, [1, 2], [1])
show('covariance one', st.covariance, [1], [1])
show('correlation constant', st.correlation, [1, 1, 1], [1, 2, 3])
show('correlation len', st.correlation, [1, 2], [1])
show('regression len', st.linear_regression, [1, 2], [1])
show('regression one', st.linear_regression, [1], [1])
show('regression constant', st.linear_regression, [2, 2, 2], [1, 2, 3])
fit = st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
print(fit, fit.slope, fit.intercept, fit._fields)
