# suppress, closing, nullcontext, redirect_stdout/redirect_stderr, ContextDecorator.
import sys
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ContextDecorator

cache = {"a": 1}
with suppress(KeyError):
    del cache["zzz"]
print("no KeyError escaped")
with suppress(LookupError, TypeError):
    [][1]
print("IndexError is a LookupError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError not suppressed:", e)
with suppress():
    pass

class Page:
    def __init__(self, url):
        self.url = url
    def read(self):
        return f"<html from {self.url}>"
    def close(self):
        print("closed", self.url)
with closing(Page("http://x")) as page:
    print(page.read())

def fetch(optional_lock=None):
    with optional_lock or nullcontext("no lock") as token:
        return token
print(fetch(), fetch(nullcontext("given")))

class Collector:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        pass

out = Collector()
with redirect_stdout(out) as target:
    print("captured line")
    print("second", 2, sep="-")
print(target is out, repr("".join(out.chunks)))
err = Collector()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr("".join(err.chunks)))
print(sys.stdout is sys.__stdout__)

class logged(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, *exc):
        print("exit", self.label)
        return False

@logged("task")
def task(x):
    print("task body", x)
    return x + 1
print(task(1))
with logged("block"):
    print("in block")
