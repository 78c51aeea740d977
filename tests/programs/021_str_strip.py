# strip, lstrip, rstrip with and without a character set; removeprefix/removesuffix.

samples = ["  hello  ", "\t\n spaced \r\n", "xxhixx", "", "   ", "abc"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))

print(repr("xxhixx".strip("x")), repr("xyzhixzy".strip("xyz")), repr("www.example.com".strip("cmowz.")))
print(repr("   ...text...   ".strip(" .")), repr("0001200".lstrip("0")), repr("0001200".rstrip("0")))
print(repr("abcba".strip("ab")), repr("aaaa".strip("a")), repr("hello".strip("")), repr("hello".strip(None)))
print(repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print("report.txt".removesuffix(".txt"), "report.txt".removesuffix(".csv"), "unhappy".removeprefix("un"))

def clean_lines(text):
    result = []
    for line in text.splitlines():
        line = line.rstrip()
        if line.strip():
            result.append(line)
    return result

block = """
    def f():   
        return 1   

    print(f())
"""
for l in clean_lines(block):
    print(repr(l))

def dedent(lines):
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    margin = min(indents) if indents else 0
    return [l[margin:] for l in lines]

print(dedent(clean_lines(block)))

def normalize_number(s):
    s = s.strip().lstrip("+")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"

for n in [" 3.1400 ", "+10.000", "007", "0.0", "12.50", "100"]:
    print(repr(n), "->", normalize_number(n))

tags = ["<b>", "<<i>>", "plain", "<>"]
print([t.strip("<>") for t in tags])
print("--==title==--".strip("-=").center(15, "*"))
