# The camelCase aliases still work in 3.11 but warn (DeprecationWarning, shown
# because the calls are made from __main__).
import threading

e = threading.Event()
print(e.isSet())
t = threading.Thread(target=lambda: None)
print(t.isDaemon())
t.setDaemon(True)
print(t.getName().startswith("Thread-"))
t.setName("renamed")
print(t.name)
print(threading.currentThread() is threading.main_thread())
print(threading.activeCount())
c = threading.Condition()
with c:
    c.notifyAll()
for _ in range(2):
    print(e.isSet())
print("end")
