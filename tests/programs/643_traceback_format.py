# traceback's exception formatting, checked against CPython's output.
import sys
import traceback
# Everything goes to stderr: tracebacks name this file by its absolute path,
# which the test runner rewrites only on stderr.
sys.stdout = sys.stderr


def inner(d):
    return d["missing"] + 1

def middle(d):
    x = inner(d)
    return x

def outer():
    return middle({})

try:
    outer()
except KeyError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stderr)
    traceback.print_exc(limit=1, file=sys.stderr)
    traceback.print_exc(limit=-1, file=sys.stderr)
    et, ev, tb = sys.exc_info()
    print(traceback.format_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
    print(traceback.format_exception_only(et, ev))
    print(traceback.format_exception(et, ev, tb) == traceback.format_exception(ev))
    s = traceback.extract_tb(tb)
    print(type(s).__name__, len(s), s[0][2], tuple(s[-1])[1:])
    print(repr(s[0]).replace(__file__, "F"))

def deep(n):
    if n == 0:
        raise RecursionError("bottom")
    return deep(n - 1)
try:
    deep(8)
except RecursionError as e:
    traceback.print_exception(e, file=sys.stderr)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(e, chain=False)))
try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__cause__, te.exc_type.__name__, str(te))
    print(list(te.format_exception_only()))

def show_stack():
    return traceback.format_stack()
def caller():
    lines = show_stack()
    return lines
for line in caller():
    print(line, end="")
st = traceback.extract_stack()
print(len(st), st[-1].name, st[-1].line)
traceback.print_stack(file=sys.stderr)
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 2, 5, "a b c\n"))))
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr("m")))
print(traceback.format_exception(None))
try:
    traceback.format_exception(3)
except TypeError as e:
    print(e)
try:
    traceback.format_exception(ValueError, 3)
except ValueError as e:
    print(e)
e = ValueError("with note")
e.add_note("a note")
print(traceback.format_exception_only(e))
fs = traceback.FrameSummary("x.py", 10, "fn", line="  y = 2  ")
print(fs.line, fs == ("x.py", 10, "fn", "y = 2"), len(fs), list(fs))
def tb_in_thread():
    try:
        x = [1, 2]
        x[5] = 3 + len(x)
    except IndexError:
        traceback.print_exc(file=sys.stderr)
tb_in_thread()
traceback.print_exc(file=sys.stderr)
print(traceback.format_exc())
