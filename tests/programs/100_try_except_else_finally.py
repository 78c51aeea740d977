# try/except/else/finally in all combinations, and which blocks run.

def attempt(action):
    trace = []
    try:
        trace.append("try")
        if action == "value":
            raise ValueError("bad value")
        if action == "type":
            raise TypeError("bad type")
        if action == "key":
            {}["k"]
        trace.append("try-end")
    except ValueError as e:
        trace.append("except ValueError: " + str(e))
    except (TypeError, KeyError) as e:
        trace.append("except " + type(e).__name__)
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    return trace

for action in ["ok", "value", "type", "key"]:
    print(action, attempt(action))

def only_finally(fail):
    log = []
    try:
        try:
            log.append("inner try")
            if fail:
                raise RuntimeError("boom")
        finally:
            log.append("inner finally")
    except RuntimeError as e:
        log.append("outer caught " + str(e))
    return log

print(only_finally(False), only_finally(True))

def try_else_only(x):
    try:
        value = 10 / x
    except ZeroDivisionError:
        return "division failed"
    else:
        return f"result {value}"

print(try_else_only(4), try_else_only(0))

def bare_except(x):
    try:
        return int(x)
    except:
        return "could not convert"

print(bare_except("12"), bare_except("twelve"), bare_except(None))

def catch_base(x):
    try:
        return [1, 2, 3][x]
    except LookupError as e:
        return "LookupError subclass: " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__

print(catch_base(1), catch_base(5), catch_base("a"))
try:
    pass
finally:
    print("finally after empty try")
try:
    x = 1
except Exception:
    print("not printed")
else:
    print("else ran, x =", x)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, Exception))
