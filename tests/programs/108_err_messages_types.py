# Exact messages for type errors raised by operators and builtins.

def exec_unpack(v):
    a, b = v
    return a, b

def set_item(container, index, value):
    container[index] = value
    return container

def check(label, fn):
    try:
        result = fn()
        print(f"{label:<24} ok: {result!r}")
    except Exception as e:
        print(f"{label:<24} {type(e).__name__}: {e}")

check("1 + 'a'", lambda: 1 + "a")
check("'a' + 1", lambda: "a" + 1)
check("'a' + None", lambda: "a" + None)
check("[1] + (2,)", lambda: [1] + (2,))
check("(1,) + [2]", lambda: (1,) + [2])
check("1 - 'a'", lambda: 1 - "a")
check("'a' * 2.5", lambda: "a" * 2.5)
check("[1] * [2]", lambda: [1] * [2])
check("None + 1", lambda: None + 1)
check("{} + {}", lambda: {} + {})
check("-'a'", lambda: -"a")
check("~1.5", lambda: ~1.5)
check("1 < 'a'", lambda: 1 < "a")
check("[] > ()", lambda: [] > ())
check("None < None", lambda: None < None)
five, text, nothing, items = 5, "str", None, [1]
check("5()", lambda: five())
check("'str'()", lambda: text())
check("None()", lambda: nothing())
check("[1]()", lambda: items())
check("hash([])", lambda: hash([]))
check("{[1]: 2}", lambda: {[1]: 2})
check("{{}: 1}", lambda: {{}: 1})
check("set([[1]])", lambda: set([[1]]))
check("5[0]", lambda: five[0])
check("'s'[0] = 'x'", lambda: set_item("s", 0, "x"))
check("(1, 2)[0] = 'x'", lambda: set_item((1, 2), 0, "x"))
check("range(3)[0] = 1", lambda: set_item(range(3), 0, 1))
check("5[0] = 1", lambda: set_item(5, 0, 1))
check("len(3)", lambda: len(3))
check("iter(3)", lambda: iter(3))
check("for x in 3", lambda: [x for x in 3])
check("a, b = 3", lambda: exec_unpack(3))
check("int([1])", lambda: int([1]))
check("'%d' % 'x'", lambda: "%d" % "x")
check("sum(['a'])", lambda: sum(["a"]))
check("abs('x')", lambda: abs("x"))
check("ord('')", lambda: ord(""))
check("chr('a')", lambda: chr("a"))
check("'x'.join([1])", lambda: "x".join([1]))
check("1 in 5", lambda: 1 in 5)
check("round('1')", lambda: round("1"))
check("'a' < 1.5", lambda: "a" < 1.5)
check("sorted(5)", lambda: sorted(5))

t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("tuple assignment:", e)
s = "text"
try:
    s[0] = "T"
except TypeError as e:
    print("str assignment:", e)
try:
    del s[0]
except TypeError as e:
    print("str deletion:", e)
