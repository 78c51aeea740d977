import os, sys
base = '/tmp/weft_os_walk_%d' % os.getpid()
os.makedirs(base + '/wt/a/b'); os.makedirs(base + '/wt/c')
for f in ('wt/a/f1', 'wt/c/f2', 'wt/top'):
    open(base + '/' + f, 'w').close()
os.chdir(base)
def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
class PL:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
class BadPL:
    def __fspath__(self): raise AttributeError('inner')
print(t(os.fspath, 'x'), t(os.fspath, b'x'), t(os.fspath, PL('p')), t(os.fspath, PL(3)), t(os.fspath, 3), t(os.fspath, BadPL()), t(os.fspath, None))
os.environ['WEFT_T1'] = 'v1'
print(os.environ['WEFT_T1'], os.getenv('WEFT_T1'), os.getenv('WEFT_NOPE'), os.getenv('WEFT_NOPE', 'd'), 'WEFT_T1' in os.environ, 'WEFT_NOPE' in os.environ)
print(t(os.environ.__getitem__, 'WEFT_NOPE'), t(os.environ.__getitem__, 1), t(os.environ.__setitem__, 'a', 1), t(os.environ.__setitem__, 1, 'a'), t(os.environ.__delitem__, 'WEFT_NOPE'), t(lambda: 1 in os.environ))
print(t(os.environ.pop, 'WEFT_NOPE'), os.environ.pop('WEFT_NOPE', 'dflt'), os.environ.pop('WEFT_T1'), 'WEFT_T1' in os.environ)
print(os.environ.setdefault('WEFT_T2', 'x'), os.environ.setdefault('WEFT_T2', 'y'))
os.environ.update({'WEFT_T3': '3'}, WEFT_T4='4'); os.environ.update([('WEFT_T5', '5')])
os.environ |= {'WEFT_T6': '6'}
print(sorted(k for k in os.environ if k.startswith("WEFT_")), type(os.environ | {'a': 'b'}).__name__, os.environ == dict(os.environ), os.environ != dict(os.environ), os.environ == 3, len(os.environ) == len(dict(os.environ)))
print('WEFT_T6=6' in os.popen('env').read() if hasattr(os, 'popen') else True)
print(os.name, repr(os.linesep), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.sep, os.curdir, os.pardir, os.pathsep, os.defpath, os.extsep, os.altsep, os.devnull, os.path.__name__, sys.modules['os.path'] is os.path)
import os.path as op; print(op is os.path)
print(repr(os.environ).startswith('environ({'), repr(os.environ).endswith('})'))
for top in ['wt', 'wt/', 'nope', PL('wt')]:
    for td in (True, False):
        for fl in (False, True):
            errs = []
            print(top if isinstance(top, str) else 'PL', td, fl, [(d, sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk(top, td, errs.append, fl))], [type(e).__name__ for e in errs])
out = []
for d, ds, fs in os.walk('wt'):
    ds[:] = [x for x in ds if x != 'a']
    out.append(d)
print(out)
print(t(os.makedirs, 'mk/x/y/'), t(os.makedirs, 'mk/x/y'), t(os.makedirs, 'mk/x/y', exist_ok=True), t(os.makedirs, 'mk/x/z/.'), t(os.makedirs, 'wt/top/q'), t(os.makedirs, 'wt/top', exist_ok=True))
print(sorted(os.listdir('mk/x')), t(os.removedirs, 'mk/x/y'), sorted(os.listdir('mk/x')), t(os.removedirs, 'mk/x/z/'), os.path.exists('mk'), t(os.removedirs, 'mk'))
with os.scandir('wt') as it:
    ents = sorted(it, key=lambda e: e.name)
print([(repr(e), e.name, e.path, os.fspath(e), e.is_dir(), e.is_file(), e.is_symlink(), e.inode() == os.lstat(e.path).st_ino) for e in ents])
ents = sorted(os.scandir('wt/a'), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_symlink(), e.stat().st_size == os.stat(e.path).st_size) for e in ents])
print(type(ents[0]).__module__, type(ents[0]).__name__, type(os.scandir()).__name__, t(os.scandir, 'nope'), len(list(os.scandir(None))) == len(os.listdir('.')))
it = os.scandir('wt'); it.close(); print(list(it))
for p in ['wt', 'wt/a/lc', 'wt/a/lc/f2', 'wt/dang', 'wt/a/lc/../top', 'nope/x']:
    print(p, os.path.relpath(os.path.realpath(p)), os.path.islink(p), os.path.lexists(p), os.path.exists(p), t(lambda: os.path.relpath(os.path.realpath(p, strict=True))))
os.chdir('/')
for d, ds, fs in os.walk(base, topdown=False):
    for n in fs:
        os.remove(os.path.join(d, n))
    for n in ds:
        q = os.path.join(d, n)
        os.remove(q) if os.path.islink(q) else os.rmdir(q)
os.rmdir(base)
print(os.path.exists(base))
