import threading

class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer)
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer and self.readers == 0)
            self.writer = True

    def release_write(self):
        with self.cond:
            self.writer = False
            self.cond.notify_all()

rw = RWLock()
doc = {"version": 0, "text": ""}
violations = []
reads = []
lock = threading.Lock()

def reader(i):
    for _ in range(30):
        rw.acquire_read()
        v, t = doc["version"], doc["text"]
        if len(t) != v:
            violations.append((v, t))
        rw.release_read()
    with lock:
        reads.append(i)

def writer(ch):
    for _ in range(10):
        rw.acquire_write()
        doc["text"] += ch
        doc["version"] += 1
        rw.release_write()

ts = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
ts += [threading.Thread(target=writer, args=(c,)) for c in "xy"]
for t in ts: t.start()
for t in ts: t.join()
print("violations:", violations)
print("readers done:", sorted(reads))
print(doc["version"], sorted(doc["text"]).count("x"), sorted(doc["text"]).count("y"))
print(rw.readers, rw.writer)
