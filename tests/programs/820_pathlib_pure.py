# pathlib pure paths: parsing, parts, parents, derived names, relative_to, match, ordering, URIs and the ValueError/TypeError messages.
from pathlib import *
import pathlib
P = PurePath
for s in ['', '.', '/', '//', '///', 'a//b/./c/', '/a/b.tar.gz', '//x/y', 'a/..', '.bashrc', 'x.', 'a/b.c.']:
    p = P(s)
    print(repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), list(p.parents), p.is_absolute())
p = P('/usr/lib/python3')
print(p / 'x' / '/etc', 'a' / P('b'), p.joinpath('a', 'b/c'), P('a', '/b', 'c'), P(P('a'), 'b'))
print(p.parents[-1], p.parents[0], p.parents[1:], p.parents[::-1], len(p.parents), repr(p.parents)[:0])
for f in [lambda: p.parents[3], lambda: P('/').with_name('x'), lambda: p.with_name('a/b'), lambda: p.with_name(''), lambda: p.with_suffix('x'), lambda: p.with_suffix('.'), lambda: p.with_suffix('/a'), lambda: P('/a/b').relative_to('/c'), lambda: P('a').relative_to('/a'), lambda: P('/a').relative_to(''), lambda: P('a').as_uri(), lambda: P(3), lambda: P(b'x'), lambda: P('a') < 'b', lambda: pathlib.WindowsPath('x'), lambda: P('a').relative_to(), lambda: P('a').match(''), lambda: P('a').with_stem('')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(p.with_name('x.py'), p.with_suffix('.txt'), P('a.tar.gz').with_suffix(''), P('a/b.py').with_stem('c'), P('a').with_suffix('.x'))
print(P('/a/b/c').relative_to('/a'), P('/a/b/c').relative_to('/'), P('/a/b').relative_to('/a/b'), P('a/b').relative_to('a'), P('a').relative_to(''), P('/a/b').relative_to('/a', 'b'))
print(P('/a/b').is_relative_to('/a'), P('/a/b').is_relative_to('/c'))
for pat in ['*.py', 'b/*.py', '/*.py', '/a/*.py', '*/a/*.py', '**/*.py', 'a/b.py', 'B.py']:
    print(pat, P('/a/b.py').match(pat), P('a/b.py').match(pat))
print(sorted([P('b'), P('a/c'), P('/z'), P('a'), P('a/b')]))
print(P('a/b') == P('a//b/'), P('a') == 'a', hash(P('a/b')) == hash(P('a/b/.')), {P('x'), P('x/')})
print(P('/a b/c%d').as_uri(), P('/é').as_uri(), bytes(P('/x')), __import__('os').fspath(P('a/b')))
print(Path('a'), type(Path('a')).__name__, type(P('a')).__name__, isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath), Path('~/x').expanduser() == Path.home() / "x")
print(PurePosixPath('a') == Path('a'), PurePosixPath('a/b').parents[0])
