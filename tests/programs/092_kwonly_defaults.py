# Keyword-only and positional-only parameters, defaults, evaluation time of defaults.

def connect(host, port=80, *, timeout=10, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} (timeout={timeout})"

print(connect("example.com"))
print(connect("example.com", 8080, secure=True))
print(connect(port=443, host="a.b", timeout=1))
try:
    connect("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)

def divide(a, b, /, *, round_to=None):
    q = a / b
    return round(q, round_to) if round_to is not None else q

print(divide(10, 4), divide(10, 3, round_to=2))
try:
    divide(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)

def search(items, target, *, start=0, key=None):
    for i in range(start, len(items)):
        value = key(items[i]) if key else items[i]
        if value == target:
            return i
    return -1

words = ["Alpha", "beta", "ALPHA", "gamma"]
print(search(words, "alpha"), search(words, "alpha", key=str.lower), search(words, "alpha", start=1, key=str.lower))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def create(name, ident=next_id()):
    return (name, ident)

print(create("a"), create("b"), create("c", 99), counter)

def greet(greeting="Hello", name="world", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet(), greet("Hi"), greet(name="Ann"), greet("Yo", punct="?"), greet(*["Hey", "Bo"]))
print(greet.__defaults__, connect.__kwdefaults__)

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
try:
    mixed(1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet(nme="x")
except TypeError as e:
    print("TypeError:", e)
