# Lazy pipelines of generators and itertools: nothing is computed until needed.
from itertools import islice, takewhile, dropwhile, count, chain, accumulate, compress, tee

trace = []

def numbers():
    for n in count(1):
        trace.append(n)
        yield n

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

print(list(islice(primes(), 15)))
evens = (n for n in numbers() if n % 2 == 0)
squares = (n * n for n in evens)
print(list(islice(squares, 4)), trace)
print(list(takewhile(lambda x: x < 100, accumulate(numbers()))))
print(next(dropwhile(lambda p: p < 1000, primes())))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

a, b = tee(fib())
print(list(islice(compress(a, (x % 3 == 0 for x in b)), 6)))
chained = chain(islice(fib(), 5), "xyz", range(2))
print(list(chained), list(chained))

# a generator closed early by islice still runs its finally
def guarded():
    try:
        for i in count():
            yield i
    finally:
        print("generator cleaned up")
g = guarded()
print(list(islice(g, 3)))
g.close()
