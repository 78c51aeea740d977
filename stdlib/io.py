"""The io module: streams for text and bytes, files and in-memory buffers.

As in CPython, the classes are those of the native _io module (open(),
TextIOWrapper, BufferedReader/Writer/Random, StringIO, BytesIO); this module
adds the public base-class names and the seek constants.
"""

from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open,
                 TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 StringIO, BytesIO, _IOBase, _RawIOBase, _BufferedIOBase,
                 _TextIOBase)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase",
           "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

IOBase = _IOBase
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase


def text_encoding(encoding, stacklevel=2):
    """The encoding a text-mode open() should be given: `encoding` itself,
    or "locale" (the locale's encoding; UTF-8 in weft) when it is None."""
    return "locale" if encoding is None else encoding
