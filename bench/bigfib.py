# Big-integer Fibonacci: 100,000 steps of `a, b = b, a + b`, i.e. additions
# of ever-growing integers (the last ones are ~69,000 bits), each allocating
# a new int object. CPython 3.11 refuses int -> str beyond 4300 digits by
# default, so the result is summarised with bit_length() and a modulus.


def bigfib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


a = bigfib(100000)
print(a.bit_length())
print(a % 1000000007)
