# re: sub/subn templates and callables, split, and the empty-match rules
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@home.com, ann@work.com"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"))
print(re.sub(r"(\w)(\w)", r"\g<2>\g<1>", "abcd"))
print(re.sub(r"a", r"\n\t\\|", "xay"))
print(repr(re.sub(r"a", r"\.\-", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"x", r"\g<0>\g<0>", "axbx"))
print(re.sub(r"(a)", r"\101\0\01", "a"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30"))
print(re.sub(r"\w+", lambda m: m.group().upper() if len(m.group()) > 2 else m.group(), "a bb ccc dddd"))
print(re.subn(r"o", "0", "foo boo"))
print(re.subn(r"o", "0", "foo boo", count=2))
print(re.sub(r"o", "0", "foo boo", 1))
print(re.subn(r"z", "-", "abc"))
p = re.compile(r"\s+")
print(p.sub(" ", "a  b \t c"), p.subn("", " x "))

# empty matches (CPython 3.7+ rules)
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"(?=b)", "^", "abab"))
print(re.subn(r"a*", "X", "baaac"))
print(re.sub(r"a|", "_", "bab"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "ab cd"))
print(re.split(r"(?=b)", "abab"))
print(re.split(r"", "abc"))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print(re.findall(r"\w*", "ab cd"))

# split
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r",", "a,b,c", 1))
print(re.split(r",", "a,b", maxsplit=-1))
print(re.split(r"\d", "no digits"))
print(re.split(r"^", "a\nb\nc", flags=re.M))
print(re.split(r"$", "a\nb\nc", flags=re.M))
print(re.compile(r"[;,]").split("x;y,z"))

# callable results
def repl(m):
    return None if m.group() == "b" else m.group() * 2
print(re.sub(r"\w", repl, "abc"))
try:
    re.sub(r"a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)

# templates are checked before matching, even with no match
for pat, tpl in [(r"x", r"\1"), (r"(x)", r"\2"), (r"(x)", r"\g<y>"), (r"(x)", r"\q"),
                 (r"(x)", "x\\"), (r"(x)", r"\g<1"), (r"(x)", r"\g<>"), (r"(x)", r"\g"),
                 (r"(x)", r"\g<-1>"), (r"(x)", r"\g<a b>"), (r"(x)", r"\777")]:
    try:
        print(repr(re.sub(pat, tpl, "abc")))
    except re.error as e:
        print("re.error:", e, "|", e.msg, e.pos)
    except IndexError as e:
        print("IndexError:", e)
m = re.match(r"(a)(b)?", "a")
print(repr(m.expand(r"[\2]")), repr(m.expand(r"\1\1")))
