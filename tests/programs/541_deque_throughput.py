# Heavy deque traffic: a queue simulation with many operations.
from collections import deque

q = deque()
served = 0
total_wait = 0
for t in range(60000):
    q.append(t)
    if t % 3:
        arrival = q.popleft()
        total_wait += t - arrival
        served += 1
print(served, len(q), total_wait)

window = deque(maxlen=100)
running = 0
peaks = 0
for i in range(50000):
    x = (i * 7919) % 1000
    if len(window) == window.maxlen:
        running -= window[0]
    window.append(x)
    running += x
    if running > 60000:
        peaks += 1
print(running, peaks, len(window))

d = deque(range(1000))
for _ in range(2000):
    d.rotate(7)
    d.appendleft(d.pop())
print(d[0], d[-1], sum(d))
