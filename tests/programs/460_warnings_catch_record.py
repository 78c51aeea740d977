# catch_warnings: recording warnings in tests, temporarily silencing them,
# and custom showwarning/formatwarning hooks.
import warnings


def risky_division(a, b):
    if b == 0:
        warnings.warn("division by zero, returning inf", RuntimeWarning)
        return float("inf")
    if isinstance(a, float) or isinstance(b, float):
        warnings.warn("float arguments lose precision", UserWarning, stacklevel=2)
    return a / b


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = [risky_division(1, 0), risky_division(1.0, 4), risky_division(6, 3)]
    risky_division(2, 0)

print(results)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith(".py"), w.line, w.file)
print(isinstance(caught[0].message, RuntimeWarning), caught[0].message.args)
print(str(caught[1]).replace(caught[1].filename, "FILE"))

# Outside the block the old filters are back: shown once per location.
risky_division(3, 0)
risky_division(3, 0)

# Silencing a known warning for one call.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    print(risky_division(5, 0))
print(warnings.filters == warnings.filters[:], len(warnings.filters))

# catch_warnings(action=...) installs a filter on entry (3.11).
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        risky_division(1.5, 2)
    except UserWarning as exc:
        print("error inside:", exc)

# Nested blocks restore in order.
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(w.message) for w in outer], [str(w.message) for w in inner])

cm = warnings.catch_warnings(record=True)
print(repr(cm), repr(warnings.catch_warnings()))
with cm:
    try:
        with cm:
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as exc:
    print("RuntimeError:", exc)

# A custom showwarning receives the pieces.
log = []


def to_log(message, category, filename, lineno, file=None, line=None):
    log.append("%s@%d: %s" % (category.__name__, lineno, message))


old_show = warnings.showwarning
warnings.showwarning = to_log
warnings.warn("first logged")
risky_division(0, 0)
warnings.showwarning = old_show
print(log)

# A custom formatwarning changes the text that goes to stderr.
old_format = warnings.formatwarning
warnings.formatwarning = lambda msg, cat, fn, ln, line=None: "[%s] %s\n" % (cat.__name__, msg)
warnings.warn("formatted by hand")
warnings.formatwarning = old_format
print(warnings.formatwarning("text", UserWarning, "app.py", 12, "x = 1  "), end="")
print(warnings.formatwarning("no line", DeprecationWarning, "app.py", 3, ""), end="")

# showwarning with an explicit file.
class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


c = Collector()
warnings.showwarning("to a file", UserWarning, "lib.py", 7, file=c, line="call()")
print(c.parts)
# record=True also catches warnings that were already shown once.
with warnings.catch_warnings(record=True) as again:
    warnings.simplefilter("always")
    risky_division(3, 0)
print(len(again), again[0].message)
