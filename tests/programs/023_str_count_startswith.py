# count, startswith, endswith with tuples and start/end.

text = "abracadabra"
print(text.count("a"), text.count("abra"), text.count("a", 4), text.count("a", 4, 8), text.count(""))
print(text.count("z"), "aaaa".count("aa"), "".count(""), "abc".count("", 1))
print(text.startswith("abra"), text.startswith("cad", 4), text.startswith("cad", 4, 6))
print(text.endswith("bra"), text.endswith("cad", 0, 7), text.endswith(("x", "ra")), text.startswith(("c", "b")))
print(text.startswith(""), text.endswith("", 20), text.startswith("a", -1), text.endswith("abra", -4))

files = ["main.py", "README.md", "lib.rs", "test_main.py", "notes.txt", "Cargo.toml", "setup.PY"]
python = [f for f in files if f.endswith(".py")]
source = [f for f in files if f.lower().endswith((".py", ".rs"))]
tests = [f for f in files if f.startswith("test_")]
print(python, source, tests)

def vowel_counts(s):
    counts = {}
    for v in "aeiou":
        counts[v] = s.lower().count(v)
    return counts

print(vowel_counts("The Quick Brown Fox Jumps Over The Lazy Dog"))

log = """INFO start
WARN disk low
ERROR failed to open
INFO retry
ERROR timeout
DEBUG details"""
levels = {}
for line in log.splitlines():
    for level in ("INFO", "WARN", "ERROR"):
        if line.startswith(level):
            levels[level] = levels.get(level, 0) + 1
print(levels)
print(log.count("\n") + 1, log.count("ERROR"), log.count("e"))
try:
    text.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
