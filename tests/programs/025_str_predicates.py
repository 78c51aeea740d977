# The is* predicates on a table of tricky inputs.

samples = ["123", "12.5", "-4", "", " ", "\t\n", "abc", "ABC", "Abc", "aBC", "abc123",
           "Hello World", "Hello world", "HELLO 123", "x_1", "_private", "1abc", "for",
           "²", "½", "٣", "Ⅻ", "ñandú", "ΑΒΓ", "日本", "a b", "été", "Élan Vital", "A1", "λx"]

methods = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
           "isupper", "islower", "istitle", "isidentifier", "isascii"]

print("%-12s" % "sample" + " ".join(m[2:6] for m in methods))
for s in samples:
    flags = []
    for m in methods:
        flags.append("  T " if getattr(s, m)() else "  . ")
    print("%-12s" % repr(s) + " ".join(f.strip().center(4) for f in flags))

def validate_username(name):
    problems = []
    if not name:
        problems.append("empty")
    elif not name[0].isalpha():
        problems.append("must start with a letter")
    if not name.isalnum() and name:
        problems.append("only letters and digits")
    if name.isdigit():
        problems.append("not all digits")
    if name and name.lower() != name:
        problems.append("lowercase only")
    return problems or ["ok"]

for n in ["alice", "Bob", "c3po", "9lives", "x y", "", "12345", "émile"]:
    print(repr(n), "->", ", ".join(validate_username(n)))

def count_kinds(text):
    kinds = {"alpha": 0, "digit": 0, "space": 0, "other": 0}
    for ch in text:
        if ch.isalpha():
            kinds["alpha"] += 1
        elif ch.isdigit():
            kinds["digit"] += 1
        elif ch.isspace():
            kinds["space"] += 1
        else:
            kinds["other"] += 1
    return kinds

print(count_kinds("Call 555-0199 at 9:30, ask for Zoë!"))
