# A text-table formatter: column widths, alignment by type, borders, totals and wrapping.

def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)

def cell_text(v):
    if isinstance(v, float):
        return f"{v:,.2f}"
    if is_number(v):
        return f"{v:,}"
    if v is None:
        return "-"
    return str(v)

def render(headers, rows, title=None):
    texts = [[cell_text(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in texts:
        for i, t in enumerate(row):
            widths[i] = max(widths[i], len(t))
    numeric = [all(is_number(row[i]) or row[i] is None for row in rows) for i in range(len(headers))]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = []
    if title:
        inner = len(sep) - 2
        lines.append("+" + "-" * inner + "+")
        lines.append("|" + title.center(inner) + "|")
    lines.append(sep)
    lines.append("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
    lines.append(sep.replace("-", "="))
    for row in texts:
        cells = [t.rjust(w) if numeric[i] else t.ljust(w) for i, (t, w) in enumerate(zip(row, widths))]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append(sep)
    return "\n".join(lines)

headers = ["Country", "Capital", "Population", "Area km2", "Density"]
data = [
    ("Iceland", "Reykjavík", 372520, 102775.0),
    ("Luxembourg", "Luxembourg", 645397, 2586.4),
    ("Japan", "Tokyo", 125700000, 377975.0),
    ("Vatican City", None, 764, 0.49),
    ("Brazil", "Brasília", 203062512, 8515767.0),
]
rows = [(c, cap, pop, area, pop / area) for c, cap, pop, area in data]
print(render(headers, rows, title="Selected countries"))
rows.sort(key=lambda r: -r[4])
print(render(["Country", "Density"], [(r[0], round(r[4], 1)) for r in rows]))
total_pop = sum(r[2] for r in rows)
print(render(["Total population", "Countries", "Largest"],
             [(total_pop, len(rows), max(rows, key=lambda r: r[2])[0])]))

def wrap_cell(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return lines

notes = [("weft", "a Python subset interpreter written in Rust with a bytecode VM"), ("tests", "conformance programs")]
for name, desc in notes:
    parts = wrap_cell(desc, 22)
    for i, p in enumerate(parts):
        print(f"{name if i == 0 else '':<6}| {p}")
