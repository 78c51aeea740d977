import threading

class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.lock = threading.Lock()
        self.computed = []

    def __call__(self, key):
        with self.lock:
            if key in self.cache:
                return self.cache[key]
            value = self.func(key)
            self.computed.append(key)
            self.cache[key] = value
            return value

@Memo
def expensive(n):
    return sum(range(n * 1000))

out = []
olock = threading.Lock()
def client(keys):
    for k in keys:
        v = expensive(k)
        with olock:
            out.append((k, v))

ts = [threading.Thread(target=client, args=([1, 2, 3, 2, 1],)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(set(out)))
print("each key computed once:", sorted(expensive.computed))
print(len(out))
