# array.array: construction, indexing, slicing, methods.
from array import array
import array as array_module

a = array("i", [3, 1, 4, 1, 5, 9, 2, 6])
print(a, len(a), a.typecode, a.itemsize)
print(a[0], a[-1], a[2:5], a[::2], a[::-1])
a.append(5)
a.extend([3, 5])
a.extend(array("i", [8, 9]))
a.insert(0, 100)
a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.count(5), a.index(9), 4 in a, 42 in a)
a.remove(1)
a.reverse()
print(a, a.tolist())
a[0] = -1
a[1:3] = array("i", [0, 0, 0])
del a[-2:]
del a[::3]
print(a)
print(sum(a), min(a), max(a), sorted(a), list(reversed(a)))
print([x * 2 for x in a])

d = array("d", [1.5, 2.25, -0.125])
f = array("f", [0.1, 0.5])
print(d, f, f[0], d.itemsize, f.itemsize)
print(array("b"), array("B", b"hi"), array("u", "text"), array("q", range(3)))
print(array("d", array("i", [1, 2])), array("i", array("b", [-1, 1])))

b = array("h", [1, 2, 3])
print(b + array("h", [4]), b * 2, 3 * b, b == array("h", [1, 2, 3]), b != array("h", [1, 2]))
print(b < array("h", [1, 2, 4]), b > array("h", [1, 2]), array("i", [1, 2]) == array("d", [1.0, 2.0]))
b += array("h", [9])
b *= 2
print(b, len(b))
e = array("i", range(10))
e[::3] = array("i", [-1, -2, -3, -4])
print(e)
print(array_module.typecodes, array_module.ArrayType is array)
for bad in [
    lambda: array("z"),
    lambda: array("i", "abc"),
    lambda: array("i", [1.5]),
    lambda: array("d", ["x"]),
    lambda: a[100],
    lambda: a.remove(12345),
    lambda: a.index(12345),
    lambda: array("i").pop(),
    lambda: a.extend(array("d", [1.0])),
    lambda: array("i", [1]) + array("d", [1.0]),
    lambda: array("i", [1]) + [2],
    lambda: a.__setitem__(slice(0, 1), [1]),
    lambda: e.__setitem__(slice(None, None, 2), array("i", [1])),
    lambda: {array("i"): 1},
    lambda: array("i").no_such_method(),
]:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
