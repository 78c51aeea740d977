# Complex numbers: literals, arithmetic, repr and the errors they raise.

z = 3 + 4j
w = complex(1, -2)
print(z, w, type(z).__name__, isinstance(z, complex))
print(z + w, z - w, z * w, z / w)
print(abs(z), z.conjugate(), z.real, z.imag, -z, +w)
print(z ** 2, z ** -1, z ** 0, w ** 3)
print(2 ** (1 + 1j), (1j) ** 0.5)
print(1j * 1j, 1j ** 2, (1 + 2j) * 2.5, 10 / (1 + 1j))
print((-8) ** (1 / 3), (-1) ** 0.5)
print(sum([1j, 2, 3.5, -1j]), complex(2), complex(-0.0, 1), complex(1, -0.0))
print(repr(0j), repr(-0j), repr(1e20 + 1j), repr(complex(1.5, 1e-7)))
print(complex("1+2j"), complex(" (3-4.5J) "), complex("-j"), complex("2.5"), complex("1e3j"))
print(complex(1 + 2j, 3 + 4j), complex(real=2, imag=5))
print(z == complex(3, 4), z == 3, complex(3, 0) == 3, 3.0 == complex(3), z != w)
print(hash(complex(3, 0)) == hash(3), hash(z) == hash(complex(3, 4)))
print(bool(0j), bool(1e-300j), {z: "z"}[3 + 4j])
print(f"{z}", f"{z:.2f}", f"{w:>16.1e}", format(2.5j, "g"), f"[{z!s:^12}]")


def roots(a, b, c):
    """Both roots of a*x**2 + b*x + c, complex when the discriminant is negative."""
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1)]:
    r1, r2 = roots(*coeffs)
    print(coeffs, r1, r2)

for bad in [
    lambda: z < w,
    lambda: z // 2,
    lambda: z % 2,
    lambda: int(z),
    lambda: float(z),
    lambda: z / 0,
    lambda: 0j ** -1,
    lambda: complex("nope"),
    lambda: complex("1", 2),
    lambda: complex(1, "2"),
    lambda: complex([1]),
    lambda: pow(z, 2, 3),
    lambda: round(z),
]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)


class Phasor:
    def __init__(self, magnitude, angle_deg):
        import math
        rad = math.radians(angle_deg)
        self.z = complex(magnitude * math.cos(rad), magnitude * math.sin(rad))

    def __complex__(self):
        return self.z


p = complex(Phasor(2, 90))
print(round(p.real, 12), p.imag)
