import threading

barrier = threading.Barrier(5)
idents = []
lock = threading.Lock()

def w():
    me = threading.get_ident()
    barrier.wait()       # all alive at the same time
    with lock:
        idents.append((me, threading.current_thread().ident))

ts = [threading.Thread(target=w) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("distinct idents:", len({i for i, _ in idents}))
print("ident matches Thread.ident:", all(a == b for a, b in idents))
print("differs from main:", threading.get_ident() not in {i for i, _ in idents})
print("Thread.ident set:", sorted(i for i, _ in idents) == sorted(t.ident for t in ts))
print("native ids ints:", all(isinstance(t.native_id, int) for t in ts))
