# struct: packing and parsing a small binary file format, every format code,
# byte orders, native alignment and the Struct class.
import struct

HEADER = struct.Struct('<4sHHI')
RECORD = struct.Struct('>hIq?3sd')

print(HEADER.format, HEADER.size, RECORD.format, RECORD.size)

records = [
    (-5, 70000, -2**40, True, b'abc', 1.5),
    (32767, 0, 2**63 - 1, False, b'x', -0.0),
    (-32768, 4294967295, -2**63, True, b'longer', 1e300),
]
blob = bytearray(HEADER.size + RECORD.size * len(records))
HEADER.pack_into(blob, 0, b'WEFT', 1, 2, len(records))
for n, rec in enumerate(records):
    RECORD.pack_into(blob, HEADER.size + n * RECORD.size, *rec)
print(bytes(blob).hex(' ', 4))

magic, major, minor, count = HEADER.unpack_from(blob)
print(magic, major, minor, count)
for fields in RECORD.iter_unpack(bytes(blob[HEADER.size:])):
    print(fields)
print(RECORD.unpack_from(blob, HEADER.size + RECORD.size))
print(struct.unpack_from('>h', blob, offset=-RECORD.size))

# every code through each byte order
for order in '@=<>!':
    fmt = order + 'xcbB?hHiIlLqQefd2s3p'
    if order == '@':
        fmt += 'nNP'
    values = [b'*', -100, 200, True, -1000, 60000, -2**31, 2**32 - 1,
              -7, 7, -2**62, 2**64 - 1, 0.333, 0.1, 2.5, b'hi', b'pascal']
    if order == '@':
        values += [-3, 3, 4096]
    data = struct.pack(fmt, *values)
    print(order, struct.calcsize(fmt), len(data), data.hex())
    print('  ', struct.unpack(fmt, data))

# native alignment versus standard sizes
for fmt in ['@bi', '=bi', '@bq?d', '<bq?d', '@hc', '@ci', '@3bh', '@xd', '@5s i', 'i i', '0s', '@e?e']:
    print(repr(fmt), struct.calcsize(fmt))

# half precision rounding
for x in [1.0, 0.1, 65504.0, 65519.0, 6e-8, 3e-8, 1e-10, -2.0, float('inf'), 1 / 3, 2049.0, 2051.0]:
    packed = struct.pack('<e', x)
    print(x, packed.hex(), struct.unpack('<e', packed)[0])
print(struct.unpack('<e', b'\x00\x7e')[0], struct.unpack('>f', struct.pack('>f', float('nan'))))

print(struct.pack('<5p', b'abcdefgh'), struct.pack('<5s', b'ab'), struct.unpack('<3p', b'\x09xy'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('2?', b'\x00\x05'))

class Index:
    def __index__(self):
        return 42
print(struct.pack('<h', Index()), struct.pack('<d', 3), struct.Struct(b'<h').format)
