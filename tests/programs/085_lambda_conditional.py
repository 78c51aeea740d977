# lambdas, conditional expressions and functions as values.

square = lambda x: x * x
add = lambda a, b=10: a + b
no_args = lambda: "nothing"
variadic = lambda *args, **kw: (args, sorted(kw.items()))
print(square(7), add(1), add(1, 2), no_args(), variadic(1, 2, z=3, a=4))
print((lambda x, y: x if x > y else y)(3, 9), (lambda: (w := 5) + w)())

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("nan"),
}
for sym in "+-*/":
    print(f"8 {sym} 2 =", ops[sym](8, 2), f"| 8 {sym} 0 =", ops[sym](8, 0))

def make_multiplier(k):
    return lambda x: x * k

times3 = make_multiplier(3)
print(times3(14), make_multiplier("ab")(2), list(map(make_multiplier(-1), [1, 2])))

def sign(x):
    return "positive" if x > 0 else "negative" if x < 0 else "zero"

print([sign(v) for v in (5, -2, 0)])
people = [("ann", 40), ("bo", 18), ("cy", 65)]
labels = [f"{n}: {'senior' if a >= 65 else 'adult' if a >= 18 else 'minor'}" for n, a in people]
print(labels)
print(sorted(people, key=lambda p: -p[1]), max(people, key=lambda p: len(p[0])))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(square.__name__, (lambda: 0).__name__, callable(square))
apply_twice = lambda f, x: f(f(x))
print(apply_twice(square, 3), apply_twice(lambda s: s + "!", "hi"))
print((lambda n: 1 if n <= 1 else n * (lambda m: m)(n - 1))(5))
