# add_done_callback: run when the future finishes (in order added), at once
# if it already has; an exception in a callback is reported on stderr and
# the other callbacks still run.
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor


class Named(cf.Future):
    """A Future whose repr is fixed, so that the error report is deterministic."""

    def __init__(self, name):
        super().__init__()
        self.name = name

    def __repr__(self):
        return "<Named %s>" % self.name


log = []


def record(tag):
    def callback(fut):
        outcome = "cancelled" if fut.cancelled() else (
            "raised %r" % fut.exception() if fut.exception() else "returned %r" % fut.result())
        log.append("%s: %s %s" % (tag, fut.name, outcome))
    return callback


def broken_callback(fut):
    return {}["no such key"]


f = Named("first")
f.add_done_callback(record("one"))
f.add_done_callback(broken_callback)
f.add_done_callback(record("two"))
print("before:", log)
f.set_result(42)
print("after set_result:", log)

# Added once done: runs immediately, in the adding thread.
log.clear()
f.add_done_callback(record("late"))
f.add_done_callback(lambda fut: 1 / 0)
print("late:", log)

g = Named("second")
g.add_done_callback(record("on-exc"))
g.set_exception(ValueError("bad value"))
print(log[-1])

h = Named("third")
h.add_done_callback(record("on-cancel"))
print("cancel:", h.cancel(), log[-1])
print("callbacks are not called twice:", h.cancel(), len(log))

# In a pool, callbacks run in the worker thread that finished the call,
# unless the future was already done.
where = []
done_event = threading.Event()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cb") as pool:
    gate = threading.Event()
    fut = pool.submit(gate.wait)
    fut.add_done_callback(lambda f: (where.append(threading.current_thread().name), done_event.set()))
    gate.set()
    done_event.wait()
    fut.add_done_callback(lambda f: where.append(threading.current_thread().name))
print("callback threads:", where)

# A callback that raises something not derived from Exception is not caught.
k = Named("fourth")
k.add_done_callback(lambda fut: log.append("first callback ran"))
try:
    k.set_result(None)
    k.add_done_callback(lambda fut: (_ for _ in ()).throw(SystemExit(5)))
except SystemExit as e:
    print("SystemExit escaped with", e.code)
print(log[-1])
