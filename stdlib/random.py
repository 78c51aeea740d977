"""Pseudo-random numbers and distributions, matching CPython 3.11's random.

The Mersenne Twister itself (seeding from an int, random(), getrandbits(),
the raw state tuple) lives in the native _random module.  This file builds
everything else on top of it.  Each method consumes the generator's output in
the same order and with the same float arithmetic as CPython does, because a
seeded program has to see exactly the numbers CPython would give it.
"""

import math as _m
import _random
from _sha512 import sha512 as _sha512

__all__ = [
    "Random", "SystemRandom",
    "betavariate", "choice", "choices", "expovariate", "gammavariate",
    "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

# Public constants with the names and values CPython exposes.
TWOPI = _m.tau
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)
LOG4 = _m.log(4.0)
SG_MAGICCONST = 1.0 + _m.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_MASK64 = (1 << 64) - 1

try:
    _BYTEARRAY = bytearray
except NameError:
    # Interpreter without bytearray: a class nothing is an instance of.
    class _BYTEARRAY:
        pass
_NO_STEP = object()     # tells "step not given" apart from an explicit 1


def _as_int(value, what):
    """Integer argument of randrange: __index__ first, else an integral int()."""
    if isinstance(value, int):
        return int(value)
    hook = getattr(type(value), '__index__', None)
    if hook is not None:
        return hook(value)
    whole = int(value)
    if whole != value:
        raise ValueError("non-integer %s for randrange()" % what)
    return whole


def _running_sums(values):
    """List of partial sums (itertools.accumulate without the import)."""
    out = []
    acc = None
    for v in values:
        acc = v if not out else acc + v
        out.append(acc)
    return out


def _first_above(sums, target, upto):
    """Smallest i in [0, upto] with target < sums[i] (bisect_right)."""
    low, high = 0, upto
    while low < high:
        middle = (low + high) // 2
        if target < sums[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def _looks_like_sequence(obj):
    """Whether obj counts as a collections.abc.Sequence for sample()."""
    if isinstance(obj, (list, tuple, str, range, bytes)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        Sequence = None
    if Sequence is not None:
        return isinstance(obj, Sequence)
    # No collections.abc: check the few classes CPython registers.  The
    # object's class module is already imported, so look it up in sys.modules.
    import sys
    known = []
    for modname, clsname in (('collections', 'deque'),
                             ('collections', 'UserList'),
                             ('collections', 'UserString'),
                             ('array', 'array')):
        candidate = getattr(sys.modules.get(modname), clsname, None)
        if isinstance(candidate, type):
            known.append(candidate)
    return isinstance(obj, tuple(known))


def _string_seed_v1(text):
    """Old (version 1) seeding of str/bytes: a 64-bit string hash."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    h = (ord(text[0]) << 7) if text else 0
    for ch in text:
        h = ((h * 1000003) ^ ord(ch)) & _MASK64
    h ^= len(text)
    return -2 if h == -1 else h


def _string_seed_v2(data):
    """Version 2 seeding of str/bytes: the bytes followed by their SHA-512."""
    if isinstance(data, str):
        data = data.encode()
    data = bytes(data)
    return int.from_bytes(data + _sha512(data).digest(), 'big')


def _os_bytes(count):
    import os
    return os.urandom(count)


class Random(_random.Random):
    """A seedable generator; the module-level functions share one of these.

    Make separate instances to get independent streams.
    """

    VERSION = 3     # tag stored in getstate() tuples

    def __init__(self, x=None):
        """Create a generator seeded from x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the state from a.

        a may be None (use system entropy), int, float, str, bytes or
        bytearray.  version=1 keeps the pre-3.2 way of hashing strings.
        """
        textual = isinstance(a, (str, bytes, _BYTEARRAY))
        if textual and version == 1 and not isinstance(a, _BYTEARRAY):
            a = _string_seed_v1(a)
        elif textual and version == 2:
            a = _string_seed_v2(a)
        elif a is not None and not isinstance(a, (int, float, str, bytes,
                                                   _BYTEARRAY)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Snapshot of the generator, for setstate()."""
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        """Go back to a snapshot made by getstate()."""
        tag = state[0]
        if tag not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (tag, self.VERSION))
        _, words, self.gauss_next = state
        if tag == 2:
            # Python 2 pickles may hold negative words; fold them to 32 bits.
            try:
                words = tuple(w % 4294967296 for w in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # copy and pickle go through these: the state is the getstate() snapshot.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    def __init_subclass__(cls, **kwargs):
        # Pick the integer source from the nearest class that overrides one of
        # the primitives: a subclass giving only random() must not have its
        # integers drawn from the twister's getrandbits().
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- uniform integers below n ------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """0 <= result < n, by drawing n.bit_length() bits until one fits."""
        width = n.bit_length()     # n itself, not n-1, so that n == 1 works
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """0 <= result < n from random() alone."""
        if maxsize <= n:
            # Too wide to be exact; accept the small bias.
            return _m.floor(self.random() * n)
        # Reject the top sliver so that every residue is equally likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            u = self.random()
            if u < cutoff:
                return _m.floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -- bytes and integers ------------------------------------------------

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_NO_STEP):
        """Random member of range(start) or range(start, stop[, step])."""
        lo = _as_int(start, "arg 1")
        if stop is None:
            # An explicit step of exactly int 1 is let through, as CPython's
            # identity test against its cached 1 does.
            if step is not _NO_STEP and not (type(step) is int and step == 1):
                raise TypeError('Missing a non-None stop argument')
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)

        hi = _as_int(stop, "stop")
        span = hi - lo
        stride = 1 if step is _NO_STEP else _as_int(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (lo, hi, span))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # Number of members of range(lo, hi, stride), rounding away from lo.
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """Random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences ---------------------------------------------------------

    def choice(self, seq):
        """One element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the list x in random order, in place; returns None."""
        # Fisher-Yates from the back: slot i swaps with a slot in [0, i].
        pick = self._randbelow
        i = len(x) - 1
        while i > 0:
            other = pick(i + 1)
            x[i], x[other] = x[other], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct positions of population, as a list of their elements.

        counts, if given, repeats each element that many times.
        """
        if not _looks_like_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        slots = [None] * k      # also rejects a non-int k the way CPython does
        # A list copy of the population costs about as much as a set of k
        # indices; take whichever is cheaper, exactly as CPython decides.
        set_cost = 21
        if k > 5:
            set_cost += 4 ** _m.ceil(_m.log(k * 3, 4))
        if size <= set_cost:
            return self._sample_from_copy(population, size, slots)
        return self._sample_by_rejection(population, size, slots)

    def _sample_counted(self, population, size, k, counts):
        bounds = _running_sums(counts)
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        picks = self.sample(range(total), k=k)
        last = len(bounds)
        return [population[_first_above(bounds, p, last)] for p in picks]

    def _sample_from_copy(self, population, size, slots):
        # Partial Fisher-Yates: the chosen slot is refilled from the tail.
        pool = [*population]
        for taken in range(len(slots)):
            remaining = size - taken
            j = self._randbelow(remaining)
            slots[taken] = pool[j]
            pool[j] = pool[remaining - 1]
        return slots

    def _sample_by_rejection(self, population, size, slots):
        seen = set()
        for pos in range(len(slots)):
            j = self._randbelow(size)
            while j in seen:
                j = self._randbelow(size)
            seen.add(j)
            slots[pos] = population[j]
        return slots

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population, with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = float(size)
            return [population[_m.floor(draw() * scale)] for _ in range(k)]
        if cum_weights is None:
            try:
                cum_weights = _running_sums(weights)
            except TypeError:
                # choices(pop, 3) most likely meant k=3.
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                'argument: k=%r' % (k,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_first_above(cum_weights, draw() * total, last)]
                for _ in range(k)]

    # -- continuous distributions -------------------------------------------

    def uniform(self, a, b):
        """Float between a and b (b itself only reachable through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default mid)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        # Invert the CDF; the right-hand side is the mirror image of the left.
        if u > peak:
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _m.sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution, by Kinderman-Monahan ratio of uniforms."""
        while True:
            a = self.random()
            b = 1.0 - self.random()      # in (0, 1], safe to divide and log
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_m.log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; each pair serves two calls."""
        spare = self.gauss_next
        self.gauss_next = None
        if spare is None:
            angle = self.random() * TWOPI
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            spare = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        return mu + spare * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate with mean mu and deviation sigma."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) angle with mean mu, concentration kappa."""
        if kappa <= 1e-6:
            # Practically flat: uniform on the circle.
            return TWOPI * self.random()
        # Best and Fisher's rejection scheme.
        half = 0.5 / kappa
        r = half + _m.sqrt(1.0 + half * half)
        while True:
            c = _m.cos(_m.pi * self.random())
            d = c / (r + c)
            v = self.random()
            if v < 1.0 - d * d or v <= (1.0 - d) * _m.exp(d):
                break
        inv = 1.0 / r
        cosine = (inv + c) / (1.0 + inv * c)
        if self.random() > 0.5:
            return (mu + _m.acos(cosine)) % TWOPI
        return (mu - _m.acos(cosine)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_large_shape(alpha) * beta
        if alpha == 1.0:
            return -_m.log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_large_shape(self, alpha):
        # Cheng's rejection algorithm (GB), for shape above 1.
        root = _m.sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + root
        while True:
            u = self.random()
            if u <= 1e-7 or u >= 0.9999999:
                continue
            w = 1.0 - self.random()
            v = _m.log(u / (1.0 - u)) / root
            x = alpha * _m.exp(v)
            z = u * u * w
            t = shift + slope * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _m.log(z):
                return x

    def _gamma_small_shape(self, alpha):
        # Ahrens-Dieter style rejection (GS) for shape below 1.
        while True:
            bound = (_m.e + alpha) / _m.e
            p = bound * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)  # inverse CDF of the power part
                if self.random() <= _m.exp(-x):
                    return x
            else:
                x = -_m.log((bound - p) / alpha)
                if self.random() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], from two gamma variates."""
        left = self.gammavariate(alpha, 1.0)
        if not left:
            return 0.0
        return left / (left + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Numbers from os.urandom(); cannot be seeded and has no state."""

    def random(self):
        """Float in [0.0, 1.0) built from 53 fresh random bits."""
        return (int.from_bytes(_os_bytes(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Non-negative int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = -(-k // 8)
        raw = int.from_bytes(_os_bytes(nbytes), 'big')
        return raw >> (8 * nbytes - k)

    def randbytes(self, n):
        """n bytes straight from os.urandom()."""
        return _os_bytes(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        """The system source has no state to save or restore."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = _stateless
    setstate = _stateless


# One shared generator behind the module-level functions.
_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice",
              "randrange", "sample", "shuffle", "choices", "normalvariate",
              "lognormvariate", "expovariate", "vonmisesvariate",
              "gammavariate", "gauss", "betavariate", "paretovariate",
              "weibullvariate", "getstate", "setstate", "getrandbits",
              "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
