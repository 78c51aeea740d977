"""json: encode Python values as JSON text and decode JSON text.

weft's own implementation of CPython 3.11's json API: dumps/dump,
loads/load, JSONEncoder, JSONDecoder and JSONDecodeError, with CPython's
output and error messages.  The submodules are json.encoder, json.decoder
and json.scanner; the native `_json` module speeds up the scanner and the
one-shot encoder.  `python -m json.tool` is not provided.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()


# The encoder options and their defaults: a call that passes only defaults
# (and no cls) can use the shared, preconfigured encoder.
_ENCODER_DEFAULTS = dict(skipkeys=False, ensure_ascii=True,
                         check_circular=True, allow_nan=True, indent=None,
                         separators=None, default=None, sort_keys=False)


def _encoder_for(cls, options, extra):
    """The encoder a dump()/dumps() call asks for: the shared one when
    every option is at its default, else a fresh `cls` (JSONEncoder)."""
    if cls is None and not extra and all(
            value is None if _ENCODER_DEFAULTS[name] is None
            else bool(value) == _ENCODER_DEFAULTS[name]
            for name, value in options.items()):
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp, piece by piece (see dumps
    for the options)."""
    encoder = _encoder_for(cls, dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys), kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as a JSON str.

    skipkeys drops dict keys that are not str/int/float/bool/None instead
    of raising TypeError; ensure_ascii=False keeps non-ASCII characters;
    check_circular=False skips the reference-cycle check; allow_nan=False
    rejects NaN and infinities; indent (an int or a str) pretty-prints;
    separators is an (item, key) pair; default(o) handles unknown types;
    sort_keys sorts dicts by key; cls picks a JSONEncoder subclass.
    """
    return _encoder_for(cls, dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys),
        kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


# Byte-order marks, longest first where one is a prefix of another.
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
         (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'),
         (b'\xef\xbb\xbf', 'utf-8-sig'))


def detect_encoding(b):
    """The codec name for JSON bytes b, guessed from a BOM or from where
    the zero bytes are (JSON text starts with an ASCII character, so in
    UTF-16/32 its first code unit has zero bytes on one side)."""
    for bom, codec in _BOMS:
        if b.startswith(bom):
            return codec
    size = len(b)
    if size >= 4 or size == 2:
        nul = [byte == 0 for byte in b[:4]]
        if nul[0]:
            return 'utf-32-be' if size >= 4 and nul[1] else 'utf-16-be'
        if nul[1]:
            return 'utf-32-le' if size >= 4 and nul[2] and nul[3] else 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document read from fp (see loads)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document s (str, bytes or bytearray).

    object_hook(dict) or object_pairs_hook(list of pairs) replaces each
    decoded object; parse_float, parse_int and parse_constant receive the
    text of numbers and of NaN/Infinity/-Infinity; strict=False admits
    control characters in strings; cls picks a JSONDecoder subclass.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    hooks = {name: hook for name, hook in (
        ('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
        ('parse_float', parse_float), ('parse_int', parse_int),
        ('parse_constant', parse_constant)) if hook is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(s)
    return (JSONDecoder if cls is None else cls)(**kw, **hooks).decode(s)
