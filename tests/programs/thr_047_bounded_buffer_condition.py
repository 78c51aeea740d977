import threading

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.pop(0)
            self.not_full.notify()
            return item

buf = BoundedBuffer(3)
got = []
def producer(base):
    for i in range(10):
        buf.put(base + i)
def consumer(n):
    for _ in range(n):
        got.append(buf.get())

ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
cs = [threading.Thread(target=consumer, args=(5,)) for _ in range(4)]
for t in cs + ps: t.start()
for t in ps + cs: t.join()
print(sorted(got))
print("capacity respected:", buf.max_seen <= 3, "left:", buf.items)
