# if/elif/else chains, truthiness, nested conditions, boolean operators' values.

def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        if n > 100:
            kind = "big even"
        else:
            kind = "small even"
    else:
        kind = "odd"
    return kind

for n in [-5, 0, 4, 102, 7]:
    print(n, classify(n))

def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

print(" ".join(fizzbuzz(20)))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, [] and 1)
print(not 0, not "x", not [], not None, not not 5)
print((3 > 2) and "yes" or "no", (2 > 3) and "yes" or "no")

def grade(score):
    if not isinstance(score, (int, float)):
        return "invalid"
    if score >= 90: return "A"
    if score >= 80: return "B"
    if score >= 70: return "C"
    return "F"

print([grade(s) for s in [95, 85, 72, 10, "x", 89.99]])

def leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

print([y for y in range(1896, 1920) if leap(y)], leap(2000), leap(1900), leap(2024))
calls = []
def t(x):
    calls.append(x)
    return x
if t(0) and t(1):
    pass
if t(2) or t(3):
    pass
print(calls)
x = 5
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "0":
    print("non-empty string '0' is truthy")
if 0.0 or None or "" or ():
    print("unreachable")
else:
    print("all falsy")
