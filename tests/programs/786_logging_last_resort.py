# With no handlers anywhere, records of WARNING and above go to the
# last-resort handler: just the message, on whatever sys.stderr is now.
import io
import logging
import sys

lg = logging.getLogger("lonely")
lg.info("below the last resort's level")
lg.warning("only the message %s", "appears")
lg.error("and errors too")
print(logging.lastResort, logging.lastResort.level)

saved = sys.stderr
sys.stderr = io.StringIO()
lg.critical("captured")
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))

# A NullHandler counts as a handler: nothing is printed.
lg.addHandler(logging.NullHandler())
lg.warning("swallowed")
print(lg.hasHandlers(), logging.getLogger("lonely.child").hasHandlers())
lg.handlers.clear()

# With lastResort set to None, a one-time notice instead.
logging.lastResort = None
lg.warning("nobody hears this")
lg.warning("nor this")
logging.getLogger("other").error("nor this one")
logging.lastResort = logging._defaultLastResort

# A logger that does not propagate stops the search for handlers.
parent = logging.getLogger("tree")
parent.addHandler(logging.StreamHandler(sys.stdout))
child = logging.getLogger("tree.leaf")
child.warning("reaches the parent's handler")
child.propagate = False
child.warning("falls back to the last resort")
print(child.hasHandlers())

# Module-level calls configure the root logger on first use.
print(logging.root.handlers)
logging.info("info does configure, but is below WARNING")
print(logging.root.handlers)
logging.warning("now with the basic format")
logging.root.setLevel(logging.DEBUG)
logging.debug("debug on the root")
lg.debug("debug on lonely (root level DEBUG applies)")
print(lg.getEffectiveLevel(), repr(lg))
