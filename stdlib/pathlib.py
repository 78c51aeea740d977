"""Object-oriented file system paths: PurePath, PurePosixPath, Path, PosixPath.

A path is kept as its root ('' , '/' or '//') plus a list of names; the
string form is rebuilt from those.  Filesystem methods of Path call weft's
``os`` / ``os.path`` functions; globbing walks directories with os.scandir
and matches names with fnmatch's regular expressions.

Left out: the Windows flavour (PureWindowsPath is absent; WindowsPath
raises NotImplementedError as CPython does on POSIX), and the methods that
need system calls weft's ``posix`` lacks: owner/group,
symlink_to/hardlink_to, is_mount and the timestamp update of touch() on an
existing file.
"""

import fnmatch
import operator
import os
import posixpath
import re
from _collections_abc import Sequence

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath", "WindowsPath"]

_MISSING_ERRNOS = (2, 20, 9, 40)   # ENOENT, ENOTDIR, EBADF, ELOOP


def _split_root(text):
    if text[:1] != '/':
        return '', text
    rest = text.lstrip('/')
    if len(text) - len(rest) == 2:
        return '//', rest
    return '/', rest


def _parse(args):
    """Turn constructor arguments into (root, names)."""
    root = ''
    names = []
    for arg in args:
        if isinstance(arg, PurePath):
            arg_root, arg_names = arg._root, arg._names
        else:
            text = os.fspath(arg)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an "
                                "os.PathLike object returning str, not %r"
                                % type(text))
            arg_root, rest = _split_root(text)
            arg_names = [n for n in rest.split('/') if n and n != '.']
        if arg_root:
            root = arg_root
            names = list(arg_names)
        else:
            names.extend(arg_names)
    return root, names


class _Parents(Sequence):
    """The read-only sequence of a path's ancestors (path.parents)."""

    def __init__(self, path):
        self._cls = type(path)
        self._root, self._names = path._root, path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(len(self))[idx])
        count = len(self)
        if idx >= count or idx < -count:
            raise IndexError(idx)
        if idx < 0:
            idx += count
        return self._cls._build(self._root, self._names[:count - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._cls.__name__)


def _ordering(test):
    # Pure paths compare by their parts (root first), only with other paths.
    def compare(self, other):
        if isinstance(other, PurePath):
            return test(self._key(), other._key())
        return NotImplemented
    return compare


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


class PurePath:
    """A path with no access to the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        root, names = _parse(args)
        return cls._build(root, names)

    @classmethod
    def _build(cls, root, names):
        made = object.__new__(cls)
        made._root, made._names, made._text = root, names, None
        return made

    def _key(self):
        if self._root:
            return [self._root] + self._names
        return self._names

    # --- textual forms -------------------------------------------------
    def _as_text(self):
        if self._text is None:
            body = '/'.join(self._names)
            self._text = (self._root + body) if (self._root or body) else '.'
        return self._text

    __str__ = __fspath__ = as_posix = _as_text

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        raw = str(self).encode('utf-8', 'surrogateescape')
        out = []
        for byte in raw:
            if byte in _URI_SAFE:
                out.append(chr(byte))
            else:
                out.append('%{:02X}'.format(byte))
        return 'file://' + ''.join(out)

    # --- comparison ----------------------------------------------------
    def __hash__(self):
        return hash(tuple(self._key()))

    __eq__ = _ordering(operator.eq)
    __lt__ = _ordering(operator.lt)
    __le__ = _ordering(operator.le)
    __gt__ = _ordering(operator.gt)
    __ge__ = _ordering(operator.ge)

    # --- pieces --------------------------------------------------------
    def _get_drive(self):
        return ''

    def _get_root(self):
        return self._root

    def _get_anchor(self):
        return self._root

    def _get_parts(self):
        return tuple(self._key())

    def _get_name(self):
        return self._names[-1] if self._names else ''

    def _get_suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    def _get_suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    def _get_stem(self):
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    def _get_parent(self):
        if not self._names:
            return self
        return self._build(self._root, self._names[:-1])

    def _get_parents(self):
        return _Parents(self)

    drive = property(_get_drive)
    root = property(_get_root)
    anchor = property(_get_anchor)
    parts = property(_get_parts)
    name = property(_get_name)
    suffix = property(_get_suffix)
    suffixes = property(_get_suffixes)
    stem = property(_get_stem)
    parent = property(_get_parent)
    parents = property(_get_parents)

    # --- derived paths -------------------------------------------------
    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, names = _parse((name,))
        if not name or name[-1] == '/' or root or len(names) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._build(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) \
                or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._build(self._root, self._names[:-1] + [name])

    def joinpath(self, *args):
        root, names = _parse(args)
        if root:
            return self._build(root, names)
        return self._build(self._root, self._names + names)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def _below(self, other):
        # The parts left after removing `other` from the front, or None.
        if not other:
            raise TypeError("need at least one argument")
        root, names = _parse(other)
        mine = self._key()
        theirs = [root] + names if root else names
        if not theirs:
            return None if self._root else mine
        if mine[:len(theirs)] != theirs:
            return None
        return mine[len(theirs):]

    def relative_to(self, *other):
        rest = self._below(other)
        if rest is None:
            root, names = _parse(other)
            shown = (root + '/'.join(names)) if (root or names) else ''
            raise ValueError("{!r} is not in the subpath of {!r} OR one path "
                             "is relative and the other is absolute."
                             .format(str(self), shown))
        return self._build('', rest)

    def is_relative_to(self, *other):
        return self._below(other) is not None

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_names = _parse((path_pattern,))
        if not root and not pat_names:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        # Unanchored patterns may also match the root as a leading part.
        names = self._key()
        if root:
            names = self._names
            if len(pat_names) != len(names):
                return False
        elif len(pat_names) > len(names):
            return False
        for name, pat in zip(reversed(names), reversed(pat_names)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


# --- globbing helpers ----------------------------------------------------

def _glob_steps(pattern_names):
    steps = []
    for pat in pattern_names:
        if pat == '':
            steps.append(('dir', None))      # trailing '/': directories only
        elif pat == '**':
            steps.append(('**', None))
        elif '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire "
                             "path component")
        elif any(c in pat for c in '*?['):
            steps.append(('wild', re.compile(fnmatch.translate(pat)).match))
        else:
            steps.append(('name', pat))
    return steps


def _is_dir(path):
    try:
        return path.is_dir()
    except OSError:
        return False


def _subdirs_and_self(path):
    yield path
    try:
        entries = list(os.scandir(path))
    except OSError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir() and not entry.is_symlink()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _subdirs_and_self(path._child(entry.name))


def _run_steps(path, steps, index):
    if index == len(steps):
        yield path
        return
    kind, arg = steps[index]
    last = index + 1 == len(steps)
    if kind == 'dir':
        if _is_dir(path):
            yield from _run_steps(path, steps, index + 1)
    elif kind == 'name':
        child = path._child(arg)
        if steps[index + 1:] and steps[index + 1][0] != 'dir':
            last = False
        if (child.exists() if last else _is_dir(child)):
            yield from _run_steps(child, steps, index + 1)
    elif kind == 'wild':
        try:
            entries = list(os.scandir(path))
        except OSError:
            return
        for entry in entries:
            if not last:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if arg(entry.name):
                yield from _run_steps(path._child(entry.name), steps,
                                      index + 1)
    else:
        seen = set()
        for start in _subdirs_and_self(path):
            for found in _run_steps(start, steps, index + 1):
                if found not in seen:
                    seen.add(found)
                    yield found


def _kind_test(bits, follow=True):
    # A Path method telling whether the file exists with this type.
    def test(self):
        mode = self._mode(follow)
        return mode is not None and mode & 0o170000 == bits
    return test


class Path(PurePath):
    """A concrete path that can reach the file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls is WindowsPath:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        root, names = _parse(args)
        return cls._build(root, names)

    def _child(self, name):
        return self._build(self._root, self._names + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    # --- queries -------------------------------------------------------
    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(self)
        return os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            st = os.stat(self) if follow else os.lstat(self)
        except OSError as exc:
            if exc.errno not in _MISSING_ERRNOS:
                raise
            return None
        except ValueError:
            return None
        return st.st_mode

    def exists(self):
        return self._mode() is not None

    is_dir = _kind_test(0o040000)
    is_file = _kind_test(0o100000)
    is_symlink = _kind_test(0o120000, follow=False)
    is_fifo = _kind_test(0o010000)
    is_socket = _kind_test(0o140000)
    is_block_device = _kind_test(0o060000)
    is_char_device = _kind_test(0o020000)

    def samefile(self, other_path):
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = type(self)(other_path).stat()
        return os.path.samestat(mine, theirs)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        root, names = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not names:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.endswith('/'):
            names.append('')
        return self._glob(names)

    def rglob(self, pattern):
        root, names = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith('/'):
            names.append('')
        return self._glob(['**'] + names)

    def _glob(self, names):
        steps = _glob_steps(names)
        if not _is_dir(self):
            return
        yield from _run_steps(self, steps, 0)

    # --- whole paths ---------------------------------------------------
    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), *self._names)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def readlink(self):
        return type(self)(os.readlink(self))

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == '~':
            home = os.path.expanduser(self._names[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._names[1:])
        return self

    # --- changes -------------------------------------------------------
    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        pending = []       # descendants still to create, deepest first
        target = self
        while True:
            try:
                os.mkdir(target, mode)
            except FileNotFoundError:
                if not parents or target.parent == target:
                    raise
                pending.append(target)
                target = target.parent
                continue
            except OSError:
                # Ancestors may already exist; the path itself only if
                # exist_ok says so, and only as a directory.
                allowed = exist_ok or target is not self
                if not (allowed and target.is_dir()):
                    raise
            if not pending:
                return
            target = pending.pop()

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        return self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def _move_to(self, how, target):
        how(self, target)
        return type(self)(target)

    def rename(self, target):
        return self._move_to(os.rename, target)

    def replace(self, target):
        return self._move_to(os.replace, target)

    def rmdir(self):
        os.rmdir(self)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            open(self, 'a').close()
        else:
            open(self, 'x').close()

    # --- contents ------------------------------------------------------
    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        return open(self, mode, buffering=buffering, encoding=encoding,
                    errors=errors, newline=newline)

    def read_bytes(self):
        with self.open('rb') as stream:
            content = stream.read()
        return content

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as stream:
            content = stream.read()
        return content

    def write_bytes(self, data):
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, "
                            "not 'str'")
        with self.open('wb') as stream:
            count = stream.write(bytes(data))
        return count

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors,
                       newline=newline) as stream:
            count = stream.write(data)
        return count


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""


class WindowsPath(Path):
    """Present only so that instantiating it fails as it does on POSIX."""
