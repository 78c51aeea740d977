# The format() builtin and format specs applied to many types.

print(format(3.14159, ".2f"), format(42), format("text"), format("text", ">8"), format(None), format([1, 2]))
print(repr(format(0.1)), repr(format(1e20)), repr(format(-0.0, "")), repr(format(12, "")))
print(format(1e-7), format(1e16), format(123.0), format(1e16, ""), format(12.0, "g"))
print(format(True), format(True, ""), format(True, "^6"), format(False, "d"), format(1.5, "^9"))
print(format("é", "*^5"), format("abc", "<2"), format("abc", ".1"), format("", "-^4"))

def money(amount, currency="$"):
    sign = "-" if amount < 0 else ""
    return f"{sign}{currency}{abs(amount):,.2f}"

for amt in [0, 5, -5.5, 1234.567, 1e6, -0.004]:
    print(f"{amt!r:>10} -> {money(amt):>15}")

def percent_table(parts):
    total = sum(parts.values())
    lines = []
    for key, value in parts.items():
        share = value / total
        lines.append(format(key, "<8") + format(value, ">6d") + format(share, ">9.1%") + " " + "#" * round(share * 20))
    return lines

for line in percent_table({"rust": 45, "python": 30, "c": 15, "other": 10}):
    print(line)

specs = ["", "10", "<10", "^10.3", "+", "e", ".3g", "010.2f"]
for spec in specs:
    out = []
    for val in [7, -2.5, "str"]:
        try:
            out.append(repr(format(val, spec)))
        except ValueError as e:
            out.append("ValueError(" + str(e) + ")")
    print(repr(spec), " ".join(out))
try:
    format([1], "d")
except TypeError as e:
    print("TypeError:", e)
