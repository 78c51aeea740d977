import threading

# three threads print in strict rotation: A B C A B C ...
cond = threading.Condition()
turn = [0]
out = []

def player(idx, name, rounds):
    for r in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] % 3 == idx)
            out.append("%s%d" % (name, r))
            turn[0] += 1
            cond.notify_all()

ts = [threading.Thread(target=player, args=(i, n, 4)) for i, n in enumerate("ABC")]
for t in ts: t.start()
for t in ts: t.join()
print(" ".join(out))
