# Uncaught TypeError: a quantity read as text is added to an int.

records = [("apples", 3), ("pears", 5), ("plums", "7"), ("figs", 2)]

def unit_price(name):
    prices = {"apples": 0.5, "pears": 0.75, "plums": 0.4, "figs": 1.2}
    return prices[name]

def line_total(name, qty):
    return unit_price(name) * qty

def summarize(rows):
    total_qty = 0
    for name, qty in rows:
        print(f"adding {name:<7} qty={qty!r}")
        total_qty = total_qty + qty
    return total_qty

cheap = [(n, q) for n, q in records if isinstance(q, int) and unit_price(n) < 1]
print("cheap items:", cheap)
print("value of cheap items:", sum(line_total(n, q) for n, q in cheap))
print("total quantity:", summarize(records))
