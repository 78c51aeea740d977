# os.path string manipulation, as posixpath does it.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath

paths = ["a/b/c.txt", "/usr/local/lib/", "file", ".bashrc", "archive.tar.gz",
         "/", "", "a//b", "../x/./y/..", "//double/slash", "///triple",
         "dir.d/file", "trailing.", "/a/b/../../..", "./rel"]
for p in paths:
    print(f"{p!r:22} split={split(p)} ext={splitext(p)}")
    print(f"{'':22} base={basename(p)!r} dir={dirname(p)!r} norm={normpath(p)!r} abs={os.path.isabs(p)}")

print(join("a", "b", "c"), join("/x", "/y", "z"), join("a/", "b"), join("", "x"), join("a", ""))
print(os.path.commonprefix(["/usr/lib/python", "/usr/lib/perl", "/usr/local"]))
print(os.path.commonpath(["/usr/lib/python", "/usr/lib/perl"]))
print(os.path.relpath("/a/b/c/d", "/a/b/x"), os.path.relpath("/a", "/a"), os.path.relpath("x/y", "x"))
print(os.path.splitdrive("/a/b"), os.path.normcase("MiXeD/Case"))
print(os.path.expanduser("no_tilde"), os.path.expandvars("no vars here"))
print(os.path.abspath("x/../y") == join(os.getcwd(), "y"), os.path.abspath("/a/./b"))
print(os.sep, os.path.sep, os.extsep, os.curdir, os.pardir, os.pathsep, os.devnull, repr(os.altsep))

# Changing extensions and building output names.
for src in ["report.md", "photo.jpeg", "notes", "/data/run.1.log"]:
    root, ext = splitext(src)
    print(src, "->", root + ".html", "| stem:", basename(root), "| ext:", ext or "(none)")

for bad in [lambda: join("a", 3), lambda: join(None), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath("")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
