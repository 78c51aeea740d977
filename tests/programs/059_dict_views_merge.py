# keys/values/items views, | and |= merging, iteration patterns, deletion while iterating.

prices = {"tea": 3.5, "coffee": 4.0, "juice": 5.25}
keys, values, items = prices.keys(), prices.values(), prices.items()
print(keys, values, items)
print(list(keys), list(values), list(items), len(keys))
prices["water"] = 1.0
print(keys, len(values), ("tea", 3.5) in items, "juice" in keys, 4.0 in values)
print(sorted(keys), max(values), min(items), sum(values))
print(keys & {"tea", "milk"} == {"tea"}, sorted(keys - {"tea"}), keys == {"tea", "coffee", "juice", "water"})
for k in prices:
    print(k, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}", end=";")
print()

base = {"host": "localhost", "port": 80, "debug": False}
override = {"port": 8080, "debug": True, "user": "admin"}
merged = base | override
print(merged)
print(override | base)
base |= {"timeout": 30}
base |= [("retries", 3)]
print(base)

inventory = {"a": 0, "b": 5, "c": 0, "d": 2}
for k in list(inventory):
    if inventory[k] == 0:
        del inventory[k]
print(inventory)
try:
    for k in inventory:
        inventory["new_" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(inventory.items()))

d = dict.fromkeys("abc", 0)
for i, k in enumerate(d):
    d[k] = i * 10
print(d, list(reversed(d)), list(reversed(d.items())))
print(list(zip(d.keys(), d.values())) == list(d.items()))
try:
    base | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
