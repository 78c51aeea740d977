# Complex numbers cannot be ordered.

readings = [3 + 4j, 1 - 1j, 2j]
print([abs(r) for r in readings])
print(sorted(readings, key=abs))
print(max(readings))
