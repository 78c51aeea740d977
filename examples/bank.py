"""Bank transfers between accounts from many threads, with and without a lock.

Each transfer reads two balances, pauses (time.sleep(0) hands the GIL to
another thread, as any I/O would), then writes them back. With a lock around
the whole transfer the total is always preserved; without it, threads
overwrite each other's updates and money appears or vanishes.
"""

import random
import threading
import time

N_ACCOUNTS = 5
START = 1000
TRANSFERS_PER_THREAD = 200
THREADS = 8


def run(use_lock):
    balances = [START] * N_ACCOUNTS
    lock = threading.Lock()

    def transfer(src, dst, amount):
        a = balances[src]
        b = balances[dst]
        time.sleep(0)  # the GIL may pass to another thread here
        balances[src] = a - amount
        balances[dst] = b + amount

    def teller(seed):
        rng = random.Random(seed)
        for _ in range(TRANSFERS_PER_THREAD):
            src, dst = rng.sample(range(N_ACCOUNTS), 2)
            amount = rng.randint(1, 50)
            if use_lock:
                with lock:
                    transfer(src, dst, amount)
            else:
                transfer(src, dst, amount)

    tellers = [threading.Thread(target=teller, args=(i,)) for i in range(THREADS)]
    for t in tellers:
        t.start()
    for t in tellers:
        t.join()
    return sum(balances)


expected = N_ACCOUNTS * START
with_lock = run(use_lock=True)
print(f"with a lock:    total {with_lock} (expected {expected})",
      "- preserved" if with_lock == expected else "- CORRUPTED")
without = run(use_lock=False)
print(f"without a lock: total {without} (expected {expected})",
      "- preserved (lucky this time)" if without == expected
      else f"- {abs(without - expected)} lost or created by racing threads")
