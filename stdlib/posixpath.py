"""os.path for POSIX systems, giving the results CPython 3.11's posixpath gives.

Pure string work (split, join, normpath, ...) never touches the disk; the
predicates and getters (exists, isdir, getsize, ...) ask os.stat/os.lstat.
Only str paths are handled throughout, since weft's os takes no bytes paths.
"""

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "relpath", "commonpath",
           "samefile", "samestat"]

# Spelling of the special names on POSIX.
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

# File-type bits of st_mode (as in the stat module).
_TYPE_MASK = 0o170000
_DIR_BITS = 0o040000
_FILE_BITS = 0o100000
_LINK_BITS = 0o120000

_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _reject_non_str(func, *values):
    """Raise the TypeError CPython gives when path arguments have bad types."""
    kinds = set()
    for v in values:
        if not isinstance(v, (str, bytes)):
            raise TypeError('%s() argument must be str, bytes, or '
                            'os.PathLike object, not %r'
                            % (func, type(v).__name__)) from None
        kinds.add(type(v) is str)
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _cut(p):
    """Index just past the last '/' of p (0 when there is none)."""
    return p.rfind(sep) + 1


def _trim_head(head):
    """Drop trailing slashes from a directory part unless it is all slashes."""
    if head.strip(sep):
        return head.rstrip(sep)
    return head


def normcase(s):
    """Case normalisation; a no-op on POSIX beyond os.fspath()."""
    return os.fspath(s)


def isabs(s):
    """True if the path starts at the root."""
    return os.fspath(s).startswith(sep)


def join(a, *p):
    """Glue path parts with '/'; a part starting with '/' restarts the path."""
    first = os.fspath(a)
    try:
        pieces = [os.fspath(piece) for piece in p]
        # str or bytes, but the same for every part.
        kind = str if isinstance(first, str) else bytes
        if not all(isinstance(x, kind) for x in [first] + pieces):
            raise TypeError
        slash = sep if kind is str else b'/'
        out = first
        for piece in pieces:
            if piece.startswith(slash):
                out = piece
            elif not out or out.endswith(slash):
                out = out + piece
            else:
                out = out + slash + piece
        return out
    except (TypeError, AttributeError):
        _reject_non_str('join', first, *p)
        raise


def split(p):
    """(directory part, last component) of a path."""
    p = os.fspath(p)
    at = _cut(p)
    return _trim_head(p[:at]), p[at:]


def splitext(p):
    """(root, extension) with the extension starting at the last dot.

    Dots that open the last component (as in '.bashrc' or '..') do not
    start an extension.
    """
    p = os.fspath(p)
    start = _cut(p)
    dot = p.rfind(extsep)
    if dot > start and p[start:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths never have a drive."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Last component of a path (empty if it ends with '/')."""
    p = os.fspath(p)
    return p[_cut(p):]


def dirname(p):
    """Everything before the last component, minus trailing slashes."""
    p = os.fspath(p)
    return _trim_head(p[:_cut(p)])


def commonprefix(m):
    """Longest common leading run of items (characters, for strings)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(os.fspath(x) for x in m)
    # Only the smallest and largest can disagree first.
    low, high = min(m), max(m)
    n = 0
    for x, y in zip(low, high):
        if x != y:
            break
        n += 1
    return low[:n]


def _st_mode(path, follow=True):
    """st_mode of path, or None when it cannot be stat'ed."""
    try:
        info = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return info.st_mode


def exists(path):
    """True if path names something; a dangling symlink does not count."""
    return _st_mode(path) is not None


def lexists(path):
    """True if path names something, dangling symlinks included."""
    return _st_mode(path, follow=False) is not None


def isfile(path):
    """True if path is (or links to) a regular file."""
    mode = _st_mode(path)
    return mode is not None and mode & _TYPE_MASK == _FILE_BITS


def isdir(s):
    """True if s is (or links to) a directory."""
    mode = _st_mode(s)
    return mode is not None and mode & _TYPE_MASK == _DIR_BITS


def islink(path):
    """True if path itself is a symbolic link."""
    mode = _st_mode(path, follow=False)
    return mode is not None and mode & _TYPE_MASK == _LINK_BITS


def getsize(filename):
    """Size in bytes, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Modification time, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Access time, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Metadata change time, from os.stat()."""
    return os.stat(filename).st_ctime


def expanduser(path):
    """Replace a leading '~' with $HOME.

    '~user' forms are left alone (no password database here), as is '~'
    when HOME is unset.
    """
    path = os.fspath(path)
    if not path.startswith('~'):
        return path
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end != 1 or 'HOME' not in os.environ:
        return path
    home = os.environ['HOME'].rstrip(sep)
    return (home + path[end:]) or sep


def expandvars(path):
    """Substitute $name and ${name} from the environment.

    Names are ASCII letters, digits and '_'.  Unset variables, and '$' not
    followed by a name, stay as written; substituted text is not rescanned.
    """
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    pos = 0
    size = len(path)
    while True:
        dollar = path.find('$', pos)
        if dollar < 0:
            out.append(path[pos:])
            break
        out.append(path[pos:dollar])
        after = dollar + 1
        if path.startswith('{', after):
            close = path.find('}', after)
            if close < 0:
                # Unterminated brace: keep the '$' and scan on from there.
                out.append('$')
                pos = after
                continue
            name = path[after + 1:close]
            stop = close + 1
        else:
            stop = after
            while stop < size and path[stop] in _NAME_CHARS:
                stop += 1
            name = path[after:stop]
            if not name:
                out.append('$')
                pos = after
                continue
        out.append(os.environ.get(name, path[dollar:stop]))
        pos = stop
    return ''.join(out)


def normpath(path):
    """Collapse '//', '.', and 'x/..' in a path without looking at the disk.

    Exactly two leading slashes are kept (POSIX leaves their meaning to the
    system); one or three and more become one.
    """
    path = os.fspath(path)
    if not path:
        return curdir
    lead = len(path) - len(path.lstrip(sep))
    if lead > 2:
        lead = 1
    kept = []
    for part in path.split(sep):
        if part == '' or part == curdir:
            continue
        if part != pardir:
            kept.append(part)
        elif kept and kept[-1] != pardir:
            kept.pop()
        elif not lead:
            # A relative path may climb above its start.
            kept.append(part)
    return (sep * lead + sep.join(kept)) or curdir


def abspath(path):
    """Absolute, normalised form of path (relative to the current directory)."""
    path = os.fspath(path)
    if not path.startswith(sep):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Absolute path with every symbolic link resolved.

    With strict=True a missing component or a link loop raises OSError;
    otherwise the unresolvable rest is appended as it is.
    """
    filename = os.fspath(filename)
    resolved, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(base, rest, strict, links):
    """Walk rest's components on top of the already-real base.

    links maps each symlink met to its resolution, or None while it is
    being resolved (meeting it again then means a loop).  Returns
    (path, finished) with finished False after giving up on a loop.
    """
    if rest.startswith(sep):
        base, rest = sep, rest[1:]
    while rest:
        name, _, rest = rest.partition(sep)
        if name in ('', curdir):
            continue
        if name == pardir:
            if not base:
                base = pardir
            else:
                base, last = split(base)
                if last == pardir:
                    base = join(base, pardir, pardir)
            continue
        candidate = join(base, name)
        try:
            mode = os.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            mode = 0
        if mode & _TYPE_MASK != _LINK_BITS:
            base = candidate
            continue
        if candidate in links:
            known = links[candidate]
            if known is not None:
                base = known
                continue
            # Still unresolved, so we are inside its own resolution: a loop.
            if strict:
                os.stat(candidate)      # raises the ELOOP error
            else:
                return join(candidate, rest), False
        links[candidate] = None
        base, finished = _resolve(base, os.readlink(candidate), strict, links)
        if not finished:
            return join(base, rest), False
        links[candidate] = base
    return base, True


def samestat(s1, s2):
    """True if two stat results describe the same file."""
    return (s1.st_ino, s1.st_dev) == (s2.st_ino, s2.st_dev)


def samefile(f1, f2):
    """True if two paths lead to the same file or directory."""
    return samestat(os.stat(f1), os.stat(f2))


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    start = curdir if start is None else os.fspath(start)
    try:
        here = [c for c in abspath(start).split(sep) if c]
        there = [c for c in abspath(path).split(sep) if c]
        shared = len(commonprefix([here, there]))
        steps = [pardir] * (len(here) - shared) + there[shared:]
        return join(*steps) if steps else curdir
    except (TypeError, AttributeError):
        _reject_non_str('relpath', path, start)
        raise


def commonpath(paths):
    """Longest sub-path shared by all the paths (all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(os.fspath(p) for p in paths)
    try:
        rooted = {p.startswith(sep) for p in paths}
        if len(rooted) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        pieces = [[c for c in p.split(sep) if c and c != curdir]
                  for p in paths]
        shared = commonprefix(pieces)
        return (sep if rooted.pop() else '') + sep.join(shared)
    except (TypeError, AttributeError):
        _reject_non_str('commonpath', *paths)
        raise
