# Shutdown semantics and the error messages of concurrent.futures.
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer="not callable")
except TypeError as e:
    print("TypeError:", e)

pool = ThreadPoolExecutor(max_workers=2)
print(pool.submit(max, 3, 9).result())
pool.shutdown()
pool.shutdown()          # a second call is harmless
try:
    pool.submit(max, 1, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

# The context manager shuts down (waiting) and never swallows exceptions.
try:
    with ThreadPoolExecutor(max_workers=1) as pool:
        fut = pool.submit(sum, [1, 2, 3])
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError escaped:", e, "result:", fut.result())

# shutdown(wait=True) lets queued work finish; shutdown(cancel_futures=True)
# cancels what has not started.
hold = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    hold.wait()
    return "blocker done"


pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(blocker)
started.wait()
queued = [pool.submit(str, i) for i in range(3)]
pool.shutdown(wait=False, cancel_futures=True)
print("queued cancelled:", [f.cancelled() for f in queued])
print("running one:", first.running(), first.cancel())
hold.set()
pool.shutdown(wait=True)
print(first.result())
try:
    queued[0].result()
except cf.CancelledError as e:
    print("CancelledError:", repr(e), isinstance(e, cf._base.Error))

pool = ThreadPoolExecutor(max_workers=1)
slow = threading.Event()
a = pool.submit(slow.wait, 5)
b = pool.submit(lambda: "b ran")
slow.set()
pool.shutdown(wait=True)
print("without cancel_futures:", a.result(), b.result())

# A failing initializer breaks the pool.
def init(tag):
    raise OSError("no resource for %s" % tag)


pool = ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("pool-1",))
fut = pool.submit(print, "never runs")
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__ + ":", e)
    print(isinstance(e, RuntimeError), type(e).__module__)
try:
    pool.submit(print, "x")
except cf.thread.BrokenThreadPool as e:
    print("submit:", e)
pool.shutdown()

# An initializer that works runs once per worker thread.
seen = []
pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="init",
                          initializer=seen.append, initargs=("ready",))
pool.submit(int).result()
pool.shutdown()
print("initializer calls:", seen)

# Future used directly, as an executor would.
f = cf.Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_result([1, 2])
print(f.result(), f.done())
for action in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        action()
    except cf.InvalidStateError as e:
        print("InvalidStateError:", str(e).split(":")[0])
g = cf.Future()
print("cancel pending:", g.cancel(), g.cancel(), g.set_running_or_notify_cancel())
try:
    g.result(timeout=0)
except cf.CancelledError:
    print("cancelled result")
h = cf.Future()
try:
    h.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
try:
    h.exception(timeout=0)
except cf.TimeoutError:
    print("exception() timed out too")
h.set_exception(ValueError("boom"))
print(repr(h.exception()))
print(cf.Future[int])
print(issubclass(cf.InvalidStateError, cf._base.Error), issubclass(cf.CancelledError, Exception))
try:
    cf.Executor().submit(print)
except NotImplementedError:
    print("Executor.submit is abstract")
try:
    from concurrent.futures import NoSuchThing
except ImportError:
    print("ImportError for a missing name")
