# Uncaught NameError: a helper refers to a global that was never defined.

UNITS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0}

def to_metres(value, unit):
    return value * UNITS[unit]

def area(width, height):
    return width * height * scale_factor

rooms = [("kitchen", 350, "cm", 420, "cm"), ("hall", 1.2, "m", 6, "m")]
for name, w, wu, h, hu in rooms:
    wm, hm = to_metres(w, wu), to_metres(h, hu)
    print(f"{name}: {wm:.2f} m x {hm:.2f} m = {wm * hm:.2f} m2")

print("computing scaled area")
print(area(3, 4))
