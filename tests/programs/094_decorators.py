# Decorators written as plain functions: wrappers, decorator factories, stacking.

call_log = []

def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(map(repr, args))}) -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

def validate_positive(fn):
    def wrapper(n):
        if n < 0:
            raise ValueError(f"{fn.__name__} needs n >= 0, got {n}")
        return fn(n)
    return wrapper

@logged
def add(a, b):
    return a + b

@repeat(3)
def shout(word):
    return word.upper()

@logged
@validate_positive
def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

add(2, 3)
add("x", "y")
print(shout("hey"))
fact(5)
try:
    fact(-1)
except ValueError as e:
    print("ValueError:", e)
print(call_log, add.__name__, fact.__name__, shout.__name__)

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib(200))

def count_calls(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner

@count_calls
def tiny(x):
    return x

for i in range(7):
    tiny(i)
print("tiny called", tiny.calls, "times")
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text(), bold(italic(lambda: "manual"))())
