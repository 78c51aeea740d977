import _thread
import threading

done = threading.Event()

class Task:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "<Task %d>" % self.n
    def __call__(self, divisor):
        try:
            print("task", self.n, "->", self.n // divisor)
        finally:
            if divisor == 0:
                # let main continue once the traceback had a chance to print
                threading.Timer(0.05, done.set).start()
            else:
                done.set()

_thread.start_new_thread(Task(10), (2,))
done.wait(); done.clear()
_thread.start_new_thread(Task(7), (0,))
done.wait()
print("main done")
