# repr() of strings: quote choice, escapes, control and unicode characters.

samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline", "cr\r",
    "back\\slash", "bell\a", "nul\x00", "esc\x1b[0m", "del\x7f", "\x80\x9f", "latin é ñ",
    "nbsp\xa0x", "soft\xadhyphen", "greek αβγ", "cjk 日本", "emoji 😀", "zwj\u200d", "line\u2028sep",
    "bom\ufeff", "surrogate-free \U0001F600", "quote'\"mix'", "\\n literally", "\x0b\x0c",
    "private\ue000", "combining e\u0301",
]
for s in samples:
    print(repr(s))

print([s for s in samples[:6]])
print({"key'": 'val"ue', "k": "\n"})
print(("tuple",), ("a\tb", 1))
print(str("x'y"), repr(repr("x'y")))
print(ascii("café 😀 \n"), ascii("plain"), ascii(["é"]))
print("%r %s %a" % ("é'", "é'", "é'"))
tab = "tab\t"
print(f"{'quote'!r} {'é'!a} {tab!r}", "{!r} {!a} {!r}".format("quote", "é", "tab\t"))

def show_escaped(text):
    r = repr(text)
    return r[1:-1]

print(show_escaped("a\tb\nc"), show_escaped("it's"), len(repr("\x00")))
for code in [0, 9, 10, 13, 27, 31, 32, 126, 127, 128, 159, 160, 173, 255, 256, 0x2029, 0xfeff]:
    print(code, repr(chr(code)))
