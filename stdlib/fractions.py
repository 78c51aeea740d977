"""fractions: exact rational numbers (the Fraction class), as in CPython 3.11.

Written in weft Python.  A Fraction keeps a normalised (numerator,
denominator) pair of ints with a positive denominator.  Mixing with int and
Fraction stays exact; mixing with float or complex converts the Fraction and
gives a float or complex result.  Strings are parsed by hand (sign, optional
'/denominator', or a decimal with an exponent; underscores between digits).

Left out: Decimal (weft has no decimal module), so from_decimal and
construction from Decimal are missing; there is no numbers ABC registration,
so only int and Fraction count as rationals.
"""

import math

__all__ = ['Fraction']

# CPython's hash of numbers works modulo this prime (sys.hash_info).
_MOD = (1 << 61) - 1
_INF_HASH = 314159


def _digits_ok(s):
    # A run of digits, optionally split by single underscores.
    if not s:
        return False
    for part in s.split('_'):
        if not part or not part.isdigit() or not part.isascii():
            return False
    return True


def _parse(text):
    """Turn a Fraction literal into (numerator, denominator) or None."""
    s = text.strip()
    neg = False
    if s[:1] in ('+', '-'):
        neg = s[0] == '-'
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        if not (_digits_ok(top) and _digits_ok(bottom)):
            return None
        n, d = int(top), int(bottom)
    else:
        low = s.lower()
        exp = 0
        if 'e' in low:
            low, _, e = low.partition('e')
            body = e[1:] if e[:1] in ('+', '-') else e
            if not _digits_ok(body):
                return None
            exp = int(e)
        whole, dot, frac = low.partition('.')
        if not whole and not frac:
            return None
        if whole and not _digits_ok(whole):
            return None
        if frac and not _digits_ok(frac):
            return None
        digits = (whole + frac).replace('_', '') or '0'
        n = int(digits)
        d = 1
        scale = exp - len(frac.replace('_', ''))
        if scale >= 0:
            n *= 10 ** scale
        else:
            d = 10 ** -scale
    if neg:
        n = -n
    return n, d


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """An exact ratio of two integers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = parsed
                if d == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % n)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif _is_rational(numerator) and _is_rational(denominator):
            if type(numerator) is int and type(denominator) is int:
                n, d = numerator, denominator
            else:
                a, b = Fraction(numerator), Fraction(denominator)
                n = a._numerator * b._denominator
                d = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = int(n // g)
        self._denominator = int(d // g)
        return self

    @classmethod
    def _raw(cls, n, d):
        # n/d already in lowest terms with d > 0.
        self = object.__new__(Fraction)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two
        # convergents p0/q0 and p1/q1, until the next denominator is too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # Best semiconvergent with an allowed denominator versus the last
        # convergent: keep whichever lies closer (the convergent on a tie).
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic -------------------------------------------------------
    # Each operator is an exact rational kernel; _binary wraps it with the
    # float and complex fallbacks, in both operand orders.

    def _binary(kernel, float_op):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return kernel(a, Fraction(b) if not isinstance(b, Fraction) else b)
            if isinstance(b, float):
                return float_op(float(a), b)
            if isinstance(b, complex):
                return float_op(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, (int, Fraction)):
                return kernel(Fraction(a), b)
            if isinstance(a, float):
                return float_op(a, float(b))
            if isinstance(a, complex):
                return float_op(a, complex(b))
            return NotImplemented

        forward.__name__ = '__' + float_op.__name__ + '__'
        reverse.__name__ = '__r' + float_op.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        top = a._numerator * b._denominator
        bottom = a._denominator * b._numerator
        q, r = divmod(top, bottom)
        return q, Fraction(r, a._denominator * b._denominator)

    def _mod(a, b):
        r = (a._numerator * b._denominator) % (a._denominator * b._numerator)
        return Fraction(r, a._denominator * b._denominator)

    def add(x, y):
        return x + y

    def sub(x, y):
        return x - y

    def mul(x, y):
        return x * y

    def truediv(x, y):
        return x / y

    def floordiv(x, y):
        return x // y

    def mod(x, y):
        return x % y

    __add__, __radd__ = _binary(_add, add)
    __sub__, __rsub__ = _binary(_sub, sub)
    __mul__, __rmul__ = _binary(_mul, mul)
    __truediv__, __rtruediv__ = _binary(_div, truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv, floordiv)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod)
    __mod__, __rmod__ = _binary(_mod, mod)
    del add, sub, mul, truediv, floordiv, mod, _binary

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if isinstance(b, Fraction) and b._denominator != 1:
                return float(a) ** float(b)
            e = int(b._numerator if isinstance(b, Fraction) else b)
            if e >= 0:
                return Fraction._raw(a._numerator ** e, a._denominator ** e)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -e))
            if a._numerator > 0:
                return Fraction._raw(a._denominator ** -e, a._numerator ** -e)
            return Fraction._raw((-a._denominator) ** -e, (-a._numerator) ** -e)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        try:
            inv = pow(self._denominator, -1, _MOD)
        except ValueError:
            h = _INF_HASH
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int or isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _order(a, b, test):
        if isinstance(b, (int, Fraction)):
            if not isinstance(b, Fraction):
                b = Fraction(b)
            return test(a._numerator * b._denominator, b._numerator * a._denominator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return test(0.0, b)
            return a._order(Fraction(b), test)
        return NotImplemented

    def __lt__(a, b):
        return a._order(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._order(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._order(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._order(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
