"""Unix-style pathname pattern expansion: glob, iglob, escape, has_magic.

Patterns are split at '/' and expanded one component at a time: literal
components are only checked for existence, wildcard components list the
directory (os.scandir) and filter names with fnmatch, and with
recursive=True a '**' component stands for any number of directories.
Names starting with '.' match only patterns that start with '.' unless
include_hidden=True.  The dir_fd argument of CPython's functions is left
out (weft's os has no directory-descriptor calls), and so are bytes
patterns beyond escape/has_magic (weft's os.path works on str only).
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    found = (_MAGIC_BYTES if isinstance(s, bytes) else _MAGIC).search(s)
    return found is not None


def escape(pathname):
    if isinstance(pathname, bytes):
        return _MAGIC_BYTES.sub(br'[\1]', pathname)
    return _MAGIC.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, recursive=False, include_hidden=False):
    if root_dir is None:
        root_dir = pathname[:0]
    else:
        root_dir = os.fspath(root_dir)
    results = _expand(pathname, root_dir, recursive, False, include_hidden)
    starts_recursive = recursive and _is_doublestar(pathname[:2])
    if not pathname or starts_recursive:
        # '**' first yields the empty relative name for the top directory.
        first = next(results, None)
        if first is None:
            return iter(())
        if not first:
            return results
        return _chain_one(first, results)
    return results


def _chain_one(first, rest):
    yield first
    yield from rest


def _is_doublestar(part):
    return part == '**' or part == b'**'


def _hidden(name):
    return name[:1] in ('.', b'.')


def _glue(head, tail):
    if head and tail:
        return os.path.join(head, tail)
    return head or tail


def _present(path, follow):
    try:
        if follow:
            os.stat(path)
        else:
            os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _is_directory(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def _names_in(directory, dirs_only):
    if not directory:
        directory = '.' if isinstance(directory, str) else b'.'
    found = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                try:
                    if dirs_only and not entry.is_dir():
                        continue
                except OSError:
                    continue
                found.append(entry.name)
    except OSError:
        pass
    return found


def _match_in(directory, pattern, dirs_only, include_hidden):
    names = _names_in(directory, dirs_only)
    if not include_hidden and not _hidden(pattern):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal_in(directory, name, dirs_only, include_hidden):
    if name:
        return [name] if _present(_glue(directory, name), False) else []
    # An empty last component (pattern ends with '/') wants a directory.
    return [name] if _is_directory(directory) else []


def _tree_below(directory, dirs_only, include_hidden):
    for name in _names_in(directory, dirs_only):
        if not include_hidden and _hidden(name):
            continue
        yield name
        inner = _glue(directory, name) if directory else name
        for deeper in _tree_below(inner, dirs_only, include_hidden):
            yield _glue(name, deeper)


def _any_depth(directory, pattern, dirs_only, include_hidden):
    yield pattern[:0]
    yield from _tree_below(directory, dirs_only, include_hidden)


def _expand(pathname, root_dir, recursive, dirs_only, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if _present(_glue(root_dir, pathname), False):
                yield pathname
        elif _is_directory(_glue(root_dir, head)):
            yield pathname
        return
    if recursive and _is_doublestar(tail):
        step = _any_depth
    elif has_magic(tail):
        step = _match_in
    else:
        step = _literal_in
    if not head:
        yield from step(root_dir, tail, dirs_only, include_hidden)
        return
    if head != pathname and has_magic(head):
        parents = _expand(head, root_dir, recursive, True, include_hidden)
    else:
        parents = [head]
    for parent in parents:
        for name in step(_glue(root_dir, parent), tail, dirs_only,
                         include_hidden):
            yield os.path.join(parent, name)
