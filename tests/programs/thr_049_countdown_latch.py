import threading

class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def await_(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)

latch = CountDownLatch(3)
services = []
lock = threading.Lock()

def start_service(name):
    with lock:
        services.append(name)
    latch.count_down()

print("early await:", latch.await_(timeout=0.01))
for name in ["db", "cache", "web"]:
    threading.Thread(target=start_service, args=(name,)).start()
print("latch released:", latch.await_())
print("services up:", sorted(services))
waiters_done = []
def waiter(i):
    latch.await_()
    with lock:
        waiters_done.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws: w.start()
for w in ws: w.join()
print(sorted(waiters_done))
