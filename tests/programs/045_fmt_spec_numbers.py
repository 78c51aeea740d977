# Format specs for integers: sign, #, 0, width, grouping with , and _, types.

nums = [0, 7, -7, 255, -255, 65535, 1234567, -9876543210, 2 ** 64]
for n in nums:
    print(f"{n:d}|{n:+d}|{n: d}|{n:-d}|{n:,}|{n:_}|{n:12,}|{n:<+12}|{n:012_}")
for n in nums[:7]:
    print(f"{n:b}|{n:#b}|{n:o}|{n:#o}|{n:x}|{n:#X}|{n:#012x}|{n:_x}|{n:_b}|{n:+#x}")

print(f"{65:c}{97:c}{0x263A:c}", format(10, "c") == "\n")
print(format(1234, "08,"), format(-1234, "08,"), format(1234, "09,"), format(123, "0=+8"))
print(format(True, "d"), format(False, "05"), format(True, "#x"), format(3, ""), format(-3, "+"))
print(format(12345678, ",d"), format(12345678, "_d"), format(0xDEADBEEF, "_X"), format(255, "#_b"))
print(format(42, "%"), format(42, "e"), format(42, ".2f"), format(7, "g"), format(7, "n"))

def human_bytes(n):
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:,.1f} {unit}" if unit != "B" else f"{n:,} {unit}"
        n /= 1024

for size in [0, 512, 1536, 10 ** 6, 123456789, 2 ** 40 * 3 + 17, -4096]:
    print(f"{size:>18,} -> {human_bytes(size)}")

def binary_table(limit):
    width = limit.bit_length()
    for i in range(limit + 1):
        print(f"{i:>3} {i:0{width}b} {i:#06x} {i:o}")

binary_table(9)
for spec in ["x,", ",b", "_c", ".2d", "=s"]:
    try:
        print(format(10, spec))
    except ValueError as e:
        print("ValueError:", e)
