# scandir entries, realpath through symbolic-link-free paths, samefile.
import os

root = "_tmp_428"
os.makedirs(os.path.join(root, "sub"))
with open(os.path.join(root, "a.txt"), "w") as f:
    f.write("aaa")
with open(os.path.join(root, "sub", "b.txt"), "w") as f:
    f.write("b")
try:
    with os.scandir(root) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            print(repr(entry), entry.name, entry.path, entry.is_dir(), entry.is_file(),
                  entry.is_symlink(), entry.stat().st_size if entry.is_file() else "-")
    it = os.scandir(root)
    print(type(it).__name__, sorted(e.name for e in it))
    it.close()
    here = os.getcwd()
    os.chdir(root)
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir(".")))
    os.chdir(here)

    def tree(path, depth=0):
        for entry in sorted(os.scandir(path), key=lambda e: e.name):
            print("  " * depth + entry.name + ("/" if entry.is_dir() else ""))
            if entry.is_dir():
                tree(entry.path, depth + 1)

    tree(root)
    print(os.path.realpath(root) == os.path.abspath(root))
    print(os.path.realpath(os.path.join(root, "sub", "..", "a.txt")) == os.path.abspath(os.path.join(root, "a.txt")))
    print(os.path.samefile(root, os.path.join(root, "sub", "..")))
    print(os.fspath(next(iter(os.scandir(os.path.join(root, "sub"))))))
    try:
        os.readlink(os.path.join(root, "a.txt"))
    except OSError as e:
        print(type(e).__name__, e.errno)
finally:
    os.remove(os.path.join(root, "sub", "b.txt"))
    os.remove(os.path.join(root, "a.txt"))
    os.rmdir(os.path.join(root, "sub"))
    os.rmdir(root)
