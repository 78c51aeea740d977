# bench-target: 1.5
# Recursive Fibonacci: function calls, small-int arithmetic, comparisons.
# About 1.3 million calls of a Python function; nothing else.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30))
