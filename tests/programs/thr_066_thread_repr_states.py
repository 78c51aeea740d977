import threading

def strip(r):
    # drop the ident (a number that varies) from the repr
    parts = r[:-2].split(", ")
    status = " ".join(w for w in parts[1].split() if not w.isdigit())
    return parts[0] + ", " + status + ")>"

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="repr-me")
print(strip(repr(t)))
t.start()
print(strip(repr(t)))
gate.set(); t.join()
print(strip(repr(t)))
d = threading.Thread(target=lambda: None, name="dd", daemon=True)
print(strip(repr(d)))
d.start(); d.join()
print(strip(repr(d)))
print(strip(repr(threading.main_thread())))
class MyThread(threading.Thread):
    pass
m = MyThread(name="mine")
print(strip(repr(m)))
