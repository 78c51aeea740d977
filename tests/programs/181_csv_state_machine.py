# A CSV parser written as a character-level state machine (quotes, escaped quotes, newlines in fields).

def parse_csv(text, delimiter=","):
    rows, row, field = [], [], []
    state = "start"
    for pos, ch in enumerate(text):
        if state in ("start", "field"):
            if ch == '"' and state == "start":
                state = "quoted"
            elif ch == delimiter:
                row.append("".join(field))
                field = []
                state = "start"
            elif ch == "\n":
                row.append("".join(field))
                rows.append(row)
                row, field = [], []
                state = "start"
            else:
                field.append(ch)
                state = "field"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                field.append('"')
                state = "quoted"
            elif ch == delimiter:
                row.append("".join(field))
                field = []
                state = "start"
            elif ch == "\n":
                row.append("".join(field))
                rows.append(row)
                row, field = [], []
                state = "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote at position {pos}")
    if state == "quoted":
        raise ValueError("unterminated quoted field")
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows

DATA = '''id,name,comment,amount
1,Alice,"likes ""quotes""",10.5
2,Bob,"multi
line comment",7
3,"Carol, Jr.",,0
4,Dan,plain text,-2.25
'''
rows = parse_csv(DATA)
header, body = rows[0], rows[1:]
for r in body:
    rec = dict(zip(header, r))
    print(rec)
print("fields per row:", [len(r) for r in rows])
print("total amount:", sum(float(r[3]) for r in body))
widths = [max(len(r[i].replace("\n", "\\n")) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(cell.replace("\n", "\\n").ljust(w) for cell, w in zip(r, widths)))
print(parse_csv("a;b;c\n1;2;3", delimiter=";"), parse_csv(""), parse_csv('""'), parse_csv("x,\n,y"))
for bad in ['a,"unterminated', '"closed"x,y']:
    try:
        parse_csv(bad)
    except ValueError as e:
        print("ValueError:", e)
