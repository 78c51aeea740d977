# Filters (by name, callables, subclasses), handler levels, placeholders,
# custom logger classes, LoggerAdapter and a custom Handler subclass.
import logging, sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s/%(levelname)s: %(message)s"))
app = logging.getLogger("app")
app.addHandler(out)
app.setLevel(logging.DEBUG)
app.propagate = False

# Filter by name: only app.db and below.
out.addFilter(logging.Filter("app.db"))
for name in ["app", "app.db", "app.db.pool", "app.dbx", "app.web"]:
    logging.getLogger(name).info("hello from %s", name)
out.filters.clear()

# A callable filter that also edits the record.
def redact(record):
    if "secret" in record.getMessage():
        return False
    record.msg = "[ok] " + record.msg
    return True
app.addFilter(redact)
app.addFilter(redact)
print(len(app.filters))
app.info("public %s", "note")
app.info("the secret is %d", 42)
logging.getLogger("app.child").info("child records skip parent logger filters")
app.removeFilter(redact)
app.removeFilter(redact)

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0
f = OnlyEven()
out.addFilter(f)
for i in range(5):
    app.info("n=%d", i)
out.removeFilter(f)

# Handler levels against logger levels.
out.setLevel(logging.WARNING)
app.info("dropped by handler level")
app.warning("passes handler level")
out.setLevel(logging.NOTSET)

# Placeholders get replaced and children re-parented.
deep = logging.getLogger("p.q.r")
print(deep.parent.name)
mid = logging.getLogger("p.q")
print(deep.parent is mid, mid.parent.name)
top = logging.getLogger("p")
print(mid.parent is top, top.parent.name)
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("p")))

# Custom logger class.
class TaggedLogger(logging.Logger):
    def tagged(self, msg):
        self.info("[tag] " + msg)
logging.setLoggerClass(TaggedLogger)
t = logging.getLogger("app.tagged")
print(type(t).__name__, logging.getLoggerClass().__name__)
t.tagged("works")
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print(e)

# LoggerAdapter adds extra fields.
fmt = logging.Formatter("%(name)s [%(conn)s] %(message)s")
out.setFormatter(fmt)
ad = logging.LoggerAdapter(app, {"conn": "c-7"})
ad.info("adapted %s", "call")
ad.warning("warn")
print(ad, ad.name, ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.hasHandlers())
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "<%s> %s" % (self.extra["conn"], msg), kwargs
out.setFormatter(logging.Formatter("%(name)s %(message)s"))
Prefix(app, {"conn": "c-8"}).error("custom process")

# A handler subclass collecting records; handler names.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.name = "collector"
print(lh.name, lh.get_name(), repr(lh))
app.addHandler(lh)
app.addHandler(lh)
print(len(app.handlers))
app.critical("into the list %s", [1, 2])
print(lh.records)
print(lh.handle(logging.makeLogRecord({"msg": "direct"})), lh.records[-1])
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(e)
lh.close()
app.removeHandler(lh)
app.removeHandler(lh)
print(app.handlers == [out])
app.setLevel(logging.INFO)
print(app.isEnabledFor(logging.DEBUG), app.getChild("x").getEffectiveLevel())
print(logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root)
print(logging.root.getChild("kid").name)
