"""High-level file operations: copyfileobj, copyfile, copymode, copy,
copy2, copytree, ignore_patterns, rmtree, move, which.

Everything is built on weft's os (open/read/write through file objects,
os.scandir, os.chmod, os.rename).  Left out, for want of the system calls
in weft's posix module: copying timestamps and other metadata (so copy2
copies data and permission bits only, like copy, and copystat is absent),
creating symbolic links (copytree(symlinks=True) raises
NotImplementedError when it meets a link; follow_symlinks arguments are
absent), disk_usage (no statvfs), chown and the archive functions.
"""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SameFileError",
           "ignore_patterns", "which"]

_CHUNK = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


def copyfileobj(fsrc, fdst, length=0):
    size = length or _CHUNK
    block = fsrc.read(size)
    while block:
        fdst.write(block)
        block = fsrc.read(size)


def _normal(path):
    return os.path.normcase(os.path.abspath(path))


def _same_file(src, dst):
    # Same inode when both exist, otherwise the same absolute name.
    try:
        pair = os.stat(src), os.stat(dst)
    except OSError:
        return _normal(src) == _normal(dst)
    return os.path.samestat(*pair)


def copyfile(src, dst):
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as source:
        with open(dst, 'wb') as target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def _into_dir(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst):
    dst = _into_dir(src, dst)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst):
    # Without utime, the timestamps cannot follow; data and mode do.
    return copy(src, dst)


def ignore_patterns(*patterns):
    def ignored(path, names):
        hits = set()
        for pattern in patterns:
            hits.update(fnmatch.filter(names, pattern))
        return hits
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = set()
    if ignore is not None:
        skip = ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                if symlinks:
                    raise NotImplementedError(
                        "copytree: weft cannot create symbolic links")
                if not os.path.exists(source):
                    if ignore_dangling_symlinks:
                        continue
            if entry.is_dir():
                copytree(source, target, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(source, target)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((source, target, str(why)))
    if problems:
        raise Error(problems)
    return dst


def _report(onerror, ignore_errors):
    if ignore_errors:
        return lambda func, path, info: None
    if onerror is None:
        def reraise(func, path, info):
            raise info[1]
        return reraise
    return onerror


def _attempt(func, path, onerror):
    try:
        func(path)
    except OSError:
        onerror(func, path, sys.exc_info())


def _clear_dir(path, onerror):
    entries = []
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
    for entry in entries:
        full = os.path.join(path, entry.name)
        if os.path.isdir(full) and not os.path.islink(full):
            _clear_dir(full, onerror)
        else:
            _attempt(os.unlink, full, onerror)
    _attempt(os.rmdir, path, onerror)


def rmtree(path, ignore_errors=False, onerror=None):
    onerror = _report(onerror, ignore_errors)
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if mode & 0o170000 == 0o120000:
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _clear_dir(path, onerror)


def _strip_slashes(path):
    return path.rstrip(os.sep)


def _inside(src, dst):
    outer = os.path.join(os.path.abspath(src), '')
    inner = os.path.join(os.path.abspath(dst), '')
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            return os.rename(src, dst)   # a rename in place; gives None
        target = os.path.join(dst, os.path.basename(_strip_slashes(
            os.fspath(src))))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        raise NotImplementedError("move: weft cannot recreate a symbolic "
                                  "link across file systems")
    if os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, target, copy_function=copy_function)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _runnable(path, mode):
    return (os.path.exists(path) and os.access(path, mode)
            and not os.path.isdir(path))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    search = os.environ.get("PATH", os.defpath) if path is None else path
    if not search:
        return None
    tried = set()
    for folder in os.fspath(search).split(os.pathsep):
        key = os.path.normcase(folder)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
