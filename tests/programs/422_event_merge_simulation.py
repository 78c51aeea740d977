# Simulating a bank with tellers using a heap of events and itertools helpers.
import heapq
from itertools import count, cycle, islice, pairwise

arrivals = [0, 1, 1, 2, 5, 6, 6, 7, 12]
service = cycle([3, 2, 4])
tellers = [(0, f"teller{i}") for i in range(2)]
heapq.heapify(tellers)
waits = []
ticket = count(1)
for t, dur in zip(arrivals, service):
    free_at, name = heapq.heappop(tellers)
    start = max(t, free_at)
    waits.append(start - t)
    print(f"#{next(ticket)} arrives {t:>2}, {name} serves {start:>2}-{start + dur:>2}")
    heapq.heappush(tellers, (start + dur, name))
print("waits", waits, "max", max(waits), "avg", round(sum(waits) / len(waits), 2))
gaps = [b - a for a, b in pairwise(arrivals)]
print("gaps", gaps)
print("first three services:", list(islice(cycle([3, 2, 4]), 3)))
