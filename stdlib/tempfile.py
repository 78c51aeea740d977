"""Temporary files and directories: gettempdir, gettempprefix, mkstemp,
mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory.

Names are the prefix, eight random characters and the suffix; files are
created with os.open(O_CREAT | O_EXCL) (mode 0o600) and directories with
os.mkdir(mode 0o700), retrying on a name clash.  TemporaryFile is a
mkstemp file unlinked at once.  Left out: SpooledTemporaryFile, bytes
prefixes/suffixes (gettempdirb and friends), and the clean-up of an
unclosed TemporaryDirectory when it is garbage-collected (weft has no
weakref.finalize); call cleanup() or use it in a ``with`` block.
"""

import os
import random as _random_module
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "gettempdir", "gettempprefix", "TMP_MAX",
           "template", "tempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FILE_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
_picker = None


def _random_names():
    global _picker
    if _picker is None:
        _picker = _random_module.Random()
    while True:
        yield ''.join(_picker.choice(_NAME_CHARS) for _ in range(8))


def gettempprefix():
    return template


def _open_new(path):
    return os.open(path, _FILE_FLAGS, 0o600)


def _make_dir(path):
    os.mkdir(path, 0o700)


def _fresh(prefix, suffix, dir, make, attempts=TMP_MAX):
    """Call make(path) on fresh names in dir until one did not exist yet;
    give (what make returned, absolute path)."""
    names = _random_names()
    for _ in range(attempts):
        path = os.path.join(dir, prefix + next(names) + suffix)
        try:
            return make(path), os.path.abspath(path)
        except FileExistsError:
            pass
        except PermissionError:
            # A clash with an unreadable entry; only a real directory
            # is worth more attempts.
            if not os.path.isdir(dir):
                raise
    raise FileExistsError(17, "No usable temporary file name found")


def _writable(directory):
    try:
        fd, probe = _fresh(template, '', directory, _open_new, 100)
    except OSError:
        return False
    with os.fdopen(fd, 'wb') as stream:
        stream.write(b'blat')
    os.unlink(probe)
    return True


def _candidate_dirs():
    for key in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.environ.get(key)
        if value:
            yield os.path.abspath(value)
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    try:
        yield os.path.abspath(os.getcwd())
    except OSError:
        yield os.curdir


def gettempdir():
    global tempdir
    if tempdir is not None:
        return tempdir
    tried = []
    for place in _candidate_dirs():
        tried.append(place)
        if _writable(place):
            tempdir = place
            return tempdir
    raise FileNotFoundError(
        2, "No usable temporary directory found in %s" % tried)


def _in_temp(prefix, suffix, dir, make):
    return _fresh(template if prefix is None else prefix,
                  '' if suffix is None else suffix,
                  gettempdir() if dir is None else dir, make)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    return _in_temp(prefix, suffix, dir, _open_new)


def mkdtemp(suffix=None, prefix=None, dir=None):
    return _in_temp(prefix, suffix, dir, _make_dir)[1]


class _TemporaryFileWrapper:
    """A file object plus the path it lives at; closing it removes the
    file when `delete` is true.  Other attributes come from the file."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self._removed = False

    def __getattr__(self, attr):
        return getattr(self.__dict__['file'], attr)

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            if os.path.lexists(self.name):
                os.unlink(self.name)

    def close(self):
        stream = self.file
        try:
            stream.close()
        finally:
            self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        result = self.file.__exit__(exc_type, exc, tb)
        self._remove()
        return result

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    fd, path = mkstemp(suffix, prefix, dir)
    file = _fd_file(fd, path, mode, buffering, encoding, errors, newline)
    return _TemporaryFileWrapper(file, path, delete)


def _fd_file(fd, path, *how):
    # Open the descriptor as a file object; on failure undo the creation.
    ok = False
    try:
        file = open(fd, *how)
        ok = True
    finally:
        if not ok:
            os.unlink(path)
            os.close(fd)
    return file


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    fd, path = mkstemp(suffix, prefix, dir)
    file = _fd_file(fd, path, mode, buffering, encoding, errors, newline)
    os.unlink(path)        # anonymous from now on; the descriptor stays
    return file


class TemporaryDirectory:
    """A fresh directory (``name``), removed with its contents by cleanup()
    or on leaving a ``with`` block, whose value is the path."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._quiet = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if os.path.lexists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._quiet)
