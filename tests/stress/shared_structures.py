"""Memory-safety stress: many threads mutate shared lists, dicts, sets and
objects while the GIL switches as often as it can; afterwards every
structure must hold exactly what the threads put in it.

Usage: weft tests/stress/shared_structures.py [SECONDS] [THREADS]
Prints "ok" and a summary, or raises AssertionError.
"""

import sys
import threading
import time

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 8
sys.setswitchinterval(1e-6)


class Counter:
    def __init__(self):
        self.hits = 0
        self.by_thread = {}


shared_list = []
shared_dict = {}
shared_set = set()
shared_obj = Counter()
obj_lock = threading.Lock()
churn = []          # grown and shrunk concurrently
stop = threading.Event()
done_counts = [0] * n_threads


def worker(tid):
    i = 0
    local_pops = 0
    while not stop.is_set():
        key = (tid, i)
        shared_list.append(key)             # atomic under the GIL
        shared_dict[key] = i * 2            # atomic under the GIL
        shared_set.add(key)                 # atomic under the GIL
        with obj_lock:                      # read-modify-write needs the lock
            shared_obj.hits += 1
            shared_obj.by_thread[tid] = shared_obj.by_thread.get(tid, 0) + 1
        churn.extend(range(5))
        for _ in range(5):
            try:
                churn.pop()
                local_pops += 1
            except IndexError:
                pass
        if i % 97 == 0:
            # Readers that walk structures others are changing.
            _ = len(shared_dict), sorted(list(shared_set)[:50]), shared_list[-10:]
            _ = [k for k in list(shared_dict.keys())[:100] if k[0] == tid]
        i += 1
    done_counts[tid] = i
    return local_pops


threads = [threading.Thread(target=worker, args=(t,)) for t in range(n_threads)]
for t in threads:
    t.start()
time.sleep(seconds)
stop.set()
for t in threads:
    t.join()

total = sum(done_counts)
assert len(shared_list) == total, (len(shared_list), total)
assert len(shared_dict) == total, (len(shared_dict), total)
assert len(shared_set) == total, (len(shared_set), total)
assert shared_obj.hits == total, (shared_obj.hits, total)
for tid in range(n_threads):
    assert shared_obj.by_thread.get(tid, 0) == done_counts[tid]
    mine = [k for k in shared_list if k[0] == tid]
    assert mine == [(tid, i) for i in range(done_counts[tid])], tid
for key, value in shared_dict.items():
    assert value == key[1] * 2
assert shared_set == set(shared_list)
assert all(0 <= x < 5 for x in churn)
print("ok", n_threads, "threads,", total, "rounds in", seconds, "s,",
      "every structure consistent")
