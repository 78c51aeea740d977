# partition, rpartition and splitlines (with keepends).

for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))

url = "https://example.com:8080/path/to/page?x=1&y=2#frag"
scheme, _, rest = url.partition("://")
rest, _, fragment = rest.partition("#")
rest, _, query = rest.partition("?")
hostport, slash, path = rest.partition("/")
host, _, port = hostport.partition(":")
print(scheme, host, port, slash + path, query, fragment)
params = dict(p.partition("=")[::2] for p in query.split("&"))
print(params)
print("archive.tar.gz".rpartition("."), "archive.tar.gz".partition("."))

text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[1])
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(), "a\n".split("\n"))
print("x\x0by\x0cz\x1cw\u2028v\x85u".splitlines())

def number_lines(text):
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        out.append("%3d: %s" % (n, line))
    return "\n".join(out)

poem = """Tyger Tyger, burning bright,
In the forests of the night;

What immortal hand or eye,
Could frame thy fearful symmetry?"""
print(number_lines(poem))
total = sum(len(l) for l in poem.splitlines(keepends=True))
print(total == len(poem), len(poem.splitlines()))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
