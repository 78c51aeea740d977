text = """The Zen of Python, by Tim Peters
Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex."""
lines = text.splitlines()
print(len(lines), lines[0].upper(), lines[1].title())
words = text.replace(",", "").replace(".", "").lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in top:
    print(f"{word:>8} | {'#' * n:<5} | {n:03d}")
print("-".join(reversed(words[:5])), words[2:8:2])
print("%-10s|%5.1f|%x|%r" % ("left", 3.14159, 255, "q"))
print("{0}{1}{0}".format("ab", "cd"), "{name}:{v:.2e}".format(name="x", v=12345.678))
s = "  MiXeD case\t"
print(repr(s.strip()), s.strip().swapcase(), s.count("e"), s.find("case"), s.rfind("x"))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print(", ".join(f"{c!r}" for c in "héllo"), len("héllo"), "héllo".encode())
print(b"abc".hex(), bytes([104, 105]).decode(), list(b"hi"))
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {int(n):,} {n:e} {n:g} {0.000123:g} {12:b} {255:#06x}")
print(str(1e16), str(1e-5), repr(0.1 + 0.2), 10 / 4, 7 // 2, -7 // 2, 2 ** -2, round(2.5), round(3.5), round(2.675, 2))
