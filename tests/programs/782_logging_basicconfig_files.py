# basicConfig variants (stream, filename/filemode, style, level, handlers,
# force, bad arguments), FileHandler modes and delay, setStream, terminator,
# the deprecated warn(), captureWarnings and shutdown.
import logging, sys, os, io, warnings
path = "782_logging_tmp.log"
try:
    logging.basicConfig(stream=sys.stdout, filename=path)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(handlers=[logging.NullHandler()], stream=sys.stdout)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(style="x")
except ValueError as e:
    print(e)
try:
    logging.basicConfig(stream=sys.stdout, bogus=1, other=2)
except ValueError as e:
    print(e)
print(logging.root.handlers)
logging.root.handlers.clear()
logging.basicConfig(filename=path, filemode="w", format="{levelname}:{message}", style="{", level="INFO")
logging.info("to file %d", 1)
logging.debug("not written")
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, h.encoding, os.path.basename(h.baseFilename), h.level, logging.root.level)
logging.basicConfig(stream=sys.stdout)   # ignored: root has a handler
print(len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, force=True, format="$levelname $message", style="$")
print(h.stream, len(logging.root.handlers))
logging.warning("now on stdout")
with open(path) as f:
    print(repr(f.read()))
fh = logging.FileHandler(path, delay=True)
print(fh.stream, repr(fh).endswith("782_logging_tmp.log (NOTSET)>"))
lg = logging.getLogger("file")
lg.addHandler(fh)
lg.propagate = False
lg.error("appended")
fh.close()
fh.close()
lg.error("after close")   # reopens: mode 'a'
fh.close()
with open(path) as f:
    print(repr(f.read()))
fw = logging.FileHandler(path, mode="w", encoding="utf-8")
fw.setFormatter(logging.Formatter("%(name)s %(message)s"))
lg.handlers = [fw]
lg.warning("fresh ünïcode")
fw.close()
lg.warning("dropped")
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
os.remove(path)
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True, format="H %(message)s", datefmt="%Y")
logging.warning("handlers list")
print(logging.root.handlers[0].formatter.datefmt)
sh = logging.root.handlers[0]
sh.terminator = " <END>\n"
logging.warning("terminator")
old = sh.setStream(sys.stderr)
print(old is sys.stdout, sh.setStream(sys.stderr))
logging.error("to stderr")
print(repr(sh))
logging.basicConfig(force=True, level=logging.DEBUG)
logging.debug("debug to stderr via basic")
logging.getLogger("x.y").info("named %s", "x.y")
lg2 = logging.getLogger("warnme")
lg2.warn("deprecated method")
logging.warn("deprecated function")
logging.captureWarnings(True)
warnings.warn("captured warning")
logging.captureWarnings(False)
warnings.warn("plain warning")
logging.shutdown()
print(logging.root.handlers)
