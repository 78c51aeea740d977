# atexit callbacks run at exit, last registered first, after the
# non-daemon threads have finished; sys.exit's status is kept.
import atexit
import sys
import threading


def farewell(name, punctuation="."):
    print("goodbye from", name + punctuation)


print(atexit.register(farewell, "first") is farewell)
atexit.register(farewell, "second", punctuation="!")


@atexit.register
def decorated():
    print("decorated callback")


print("decorator returns the function:", decorated.__name__)


def unwanted():
    print("never printed")


atexit.register(unwanted)
atexit.register(farewell, "third")
atexit.register(unwanted)
atexit.unregister(unwanted)          # removes every registration of it
try:
    atexit.register("not callable")
except TypeError as e:
    print("TypeError:", e)

# A non-daemon thread still running when the main program ends is joined
# before the callbacks run.
go = threading.Event()


def late_worker():
    go.wait()
    print("worker finished")


atexit.register(lambda: print("lambda: worker alive?", worker.is_alive()))
worker = threading.Thread(target=late_worker)
worker.start()
threading.Timer(0.05, go.set).start()
print("main program ends")
sys.exit(4)
