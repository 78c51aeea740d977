"""Issuing and filtering warnings, as CPython 3.11 does.

CPython implements warn() in C (``_warnings``) and keeps the rest here; weft
writes all of it in Python, following the C implementation where the two
differ (which frame a stacklevel names, the registry bookkeeping, the
message of a bad category).  This module's frames never appear in
tracebacks (``__tracebackhide__``), just as C frames do not: a warning
turned into an error points at the line that called warn().

A warning is looked up in ``filters`` (newest first); the first filter whose
message pattern, category, module pattern and line number match decides the
action:

    "default"  print the first occurrence for each location (module + line)
    "error"    raise the warning as an exception
    "ignore"   never print
    "always"   print every occurrence
    "module"   print the first occurrence for each module
    "once"     print only the first occurrence, wherever it happens

The default filters are CPython's for a release build without -W options:
DeprecationWarning is shown only when triggered directly by ``__main__``;
PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored;
everything else gets "default".  Printing goes through ``showwarning`` and
``formatwarning``, which programs may replace.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# Frames of this module are left out of tracebacks (see the module docs).
__tracebackhide__ = True


# ---------------------------------------------------------------------------
# Showing and formatting
# ---------------------------------------------------------------------------

def _write(msg):
    """Where a shown warning goes unless catch_warnings(record=True) is
    collecting them: its file, else sys.stderr (if there is one)."""
    stream = sys.stderr if msg.file is None else msg.file
    if stream is None:
        return
    try:
        stream.write(_text(msg))
    except OSError:
        pass


def _layout(msg):
    """The standard two-line form: where, what category, the message, then
    the offending source line indented (when it can be found)."""
    head = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    source = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    return head + ("  %s\n" % source.strip() if source else "")


# What showwarning() hands its WarningMessage to; catch_warnings swaps it.
_destination = _write


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _destination(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    return _layout(WarningMessage(message, category, filename, lineno, None, line))


# The module's own versions, to notice when a program installs its own.
_builtin_show = showwarning
_builtin_format = formatwarning


def _text(msg):
    """The text of a warning, through the program's formatwarning if it set one."""
    custom = globals().get("formatwarning", _builtin_format)
    if custom is _builtin_format:
        return _layout(msg)
    return custom(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _show(msg):
    """Shows a warning the filters let through, honouring a replaced showwarning."""
    custom = globals().get("showwarning", _builtin_show)
    if custom is _builtin_show:
        _destination(msg)
        return
    if not callable(custom):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    custom(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# Source lines by file name, read on first use (linecache's job in CPython).
_line_cache = {}


def _source_line(filename, lineno):
    """Line ``lineno`` of file ``filename``, or "" when unavailable."""
    if not isinstance(filename, str) or not filename:
        return ""
    lines = _line_cache.get(filename)
    if lines is None:
        lines = []
        if not (filename.startswith("<") and filename.endswith(">")):
            try:
                with open(filename, encoding="utf-8", errors="replace") as f:
                    lines = f.readlines()
            except (OSError, ValueError):
                lines = []
        _line_cache[filename] = lines
    try:
        lineno = int(lineno)
    except (TypeError, ValueError):
        return ""
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class WarningMessage(object):
    """What showwarning() is told about one warning; catch_warnings(record=True)
    collects these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter: (action, message pattern or None, category, module pattern or
# None, lineno).  A pattern is a compiled regex, or for the built-in defaults
# a plain string that must equal the module name (as in CPython).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change: the per-module registries of warnings
# already shown are then forgotten, since the new filters may say otherwise.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: ``message`` is a regex matched (case-insensitively)
    against the start of the warning text, ``module`` a regex matched
    against the start of the module name; empty strings match anything.
    New filters go first unless ``append`` is true."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        compile_ = _regex_compiler()
    message = compile_(message, _IGNORECASE) if message else None
    module = compile_(module, 0) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter already present is moved to the front (or, when
    # appending, kept where it is).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, the defaults included."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _action_for(category, text, lineno, module):
    """The action of the first matching filter, and that filter."""
    flist = filters
    if not isinstance(flist, list):
        raise ValueError("_warnings.filters must be a list")
    for i, item in enumerate(flist):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'"
                            % type(action).__name__)
        if (_matches(msg, text) and _matches(mod, module)
                and issubclass(category, cat) and (ln == 0 or lineno == ln)):
            return action, item
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(action).__name__)
    return action, None


# ---------------------------------------------------------------------------
# Issuing
# ---------------------------------------------------------------------------

def _already_warned(registry, key, mark):
    """Whether ``key`` is recorded in ``registry`` (a registry from before the
    last filter change is cleared first); records it when ``mark``."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception.

    ``stacklevel`` says whose line the warning is about: 1 (the default) is
    the caller of warn(), 2 its caller, and so on."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    try:
        ok = issubclass(category, Warning)
    except TypeError:
        ok = False
    if not ok:
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(stacklevel).__name__)
    # Frame 0 is warn() itself; levels below 1 mean the caller too.
    try:
        frame = sys._getframe(stacklevel if stacklevel > 1 else 1)
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = globals_.get("__warningregistry__")
    if registry is None:
        registry = {}
        globals_["__warningregistry__"] = registry
    if "__name__" in globals_:
        module = globals_["__name__"]
        if module is None:
            return  # a module being torn down: CPython ignores the warning
        if not isinstance(module, str):
            module = "<string>"
    else:
        module = "<string>"
    _warn_explicit(message, category, filename, lineno, module, registry,
                   source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning for an explicit location (file, line, module)."""
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    _warn_explicit(message, category, filename, lineno, module, registry,
                   source)


def _warn_explicit(message, category, filename, lineno, module, registry,
                   source):
    lineno = int(lineno)
    if module is None:
        # The file name without ".py" stands for the module.
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _action_for(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    # Record the location, except for "always"; "once" and "module" also
    # record the text and category without the line.
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            seen = registry if registry is not None else onceregistry
            if _already_warned(seen, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(
                    registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:"
                               "\n %r" % (action, item))
    _show(WarningMessage(message, category, filename, lineno, None,
                                None, source))


# ---------------------------------------------------------------------------
# catch_warnings
# ---------------------------------------------------------------------------

class catch_warnings(object):
    """Context manager that saves the filters and showwarning() on entry and
    restores them on exit.

    With ``record=True``, warnings are not printed but collected as
    WarningMessage objects in the list that ``with`` binds.  ``action`` (with
    ``category``, ``lineno``, ``append``) installs a simplefilter on entry.
    ``module`` names another module to manage instead of warnings itself.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._saved_show = (mod.showwarning, mod._destination)
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            # The module's own showwarning() passes each message on to
            # _destination: make that the list.
            mod._destination = log.append
            mod.showwarning = mod._builtin_show
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning, mod._destination = self._saved_show


# ---------------------------------------------------------------------------
# Regular expressions for filterwarnings()
# ---------------------------------------------------------------------------

_IGNORECASE = 2  # re.IGNORECASE


def _regex_compiler():
    """re.compile when weft has an re module, else the small matcher below."""
    try:
        import re
    except ImportError:
        return _Pattern
    return re.compile


class _PatternError(ValueError):
    """A pattern _Pattern cannot compile (re.error's stand-in)."""


class _Pattern:
    """A small backtracking regex engine, enough for warning filters: literals,
    ``.``, classes ``[...]`` with ranges, ``\\d \\w \\s`` and their negations,
    groups ``(...)`` / ``(?:...)`` / ``(?P<name>...)``, alternation ``|``,
    the quantifiers ``* + ? {m,n}`` (greedy or lazy) and the anchors
    ``^ $ \\A \\Z \\b \\B``.  Only ``match`` (anchored at the start) is
    offered, which is all warnings needs."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._icase = bool(flags & _IGNORECASE)
        self._pos = 0
        seq_alts = self._parse_alternatives()
        if self._pos < len(pattern):
            raise _PatternError("unbalanced parenthesis at position %d"
                                % self._pos)
        self._program = [("alt", seq_alts)]

    def __repr__(self):
        if self.flags & _IGNORECASE:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, text):
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(text).__name__)
        end = _run(self._program, 0, text, 0, _accept)
        if end is None:
            return None
        return _Match(text, end)

    # -- parsing -----------------------------------------------------------

    def _peek(self):
        p = self.pattern
        return p[self._pos] if self._pos < len(p) else ""

    def _parse_alternatives(self):
        alts = [self._parse_sequence()]
        while self._peek() == "|":
            self._pos += 1
            alts.append(self._parse_sequence())
        return alts

    def _parse_sequence(self):
        seq = []
        while self._pos < len(self.pattern) and self._peek() not in "|)":
            atom = self._parse_atom()
            seq.append(self._parse_quantifier(atom))
        return seq

    def _parse_quantifier(self, atom):
        ch = self._peek()
        if ch == "*":
            lo, hi = 0, None
        elif ch == "+":
            lo, hi = 1, None
        elif ch == "?":
            lo, hi = 0, 1
        elif ch == "{":
            bounds = self._parse_braces()
            if bounds is None:
                return atom
            lo, hi = bounds
        else:
            return atom
        if ch != "{":
            self._pos += 1
        if atom[0] in ("bol", "eol", "bos", "eos", "wb"):
            raise _PatternError("nothing to repeat at position %d"
                                % (self._pos - 1))
        greedy = True
        if self._peek() == "?":
            self._pos += 1
            greedy = False
        return ("rep", atom, lo, hi, greedy)

    def _parse_braces(self):
        p = self.pattern
        close = p.find("}", self._pos)
        if close < 0:
            return None
        body = p[self._pos + 1:close]
        lo_text, comma, hi_text = body.partition(",")
        if not (lo_text.isdigit() or (comma and not lo_text)):
            return None
        if hi_text and not hi_text.isdigit():
            return None
        lo = int(lo_text) if lo_text else 0
        if comma:
            hi = int(hi_text) if hi_text else None
        else:
            hi = lo
        self._pos = close + 1
        return lo, hi

    def _parse_atom(self):
        p = self.pattern
        ch = p[self._pos]
        self._pos += 1
        if ch == "(":
            if p.startswith("?:", self._pos):
                self._pos += 2
            elif p.startswith("?P<", self._pos):
                end = p.find(">", self._pos)
                if end < 0:
                    raise _PatternError("missing >, unterminated name")
                self._pos = end + 1
            elif p.startswith("?", self._pos):
                raise _PatternError("unsupported group syntax at position %d"
                                    % (self._pos - 1))
            alts = self._parse_alternatives()
            if self._peek() != ")":
                raise _PatternError("missing ), unterminated subpattern")
            self._pos += 1
            return ("alt", alts)
        if ch == ")":
            raise _PatternError("unbalanced parenthesis")
        if ch == "[":
            return ("one", self._parse_class())
        if ch == ".":
            return ("one", _not_newline)
        if ch == "^":
            return ("bol",)
        if ch == "$":
            return ("eol",)
        if ch in "*+?":
            raise _PatternError("nothing to repeat at position %d"
                                % (self._pos - 1))
        if ch == "\\":
            return self._parse_escape()
        return ("one", self._literal(ch))

    def _parse_escape(self):
        p = self.pattern
        if self._pos >= len(p):
            raise _PatternError("bad escape (end of pattern)")
        ch = p[self._pos]
        self._pos += 1
        if ch in _CLASS_ESCAPES:
            return ("one", _CLASS_ESCAPES[ch])
        if ch == "A":
            return ("bos",)
        if ch == "Z":
            return ("eos",)
        if ch == "b":
            return ("wb", True)
        if ch == "B":
            return ("wb", False)
        if ch.isalnum() and ch not in _CHAR_ESCAPES:
            raise _PatternError("bad escape \\%s" % ch)
        return ("one", self._literal(_CHAR_ESCAPES.get(ch, ch)))

    def _literal(self, ch):
        if self._icase and ch.lower() != ch.upper():
            low = ch.lower()
            return lambda c: c.lower() == low
        return lambda c: c == ch

    def _parse_class(self):
        p = self.pattern
        negate = False
        if self._peek() == "^":
            negate = True
            self._pos += 1
        ranges = []
        tests = []
        first = True
        while True:
            if self._pos >= len(p):
                raise _PatternError("unterminated character set")
            ch = p[self._pos]
            self._pos += 1
            if ch == "]" and not first:
                break
            first = False
            if ch == "\\":
                if self._pos >= len(p):
                    raise _PatternError("bad escape (end of pattern)")
                esc = p[self._pos]
                self._pos += 1
                if esc in _CLASS_ESCAPES:
                    tests.append(_CLASS_ESCAPES[esc])
                    continue
                ch = _CHAR_ESCAPES.get(esc, esc)
            if (self._peek() == "-" and self._pos + 1 < len(p)
                    and p[self._pos + 1] != "]"):
                hi = p[self._pos + 1]
                self._pos += 2
                if hi == "\\" and self._pos < len(p):
                    hi = _CHAR_ESCAPES.get(p[self._pos], p[self._pos])
                    self._pos += 1
                if hi < ch:
                    raise _PatternError("bad character range %s-%s"
                                        % (ch, hi))
                ranges.append((ch, hi))
            else:
                ranges.append((ch, ch))
        icase = self._icase

        def test(c):
            candidates = (c, c.lower(), c.upper()) if icase else (c,)
            hit = False
            for x in candidates:
                for lo, hi in ranges:
                    if lo <= x <= hi:
                        hit = True
                        break
                if hit:
                    break
            if not hit:
                for t in tests:
                    if t(c):
                        hit = True
                        break
            return hit != negate
        return test


class _Match:
    """The result of a successful _Pattern.match (only the whole match)."""

    def __init__(self, text, end):
        self.string = text
        self._end = end

    def group(self, index=0):
        if index != 0:
            raise IndexError("no such group")
        return self.string[:self._end]

    def start(self, index=0):
        return 0

    def end(self, index=0):
        return self._end

    def span(self, index=0):
        return (0, self._end)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(0, %d), match=%r>" % (
            self._end, self.string[:self._end])


def _accept(pos):
    return pos


def _not_newline(c):
    return c != "\n"


def _is_word(c):
    return c.isalnum() or c == "_"


_CLASS_ESCAPES = {
    "d": lambda c: c.isdigit(),
    "D": lambda c: not c.isdigit(),
    "w": _is_word,
    "W": lambda c: not _is_word(c),
    "s": lambda c: c.isspace(),
    "S": lambda c: not c.isspace(),
}

_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v",
                 "a": "\a", "0": "\0"}


def _run(seq, i, text, pos, k):
    """Match the nodes seq[i:] at text[pos:], then hand the end position to
    the continuation k; the first non-None answer of k wins."""
    n = len(text)
    while i < len(seq):
        node = seq[i]
        kind = node[0]
        if kind == "one":
            if pos < n and node[1](text[pos]):
                pos += 1
                i += 1
                continue
            return None
        if kind == "bol" or kind == "bos":
            if pos != 0:
                return None
        elif kind == "eol":
            if not (pos == n or (pos == n - 1 and text[pos] == "\n")):
                return None
        elif kind == "eos":
            if pos != n:
                return None
        elif kind == "wb":
            before = pos > 0 and _is_word(text[pos - 1])
            after = pos < n and _is_word(text[pos])
            if (before != after) != node[1]:
                return None
        elif kind == "alt":
            def rest(p, seq=seq, i=i, k=k):
                return _run(seq, i + 1, text, p, k)
            for alt in node[1]:
                r = _run(alt, 0, text, pos, rest)
                if r is not None:
                    return r
            return None
        else:  # "rep"
            sub, lo, hi, greedy = node[1], node[2], node[3], node[4]

            def rest(p, seq=seq, i=i, k=k):
                return _run(seq, i + 1, text, p, k)
            if sub[0] == "one":
                test = sub[1]
                limit = n - pos if hi is None else min(hi, n - pos)
                count = 0
                while count < limit and test(text[pos + count]):
                    count += 1
                if count < lo:
                    return None
                tries = range(count, lo - 1, -1) if greedy else \
                    range(lo, count + 1)
                for c in tries:
                    r = rest(pos + c)
                    if r is not None:
                        return r
                return None
            return _repeat(sub, lo, hi, greedy, text, pos, 0, rest)
        i += 1
    return k(pos)


def _repeat(sub, lo, hi, greedy, text, pos, done, k):
    """``sub`` repeated: ``done`` times so far, now at ``pos``."""
    def again(p):
        if p == pos and done >= lo:
            return None  # an empty iteration would loop forever
        return _repeat(sub, lo, hi, greedy, text, p, done + 1, k)
    if done < lo:
        return _run([sub], 0, text, pos, again)
    can_more = hi is None or done < hi
    if greedy:
        if can_more:
            r = _run([sub], 0, text, pos, again)
            if r is not None:
                return r
        return k(pos)
    r = k(pos)
    if r is not None or not can_more:
        return r
    return _run([sub], 0, text, pos, again)
