# io.BytesIO as an in-memory binary file.
import io

b = io.BytesIO()
print(b.write(b"header\n"), b.write(bytes([0, 1, 2, 255])), b.tell())
b.writelines([b"\nrow1\n", b"row2\n"])
print(b.getvalue())
b.seek(0)
print(b.readline(), b.read(4), b.read(1), b.tell())
print(b.readlines())
print(b.read(), b.tell())
b.seek(-5, 2)
print(b.read())
b.seek(2)
b.write(b"AD")
print(b.getvalue()[:8])
b.truncate(4)
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())

data = io.BytesIO(b"line one\nline two\nlast")
for line in data:
    print(line)
with io.BytesIO(b"abc") as c:
    print(c.read(2), c.read(), c.read())
print(c.closed)
try:
    c.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
