# An inventory report: parsing CSV-like text, grouping, validation and a formatted summary.

RAW = """sku,name,category,qty,unit_price
A100,Hex bolt M6,hardware,1200,0.05
A101,Hex nut M6,hardware,1500,0.03
B200,Cordless drill,tools,14,89.99
B201,Drill bit set,tools,40,24.50
C300,Wood glue 250ml,supplies,0,4.75
C301,Sandpaper pack,supplies,85,6.20
B202,Hammer,tools,-3,15.00
D400,Safety goggles,safety,30,abc
D401,Work gloves,safety,60,7.99
"""

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    items, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        record = dict(zip(header, line.split(",")))
        try:
            record["qty"] = int(record["qty"])
            record["unit_price"] = float(record["unit_price"])
            if record["qty"] < 0:
                raise ValueError(f"negative quantity {record['qty']}")
        except ValueError as e:
            errors.append(f"line {lineno} ({record['sku']}): {e}")
            continue
        items.append(record)
    return items, errors

items, errors = parse(RAW)
print(f"{len(items)} valid items, {len(errors)} errors")
for e in errors:
    print("  !", e)

by_category = {}
for it in items:
    by_category.setdefault(it["category"], []).append(it)

grand_total = 0.0
for cat in sorted(by_category):
    group = by_category[cat]
    value = sum(i["qty"] * i["unit_price"] for i in group)
    grand_total += value
    print(f"\n[{cat.upper()}] {len(group)} item(s), stock value {value:,.2f}")
    for i in sorted(group, key=lambda i: -i["qty"] * i["unit_price"]):
        flag = " (OUT OF STOCK)" if i["qty"] == 0 else ""
        print(f"  {i['sku']} {i['name']:<16} {i['qty']:>6} x {i['unit_price']:>7.2f} = {i['qty'] * i['unit_price']:>9.2f}{flag}")
print(f"\nGrand total: {grand_total:,.2f}")
low = [i["sku"] for i in items if i["qty"] < 20]
print("reorder:", ", ".join(low) or "nothing")
priciest = max(items, key=lambda i: i["unit_price"])
print("most expensive:", priciest["name"], priciest["unit_price"])
print("average price: %.3f" % (sum(i["unit_price"] for i in items) / len(items)))
