def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

def delegator():
    result = yield from countdown(3)
    print("inner returned", result)
    yield "last"

print(list(delegator()))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = None
    while True:
        received = yield received
        if received == "quit":
            return
e = echo()
next(e)
print(e.send("hi"), e.send(42))
try:
    e.send("quit")
except StopIteration:
    print("echo finished")

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_with_finally()
print(next(g))
g.close()
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)))
squares = {x: x * x for x in range(5)}
print(squares, {x % 3 for x in range(10)})
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
