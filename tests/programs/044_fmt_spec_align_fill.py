# Format-spec mini-language: fill, alignment, width, sign-aware padding.

for spec in ["<10", ">10", "^10", "*<10", "*>10", "*^10", "=10", "0=10", "x^11", "10", "010", "-^9", "^"]:
    try:
        row = []
        for v in [42, -42, 3.5, "txt"]:
            try:
                row.append("[" + format(v, spec) + "]")
            except ValueError as e:
                row.append("<" + str(e) + ">")
        print(f"{spec:>5}: " + " ".join(row))
    except Exception as e:
        print(spec, "unexpected", e)

print(f"[{'é':~^7}] [{'日本':.<6}] [{'':#>3}] [{'abc':.2}] [{'abcdef':>8.3}]")
print(f"[{True:>6}] [{None!s:^8}] [{[1, 2]!s:>10}] [{(1,)!r:<6}]")
print(f"[{-7:=+8}] [{7:=+8}] [{7: =8}] [{-7.25:0=10.1f}] [{12:0>6}] [{12:0<6}]")

def boxed(lines, width=None):
    width = width or max(len(l) for l in lines)
    top = "+" + "-" * (width + 2) + "+"
    out = [top]
    for l in lines:
        out.append(f"| {l:<{width}} |")
    out.append(top)
    return "\n".join(out)

print(boxed(["weft", "a python subset", "in rust"]))
print(boxed([f"{t:^15}" for t in ["centered", "text"]]))

def ruler(n):
    return "".join(f"{i % 10}" for i in range(1, n + 1))

print(ruler(24))
print(f"{'start':<8}{'middle':^8}{'end':>8}")
for fill in "-=.":
    print(f"{'':{fill}^24}")
