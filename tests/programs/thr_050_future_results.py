import threading

class Future:
    def __init__(self):
        self._done = threading.Event()
        self._result = None
        self._exc = None

    def set_result(self, value):
        self._result = value
        self._done.set()

    def set_exception(self, exc):
        self._exc = exc
        self._done.set()

    def result(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError("not ready")
        if self._exc is not None:
            raise self._exc
        return self._result

def submit(fn, *args):
    fut = Future()
    def run():
        try:
            fut.set_result(fn(*args))
        except Exception as e:
            fut.set_exception(e)
    threading.Thread(target=run).start()
    return fut

def slow_square(x):
    return x * x

def divide(a, b):
    return a / b

futs = [submit(slow_square, i) for i in range(6)]
print([f.result() for f in futs])
f = submit(divide, 1, 0)
try:
    f.result()
except ZeroDivisionError as e:
    print("caught from worker:", type(e).__name__, e)
gate = threading.Event()
pending = submit(gate.wait)
try:
    pending.result(timeout=0.01)
except TimeoutError as e:
    print(type(e).__name__, e)
gate.set()
print(pending.result())
