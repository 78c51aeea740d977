# expandtabs and encode.

rows = ["name\tage\tcity", "Al\t3\tRome", "Bartholomew\t101\tSan Francisco", "\tindented", "a\tb\nc\td"]
for r in rows:
    print(repr(r.expandtabs()))
    print(repr(r.expandtabs(4)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(1)), repr("abcdefgh\tx".expandtabs(8)))
print("x\ty\tz".expandtabs(3).replace(" ", "."))

words = ["plain", "café", "naïve", "日本語", "€100", "emoji 😀", ""]
for w in words:
    b = w.encode()
    print(repr(w), len(w), len(b), b, b.decode() == w)
print("ascii".encode("ascii"), "ÿ".encode("latin-1"), "é".encode("utf-8"))
print("café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"caf\xc3\xa9".decode(), b"\xe9t\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))

def utf8_lengths(text):
    counts = {}
    for ch in text:
        n = len(ch.encode("utf-8"))
        counts[n] = counts.get(n, 0) + 1
    return dict(sorted(counts.items()))

print(utf8_lengths("Hello, Wörld! Ελληνικά 中文 😀😀"))
