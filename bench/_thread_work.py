"""The classic GIL table's units of work, run by bench/threads.py.

Usage: INTERPRETER bench/_thread_work.py KIND UNITS MODE
KIND: empty (an empty function called 1,000,000 times), bigfib (big-integer
Fibonacci to 100,000 steps), urandom (1000 reads of 1 KiB from /dev/urandom).
MODE: seq runs the UNITS one after another; threads runs one thread per unit.
Prints the wall time in seconds.
"""

import sys
import threading
import time


def empty():
    pass


def unit_empty():
    f = empty
    for _ in range(1_000_000):
        f()


def unit_bigfib():
    a, b = 0, 1
    for _ in range(100_000):
        a, b = b, a + b
    return a


def unit_urandom():
    with open("/dev/urandom", "rb", buffering=0) as f:
        for _ in range(1000):
            f.read(1024)


UNITS = {"empty": unit_empty, "bigfib": unit_bigfib, "urandom": unit_urandom}

kind, units, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
work = UNITS[kind]
start = time.perf_counter()
if mode == "seq":
    for _ in range(units):
        work()
else:
    threads = [threading.Thread(target=work) for _ in range(units)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print(time.perf_counter() - start)
