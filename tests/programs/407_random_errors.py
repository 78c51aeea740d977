# Error messages of the random module.
import random

cases = [
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(5, 5)", lambda: random.randrange(5, 5)),
    ("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0)),
    ("randrange(10, 0, 2)", lambda: random.randrange(10, 0, 2)),
    ("randrange(1, step=2)", lambda: random.randrange(1, step=2)),
    ("randint(5, 1)", lambda: random.randint(5, 1)),
    ("choice('')", lambda: random.choice("")),
    ("sample(range(5), -1)", lambda: random.sample(range(5), -1)),
    ("sample counts", lambda: random.sample("ab", 1, counts=[1])),
    ("sample zero counts", lambda: random.sample("ab", 1, counts=[0, 0])),
    ("getrandbits('x')", lambda: random.getrandbits("x")),
    ("seed({})", lambda: random.seed({})),
    ("shuffle(None)", lambda: random.shuffle(None)),
    ("setstate version", lambda: random.setstate((9, (), None))),
]
for label, func in cases:
    try:
        print(label, "->", func())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
