# dict subclasses with __missing__: a case-insensitive lookup table and a tally.
class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __missing__(self, key):
        raise KeyError(f"no header {key!r}")

    def __contains__(self, key):
        return super().__contains__(key.lower())


headers = CaseInsensitive()
headers["Content-Type"] = "text/html"
headers["X-Request-Id"] = "42"
print(headers["content-type"], headers["X-REQUEST-ID"], "CONTENT-TYPE" in headers)
print(headers)
try:
    headers["Accept"]
except KeyError as e:
    print("missing:", e)


class Tally(dict):
    def __missing__(self, key):
        return 0


t = Tally()
for ch in "mississippi":
    t[ch] += 1
print(t, t["z"], "z" in t, len(t))
print(dict.__getitem__(t, "q"))


class Memo(dict):
    def __init__(self, func):
        super().__init__()
        self.func = func
        self.calls = 0

    def __missing__(self, n):
        self.calls += 1
        value = self[n] = self.func(self, n)
        return value


fib = Memo(lambda memo, n: n if n < 2 else memo[n - 1] + memo[n - 2])
print(fib[80], fib.calls, len(fib))
print(fib.get(100), fib.get(80))
