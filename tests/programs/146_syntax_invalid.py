# A stray operator makes the whole file fail to compile: nothing is printed.
print("this is never printed")

def scale(values, factor):
    return [v * factor for v in values]

def offset(values, delta):
    return [v + delta for v in values]

def broken(a, b):
    return a +* b

data = [1, 2, 3]
print(scale(data, 2), offset(data, -1))
print(broken(1, 2))
