# fnmatch (translate, fnmatch, fnmatchcase, filter) and glob (glob, iglob,
# recursive, root_dir, include_hidden, escape) over a temporary tree.
import fnmatch
import glob
import os
import tempfile

for pat in ['*.py', 'a*b*c', '[!a-c]x', '[', '[]]', 'a?b', '[a-]', '**',
            'x[\\]y', '[^x]', '*a*', '[z-a]', '[!]', '[a-c-e]', '[-a]',
            'a*b*c*d', '[!!]', 'a.b+c(d)']:
    print(repr(pat), repr(fnmatch.translate(pat)))
names = ['a.py', 'b.txt', '.hidden.py', 'x/y.py', 'ABC', 'a-']
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, '[a-b]*'))
print(fnmatch.fnmatch('abc', 'a[bc]c'), fnmatch.fnmatchcase('ABC', 'a*'),
      fnmatch.fnmatch('axbxc', 'a*b*c'), fnmatch.fnmatch(b'ab', b'a?'),
      fnmatch.fnmatch('a-', '[a-]-'), fnmatch.fnmatch('q', '[!a-c]'),
      fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('x.py', '*.PY'))

with tempfile.TemporaryDirectory() as base:
    os.makedirs(os.path.join(base, 'a', 'b', 'c'))
    os.makedirs(os.path.join(base, '.h', 'd'))
    for name in ['x.py', 'y.txt', '.z.py', 'a/m.py', 'a/b/n.py', 'a/b/c/o.py',
                 '.h/p.py', '.h/d/q.py', 'a/[x].py']:
        open(os.path.join(base, name), 'w').close()
    here = os.getcwd()
    os.chdir(base)
    for pat in ['*', '*.py', '.*', '*/', '*/*.py', '**', '**/*.py', '**/',
                'a/**', 'a/**/*.py', 'a/*/*', 'nope', 'x.py', 'a/', 'x.py/',
                '?.py', '[xy].*', 'a/[[]x].py', '', '**/**', '*/**/*.py',
                glob.escape('a/[x].py')]:
        print(repr(pat), sorted(glob.glob(pat)),
              sorted(glob.glob(pat, recursive=True)),
              sorted(glob.glob(pat, recursive=True, include_hidden=True)))
    print(sorted(glob.glob('*.py', root_dir='a/b')),
          sorted(glob.glob('**', root_dir='a', recursive=True)))
    print(sorted(glob.iglob('**/*.py', recursive=True)))
    print([os.path.relpath(p, base) for p in glob.glob(os.path.join(base, 'a', '*.py'))])
    os.chdir(here)
print(glob.escape('a[b]*?.py'), glob.escape(b'x*'), glob.has_magic('a*'),
      glob.has_magic('ab'))
