"""GIL probes: run under weft and under python3 by bench/threads.py.

Usage: INTERPRETER bench/_gil_probes.py PROBE [ARG]
Each probe prints lines "key value" (numbers); bench/threads.py tabulates them.
This file is ordinary Python 3 so that both interpreters run the same code.
"""

import sys
import threading
import time


def spin(n):
    while n:
        n -= 1


def probe_sleepers(n=50):
    """N threads each sleeping 0.2 s: they should overlap (wall ~0.2 s)."""
    n = int(n)
    start = time.perf_counter()
    threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("wall", time.perf_counter() - start)


def probe_cpu2(n=3_000_000):
    """Two CPU-bound threads: CPU time / wall time, and threaded / sequential time."""
    n = int(n)
    start = time.perf_counter()
    spin(n)
    spin(n)
    sequential = time.perf_counter() - start
    cpu0 = time.process_time()
    start = time.perf_counter()
    threads = [threading.Thread(target=spin, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    print("cpu_per_wall", cpu / threaded)
    print("threaded_over_sequential", threaded / sequential)


def probe_switches(interval_ms=5.0):
    """Two CPU-bound threads for 1 s: how often the running thread changes."""
    sys.setswitchinterval(float(interval_ms) / 1000)
    state = {"last": None, "switches": 0, "stop": False}

    def run(me):
        while not state["stop"]:
            if state["last"] != me:
                state["last"] = me
                state["switches"] += 1

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    state["stop"] = True
    for t in threads:
        t.join()
    print("switches_per_s", state["switches"])


def probe_fairness(seconds=1.5):
    """4 CPU-bound threads counting: Jain's fairness index of their counts."""
    seconds = float(seconds)
    counts = [0, 0, 0, 0]
    stop = threading.Event()
    go = threading.Barrier(5)

    def count(i):
        go.wait()
        c = 0
        while not stop.is_set():
            for _ in range(100):
                c += 1
        counts[i] = c

    threads = [threading.Thread(target=count, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    go.wait()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    total = sum(counts)
    jain = total * total / (len(counts) * sum(c * c for c in counts)) if total else 0.0
    print("jain", jain)


def probe_convoy(samples=200):
    """A thread sleeping 2 ms at a time beside 2 CPU-bound threads: wake-up lateness."""
    samples = int(samples)
    stop = threading.Event()

    def burn():
        while not stop.is_set():
            spin(10_000)

    burners = [threading.Thread(target=burn) for _ in range(2)]
    for t in burners:
        t.start()
    late = []
    for _ in range(samples):
        start = time.perf_counter()
        time.sleep(0.002)
        late.append(time.perf_counter() - start - 0.002)
    stop.set()
    for t in burners:
        t.join()
    late.sort()
    print("median_ms", late[len(late) // 2] * 1000)
    print("p90_ms", late[len(late) * 9 // 10] * 1000)


def probe_blocked(n=3_000_000):
    """A CPU loop alone, then beside a thread blocked on a held Lock: slowdown."""
    n = int(n)
    start = time.perf_counter()
    spin(n)
    alone = time.perf_counter() - start
    lock = threading.Lock()
    lock.acquire()
    waiter = threading.Thread(target=lock.acquire)
    waiter.start()
    time.sleep(0.05)
    start = time.perf_counter()
    spin(n)
    beside = time.perf_counter() - start
    lock.release()
    waiter.join()
    print("slowdown", beside / alone - 1.0)


def probe_create(n=1000):
    """Creating and joining N threads, one after another."""
    n = int(n)
    start = time.perf_counter()
    for _ in range(n):
        t = threading.Thread(target=int)
        t.start()
        t.join()
    print("wall", time.perf_counter() - start)


PROBES = {
    "sleepers": probe_sleepers,
    "cpu2": probe_cpu2,
    "switches": probe_switches,
    "fairness": probe_fairness,
    "convoy": probe_convoy,
    "blocked": probe_blocked,
    "create": probe_create,
}

if __name__ == "__main__":
    PROBES[sys.argv[1]](*sys.argv[2:])
