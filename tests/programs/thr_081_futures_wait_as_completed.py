# wait() and as_completed(), with the order of completion fixed by events.
import threading
import concurrent.futures as cf
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

release = {name: threading.Event() for name in "abcd"}


def task(name, fail=False):
    release[name].wait()
    if fail:
        raise ValueError("task %s failed" % name)
    return name.upper()


def names(futures):
    return sorted(f.result() if f.exception() is None else "!" + str(f.exception())
                  for f in futures)


with ThreadPoolExecutor(max_workers=4) as pool:
    a = pool.submit(task, "a")
    b = pool.submit(task, "b", fail=True)
    c = pool.submit(task, "c")
    d = pool.submit(task, "d")
    everything = [a, b, c, d]

    # Nothing finished yet: a timed wait returns with all of them pending.
    r = wait(everything, timeout=0.05)
    print(type(r).__name__, len(r.done), len(r.not_done))

    release["c"].set()
    done, not_done = wait(everything, return_when=FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", len(not_done))

    # FIRST_EXCEPTION waits past successes until a failure.
    release["a"].set()
    c.result()
    a.result()
    release["b"].set()
    done, not_done = wait(everything, return_when=FIRST_EXCEPTION)
    print("first exception:", names(done), "pending:", len(not_done))
    print("b failed with:", repr(b.exception()))

    # Already satisfied: returns at once.
    done, not_done = wait([a, c], return_when=FIRST_COMPLETED)
    print("already done:", names(done), len(not_done))

    release["d"].set()
    done, not_done = wait(everything)
    print("all completed:", names(done), len(not_done))

    try:
        wait([a], return_when="NOT_A_MODE")
    except ValueError as e:
        print("ValueError:", e)
    e_pending = pool.submit(threading.Event().wait, 0.2)
    try:
        wait([e_pending, a], return_when="NOT_A_MODE")
    except ValueError as e:
        print("ValueError:", e)

# as_completed yields each future once, as it finishes (duplicates dropped).
order = [threading.Event() for _ in range(4)]


def step(i):
    order[i].wait()
    return i


with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(step, i) for i in range(4)]
    it = as_completed(fs + fs[:2])
    for i in (2, 0, 3, 1):
        order[i].set()
        f = next(it)
        print("as_completed gave", f.result(), "is fs[%d]:" % i, f is fs[i])
    print("exhausted:", next(it, "end"))

# Futures already done come out first; then a timeout with the count left.
with ThreadPoolExecutor(max_workers=2) as pool:
    finished = pool.submit(len, "abc")
    finished.result()
    hold = threading.Event()
    blocked = pool.submit(hold.wait)
    seen = []
    try:
        for f in as_completed([finished, blocked, finished], timeout=0.1):
            seen.append(f.result())
    except cf.TimeoutError as e:
        print("seen", seen, "then", type(e).__name__ + ":", e)
    print("TimeoutError is the built-in one:", cf.TimeoutError is TimeoutError)
    hold.set()
    print("late:", [f.result() for f in as_completed([blocked])])

# A cancelled future counts as completed once its executor has seen the
# cancellation (when a worker would have started it).
with ThreadPoolExecutor(max_workers=1) as pool:
    hold = threading.Event()
    busy = pool.submit(hold.wait)
    queued = pool.submit(print, "not printed")
    print("cancel queued:", queued.cancel())
    hold.set()
    done, not_done = wait([busy, queued])
    print("both done:", len(done), len(not_done), "cancelled:", queued.cancelled())
    print([f.cancelled() for f in as_completed([queued, busy]) if f is queued])
