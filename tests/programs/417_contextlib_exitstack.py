# ExitStack: a dynamic number of resources, callbacks, pop_all.
from contextlib import ExitStack, contextmanager

class Conn:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, "exc" if exc[0] else "")
        return False

with ExitStack() as stack:
    conns = [stack.enter_context(Conn(n)) for n in ["db", "cache", "queue"]]
    stack.callback(print, "flush metrics")
    print("using", [c.name for c in conns])

try:
    with ExitStack() as stack:
        stack.enter_context(Conn("a"))
        stack.enter_context(Conn("b", fail=True))
except OSError as e:
    print("error:", e)

try:
    with ExitStack() as stack:
        stack.enter_context(Conn("x"))
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

def cleanup(tag):
    print("cleanup", tag)

with ExitStack() as outer:
    with ExitStack() as inner:
        inner.callback(cleanup, "moved")
        saved = inner.pop_all()
    print("inner exited, nothing cleaned")
    outer.enter_context(saved)
print("outer done")

stack = ExitStack()
stack.callback(cleanup, 1)
stack.callback(cleanup, 2)
stack.close()

# an exit callback that suppresses the exception
def suppressor(exc_type, exc, tb):
    print("suppressing", exc_type.__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    raise KeyError("gone")
print("after suppression")

@contextmanager
def res(n):
    print("acquire", n)
    yield n
    print("release", n)
with ExitStack() as stack:
    vals = [stack.enter_context(res(i)) for i in range(3)]
    print(sum(vals))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
