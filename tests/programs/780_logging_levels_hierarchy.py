# Levels and their names, the logger tree (dotted names, placeholders,
# propagate), setLevel/isEnabledFor/disable, handlers added and removed.
import logging, sys
logging.warning("plain %s", "warning")
logging.info("not shown")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15), logging.getLevelName("nope"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
root = logging.getLogger()
print(root, root.level, root.handlers)
a = logging.getLogger("a.b.c")
print(a, a.parent)
ab = logging.getLogger("a.b")
print(a.parent is ab, ab.parent is root)
print(type(logging.Logger.manager.loggerDict["a"]).__name__)
x = logging.getLogger("a")
print(ab.parent is x, a.parent is ab)
print(logging.getLogger("a.b") is ab, x.getChild("b") is ab)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s"))
x.addHandler(h)
x.setLevel(logging.DEBUG)
a.debug("debug %d", 1)
def func():
    a.info("in %s", "func")
func()
a.log(15, "custom")
a.log(17, "custom17")
print(a.getEffectiveLevel(), a.isEnabledFor(5), root.isEnabledFor(20))
x.propagate = False
a.error("err %(k)s", {"k": "dict"})
print(a.hasHandlers(), logging.getLogger("zz").hasHandlers())
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
try:
    x.setLevel("BOGUS")
except ValueError as e:
    print(e)
try:
    x.setLevel(1.5)
except TypeError as e:
    print(e)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
x.setLevel("WARNING")
a.info("hidden")
a.warning("shown")
print(repr(h), repr(x), repr(logging.NullHandler()), repr(logging.Handler()))
print(logging.getLevelNamesMapping() == {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0, 'VERBOSE': 15})
logging.disable(logging.WARNING)
a.warning("disabled")
a.error("not disabled")
logging.disable(logging.NOTSET)
a.warning("back")
x.disabled = True
a.warning("logger disabled")
x.disabled = False
x.removeHandler(h)
a.warning("last resort")
print(logging.lastResort)
