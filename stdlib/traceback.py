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
    and, if captured, the repr()s of its locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The line as it is in the file, indentation included.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) for `f` and each frame it was called from
    (starting from the frame that first iterates it when `f` is None)."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _limited(items, limit):
    # The first `limit` items (the last -limit when it is negative); with no
    # limit, sys.tracebacklimit's.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    items = list(items)
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


def _summary(entry, lookup_lines, locals=None):
    filename, lineno, end_lineno, colno, end_colno, name = entry
    return FrameSummary(filename, lineno, name, lookup_line=lookup_lines,
                        locals=locals, end_lineno=end_lineno,
                        colno=colno, end_colno=end_colno)


class StackSummary(list):
    """A list of FrameSummary objects that formats like a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """The summary of the (frame, lineno) pairs of `frame_gen`."""
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            # A frame gives its line but, as in CPython 3.11, no columns:
            # stacks print without carets.
            code = f.f_code
            local_vars = f.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines, locals=local_vars))
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name,
        line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines printed for one frame, as one string."""
        out = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            out += '    {}\n'.format(frame_summary.line)
            if (frame_summary.colno is not None
                    and frame_summary.end_colno is not None
                    and frame_summary.end_lineno is not None):
                marks = _traceback.carets(
                    frame_summary._original_line.rstrip('\r\n'),
                    frame_summary.lineno, frame_summary.end_lineno,
                    frame_summary.colno, frame_summary.end_colno)
                if marks is not None:
                    out += marks
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                out += '    {name} = {value}\n'.format(name=name, value=value)
        return out

    def format(self):
        """The lines of a traceback for these frames, each ending in a newline
        (a line repeated more than three times in a row is summed up)."""
        out = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    out.append(_repeated(count))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            out.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            out.append(_repeated(count))
        return out


def _repeated(count):
    more = count - _RECURSIVE_CUTOFF
    return '  [Previous line repeated {} more time{}]\n'.format(
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

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            mine = {k: v for k, v in self.__dict__.items() if k != '_value'}
            theirs = {k: v for k, v in other.__dict__.items() if k != '_value'}
            return mine == theirs
        return NotImplemented

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
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report for an exception, given as the exception
    alone or as (type, value, tb) (the type is then not used)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints format_exception()'s lines to `file` (default sys.stderr)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    _write(te.format(chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of the report for an exception (`Type: message`)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled, as an uncaught one would be."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_type and friends)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)
