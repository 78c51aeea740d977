# Storing out-of-range values: each typecode's OverflowError.
from array import array

limits = {}
for code in "bBhHiIlLqQ":
    a = array(code)
    bits = a.itemsize * 8
    signed = code.islower()
    lo = -(2 ** (bits - 1)) if signed else 0
    hi = 2 ** (bits - 1) - 1 if signed else 2 ** bits - 1
    a.append(lo)
    a.append(hi)
    limits[code] = (lo, hi)
    print(code, a.itemsize, a)
    for value in (lo - 1, hi + 1, 2 ** 70, -(2 ** 70)):
        try:
            a.append(value)
            print("  stored", value)
        except OverflowError as e:
            print(f"  {value}: OverflowError: {e}")

arr = array("B", [0])
for bad in [256, -1, 3.0, "1", None]:
    try:
        arr[0] = bad
    except (OverflowError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(arr)
print(array("f", [3.4e38, 1e39, -1e39]), array("d", [1e308 * 10]))
print(array("f", [1 / 3]).tolist(), array("d", [1 / 3]).tolist())
