import threading

b = threading.Barrier(3)
per_round = {}
lock = threading.Lock()

def w(name):
    for r in range(4):
        idx = b.wait()
        with lock:
            per_round.setdefault(r, []).append(idx)

ts = [threading.Thread(target=w, args=(n,)) for n in "xyz"]
for t in ts: t.start()
for t in ts: t.join()
for r in sorted(per_round):
    print(r, sorted(per_round[r]))
print(b.n_waiting, b.broken, b.parties)
