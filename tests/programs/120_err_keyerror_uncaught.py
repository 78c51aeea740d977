# A KeyError raised deep inside nested calls is not caught: exit status 1.

inventory = {
    "widgets": {"count": 12, "price": 2.5},
    "gadgets": {"count": 3, "price": 10.0},
}

def price_of(name):
    return inventory[name]["price"]

def order_total(order):
    total = 0
    for name, qty in order:
        line = price_of(name) * qty
        print(f"{name:<8} x{qty:<3} {line:8.2f}")
        total += line
    return total

def checkout(orders):
    for i, order in enumerate(orders, 1):
        print(f"order #{i}")
        print("total:", order_total(order))

checkout([
    [("widgets", 4), ("gadgets", 1)],
    [("gadgets", 2), ("gizmos", 1), ("widgets", 1)],
])
print("never printed")
