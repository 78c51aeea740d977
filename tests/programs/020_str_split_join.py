# str.split / rsplit / join in their many forms.

line = "  the quick  brown\tfox\njumps   over  "
print(line.split())
print(line.split(" "))
print(line.split(None, 2))
print(line.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"))
print("".split(), "".split(","), "   ".split(), " x ".split(" "))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("2024-01-15".split("-"), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("abcabcabc".split("bc"), "aaa".split("a"), "no-sep".split("|"))

words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("xyz"), " | ".join([]))
print("\n".join(w.upper() for w in words))
print("+".join(str(i) for i in range(5)), "=", sum(range(5)))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)

def parse_config(text):
    config = {}
    for raw in text.split("\n"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    return config

text = """
# sample config
name = weft
version= 0.1   # inline comment
  empty =
path=/usr/local/bin:/usr/bin
"""
cfg = parse_config(text)
for k, v in cfg.items():
    print(repr(k), "=>", repr(v))
print(cfg["path"].split(":"))

def word_wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines

para = "It was the best of times, it was the worst of times, it was the age of wisdom"
for w in word_wrap(para, 20):
    print("|" + w.ljust(20) + "|")
