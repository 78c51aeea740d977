"""Extracting, formatting and printing tracebacks and stacks.

weft's `traceback`, in weft over the native `_traceback` module, which hands
out the frames recorded in traceback and frame objects and the pieces of
weft's own traceback printer (source lines, caret lines, the final
`Type: message` line), so that what this module formats is exactly what weft
prints for an uncaught exception, and what CPython 3.11 prints. Signatures
and results follow CPython 3.11; the code is weft's own.

Left out: walk_tb() and clear_frames() (weft's traceback objects do not keep
their frames: no `tb_frame`), capturing locals from a traceback (a
TracebackException has no `capture_locals`), exception groups (weft has
none), and print_last() finds nothing, since weft does not set sys.last_type.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack']

_CAUSE = ("\nThe above exception was the direct cause "
          "of the following exception:\n\n")
_CONTEXT = ("\nDuring handling of the above exception, "
            "another exception occurred:\n\n")

# Repeats of one line beyond this many are summed up in one line.
_RECURSIVE_CUTOFF = 3

_sentinel = object()

_file_lines = {}


def _getline(filename, lineno):
    """Source line `lineno` of `filename` (with its newline), or ''."""
    if lineno is None:
        return ''
    line = _traceback.source_line(filename, lineno)
    if line is not None:
        return line + '\n'
    if filename.startswith('<') and filename.endswith('>'):
        return ''
    lines = _file_lines.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().splitlines(True)
        except (OSError, UnicodeDecodeError, ValueError):
            lines = []
        _file_lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


# ---- frames and stacks ------------------------------------------------------------

class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name and line,
    plus the span of the expression it was at (end_lineno, colno, end_colno)
    and, if captured, the repr()s of its locals. Compares, indexes and
    unpacks as the tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'name', 'end_lineno', 'colno',
                 'end_colno', 'locals', '_line')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self.locals = ({key: repr(val) for key, val in locals.items()}
                       if locals else None)
        if lookup_line:
            self._source()

    def _source(self):
        # The line as it is in the file, indentation kept; read on first use.
        if self._line is None and self.lineno is not None:
            self._line = _getline(self.filename, self.lineno)
        return self._line

    _original_line = property(_source)

    @property
    def line(self):
        text = self._source()
        return None if text is None else text.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return ((self.filename, self.lineno, self.name, self.locals)
                == (other.filename, other.lineno, other.name, other.locals))

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (
            self.filename, self.lineno, self.name)


def walk_stack(f):
    """Yields (frame, lineno) for `f` and each frame it was called from
    (see below for where it starts when `f` is None)."""
    # With `f` None: this generator is resumed by _limited(), called by
    # StackSummary.extract(); start from extract()'s caller, as CPython does.
    frame = sys._getframe().f_back.f_back.f_back if f is None else f
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def _limited(items, limit):
    # The first `limit` items (the last -limit when it is negative); with no
    # limit, sys.tracebacklimit's.
    items = list(items)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return items
        limit = max(limit, 0)
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


def _summary(entry, lookup_lines, locals=None):
    filename, lineno, end_lineno, colno, end_colno, name = entry
    return FrameSummary(filename, lineno, name, lookup_line=lookup_lines,
                        locals=locals, end_lineno=end_lineno,
                        colno=colno, end_colno=end_colno)


def _as_frame_summary(item):
    # An entry of a from_list() argument: a FrameSummary or a 4-tuple.
    if isinstance(item, FrameSummary):
        return item
    filename, lineno, name, line = item
    return FrameSummary(filename, lineno, name, line=line)


def _where(fs):
    return (fs.filename, fs.lineno, fs.name)


class StackSummary(list):
    """A list of FrameSummary objects that formats like a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """The summary of the (frame, lineno) pairs of `frame_gen`."""
        # A frame gives its line but, as in CPython 3.11, no columns: stacks
        # print without carets.
        return klass(
            FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name,
                         lookup_line=lookup_lines,
                         locals=frame.f_locals if capture_locals else None)
            for frame, lineno in _limited(frame_gen, limit))

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name,
        line) tuples."""
        return StackSummary(map(_as_frame_summary, a_list))

    def format_frame_summary(self, frame_summary):
        """The lines printed for one frame, as one string."""
        fs = frame_summary
        parts = ['  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)]
        text = fs.line
        if text:
            parts.append('    %s\n' % text)
            span = (fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
            if None not in span[1:]:
                marks = _traceback.carets(fs._original_line.rstrip('\r\n'), *span)
                if marks is not None:
                    parts.append(marks)
        for key in sorted(fs.locals or ()):
            parts.append('    %s = %s\n' % (key, fs.locals[key]))
        return ''.join(parts)

    def format(self):
        """The lines of a traceback for these frames, each ending in a newline
        (a line repeated more than three times in a row is summed up)."""
        out = []
        start = 0
        while start < len(self):
            # [start, stop) is a run of frames at one place.
            stop = start + 1
            while stop < len(self) and _where(self[stop]) == _where(self[start]):
                stop += 1
            for i in range(start, min(stop, start + _RECURSIVE_CUTOFF)):
                out.append(self.format_frame_summary(self[i]))
            if stop - start > _RECURSIVE_CUTOFF:
                out.append(_repeated(stop - start))
            start = stop
        return out


def _repeated(count):
    more = count - _RECURSIVE_CUTOFF
    return '  [Previous line repeated %d more time%s]\n' % (
        more, 's' if more > 1 else '')


def _tb_summary(tb, limit, lookup_lines=True):
    if tb is None:
        return StackSummary()
    entries = _limited(_traceback.tb_entries(tb), limit)
    return StackSummary(_summary(e, lookup_lines) for e in entries)


def extract_tb(tb, limit=None):
    """The StackSummary of traceback `tb`, outermost frame first."""
    return _tb_summary(tb, limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or of frame `f` and its
    callers), outermost frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """The traceback lines for a list of FrameSummary objects or tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints format_list(extracted_list) to `file` (default sys.stderr)."""
    _write(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The traceback lines for the frames of `tb`."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints the frames of `tb` to `file` (default sys.stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The traceback lines for the current stack (or frame `f` and its callers)."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the current stack (or frame `f` and its callers)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


# ---- exceptions -------------------------------------------------------------------

def _type_name(exc_type):
    module = getattr(exc_type, '__module__', None)
    name = getattr(exc_type, '__qualname__', None) or getattr(exc_type, '__name__', '')
    if module not in (None, '__main__', 'builtins'):
        return module + '.' + name
    return name


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


class TracebackException:
    """An exception made ready for formatting: its stack (a StackSummary),
    type, message and, as TracebackExceptions, its __cause__ and __context__."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, compact=False, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = _tb_summary(exc_traceback, limit, lookup_lines)
        self.exc_type = exc_type
        self._value = exc_value if isinstance(exc_value, BaseException) else None
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lineno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if self._value is None:
            return
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, limit=limit,
                lookup_lines=lookup_lines, _seen=_seen)
        context = exc_value.__context__
        wanted = not (compact and (self.__cause__ is not None or self.__suppress_context__))
        if wanted and context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__, limit=limit,
                lookup_lines=lookup_lines, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of the exception `exc`."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _fields(self):
        # What equality looks at: every attribute but the exception itself.
        fields = dict(vars(self))
        fields.pop('_value', None)
        return fields

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's last line(s): `Type: message`, notes, and for a
        SyntaxError the location block before it."""
        if self._value is not None:
            yield from _traceback.exception_only(self._value).splitlines(True)
            return
        if self.exc_type is None:
            yield 'None: ' + self._str + '\n' if self._str else 'None\n'
            return
        name = _type_name(self.exc_type)
        yield '%s: %s\n' % (name, self._str) if self._str else name + '\n'

    def format(self, *, chain=True):
        """The lines of the whole report: chained exceptions first, each with
        its traceback, as weft prints an uncaught exception."""
        parts = []
        exc = self
        while exc is not None:
            if not chain:
                parts.append((None, exc))
                break
            if exc.__cause__ is not None:
                parts.append((_CAUSE, exc))
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                parts.append((_CONTEXT, exc))
                exc = exc.__context__
            else:
                parts.append((None, exc))
                exc = None
        for message, exc in reversed(parts):
            if message is not None:
                yield message
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()


def _value_and_tb(exc, value, tb):
    # The functions below take the exception alone, or (type, value, tb) as
    # sys.exc_info() gives them; either way, the value and traceback to use.
    given = (value is not _sentinel) + (tb is not _sentinel)
    if given == 2:
        return value, tb
    if given == 1:
        raise ValueError("Both or neither of value and tb must be given")
    if exc is not None and not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, getattr(exc, '__traceback__', None)


def _report_lines(value, tb, limit, chain):
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return report.format(chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report for an exception, given as the exception
    alone or as (type, value, tb) (the type is then not used)."""
    return list(_report_lines(*_value_and_tb(exc, value, tb), limit, chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints format_exception()'s lines to `file` (default sys.stderr)."""
    _write(_report_lines(*_value_and_tb(exc, value, tb), limit, chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of the report for an exception (`Type: message`)."""
    if value is not _sentinel:
        exc = value
    only = TracebackException(type(exc), exc, None, compact=True)
    return list(only.format_exception_only())


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, as one string."""
    _, value, tb = sys.exc_info()
    return ''.join(_report_lines(value, tb, limit, chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled, as an uncaught one would be."""
    _, value, tb = sys.exc_info()
    _write(_report_lines(value, tb, limit, chain), file)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_value and friends)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError("no last exception")
    _write(_report_lines(sys.last_value, sys.last_traceback, limit, chain), file)
