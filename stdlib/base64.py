"""base64: Base16, Base32, Base64, Base85 and Ascii85 encodings of bytes.

Written in weft's own Python on top of `binascii` (which does the base64
and hex work); the base32 and base85 families are coded here. Decoders
take bytes, bytearray or an ASCII str. weft has no memoryview, so other
buffer objects are not accepted, and the command-line entry point
(`main`) is left out.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _decode_input(s):
    """The bytes a decoder works on: str must be pure ASCII."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % type(s).__name__)


def _encode_input(s):
    # Encoders that CPython feeds through memoryview().
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def _remap(data, source, target):
    """Replace each byte of `source` in data by the byte of `target` at the same place."""
    if source == target:
        return data
    table = dict(zip(source, target))
    return bytes([table.get(b, b) for b in data])


# ---- base64 ----

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        encoded = _remap(encoded, b'+/', bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    data = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = _remap(data, altchars, b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _remap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_remap(_decode_input(s), b'-_', b'+/'))


# ---- base32 ----

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Characters kept from the last group of 8, by how many input bytes it holds.
_B32_KEEP = {1: 2, 2: 4, 3: 5, 4: 7}
# Bytes recovered from the last group, by how many '=' end it.
_B32_PADS = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode(alphabet, s):
    data = _encode_input(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        chunk = data[start:start + 5]
        word = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        group = bytes([alphabet[(word >> shift) & 31] for shift in range(35, -1, -5)])
        if len(chunk) < 5:
            keep = _B32_KEEP[len(chunk)]
            group = group[:keep] + b'=' * (8 - keep)
        out += group
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        data = _remap(data, b'01', b'O' + map01)
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    npad = len(data) - len(body)
    values = {ch: i for i, ch in enumerate(alphabet)}
    out = bytearray()
    word = 0
    for start in range(0, len(body), 8):
        word = 0
        for ch in body[start:start + 8]:
            v = values.get(ch)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            word = (word << 5) | v
        out += word.to_bytes(5, 'big') if start + 8 <= len(body) else b''
    if npad not in _B32_PADS:
        raise binascii.Error('Incorrect padding')
    if npad and body:
        word <<= 5 * npad
        del out[len(out) - len(out) % 5:]
        out += word.to_bytes(5, 'big')[:_B32_PADS[npad]]
    return bytes(out)


def b32encode(s):
    return _b32_encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode(_B32_HEX, s, casefold)


# ---- base16 ----

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    for ch in data:
        if not (48 <= ch <= 57 or 65 <= ch <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---- Ascii85 and base85 ----

_A85START = b'<~'
_A85END = b'~>'
_B85ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_b85values = None


def _words85(data, alphabet, zero_char=None, space_char=None, pad=False):
    """Encode data four bytes at a time as five digits of `alphabet`."""
    short = -len(data) % 4
    padded = data + bytes(short)
    groups = []
    for start in range(0, len(padded), 4):
        word = int.from_bytes(padded[start:start + 4], 'big')
        if zero_char is not None and word == 0:
            groups.append(zero_char)
        elif space_char is not None and word == 0x20202020:
            groups.append(space_char)
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            groups.append(bytes([alphabet[d] for d in digits]))
    if short and not pad:
        if groups[-1] == zero_char:
            groups[-1] = bytes([alphabet[0]]) * 5
        groups[-1] = groups[-1][:5 - short]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    data = _encode_input(b)
    alphabet = bytes(range(33, 118))
    result = _words85(data, alphabet, b'z', b'y' if foldspaces else None, pad)
    if adobe:
        result = _A85START + result
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    data = _decode_input(b)
    if adobe:
        if not data.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % _A85END)
        data = data[2:-2] if data.startswith(_A85START) else data[:-2]
    out = bytearray()
    group = []
    for ch in data + b'uuuu':
        if 33 <= ch <= 117:
            group.append(ch - 33)
            if len(group) == 5:
                word = 0
                for v in group:
                    word = word * 85 + v
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif ch == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and ch == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif ch in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % ch)
    cut = 4 - len(group)
    if cut:
        del out[len(out) - cut:]
    return bytes(out)


def b85encode(b, pad=False):
    return _words85(_encode_input(b), _B85ALPHABET, pad=pad)


def b85decode(b):
    global _b85values
    if _b85values is None:
        _b85values = {ch: i for i, ch in enumerate(_B85ALPHABET)}
    data = _decode_input(b)
    short = -len(data) % 5
    data += b'~' * short
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, ch in enumerate(data[start:start + 5]):
            v = _b85values.get(ch)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if short:
        del out[len(out) - short:]
    return bytes(out)


# ---- MIME-style line-wrapped base64 ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_buffer(s):
    if not isinstance(s, bytes_types):
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__)


def encodebytes(s):
    _check_buffer(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                     for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    _check_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Read binary data from file `input`, write base64 lines to file `output`."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Read base64 lines from file `input`, write the decoded bytes to `output`."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
