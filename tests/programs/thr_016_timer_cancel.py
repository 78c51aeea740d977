import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["first"])
print(t.name.startswith("Thread-"), t.daemon)
t.start()
t.join()
print(fired)

t2 = threading.Timer(5.0, fired.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(fired, t2.is_alive(), t2.finished.is_set())

def greet(who, punct="!"):
    fired.append("hello " + who + punct)
t3 = threading.Timer(0.0, greet, ["bob"], {"punct": "?"})
t3.start(); t3.join()
print(fired)
t4 = threading.Timer(0.01, greet, kwargs={"who": "amy"})
t4.cancel()
t4.start(); t4.join()
print(fired)
print(isinstance(t4, threading.Thread), t4.interval)
