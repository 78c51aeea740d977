# re: match/search/fullmatch and the Match object's API
import re

m = re.match(r"(\w+) (\w+)(?P<tail> .*)?", "Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m["tail"])
print(m.groups(), m.groupdict(), m.groupdict("-"))
print(m.start(), m.end(), m.span(), m.start(2), m.span(1), m.span("tail"))
print(m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re, m.string)
print(m.regs)
print(bool(m), type(m).__name__, type(m))

m = re.match(r"(a)(b)?(?P<c>c)?", "a")
print(m.groups(), m.groups(0), m.groupdict(), m.span(2), m.start(3), m.end("c"))
print(m.lastindex, m.lastgroup)

m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.groups())
m = re.match(r"(?P<outer>(?P<inner>a)b)", "ab")
print(m.lastindex, m.lastgroup)
print(re.match(r"a", "a").lastindex, re.match(r"a", "a").lastgroup)

for bad in (5, "nope", -1):
    try:
        re.match("(a)", "a").group(bad)
    except IndexError as e:
        print("IndexError:", e)

print(re.search(r"\d+", "abc 123 def 45"))
print(re.search(r"\d+", "no digits"))
print(re.match(r"\d+", "abc 123"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.match(r"a*", "bbb"))

p = re.compile(r"\d+")
print(p.match("12ab34", 2), p.match("12ab34", 4), p.search("12ab34", 1, 5))
print(p.search("12ab34", 1, 3), p.fullmatch("12ab34", 4), p.fullmatch("12ab34", 0, 2))
print(p.search("123", -5, 100), p.match("123", 2, 1))
m = p.search("ab 99 cd", 1, 7)
print(m.pos, m.endpos, m)
print(re.compile(r"^a").search("ba", 1), re.compile(r"(?<=b)a").search("ba", 1))
print(re.compile(r"a$").search("aab", 0, 2))

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.findall(r"(\w)=(\d)?", "a= b=2"))
print(re.findall(r"x(y)?", "x xy"))
print(re.findall(r"", "abc"))
print(p.findall("1 22 333", 2))
print([m.span() for m in re.finditer(r"\w+", "one two  three")])
print([m.group() for m in p.finditer("1a22b333", 1, 7)])
it = re.finditer("a", "aaa")
print(next(it), next(it))

m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "on 2023-07-14")
print(m.expand(r"\g<month>/\g<year> (\1)"))
print(m.expand(r"[\g<0>]"))
sc = re.compile(r"\w").scanner("ab c")
print(sc.match(), sc.match(), sc.match(), sc.search())
print(sc.pattern)
