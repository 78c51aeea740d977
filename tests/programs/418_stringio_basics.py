# io.StringIO as an in-memory text file.
import io

buf = io.StringIO()
print(buf.write("first line\n"), buf.tell())
print("second line", 2, file=buf)
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(6)))
print(list(buf))
buf.seek(0)
print(buf.readlines())
print(repr(buf.read()), buf.tell())

report = io.StringIO()
for name, score in [("ann", 91), ("bob", 78), ("cid", 85)]:
    report.write(f"{name:<5}{score:>4}\n")
print(report.getvalue(), end="")

src = io.StringIO("x=1\ny=2\n\nz=3")
config = {}
for line in src:
    line = line.strip()
    if line:
        key, value = line.split("=")
        config[key] = int(value)
print(config)

s = io.StringIO("hello world")
s.seek(6)
s.write("there")
print(s.getvalue(), s.tell())
s.seek(0, 2)
s.write("!")
print(s.getvalue())
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(8)
s.write("X")
print(repr(s.getvalue()))

with io.StringIO("ünïcödé\nline") as u:
    print(u.read(3), u.tell(), u.readline(), u.readline())
print(u.closed)
try:
    u.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(42)
except TypeError as e:
    print("TypeError:", e)
print(io.StringIO("a\r\nb").readlines(), io.StringIO("a\r\nb", newline=None).readlines())
print(io.StringIO().readable(), io.StringIO().writable(), io.StringIO().seekable())
