# re: compile errors (re.error messages, positions, lines) and TypeErrors
import re

patterns = [
    "(", "(abc", "ab)", ")", "a)b(", "*", "+x", "?", "{1}", "a**", "a*??", "a{2}{3}",
    "^*", "$+", r"\b*", "(*)", "a|*", "(?", "(?P", "(?Px)", "(?P<", "(?P<>x)", "(?P<name",
    "(?P<a b>x)", "(?P<1x>x)", "(?P<a>x)(?P<a>y)", "(?P=a)", "(?P=1)", "(?P<a>(?P=a))",
    "(?<x)", "(?<", "(?z)", "(?#no end", r"\q", r"\y", "\\", "x\\", r"[\q]", r"[\A]",
    r"\8", r"\2", r"(a)\2", r"(a\1)", r"\x", r"\xz", r"\u12", r"\U0011FFFF", r"\777", r"[\777]",
    "[z-a]", r"[\w-z]", r"[a-\d]", "[", "[a", "[^", "[a-", "a{3,2}", "(?<=a+)b",
    "(?<=a|bc)d", "(?<!x*)y", "(?(1)a)", "(?(0)a)", "(?(-1)a)", "(?(x)a)", "(?(2)a)(a)",
    "(a)(?(1)a|b|c)", "(?(1", "(?i", "(?i-", "(?-i)", "(?ij)", "(?i-a:x)", "(?au)", "(?L)a",
    "a(?i)", "(a(?i))", "(?x", "(?i:a", "(?=a", "(?<=a", "(?>a", "((a)", "(?-x)",
    "a\n(", "line1\nline2 (\nline3",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

for p, f in [("a", re.LOCALE), ("(?a)a", re.UNICODE), ("a", re.ASCII | re.UNICODE)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print("ValueError:", e)
try:
    re.compile("a{4294967295}")
except OverflowError as e:
    print("OverflowError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)

for args in [(r"a", b"a"), (rb"a", "a"), (r"a", 5), (rb"a", None), (5, "a")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)

e = re.error("custom message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("oops", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile("(?P<n>")
except Exception as e:
    print(type(e).__name__, type(e).__module__, e.args)
