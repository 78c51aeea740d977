"""A small thread pool: fixed workers take tasks from a queue and return results.

map() keeps the results in the order of the inputs, whatever order the
workers finish in.
"""

import queue
import threading
import time


class ThreadPool:
    def __init__(self, workers):
        self.tasks = queue.Queue()
        self.threads = [threading.Thread(target=self._work, daemon=True)
                        for _ in range(workers)]
        for t in self.threads:
            t.start()

    def _work(self):
        while True:
            func, arg, slot, done = self.tasks.get()
            try:
                slot.append(func(arg))
            except Exception as e:
                slot.append(e)
            done.release()

    def map(self, func, items):
        slots = [[] for _ in items]
        done = threading.Semaphore(0)
        for item, slot in zip(items, slots):
            self.tasks.put((func, item, slot, done))
        for _ in items:
            done.acquire()
        return [slot[0] for slot in slots]


def slow_square(n):
    time.sleep(0.05)        # stands for I/O: the GIL is released meanwhile
    return n * n


pool = ThreadPool(workers=4)
start = time.perf_counter()
print(pool.map(slow_square, range(12)))
elapsed = time.perf_counter() - start
print(f"12 tasks of 0.05 s on 4 workers took {elapsed:.2f} s (about 3 rounds, not 12)")
