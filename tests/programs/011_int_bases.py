# int() parsing with bases, prefixes, underscores and whitespace.

samples = [
    ("42", 10), ("-17", 10), ("  +8  ", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
    ("0xff", 0), ("0o777", 0), ("0b1011", 0), ("777", 8), ("1011", 2), ("z", 36),
    ("Zz", 36), ("1_000_000", 10), ("0x_dead_beef", 0), ("123", 5 + 5), ("-0b11", 0),
    ("10", 3), ("0", 0), ("00", 0), ("12", 0),
]
for text, base in samples:
    print("int(%r, %d) = %d" % (text, base, int(text, base)))

print(int("123456789012345678901234567890"), int("-" + "1" * 40, 2))
print(int(3.7), int(-3.7), int(True), int(False), int("  12\n"), int(" -0 "))

def parse_or_none(text, base=10):
    try:
        return int(text, base)
    except ValueError as e:
        return "error: " + str(e)

bad = [("abc", 10), ("12.5", 10), ("", 10), ("0x", 16), ("9", 8), ("1__0", 10),
       ("_1", 10), ("08", 0), ("2", 2), ("0b102", 0), ("- 5", 10)]
for text, base in bad:
    print(repr(text), base, "->", parse_or_none(text, base))

try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)

def digits_to_int(digits, base):
    value = 0
    for d in digits:
        value = value * base + d
    return value

print(digits_to_int([1, 0, 1, 1], 2), digits_to_int([7, 7, 7], 8), digits_to_int([15, 15], 16))
for b in range(2, 37, 7):
    print(b, int("10", b), int("11", b), int("-100", b))
