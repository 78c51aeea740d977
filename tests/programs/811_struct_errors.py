# struct: CPython's error messages for bad formats, values and buffers.
import struct

def attempt(text):
    try:
        result = eval(text)
    except Exception as exc:
        print(text, '->', type(exc).__name__ + ':', exc)
    else:
        print(text, '=', result)

for fmt in ['3', 'z', '<<i', '2 i', '<P', '<n', '-1i', '99999999999999999999i', 5, None]:
    attempt('struct.calcsize(%r)' % (fmt,))

for order in '@<>':
    for code in 'bBhHiIlLqQ':
        for value in [2**70, 2**63, 2**40, 70000, 300, -1, -300, -2**40, -2**70, 'x', 1.5]:
            try:
                struct.pack(order + code, value)
            except Exception as exc:
                print(order + code, value, type(exc).__name__, exc)
for code in 'nNP':
    for value in [2**64, 2**63, -2**63 - 1, -1]:
        attempt('struct.pack(%r, %r)' % (code, value))

for text in [
    "struct.pack('<e', 65520.0)", "struct.pack('<e', 1e300)", "struct.pack('<f', 1e300)",
    "struct.pack('@f', 1e300)", "struct.pack('<d', 'a')", "struct.pack('<f', None)",
    "struct.pack('c', 'a')", "struct.pack('c', b'ab')", "struct.pack('s', 1)", "struct.pack('p', 'x')",
    "struct.pack('ii', 1)", "struct.pack('i', 1, 2)", "struct.pack('x')", "struct.pack()",
    "struct.unpack('i', b'abc')", "struct.unpack('i', 'abcd')", "struct.unpack('i')",
    "struct.unpack_from('i', b'abc', 1)", "struct.unpack_from('i', b'abcdef', -10)",
    "struct.unpack_from('i', b'abcdef', 7)", "struct.unpack_from('<i', b'abcdef', -4)",
    "struct.pack_into('i', bytearray(3), 0, 1)", "struct.pack_into('i', bytearray(6), 4, 1)",
    "struct.pack_into('i', bytearray(6), -10, 1)", "struct.pack_into('i', bytearray(8), -2, 1)",
    "struct.pack_into('i', b'abcd', 0, 1)", "struct.pack_into('i', bytearray(6))",
    "struct.pack_into('i')", "struct.iter_unpack('i', b'abc')", "struct.iter_unpack('0s', b'abc')",
    "struct.Struct(3)", "struct.Struct('i').pack(1, 2)", "struct.Struct('<h').unpack(b'a')",
    "issubclass(struct.error, Exception)", "struct.error.__module__",
]:
    attempt(text)

buf = bytearray(8)
struct.pack_into('<i', buf, -4, -2)
print(buf)
struct.unpack('<I', b'abc')
