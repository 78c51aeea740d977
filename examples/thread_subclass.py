"""A Thread subclass whose run() says who it is and sleeps.

The three threads sleep at the same time: sleeping releases the GIL, so the
whole program takes about as long as the longest nap, not the sum.
"""

import threading
import time


class Napper(threading.Thread):
    def __init__(self, name, seconds):
        super().__init__(name=name)
        self.seconds = seconds

    def run(self):
        print(f"{self.name}: going to sleep for {self.seconds} s")
        time.sleep(self.seconds)
        print(f"{self.name}: awake")


start = time.perf_counter()
nappers = [Napper("alice", 0.3), Napper("bob", 0.2), Napper("carol", 0.1)]
for n in nappers:
    n.start()
for n in nappers:
    n.join()
print(f"all awake after {time.perf_counter() - start:.1f} s (the naps overlapped)")
