# float() parsing from strings and other values.

texts = ["3.14", "  -2.5  ", "1e10", "1E-3", "+.5", "5.", "-0", "1_000.5", "0.1",
         "123456789.123456789", "6.02e23", "infinity", "-Infinity", "nan", "1e400", "-1e400",
         "2.5e-7", "00012.50", "\t7\n"]
for t in texts:
    print(repr(t), "->", float(t))

print(float(3), float(-0), float(True), float(2 ** 70), float(10 ** 20))

def to_float(text):
    try:
        return float(text)
    except ValueError as e:
        return str(e)

for t in ["abc", "", "1.2.3", "1e", "--1", "1,5", "0x10", " ", "in f"]:
    print(repr(t), "->", to_float(t))

try:
    float([1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)

def parse_csv_numbers(line):
    out = []
    for field in line.split(","):
        field = field.strip()
        if not field:
            continue
        try:
            out.append(int(field))
        except ValueError:
            out.append(float(field))
    return out

rows = ["1, 2.5, 3", "  4e2 , -7,  0.125", "10,20,,30.0"]
for r in rows:
    nums = parse_csv_numbers(r)
    print(nums, sum(nums), [type(n).__name__ for n in nums])

print(float("1.7976931348623157e308"), float("4.9e-324"), float("1e-400"))
print(float("0.30000000000000004") == 0.1 + 0.2, float("3.0") == 3)
print(str(float("12.0")), str(float("1e5")), str(float("1e16")))
