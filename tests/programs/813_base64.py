# base64: every codec round-trips, with CPython's errors for bad input.
import base64
import io

codecs = [
    (base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    (base64.standard_b64encode, base64.standard_b64decode),
    (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
    (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
    (base64.a85encode, base64.a85decode), (base64.encodebytes, base64.decodebytes),
]
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00' * 9, b' ' * 6,
           bytes(range(250, 256)) + b'\xfb\xff\xbe', bytearray(b'weft' * 20)]
for data in samples:
    for enc, dec in codecs:
        out = enc(data)
        print(enc.__name__, out)
        assert dec(out) == bytes(data)
        if dec is not base64.decodebytes:
            assert dec(out.decode('ascii')) == bytes(data)
    print('  ', base64.b85encode(data, pad=True), base64.b64encode(data, altchars=b'*@'))
    print('  ', base64.a85encode(data, foldspaces=True, wrapcol=8, adobe=True),
          base64.a85encode(data, pad=True))

checks = [
    "base64.b64decode(b'abcde')", "base64.b64decode(b'abc')", "base64.b64decode('abé')",
    "base64.b64decode(5)", "base64.b64decode(b'ab!c', validate=True)", "base64.b64decode(b'YW Jj')",
    "base64.b64decode(b'YWJj', altchars='-_')", "base64.b64encode('abc')", "base64.b32encode('abc')",
    "base64.b32decode(b'mfrgg===')", "base64.b32decode(b'mfrgg===', casefold=True)",
    "base64.b32decode(b'MFRGG')", "base64.b32decode(b'MFRGG=======')", "base64.b32decode(b'MFR1G===')",
    "base64.b32decode(b'MFR1G===', map01=b'L')", "base64.b32decode(b'MF=GG===')",
    "base64.b32decode(b'MFRGGZ==')", "base64.b32hexdecode(b'c5h66===', casefold=True)",
    "base64.b16decode(b'0aFF')", "base64.b16decode(b'0aff', casefold=True)", "base64.b16decode(b'0AF')",
    "base64.b16decode(b'0G')", "base64.b85decode(b'|NsC0')", "base64.b85decode(b'ab\"cd')",
    "base64.b85decode(b'~~~~~')", "base64.a85decode(b'<~@:E_W~>', adobe=True)",
    "base64.a85decode(b'@:E_W', adobe=True)", "base64.a85decode(b'ab z')",
    "base64.a85decode(b'ab y', foldspaces=True)", "base64.a85decode(b'ab{')",
    "base64.a85decode(b'uuuuu')", "base64.encodebytes('x')", "base64.decodebytes(None)",
    "base64.b16encode('a')", "base64.urlsafe_b64decode('-_-_')",
]
for text in checks:
    try:
        print(text, '=', eval(text))
    except Exception as exc:
        print(text, '->', type(exc).__name__ + ':', exc)

source = io.BytesIO(bytes(range(256)))
sink = io.BytesIO()
base64.encode(source, sink)
print(sink.getvalue().decode('ascii'))
back = io.BytesIO()
base64.decode(io.BytesIO(sink.getvalue()), back)
print(back.getvalue() == bytes(range(256)))
