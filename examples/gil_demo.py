"""What the GIL does, measured.

1. CPU-bound work does not get faster with threads: only one thread runs
   bytecode at a time, so two threads take as long as doing the work twice.
2. Sleeping (or waiting for I/O) releases the GIL, so waiting threads overlap.
3. weft counts what its GIL does: sys._gil_stats() (weft only).
"""

import sys
import threading
import time


def count_down(n):
    while n > 0:
        n -= 1


def timed(label, func):
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{label:<40} {elapsed:6.2f} s")
    return elapsed


def in_threads(target, args, count):
    def run():
        threads = [threading.Thread(target=target, args=args) for _ in range(count)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return run


N = 2_000_000
print("CPU-bound: counting down from", N, "twice")
seq = timed("  one after the other", lambda: (count_down(N), count_down(N)))
par = timed("  in two threads", in_threads(count_down, (N,), 2))
print(f"  threads / sequential = {par / seq:.2f}  (about 1: no speed-up under a GIL)")

print("Waiting: 10 threads each sleep 0.2 s")
timed("  in ten threads", in_threads(time.sleep, (0.2,), 10))
print("  (about 0.2 s, not 2 s: sleeping threads hold no GIL)")

if hasattr(sys, "_gil_stats"):
    stats = sys._gil_stats()
    print(f"weft GIL ({stats['policy']} policy): {stats['switches']} switches,",
          f"{stats['forced_drops']} forced drops,",
          f"{stats['voluntary_drops']} voluntary drops")
