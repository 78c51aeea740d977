"""logging: loggers, handlers, filters and formatters, as in CPython 3.11.

What is here: the numeric levels and their names (addLevelName,
getLevelName with its name -> number reverse lookup), the logger tree
(getLogger with dotted names; placeholders stand in for parents nobody has
asked for yet), LogRecord, Formatter with the three styles ('%', '{', '$')
and their validation, Filter, Handler, StreamHandler, FileHandler,
NullHandler, the last-resort handler, LoggerAdapter, basicConfig, the
module-level shortcuts, disable, shutdown and captureWarnings.

How it is built: plain weft code over threading, time, io and string.
Every handler owns an RLock held around emit(), and the module has one
RLock guarding the tree and the handler registry, so records from many
threads never interleave within a line. The caller's file, line and
function come from sys._getframe. Tracebacks (exc_info, exception()) are
formatted by weft's native traceback printer (_thread._print_exception),
the one behind uncaught exceptions, so they read exactly like CPython's;
stack_info lines are read from the source files. weft has no `re`, so the
format-string validators are small hand-written scanners that accept what
CPython's regular expressions accept.

Left out: logging.config and logging.handlers, pickling of loggers,
fork hooks (weft has no fork), and weak references (the handler registry
keeps handlers alive; shutdown() flushes and closes every handler ever
made, newest first).
"""

import sys
import os
import io
import time
import threading
import warnings
import collections.abc
from types import GenericAlias
from string import Template, _scan_template
from _thread import _print_exception

# Public names, in the order CPython lists them.
__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler
    Filter Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET
    NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal
    getLevelName getLogger getLoggerClass info log makeLogRecord
    setLoggerClass shutdown warn warning getLogRecordFactory
    setLogRecordFactory lastResort raiseExceptions getLevelNamesMapping
""".split()

# Switches a program may flip, as in CPython.
# raiseExceptions: report errors met while emitting (see handleError);
# the log* switches: whether records look up thread and process details.
raiseExceptions = logThreads = logMultiprocessing = logProcesses = True

_startTime = time.time()


# ---- levels ----------------------------------------------------------------

NOTSET = 0
DEBUG = 10
INFO = 20
WARNING = WARN = 30
ERROR = 40
CRITICAL = FATAL = 50

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING',
                INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR,
                'WARN': WARNING, 'WARNING': WARNING, 'INFO': INFO,
                'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    # A number gives its name; a registered name gives its number back (an
    # old quirk CPython keeps); anything else reads "Level <x>".
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Gives `level` a name for output and the name a level for lookups."""
    with _lock:
        _levelToName[level], _nameToLevel[levelName] = levelName, level


def _checkLevel(level):
    """A level given as a number or as a registered name, as a number."""
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r"
                        % (level,))
    number = _nameToLevel.get(level)
    if number is None:
        raise ValueError("Unknown level: %r" % level)
    return number


# ---- the module lock ---------------------------------------------------------

# Guards the logger tree, the level tables and the handler registry. It is
# re-entrant because configuring code may create handlers while holding it.
_lock = threading.RLock()


# The two helpers CPython's companion modules call around the lock.

def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---- where a logging call came from ----------------------------------------

def currentframe():
    return sys._getframe(1)


# The file this module's code runs from; frames from it are skipped when
# looking for the caller of a logging call.
_srcfile = os.path.normcase(getLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    name = os.path.normcase(frame.f_code.co_filename)
    if name == _srcfile:
        return True
    return "importlib" in name and "_bootstrap" in name


_source_cache = {}


def _source_line(filename, lineno):
    """Line `lineno` of `filename`, stripped ('' when unavailable)."""
    lines = _source_cache.get(filename)
    if lines is None:
        lines = []
        if not (filename.startswith('<') and filename.endswith('>')):
            try:
                with open(filename, encoding='utf-8') as f:
                    lines = f.read().splitlines()
            except (OSError, UnicodeDecodeError, ValueError):
                lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _format_stack(frame):
    """The text traceback.print_stack(frame) writes: oldest call first."""
    frames = []
    walker = frame
    while walker is not None:
        frames.append(walker)
        walker = walker.f_back
    frames.reverse()
    out = []
    previous = None
    repeats = 0

    def flush_repeats():
        if repeats > 3:
            more = repeats - 3
            out.append('  [Previous line repeated %d more time%s]\n'
                       % (more, 's' if more > 1 else ''))

    for f in frames:
        code = f.f_code
        key = (code.co_filename, f.f_lineno, code.co_name)
        if key != previous:
            flush_repeats()
            previous = key
            repeats = 0
        repeats += 1
        if repeats > 3:
            continue
        out.append('  File "%s", line %d, in %s\n' % key)
        text = _source_line(code.co_filename, f.f_lineno)
        if text:
            out.append('    %s\n' % text)
    flush_repeats()
    return ''.join(out)


def _format_exception(exc_type, value, tb):
    """What traceback.print_exception(exc_type, value, tb) would print."""
    if value is None:
        return 'NoneType: None\n'
    if not isinstance(value, BaseException):
        return '%s: %s\n' % (type(value).__name__, value)
    buf = io.StringIO()
    saved = value.__traceback__
    if tb is not saved:
        value.__traceback__ = tb
    try:
        _print_exception(value, buf)
    finally:
        if tb is not saved:
            value.__traceback__ = saved
    return buf.getvalue()


def _file_and_module(pathname):
    """A path's base name and that name without its last extension."""
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


# ---- records -------------------------------------------------------------------

def _process_name():
    # Only asks multiprocessing when the program has imported it.
    module = sys.modules.get('multiprocessing')
    if module is not None:
        try:
            return module.current_process().name
        except Exception:
            pass
    return 'MainProcess'


class LogRecord(object):
    """One logging event: who logged what, where, when and with which arguments."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name, self.msg = name, msg
        # A lone non-empty mapping argument is used for %(key)s lookups.
        lone_mapping = (args and len(args) == 1
                        and isinstance(args[0], collections.abc.Mapping)
                        and args[0])
        self.args = args[0] if lone_mapping else args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname, (self.filename, self.module) = (
            pathname, _file_and_module(pathname))
        self.exc_info, self.exc_text = exc_info, None
        self.stack_info, self.lineno, self.funcName = sinfo, lineno, func
        self.created = now
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = self.threadName = None
        if logThreads:
            self.thread, self.threadName = (threading.get_ident(),
                                            threading.current_thread().name)
        self.processName = _process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """msg (made a string) with args %-substituted, when there are any."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Loggers make records by calling `factory` (LogRecord's signature)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable loggers use to make records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from `dict` (as when unpickled or
    received over a socket)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format-string validation (hand-written stand-ins for CPython's regexes) ----

def _is_word(ch):
    return ch == '_' or ch.isalnum()


def _word_end(text, i):
    """Index just past the run of word characters starting at i."""
    n = len(text)
    while i < n and _is_word(text[i]):
        i += 1
    return i


def _digits_end(text, i):
    n = len(text)
    while i < n and text[i].isdecimal():
        i += 1
    return i


def _at_regex_end(text, i):
    # `$` in a regex also matches just before a final newline.
    n = len(text)
    return i == n or (i == n - 1 and text[i] == '\n')


def _has_percent_field(fmt):
    """True when fmt holds a %(name)<flags><width><.prec><conv> field."""
    start = fmt.find('%(')
    while start >= 0:
        if _percent_field_at(fmt, start + 2):
            return True
        start = fmt.find('%(', start + 1)
    return False


def _percent_field_at(fmt, i):
    n = len(fmt)
    end = _word_end(fmt, i)
    if end == i or end >= n or fmt[end] != ')':
        return False
    i = end + 1
    while i < n and fmt[i] in '#0+ -':
        i += 1
    if i < n and fmt[i] == '*':
        i += 1
    else:
        i = _digits_end(fmt, i)
    if i < n and fmt[i] == '.':
        if i + 1 < n and fmt[i + 1] == '*':
            i += 2
        else:
            j = _digits_end(fmt, i + 1)
            if j > i + 1:
                i = j
    return i < n and fmt[i] in 'diouxefgcrsaDIOUXEFGCRSA%'


def _field_name_ok(name):
    """Accepts a field name of the form word ( .word | [chars] )*."""
    n = len(name)
    i = _word_end(name, 0)
    if i == 0:
        return False
    while i < n:
        if _at_regex_end(name, i):
            return True
        ch = name[i]
        if ch == '.':
            j = _word_end(name, i + 1)
            if j == i + 1:
                return False
            i = j
        elif ch == '[':
            close = name.find(']', i + 1)
            if close <= i + 1:
                return False
            i = close + 1
        else:
            return False
    return True


def _spec_choices(spec, i, element):
    """The positions where one optional element of a format spec can end."""
    n = len(spec)
    ends = []
    if element == 'align':
        if i < n and spec[i] in '<>=^':
            ends.append(i + 1)
        if i + 1 < n and spec[i] != '\n' and spec[i + 1] in '<>=^':
            ends.append(i + 2)
    elif element == 'sign':
        if i < n and spec[i] in '+ -':
            ends.append(i + 1)
    elif element == 'alt':
        if i < n and spec[i] == '#':
            ends.append(i + 1)
    elif element == 'zero':
        if i < n and spec[i] == '0':
            ends.append(i + 1)
    elif element in ('width', 'precision'):
        j = i
        if element == 'precision':
            if i >= n or spec[i] != '.':
                return [i]
            j = i + 1
        if j < n and spec[j] == '{':
            k = _word_end(spec, j + 1)
            if k > j + 1 and k < n and spec[k] == '}':
                ends.append(k + 1)
        k = _digits_end(spec, j)
        ends.extend(range(k, j, -1))
    elif element == 'grouping':
        if i < n and spec[i] in ',_':
            ends.append(i + 1)
    elif element == 'type':
        if i < n and spec[i].lower() in 'bcdefgnosx%' and spec[i] != '':
            ends.append(i + 1)
    ends.append(i)
    return ends


_SPEC_ELEMENTS = ('align', 'sign', 'alt', 'zero', 'width', 'grouping',
                  'precision', 'type')


def _spec_ok(spec, i=0, k=0):
    if k == len(_SPEC_ELEMENTS):
        return _at_regex_end(spec, i)
    for end in _spec_choices(spec, i, _SPEC_ELEMENTS[k]):
        if _spec_ok(spec, end, k + 1):
            return True
    return False


def _parse_braces(fmt):
    """Yields (fieldname, spec, conversion) for each {} field, raising the
    ValueErrors str.format's parser raises, at the point it raises them."""
    n = len(fmt)
    i = 0
    while i < n:
        ch = fmt[i]
        if ch == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if fmt[i + 1] == '{':
            i += 2
            continue
        # A replacement field: its name runs to '}', ':' or '!', where
        # brackets protect those characters.
        i += 1
        name_start = i
        stop = None
        while i < n:
            ch = fmt[i]
            i += 1
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch == '[':
                while i < n and fmt[i] != ']':
                    i += 1
                continue
            if ch in '}:!':
                stop = ch
                break
        if stop is None:
            raise ValueError("expected '}' before end of string")
        name = fmt[name_start:i - 1]
        conversion = None
        spec = ''
        if stop != '}':
            if stop == '!':
                if i >= n:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conversion = fmt[i]
                i += 1
                if i < n:
                    ch = fmt[i]
                    i += 1
                    if ch == '}':
                        yield name, spec, conversion
                        continue
                    if ch != ':':
                        raise ValueError("expected ':' after conversion "
                                         "specifier")
            spec_start = i
            depth = 1
            while i < n:
                ch = fmt[i]
                i += 1
                if ch == '{':
                    depth += 1
                elif ch == '}':
                    depth -= 1
                    if depth == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            spec = fmt[spec_start:i - 1]
        yield name, spec, conversion


# ---- styles and formatters -----------------------------------------------------

_NO_FIELDS = 'invalid format: no fields'


class PercentStyle(object):
    """Fields written %(name)s, filled in by the % operator."""

    default_format, asctime_format, asctime_search = (
        '%(message)s', '%(asctime)s', '%(asctime)')

    def __init__(self, fmt, *, defaults=None):
        self._fmt, self._defaults = fmt or self.default_format, defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if _has_percent_field(self._fmt):
            return
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        """The record's attributes, laid over the defaults (if any)."""
        if not self._defaults:
            return record.__dict__
        return {**self._defaults, **record.__dict__}

    def _render(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._render(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % missing)


def _brace_field_problem(name, spec, conversion):
    """Why one {field!conversion:spec} is not acceptable, or None."""
    if name and not _field_name_ok(name):
        return 'invalid field name/expression: %r' % name
    if conversion and conversion not in ('r', 's', 'a'):
        return 'invalid conversion: %r' % conversion
    if spec and not _spec_ok(spec):
        return 'bad specifier: %r' % spec
    return None


class StrFormatStyle(PercentStyle):
    """Fields written {name}, filled in by str.format."""

    default_format, asctime_format, asctime_search = (
        '{message}', '{asctime}', '{asctime')

    def _render(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        named = False
        try:
            for name, spec, conversion in _parse_braces(self._fmt):
                problem = _brace_field_problem(name, spec, conversion)
                if problem:
                    raise ValueError(problem)
                named = named or bool(name)
        except ValueError as why:
            raise ValueError('invalid format: %s' % why)
        if not named:
            raise ValueError(_NO_FIELDS)


class StringTemplateStyle(PercentStyle):
    """Fields written $name or ${name}, filled in by string.Template."""

    default_format, asctime_format, asctime_search = (
        '${message}', '${asctime}', '${asctime}')

    def __init__(self, fmt, *, defaults=None):
        super().__init__(fmt, defaults=defaults)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return any(mark in self._fmt
                   for mark in ('$asctime', self.asctime_search))

    def validate(self):
        named = False
        for kind, _start, _end, _name in _scan_template(self._fmt, '$'):
            if kind == 'invalid':
                raise ValueError("invalid format: bare '$' not allowed")
            named = named or kind in ('named', 'braced')
        if not named:
            raise ValueError(_NO_FIELDS)

    def _render(self, record):
        return self._tpl.substitute(**self._fields(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig uses by default)
_STYLES = {}
for _style_class, _basic in (
        (PercentStyle, BASIC_FORMAT),
        (StrFormatStyle, "{levelname}:{name}:{message}"),
        (StringTemplateStyle, "${levelname}:${name}:${message}")):
    _STYLES[_style_class.default_format[0]] = (_style_class, _basic)
del _style_class, _basic


def _style_entry(style):
    """_STYLES[style], or the ValueError CPython raises for an unknown style."""
    entry = _STYLES.get(style)
    if entry is None:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return entry


class Formatter(object):
    """Turns a LogRecord into text, using a format string in one of three styles."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%',
                 validate=True, *, defaults=None):
        chosen = _style_entry(style)[0](fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style, self._fmt, self.datefmt = chosen, chosen._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        text = _format_exception(ei[0], ei[1], ei[2])
        return text[:-1] if text.endswith('\n') else text

    # The next three are hooks a subclass may override.

    def usesTime(self):
        """Whether the format mentions asctime (so formatTime is needed)."""
        return self._style.usesTime()

    def formatMessage(self, record):
        """The record laid out by the style, before any traceback."""
        return self._style.format(record)

    def formatStack(self, stack_info):
        """How stack_info appears under the message: as it is, by default."""
        return stack_info

    def format(self, record):
        """The message line(s), then the traceback and stack, if any."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        pieces = [self.formatMessage(record)]
        if record.exc_info and not record.exc_text:
            # Computed once per record, then reused by every handler.
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            pieces.append(record.exc_text)
        if record.stack_info:
            pieces.append(self.formatStack(record.stack_info))
        text = pieces[0]
        for tail in pieces[1:]:
            if not text.endswith('\n'):
                text += '\n'
            text += tail
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        """Text put before a non-empty batch; override to add some."""
        return ""

    def formatFooter(self, records):
        """Text put after a non-empty batch; override to add some."""
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(map(self.linefmt.format, records))
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---- filters -------------------------------------------------------------------

class Filter(object):
    """Lets through records of the logger called `name` and its descendants."""

    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        wanted, got = self.name, record.name
        if not self.nlen or got == wanted:
            return True
        return got.startswith(wanted) and got[self.nlen:self.nlen + 1] == '.'


class Filterer(object):
    """The filter list shared by loggers and handlers."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        present = self.filters
        if filter not in present:
            present.append(filter)

    def removeFilter(self, filter):
        present = self.filters
        if filter in present:
            present.remove(filter)

    def filter(self, record):
        # Objects with a .filter method and plain callables both count; the
        # first one to say no stops the record.
        return all((f.filter if hasattr(f, 'filter') else f)(record)
                   for f in self.filters)


# ---- handlers ------------------------------------------------------------------

_handlers = {}      # handler name -> handler
_handlerList = []   # every handler made, oldest first (for shutdown)


def _describe(obj, detail, level):
    """The shape every repr here shares: '<Class detail (LEVELNAME)>'."""
    middle = detail + ' ' if detail else ''
    return '<%s %s(%s)>' % (type(obj).__name__, middle, getLevelName(level))


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by overriding emit()."""

    def __init__(self, level=NOTSET):
        super().__init__()
        vars(self).update(_name=None, level=_checkLevel(level),
                          formatter=None, _closed=False)
        with _lock:
            _handlerList.append(self)   # for shutdown()
        self.createLock()

    def get_name(self):
        """The handler's name (None until one is set)."""
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    # Each handler serialises its own emit() calls with a re-entrant lock.

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        # Kept for API parity; weft never forks.
        self.lock._at_fork_reinit()

    def acquire(self):
        lock = self.lock
        if lock:
            lock.acquire()

    def release(self):
        lock = self.lock
        if lock:
            lock.release()

    def setLevel(self, level):
        """Records below `level` are ignored by this handler."""
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        """The Formatter used from now on (None means the default one)."""
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError(
            'emit must be implemented by Handler subclasses')

    def handle(self, record):
        verdict = self.filter(record)
        if verdict:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return verdict

    def flush(self):
        """Nothing is buffered here; subclasses that buffer override this."""

    def close(self):
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        # Report a failure inside emit() on stderr and carry on, as CPython
        # does when raiseExceptions is set.
        err = sys.stderr
        if not (raiseExceptions and err):
            return
        etype, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            err.write(_format_exception(etype, value, tb))
            err.write('Call stack:\n')
            # Start where the error was caught, then step out of logging.
            caller = sys._getframe(1)
            while caller is not None and _is_internal_frame(caller):
                caller = caller.f_back
            if caller is None:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            else:
                err.write(_format_stack(caller))
            try:
                detail = ('Message: %r\nArguments: %s\n'
                          % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                detail = _UNPRINTABLE
            err.write(detail)
        except OSError:
            pass
        finally:
            del etype, value, tb

    def __repr__(self):
        return _describe(self, '', self.level)


_UNPRINTABLE = ('Unable to print the message and arguments - possible '
                'formatting error.\nUse the traceback above to help find '
                'the error.\n')


class StreamHandler(Handler):
    """Writes each formatted record, plus `terminator`, to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            # One write per record, so lines from different handlers sharing
            # a stream never mix.
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Swaps in another stream (flushing the old one) and returns the old
        one; None when `stream` is already the current one."""
        previous = self.stream
        if stream is previous:
            return None
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        return _describe(self, str(getattr(self.stream, 'name', '')),
                         self.level)

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record with delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        vars(self).update(mode=mode, encoding=encoding, errors=errors,
                          delay=delay, _builtin_open=open)
        if delay:
            # No stream until the first record arrives.
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _let_go_of_stream(self):
        current = self.stream
        if not current:
            return
        try:
            self.flush()
        finally:
            self.stream = None
            closer = getattr(current, "close", None)
            if closer is not None:
                closer()

    def close(self):
        self.acquire()
        try:
            self._let_go_of_stream()
        finally:
            # Runs even when delay=True left no stream, so the handler is
            # marked closed and leaves the name registry.
            try:
                super().close()
            finally:
                self.release()

    def _open(self):
        opener = self._builtin_open
        return opener(self.baseFilename, self.mode, encoding=self.encoding,
                      errors=self.errors)

    def emit(self, record):
        # A closed handler in 'w' mode stays closed rather than wiping the
        # file; otherwise a missing stream is (re)opened on demand.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def __repr__(self):
        return _describe(self, self.baseFilename, self.level)


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the moment of each record."""

    def __init__(self, level=NOTSET):
        # Skips StreamHandler.__init__: there is no stream to store.
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """A handler that drops every record (for libraries that log but do not configure)."""

    def handle(self, record):
        """Drops the record."""

    def emit(self, record):
        """Drops the record."""

    def createLock(self):
        # Nothing is ever written, so nothing needs a lock.
        self.lock = None

    def _at_fork_reinit(self):
        """No lock, nothing to reset."""


# ---- the logger tree -----------------------------------------------------------

class PlaceHolder(object):
    """Holds the place of a logger nobody has asked for yet, remembering
    which loggers below it will need re-parenting once somebody does."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass == Logger or issubclass(klass, Logger):
        return
    raise TypeError("logger not derived from logging.Logger: %s"
                    % klass.__name__)


def setLoggerClass(klass):
    """The class getLogger() uses for new loggers (a Logger subclass)."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() uses for new loggers."""
    return _loggerClass


class Manager(object):
    """Owns the tree of loggers under one root."""

    def __init__(self, rootnode):
        vars(self).update(root=rootnode, emittedNoHandlerWarning=False,
                          loggerDict={}, loggerClass=None,
                          logRecordFactory=None)
        self.disable = 0          # through the property, which checks it

    def _get_disable(self):
        return self._disable

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    disable = property(_get_disable, _set_disable)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = self._new_logger(name)
            if existing is not None:
                self._fixupChildren(existing, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        """Like the module's setLoggerClass, for this manager's loggers only."""
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """Stored for compatibility; records come from the module's factory."""
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # Walk up the dotted name: the nearest real logger is the parent;
        # every missing level on the way gets (or joins) a placeholder.
        dotted = alogger.name
        parent = None
        cut = dotted.rfind(".")
        while cut > 0 and parent is None:
            prefix = dotted[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            cut = dotted.rfind(".", 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # Loggers that hung from an ancestor above the new logger now hang from it.
        prefix = alogger.name
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _exc_triple(exc_info):
    """exc_info as given to a logging call, as a (type, value, traceback)
    triple: an exception stands for itself, any other true value for the
    exception being handled; tuples and false values are kept."""
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


# The five everyday severities. Each one becomes a method of that name on
# Logger and on LoggerAdapter, and a function of this module; the bodies are
# made by the small factories below rather than written out five times.
_SEVERITIES = (('debug', DEBUG), ('info', INFO), ('warning', WARNING),
               ('error', ERROR), ('critical', CRITICAL))


def _give_name(fn, name, owner=None):
    fn.__name__ = name
    fn.__qualname__ = name if owner is None else '%s.%s' % (owner, name)
    return fn


def _warn_is_deprecated(what):
    # Called from the warn() wrappers, so the warning should point one frame
    # further out than this helper: at whoever called warn().
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % what,
                  DeprecationWarning, 3)


_NO_CALLER = ("(unknown file)", 0, "(unknown function)", None)


class Logger(Filterer):
    """A named channel for log records; records travel up the tree of
    dotted names to the handlers of each ancestor (while propagate holds)."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        vars(self).update(name=name, level=_checkLevel(level), parent=None,
                          propagate=True, handlers=[], disabled=False,
                          _cache={})   # level -> isEnabledFor answer

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # debug(), info(), warning(), error() and critical() are attached after
    # the class body, from _SEVERITIES.

    def warn(self, msg, *args, **kwargs):
        _warn_is_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        return self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs at any numeric level; other levels are a TypeError."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        here = currentframe()
        if here is None:
            return _NO_CALLER
        # Step out of logging's own frames; each outside frame passed counts
        # one stack level.
        while stacklevel > 0 and here.f_back is not None:
            here = here.f_back
            if not _is_internal_frame(here):
                stacklevel -= 1
        sinfo = None
        if stack_info:
            sinfo = ("Stack (most recent call last):\n"
                     + _format_stack(here)).rstrip('\n')
        code = here.f_code
        return code.co_filename, here.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        if extra is not None:
            taken = record.__dict__
            for key, value in extra.items():
                if key in taken or key == "message" or key == "asctime":
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                taken[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        where = _NO_CALLER
        if _srcfile:
            # Setting logging._srcfile to None skips the frame walk.
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        path, line, func, sinfo = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args,
                                    _exc_triple(exc_info), func, extra, sinfo))

    def handle(self, record):
        if self.disabled:
            return
        if self.filter(record):
            self.callHandlers(record)

    def _set_membership(self, hdlr, wanted):
        with _lock:
            present = hdlr in self.handlers
            if wanted and not present:
                self.handlers.append(hdlr)
            elif present and not wanted:
                self.handlers.remove(hdlr)

    def addHandler(self, hdlr):
        self._set_membership(hdlr, True)

    def removeHandler(self, hdlr):
        self._set_membership(hdlr, False)

    def _lineage(self, honour_propagate):
        """This logger and its ancestors, nearest first; with
        honour_propagate, stopping after the first that does not propagate."""
        node = self
        while node:
            yield node
            if honour_propagate and not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage(True))

    def callHandlers(self, record):
        targets = [h for node in self._lineage(True) for h in node.handlers]
        if not targets:
            if not lastResort:
                mgr = self.manager
                if raiseExceptions and not mgr.emittedNoHandlerWarning:
                    sys.stderr.write('No handlers could be found for logger'
                                     ' "%s"\n' % self.name)
                    mgr.emittedNoHandlerWarning = True
                return
            targets = [lastResort]
        for h in targets:
            if h.level <= record.levelno:
                h.handle(record)

    def getEffectiveLevel(self):
        for node in self._lineage(False):
            if node.level:
                return node.level
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        answer = self._cache.get(level)
        if answer is None:
            with _lock:
                answer = (level > self.manager.disable
                          and level >= self.getEffectiveLevel())
                self._cache[level] = answer
        return answer

    def getChild(self, suffix):
        if self is not self.root:
            suffix = '%s.%s' % (self.name, suffix)
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return _describe(self, self.name, self.getEffectiveLevel())


def _logger_level_method(name, level):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    return _give_name(method, name, 'Logger')


class RootLogger(Logger):
    """The logger at the top of the tree, named "root"."""

    def __init__(self, level):
        super().__init__("root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual `extra` data to every call."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    # debug() ... critical() are attached after the class body.

    def warn(self, msg, *args, **kwargs):
        _warn_is_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            new_msg, new_kwargs = self.process(msg, kwargs)
            self.logger.log(level, new_msg, *args, **new_kwargs)

    # isEnabledFor, setLevel, getEffectiveLevel and hasHandlers are the
    # wrapped logger's business; they are attached after the class body.

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        inner = self.logger
        return inner._log(level, msg, args, exc_info=exc_info, extra=extra,
                          stack_info=stack_info)

    def _get_manager(self):
        return self.logger.manager

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(_get_manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        return _describe(self, inner.name, inner.getEffectiveLevel())

    __class_getitem__ = classmethod(GenericAlias)


def _adapter_level_method(name, level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    return _give_name(method, name, 'LoggerAdapter')


def _forwarded_to_logger(name):
    def method(self, *args):
        return getattr(self.logger, name)(*args)
    return _give_name(method, name, 'LoggerAdapter')


for _name, _level in _SEVERITIES:
    setattr(Logger, _name, _logger_level_method(_name, _level))
    setattr(LoggerAdapter, _name, _adapter_level_method(_name, _level))
for _name in ('isEnabledFor', 'setLevel', 'getEffectiveLevel', 'hasHandlers'):
    setattr(LoggerAdapter, _name, _forwarded_to_logger(_name))
del _name, _level




root = Logger.root = RootLogger(WARNING)
Logger.manager = Manager(root)


# ---- configuration -------------------------------------------------------------

_STREAM_AND_FILE = "'stream' and 'filename' should not be specified together"
_TARGET_AND_HANDLERS = ("'stream' or 'filename' should not be specified "
                        "together with 'handlers'")


def _handler_for(options, encoding, errors):
    """The one handler basicConfig makes when given none: a FileHandler for
    filename=..., otherwise a StreamHandler (on stream=..., or stderr)."""
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return StreamHandler(options.pop("stream", None))
    if 'b' in mode:
        # Binary files take neither an encoding nor an error policy.
        return FileHandler(filename, mode, encoding=encoding, errors=None)
    return FileHandler(filename, mode, encoding=io.text_encoding(encoding),
                       errors=errors)


def basicConfig(**kwargs):
    """Gives the root logger one handler and formatter, unless it has handlers
    already (force=True first removes and closes those)."""
    with _lock:
        force = kwargs.pop('force', False)
        text_options = (kwargs.pop('encoding', None),
                        kwargs.pop('errors', 'backslashreplace'))
        if force:
            for old in root.handlers[:]:
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        chosen = kwargs.pop("handlers", None)
        has_target = "stream" in kwargs or "filename" in kwargs
        if chosen is not None:
            if has_target:
                raise ValueError(_TARGET_AND_HANDLERS)
        elif "stream" in kwargs and "filename" in kwargs:
            raise ValueError(_STREAM_AND_FILE)
        else:
            chosen = [_handler_for(kwargs, *text_options)]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        layout = kwargs.pop("format", _style_entry(style)[1])
        shared = Formatter(layout, datefmt, style)
        for h in chosen:
            # Handlers that come with their own formatter keep it.
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        wanted_level = kwargs.pop("level", None)
        if wanted_level is not None:
            root.setLevel(wanted_level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger called `name` (made on first use); the root logger for no name."""
    wants_root = not name or (isinstance(name, str) and name == root.name)
    return root if wants_root else Logger.manager.getLogger(name)


# The module-level shortcuts log on the root logger, configuring it with
# basicConfig() first when it has no handlers at all.

def _configured_root():
    if not root.handlers:
        basicConfig()
    return root


def _module_level_function(name):
    def function(msg, *args, **kwargs):
        getattr(_configured_root(), name)(msg, *args, **kwargs)
    return _give_name(function, name)


for _name, _level in _SEVERITIES:
    globals()[_name] = _module_level_function(_name)
del _name, _level


def fatal(msg, *args, **kwargs):
    """Another name for critical()."""
    critical(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """error() with the exception being handled attached."""
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _warn_is_deprecated('function')
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at `level` or below, whatever the loggers say."""
    mgr = root.manager
    mgr.disable = level
    mgr._clear_cache()


def _flush_and_close(h):
    h.acquire()
    try:
        h.flush()
        h.close()
    except (ValueError, OSError):
        # Streams closed behind our back, or failing at exit, are ignored.
        pass
    finally:
        h.release()


def shutdown(handlerList=_handlerList):
    """Flushes and closes handlers, newest first (run at exit when weft has atexit)."""
    for entry in handlerList[::-1]:
        try:
            # Entries may be handlers or (as in CPython) callables returning one.
            h = entry if isinstance(entry, Handler) else entry()
            if h:
                _flush_and_close(h)
        except:
            if raiseExceptions:
                raise


try:
    import atexit
except ImportError:
    pass
else:
    atexit.register(shutdown)


# ---- routing warnings into logging ---------------------------------------------

_saved_showwarning = None    # warnings.showwarning from before capture


def _log_warning(message, category, filename, lineno, file=None, line=None):
    # Warnings meant for a particular file still go there.
    if file is None:
        text = warnings.formatwarning(message, category, filename, lineno, line)
        channel = getLogger("py.warnings")
        if not channel.handlers:
            channel.addHandler(NullHandler())
        channel.warning(str(text))
    elif _saved_showwarning is not None:
        _saved_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    """With a true argument, warnings go to the "py.warnings" logger; with a
    false one, back to where they went before."""
    global _saved_showwarning
    capturing = _saved_showwarning is not None
    if capture and not capturing:
        _saved_showwarning, warnings.showwarning = warnings.showwarning, _log_warning
    elif capturing and not capture:
        warnings.showwarning, _saved_showwarning = _saved_showwarning, None
