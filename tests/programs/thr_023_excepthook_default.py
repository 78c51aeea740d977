import threading

def boom(x):
    return 10 // x

def worker():
    boom(0)

t = threading.Thread(target=worker, name="calc")
t.start()
t.join()
print("main continues after thread error", t.is_alive())

def other():
    raise ValueError("bad value %d" % 3)
t2 = threading.Thread(target=other)
t2.start()
t2.join()
print("done")
