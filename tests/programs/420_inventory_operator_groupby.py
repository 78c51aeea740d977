# Inventory valuation: attrgetter sorting, groupby by category, running totals.
from operator import attrgetter, mul
from itertools import groupby, accumulate, starmap
from functools import reduce

class Item:
    def __init__(self, sku, category, qty, price):
        self.sku, self.category, self.qty, self.price = sku, category, qty, price
    @property
    def value(self):
        return self.qty * self.price
    def __repr__(self):
        return f"{self.sku}"

stock = [
    Item("B-2", "bolts", 500, 0.05), Item("N-1", "nuts", 800, 0.03),
    Item("S-9", "screws", 120, 0.11), Item("B-1", "bolts", 250, 0.07),
    Item("S-1", "screws", 60, 0.25), Item("W-4", "washers", 1000, 0.01),
]
stock.sort(key=attrgetter("category", "sku"))
print(stock)
for cat, items in groupby(stock, key=attrgetter("category")):
    items = list(items)
    value = sum(map(attrgetter("value"), items))
    print(f"{cat:<8} {len(items)} items  {value:8.2f}")

values = list(starmap(mul, ((i.qty, i.price) for i in stock)))
print([round(v, 2) for v in accumulate(values)])
print(round(reduce(lambda a, b: a + b, values), 2))
print(max(stock, key=attrgetter("value")), min(stock, key=attrgetter("qty")))
