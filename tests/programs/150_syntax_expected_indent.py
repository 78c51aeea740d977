# A block header with no indented body: IndentationError naming the header's line.

LIMIT = 10

def check(value):
    if value > LIMIT:
    print("big")
    return value

def check_all(values):
    return [check(v) for v in values]

print(check(20))
print(check_all([1, 50]))
