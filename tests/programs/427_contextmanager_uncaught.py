# An error that escapes a @contextmanager block is reported where it was
# raised: the generator's cleanup runs, and the detour through contextlib
# leaves no trace in the traceback.
from contextlib import contextmanager

@contextmanager
def opened(name):
    print(f"open {name}")
    try:
        yield name
    finally:
        print(f"close {name}")

def parse(record):
    key, value = record.split("=")
    return key, int(value)

def load(lines):
    with opened("config") as src:
        print("reading", src)
        return dict(parse(line) for line in lines)

print(load(["a=1", "b=2"]))
try:
    load(["c=3", "oops"])
except ValueError as e:
    print("caught:", e, type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
load(["d=4", "e=five"])
