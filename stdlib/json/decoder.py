"""json.decoder: JSONDecoder, JSONDecodeError and the string scanner.

Written for weft from the behaviour of CPython 3.11's json package (error
messages and positions follow CPython's C accelerator, which is what CPython
uses).  The hot paths (scanstring and the whole value scanner) come from the
native `_json` module when it is present; the Python versions here are the
fallback and the reference.
"""

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """ValueError raised for a malformed JSON document.

    msg: the bare message; doc: the document; pos: the offending index;
    lineno, colno: the line and column of pos (both from 1).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = '0123456789abcdefABCDEF'


def _hex4(s, upos):
    # upos is the index of the 'u' of a \uXXXX escape
    digits = s[upos + 1:upos + 5]
    if len(digits) == 4:
        for ch in digits:
            if ch not in _HEX:
                break
        else:
            return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, upos)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the
    opening quote).  Returns (text, index just past the closing quote)."""
    begin = end - 1
    n = len(s)
    parts = []
    while True:
        # the next quote or backslash ends the literal run
        q = s.find('"', end)
        if q < 0:
            q = n
        b = s.find('\\', end, q)
        stop = q if b < 0 else b
        run = s[end:stop]
        if strict:
            for i, ch in enumerate(run):
                if ch < ' ':
                    raise JSONDecodeError("Invalid control character at", s, end + i)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if run:
            parts.append(run)
        if stop == q:
            return ''.join(parts), q + 1
        # an escape at index stop
        if stop + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        kind = s[stop + 1]
        if kind == 'u':
            code = _hex4(s, stop + 1)
            end = stop + 6
            if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                low = _hex4(s, end + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            parts.append(chr(code))
        else:
            rep = _SIMPLE_ESCAPES.get(kind)
            if rep is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            parts.append(rep)
            end = stop + 2


scanstring = c_scanstring or py_scanstring


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
                 memo=None):
    """Decode the members of a JSON object whose '{' ends just before
    s_and_end[1].  Returns (object, index past the '}')."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    end = _skip_ws(s, end)
    if s[end:end + 1] == '}':
        end += 1
    else:
        while True:
            if s[end:end + 1] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            sep = s[end:end + 1]
            end += 1
            if sep == '}':
                break
            if sep != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    obj = dict(pairs)
    if object_hook is not None:
        obj = object_hook(obj)
    return obj, end


def parse_array(s_and_end, scan_once):
    """Decode the items of a JSON array whose '[' ends just before
    s_and_end[1].  Returns (list, index past the ']')."""
    s, end = s_and_end
    items = []
    end = _skip_ws(s, end)
    if s[end:end + 1] == ']':
        return items, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        items.append(value)
        end = _skip_ws(s, end)
        sep = s[end:end + 1]
        end += 1
        if sep == ']':
            return items, end
        if sep != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)


# the names CPython's pure-Python decoder gives these
JSONObject = parse_object
JSONArray = parse_array


class JSONDecoder(object):
    """Decodes JSON text into Python objects.

    objects become dicts (or what object_hook / object_pairs_hook make of
    them), arrays lists, strings str, numbers int or float (or what
    parse_int / parse_float make of their text), true/false/null
    True/False/None, and NaN/Infinity/-Infinity floats (or what
    parse_constant makes of them).  strict=False lets control characters
    appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = parse_object
        self.parse_array = parse_array
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object for the whole of the JSON document s."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting exactly at s[idx]; returns
        (object, index where it ended).  Text after it is allowed."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}
