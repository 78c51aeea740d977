# A job scheduler driven by a priority queue (heapq), with stable tie-breaking.
import heapq
from itertools import count

class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = count()

    def submit(self, priority, name):
        heapq.heappush(self.queue, (priority, next(self.seq), name))

    def run(self):
        while self.queue:
            priority, _, name = heapq.heappop(self.queue)
            print(f"run {name} (p{priority})")
            if name == "build":
                self.submit(0, "deploy")

s = Scheduler()
for p, n in [(3, "lint"), (1, "build"), (3, "docs"), (2, "test"), (1, "fetch")]:
    s.submit(p, n)
print(s.queue[0])
s.run()

data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data)
print(heapq.heapreplace(data, 10), data)
print([heapq.heappop(data) for _ in range(len(data))])

# events in time order; tuples compare item by item
events = []
heapq.heappush(events, (10.5, "backup"))
heapq.heappush(events, (2.0, "email"))
heapq.heappush(events, (2.0, "alarm"))
heapq.heappush(events, (7.25, "report"))
while events:
    t, what = heapq.heappop(events)
    print(f"t={t:>5}: {what}")

# the heap invariant holds after every operation
rng_values = [(i * 37) % 101 for i in range(60)]
h = []
for v in rng_values:
    heapq.heappush(h, v)
    assert all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
print(len(h), h[:8], sorted(rng_values)[:8] == [heapq.heappop(h) for _ in range(8)])

for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify("x"),
          lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], "a")]:
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
