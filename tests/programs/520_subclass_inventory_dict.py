# An inventory that validates stock levels by subclassing dict.
class Inventory(dict):
    def __init__(self, warehouse, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.warehouse = warehouse
        self.log = []

    def __setitem__(self, sku, qty):
        if not isinstance(qty, int):
            raise TypeError(f"quantity for {sku!r} must be int, not {type(qty).__name__}")
        if qty < 0:
            raise ValueError(f"negative stock for {sku!r}: {qty}")
        self.log.append(("set", sku, qty))
        super().__setitem__(sku, qty)

    def __delitem__(self, sku):
        self.log.append(("del", sku))
        super().__delitem__(sku)

    def restock(self, sku, qty):
        self[sku] = self.get(sku, 0) + qty

    def total_units(self):
        return sum(self.values())

    def low_stock(self, threshold=5):
        return sorted(sku for sku, qty in self.items() if qty < threshold)


inv = Inventory("north", {"apple": 10, "pear": 3})
inv["plum"] = 7
inv.restock("pear", 4)
inv.restock("kiwi", 2)
print(inv)
print(len(inv), inv.total_units(), inv.low_stock(), inv.warehouse)
print("apple" in inv, "mango" in inv, inv.get("mango"), list(inv)[:2])
for bad in [("fig", -1), ("fig", 2.5)]:
    try:
        inv[bad[0]] = bad[1]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
del inv["plum"]
print(inv.log)
print(isinstance(inv, dict), type(inv).__name__, inv == {"apple": 10, "pear": 7, "kiwi": 2})
print(inv.__dict__.keys())
# update() and setdefault() of dict do not go through __setitem__ (as in CPython)
inv.update({"lime": 1})
print(inv.setdefault("lime", 99), inv.pop("apple"), sorted(inv.items()))
try:
    inv["nothing"]
except KeyError as e:
    print("KeyError", e)
copy = dict(inv)
print(type(copy).__name__, copy, inv.copy() == copy, type(inv.copy()).__name__)
