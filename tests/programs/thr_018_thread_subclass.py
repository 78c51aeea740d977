import threading

class Downloader(threading.Thread):
    def __init__(self, url):
        super().__init__(name="dl-" + url)
        self.url = url
        self.result = None

    def run(self):
        self.result = "%s:%d" % (self.url, len(self.url) * 10)

class Squarer(threading.Thread):
    def __init__(self, nums):
        super().__init__()
        self.nums = nums
        self.out = []
    def run(self):
        for n in self.nums:
            self.out.append(n * n)

ds = [Downloader(u) for u in ["a.com", "bb.org", "ccc.net"]]
for d in ds: d.start()
for d in ds: d.join()
for d in ds:
    print(d.name, d.result, d.is_alive())
s = Squarer([1, 2, 3])
print(s.name)
s.start(); s.join()
print(s.out)
print(repr(s).split(",")[0], repr(ds[0]).split(",")[0])

class WithArgs(threading.Thread):
    def run(self):
        print("running custom run; target ignored?", self._target is not None)
        super().run()
w = WithArgs(target=print, args=("from target",))
w.start(); w.join()
