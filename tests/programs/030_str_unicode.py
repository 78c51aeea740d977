# Unicode text: lengths, indexing, ord/chr, comparison and iteration.

words = ["naïve", "Ελλάδα", "日本語テキスト", "Ünïcödé", "😀👍", "Zoë", "Пример", "a\u0301"]
for w in words:
    print(w, len(w), w[0], w[-1], w[::-1], [ord(c) for c in w[:3]])

print(chr(65), chr(233), chr(0x3b1), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord("\n"), ord("\x00"))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600", "caf\xe9")
print(sorted(["zebra", "Äpfel", "apple", "Zoo", "éclair", "eclair"]))
print("α" < "β", "Z" < "a", "é" > "z", max("héllo"), min("héllo"))

def char_histogram(text):
    hist = {}
    for ch in text:
        if not ch.isspace():
            hist[ch] = hist.get(ch, 0) + 1
    return sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))

print(char_histogram("ça va très très bien, merci"))

def shift_letters(text, n):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + n) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)

print(shift_letters("héllo wörld", 3))
print("".join(chr(c) for c in range(0x391, 0x391 + 10)))
print([c for c in "日本" * 2], "日本".find("本"), "🙂x🙂".count("🙂"), "🙂x🙂".index("x"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(len("👨‍👩‍👧"), "straße".upper(), len("straße".upper()))
