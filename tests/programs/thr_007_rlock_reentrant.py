import threading

class Counter:
    def __init__(self):
        self.lock = threading.RLock()
        self.value = 0

    def incr(self):
        with self.lock:
            self.value += 1

    def incr_twice(self):
        with self.lock:
            self.incr()
            self.incr()

c = Counter()

def work():
    for _ in range(200):
        c.incr_twice()

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(c.value)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire())
print(r._is_owned(), r._recursion_count())
r.release(); r.release()
print(r._recursion_count())

# another thread cannot take it while we hold it
got = []
def try_take():
    got.append(r.acquire(blocking=False))
    got.append(r.acquire(timeout=0.01))
t = threading.Thread(target=try_take)
t.start(); t.join()
print(got)
r.release()
print(r._is_owned(), r._recursion_count())
def take_now():
    got.append(r.acquire(timeout=1))
    r.release()
t = threading.Thread(target=take_now)
t.start(); t.join()
print(got)
print('unlocked' in repr(r), repr(r).split(' object')[0])
with r:
    with r:
        print('locked' in repr(r).split()[0], 'count=2' in repr(r))
