# Packing numbers with array: bytes round trips, byteswap, files.
import os
from array import array

samples = array("h", [0, 1, -1, 1000, -32768, 32767])
raw = samples.tobytes()
print(len(raw), raw)
copy = array("h")
copy.frombytes(raw)
print(copy, copy == samples)
swapped = array("h", raw)
swapped.byteswap()
print(swapped, swapped.tobytes() == bytes(b for pair in zip(raw[1::2], raw[::2]) for b in pair))

readings = array("d", [20.5, 21.0, 19.75, 22.125])
path = "_tmp_427.bin"
try:
    with open(path, "wb") as f:
        f.write(readings.tobytes())
        f.write(array("I", [0xDEADBEEF, 7]).tobytes())
    print(os.path.getsize(path))
    with open(path, "rb") as f:
        back = array("d")
        back.frombytes(f.read(8 * len(readings)))
        tail = array("I", f.read())
    print(back, hex(tail[0]), tail[1])
    print(sum(back) / len(back))
finally:
    os.remove(path)

ints = array("i")
ints.fromlist([1, 2, 3])
print(ints, ints.buffer_info()[1], ints.tobytes().hex())
text = array("u", "hi")
text.fromunicode("!")
print(text, text.tounicode())
for bad in [lambda: array("i").frombytes(b"abc"), lambda: array("i", b"ab"),
            lambda: ints.fromlist((4,)), lambda: ints.tounicode()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
