# map, filter, any, all with functions, lambdas and None.

words = ["alpha", "", "beta", "gamma", "", "delta"]
print(list(map(len, words)), list(map(str.upper, words)), list(filter(None, words)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [5, 2])))
print(list(filter(lambda w: "a" in w[1:], words)), list(filter(str.isdigit, ["1", "x", "22"])))
print(sum(map(int, "12345")), list(map(int, ["7", " 8 ", "-9"])), "-".join(map(str, range(4))))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 10 for x in [1, 5, 11]), all(x % 2 == 0 for x in [2, 4, 7]), any(map(str.isupper, "abC")))
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [0, 1, 2])
print(type(f).__name__, list(f))

def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))

print(list(filter(is_prime, range(40))))
print(any(is_prime(n) for n in range(24, 29)), all(map(is_prime, [2, 3, 5, 7])))

def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5), list(map(compose(str, inc), [1, 2])))
calls = []
def noisy(x):
    calls.append(x)
    return x > 2
print(any(map(noisy, [1, 2, 3, 4, 5])), calls)
calls.clear()
print(all(map(noisy, [3, 4, 1, 5])), calls)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
