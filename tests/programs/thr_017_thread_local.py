import threading

data = threading.local()
data.x = "main"
results = []
lock = threading.Lock()

def worker(i):
    print_has = hasattr(data, "x")
    data.x = i
    data.items = [i] * i
    with lock:
        results.append((i, print_has, data.x, len(data.items)))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
for r in sorted(results):
    print(r)
print("main still:", data.x, hasattr(data, "items"))

class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.calls = 0
    def bump(self):
        self.calls += 1
        return self.calls

cfg = Config(7)
cfg.bump(); cfg.bump()
seen = []
def use():
    seen.append((cfg.level, cfg.bump()))
t = threading.Thread(target=use); t.start(); t.join()
print(seen, cfg.calls)
try:
    threading.local(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    data.missing
except AttributeError as e:
    print(type(e).__name__, e)
del data.x
try:
    del data.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del cfg.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    cfg.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(data, "x"))
print(sorted(data.__dict__))
