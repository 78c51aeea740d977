"""Shell-style wildcard matching of file names (``*``, ``?``, ``[seq]``, ``[!seq]``).

Built on weft's ``re``: a pattern is turned into a regular expression by
``translate`` (same text CPython 3.11 produces) and compiled once into a small
cache.  Case folding follows ``os.path.normcase`` (a no-op on POSIX).
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def _matcher(pat):
    key = (type(pat), pat)
    found = _compiled.get(key)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            found = re.compile(text.encode('ISO-8859-1')).match
        else:
            found = re.compile(translate(pat)).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = found
    return found


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    pat = os.path.normcase(pat)
    test = _matcher(pat)
    if os.path is posixpath:
        return [n for n in names if test(n)]
    return [n for n in names if test(os.path.normcase(n))]


def _bracket(pat, start):
    """Read a ``[...]`` set starting just after '['; give (regex, next index)
    or None when the set is never closed."""
    n = len(pat)
    j = start
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    body = pat[start:j]
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    # Split on hyphens that form ranges; drop ranges running backwards.
    pieces = []
    k = 0
    if body.startswith('-'):
        pieces.append('-')
        k = 1
    ranges = []
    cur = ''
    i = k
    while i < len(body):
        ch = body[i]
        if ch == '-' and cur and i + 1 < len(body):
            ranges.append((cur[:-1], cur[-1], body[i + 1]))
            cur = ''
            i += 2
            continue
        cur += ch
        i += 1
    parts = []
    if pieces:
        parts.append('\\-')
    for before, lo, hi in ranges:
        parts.append(_set_chars(before))
        if lo <= hi:
            parts.append(_set_chars(lo) + '-' + _set_chars(hi))
    parts.append(_set_chars(cur))
    inner = ''.join(parts)
    if not inner:
        return ('(?!)' if not negate else '.'), j + 1
    if negate:
        inner = '^' + inner
    elif inner[0] in '^[':
        inner = '\\' + inner
    return '[' + inner + ']', j + 1


def _set_chars(s):
    out = s.replace('\\', '\\\\').replace('-', '\\-')
    for ch in '&~|':
        out = out.replace(ch, '\\' + ch)
    return out


def translate(pat):
    pieces = []          # regex text, with None marking a '*'
    i = 0
    n = len(pat)
    while i < n:
        ch = pat[i]
        i += 1
        if ch == '*':
            if not pieces or pieces[-1] is not None:
                pieces.append(None)
        elif ch == '?':
            pieces.append('.')
        elif ch == '[':
            got = _bracket(pat, i)
            if got is None:
                pieces.append('\\[')
            else:
                text, i = got
                pieces.append(text)
        else:
            pieces.append(re.escape(ch))
    # Text before the first star is literal; each later star but the last
    # becomes an atomic lazy group, the last one a plain greedy '.*'.
    stars = [k for k, p in enumerate(pieces) if p is None]
    if not stars:
        body = ''.join(pieces)
    else:
        out = [''.join(pieces[:stars[0]])]
        for pos, k in enumerate(stars):
            stop = stars[pos + 1] if pos + 1 < len(stars) else len(pieces)
            chunk = ''.join(pieces[k + 1:stop])
            if pos + 1 == len(stars):
                out.append('.*' + chunk)
            else:
                out.append('(?>.*?' + chunk + ')')
        body = ''.join(out)
    return '(?s:' + body + ')\\Z'
