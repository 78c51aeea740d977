# Errors inside a handler are reported on stderr ("--- Logging error ---"),
# and the program carries on. The report's traceback runs through logging's
# own source, so this program captures stderr and prints only the parts that
# come from the program itself: the header, the last traceback line, the
# call stack of the logging call, and the message and arguments.
import io
import os
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")


def show_report(text):
    lines = text.splitlines()
    if not lines:
        print("(no report)")
        return
    print(lines[0])
    stack_at = lines.index("Call stack:")
    print("  last traceback line:", lines[stack_at - 1])
    # Frames of this file are shown (by base name); frames inside logging
    # itself are left out.
    keep = True
    for line in lines[stack_at:]:
        if line.startswith('  File "'):
            path = line.split('"')[1]
            keep = path == __file__
            line = line.replace(path, os.path.basename(path))
        elif not line.startswith("    "):
            keep = True
        if keep:
            print("  |", line)


def capture(action):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def bad_arg():
    logging.warning("value %d", "not a number")


def nested_call():
    def inner():
        logging.error("needs %s and %s", "only one")
    inner()


show_report(capture(bad_arg))
show_report(capture(nested_call))
show_report(capture(lambda: logging.warning("no placeholders", 1, 2)))
show_report(capture(lambda: logging.warning("%(key)s then %s", {"key": 1})))

lg = logging.getLogger("fields")
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(message)s from %(user)s"))
lg.addHandler(h)
show_report(capture(lambda: lg.warning("no user field")))
lg.warning("with a user", extra={"user": "ada"})


class Unprintable:
    def __str__(self):
        raise RuntimeError("cannot str")

    def __repr__(self):
        raise RuntimeError("cannot repr")


show_report(capture(lambda: logging.warning(Unprintable())))


class Exploding(logging.Handler):
    def emit(self, record):
        try:
            raise OSError("disk full")
        except OSError:
            self.handleError(record)


lg.addHandler(Exploding())
show_report(capture(lambda: lg.warning("explodes", extra={"user": "bob"})))

# With raiseExceptions off, nothing is reported at all.
logging.raiseExceptions = False
show_report(capture(lambda: logging.warning("quiet %d", "x")))
logging.raiseExceptions = True

# Errors in filters or in the logging call itself are not caught.
try:
    logging.getLogger().log("WARNING", "level must be an int")
except TypeError as e:
    print("TypeError:", e)
try:
    lg.warning("clash", extra={"name": "x"})
except KeyError as e:
    print("KeyError:", e)
print("still running")
