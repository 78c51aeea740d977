# A deterministic bank-queue simulation driven by a linear congruential generator.

def make_rng(seed):
    state = [seed]
    def rand():
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return state[0] >> 33
    return rand

rand = make_rng(2024)

def uniform(lo, hi):
    return lo + rand() % (hi - lo + 1)

def simulate(customers, tellers):
    free_at = [0] * tellers
    t = 0
    waits, log = [], []
    for cid in range(customers):
        t += uniform(1, 6)
        service = uniform(3, 12)
        teller = min(range(tellers), key=lambda i: (free_at[i], i))
        start = max(t, free_at[teller])
        free_at[teller] = start + service
        waits.append(start - t)
        if cid < 8:
            log.append(f"c{cid:02d} arrives {t:3d}, teller {teller}, starts {start:3d}, waits {start - t:2d}")
    return waits, log, max(free_at)

for tellers in (1, 2, 3):
    waits, log, end = simulate(40, tellers)
    print(f"== {tellers} teller(s) ==")
    for line in log[:4]:
        print(" ", line)
    avg = sum(waits) / len(waits)
    print(f"  average wait {avg:.2f}, max wait {max(waits)}, zero-wait {waits.count(0)}, closing time {end}")
    buckets = {}
    for w in waits:
        b = min(w // 10 * 10, 50)
        buckets[b] = buckets.get(b, 0) + 1
    for b in sorted(buckets):
        label = f"{b}-{b + 9}" if b < 50 else "50+"
        print(f"  {label:>6} | {'*' * buckets[b]}")
print([rand() % 100 for _ in range(10)])
