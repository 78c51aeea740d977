# Hello from weft! Run me with:  weft examples/hello.py
# A quick tour: functions, lists, dicts, loops, f-strings and a closure.

import sys


def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


print(greet("world"))
print(greet("weft", "?!"))
print()

# Lists and comprehensions
squares = [n * n for n in range(1, 11)]
print("squares:", squares)
print("even squares:", [s for s in squares if s % 2 == 0])
print("sum:", sum(squares), " max:", max(squares))

# Dicts
ages = {"ada": 36, "alan": 41, "grace": 85}
ages["guido"] = 69
for name in sorted(ages):
    print(f"  {name:<6} is {ages[name]:>3}")
oldest = max(ages, key=lambda k: ages[k])
print("oldest:", oldest)

# Sets and strings
vowels = set("aeiou")
word = "interpreter"
print(f"vowels in {word!r}:", sorted(vowels & set(word)))
print("reversed:", word[::-1], " upper:", word.upper())
print("words:", "-".join(["warp", "and", "weft"]))


# Closures: a counter that remembers its state
def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


by_two = make_counter(2)
print("counter:", by_two(), by_two(), by_two())

# Tuples and unpacking
a, b = 1, 2
a, b = b, a
first, *rest = [10, 20, 30, 40]
print(f"swapped: a={a} b={b}; first={first} rest={rest}")

print(f"\nIntegers never overflow: 2**100 = {2 ** 100}")
print(f"(running on {sys.version.split()[0]})")
