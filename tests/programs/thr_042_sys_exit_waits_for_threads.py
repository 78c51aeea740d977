import sys
import threading

release = threading.Event()
out = []

def late_worker():
    release.wait()
    out.append("worker finished")
    print("worker finished before interpreter exit")

t = threading.Thread(target=late_worker)
t.start()

def releaser():
    # give main a chance to reach sys.exit first, then let the worker go
    threading.Timer(0.05, release.set).start()
releaser()
print("main calling sys.exit(3)")
sys.exit(3)
