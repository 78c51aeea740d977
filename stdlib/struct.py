"""struct: convert between Python values and C structs held in bytes.

Everything is implemented natively in the `_struct` module (Rust); this
file only re-exports it under the usual name. Buffers are bytes and
bytearray (weft has no memoryview).
"""

from _struct import Struct, calcsize, error, iter_unpack, pack, pack_into, unpack, unpack_from

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']
