# String operators: in, not in, *, +, comparisons, iteration and building.

s = "programming"
print("gram" in s, "xyz" in s, "" in s, "G" not in s, "p" in "", "" in "")
print("ab" * 3, 3 * "xy", "a" * 0, "a" * -2, "-" * 20)
print("con" + "cat" + "enate", "" + "", "a" + "b" * 2)
print("apple" < "banana", "apple" < "Apple", "abc" < "abcd", "abc" == "abc", "b" > "abc", "" < "a")
print(sorted(["pear", "Peach", "apple", "fig", "apple pie", "Fig"]))
print(max(["pear", "peach", "apple"]), min("hello"), sorted("hello"), list("abc"))

vowels = 0
consonants = []
for ch in s:
    if ch in "aeiou":
        vowels += 1
    elif ch not in consonants:
        consonants.append(ch)
print(vowels, consonants)

def banner(text, ch="*"):
    line = ch * (len(text) + 4)
    return line + "\n" + ch + " " + text + " " + ch + "\n" + line

print(banner("weft"))
print(banner("hello world", "#"))

def build(n):
    out = ""
    for i in range(n):
        out += str(i % 10)
    return out

print(build(25), len(build(1000)))
parts = []
for word in "the rain in spain".split():
    parts.append(word[0].upper() + word[1:])
print(" ".join(parts))
print("%s has %d chars" % (s, len(s)), "x=%r" % "y")
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
print(str(123) + str(4.5) + str(True) + str(None) + str([1, "a"]))
