import threading
import time

never = threading.Event()

def forever():
    never.wait()

d = threading.Thread(target=forever, daemon=True)
print(d.daemon)
d.start()
print("daemon alive:", d.is_alive())
nd = threading.Thread(target=lambda: None)
print("inherits non-daemon from main:", nd.daemon)

def spawn_child(out):
    c = threading.Thread(target=lambda: None)
    out.append(c.daemon)
out = []
p = threading.Thread(target=spawn_child, args=(out,), daemon=True)
p.start(); p.join()
print("child of daemon is daemon:", out)
x = threading.Thread(target=forever)
x.daemon = True
x.daemon = False
print(x.daemon)
x.daemon = True
x.start()
print("main exits without waiting for daemons")
