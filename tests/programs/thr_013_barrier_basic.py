import threading

N = 4
phases = []
lock = threading.Lock()
actions = []

def on_phase():
    actions.append(len(phases))

barrier = threading.Barrier(N, action=on_phase)
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []

def worker(i):
    for phase in range(3):
        with lock:
            phases.append((phase, i))
        idx = barrier.wait()
        with lock:
            indices.append(idx)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("actions saw completed arrivals:", actions)
print("indices:", sorted(indices))
# phase order: every phase-0 entry comes before any phase-1 entry
print("phases ordered:", [p for p, _ in phases] == sorted(p for p, _ in phases))
print(barrier.n_waiting, barrier.broken)
