import threading

def show(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, repr(e))

show(lambda: threading.Barrier(0).parties)
show(lambda: threading.Barrier(-1, action=print).n_waiting)
b = threading.Barrier(2)
show(b.wait, 0.01)
show(b.wait)
show(lambda: b.n_waiting)
show(lambda: b.broken)
b.reset()
show(lambda: b.broken)
b.abort()
show(b.wait)
show(b.wait, timeout=0)
b.reset()
show(b.wait, timeout=0)
try:
    b.parties = 3
except AttributeError as e:
    print(type(e).__name__)
e = threading.Event()
show(e.wait, 0)
show(e.wait, -1)
e.set()
show(e.wait, -1)
