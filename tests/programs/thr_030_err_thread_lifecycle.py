import threading

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

t = threading.Thread(target=lambda: None)
show(t.join)
t.start()
show(t.start)
show(lambda: setattr(t, "daemon", True))
t.join()
show(t.start)
show(lambda: setattr(t, "daemon", False))
show(lambda: setattr(t, 'daemon', 0))

def join_self():
    show(threading.current_thread().join)
s = threading.Thread(target=join_self)
s.start(); s.join()
show(threading.main_thread().join)

class Broken(threading.Thread):
    def __init__(self):
        pass
b = Broken()
show(b.start)
show(b.join)
show(lambda: setattr(b, "daemon", True))
try:
    threading.Thread(group=1)
except AssertionError as e:
    print(type(e).__name__, e)
