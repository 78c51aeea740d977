# Formatter: the three styles, defaults and extra, LogRecord attributes,
# asctime with a fixed clock, and the validation errors of bad formats.
import logging, sys
h = logging.StreamHandler(sys.stdout)
lg = logging.getLogger("fmt")
lg.addHandler(h)
lg.propagate = False
for fmt, style in [("{levelname:<8}|{name}|{message!r}", "{"), ("${levelname} $name: ${message}", "$"),
                   ("%(levelno)03d %(threadName)s %(processName)s %(message)-10s|", "%")]:
    h.setFormatter(logging.Formatter(fmt, style=style))
    lg.warning("hello %s", "world")
for bad, style in [("no fields", "%"), ("%(x", "%"), ("{", "{"), ("}", "{"), ("{a!x}", "{"), ("{a:zz}", "{"), ("{a b}", "{"),
                   ("plain", "{"), ("$", "$"), ("plain", "$"), ("{a!}", "{"), ("{a{b}", "{"), ("{0[}]}", "{"), ("{a:>{w}}", "{"),
                   ("{a:{w}.{p}f}", "{"), ("{a:<<10}", "{"), ("{a:010,.3f}", "{"), ("%(a)-#5.3f", "%"), ("%(a)Z", "%"), ("%(a)*.*d", "%"),
                   ("x", "#"), ("{a.b[c]}", "{"), ("{a.}", "{"), ("{a[]}", "{"), ("${a} $$ $b", "$"), ("${a b}", "$")]:
    try:
        f = logging.Formatter(bad, style=style)
        print("ok", repr(bad), f._fmt)
    except ValueError as e:
        print("ValueError", repr(bad), e)
f = logging.Formatter("%(message)s %(missing)s")
h.setFormatter(logging.Formatter("%(message)s [%(user)s]", defaults={"user": "nobody"}))
lg.warning("with defaults")
lg.warning("with extra", extra={"user": "bob"})
try:
    lg.warning("bad", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    lg.warning("bad", extra={"levelno": 1})
except KeyError as e:
    print("KeyError", e)
r = logging.LogRecord("n", 20, "/p/x.py", 7, "m %s %s", (1, 2), None)
print(r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.exc_text, r.stack_info, r.processName)
print(repr(r))
r2 = logging.makeLogRecord({"msg": "made %d", "args": (5,), "levelno": 30})
print(r2.getMessage(), r2.name, r2.levelno, r2.levelname)
print(logging.Formatter().format(r), logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
r.created = 0.0; r.msecs = 123.0
import time
logging.Formatter.converter = time.gmtime
print(logging.Formatter("%(asctime)s").format(r), logging.Formatter("%(asctime)s", "%H:%M").format(r))
bf = logging.BufferingFormatter()
print(repr(bf.format([r, r2])), repr(bf.format([])))
lg.warning("%d%%", 50)
lg.warning({"a": 1})
lg.warning("x %s", {"a": 1})
lg.warning("x %s %s", {"a": 1}, 2)
