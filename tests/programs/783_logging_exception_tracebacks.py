# exception(), exc_info (True, an exception, a tuple), chained exceptions,
# stack_info and stacklevel: tracebacks go to stderr, formatted as CPython does.
import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(funcName)s:%(lineno)d:%(message)s")
log = logging.getLogger("exc")
def divide(a, b):
    return a / b
try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("failed %s", "division")
def inner():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
try:
    inner()
except ValueError as e:
    logging.exception("chained")
    saved = e
log.error("later", exc_info=saved)
log.error("tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.exception("outside")
log.info("stack", stack_info=True)
def helper():
    log.warning("from helper", stacklevel=2)
def caller():
    helper()
caller()
def deep(n):
    if n == 0:
        log.warning("deep", stack_info=True)
    else:
        deep(n - 1)
deep(6)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError:
    logging.critical("ctx", exc_info=True)
class MyErr(Exception):
    def __str__(self):
        return "custom"
try:
    raise MyErr()
except MyErr:
    log.exception("mine")
r = logging.LogRecord("x", 40, "f", 1, "m", None, sys.exc_info())
print(repr(logging.Formatter().format(r)))
