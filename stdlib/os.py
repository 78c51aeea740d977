"""The os module for weft, behaving as CPython 3.11's os does on POSIX.

System calls are the native posix module's, re-exported unchanged.  The
parts CPython implements in Python are written here: the environ mapping
(which forwards every change to putenv/unsetenv), getenv, fspath,
makedirs/removedirs, walk, scandir, and os.path, which is posixpath.
"""

_builtin_open = open     # `from posix import *` below replaces `open`
import sys
import posix
from posix import *
from posix import environ as _raw_environ
from posix import _exit

import posixpath as path

# "import os.path" and "from os import path" must both find posixpath.
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

name = 'posix'
linesep = '\n'

# whence values for lseek() and file.seek()
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

del posix

_ABSENT = object()    # "no argument given" / "no such attribute"

_IFMT = 0o170000
_IFDIR = 0o040000
_IFREG = 0o100000
_IFLNK = 0o120000


def fspath(path):
    """The str or bytes a path-like object stands for.

    str and bytes come back as they are; other objects go through their
    type's __fspath__, whose result must itself be str or bytes.
    """
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    hook = getattr(kind, '__fspath__', _ABSENT)
    if hook is _ABSENT:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + kind.__name__)
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, "
                        "not %s" % (kind.__name__, type(result).__name__))
    return result


def _text_only(value):
    """Environment keys and values must be str."""
    if isinstance(value, str):
        return value
    raise TypeError("str expected, not " + type(value).__name__)


class _Environ:
    """os.environ: str keys to str values, mirrored into the process
    environment so that child processes see every change."""

    def __init__(self, data):
        self._data = data

    # -- the core mapping operations --

    def __getitem__(self, key):
        table = self._data
        key = _text_only(key)
        if key not in table:
            raise KeyError(key) from None
        return table[key]

    def __setitem__(self, key, value):
        key, value = _text_only(key), _text_only(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = _text_only(key)
        unsetenv(key)
        if key not in self._data:
            raise KeyError(key) from None
        del self._data[key]

    def __iter__(self):
        # Iterate over a snapshot so that the loop body may change environ.
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _text_only(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        elif not hasattr(other, 'items'):
            return NotImplemented
        return dict(self._data) == dict(other.items())

    def __ne__(self, other):
        # Spelled out: weft's object.__ne__ does not yet invert __eq__.
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __repr__(self):
        body = ", ".join("%r: %r" % pair for pair in self._data.items())
        return "environ({" + body + "})"

    # -- the rest of the mutable-mapping interface --

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, default=_ABSENT):
        if key in self:
            found = self[key]
            del self[key]
            return found
        if default is _ABSENT:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self._data:
            return key, self.pop(key)
        raise KeyError

    def update(self, other=(), **kwds):
        pairs = ([(k, other[k]) for k in other.keys()]
                 if hasattr(other, 'keys') else other)
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        merged = dict(self._data)
        merged.update(other)
        return merged


environ = _Environ(_raw_environ)
del _raw_environ


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)"
                        % type(fd).__name__)
    return _builtin_open(fd, mode, buffering, encoding, *args, **kwargs)


def getenv(key, default=None):
    """environ[key], or default when the variable is not set."""
    return environ.get(key, default)


def _parent_and_leaf(p):
    """split() that looks past one trailing slash ('a/b/' -> ('a', 'b'))."""
    parent, leaf = path.split(p)
    if not leaf:
        parent, leaf = path.split(parent)
    return parent, leaf


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Create directory name together with any missing parents.  Parents get
    the default mode; only the last directory gets mode.  An existing
    directory is an error unless exist_ok is true.
    """
    parent, leaf = _parent_and_leaf(name)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass        # someone else made it meanwhile: fine
        if leaf == curdir:
            return      # 'x/new/.' is there once 'x/new' is
    try:
        mkdir(name, mode)
    except OSError:
        # The error for an existing path may be EEXIST, EACCES, EROFS...
        # so decide by looking, not by errno.
        if exist_ok and path.isdir(name):
            return
        raise


def removedirs(name):
    """Remove directory name, then each parent that has become empty."""
    rmdir(name)
    parent, leaf = _parent_and_leaf(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return      # not empty (or not ours): stop climbing
        parent, leaf = path.split(parent)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for top and every directory below.

    With topdown the caller may prune dirnames in place before the walk
    descends.  Symbolic links to directories are listed in dirnames but only
    entered when followlinks is true.  Listing errors go to onerror, if given.
    """
    return _walk_tree(fspath(top), topdown, onerror, followlinks)


def _walk_tree(top, topdown, onerror, followlinks):
    try:
        entries = listdir(top)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return
    subdirs, others = [], []
    for entry in entries:
        (subdirs if path.isdir(path.join(top, entry)) else others).append(entry)
    if topdown:
        yield top, subdirs, others
    for sub in subdirs:
        below = path.join(top, sub)
        if not followlinks and path.islink(below):
            continue
        yield from _walk_tree(below, topdown, onerror, followlinks)
    if not topdown:
        yield top, subdirs, others


class DirEntry:
    """A name found by scandir(), with its stat results cached on demand."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._cache = {}

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        follow = bool(follow_symlinks)
        if follow not in self._cache:
            self._cache[follow] = (stat if follow else lstat)(self.path)
        return self._cache[follow]

    def _has_type(self, bits, follow):
        try:
            mode = self.stat(follow_symlinks=follow).st_mode
        except FileNotFoundError:
            return False
        return mode & _IFMT == bits

    def is_dir(self, *, follow_symlinks=True):
        return self._has_type(_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._has_type(_IFREG, follow_symlinks)

    def is_symlink(self):
        return self._has_type(_IFLNK, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class ScandirIterator:
    """What scandir() returns: an iterator that is also a context manager."""

    def __init__(self, directory):
        self._directory = directory
        self._pending = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending is None:
            raise StopIteration
        return DirEntry(self._directory, next(self._pending))

    def close(self):
        self._pending = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


# CPython defines both in C, in the posix module.
DirEntry.__module__ = ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    """Iterator of DirEntry objects for the names in a directory."""
    if path is None:
        path = '.'
    return ScandirIterator(fspath(path))
