import threading

b = threading.Barrier(2)
try:
    b.wait(timeout=0.02)
except threading.BrokenBarrierError as e:
    print("timed out ->", type(e).__name__, b.broken)
b.reset()
print(b.broken)

b2 = threading.Barrier(3, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("default timeout breaks it:", b2.broken)

# failing action breaks the barrier for all
def bad_action():
    raise KeyError("boom")
b3 = threading.Barrier(2, action=bad_action)
out = []
def w():
    try:
        b3.wait()
        out.append("ok")
    except threading.BrokenBarrierError:
        out.append("broken")
    except KeyError as e:
        out.append("KeyError " + str(e))
t1 = threading.Thread(target=w); t2 = threading.Thread(target=w)
t1.start(); t2.start(); t1.join(); t2.join()
print(sorted(out), b3.broken)
# CPython 3.11 accepts any number of parties (3.12 adds a check)
print(threading.Barrier(0).parties, threading.Barrier(-2).parties)
print(threading.Barrier(1).wait())
