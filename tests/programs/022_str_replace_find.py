# replace (with count), find/rfind/index/rindex with ranges.

s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 2))
print(s.replace("at", "og", 0), s.replace("at", "og", -1) == s.replace("at", "og"))
print(s.replace(" ", ""))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("banana".replace("a", "A", 1), "banana".replace("na", ""), "x".replace("x", "xx"))

print(s.find("at"), s.find("at", 6), s.find("at", 6, 10), s.find("dog"), s.find(""))
print(s.rfind("at"), s.rfind("at", 0, 20), s.rfind("the"), s.rfind("zzz"), s.rfind(""))
print(s.index("sat"), s.rindex("the"), s.index("h", 10), s.find("the", -10), s.find("t", -3, -1))
print("hello".find("l"), "hello".rfind("l"), "hello".find("lo", 3), "hello".find("lo", 4))

try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat", 10)
except ValueError as e:
    print("ValueError:", e)

def find_all(text, sub):
    positions = []
    start = 0
    while True:
        i = text.find(sub, start)
        if i == -1:
            return positions
        positions.append(i)
        start = i + 1

print(find_all(s, "at"), find_all("aaaa", "aa"), find_all("abc", "d"))

def template(text, values):
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", str(value))
    return text

print(template("Dear {{name}}, you owe {{amount}} (yes, {{name}}).", {"name": "Ann", "amount": 12.5}))

def between(text, left, right):
    i = text.find(left)
    if i < 0:
        return None
    j = text.find(right, i + len(left))
    if j < 0:
        return None
    return text[i + len(left):j]

print(between("key=[value] rest", "[", "]"), between("no brackets", "[", "]"), between("a(b(c)d)", "(", ")"))
path = "/home/user/docs/report.final.txt"
print(path[path.rfind("/") + 1:], path[:path.rfind("/")], path[path.rfind(".") + 1:])
