import threading

# 1-D heat diffusion: each thread owns a slice of cells; two barriers per step
N_THREADS = 3
cells = [0.0] * 12
cells[5] = 120.0
new = cells[:]
steps_done = []
step_barrier = threading.Barrier(N_THREADS, action=lambda: steps_done.append(round(sum(new), 6)))
copy_barrier = threading.Barrier(N_THREADS)

def worker(k):
    lo, hi = k * 4, (k + 1) * 4
    for _ in range(5):
        for i in range(lo, hi):
            left = cells[i - 1] if i > 0 else cells[i]
            right = cells[i + 1] if i < len(cells) - 1 else cells[i]
            new[i] = cells[i] + 0.25 * (left - 2 * cells[i] + right)
        step_barrier.wait()
        for i in range(lo, hi):
            cells[i] = new[i]
        copy_barrier.wait()

ts = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(steps_done)
print(" ".join("%.2f" % c for c in cells))
