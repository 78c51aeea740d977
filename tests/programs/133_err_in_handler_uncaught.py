# An exception raised inside an except block escapes; the last line is the new exception.

def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            print("fallback for", repr(v))
            out.append(float(v))
    return out

def total(values):
    numbers = convert(values)
    print("converted:", numbers)
    return sum(numbers)

print(total(["1", "2.5", "3"]))
print(total(["1e3", " 7 ", "-0.5"]))
print(total(["4", "five"]))
