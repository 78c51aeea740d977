import threading
import queue

class DedupQueue(queue.Queue):
    """Ignores items that are already waiting in the queue."""
    def _init(self, maxsize):
        super()._init(maxsize)
        self.seen = set()
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)
    def _get(self):
        item = self.queue.popleft()
        self.seen.discard(item)
        return item

q = DedupQueue()
for url in ["a", "b", "a", "c", "b", "d"]:
    q.put(url)
print(q.qsize(), list(q.queue), q.unfinished_tasks)
out = []
def crawler():
    while True:
        try:
            out.append(q.get(timeout=0.02))
        except queue.Empty:
            return
t = threading.Thread(target=crawler)
t.start(); t.join()
print(out)

class Stack(queue.LifoQueue):
    def peek(self):
        with self.mutex:
            return self.queue[-1] if self.queue else None
s = Stack()
for i in range(3):
    s.put(i)
print(s.peek(), s.get(), s.peek())
print(isinstance(s.mutex, type(threading.Lock())), type(s.not_empty).__name__)
