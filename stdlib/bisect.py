"""Binary search over sorted sequences, and insertion that keeps them sorted.

CPython does this in its _bisect C module; weft has no such module, so this
file reproduces its behaviour, argument conversion errors included.
"""

from _operator import index as _index

_SSIZE_MAX = (1 << 63) - 1


def _ssize(value, overflow_msg):
    # lo/hi become C Py_ssize_t values in CPython; mirror that conversion
    # (the two arguments go through converters with different messages).
    n = _index(value)
    if n > _SSIZE_MAX or n < -_SSIZE_MAX - 1:
        raise OverflowError(overflow_msg)
    return n


def _convert(lo, hi):
    # CPython converts lo, then hi, up front (hi=None becomes -1, meaning
    # "up to len(a)"); range checks come later.
    lo = _ssize(lo, 'Python int too large to convert to C ssize_t')
    if hi is None:
        return lo, -1
    if not hasattr(type(hi), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(hi).__name__)
    return lo, _ssize(hi, "cannot fit 'int' into an index-sized integer")


def _span(a, lo, hi):
    lo, hi = _convert(lo, hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the leftmost position where x could be inserted in sorted a.

    Every item before the position is < x and every item from it on is
    >= x.  lo and hi limit the search to a[lo:hi]; key, if given, is applied
    to the items of a (not to x) before comparing.
    """
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        # Only "<" is used, as in list.sort() and heapq.
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the rightmost position where x could be inserted in sorted a.

    Every item before the position is <= x and every item from it on is
    > x.  lo, hi and key work as for bisect_left.
    """
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, before any items equal to it.

    key, if given, is applied to x once and to the items of a.
    """
    lo, hi = _convert(lo, hi)
    target = x if key is None else key(x)
    a.insert(bisect_left(a, target, lo, hi, key=key), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, after any items equal to it.

    key, if given, is applied to x once and to the items of a.
    """
    lo, hi = _convert(lo, hi)
    target = x if key is None else key(x)
    a.insert(bisect_right(a, target, lo, hi, key=key), x)


# The short names are the "right" variants.
bisect = bisect_right
insort = insort_right
