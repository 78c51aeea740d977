import threading

class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.children = {}
        self.size = 0

    def insert(self, path):
        with self.lock:
            if not path:
                return
            head, rest = path[0], path[1:]
            if head not in self.children:
                self.children[head] = Tree()
                self.size += 1
            # the child has its own lock; ours is re-entered by the recursion below
            self.children[head].insert(rest)
            self.count()

    def count(self):
        with self.lock:
            return self.size + sum(c.count() for c in self.children.values())

root = Tree()
paths = ["abc", "abd", "ax", "b", "bcd", "abc", "ca", "cab"]
def inserter(ps):
    for p in ps:
        root.insert(p)
ts = [threading.Thread(target=inserter, args=(paths[i::3],)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(root.count())
def show(t, indent=""):
    for k in sorted(t.children):
        print(indent + k)
        show(t.children[k], indent + "  ")
show(root)
