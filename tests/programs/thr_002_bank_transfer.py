import threading
import random

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()

accounts = [Account("acct%d" % i, 1000) for i in range(5)]
global_lock = threading.Lock()
transfers = [0]

def transfer(src, dst, amount):
    # always lock in a fixed order to avoid deadlock
    first, second = sorted([src, dst], key=lambda a: a.name)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                with global_lock:
                    transfers[0] += 1

def teller(seed):
    rng = random.Random(seed)
    for _ in range(300):
        a, b = rng.sample(accounts, 2)
        transfer(a, b, rng.randint(1, 200))

threads = [threading.Thread(target=teller, args=(s,)) for s in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(a.balance for a in accounts)
print("total preserved:", total == 5000, total)
print("no negative balances:", all(a.balance >= 0 for a in accounts))
print("some transfers happened:", transfers[0] > 0)
