import os, posixpath as P
os.chdir('/')
os.environ['HOME'] = '/home/me/'
os.environ['FOO'] = 'foo$BAR'
os.environ['BAR'] = 'bar'
os.environ['A_1'] = 'a1'
paths = ['', '/', '//', '///', '////a', 'a', 'a/', 'a//', '/a/b/', '//a//b//', '.', '..', '...', '.a', '..a', 'a.', 'a.b.c', '/x/.bashrc',
         '/x.y/z', 'a/b/../c', '../../a', '/../a', '/./a/./', 'a/./../..', './', '~', '~/x', '~bob/x', '~/', 'x/~', '/a/..b/.c.d', 'a/b.tar.gz', '///..//a/./b']
def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for p in paths:
    print(repr(p), [t(f, p) for f in (P.split, P.splitext, P.basename, P.dirname, P.normpath, P.abspath, P.isabs, P.splitdrive, P.normcase, P.expanduser, P.relpath)])
    print([t(P.join, p, q) for q in paths[:12]], t(P.relpath, p, '/a/b'), t(P.relpath, p, 'x/y'))
for s in ['$FOO', '${FOO}x', '$FOO$BAR', 'a$', '$$', '${', '${FOO', '${FOO$BAR', '${}', '$A_1b', '$A_1.b', '$é', '$UNSET/x', '${UNSET}', 'x${BAR}y$BARz', '$-', '${B A R}']:
    print(repr(s), t(P.expandvars, s))
for m in [[], ['abc', 'abd', 'ab'], ['x'], [['a', 'b'], ['a', 'c']], ('/usr/lib', '/usr/local')]:
    print(t(P.commonprefix, m))
for m in [[], ['/a/b', '/a/c'], ['a/b', '/a'], ['a/./b', 'a/b/c'], ['/'], ['//a', '/a/'], ['x', 'y'], [1], ['a', 1]]:
    print(t(P.commonpath, m))
for bad in [(1,), ('a', 1), ('a', b'b'), (b'a',), ('a', None), (None, 'a')]:
    print(t(P.join, *bad))
print(t(P.relpath, ''), t(P.relpath, 1), t(P.relpath, 'a', 2))
class S(str): pass
print(repr(P.join(S('a'), 'b', S('c'))), repr(P.join('a', S('/b'))))
class PL:
    def __fspath__(self): return 'pl'
print(P.join(PL(), PL()), P.basename(PL()), P.split(PL()), t(P.join, 'a', PL(), 3))
print(P.sep, P.curdir, P.pardir, P.extsep, P.pathsep, P.defpath, P.altsep, P.devnull, os.path is P)
