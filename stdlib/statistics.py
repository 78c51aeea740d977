"""statistics: averages, spread, relations and the normal distribution,
matching CPython 3.11 down to the last bit of every float result.

Written in weft Python.  mean, variance and friends add the data up exactly
(each value becomes an integer ratio; ratios are summed per denominator and
combined as Fractions) and convert once at the end to the type the data
coerce to, which is how CPython gets its results; stdev and pstdev take a
correctly rounded square root of the exact ratio.  fmean, the covariance
family and NormalDist work in floats with math.fsum, as CPython does.

Left out: Decimal data (weft has no decimal module).
"""

import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# --- exact helpers ----------------------------------------------------------

def _ratio(x):
    """x as an exact (numerator, denominator); (x, None) for inf and nan."""
    split = getattr(x, 'as_integer_ratio', None)
    if split is not None:
        try:
            return split()
        except (OverflowError, ValueError):
            return x, None
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _common_type(T, S):
    """The type a result of data of types T and S is given."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    # an int-like type gives way to the other one, and so does a Fraction
    # type to a float type
    for loser, winner in ((T, S), (S, T)):
        if issubclass(loser, int) or (issubclass(loser, Fraction)
                                      and issubclass(winner, float)):
            return winner
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(seen):
    T = int
    for S in seen:
        T = _common_type(T, S)
    return T


def _exact_total(data):
    """(result type, exact sum, count); the sum is a float when the data
    hold an infinity or a nan."""
    by_denominator = {}
    seen = []
    count = 0
    for x in data:
        t = type(x)
        if t not in seen:
            seen.append(t)
        n, d = _ratio(x)
        by_denominator[d] = by_denominator.get(d, 0) + n
        count += 1
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = Fraction(0)
        for d, n in by_denominator.items():
            total += Fraction(n, d)
    return _result_type(seen), total, count


def _squared_deviations(data, centre=None):
    """(result type, sum of squared deviations, centre used, count)."""
    if centre is not None:
        T, total, count = _exact_total((x - centre) * (x - centre) for x in data)
        return T, total, centre, count
    seen = []
    count = 0
    sums = {}
    square_sums = {}
    for x in data:
        t = type(x)
        if t not in seen:
            seen.append(t)
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        square_sums[d] = square_sums.get(d, 0) + n * n
    if count == 0:
        ss = centre = Fraction(0)
    elif None in sums:
        ss = centre = sums[None]
    else:
        s1 = Fraction(0)
        s2 = Fraction(0)
        for d, n in sums.items():
            s1 += Fraction(n, d)
        for d, n in square_sums.items():
            s2 += Fraction(n, d * d)
        ss = (count * s2 - s1 * s1) / count
        centre = s1 / count
    return _result_type(seen), ss, centre, count


def _to_type(value, T):
    if type(value) is not T:
        if issubclass(T, int) and value.denominator != 1:
            return float(value)
        value = T(value)
    return value


def _sqrt_ratio(n, m):
    """sqrt(n/m) as a float, correctly rounded (n >= 0, m > 0)."""
    # Work with an integer root carrying at least 2*53+3 bits, rounded to
    # odd so that the final int/int division rounds once, correctly.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        top, bottom = n, m << (2 * shift)
    else:
        top, bottom = n << (-2 * shift), m
    root = math.isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if shift >= 0:
        return (root << shift) / 1
    return root / (1 << -shift)


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


# --- averages ---------------------------------------------------------------

def mean(data):
    T, total, count = _exact_total(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / count, T)


def fmean(data, weights=None):
    values = data if hasattr(data, '__len__') else list(data)
    if weights is None:
        total = math.fsum(values)
        if len(values) == 0:
            raise StatisticsError('fmean requires at least one data point')
        return total / len(values)
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    weighted = math.fsum(x * w for x, w in zip(values, weights))
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    wsum = math.fsum(weights)
    if not wsum:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / wsum


def geometric_mean(data):
    logs = map(math.log, data)
    try:
        return math.exp(fmean(logs))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * n
        wsum = n
    else:
        weights = list(weights)
        if n != len(weights):
            raise StatisticsError('Number of weights does not match data size')
        wsum = _exact_total(_no_negatives(weights, negative))[1]
    checked = _no_negatives(data, negative)
    shares = (w / x if w else 0 for w, x in zip(weights, checked))
    try:
        T, total, _ = _exact_total(shares)
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(wsum / total, T)


def _sorted_nonempty(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half if odd else half - 1]


def median_high(data):
    ordered = _sorted_nonempty(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    ordered = _sorted_nonempty(data)
    size = len(ordered)
    middle = ordered[size // 2]
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_edge = middle - interval / 2.0
    return lower_edge + interval * (size / 2 - first) / (past - first)


def mode(data):
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    tally = Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, seen in tally.items() if seen == best]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            j, part = divmod(k * span, n)
            cuts.append((ordered[j] * (n - part) + ordered[j + 1] * part) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            j = min(max(k * span // n, 1), size - 1)
            part = k * span - j * n
            cuts.append((ordered[j - 1] * (n - part) + ordered[j] * part) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# --- spread -----------------------------------------------------------------

def variance(data, xbar=None):
    T, ss, _, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (count - 1), T)


def pvariance(data, mu=None):
    T, ss, _, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / count, T)


def stdev(data, xbar=None):
    T, ss, _, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    per_item = ss / (count - 1)
    return _sqrt_ratio(per_item.numerator, per_item.denominator)


def pstdev(data, mu=None):
    T, ss, _, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    per_item = ss / count
    return _sqrt_ratio(per_item.numerator, per_item.denominator)


# --- two variables ----------------------------------------------------------

def _paired(x, y, what, article='at least two data points'):
    size = len(x)
    if size != len(y):
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if size < 2:
        raise StatisticsError('%s requires %s' % (what, article))
    return size


def _centred_sums(x, y, n):
    mx = math.fsum(x) / n
    my = math.fsum(y) / n
    sxy = math.fsum((a - mx) * (b - my) for a, b in zip(x, y))
    return mx, my, sxy


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    sxy = _centred_sums(x, y, n)[2]
    return sxy / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    mx, my, sxy = _centred_sums(x, y, n)
    sxx = math.fsum((a - mx) * (a - mx) for a in x)
    syy = math.fsum((b - my) * (b - my) for b in y)
    root = math.sqrt(sxx * syy)
    try:
        return sxy / root
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        mx, my, sxy = _centred_sums(x, y, n)
        sxx = math.fsum((a - mx) * (a - mx) for a in x)
    if not sxx:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=my - slope * mx)


# --- the normal distribution ------------------------------------------------

# Wichura's algorithm AS 241 (Applied Statistics, 1988): rational
# approximations of the normal quantile on three ranges of p.  Coefficients
# run from the highest power down.
_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _standard_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _CENTRAL
        return _horner(top, r) * q / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _NEAR
    else:
        r -= 5.0
        top, bottom = _TAIL
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


_ROOT2 = math.sqrt(2.0)


class NormalDist:
    "A normal (Gaussian) distribution with mean mu and standard deviation sigma."

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        T, ss, centre, count = _squared_deviations(data)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        per_item = ss / (count - 1)
        if isinstance(per_item, float):
            # an infinity or nan in the data: CPython ends up with inf/inf here
            return cls(float(centre), float(centre) / float(ss))
        return cls(float(centre), _sqrt_ratio(per_item.numerator, per_item.denominator))

    def samples(self, n, *, seed=None):
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        off = x - self._mu
        return math.exp(off * off / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        if self._sigma == 0.0:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        if p >= 1.0 or p <= 0.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if not self._sigma > 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_quantile(p) * self._sigma

    def quantiles(self, n=4):
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * a._sigma * _ROOT2))
        mid = a._mu * vb - b._mu * va
        spread = a._sigma * b._sigma * math.sqrt(dm * dm + dv * math.log(vb / va))
        x1 = (mid + spread) / dv
        x2 = (mid - spread) / dv
        return 1.0 - (math.fabs(b.cdf(x1) - a.cdf(x1)) + math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        if self._sigma == 0.0:
            raise StatisticsError('zscore() not defined when sigma is zero')
        shifted = x - self._mu
        return shifted / self._sigma

    # mean, median and mode of a normal distribution coincide
    mean = median = mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash(self.__getstate__())

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, pair):
        self._mu, self._sigma = pair
