# pathlib.Path on the file system, inside a fresh temporary directory:
# mkdir/touch/read/write, iterdir, glob/rglob, stat queries, rename, errors.
import os
import tempfile
from pathlib import Path

top = tempfile.TemporaryDirectory()
base = Path(top.name)


def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)


def show(exc):
    print(type(exc).__name__, str(exc).replace(str(base), 'BASE'))


(base / 'a' / 'b' / 'c').mkdir(parents=True)
(base / 'a').mkdir(exist_ok=True)
attempts = [
    lambda: (base / 'a').mkdir(),
    lambda: (base / 'x' / 'y').mkdir(),
    lambda: (base / 'nope').unlink(),
    lambda: (base / 'nope').read_text(),
    lambda: (base / 'a').rmdir(),
    lambda: (base / 'f').write_text(b'x'),
    lambda: (base / 'f').write_bytes('x'),
    lambda: list(base.glob('/x')),
    lambda: list(base.glob('a**')),
    lambda: list(base.glob('')),
    lambda: (base / 'a').touch(exist_ok=False),
    lambda: (base / 'zz').stat(),
    lambda: (base / 'a').chmod(0o755, follow_symlinks=False),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as exc:
        show(exc)
print((base / 'nope').unlink(missing_ok=True))
print((base / 'f.txt').write_text('h\u00e9llo\n'), (base / 'f.txt').read_text(),
      (base / 'f.txt').read_bytes())
print((base / 'g.bin').write_bytes(bytearray(b'\x00\x01')),
      (base / 'l.txt').write_text('\u00e9', encoding='latin-1'),
      (base / 'l.txt').read_bytes())
(base / '.hid').touch()
(base / 'a' / 'b' / 'x.py').touch()
(base / 'a' / 'y.py').touch()
(base / 'a' / 'b' / 'c' / 'z.py').write_text('')
print(rel(base.iterdir()))
for pat in ['*', '*.txt', '**', '**/*.py', 'a/*', 'a/**/*.py', '*/*/*', '?.txt',
            '[fg]*', 'a/b', 'nope', '.*', '**/c', '*/', 'a/', 'f.txt/', '**/']:
    print(repr(pat), rel(base.glob(pat)), rel(base.rglob(pat)))
f = base / 'f.txt'
print(f.exists(), f.is_file(), f.is_dir(), (base / 'a').is_dir(),
      (base / 'q').exists(), f.is_symlink(), (base / 'f.txt/x').exists(),
      f.is_fifo(), f.is_socket())
print(f.stat().st_size, f.samefile(str(f)), f.samefile(base / 'g.bin'))
f.chmod(0o600)
print(oct(f.stat().st_mode & 0o777))
p = f.rename(base / 'h.txt')
print(type(p).__name__, p.relative_to(base), p.exists(), f.exists())
p = p.replace(str(base / 'i.txt'))
print(type(p).__name__, p.relative_to(base))
with (base / 'i.txt').open() as stream:
    print(repr(stream.read()))
with (base / 'i.txt').open('a') as stream:
    stream.write('more')
print(repr((base / 'i.txt').read_text()))
here = os.getcwd()
os.chdir(base)
print(Path('a/../a').resolve() == base.resolve() / 'a',
      Path('a').absolute() == Path.cwd() / 'a',
      Path('.').resolve() == base.resolve())
os.chdir(here)
(base / 'i.txt').unlink()
print(rel(base.iterdir()))
print(Path('~').expanduser() == Path.home(), Path('/x/~').expanduser())
top.cleanup()
print(base.exists())
