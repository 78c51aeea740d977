# Re-raising with bare raise, nested handlers, exceptions in handlers.

def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    if n < 0:
        raise ValueError("n is negative")
    return 100 // n

def with_logging(n):
    try:
        return risky(n)
    except Exception as e:
        print(f"  log: {type(e).__name__}: {e}")
        raise

for n in [5, 0, -1]:
    try:
        print("result:", with_logging(n))
    except ZeroDivisionError:
        print("outer handled ZeroDivisionError")
    except ValueError as e:
        print("outer handled ValueError:", e)

def nested(level):
    try:
        try:
            try:
                if level == 1:
                    raise KeyError("level1")
                if level == 2:
                    raise IndexError("level2")
                if level == 3:
                    raise TypeError("level3")
                return "no error"
            except KeyError as e:
                return "handled at depth 3: " + str(e)
        except IndexError as e:
            return "handled at depth 2: " + str(e)
    except Exception as e:
        return "handled at depth 1: " + type(e).__name__

for lvl in range(4):
    print(nested(lvl))

def handler_raises():
    try:
        [1][5]
    except IndexError:
        raise ValueError("handler failed")

try:
    handler_raises()
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))

def reraise_after_cleanup(resources):
    try:
        resources.append("opened")
        raise OSError("disk full")
    except OSError:
        resources.append("rolled back")
        raise
    finally:
        resources.append("closed")

res = []
try:
    reraise_after_cleanup(res)
except OSError as e:
    print("OSError:", e, res)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        err = e
    raise err
except ValueError as again:
    print("raised stored exception again:", again, again is err)
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except ValueError as e:
            print("  attempt", i, "failed:", e)
    raise RuntimeError(f"gave up after {attempts} attempts")
def flaky(attempt):
    if attempt < 3:
        return int("x" * attempt or "?")
    return 10 // (attempt - 2)
print(retry(flaky, 5))
try:
    retry(lambda i: int("bad"), 2)
except RuntimeError as e:
    print(e)
