# Creating, listing, renaming and removing files and directories.
import os

root = "_tmp_422"
os.makedirs(os.path.join(root, "src", "pkg"))
os.makedirs(os.path.join(root, "src", "pkg"), exist_ok=True)
os.mkdir(os.path.join(root, "docs"))
for name, size in [("src/main.py", 120), ("src/pkg/util.py", 40), ("docs/readme.txt", 7), ("top.cfg", 0)]:
    with open(os.path.join(root, name), "w") as f:
        f.write("x" * size)
try:
    print(sorted(os.listdir(root)))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        print(dirpath, sorted(dirnames), sorted(filenames))
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        for fn in filenames:
            total += os.path.getsize(os.path.join(dirpath, fn))
    print("total bytes:", total)

    print(os.path.exists(root), os.path.isdir(root), os.path.isfile(root))
    cfg = os.path.join(root, "top.cfg")
    print(os.path.isfile(cfg), os.path.isdir(cfg), os.path.getsize(cfg), os.path.islink(cfg))

    os.rename(cfg, os.path.join(root, "docs", "moved.cfg"))
    print(sorted(os.listdir(os.path.join(root, "docs"))))
    os.replace(os.path.join(root, "docs", "moved.cfg"), os.path.join(root, "final.cfg"))
    print(sorted(os.listdir(root)))

    st = os.stat(os.path.join(root, "src", "main.py"))
    print(st.st_size, st[6], len(st), type(st).__name__, st.st_mode & 0o170000 == 0o100000)

    here = os.getcwd()
    os.chdir(os.path.join(root, "src"))
    print(sorted(os.listdir()), sorted(os.listdir(".")))
    os.chdir(here)
    print(os.getcwd() == here)

    for label, func in [
        ("mkdir existing", lambda: os.mkdir(root)),
        ("makedirs existing", lambda: os.makedirs(root)),
        ("rmdir non-empty", lambda: os.rmdir(root)),
        ("remove directory", lambda: os.remove(os.path.join(root, "src"))),
        ("listdir file", lambda: os.listdir(os.path.join(root, "final.cfg"))),
        ("rename missing", lambda: os.rename("nope_422", "other_422")),
        ("remove missing", lambda: os.remove("nope_422")),
        ("stat missing", lambda: os.stat("nope_422")),
        ("chdir missing", lambda: os.chdir("nope_422")),
        ("getsize missing", lambda: os.path.getsize("nope_422")),
    ]:
        try:
            func()
        except OSError as e:
            print(f"{label}: {type(e).__name__} errno={e.errno} {e}")
finally:
    for dirpath, dirnames, filenames in list(os.walk(root, topdown=False)):
        for fn in filenames:
            os.unlink(os.path.join(dirpath, fn))
        os.rmdir(dirpath)
print("exists after cleanup:", os.path.exists(root))
