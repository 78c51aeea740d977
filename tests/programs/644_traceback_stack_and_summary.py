# traceback's stack functions and its summary objects.
import sys
import traceback
# Everything goes to stderr: tracebacks name this file by its absolute path,
# which the test runner rewrites only on stderr.
sys.stdout = sys.stderr



def innermost():
    return traceback.extract_stack()


def middle():
    stack = innermost()
    return stack


def outer():
    return middle()


stack = outer()
print(type(stack).__name__, [f.name for f in stack])
last = stack[-1]
print(last.name, last.line, last.lineno, last.filename == __file__)
print(stack[-2].line, "|", stack[0].line)


def show():
    traceback.print_stack(file=sys.stderr)
    print("".join(traceback.format_stack(limit=1)), end="")
    print(len(traceback.extract_stack(limit=2)))


def call_show():
    show()


call_show()
frame = sys._getframe()
print([f.name for f in traceback.extract_stack(frame)])

# FrameSummary and StackSummary by hand.
fs = traceback.FrameSummary("example.py", 12, "compute", line="    total = a + b  ")
print(repr(fs), fs.line, len(fs), list(fs))
print(fs == ("example.py", 12, "compute", "total = a + b"), fs[2])
print(traceback.FrameSummary("nowhere.py", 1, "f", lookup_line=False).line)
summary = traceback.StackSummary.from_list([
    ("a.py", 1, "alpha", "x = 1"),
    fs,
    ("c.py", 3, "gamma", None),
])
print("".join(summary.format()), end="")
print(traceback.format_list([("d.py", 4, "delta", "return d")]))
traceback.print_list([("e.py", 5, "eps", "pass")], file=sys.stderr)

# A repeated line is summed up after three copies, as in tracebacks.
rec = traceback.StackSummary.from_list([("r.py", 7, "rec", "return rec(n - 1)")] * 6
                                       + [("r.py", 9, "base", "raise ValueError")])
print("".join(rec.format()), end="")


def countdown(n):
    if n == 0:
        raise ValueError("liftoff")
    return countdown(n - 1)


try:
    countdown(6)
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")
    print("".join(traceback.format_tb(e.__traceback__, limit=2)), end="")
    print("".join(traceback.format_tb(e.__traceback__, limit=-1)), end="")
    te = traceback.TracebackException.from_exception(e, limit=3)
    print(len(te.stack), te.exc_type.__name__, str(te))
    print("".join(te.format()), end="")
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stderr)

# Chained exceptions, chain=False, and an explicit (type, value, tb) triple.
class ConfigError(Exception):
    pass


def load():
    try:
        int("twelve")
    except ValueError as exc:
        raise ConfigError("bad setting") from exc


try:
    load()
except ConfigError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    print(te.__cause__.exc_type.__name__, te.__context__ is None or te.__context__.exc_type.__name__)
    print(te == traceback.TracebackException.from_exception(e))

try:
    try:
        None.upper()
    except AttributeError:
        raise KeyError("during handling")
except KeyError:
    traceback.print_exc(file=sys.stderr)
    traceback.print_exc(file=sys.stderr, chain=False)

try:
    raise ConfigError
except ConfigError:
    print(traceback.format_exc(), end="")
print(traceback.format_exception_only(ConfigError, ConfigError()))
