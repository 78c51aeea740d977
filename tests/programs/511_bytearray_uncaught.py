# Writing a value that does not fit in a byte.

frame = bytearray(4)
for i, level in enumerate([10, 120, 250]):
    frame[i] = level
print(frame)
frame[3] = frame[2] + 10
