"""json.scanner: make_scanner, which builds the function that decodes one
JSON value at a given index.

Written for weft.  The native `_json.make_scanner` is used when present;
py_make_scanner is the fallback, recognising numbers by hand (weft has no
`re` yet) with the same grammar as CPython: -?(0|[1-9][0-9]*)(.[0-9]+)?
([eE][-+]?[0-9]+)?, ASCII digits only.
"""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _number_end(s, i, n):
    """Where the JSON number starting at s[i] ends, and whether it has a
    fraction or exponent; (-1, False) when there is no number at i."""
    start = i
    if i < n and s[i] == '-':
        i += 1
    if i >= n or s[i] not in _DIGITS:
        return -1, False
    if s[i] == '0':
        i += 1
    else:
        while i < n and s[i] in _DIGITS:
            i += 1
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
        is_float = True
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j] in _DIGITS:
            while j < n and s[j] in _DIGITS:
                j += 1
            i = j
            is_float = True
    return i, is_float


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = context.memo

    def scan(s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return parse_string(s, idx + 1, strict)
        if ch == '{':
            return parse_object((s, idx + 1), strict, scan, object_hook,
                                object_pairs_hook, memo)
        if ch == '[':
            return parse_array((s, idx + 1), scan)
        if ch == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if ch == 't' and s.startswith('true', idx):
            return True, idx + 4
        if ch == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if ch == 'N' and s.startswith('NaN', idx):
            return parse_constant('NaN'), idx + 3
        if ch == 'I' and s.startswith('Infinity', idx):
            return parse_constant('Infinity'), idx + 8
        if ch == '-' and s.startswith('-Infinity', idx):
            return parse_constant('-Infinity'), idx + 9
        end, is_float = _number_end(s, idx, n)
        if end < 0:
            raise StopIteration(idx)
        text = s[idx:end]
        if is_float:
            return parse_float(text), end
        return parse_int(text), end

    def scan_once(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan(s, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
