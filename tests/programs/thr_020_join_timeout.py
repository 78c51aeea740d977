import threading

gate = threading.Event()

def slow():
    gate.wait()

t = threading.Thread(target=slow, name="slowpoke")
t.start()
t.join(timeout=0.02)
print("after timed join alive:", t.is_alive())
t.join(0)
print("join(0) alive:", t.is_alive())
t.join(-1)
print("join(-1) alive:", t.is_alive())
gate.set()
t.join()
print("after full join alive:", t.is_alive())
t.join(timeout=0.01)
print("join again ok")
print(repr(t).split(",")[0], "stopped" in repr(t))
u = threading.Thread(target=print, args=("quick",))
print("initial" in repr(u), u.is_alive(), u.ident)
u.start()
u.join(5)
print(u.is_alive(), u.ident is not None, isinstance(u.native_id, int))
