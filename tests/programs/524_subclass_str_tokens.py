# str subclasses: tagged tokens that still behave like strings.
class Token(str):
    def __new__(cls, text, kind):
        tok = super().__new__(cls, text)
        tok.kind = kind
        return tok

    def __repr__(self):
        return f"{self.kind}:{str.__repr__(self)}"


def tokenize(src):
    out = []
    for part in src.split():
        kind = "NUM" if part.isdigit() else "OP" if part in "+-*/" else "NAME"
        out.append(Token(part, kind))
    return out


toks = tokenize("x + 42 * y")
print(toks)
print([t.kind for t in toks], " ".join(toks), toks[2] == "42", int(toks[2]) + 1)
print(toks[0].upper(), type(toks[0].upper()).__name__, len(toks[2]), toks[2][0], toks[0] + "1")
print({toks[0]: 1}["x"], "x" in toks, toks[0] in "xyz", sorted(toks))
print(f"<{toks[2]}>", f"{toks[2]:>5}", "%s=%r" % (toks[0], toks[0]), str(toks[0]), format(toks[1]))


class Path(str):
    sep = "/"

    def __truediv__(self, other):
        return Path(self.rstrip(self.sep) + self.sep + other)

    @property
    def name(self):
        return self.rsplit(self.sep, 1)[-1]

    @property
    def parts(self):
        return [p for p in self.split(self.sep) if p]


p = Path("/usr") / "lib" / "python3.11"
print(p, repr(p), type(p).__name__, p.name, p.parts, p.startswith("/usr"), len(p))
print(p.replace("usr", "opt"), p == "/usr/lib/python3.11", hash(p) == hash(str(p)))
print(Path("abc") * 2, Path("a") < Path("b"), isinstance(p, str), issubclass(Path, str))
