# % formatting with mapping keys and * width/precision.

record = {"name": "Ada", "age": 36, "score": 98.765, "lang": "Python"}
print("%(name)s is %(age)d years old" % record)
print("%(name)-10s|%(score)8.2f|%(age)05d|%(lang).3s" % record)
print("%(name)s %(name)r %(name)a" % {"name": "Zoë"})
print("%(x)s%%" % {"x": 50}, "%(a)s-%(a)s" % {"a": "dup"})

for width in [1, 5, 10]:
    print("[%*d] [%-*s] [%.*f] [%*.*f]" % (width, 42, width, "ab", width % 4, 3.14159265, width, 2, 2.5))
print("%*s|%-*s|" % (-6, "neg", 3, "x"))

template = """Dear %(who)s,
Your balance is %(balance)+.2f on %(date)s.
Regards, %(bank)s"""
print(template % {"who": "Mr. Smith", "balance": -12.5, "date": "2024-03-01", "bank": "WeftBank"})

def table(rows, widths):
    fmt = " ".join("%%-%ds" % w for w in widths)
    for r in rows:
        print(fmt % tuple(r))

table([("id", "name", "qty"), (1, "apple", 3), (22, "kiwi", 100)], [4, 8, 5])

def kv_lines(d):
    keywidth = max(len(k) for k in d)
    return ["%-*s = %r" % (keywidth, k, v) for k, v in d.items()]

for line in kv_lines({"alpha": 1, "b": [1, 2], "gamma_long": "text", "d": None}):
    print(line)
try:
    print("%(missing)s" % {"present": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(a)s" % (1,))
except TypeError as e:
    print("TypeError:", e)
