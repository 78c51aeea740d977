# binascii: hex and base64 conversions, checksums and their errors.
import binascii

samples = [b'', b'\x00', b'ab', b'abc', b'weft!', bytes(range(0, 256, 7)), bytearray(b'\xff\xfe\x00\x01')]
for data in samples:
    line = binascii.b2a_base64(data)
    print(line, binascii.b2a_base64(data, newline=False))
    print('  ', binascii.hexlify(data), binascii.hexlify(data, '-'), binascii.b2a_hex(data, b':', 3),
          binascii.hexlify(data, ' ', -2))
    print('  ', binascii.crc32(data), binascii.crc32(data, 0xDEADBEEF), binascii.crc_hqx(data, 0),
          binascii.crc_hqx(data, 0xFFFF))
    assert binascii.a2b_base64(line) == bytes(data)
    assert binascii.unhexlify(binascii.hexlify(data).upper()) == bytes(data)

crc = 0
for piece in [b'split ', b'into ', b'pieces']:
    crc = binascii.crc32(piece, crc)
print(crc == binascii.crc32(b'split into pieces'), crc)

print(binascii.a2b_base64('d2VmdA==\n'), binascii.a2b_base64(b'd2V m\ndA=='), binascii.a2b_hex('cafe'))

for text in [b'=abc', b'ab=c', b'abc=d', b'abcd=', b'ab==c', b'a!bc', b'ab=', b'abcd====',
             b'abc==', b'abcde', b'abcdefghi', 'ab\n cd', 'é', b'abcd=e', b'abcda=', b'==']:
    for strict in (False, True):
        try:
            print(repr(text), strict, binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as exc:
            print(repr(text), strict, 'Error:', exc)
        except ValueError as exc:
            print(repr(text), strict, 'ValueError:', exc)

for text in [b'abc', b'zz', 'é0', 3, 'a1B2', bytearray(b'00ff')]:
    try:
        print(binascii.unhexlify(text))
    except Exception as exc:
        print(type(exc).__name__, exc)

for call in [lambda: binascii.hexlify('ab'), lambda: binascii.hexlify(b'ab', 'xy'),
             lambda: binascii.b2a_base64(5), lambda: binascii.crc32('a'),
             lambda: binascii.hexlify(b'abc', '')]:
    try:
        call()
    except Exception as exc:
        print(type(exc).__name__, exc)
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__, issubclass(binascii.Incomplete, Exception))
