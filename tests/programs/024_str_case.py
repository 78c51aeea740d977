# Case conversion methods, including non-ASCII text.

samples = ["hello world", "HELLO World", "they're bill's friends", "o'neil mc-donald 3rd",
           "ß straße", "ÉCOLE élève", "hello_world-2x", "", "ǅungla", "ΣΊΣΥΦΟΣ"]
for s in samples:
    print(repr(s))
    print("   upper", repr(s.upper()), "lower", repr(s.lower()))
    print("   title", repr(s.title()), "capitalize", repr(s.capitalize()))
    print("   swapcase", repr(s.swapcase()), "casefold", repr(s.casefold()))

def caseless_equal(a, b):
    return a.casefold() == b.casefold()

print(caseless_equal("Straße", "STRASSE"), caseless_equal("Hello", "hELLo"), caseless_equal("a", "b"))

def snake_to_camel(name):
    parts = name.split("_")
    return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])

def camel_to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            if out:
                out.append("_")
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)

for n in ["user_id", "http_response_code", "x", "already_Camel_Case"]:
    c = snake_to_camel(n)
    print(n, "->", c, "->", camel_to_snake(c))
print("MiXeD".lower().upper(), "ABC".swapcase().swapcase(), "i".upper(), "İ".lower() == "i̇")
