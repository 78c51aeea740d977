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
        if denominator is None:
            # already in lowest terms: store as given
            if isinstance(numerator, Fraction):
                return cls._make(numerator._numerator, numerator._denominator)
            if isinstance(numerator, int):
                return cls._make(int(numerator), 1)
            if isinstance(numerator, float):
                return cls._make(*numerator.as_integer_ratio())
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
        common = math.gcd(n, d)
        return cls._make(n // common * (-1 if d < 0 else 1),
                         d // common * (-1 if d < 0 else 1))

    @classmethod
    def _make(cls, n, d):
        # Store n/d, which is already in lowest terms with d > 0.
        made = object.__new__(cls)
        made._numerator = n
        made._denominator = d
        return made

    @staticmethod
    def _raw(n, d):
        return Fraction._make(n, d)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, float):
            num, den = f.as_integer_ratio()
            return cls(num, den)
        if isinstance(f, int):
            return cls(f)
        raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                        % (cls.__name__, f, type(f).__name__))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction._make(self._numerator, self._denominator)
        # Walk the continued fraction of self, keeping the last two
        # convergents, until the next denominator would be too big.
        prev_n, prev_d, cur_n, cur_d = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while bottom:
            term, rest = divmod(top, bottom)
            next_d = prev_d + term * cur_d
            if next_d > max_denominator:
                break
            prev_n, prev_d, cur_n, cur_d = cur_n, cur_d, prev_n + term * cur_n, next_d
            top, bottom = bottom, rest
        # Best semiconvergent with an allowed denominator versus the last
        # convergent: keep whichever lies closer (the convergent on a tie).
        k = (max_denominator - prev_d) // cur_d
        semi = Fraction(prev_n + k * cur_n, prev_d + k * cur_d)
        conv = Fraction(cur_n, cur_d)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        n, d = self._numerator, self._denominator
        return f'{n}' if d == 1 else f'{n}/{d}'


    # --- arithmetic -------------------------------------------------------
    # Each operator is an exact rational kernel; _binary wraps it with the
    # float and complex fallbacks, in both operand orders.

    def _binary(kernel, float_op):
        def left(a, b):
            if isinstance(b, Fraction) or isinstance(b, int):
                return kernel(a, Fraction(b))
            if isinstance(b, float):
                return float_op(float(a), b)
            if isinstance(b, complex):
                return float_op(complex(a), b)
            return NotImplemented

        def right(b, a):
            if isinstance(a, Fraction) or isinstance(a, int):
                return kernel(Fraction(a), b)
            if isinstance(a, float):
                return float_op(a, float(b))
            if isinstance(a, complex):
                return float_op(a, complex(b))
            return NotImplemented

        left.__name__ = '__' + float_op.__name__ + '__'
        right.__name__ = '__r' + float_op.__name__ + '__'
        return left, right

    def _exact_add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _exact_sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _exact_mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _exact_div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _exact_floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _exact_divmod(a, b):
        top = a._numerator * b._denominator
        bottom = a._denominator * b._numerator
        q, r = divmod(top, bottom)
        return q, Fraction(r, a._denominator * b._denominator)

    def _exact_mod(a, b):
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

    __add__, __radd__ = _binary(_exact_add, add)
    __sub__, __rsub__ = _binary(_exact_sub, sub)
    __mul__, __rmul__ = _binary(_exact_mul, mul)
    __truediv__, __rtruediv__ = _binary(_exact_div, truediv)
    __floordiv__, __rfloordiv__ = _binary(_exact_floordiv, floordiv)
    __divmod__, __rdivmod__ = _binary(_exact_divmod, divmod)
    __mod__, __rmod__ = _binary(_exact_mod, mod)
    del add, sub, mul, truediv, floordiv, mod, _binary

    def __pow__(a, b):
        if isinstance(b, Fraction) or isinstance(b, int):
            if isinstance(b, Fraction) and b._denominator != 1:
                return a.__float__() ** b.__float__()
            e = int(b._numerator if isinstance(b, Fraction) else b)
            if e >= 0:
                return Fraction._raw(a._numerator ** e, a._denominator ** e)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -e))
            if a._numerator > 0:
                return Fraction._raw(a._denominator ** -e, a._numerator ** -e)
            return Fraction._raw((-a._denominator) ** -e, (-a._numerator) ** -e)
        if isinstance(b, (float, complex)):
            return a.__float__() ** b
        return NotImplemented

    def __rpow__(self, base):
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, (int, Fraction)):
            return Fraction(base) ** self
        return base ** (self._numerator if whole else self.__float__())

    def __pos__(self):
        return Fraction._raw(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._raw(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._raw(abs(self._numerator), self._denominator)

    def __floor__(self):
        q, _ = divmod(self._numerator, self._denominator)
        return q

    def __ceil__(self):
        q, r = divmod(self._numerator, self._denominator)
        return q + 1 if r else q

    def __int__(self):
        # towards zero
        return self.__floor__() if self._numerator >= 0 else self.__ceil__()

    __trunc__ = __int__

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
        if ndigits <= 0:
            return Fraction(round(self / scale) * scale)
        return Fraction(round(self * scale), scale)

    def __hash__(self):
        # An int's hash is its value modulo _MOD, so n/d hashes as
        # n * (inverse of d) modulo _MOD; when _MOD divides d there is no
        # inverse and the value hashes like infinity.
        if self._denominator % _MOD == 0:
            h = _INF_HASH
        else:
            inv = pow(self._denominator, _MOD - 2, _MOD)
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
            return b.imag == 0 and a == b.real
        if isinstance(b, float):
            return math.isfinite(b) and a == Fraction(b)
        return NotImplemented

    def _order(a, b, test):
        if isinstance(b, (int, Fraction)):
            if not isinstance(b, Fraction):
                b = Fraction(b)
            return test(a._numerator * b._denominator, b._numerator * a._denominator)
        if isinstance(b, float):
            if math.isfinite(b):
                return a._order(Fraction(b), test)
            return test(0.0, b)
        return NotImplemented

    def __lt__(a, b):
        return a._order(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._order(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._order(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._order(b, lambda x, y: x >= y)

    def __bool__(self):
        return bool(self._numerator)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        # immutable: only a subclass instance needs a new object
        if type(self) is not Fraction:
            return type(self)(self._numerator, self._denominator)
        return self

    def __deepcopy__(self, memo):
        return self.__copy__()
