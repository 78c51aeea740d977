# A round-robin task scheduler with generators and a deque.
from collections import deque, namedtuple

Event = namedtuple("Event", "tick task msg")


def worker(name, steps):
    for i in range(steps):
        yield f"{name} step {i + 1}/{steps}"
    return f"{name} done"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.log = []
        self.tick = 0

    def spawn(self, name, gen):
        self.ready.append((name, gen))

    def run(self, quantum=1):
        while self.ready:
            name, gen = self.ready.popleft()
            self.tick += 1
            try:
                for _ in range(quantum):
                    msg = next(gen)
                    self.log.append(Event(self.tick, name, msg))
            except StopIteration as stop:
                self.log.append(Event(self.tick, name, stop.value))
                continue
            self.ready.append((name, gen))


s = Scheduler()
s.spawn("A", worker("A", 3))
s.spawn("B", worker("B", 1))
s.spawn("C", worker("C", 2))
s.run()
for ev in s.log:
    print(f"[{ev.tick:2}] {ev.task}: {ev.msg}")

ring = deque(range(1, 8))
eliminated = []
while len(ring) > 1:
    ring.rotate(-2)
    eliminated.append(ring.popleft())
print("josephus order:", eliminated, "survivor:", ring[0])

# palindromes with a deque
def is_palindrome(text):
    chars = deque(c.lower() for c in text if c.isalnum())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True

for phrase in ["A man, a plan, a canal: Panama", "weft", "No lemon, no melon"]:
    print(phrase, "->", is_palindrome(phrase))
