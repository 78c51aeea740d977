# ThreadPoolExecutor: map keeps input order whatever order the calls finish
# in, submit() returns futures, result() re-raises the call's exception, and
# workers are started lazily, one per submit, and reused once idle.
import threading
from concurrent.futures import ThreadPoolExecutor, Future

# Calls finish in reverse order: each waits for the next one's event.
events = [threading.Event() for _ in range(5)]
finished = []
finished_lock = threading.Lock()


def staged(i):
    if i + 1 < len(events):
        events[i + 1].wait()
    with finished_lock:
        finished.append(i)
    events[i].set()
    return i * i


with ThreadPoolExecutor(max_workers=5) as pool:
    results = list(pool.map(staged, range(5)))
print("results:", results)
print("finish order:", finished)

# map with several iterables stops at the shortest, like map().
with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(pow, [2, 3, 4, 5], [10, 3, 2])))
    print(list(pool.map(str.upper, ["a", "bc"], timeout=10, chunksize=4)))
    print(list(pool.map(len, [])))

# submit() and result(); exceptions travel to the caller.
def divide(a, b):
    return a // b


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(divide, 17, 5)
    bad = pool.submit(divide, 1, 0)
    kw = pool.submit(sorted, [3, 1, 2], reverse=True)
    print("good:", good.result(), isinstance(good, Future))
    print("kw:", kw.result())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("bad raised:", type(e).__name__, e)
    print("exception():", repr(bad.exception()))
    print("good.exception():", good.exception())
    print("done:", good.done(), bad.done(), "running:", good.running(),
          "cancelled:", good.cancelled())

# map re-raises at the first failing item, after yielding the ones before it.
with ThreadPoolExecutor(max_workers=2) as pool:
    it = pool.map(lambda x: 100 // x, [1, 2, 0, 4])
    got = []
    try:
        for value in it:
            got.append(value)
    except ZeroDivisionError as e:
        print("map stopped after", got, "with", e)

# Workers: started one per submit (while none is idle) up to max_workers,
# named <prefix>_<n>.
pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="crew")
print("threads before any submit:", len(pool._threads))
name = pool.submit(lambda: threading.current_thread().name).result()
print("first worker:", name, "threads:", len(pool._threads))
# Three calls that block together need three workers.
gate = threading.Barrier(3)
names = sorted(pool.map(lambda _: (gate.wait(), threading.current_thread().name)[1], range(3)))
print("concurrent names:", names, "threads:", len(pool._threads))
# Never more than max_workers: six calls still run on those three.
many = set(pool.map(lambda _: threading.current_thread().name, range(6)))
print("six calls ran on at most 3 workers:", many <= set(names), "threads:", len(pool._threads))
pool.shutdown()
print("workers alive after shutdown:", sum(t.is_alive() for t in pool._threads))

# With one worker every call runs on it, in submission order.
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as pool:
    order = []
    fs = [pool.submit(lambda i=i: order.append((i, threading.current_thread().name)))
          for i in range(4)]
print("one worker:", order)
