"""Dates, times and durations, as in CPython 3.11's datetime module.

Provides timedelta, date, time, datetime, tzinfo, timezone (with UTC),
MINYEAR and MAXYEAR. Calendar arithmetic is proleptic Gregorian, done here
on day ordinals (day 1 is 0001-01-01); local time comes from the native
`time` module (localtime for offsets, strftime for formatting). ISO 8601
parsing follows CPython's C scanner, and strptime is a small backtracking
matcher written here for the C locale (%a %A %b %B %c %d %f %G %H %I %j %m
%M %p %S %u %U %V %w %W %x %X %y %Y %z %Z %%).

Left out: pickling by byte state (objects reduce to constructor calls, so
copy works, but fold is not carried), locale-dependent names, and the C API.
CPython's datetime is a C module, so this one hides its frames from
tracebacks (__tracebackhide__), as C frames are absent there.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

__tracebackhide__ = True

MINYEAR = 1
MAXYEAR = 9999

# ---- calendar arithmetic on day ordinals ------------------------------------

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = [0, 0]          # days in the (non-leap) year before month m
for _m in range(2, 14):
    _BEFORE_MONTH.append(_BEFORE_MONTH[-1] + _MONTH_DAYS[_m - 1])
del _m

_DAYS_400Y = 146097
_DAYS_100Y = 36524
_DAYS_4Y = 1461
_MAX_ORDINAL = 3652059          # 9999-12-31
_EPOCH_ORDINAL = 719163         # 1970-01-01
_US_PER_DAY = 86400000000

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec")
_FULL_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday")
_FULL_MONTH_NAMES = (None, "January", "February", "March", "April", "May",
                     "June", "July", "August", "September", "October",
                     "November", "December")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_DAYS[m]


def _year_start(y):
    """Ordinal of the day before January 1st of year y."""
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _to_ordinal(y, m, d):
    n = _year_start(y) + _BEFORE_MONTH[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _from_ordinal(n):
    n -= 1
    cycles, n = divmod(n, _DAYS_400Y)
    y = cycles * 400 + 1
    cents, n = divmod(n, _DAYS_100Y)
    quads, n = divmod(n, _DAYS_4Y)
    years, n = divmod(n, 365)
    y += cents * 100 + quads * 4 + years
    if years == 4 or cents == 4:
        # the last day of a leap year closing a 4- or 400-year block
        return y - 1, 12, 31
    leap = years == 3 and (quads != 24 or cents == 3)
    # n is now the 0-based day of the year
    m = n // 31 + 1
    while m < 12:
        nxt = _BEFORE_MONTH[m + 1] + (1 if (leap and m + 1 > 2) else 0)
        if n < nxt:
            break
        m += 1
    start = _BEFORE_MONTH[m] + (1 if (leap and m > 2) else 0)
    return y, m, n - start + 1


def _iso_week1_monday(y):
    """Ordinal of the Monday starting ISO week 1 of year y."""
    jan1 = _year_start(y) + 1
    wd = (jan1 + 6) % 7          # 0 = Monday
    monday = jan1 - wd
    if wd > 3:                   # Jan 1st on Fri/Sat/Sun: week 1 starts later
        monday += 7
    return monday


# ---- argument checking --------------------------------------------------------

def _c_int(v):
    """v as a C int argument (index protocol, CPython's overflow wording)."""
    if type(v) is not int:
        v = _index(v)
    if v > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return v


def _tpname(obj):
    """The type name CPython's messages show (its C tp_name)."""
    t = type(obj)
    return t.__dict__.get("__weft_tp_name__") or t.__name__


def _check_date(y, m, d):
    y = _c_int(y)
    m = _c_int(m)
    d = _c_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_len(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h = _c_int(h)
    mi = _c_int(mi)
    s = _c_int(s)
    us = _c_int(us)
    fold = _c_int(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % _tpname(tz))


def _clock_defaults(*fields):
    """The time-of-day constructor arguments with the ones not given filled
    in: midnight, no tzinfo, fold 0."""
    return tuple(default if value is _MISSING else value
                 for value, default in zip(fields, (0, 0, 0, 0, None, 0)))


def _ask_zone(tzinfo, what, arg):
    """utcoffset(), dst() or tzname() of a time or datetime: None when it is
    naive, else its tzinfo's answer for `arg`, checked."""
    if tzinfo is None:
        return None
    answer = getattr(tzinfo, what)(arg)
    if what == "tzname":
        return _check_tzname(answer)
    return _check_offset(what, answer)


def _replace_clock(obj, old, hour, minute, second, microsecond, tzinfo, fold):
    """replace()'s time-of-day half for time and datetime: gives `obj` the
    checked new values, taking each one not passed (_MISSING, or True for
    tzinfo) from `old`."""
    h, m, sec, us, fold = _check_time(
        old._hour if hour is _MISSING else hour,
        old._minute if minute is _MISSING else minute,
        old._second if second is _MISSING else second,
        old._microsecond if microsecond is _MISSING else microsecond,
        old._fold if fold is _MISSING else fold)
    if tzinfo is True:
        tzinfo = old._tzinfo
    _check_tzinfo(tzinfo)
    obj._hour = h
    obj._minute = m
    obj._second = sec
    obj._microsecond = us
    obj._tzinfo = tzinfo
    obj._fold = fold


def _check_offset(meth, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (meth, _tpname(off)))
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _tpname(name))
    return name


def _bind(fname, names, npos, required, convert, values, extra, unknown):
    """Checks a call the way CPython's C argument parser does, with its
    messages: values holds the named parameters (_MISSING when absent),
    extra the surplus positional arguments and unknown the surplus
    keywords. Arguments are converted in order (convert[i] may be None);
    returns the converted values."""
    who = fname + "()" if fname else "function"
    given = len(extra) + len(unknown)
    for v in values:
        if v is not _MISSING:
            given += 1
    if given > len(names):
        raise TypeError("%s takes at most %d argument%s (%d given)"
                        % (who, len(names), "" if len(names) == 1 else "s", given))
    out = list(values)
    for i in range(len(names)):
        if i == npos and extra:
            raise TypeError("%s takes at most %d positional argument%s (%d given)"
                            % (who, npos, "" if npos == 1 else "s", npos + len(extra)))
        v = out[i]
        if v is _MISSING:
            if i < required:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (who, names[i], i + 1))
        elif convert[i] is not None:
            out[i] = convert[i](v)
    for key in unknown:
        raise TypeError("'%s' is an invalid keyword argument for %s"
                        % (key, fname + "()" if fname else "this function"))
    return out


class _Field:
    """A read-only attribute reading a private slot, worded like CPython's
    C getters ("attribute 'year' of 'datetime.date' objects is not
    writable") or, for member=True, its read-only members."""

    __slots__ = ("name", "slot", "owner", "member")

    def __init__(self, name, slot, owner, member=False):
        self.name = name
        self.slot = slot
        self.owner = owner
        self.member = member

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        self._refuse()

    def __delete__(self, obj):
        self._refuse()

    def _refuse(self):
        if self.member:
            raise AttributeError("readonly attribute")
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self.name, self.owner))

    def __repr__(self):
        kind = "member" if self.member else "attribute"
        return "<%s '%s' of '%s' objects>" % (kind, self.name, self.owner)


def _fields(cls, names, member=False):
    owner = cls.__dict__["__weft_tp_name__"]
    for n in names:
        setattr(cls, n, _Field(n, "_" + n, owner, member))


def _round_div(a, b):
    """a / b for ints, rounded half to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        if twice > b or (twice == b and q % 2 == 1):
            q += 1
    else:
        if twice < b or (twice == b and q % 2 == 1):
            q += 1
    return q


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


# ---- timedelta ----------------------------------------------------------------

_TD_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes",
             "hours", "weeks")
_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000),
             ("seconds", 1000000), ("minutes", 60000000),
             ("hours", 3600000000), ("days", _US_PER_DAY),
             ("weeks", 7 * _US_PER_DAY))


def _td_from_us(cls, us):
    days, rem = divmod(us, _US_PER_DAY)
    secs, us = divmod(rem, 1000000)
    return _td_make(cls, days, secs, us)


def _td_make(cls, days, secs, us):
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = secs
    self._microseconds = us
    return self


def _td_us(td):
    return (td._days * 86400 + td._seconds) * 1000000 + td._microseconds


class timedelta:
    __weft_tp_name__ = "datetime.timedelta"
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0, *extra, **unknown):
        if extra or unknown:
            # a parameter left at its default 0 counts as not given
            given = [_MISSING if (type(v) is int and v == 0) else v
                     for v in (days, seconds, microseconds, milliseconds,
                               minutes, hours, weeks)]
            _bind("__new__", _TD_NAMES, 7, 0, (None,) * 7, given, extra, unknown)
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and milliseconds == 0
                and minutes == 0 and hours == 0 and weeks == 0
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            if 0 <= seconds < 86400 and 0 <= microseconds < 1000000:
                return _td_make(cls, days, seconds, microseconds)
            return _td_from_us(cls, (days * 86400 + seconds) * 1000000
                               + microseconds)
        values = {"microseconds": microseconds, "milliseconds": milliseconds,
                  "seconds": seconds, "minutes": minutes, "hours": hours,
                  "days": days, "weeks": weeks}
        total = 0
        spill = 0.0              # sub-microsecond parts of float arguments
        for name, factor in _TD_UNITS:
            v = values[name]
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                whole = int(v)
                frac = v - whole
                total += whole * factor
                if frac != 0.0:
                    scaled = factor * frac
                    whole = int(scaled)
                    total += whole
                    spill += scaled - whole
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, _tpname(v)))
        if spill != 0.0:
            low = _math.floor(spill)
            if spill - low == 0.5:
                extra = low if (total + low) % 2 == 0 else low + 1
            elif spill - low > 0.5:
                extra = low + 1
            else:
                extra = low
            total += extra
        return _td_from_us(cls, total)

    def total_seconds(self):
        return _td_us(self) / 10**6

    def __repr__(self):
        name = type(self).__dict__.get("__weft_tp_name__") or type(self).__name__
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (name, ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) + _td_us(other))
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) + _td_us(other))
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) - _td_us(other))
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(other) - _td_us(self))
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -_td_us(self))

    def __pos__(self):
        return _td_make(timedelta, self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return self.__neg__()
        return self.__pos__()

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, _td_us(self) * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _round_div(_td_us(self) * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) // _td_us(other)
        if isinstance(other, int):
            return _td_from_us(timedelta, _td_us(self) // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) / _td_us(other)
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, _round_div(_td_us(self), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, _round_div(den * _td_us(self), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) % _td_us(other))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(_td_us(self), _td_us(other))
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


_fields(timedelta, ("days", "seconds", "microseconds"), member=True)
timedelta.min = _td_make(timedelta, -999999999, 0, 0)
timedelta.max = _td_make(timedelta, 999999999, 86399, 999999)
timedelta.resolution = _td_make(timedelta, 0, 0, 1)
_ONE_DAY = _td_make(timedelta, 1, 0, 0)
_ZERO = _td_make(timedelta, 0, 0, 0)


# ---- strftime support -----------------------------------------------------------

def _format_offset(off, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] for a timedelta offset, '' for None."""
    if off is None:
        return ""
    us = _td_us(off)
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, us = divmod(us, 1000000)
    mm, ss = divmod(secs, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _strftime(obj, fmt, tt, micro):
    """Expands %f, %z and %Z from obj, then hands the rest to time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _tpname(fmt))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "f":
            out.append("%06d" % micro)
        elif c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%")
            out.append(c)
    return _time.strftime("".join(out), tt)


# ---- ISO 8601 parsing ------------------------------------------------------------
#
# These follow the C scanner CPython 3.11 uses, quirks included: the text is
# read as if NUL-terminated (_ch gives '' past the end), a malformed string
# raises _BadIso (reported as "Invalid isoformat string"), and values that
# parse but are out of range are left for the constructors to reject with
# their own messages.

class _BadIso(Exception):
    pass


def _ch(s, i):
    return s[i] if i < len(s) else ""


def _num(s, start, count):
    """The int spelled by the count ASCII digits at start, or _BadIso."""
    v = 0
    for k in range(start, start + count):
        c = _ch(s, k)
        if not ("0" <= c <= "9"):
            raise _BadIso()
        v = v * 10 + (ord(c) - 48)
    return v


def _iso_date_len(s):
    """Where the date part of an ISO datetime string ends (-1: nowhere)."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and "0" <= s[10] <= "9":
                return 8
            return 10
        return 8
    if s[4] == "W":
        k = 7
        while k < n and "0" <= s[k] <= "9":
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


def _scan_date(s, length):
    """(y, m, d) from the date part s[:length]."""
    y = _num(s, 0, 4)
    p = 4
    dash = _ch(s, p) == "-"
    if dash:
        p += 1
    if _ch(s, p) == "W":
        week = _num(s, p + 1, 2)
        p += 3
        wd = 1
        if p < length:
            if dash:
                if _ch(s, p) != "-":
                    raise _BadIso()
                p += 1
            wd = _num(s, p, 1)
        try:
            return _iso_to_ymd(y, week, wd, False)
        except ValueError:
            raise _BadIso()
    m = _num(s, p, 2)
    p += 2
    if dash:
        if _ch(s, p) != "-":
            raise _BadIso()
        p += 1
    return y, m, _num(s, p, 2)


def _scan_clock(s, p, end, out):
    """Reads HH[:?MM[:?SS[{.,}ffffff]]] from s[p:end] into out[0:4].
    Returns True when something other than the end of s follows."""
    colon = True
    for k in range(3):
        out[k] = _num(s, p, 2)
        p += 2
        c = _ch(s, p)
        p += 1
        if k == 0:
            colon = c == ":"
        if p >= end:
            return c != ""
        if colon and c == ":":
            continue
        if c == "." or c == ",":
            break
        if colon:
            raise _BadIso()
        p -= 1
    take = end - p
    if take > 6:
        take = 6
    us = _num(s, p, take)
    out[3] = us * 10 ** (6 - take)
    p += take
    while "0" <= _ch(s, p) <= "9":
        p += 1
    return p < len(s)


def _scan_time(s, p):
    """[h, m, s, us, tzinfo] from the ISO time starting at s[p]."""
    n = len(s)
    cut = p
    while True:
        if _ch(s, cut) in ("Z", "+", "-"):
            break
        cut += 1
        if cut >= n:
            break
    comps = [0, 0, 0, 0]
    more = _scan_clock(s, p, cut, comps)
    if cut >= n:
        if more:
            raise _BadIso()
        return comps + [None]
    if s[cut] == "Z":
        if cut + 1 != n:
            raise _BadIso()
        return comps + [timezone.utc]
    tz = [0, 0, 0, 0]
    if _scan_clock(s, cut + 1, n, tz):
        raise _BadIso()
    secs = tz[0] * 3600 + tz[1] * 60 + tz[2]
    us = tz[3]
    if s[cut] == "-":
        secs = -secs
        us = -us
    if abs(secs) >= 86400:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), "
                         "not %r." % (timedelta(0, secs),))
    if secs == 0:
        # as in CPython, a zero offset in whole seconds is UTC
        return comps + [timezone.utc]
    return comps + [timezone(timedelta(0, secs, us))]


def _iso_to_ymd(year, week, day, check_year=True):
    if check_year and not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            jan1 = (_year_start(year) + 1) % 7   # 4 = Thursday
            ok = jan1 == 4 or (jan1 == 3 and _leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _from_ordinal(n)


# ---- date -----------------------------------------------------------------------

def _date_make(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


class IsoCalendarDate(tuple):
    __weft_tp_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            type(self).__dict__.get("__weft_tp_name__") or type(self).__name__,
            self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# CPython's module does not export the class; only its instances are seen.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate

_MISSING = object()
_DATE_NAMES = ("year", "month", "day")
_TIME_NAMES = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_TIME_CONVERT = (_c_int, _c_int, _c_int, _c_int, None, _c_int)


class date:
    __weft_tp_name__ = "datetime.date"
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, *extra, **unknown):
        if extra or unknown or day is _MISSING or month is _MISSING or year is _MISSING:
            year, month, day = _bind(None, _DATE_NAMES, 3, 3, (_c_int,) * 3,
                                     (year, month, day), extra, unknown)
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        return self

    # -- other constructors
    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        if isinstance(t, float) and t == t and abs(t) != _math.inf:
            t = _math.floor(t)       # date.fromtimestamp rounds down
        secs, _ = _split_timestamp(t)
        lt = _time.localtime(secs)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return _date_make(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) not in (7, 8, 10):
                raise _BadIso()
            y, m, d = _scan_date(s, len(s))
        except _BadIso:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _iso_to_ymd(_c_int(year), _c_int(week), _c_int(day))
        return cls(y, m, d)

    # -- conversions
    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        y = self._year
        n = self.toordinal()
        start = _iso_week1_monday(y)
        if n < start:
            y -= 1
            start = _iso_week1_monday(y)
        else:
            nxt = _iso_week1_monday(y + 1)
            if n >= nxt:
                y += 1
                start = nxt
        week, wd = divmod(n - start, 7)
        return _IsoCalendarDate(y, week + 1, wd + 1)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return self.toordinal() - _year_start(self._year)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        name = type(self).__dict__.get("__weft_tp_name__") or type(self).__name__
        return "%s(%d, %d, %d)" % (name, self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple(), 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _tpname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        # like CPython, a subclass's result is made without calling its
        # constructor
        y, m, d = _check_date(self._year if year is _MISSING else year,
                              self._month if month is _MISSING else month,
                              self._day if day is _MISSING else day)
        obj = object.__new__(type(self))
        obj._year = y
        obj._month = m
        obj._day = d
        return obj

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            return _date_make(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            return _date_make(type(self), y, m, d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_make(timedelta, self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented

    # -- comparisons
    def _cmpkey(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day), \
                   (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else k[0] == k[1]

    def __ne__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else k[0] != k[1]

    def __lt__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_fields(date, ("year", "month", "day"))
_date_class = date
date.min = _date_make(date, 1, 1, 1)
date.max = _date_make(date, 9999, 12, 31)
date.resolution = _ONE_DAY


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 <= t < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(t)
        us = round((t - whole) * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    t = _index(t)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


# ---- tzinfo and timezone ---------------------------------------------------------

class tzinfo:
    __weft_tp_name__ = "datetime.tzinfo"
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt = dt + (off - dst)
        dst = _check_offset("dst", dt.dst())
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                             "cannot convert")
        if dst:
            dt = dt + dst
        return dt


def _tz_make(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    __weft_tp_name__ = "datetime.timezone"
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_MISSING, name=_MISSING):
        if offset is _MISSING:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _tpname(offset))
        if name is _MISSING:
            name = None
            if not offset:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _tpname(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        return _tz_make(offset, name)

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def _check_arg(self, meth, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, "
                            "not %s" % (meth, _tpname(dt)))

    def utcoffset(self, dt):
        self._check_arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_arg("dst", dt)
        return None

    def tzname(self, dt):
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if self is timezone.utc or not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        args = (self._offset,) if self._name is None else (self._offset, self._name)
        return (timezone, args)


timezone.utc = _tz_make(_ZERO, None)
timezone.min = _tz_make(_td_make(timedelta, -1, 60, 0), None)
timezone.max = _tz_make(_td_make(timedelta, 0, 86340, 0), None)
UTC = timezone.utc


# ---- time -----------------------------------------------------------------------

def _clock_iso(h, m, s, us, spec, argno="1"):
    if not isinstance(spec, str):
        raise TypeError("isoformat() argument %s must be str, not %s"
                        % (argno, _tpname(spec)))
    if spec == "auto":
        spec = "microseconds" if us else "seconds"
    if spec == "hours":
        return "%02d" % h
    if spec == "minutes":
        return "%02d:%02d" % (h, m)
    if spec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if spec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if spec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _clock_repr(h, m, s, us):
    if us:
        return "%d, %d, %d, %d" % (h, m, s, us)
    if s:
        return "%d, %d, %d" % (h, m, s)
    return "%d, %d" % (h, m)


class time:
    __weft_tp_name__ = "datetime.time"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=_MISSING, *extra, fold=_MISSING,
                **unknown):
        if extra or unknown:
            _bind(None, _TIME_NAMES, 5, 0, _TIME_CONVERT,
                  (hour, minute, second, microsecond, tzinfo, fold), extra, unknown)
        hour, minute, second, microsecond, tzinfo, fold = _clock_defaults(
            hour, minute, second, microsecond, tzinfo, fold)
        clock = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond, self._fold = clock
        self._tzinfo = tzinfo
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            h, m, sec, us, tz = _scan_time(s, 1 if s[:1] == "T" else 0)
        except _BadIso:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        return _ask_zone(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _ask_zone(self._tzinfo, "dst", None)

    def tzname(self):
        return _ask_zone(self._tzinfo, "tzname", None)

    def isoformat(self, timespec="auto"):
        s = _clock_iso(self._hour, self._minute, self._second,
                       self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        name = type(self).__dict__.get("__weft_tp_name__") or type(self).__name__
        s = "%s(%s" % (name, _clock_repr(self._hour, self._minute, self._second,
                                        self._microsecond))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, tt, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _tpname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        obj = object.__new__(type(self))     # no subclass constructor call
        _replace_clock(obj, self, hour, minute, second, microsecond, tzinfo, fold)
        return obj

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _compare(self, other, ordering):
        """-1/0/1, or None when one is naive and the other aware and
        ordering is not asked for."""
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        a = self.utcoffset()
        b = other.utcoffset()
        if a == b:
            return _cmp(self._us(), other._us())
        if a is None or b is None:
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware times")
            return None
        return _cmp(self._us() - _td_us(a), other._us() - _td_us(b))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if not off:
            return hash(t._us())
        return hash(t._us() - _td_us(off))

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_fields(time, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"))
_time_class = time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution


# ---- datetime ---------------------------------------------------------------------

def _dt_make(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self
    return _with_fold(cls, datetime, (y, mo, d, h, mi, s, us, tz), fold)


def _with_fold(cls, base, args, fold):
    """cls(*args) with fold; like CPython, a subclass is called without the
    fold keyword unless fold is 1."""
    if cls is base or fold:
        return cls(*args, fold=fold)
    return cls(*args)


def _local_seconds(u):
    """The local wall-clock time at POSIX time u, as seconds since
    1970-01-01 00:00 read as if it were UTC."""
    lt = _time.localtime(u)
    days = _to_ordinal(lt.tm_year, lt.tm_mon, lt.tm_mday) - _EPOCH_ORDINAL
    return days * 86400 + lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec


def _local_to_posix(t, fold):
    """The POSIX time whose local wall clock reads t (seconds as in
    _local_seconds). In a repeated hour fold picks the earlier (0) or later
    (1) instant; in a skipped hour fold 0 uses the offset from before the
    jump and fold 1 the one after, as CPython does."""
    before = _local_seconds(t - 86400) - (t - 86400)
    after = _local_seconds(t + 86400) - (t + 86400)
    ua = t - before
    ub = t - after
    if before == after:
        return ua
    oka = _local_seconds(ua) == t
    okb = _local_seconds(ub) == t
    if oka and okb:
        return max(ua, ub) if fold else min(ua, ub)
    if oka:
        return ua
    if okb:
        return ub
    return ub if fold else ua


def _local_timezone(u):
    lt = _time.localtime(u)
    off = _local_seconds(u) - u
    return timezone(timedelta(seconds=off), lt.tm_zone)


class datetime(date):
    __weft_tp_name__ = "datetime.datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=_MISSING,
                minute=_MISSING, second=_MISSING, microsecond=_MISSING,
                tzinfo=_MISSING, *extra, fold=_MISSING, **unknown):
        if extra or unknown or day is _MISSING or month is _MISSING or year is _MISSING:
            _bind(None, _DATE_NAMES + _TIME_NAMES[:5] + ("fold",), 8, 3,
                  (_c_int,) * 3 + _TIME_CONVERT,
                  (year, month, day, hour, minute, second, microsecond, tzinfo, fold),
                  extra, unknown)
        hour, minute, second, microsecond, tzinfo, fold = _clock_defaults(
            hour, minute, second, microsecond, tzinfo, fold)
        ymd = _check_date(year, month, day)
        clock = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = ymd
        self._hour, self._minute, self._second, self._microsecond, self._fold = clock
        self._tzinfo = tzinfo
        return self

    # -- other constructors
    @classmethod
    def _from_posix(cls, t, tz, utc):
        secs, us = _split_timestamp(t)
        if utc or tz is not None:
            wall = secs
        else:
            wall = _local_seconds(secs)
        days, rem = divmod(wall, 86400)
        n = days + _EPOCH_ORDINAL
        if n < 1:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0]
                             if n > -100000000 else "year is out of range")
        y, mo, d = _from_ordinal(n)
        if y > MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        hh, rem = divmod(rem, 3600)
        mm, ss = divmod(rem, 60)
        fold = 0
        if not utc and tz is None:
            # CPython builds the local time a day earlier too (to look for
            # a fold), so that day must be a valid date as well
            probe = (_local_seconds(secs - 86400) // 86400) + _EPOCH_ORDINAL
            if probe < 1:
                raise ValueError("year %d is out of range" % _from_ordinal(probe)[0])
            # a wall time that an earlier instant also shows is the second
            # pass through a repeated hour
            if _local_to_posix(wall, 0) != secs:
                fold = 1
        result = _dt_make(cls, y, mo, d, hh, mm, ss, us, None, fold)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        return cls._from_posix(timestamp, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, None, True)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls._from_posix(_time.time(), tz, False)

    @classmethod
    def utcnow(cls):
        return cls._from_posix(_time.time(), None, True)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _tpname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _tpname(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        args = (date._year, date._month, date._day, time._hour,
                time._minute, time._second, time._microsecond, tzinfo)
        if cls is datetime:
            return datetime(*args, fold=time._fold)
        return cls(*args)        # CPython drops fold for subclasses here

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) < 7:
                raise _BadIso()
            cut = _iso_date_len(s)
            y, m, d = _scan_date(s, cut if cut >= 0 else len(s) + 1)
            if len(s) > cut:
                h, mi, sec, us, tz = _scan_time(s, cut + 1)
            else:
                h = mi = sec = us = 0
                tz = None
        except _BadIso:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, data, fmt):
        if not isinstance(data, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _tpname(data))
        if not isinstance(fmt, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _tpname(fmt))
        y, mo, d, h, mi, s, us, tz = _strptime(data, fmt)
        return cls(y, mo, d, h, mi, s, us, tz)

    # -- parts
    def date(self):
        return _date_make(date, self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING, hour=_MISSING,
                minute=_MISSING, second=_MISSING, microsecond=_MISSING,
                tzinfo=True, *, fold=_MISSING):
        y, mo, d = _check_date(self._year if year is _MISSING else year,
                               self._month if month is _MISSING else month,
                               self._day if day is _MISSING else day)
        obj = object.__new__(type(self))     # no subclass constructor call
        _replace_clock(obj, self, hour, minute, second, microsecond, tzinfo, fold)
        obj._year = y
        obj._month = mo
        obj._day = d
        return obj

    # -- time zones
    def utcoffset(self):
        return _ask_zone(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _ask_zone(self._tzinfo, "dst", self)

    def tzname(self):
        return _ask_zone(self._tzinfo, "tzname", self)

    def _wall_seconds(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None:
            u = _local_to_posix(self._wall_seconds(), self._fold)
            return u + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        if tz is not None and tz is self._tzinfo:
            return self
        off = self.utcoffset()
        if off is None:
            # naive (or no offset): read as local time; the local zone's
            # offset at that instant takes the role of utcoffset()
            u = _local_to_posix(self._wall_seconds(), self._fold)
            off = timedelta(seconds=_local_seconds(u) - u)
        utc = (self - off).replace(tzinfo=None)
        if tz is None:
            tz = _local_timezone(utc._wall_seconds())
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- formatting
    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self._yday(), flag))

    def utctimetuple(self):
        dt = self
        off = self.utcoffset()
        if off:
            dt = self.replace(tzinfo=None) - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour,
                                  dt._minute, dt._second, dt.weekday(),
                                  dt._yday(), 0))

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            "not %s" % _tpname(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _tpname(timespec))
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _clock_iso(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        name = type(self).__dict__.get("__weft_tp_name__") or type(self).__name__
        s = "%s(%d, %d, %d, %s" % (name, self._year, self._month, self._day,
                                   _clock_repr(self._hour, self._minute,
                                               self._second, self._microsecond))
        # unlike time's repr, CPython puts fold before tzinfo here
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def strftime(self, format):
        return _strftime(self, format, self.timetuple(), self._microsecond)

    # -- arithmetic
    def _us_total(self):
        """Microseconds since 0001-01-01 00:00 of the wall clock."""
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def _shift(self, us):
        total = self._us_total() + us
        days, rem = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, mo, d = _from_ordinal(days)
        secs, micro = divmod(rem, 1000000)
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        return _dt_make(type(self), y, mo, d, hh, mm, ss, micro, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift(_td_us(other))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift(-_td_us(other))
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_total() - other._us_total()
        if self._tzinfo is not other._tzinfo:
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware "
                                "datetimes")
            if a is not None:
                diff -= _td_us(a) - _td_us(b)
        return _td_from_us(timedelta, diff)

    # -- comparisons
    def _compare(self, other, ordering):
        """-1/0/1 comparing two datetimes; None for "unequal" when only
        equality was asked and the two cannot be ordered."""
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_total(), other._us_total())
        a = self.utcoffset()
        b = other.utcoffset()
        if a == b:
            c = _cmp(self._us_total(), other._us_total())
        elif a is None or b is None:
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware "
                                "datetimes")
            return None
        else:
            c = _cmp(self._us_total() - _td_us(a), other._us_total() - _td_us(b))
        if c == 0 and not ordering:
            # PEP 495: a time whose offset depends on fold (a repeated or
            # skipped wall time) never equals one in another zone
            if a is not None and self._flipped_offset() != a:
                return None
            if b is not None and other._flipped_offset() != b:
                return None
        return c

    def _flipped_offset(self):
        return self.replace(fold=1 - self._fold).utcoffset()

    def _other_kind(self, other, op):
        if isinstance(other, date):
            if op == "eq":
                return False
            if op == "ne":
                return True
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) == 0
        return self._other_kind(other, "eq")

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) != 0
        return self._other_kind(other, "ne")

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) < 0
        return self._other_kind(other, "lt")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) <= 0
        return self._other_kind(other, "le")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) > 0
        return self._other_kind(other, "gt")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) >= 0
        return self._other_kind(other, "ge")

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if off is None:
            return hash(t._us_total())
        return hash(t._us_total() - _td_us(off))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_fields(datetime, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"))
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta.resolution
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- strptime ---------------------------------------------------------------------

def _digit_at(s, i):
    return i < len(s) and "0" <= s[i] <= "9"


def _in(s, i, lo, hi):
    return i < len(s) and lo <= s[i] <= hi


def _cand_range(s, pos, pats):
    """Candidate lengths for alternatives given as lists of (lo, hi)
    character ranges, tried in order."""
    out = []
    for pat in pats:
        ok = True
        for k in range(len(pat)):
            lo, hi = pat[k]
            if not _in(s, pos + k, lo, hi):
                ok = False
                break
        if ok:
            out.append(len(pat))
    return out


_D = ("0", "9")
_PATS = {
    # each directive: alternatives of character ranges, in CPython's order
    "d": [[("3", "3"), ("0", "1")], [("1", "2"), _D], [("0", "0"), ("1", "9")],
          [("1", "9")], [(" ", " "), ("1", "9")]],
    "H": [[("2", "2"), ("0", "3")], [("0", "1"), _D], [_D]],
    "I": [[("1", "1"), ("0", "2")], [("0", "0"), ("1", "9")], [("1", "9")]],
    "j": [[("3", "3"), ("6", "6"), ("0", "6")], [("3", "3"), ("0", "5"), _D],
          [("1", "2"), _D, _D], [("0", "0"), ("1", "9"), _D],
          [("0", "0"), ("0", "0"), ("1", "9")], [("1", "9"), _D],
          [("0", "0"), ("1", "9")], [("1", "9")]],
    "m": [[("1", "1"), ("0", "2")], [("0", "0"), ("1", "9")], [("1", "9")]],
    "M": [[("0", "5"), _D], [_D]],
    "S": [[("6", "6"), ("0", "1")], [("0", "5"), _D], [_D]],
    "w": [[("0", "6")]],
    "U": [[("5", "5"), ("0", "3")], [("0", "4"), _D], [_D]],
    "V": [[("5", "5"), ("0", "3")], [("0", "0"), ("1", "9")], [("1", "4"), _D], [_D]],
    "u": [[("1", "7")]],
    "y": [[_D, _D]],
    "Y": [[_D, _D, _D, _D]],
    "G": [[_D, _D, _D, _D]],
}

_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_KNOWN = set("dHIjmMSwuyYfbBaApzZUWGV%")


def _names_at(s, pos, names):
    """Lengths of the names (case-insensitive, longest first) found at pos."""
    out = []
    low = s[pos:].lower()
    for name in sorted(names, key=len, reverse=True):
        if low.startswith(name.lower()):
            out.append(len(name))
    return out


def _z_cands(s, pos):
    if pos < len(s) and s[pos] == "Z":
        return [1]
    if pos >= len(s) or s[pos] not in "+-":
        return []
    if not (_digit_at(s, pos + 1) and _digit_at(s, pos + 2)):
        return []
    p = pos + 3
    if p < len(s) and s[p] == ":":
        p += 1
    if not (_in(s, p, "0", "5") and _digit_at(s, p + 1)):
        return []
    p += 2
    base = p
    out = []
    q = p
    if q < len(s) and s[q] == ":":
        q += 1
    if _in(s, q, "0", "5") and _digit_at(s, q + 1):
        q += 2
        secs_end = q
        if q < len(s) and s[q] == "." and _digit_at(s, q + 1):
            k = q + 1
            while k < len(s) and k < q + 7 and "0" <= s[k] <= "9":
                k += 1
            for e in range(k, q + 1, -1):
                out.append(e - pos)
        out.append(secs_end - pos)
    out.append(base - pos)
    return out


def _tz_names():
    names = {"utc", "gmt"}
    for n in _time.tzname:
        names.add(n.lower())
    return names


def _compile_format(fmt):
    """The format as a list of tokens: ('%', ch) directives, (' ',) runs of
    whitespace and ('=', ch) literal characters."""
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                toks.extend(_compile_format(_EXPANSIONS[d]))
            elif d in _KNOWN:
                toks.append(("%", d) if d != "%" else ("=", "%"))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append((" ",))
        else:
            toks.append(("=", c))
            i += 1
    return toks


def _token_cands(tok, s, pos):
    kind = tok[0]
    if kind == "=":
        c = tok[1]
        if pos < len(s) and (s[pos] == c or s[pos].lower() == c.lower()):
            return [1]
        return []
    if kind == " ":
        k = pos
        while k < len(s) and s[k].isspace():
            k += 1
        return list(range(k - pos, 0, -1))
    d = tok[1]
    if d == "W":
        d = "U"
    if d in _PATS:
        return _cand_range(s, pos, _PATS[d])
    if d == "f":
        k = pos
        while k < len(s) and k < pos + 6 and "0" <= s[k] <= "9":
            k += 1
        return list(range(k - pos, 0, -1))
    if d == "b":
        return _names_at(s, pos, _MONTH_NAMES[1:])
    if d == "B":
        return _names_at(s, pos, _FULL_MONTH_NAMES[1:])
    if d == "a":
        return _names_at(s, pos, _DAY_NAMES)
    if d == "A":
        return _names_at(s, pos, _FULL_DAY_NAMES)
    if d == "p":
        return _names_at(s, pos, ("AM", "PM"))
    if d == "z":
        return _z_cands(s, pos)
    if d == "Z":
        return _names_at(s, pos, _tz_names())
    return []


def _match(toks, s, k, pos, found):
    if k == len(toks):
        return pos
    tok = toks[k]
    for n in _token_cands(tok, s, pos):
        if tok[0] == "%":
            found.append((tok[1], s[pos:pos + n]))
        end = _match(toks, s, k + 1, pos + n, found)
        if end is not None:
            return end
        if tok[0] == "%":
            found.pop()
    return None


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year for a %U (Sunday-first) or %W (Monday-first) week
    number and a weekday (0 = Monday); may fall outside the year."""
    jan1 = (_year_start(year) + 1 + 6) % 7          # 0 = Monday
    if not monday_first:
        jan1 = (jan1 + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - jan1
    return 1 + (7 - jan1) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    toks = _compile_format(fmt)
    found = []
    end = _match(toks, data, 0, 0, found)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    fields = dict(found)
    year = iso_year = iso_week = week = julian = weekday = None
    monday_first = True
    month = day = 1
    hour = minute = second = us = 0
    offset = None
    for d, text in fields.items():
        if d == "Y":
            year = int(text)
        elif d == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif d == "G":
            iso_year = int(text)
        elif d == "m":
            month = int(text)
        elif d == "B":
            month = [n.lower() for n in _FULL_MONTH_NAMES[1:]].index(text.lower()) + 1
        elif d == "b":
            month = [n.lower() for n in _MONTH_NAMES[1:]].index(text.lower()) + 1
        elif d == "d":
            day = int(text)
        elif d == "H":
            hour = int(text)
        elif d == "I":
            hour = int(text)
            if fields.get("p", "").lower() == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif d == "M":
            minute = int(text)
        elif d == "S":
            second = int(text)
        elif d == "f":
            us = int(text + "0" * (6 - len(text)))
        elif d == "A":
            weekday = [n.lower() for n in _FULL_DAY_NAMES].index(text.lower())
        elif d == "a":
            weekday = [n.lower() for n in _DAY_NAMES].index(text.lower())
        elif d == "w":
            weekday = (int(text) + 6) % 7
        elif d == "u":
            weekday = int(text) - 1
        elif d == "j":
            julian = int(text)
        elif d == "U" or d == "W":
            week = int(text)
            monday_first = d == "W"
        elif d == "V":
            iso_week = int(text)
        elif d == "z":
            offset = _parse_z(text)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO "
                             "week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO "
                             "year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    feb29 = year is None and month == 2 and day == 29
    if feb29:
        year = 1904              # a leap year to compute with; 1900 at the end
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            n = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year
            julian = n - _year_start(iso_year)
            if julian < 1:
                year -= 1
                julian = n - _year_start(year)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
    else:
        year, month, day = _from_ordinal(julian - 1 + _to_ordinal(year, 1, 1))
    if feb29:
        year = 1900
    tz = None
    if offset is not None:
        if "Z" in fields:
            tz = timezone(offset, fields["Z"])
        else:
            tz = timezone(offset)
    return year, month, day, hour, minute, second, us, tz


def _parse_z(z):
    if z == "Z":
        return _ZERO
    body = z
    if body[3] == ":":
        body = body[:3] + body[4:]
        if len(body) > 5:
            if body[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % z)
            body = body[:5] + body[6:]
    sign = -1 if body[0] == "-" else 1
    hours = int(body[1:3])
    minutes = int(body[3:5])
    seconds = int(body[5:7] or 0)
    frac = body[8:] if len(body) > 8 else ""
    micro = int(frac + "0" * (6 - len(frac))) if frac else 0
    off = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                    microseconds=micro)
    return off if sign > 0 else -off
