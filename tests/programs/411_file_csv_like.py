# A CSV-ish sales file: write it, parse it, aggregate, write a report.
import os

rows = [
    ("date", "region", "product", "units", "price"),
    ("2024-01-03", "north", "widget", "12", "2.50"),
    ("2024-01-03", "south", "gadget", "3", "10.00"),
    ("2024-01-04", "north", "gadget", "7", "9.75"),
    ("2024-01-05", "east", "widget", "30", "2.25"),
    ("2024-01-05", "south", "widget", "8", "2.50"),
    ("2024-01-06", "east", "doohickey", "1", "99.99"),
]

workdir = "_tmp_411_"
os.makedirs(workdir)
try:
    data_path = os.path.join(workdir, "sales.csv")
    with open(data_path, "w") as out:
        for row in rows:
            out.write(",".join(row) + "\n")

    totals = {}
    units_by_product = {}
    with open(data_path) as f:
        header = f.readline().strip().split(",")
        print("columns:", header)
        for line in f:
            record = dict(zip(header, line.strip().split(",")))
            amount = int(record["units"]) * float(record["price"])
            totals[record["region"]] = totals.get(record["region"], 0.0) + amount
            units_by_product[record["product"]] = (
                units_by_product.get(record["product"], 0) + int(record["units"])
            )

    report_path = os.path.join(workdir, "report.txt")
    with open(report_path, "w") as rep:
        rep.write(f"{'region':<8}{'total':>10}\n")
        for region in sorted(totals):
            rep.write(f"{region:<8}{totals[region]:>10.2f}\n")
        rep.write(f"{'ALL':<8}{sum(totals.values()):>10.2f}\n")

    with open(report_path) as rep:
        print(rep.read(), end="")
    for product, units in sorted(units_by_product.items(), key=lambda kv: -kv[1]):
        print(f"{product}: {units}")

    # Append a row and count lines again.
    with open(data_path, "a") as f:
        f.write("2024-01-07,west,widget,5,2.50\n")
    with open(data_path) as f:
        print("rows now:", sum(1 for _ in f) - 1)
finally:
    for name in sorted(os.listdir(workdir)):
        os.remove(os.path.join(workdir, name))
    os.rmdir(workdir)
