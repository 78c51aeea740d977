# statistics averages on ints, floats, Fractions and mixed data, with the
# result types and error messages of CPython 3.11.
import statistics as st
from fractions import Fraction as F


def show(label, func, *args, **kwargs):
    try:
        r = func(*args, **kwargs)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


datasets = [
    [1, 2, 3], [1, 2, 3, 4], [True, False, True], [1, F(1, 2), 0.25],
    [F(1, 3), F(1, 6)], [0.1] * 10, [1e308, 1e308, -1e308], [1e50, 1, -1e50],
    [2.5, 3.25, 5.75], [float('inf'), 1.0], [-3, -1, -2, -2],
    [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [], [7],
]
for data in datasets:
    print('data', data)
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high',
                 'median_grouped', 'mode', 'multimode', 'geometric_mean',
                 'harmonic_mean']:
        show('  ' + name, getattr(st, name), data)

show('mean iterator', st.mean, iter([1, 2, 3, 4]))
show('mean str', st.mean, ['a', 'b'])
show('mean generator', st.mean, (x * x for x in range(7)))
show('mode tie', st.mode, [1, 1, 2, 2, 3])
show('mode str', st.mode, 'aabbbccc')
show('multimode str', st.multimode, 'aabbbcccd')
show('median str', st.median, ['b', 'a', 'c'])
show('median_grouped', st.median_grouped, [52, 52, 53, 54], 2)
show('median_grouped str', st.median_grouped, ['1', '2', '3'])
show('median_grouped bad', st.median_grouped, ['a', 'b'])
show('fmean iterator', st.fmean, iter([1, 2, 3.5]))
show('fmean weights', st.fmean, [1, 2, 3], [3, 2, 1])
show('fmean weights it', st.fmean, iter([1, 2, 3]), iter([0.5, 0.25, 0.25]))
show('fmean weights len', st.fmean, [1, 2], [1])
show('fmean weights zero', st.fmean, [1, 2], [0, 0])
show('geometric_mean', st.geometric_mean, [54, 24, 36])
show('geometric_mean neg', st.geometric_mean, [1, -2])
show('harmonic_mean one neg', st.harmonic_mean, [-5])
show('harmonic_mean one str', st.harmonic_mean, ['x'])
show('harmonic_mean neg', st.harmonic_mean, [1, -5])
show('harmonic_mean zero', st.harmonic_mean, [1, 0, 3])
show('harmonic_mean', st.harmonic_mean, [40, 60])
show('harmonic_mean weights', st.harmonic_mean, [40, 60], weights=[5, 30])
show('harmonic_mean weights len', st.harmonic_mean, [40, 60], weights=[5])
show('harmonic_mean weights neg', st.harmonic_mean, [40, 60], weights=[5, -1])
show('harmonic_mean F', st.harmonic_mean, [F(1, 2), F(1, 3)])
show('quantiles', st.quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
show('quantiles n=10', st.quantiles, [105, 129, 87, 86, 111, 111, 89, 81], n=10)
show('quantiles incl', st.quantiles, [1.5, 2, 7, 9.25], n=5, method='inclusive')
show('quantiles F', st.quantiles, [F(1, 2), 3, 5, 7], n=5)
show('quantiles n0', st.quantiles, [1, 2, 3], n=0)
show('quantiles one', st.quantiles, [1])
show('quantiles method', st.quantiles, [1, 2], method='median')


class MyFloat(float):
    pass


show('subclass', st.mean, [MyFloat(1.5), 2])
try:
    st.mean([])
except st.StatisticsError as e:
    print(isinstance(e, ValueError), repr(e))
