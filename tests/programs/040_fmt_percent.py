# printf-style % formatting: conversions, width, precision and flags.

print("%d %i %s %r %a" % (42, -7, "text", "text", "é"))
print("%f|%F|%e|%E|%g|%G" % (3.14159, 2.5, 12345.678, 0.000123, 0.0000123, 1e20))
print("%x|%X|%o|%c|%c|%%" % (255, 255, 8, 65, "z"))
print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|" % (42, 42, 42, 42, 42, -42, 42))
print("%.2f|%8.3f|%-8.2f|%08.2f|%+.1f|% .3f|%.0f|%#.0f" % (3.14159, 2.71828, 1.5, -1.5, 2.25, 2.0, 2.5, 2.0))
print("%10s|%-10s|%.3s|%10.2s|%s" % ("right", "left", "truncate", "xy-z", None))
print("%#x|%#X|%#o|%#08x|%08X|%-#6o|" % (255, 255, 8, 255, 48879, 8))
print("%e|%.2e|%12.4E|%-12.1e|%+e" % (0.0, 123456.0, -0.000314, 5e10, 1.0))
print("%g|%g|%g|%g|%g|%.3g|%#g|%g|%g" % (100000, 1000000, 0.0001, 0.00001, 1.5, 3.14159, 2.0, 1e-300, 123456789))
print("%d|%d|%d|%s|%x" % (True, 3.99, -3.99, 10 ** 25, 2 ** 70))
print("%s and %s" % ("one", "two"), "%s" % ([1, 2],), "%s" % ((1, 2),), "%s" % "solo")
print("%c%c%c" % (72, 105, 0x1F600), "%5c|%-3c|" % ("a", "b"))
print("%5.1f%%" % 99.44, "%.1f%%" % 12.345, "100%%" % ())
print("%x %o" % (-255, -8), "%.3d|%5.3d|%-6.4x|" % (7, 7, 255))

rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.999)]
for name, qty, price in rows:
    print("%-12s x%3d @ %8.2f = %10.2f" % (name, qty, price, qty * price))

def percent_bar(fraction, width=20):
    filled = int(fraction * width)
    return "[%s%s] %5.1f%%" % ("#" * filled, "." * (width - filled), fraction * 100)

for f in [0, 0.125, 0.5, 0.999, 1]:
    print(percent_bar(f))

errors = []
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", "ab"), ("%c", 0x110000)]:
    try:
        fmt % args
    except (TypeError, ValueError, OverflowError) as e:
        errors.append(type(e).__name__ + ": " + str(e))
for err in errors:
    print(err)
