import threading

# at most 2 "downloads" at once; each records how many were running when it started
slots = threading.BoundedSemaphore(2)
lock = threading.Lock()
running = [0]
observed = []
both_in = threading.Barrier(2)

def download(i):
    with slots:
        with lock:
            running[0] += 1
            observed.append(running[0])
        if i < 2:
            both_in.wait()       # the first two overlap for sure
        with lock:
            running[0] -= 1

first = [threading.Thread(target=download, args=(i,)) for i in range(2)]
for t in first: t.start()
for t in first: t.join()
rest = [threading.Thread(target=download, args=(i,)) for i in range(2, 8)]
for t in rest: t.start()
for t in rest: t.join()
print("peak:", max(observed), "never above 2:", all(n <= 2 for n in observed))
print("downloads:", len(observed), "running now:", running[0])
print("all slots back:", slots.acquire(False), slots.acquire(False), slots.acquire(False))
