"""json.encoder: JSONEncoder and the string-escaping functions.

Written for weft from the behaviour of CPython 3.11.  A one-shot
encode() goes through the native `_json.make_encoder` (which, unlike
CPython's C encoder, also handles indentation); iterencode() and dump() use
the Python generator below.  Error wording follows CPython: without indent a
one-shot encode words the out-of-range float error as CPython's C encoder,
otherwise it names the value as CPython's Python encoder does.
"""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

INFINITY = float('inf')

# how each character that must be escaped in any mode is written
_SHORT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
          '\n': '\\n', '\r': '\\r', '\t': '\\t'}
ESCAPE_DCT = dict(_SHORT)
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    out = []
    for ch in s:
        if ch in ESCAPE_DCT:
            out.append(ESCAPE_DCT[ch])
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal using only ASCII: everything else becomes
    \\uXXXX escapes (a surrogate pair above U+FFFF)."""
    out = []
    for ch in s:
        rep = ESCAPE_DCT.get(ch)
        if rep is not None:
            out.append(rep)
            continue
        code = ord(ch)
        if code < 0x7f:
            out.append(ch)
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10),
                                           0xdc00 | (code & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python data structures as JSON.

    dict -> object, list and tuple -> array, str -> string, int and float
    (and their subclasses) -> number, True/False -> true/false, None -> null.
    Anything else goes through default(), which a subclass (or the default=
    argument) can override to return something encodable.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o, or raise TypeError (this
        base version always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text for o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o as an iterator of string pieces."""
        markers = {} if self.check_circular else None
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_make_encoder is not None:
            return c_make_encoder(
                markers, self.default, encode_str, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)(o, 0)
        fast = _one_shot and indent is None
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                if fast:
                    raise ValueError(
                        "Out of range float values are not JSON compliant")
                raise ValueError(
                    "Out of range float values are not JSON compliant: "
                    + repr(o))
            return text

        return _make_iterencode(
            markers, self.default, encode_str, indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys)(o, 0)


def _make_iterencode(markers, default, encode_str, indent, floatstr,
                     key_sep, item_sep, sort_keys, skipkeys):
    """A generator function (value, depth) -> JSON pieces, for the given
    settings.  indent is None or the str repeated once per level."""

    def scalar(o):
        # the JSON text of a leaf value, or None for containers and others
        if isinstance(o, str):
            return encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def enter(o):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        return key

    def leave(key):
        if key is not None:
            del markers[key]

    def nested(o, depth):
        if isinstance(o, (list, tuple)):
            return encode_list(o, depth)
        if isinstance(o, dict):
            return encode_dict(o, depth)
        return encode_other(o, depth)

    def encode_list(seq, depth):
        if not seq:
            yield '[]'
            return
        mark = enter(seq)
        if indent is None:
            newline = None
            sep = item_sep
            lead = '['
        else:
            depth += 1
            newline = '\n' + indent * depth
            sep = item_sep + newline
            lead = '[' + newline
        for item in seq:
            text = scalar(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from nested(item, depth)
            lead = sep
        if newline is not None:
            yield '\n' + indent * (depth - 1)
        yield ']'
        leave(mark)

    def encode_dict(dct, depth):
        if not dct:
            yield '{}'
            return
        mark = enter(dct)
        yield '{'
        if indent is None:
            newline = None
            sep = item_sep
        else:
            depth += 1
            newline = '\n' + indent * depth
            sep = item_sep + newline
            yield newline
        pairs = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for key, value in pairs:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield sep
            yield encode_str(key)
            yield key_sep
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, depth)
        if newline is not None:
            yield '\n' + indent * (depth - 1)
        yield '}'
        leave(mark)

    def encode_other(o, depth):
        mark = enter(o)
        yield from encode_value(default(o), depth)
        leave(mark)

    def encode_value(o, depth):
        text = scalar(o)
        if text is not None:
            yield text
        else:
            yield from nested(o, depth)

    return encode_value
