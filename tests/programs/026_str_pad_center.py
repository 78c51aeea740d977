# center, ljust, rjust, zfill for aligning output.

for w in [0, 3, 5, 10, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "*")), repr("ab".center(w, "-")))

print(repr("x".center(4)), repr("x".center(5)), repr("xy".center(5)), repr("xy".center(6)))
for s in ["42", "-42", "+42", "3.14", "-0.5", "", "abc", "-", "0042"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))

inventory = [("apples", 12, 0.5), ("bananas", 150, 0.25), ("cherries", 3, 12.0), ("kiwi", 47, 1.125)]

def render(rows):
    name_w = max(len(r[0]) for r in rows)
    header = "Item".ljust(name_w) + " | " + "Qty".rjust(5) + " | " + "Price".rjust(8) + " | " + "Total".rjust(9)
    print(header)
    print("-" * len(header))
    grand = 0
    for name, qty, price in rows:
        total = qty * price
        grand += total
        print(name.ljust(name_w) + " | " + str(qty).rjust(5) + " | " + ("%.2f" % price).rjust(8)
              + " | " + ("%.2f" % total).rjust(9))
    print("-" * len(header))
    print("TOTAL".rjust(len(header) - 12) + " | " + ("%.2f" % grand).rjust(9))

render(inventory)
print("[" + "menu".center(20, "=") + "]")
for i, item in enumerate(["open", "save", "quit"], 1):
    print(("%d." % i).rjust(4), item.ljust(10, "."), "ctrl+" + item[0])
print(str(7).zfill(3), str(-7).zfill(3), "%03d" % 7, f"{7:03}")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
