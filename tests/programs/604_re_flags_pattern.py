# re: RegexFlag values, Pattern objects (repr, attributes, equality), cache, escape
import re

print(re.I, re.IGNORECASE, repr(re.M), str(re.S))
print(re.I | re.M, re.I | re.M | re.X, re.NOFLAG, re.A | re.U)
print(int(re.I), re.I == 2, re.I + 1, type(re.I + 1).__name__)
print(re.I & 3, re.I ^ re.I, (re.I | 2048), ~re.I)
print(re.I in (re.I | re.M), re.S in (re.I | re.M))
print(re.I.value, re.I.name, re.RegexFlag.DOTALL)
print(isinstance(re.I, int), isinstance(re.I | re.M, re.RegexFlag))
print(hash(re.I) == hash(2), {re.I: "i"}[2])

for args in [("a+",), ("a+", re.I), ("a+", re.I | re.S | re.X), ("a+", re.A), ("a+", re.U),
             (b"a+",), (b"a+", re.I | re.L), ("(?i)a",), ("(?x) a",), ("x" * 250,), ("it's",)]:
    p = re.compile(*args)
    print(repr(p), p.flags, p.groups)
p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(\d\d)")
print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p.groupindex), sorted(p.groupindex.items()))
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.compile("a") == re.compile(b"a"), re.compile("a") != re.compile("b"))
print(hash(re.compile("ab")) == hash(re.compile("ab")))
print(re.compile("abc") is re.compile("abc"))
p1 = re.compile("xyz")
re.purge()
print(re.compile("xyz") == p1)
print(re.compile(p1) is p1, re.match(p1, "xyz"))
print(type(p1).__name__, type(p1))
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)

print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o"))
print(re.escape("hello world-#&~"), re.escape("café_123"))
print(re.escape(b"a.b c"))
print(re.match(re.escape("1+1=2?"), "1+1=2?"))

words = ["x", "y"] * 3
print([bool(re.match(w, w)) for w in words])
print(re.search(r"a", "A", flags=re.IGNORECASE))
print(re.findall(r"^\w", "a\nb\nc", re.MULTILINE))
print(re.findall(r".", "a\nb", re.DOTALL))
print(re.fullmatch(r"""
    (\d{3})   # area
    [-. ]?
    (\d{4})   # number
""", "555-1234", re.VERBOSE).groups())
