"""Differential test of `re`: run under python3 and under weft, diff the outputs.

    python3 crates/weft-regex/tests/differential.py > /tmp/cpy.txt
    target/release/weft crates/weft-regex/tests/differential.py > /tmp/weft.txt
    diff /tmp/cpy.txt /tmp/weft.txt

or `crates/weft-regex/tests/differential.sh`, which does that. Every line is
`case-number op pattern subject -> result`; the random cases use `random`
with a fixed seed, which weft reproduces exactly.
"""

import random
import re
import sys

CASES = [
    # literals, classes, escapes
    ("abc", "xxabcxx"), ("a.c", "abc a\nc"), ("a.c", "a\nc", re.S),
    (r"\d+", "ab 123 4"), (r"\D+", "12ab34"), (r"\w+", "héllo wörld_1"),
    (r"\W+", "ab, cd!"), (r"\s+", "a \t\n\x0b\x0c\r b"), (r"\S+", "  ab  "),
    (r"[a-c]+", "xxabcabd"), (r"[^a-c]+", "abcxyzabc"), (r"[\d\s]+", "a1 2 3b"),
    (r"[-a]+", "--a-b"), (r"[a-]+", "a-a-b"), (r"[]a]+", "]]a]b"), (r"[^]a]+", "]]bcd"),
    (r"[\]]", "a]"), (r"[\\]", "a\\b"), (r"\x41\u0042\U00000043", "ABC"), (r"\101", "A"),
    (r"\0", "a\0b"), (r"[\0-\x1f]+", "a\x01\x02b"), (r"\t\n", "a\t\nb"), (r"\.", "a.b"),
    (r"[.]", "a.b"), ("\\é", "é"), (r"a\-b", "a-b"),
    (r"[\w]+", "ab_1 é"), (r"[\W]+", "ab ,.c"), (r"[^\W\d]+", "ab12cd"),
    (r"\w+", "éàü ÄÖ 123 ٣"), (r"\d+", "١٢٣ 456"), (r"\w+", "éà", re.A), (r"\d", "٣", re.A),
    (r"\s", "\x1c"), (r"\s", "\x85"), (r"\s", "\xa0"), (r"\s", "\u2003"),
    # anchors
    (r"^a", "ba\na"), (r"^a", "ba\na", re.M), (r"a$", "a\na\n"), (r"a$", "a\na\n", re.M),
    (r"a\Z", "a\n"), (r"a\Z", "ba"), (r"\Aa", "ba"), (r"$", "ab\n"), (r"\bfoo\b", "a foo b"),
    (r"\Boo\B", "foo food"), (r"\b", ""), (r"\B", ""), (r"\B", "a"), (r"^$", ""),
    (r"^", "ab", re.M), (r"$", "a\nb\n", re.M),
    # groups, alternation, backrefs
    (r"(a)(b)?", "ac"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(a+)(b+)?", "aab"),
    (r"(?:a|b)+", "abba"), (r"(?P<x>a)(?P=x)", "aab aa"), (r"(a)\1", "aa"),
    (r"(a)|b", "b"), (r"((a)|b)+", "ab"), (r"(a)|(b)", "b"), (r"((a)b)", "ab"),
    (r"(?:(a)|b)*", "ab"), (r"(a*)+", "b"), (r"(a*)*", "b"), (r"(a|b)*c", "abac"),
    (r"(a*)+b", "aab"), (r"(a?)+?b", "aab"), (r"(?:a|(b))*", "abab"), (r"(x)?(?(1)a|b)", "b xa"),
    (r"(?P<n>x)?(?(n)y|z)", "z"), (r"(a)(?(1)b)", "ab"), (r"(a)\1", "aA", re.I),
    (r"(?i)(a)\1", "aA"), (r"(.)\1+", "abbbc"), (r"(a|b)\1", "abba"),
    (r"(?:(a)|(b)|(c))+", "abc"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"),
    # quantifiers
    (r"a*", "aaa"), (r"a*?", "aaa"), (r"a+?", "aaa"), (r"a??", "aa"), (r"a{2}", "aaaa"),
    (r"a{2,}", "aaaaa"), (r"a{,2}", "aaaa"), (r"a{2,3}", "aaaaa"), (r"a{2,3}?", "aaaaa"),
    (r"a{,}", "aaa"), (r"a{", "a{"), (r"a{}", "a{}"), (r"a{x}", "a{x}"), (r"a{1,x}", "a{1,x}"),
    (r"{", "{"), (r"x{2}{", "xx{"), (r"(ab)*", "ababa"), (r"(ab)*?c", "ababc"), (r"(ab){2}", "ababab"),
    (r"(ab){1,2}?", "ababab"), (r"(a|ab)*c", "abac"), (r".*foo", "xfooyfoo"), (r".*?foo", "xfooyfoo"),
    (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"), (r"(\w+)\s*=\s*(\w+)", "key = value"),
    (r"a*+a", "aaa"), (r"a++b", "aab"), (r"(?>a*)a", "aaa"), (r"(?>a|ab)c", "abc"),
    (r"(?:ab)++a", "ababa"), (r"a?+a", "a"), (r"a{1,2}+a", "aaa"), (r"(a+)+$", "aaaa"),
    (r"(?=a)a", "a"), (r"(?=(a))", "a"), (r"(?!a)\w", "ab"), (r"\w+(?=,)", "ab,cd"),
    (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"), (r"(?<=(a))b", "ab"), (r"(?<=\d{3})x", "12x 123x"),
    (r"(?<=a|b)c", "bc"), (r"(?<=ab|cd)e", "cde"), (r"(?<!^)x", "xx"), (r"(?<=^)x", "xx"),
    (r"(a)(?<=\1)", "aa"), (r"(?=a|ab)(a|ab)c", "abc"),
    # flags
    (r"abc", "ABC", re.I), (r"[a-z]+", "ABC", re.I), (r"[^a-z]+", "ABCdef1", re.I), (r"é", "É", re.I),
    (r"k", "\u212a", re.I), (r"k", "\u212a", re.I | re.A), (r"\u212a", "k", re.I), (r"s", "\u017f", re.I),
    (r"σ", "ς", re.I), (r"Σ", "ς", re.I), (r"[σ]", "ς", re.I), (r"ß", "ẞ", re.I),
    (r"(?i:a)b", "AB ab Ab"), (r"(?i)a(?-i:b)", "AB Ab"), (r"a # comment\n b", "ab", re.X),
    (r"(?x) a  b \  c", "ab c"), (r"(?x)[ ]a", " a"), (r"(?x)a#c\nb", "ab"), (r"(?s).+", "a\nb"),
    (r"(?m)^b", "a\nb"), (r"(?a)\w+", "aé"), (r"(?u:\w)+", "aé", re.A), (r"(?s:.)(.)", "\n\n"),
    (r"(?x: a b )c", "abc"), (r"(?-x: a)", " a", re.X), (r"(?#comment)a", "a"), (r"a(?#x)*", "aaa"),
    # empty matches
    (r"", "abc"), (r"x*", "axxb"), (r"\b", "ab cd"), (r"(?=b)|b", "abb"), (r"|a", "aa"),
    (r"a|", "ba"), (r"^|$", "ab"), (r"(|a)+", "aa"), (r"(a|)+", "aa"), (r"(?:x*)*", "xx"),
    (r"\b|\w", "ab"),
]

ERRORS = [
    "(", ")", "a)", "(?", "(?P", "(?Px", "(?P<", "(?P<>a)", "(?P<a", "(?P<a-b>x)",
    "(?P<a>x)(?P<a>y)", "(?P=a)", "(?P=)", "(?P<a>(?P=a))", "(?<x)", "(?<", "(?z)", "(?#abc",
    "*", "+a", "a**", "a*+*", "a{2}{3}", "^*", r"\b*", "(*)", "a|*", "(?i)*", r"\q", r"\y",
    "\\", "a\\", r"[\q]", r"[\A]", r"[\8]", r"\8", r"\1", r"(a)\2", r"(a\1)", r"\x", r"\x1",
    r"\xg", r"\u12", r"\U1234567", r"\U00110000", r"\777", r"[\777]", r"[z-a]", r"[\d-z]",
    r"[a-\d]", "[", "[a", "[^", "[a-", "a{3,2}", "a{1,2", "a{99999999999}", "a{1,99999999999}",
    "(?<=a*)b", "(?<=a|bc)d", "(?<!a+)b", "(?<=(a)\\1)", "(?<=(?P<n>a)(?P=n))",
    "(?(1)a)", "(?(0)a)", "(?(-1)a)", "(?(a)x)", "(?(1a)x)", "(?(2)a|b)(a)", "(a)(?(1)a|b|c)",
    "(?(1", "(?i", "(?i-", "(?i-:a)", "(?-i)", "(?--i:a)", "(?ij)", "(?i-a:x)", "(?a-i)", "(?au)",
    "(?L)a", "a(?i)", "(a(?i))", "(?i)(?m)a|(?s)b", "(?x", "(?-", "(?-x", "(?i:a", "(?:a",
    "(?P<a>a", "(?=a", "(?<=a", "(?>a", "((a)", "a\n(", "x(?:\n)*\n(",
    "(?t:a)", "(?-t:a)", "(?P>a)", "(?<>)", "(?'", "(?&a)", "[[:alpha:]]", r"\N{DIGIT ONE}",
]

TEMPLATES = [
    (r"(\w+) (\w+)", r"\2 \1", "hello world"), (r"(?P<a>\w)", r"[\g<a>]", "ab"),
    (r"(\w)", r"\g<1>\g<0>", "ab"), (r"(\w)", r"\n\t\\", "a"), (r"a", r"\.", "a"),
    (r"a", r"\q", "a"), (r"(a)", r"\2", "a"), (r"(a)", r"\g<2>", "a"), (r"(a)", r"\g<x>", "a"),
    (r"(a)", r"\g<-1>", "a"), (r"(a)", r"\g<1", "a"), (r"(a)", r"\g", "a"), (r"(a)", r"\g<>", "a"),
    (r"(a)", "\\", "a"), (r"(a)", r"\101\0\01", "a"), (r"(a)", r"\10", "a"), (r"(a)|b", r"[\1]", "ab"),
    (r"(a)", r"\777", "a"), (r"x", r"\1", "abc"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11\1", "abcdefghijk"),
    (r"(a)", r"\g<1a>", "a"), (r"(a)", r"\g<٣>", "a"),
]


def show_match(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r" % (m.span(), m.group(), m.groups(), m.lastindex,
                               [m.span(i) for i in range(m.re.groups + 1)])


def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


def check_case(i, pat, subj, flags=0):
    label = "%d %r %r %d" % (i, pat, subj, flags)
    run(label + " search", lambda: show_match(re.search(pat, subj, flags)))
    run(label + " match", lambda: show_match(re.match(pat, subj, flags)))
    run(label + " fullmatch", lambda: show_match(re.fullmatch(pat, subj, flags)))
    run(label + " findall", lambda: re.findall(pat, subj, flags))
    run(label + " finditer", lambda: [m.span() for m in re.finditer(pat, subj, flags)])
    run(label + " sub", lambda: re.subn(pat, "<\\g<0>>", subj, flags=flags))
    run(label + " split", lambda: re.split(pat, subj, flags=flags))


def random_pattern(rng, depth=0, extra=False):
    atoms = ["a", "b", "c", ".", "[ab]", "[^a]", r"\w", r"\b", "^", "$", "x?"]
    if extra:
        atoms += [r"\1", r"(?(1)a|b)", r"(?<=a)", r"(?<!b)", r"(?>a+)", r"(?<=ab|ba)", r"\B",
                  r"\Z", r"\A", r"(?i:A)", r"[^\s]", r"\s", "(?s:.)"]
    n = rng.randint(1, 4)
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55 or depth > 1:
            parts.append(rng.choice(atoms))
        elif r < 0.7:
            parts.append("(" + random_pattern(rng, depth + 1, extra) + ")")
        elif r < 0.8:
            parts.append("(?:" + random_pattern(rng, depth + 1, extra) + "|"
                         + random_pattern(rng, depth + 1, extra) + ")")
        elif r < 0.85:
            parts.append("(?=" + random_pattern(rng, depth + 1, extra) + ")")
        elif r < 0.9:
            parts.append("(?!" + random_pattern(rng, depth + 1, extra) + ")")
        else:
            parts.append("(" + random_pattern(rng, depth + 1, extra) + "|)")
        if rng.random() < 0.4 and parts[-1] not in ("^", "$", r"\b") and not parts[-1].endswith("?"):
            parts[-1] += rng.choice(["*", "+", "?", "*?", "+?", "{1,2}", "{2}", "*+", "{0,3}?"])
    return "".join(parts)


def main():
    i = 0
    for case in CASES:
        check_case(i, *case)
        i += 1
    for p in ERRORS:
        def comp(p=p):
            try:
                re.compile(p)
                return "ok"
            except re.error as e:
                return "error %r %r %r %r" % (str(e), e.msg, e.pos, (e.lineno, e.colno))
        run("%d compile %r" % (i, p), comp)
        i += 1
    for pat, repl, subj in TEMPLATES:
        run("%d template %r %r %r" % (i, pat, repl, subj), lambda: re.subn(pat, repl, subj))
        i += 1
    rng = random.Random(12345)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    for k in range(count):
        pat = random_pattern(rng, 0, k % 2 == 1)
        subj = "".join(rng.choice("abc \n") for _ in range(rng.randint(0, 8)))
        flags = rng.choice([0, 0, 0, re.I, re.M, re.S])
        label = "%d %r %r %d" % (i, pat, subj, flags)
        run(label + " search", lambda: show_match(re.search(pat, subj, flags)))
        run(label + " findall", lambda: re.findall(pat, subj, flags))
        run(label + " sub", lambda: re.sub(pat, "-", subj, flags=flags))
        i += 1


main()
