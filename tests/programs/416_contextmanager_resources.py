# @contextmanager: setup/teardown, exceptions thrown into the generator.
from contextlib import contextmanager

events = []

@contextmanager
def transaction(name):
    events.append(f"begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        events.append(f"rollback {name}: {e}")
    else:
        events.append(f"commit {name}")
    finally:
        events.append(f"end {name}")

with transaction("t1") as tx:
    events.append(f"work in {tx}")
with transaction("t2"):
    raise ValueError("bad row")
try:
    with transaction("t3"):
        raise KeyError("missing")
except KeyError as e:
    events.append(f"outer saw KeyError {e}")
print("\n".join(events))

@contextmanager
def indent(level):
    print("  " * level + "{")
    yield level + 1
    print("  " * level + "}")

with indent(0) as a:
    with indent(a) as b:
        print("  " * b + "body")

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        print("swallowed")

with swallow_all():
    raise RuntimeError("x")
print("continued")

@contextmanager
def broken_twice():
    yield 1
    yield 2

@contextmanager
def never_yields():
    return
    yield

for cm in (broken_twice, never_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

@contextmanager
def stop_iter_inside():
    yield

try:
    with stop_iter_inside():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passed through:", e)

# a generator context manager used as a decorator
@contextmanager
def announce(what):
    print(f"> {what}")
    yield
    print(f"< {what}")

@announce("job")
def job(n):
    print("job", n)
    return n * 2
print(job(3), job(4))
