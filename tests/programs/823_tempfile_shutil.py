# tempfile (mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory) and shutil (copy*, copytree, move, rmtree, which);
# names under the temporary directory are printed relative to it.
import os
import shutil
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())


def listing(path):
    return sorted(n for n in os.listdir(path) if not n.startswith('tmp'))


with tempfile.TemporaryDirectory(prefix='wt_', suffix='_x') as d:
    print(os.path.isdir(d), os.path.basename(d)[:3], d[-2:],
          len(os.path.basename(d)), oct(os.stat(d).st_mode & 0o777))
    fd, name = tempfile.mkstemp(dir=d, suffix='.txt')
    print(type(fd).__name__, os.path.dirname(name) == d, name[-4:],
          oct(os.stat(name).st_mode & 0o777))
    with os.fdopen(fd, 'w') as f:
        f.write('data')
    print(open(name).read())
    with tempfile.NamedTemporaryFile('w+', dir=d) as f:
        f.write('abc\ndef\n')
        f.seek(0)
        print(list(f), os.path.exists(f.name), os.path.dirname(f.name) == d)
        kept = f.name
    print(os.path.exists(kept))
    f = tempfile.NamedTemporaryFile(dir=d, delete=False)
    f.write(b'x')
    f.close()
    print(os.path.exists(f.name), f.delete)
    with tempfile.TemporaryFile('w+') as t:
        t.write('hello')
        t.seek(0)
        print(t.read(), type(t.name).__name__)
    print(os.path.isdir(tempfile.mkdtemp(dir=d)))
    os.makedirs(os.path.join(d, 'src', 'a', 'b'))
    for p in ['src/f.txt', 'src/a/g.py', 'src/a/b/h.pyc']:
        with open(os.path.join(d, p), 'w') as out:
            out.write(p)
    os.chmod(os.path.join(d, 'src', 'f.txt'), 0o640)
    here = os.getcwd()
    os.chdir(d)
    print(shutil.copyfile('src/f.txt', 'c1.txt'), open('c1.txt').read(),
          shutil.copy('src/f.txt', 'src/a'),
          oct(os.stat('src/a/f.txt').st_mode & 0o777),
          shutil.copy2('src/f.txt', 'c2.txt'))
    attempts = [
        lambda: shutil.copyfile('c1.txt', 'c1.txt'),
        lambda: shutil.copyfile('nope', 'x'),
        lambda: shutil.copyfile('c1.txt', 'src'),
        lambda: shutil.copytree('src', 'src'),
        lambda: shutil.rmtree('nope'),
        lambda: shutil.rmtree('c1.txt'),
        lambda: shutil.move('src', 'src/a'),
        lambda: shutil.move('src/f.txt', 'src/a'),
    ]
    for attempt in attempts:
        try:
            print(attempt())
        except Exception as exc:
            print(type(exc).__name__, exc)
    print(shutil.copytree('src', 'dst', ignore=shutil.ignore_patterns('*.pyc')))
    print(sorted(os.path.join(r, f) for r, ds, fs in os.walk('dst') for f in fs))
    print(shutil.copytree('src', 'dst', dirs_exist_ok=True))
    print(shutil.move('dst', 'moved'), shutil.move('c1.txt', 'moved'),
          shutil.move('c2.txt', 'c3.txt'), listing('.'), listing('moved'))
    shutil.rmtree('moved')
    print(listing('.'))
    print(shutil.rmtree('nope', ignore_errors=True))
    errors = []
    shutil.rmtree('nope', onerror=lambda f, p, e: errors.append(
        (f.__name__, p, type(e[1]).__name__)))
    print(errors)
    os.chdir(here)
print(os.path.exists(d))
print(shutil.which('sh') is not None, shutil.which('definitely-not-here'),
      shutil.which('sh', path='/nonexistent'), shutil.which('/bin/sh'))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
