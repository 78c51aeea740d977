# A program that never shuts its pool down still finishes the submitted work
# before it exits: the pool's workers are joined at exit (before atexit
# callbacks run).
import atexit
import threading
import time
from concurrent.futures import ThreadPoolExecutor

results = []
lock = threading.Lock()
started = threading.Event()


def report():
    print("atexit: %d results, sorted: %s" % (len(results), sorted(results)))


atexit.register(report)


def slow_square(n):
    started.set()
    time.sleep(0.01)
    with lock:
        results.append(n * n)


pool = ThreadPoolExecutor(max_workers=2)
for i in range(8):
    pool.submit(slow_square, i)
started.wait()
print("main program done; work may still be running")
