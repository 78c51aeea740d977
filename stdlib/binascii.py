"""binascii: conversions between binary data and ASCII encodings.

Written in weft's own Python: hex (hexlify/unhexlify and their b2a_hex /
a2b_hex names), base64 lines (b2a_base64 / a2b_base64 with strict_mode),
crc32 and crc_hqx, and the Error / Incomplete exceptions. Left out: the
uuencode, quoted-printable and BinHex helpers (b2a_uu, a2b_qp, ...).
"""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'


def _data(value):
    # Binary input of the b2a_* side: bytes-like only.
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _ascii_data(value):
    # Input of the a2b_* side: bytes-like or a str of ASCII characters.
    if isinstance(value, str):
        if not value.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return value.encode('ascii')
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(value).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    raw = _data(data)
    if sep is None:
        return raw.hex().encode('ascii')
    return raw.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify

_HEXVAL = {}
for _i, _ch in enumerate(b'0123456789abcdef'):
    _HEXVAL[_ch] = _i
    _HEXVAL[bytes([_ch]).upper()[0]] = _i
del _i, _ch


def unhexlify(hexstr):
    raw = _ascii_data(hexstr)
    if len(raw) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    table = _HEXVAL
    for pos in range(0, len(raw), 2):
        hi = table.get(raw[pos])
        lo = table.get(raw[pos + 1])
        if hi is None or lo is None:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64VAL = {ch: i for i, ch in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    raw = _data(data)
    out = bytearray()
    alphabet = _B64
    full = len(raw) - len(raw) % 3
    for pos in range(0, full, 3):
        word = (raw[pos] << 16) | (raw[pos + 1] << 8) | raw[pos + 2]
        out += bytes((alphabet[word >> 18], alphabet[(word >> 12) & 63],
                      alphabet[(word >> 6) & 63], alphabet[word & 63]))
    rest = len(raw) - full
    if rest == 1:
        word = raw[full] << 16
        out += bytes((alphabet[word >> 18], alphabet[(word >> 12) & 63])) + b'=='
    elif rest == 2:
        word = (raw[full] << 16) | (raw[full + 1] << 8)
        out += bytes((alphabet[word >> 18], alphabet[(word >> 12) & 63],
                      alphabet[(word >> 6) & 63])) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    raw = _ascii_data(data)
    strict = bool(strict_mode)
    out = bytearray()
    values = _B64VAL
    phase = 0           # position inside the current group of four
    carry = 0           # bits left over from the previous character
    seen = 0            # data characters consumed
    pads = 0
    padding = False
    last = len(raw) - 1
    for index, ch in enumerate(raw):
        if ch == 61:  # '='
            padding = True
            if strict and index == 0:
                raise Error('Leading padding not allowed')
            if phase >= 2:
                pads += 1
                if phase + pads >= 4:
                    if strict and index < last:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = values.get(ch)
        if v is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        seen += 1
        if phase == 0:
            carry = v
        elif phase == 1:
            out.append(((carry << 2) | (v >> 4)) & 255)
            carry = v & 15
        elif phase == 2:
            out.append(((carry << 4) | (v >> 2)) & 255)
            carry = v & 3
        else:
            out.append(((carry << 6) | v) & 255)
        phase = (phase + 1) % 4
    if phase == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    '(%d) cannot be 1 more than a multiple of 4' % seen)
    if phase:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    raw = _data(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for b in raw:
        c = table[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    raw = _data(data)
    c = crc & 0xFFFF
    for b in raw:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c
