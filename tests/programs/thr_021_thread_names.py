import threading

def task():
    pass

def another():
    pass

t1 = threading.Thread(target=task)
t2 = threading.Thread(target=another)
t3 = threading.Thread()
t4 = threading.Thread(target=task, name="custom")
t5 = threading.Thread(target=lambda: None)
t6 = threading.Thread(target=task, name="")
print(t1.name)
print(t2.name)
print(t3.name)
print(t4.name)
print(t5.name)
print(t6.name)
t4.name = 42
print(repr(t4.name))
t4.name = "renamed"
print(t4.name)
class Job:
    def __call__(self):
        pass
t7 = threading.Thread(target=Job())
print(t7.name)
import functools
t8 = threading.Thread(target=functools.partial(task))
print(t8.name)
class Sub(threading.Thread):
    pass
print(Sub().name)
print(threading.Thread(target=Job.__call__).name)
print(threading.Timer(1, task).name)
seen = []
t9 = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name="worker-9")
t9.start(); t9.join()
print(seen)
