"""Regular expressions, with the API and behaviour of CPython 3.11's `re`.

The matching engine is native (`_weft_re`, over the `weft-regex` crate,
which follows the sre engine's rules); this module is the Python-level API
around it: flags, the Pattern and Match classes, the compiled-pattern
cache, and the replacement templates of sub() and Match.expand().
"""

import _weft_re
from types import GenericAlias as _GenericAlias

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


# ---------------------------------------------------------------- flags

# (name, value) in the order the flags are declared (the order their
# names are listed in a RegexFlag's repr).
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """An int whose repr names the re flags it holds: re.IGNORECASE|re.MULTILINE."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        v = int(self)
        names = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                names.append(name)
                v &= ~bit
        return names, v

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, rest = self._names()
        if rest or not names:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __contains__(self, other):
        if not isinstance(other, int):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__name__, type(self).__name__))
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

for _name, _bit in _FLAG_ORDER:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG
del _name, _bit


# ---------------------------------------------------------------- error

class error(Exception):
    """A pattern or template that does not compile.

    msg is the bare message; pattern and pos (when known) say where, and
    lineno/colno give the same place as line and column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = None
            self.colno = None
        else:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            before = pattern[:pos]
            self.lineno = before.count(newline) + 1
            self.colno = pos - before.rfind(newline)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


# ---------------------------------------------------------------- helpers

class _GroupIndex(dict):
    """Pattern.groupindex: a read-only view printed as CPython's mappingproxy."""

    __slots__ = ()

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = _readonly
    __delitem__ = _readonly

_GroupIndex.__name__ = "mappingproxy"
_GroupIndex.__qualname__ = "mappingproxy"

_PATTERN_FLAG_NAMES = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)

_CREATE = object()


def _is_string(obj):
    return isinstance(obj, (str, bytes))


# ---------------------------------------------------------------- Pattern

class Pattern:
    """A compiled regular expression (what re.compile returns)."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_code",
                 "_names_by_index", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    __class_getitem__ = classmethod(_GenericAlias)

    @property
    def groupindex(self):
        return _GroupIndex(self._groupindex)

    def _exec(self, string, pos, endpos, mode):
        r = self._code.exec(string, pos, endpos, mode, False)
        if r is None:
            return None
        return _make_match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at the start of string (at pos)."""
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match the whole of string (from pos to endpos)."""
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match anywhere in string."""
        return self._exec(string, pos, endpos, 2)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects over the non-overlapping matches."""
        sc = SRE_Scanner(self, string, pos, endpos)
        return iter(sc.search, None)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All non-overlapping matches: strings, or tuples of groups."""
        sc = self._code.scanner(string, pos, endpos)
        groups = self.groups
        out = []
        append = out.append
        search = sc.search
        empty = string[:0] if _is_string(string) else b""
        while True:
            r = search()
            if r is None:
                return out
            values = r[2]
            if values is None:
                values = _slice_values(string, r[0])
            if groups == 0:
                append(values[0])
            elif groups == 1:
                v = values[1]
                append(empty if v is None else v)
            else:
                append(tuple(empty if v is None else v for v in values[1:]))

    def split(self, string, maxsplit=0):
        """Split string at the matches; captured groups are included."""
        sc = self._code.scanner(string, 0, None)
        cut = sc.slice
        pieces = []
        last = 0
        n = 0
        while not maxsplit or n < maxsplit:
            r = sc.search()
            if r is None:
                break
            spans = r[0]
            pieces.append(cut(last, spans[0]))
            if self.groups:
                values = r[2]
                if values is None:
                    values = _slice_values(string, spans)
                pieces.extend(values[1:])
            last = spans[1]
            n += 1
        pieces.append(cut(last, len(string)))
        return pieces

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function)."""
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        if callable(repl):
            func = repl
            literal = None
        else:
            func = None
            if isinstance(repl, str):
                has_escape = "\\" in repl
            elif isinstance(repl, (bytes, bytearray)):
                has_escape = b"\\" in repl
            else:
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if not has_escape:
                literal = repl
            else:
                template = _compile_template(self, repl)
                if len(template) == 1 and not isinstance(template[0], int):
                    literal = template[0]
                else:
                    literal = None
                    func = template
        sc = self._code.scanner(string, 0, None)
        pieces = []
        append = pieces.append
        last = 0
        n = 0
        while not count or n < count:
            r = sc.search()
            if r is None:
                break
            spans = r[0]
            if spans[0] > last:
                append(sc.slice(last, spans[0]))
            if literal is not None:
                append(literal)
            elif isinstance(func, list):
                append(_expand_template(func, _make_match(self, string, 0, _MAXSIZE, r)))
            else:
                item = func(_make_match(self, string, 0, _MAXSIZE, r))
                if item is not None:
                    append(item)
            last = spans[1]
            n += 1
        if last < len(string):
            append(sc.slice(last, len(string)))
        if isinstance(string, str):
            return "".join(pieces), n
        if isinstance(string, (bytes, bytearray)):
            return b"".join(pieces), n
        return string[:0].join(pieces), n

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        parts = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                parts.append(name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        text = repr(self.pattern)[:200]
        if parts:
            return "re.compile(%s, %s)" % (text, "|".join(parts))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags
                and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)


class SRE_Scanner:
    """Pattern.scanner(): successive matches through one string."""

    __slots__ = ("pattern", "_sc", "_string", "_pos", "_endpos")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._sc = pattern._code.scanner(string, pos, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def match(self):
        r = self._sc.match()
        if r is None:
            return None
        return _make_match(self.pattern, self._string, self._pos, self._endpos, r)

    def search(self):
        r = self._sc.search()
        if r is None:
            return None
        return _make_match(self.pattern, self._string, self._pos, self._endpos, r)

SRE_Scanner.__module__ = "_sre"


# ---------------------------------------------------------------- Match

def _slice_values(string, spans):
    return tuple(None if spans[i] < 0 else string[spans[i]:spans[i + 1]]
                 for i in range(0, len(spans), 2))


def _clamp(i, n):
    if i < 0:
        return 0
    if i > n:
        return n
    return i


def _make_match(pattern, string, pos, endpos, r):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    n = len(string)
    m.pos = _clamp(pos, n)
    m.endpos = n if endpos is None else _clamp(endpos, n)
    m._spans = r[0]
    li = r[1]
    m.lastindex = li
    m._values = r[2]
    return m


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "lastindex", "_spans",
                 "_values", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    __class_getitem__ = classmethod(_GenericAlias)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)) or hasattr(g, "__index__"):
            if isinstance(g, str):
                i = self.re._groupindex.get(g)
                if i is not None:
                    return i
            elif not isinstance(g, bytes):
                try:
                    i = g.__index__()
                except Exception:
                    i = -1
                if 0 <= i <= self.re.groups:
                    return i
        raise IndexError("no such group")

    def _value(self, i, default=None):
        spans = self._spans
        if spans[2 * i] < 0:
            return default
        if self._values is None:
            return self.string[spans[2 * i]:spans[2 * i + 1]]
        return self._values[i]

    def group(self, *args):
        """One group (default 0) or a tuple of several."""
        if not args:
            return self._value(0)
        if len(args) == 1:
            return self._value(self._index(args[0]))
        return tuple(self._value(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._value(self._index(g))

    def groups(self, default=None):
        """All groups from 1 on; default for those that did not take part."""
        return tuple(self._value(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Named groups: name -> value."""
        return {name: self._value(i, default)
                for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        s = self._spans
        return tuple((s[i], s[i + 1]) for i in range(0, len(s), 2))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names_by_index.get(self.lastindex)

    def expand(self, template):
        """template with its group references filled in from this match."""
        return _expand_template(_compile_template(self.re, template), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------- templates

_TEMPLATE_ESCAPES = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
    "v": "\v", "\\": "\\",
}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"


def _template_error(msg, template, pos):
    if not isinstance(template, str):
        msg = msg.encode("ascii", "backslashreplace").decode("ascii")
    return error(msg, template, pos)


def _parse_template(pattern, template):
    """A replacement template as a list of literal strings and group numbers."""
    if isinstance(template, str):
        text = template
    elif isinstance(template, (bytes, bytearray)):
        text = bytes(template).decode("latin-1")
    else:
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(template).__name__)
    n = len(text)
    items = []
    lit = []

    def flush():
        if lit:
            items.append("".join(lit))
            del lit[:]

    def add_group(index, pos):
        if index > pattern.groups:
            raise _template_error("invalid group reference %d" % index, template, pos)
        flush()
        items.append(index)

    i = 0
    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise _template_error("bad escape (end of pattern)", template, n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise _template_error("missing <", template, i)
            close = text.find(">", i + 1)
            name_start = i + 1
            if close < 0:
                if name_start >= n:
                    raise _template_error("missing group name", template, n)
                raise _template_error("missing >, unterminated name", template, name_start)
            name = text[name_start:close]
            if not name:
                raise _template_error("missing group name", template, close)
            i = close + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise _template_error("bad character in group name %r" % name,
                                          template, name_start) from None
                if index >= _weft_re.MAXGROUPS:
                    raise _template_error("invalid group reference %d" % index,
                                          template, name_start)
            add_group(index, name_start)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCTDIGITS:
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xFF))
        elif c in _DIGITS:
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if (c in _OCTDIGITS and digits[1] in _OCTDIGITS
                        and i < n and text[i] in _OCTDIGITS):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise _template_error(
                            "octal escape value \\%s outside of range 0-0o377" % digits,
                            template, start)
                    lit.append(chr(value))
                    continue
            add_group(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise _template_error("bad escape \\%s" % c, template, start)
        else:
            lit.append("\\" + c)
    flush()
    if not isinstance(template, str):
        items = [x if isinstance(x, int) else x.encode("latin-1") for x in items]
    return items


_template_cache = {}


def _compile_template(pattern, template):
    key = (pattern, type(template), template)
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    items = _parse_template(pattern, template)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    try:
        _template_cache[key] = items
    except TypeError:
        pass
    return items


def _expand_template(items, match):
    empty = match.string[:0]
    if not isinstance(empty, (str, bytes)):
        empty = bytes(empty)
    out = []
    for item in items:
        if isinstance(item, int):
            v = match.group(item)
            if v:
                out.append(v)
        else:
            out.append(item)
    return empty.join(out)


# ---------------------------------------------------------------- compiling

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not _is_string(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    r = _weft_re.compile(pattern, int(flags))
    if r[0] is None:
        if r[2] is None:
            # raised by CPython's compiler rather than its parser: no position
            raise error(r[1])
        raise error(r[1], pattern, r[2])
    code, groups, names, final_flags = r
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = final_flags
    p.groups = groups
    p._groupindex = dict(names)
    p._names_by_index = {i: name for name, i in names}
    p._code = code
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


# ---------------------------------------------------------------- API

def match(pattern, string, flags=0):
    """Match pattern at the start of string: a Match, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match pattern against all of string: a Match, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the leftmost non-overlapping matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), returning (new string, number of substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the matches of pattern (groups included)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of pattern in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the matches of pattern in string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the caches of compiled patterns and templates."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape the characters of pattern that are special in a regex."""
    if isinstance(pattern, str):
        special = _SPECIAL
        return "".join("\\" + c if c in special else c for c in pattern)
    text = str(pattern, "latin1")
    special = _SPECIAL
    return "".join("\\" + c if c in special else c for c in text).encode("latin1")
