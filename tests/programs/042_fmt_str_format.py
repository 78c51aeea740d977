# str.format: positional, keyword, auto-numbering, indexing, conversions and specs.

print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Grace", age=85))
print("{0} {name} {1}".format(1, 2, name="kw"))
point = (3, 4)
person = {"first": "Alan", "last": "Turing", "born": 1912}
items = ["zero", "one", "two"]
print("x={0[0]} y={0[1]}".format(point))
print("{p[first]} {p[last]} ({p[born]})".format(p=person))
print("{0[2]} {1[1]} {items[0]}".format(items, "ab", items=items))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>10} {0!s:*^9}".format("hi"))
print("{{literal}} {} {{}}".format("value"))
print("{:>8}|{:<8}|{:^8}|{:.3}|{:08.3f}|{:,}|{:x}".format("r", "l", "c", "truncate", 3.14159, 1234567, 255))
print("{:{}}|{:{}.{}f}|{:{fill}{align}{w}}".format("w", 5, 2.71828, 10, 3, "x", fill="-", align="^", w=7))
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:#o} {0:#x} {0:d} {0:c}".format(97))
print("{:e} {:.2%} {:g} {:n}".format(1234.5, 0.4567, 0.00001234, 42))

def fmt_row(cols, widths, aligns):
    cells = []
    for value, width, align in zip(cols, widths, aligns):
        cells.append("{:{a}{w}}".format(value, a=align, w=width))
    return "|".join(cells)

print(fmt_row(["name", "qty", "price"], [10, 5, 9], "<>>"))
print(fmt_row(["pear", 3, "1.25"], [10, 5, 9], "<>>"))
print(fmt_row(["x" * 12, 12345678, "ok"], [10, 5, 9], "^^^"))

msg = "{greeting}, {0}! You have {1} new {2}."
for n in [0, 1, 5]:
    print(msg.format("Sam", n, "message" if n == 1 else "messages", greeting="Hi"))

errors = [("{} {}", ("one",), {}), ("{0} {}", (1, 2), {}), ("{name}", (), {}), ("{0[5]}", ([1],), {}),
          ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{:>>>}", (1,), {})]
for fmt, args, kwargs in errors:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
