import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
log_lock = threading.Lock()
log = []

def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)   # ordered locks: no deadlock
    for _ in range(20):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
    with log_lock:
        log.append("philosopher %d ate %d times" % (i, meals[i]))

ps = [threading.Thread(target=philosopher, args=(i,), name="phil-%d" % i) for i in range(N)]
for p in ps: p.start()
for p in ps: p.join()
for line in sorted(log):
    print(line)
print("total meals:", sum(meals))
print("all forks free:", not any(f.locked() for f in forks))
