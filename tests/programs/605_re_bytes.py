# re: bytes patterns on bytes subjects, and mixing str and bytes
import re

print(re.match(rb"(\w+) (\w+)", b"hello world").groups())
print(re.findall(rb"\d+", b"a1b22c333"))
print(re.sub(rb"o", b"0", b"foo boo"))
print(re.sub(rb"(\w)(\w)", rb"\2\1", b"abcd"))
print(re.sub(rb"\w+", lambda m: m.group().upper(), b"ab cd"))
print(re.split(rb",\s*", b"a, b,c"))
print(re.search(rb"\xff+", b"a\xff\xffb"))
print(re.match(rb"\w+", "é".encode() + b"x"))
print(re.match(rb"[a-z]+", b"ABC", re.I), re.match(rb"\s+", b" \t\n\x0b\x0c\rx"))
print(re.compile(rb"(?P<n>\d)").groupindex, re.compile(b"a").flags, re.compile(b"a", re.I).flags)
print(re.compile(rb"a\.b"), re.compile(b"a", re.I | re.M))
m = re.search(rb"(\d+)-(\d+)", b"tel: 12-345")
print(m, m.group(1), m.span(2), m.groups(), m.expand(rb"\2/\1"))
print(re.fullmatch(rb"a|ab", b"ab"))
print(re.match(rb"a", bytearray(b"abc")))
print(re.escape(b"1.5*x"))
print(re.sub(rb"a", rb"\n", b"bab"))
for pat, subj in [(r"a", b"a"), (rb"a", "a"), (r"a", bytearray(b"a")), (rb"a", 1.5)]:
    try:
        re.search(pat, subj)
    except TypeError as e:
        print("TypeError:", e)
for pat, repl in [(rb"a", "x"), (r"a", b"x")]:
    try:
        re.sub(pat, repl, b"a" if isinstance(pat, bytes) else "a")
    except TypeError as e:
        print("TypeError:", e)
for p in [rb"\u1234", rb"(?u)a", rb"\N{x}", rb"[\xff-\x00]"]:
    try:
        re.compile(p)
        print(p, "compiles")
    except re.error as e:
        print(p, "->", e)
try:
    re.compile(b"a", re.UNICODE)
except ValueError as e:
    print("ValueError:", e)
