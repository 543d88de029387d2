#!/usr/bin/env python3
"""Print the tree of an unpacked root filesystem as the layerhound oracle TSV.

Usage: tree.py [--self-as-root] ROOTFS

One line per path (the root itself excluded), sorted by path bytes:
    PATH<TAB>TYPE<TAB>MODE<TAB>UID:GID<TAB>SIZE<TAB>SHA256
TYPE is one of f d l c b p s; MODE is st_mode & 0o7777 as four octal digits
(symlinks always 0777). Regular files: size and hex sha256 of the content;
symlinks: '-' and '->TARGET'; everything else: '-' and '-'. Symlinks are
never followed; hardlinks show up as regular files.

--self-as-root: print the caller's own uid/gid as 0, for a rootfs that
`umoci unpack --rootless` wrote (the container's root is the calling user).
"""
import hashlib
import os
import stat
import sys


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            h.update(chunk)
    return h.hexdigest()


def walk(root):
    """Yield (relative bytes path, absolute bytes path) for every entry below root."""
    stack = [b""]
    while stack:
        rel = stack.pop()
        with os.scandir((root + rel) or b"/") as it:
            for entry in it:
                child = rel + b"/" + entry.name
                yield child, root + child
                if entry.is_dir(follow_symlinks=False):
                    stack.append(child)


def main(argv):
    args = argv[1:]
    self_as_root = False
    if args and args[0] == "--self-as-root":
        self_as_root = True
        args = args[1:]
    if len(args) != 1:
        sys.stderr.write("usage: tree.py [--self-as-root] ROOTFS\n")
        return 2
    me = (os.getuid(), os.getgid())
    root = os.fsencode(args[0]).rstrip(b"/") or b"/"
    if root == b"/":
        root = b""
    if not os.path.isdir(root or b"/"):
        sys.stderr.write("tree.py: not a directory: %s\n" % args[0])
        return 2
    rows = []
    for rel, full in walk(root):
        st = os.lstat(full)
        m = st.st_mode
        if stat.S_ISREG(m):
            typ, size, last = "f", str(st.st_size), sha256_file(full)
        elif stat.S_ISDIR(m):
            typ, size, last = "d", "-", "-"
        elif stat.S_ISLNK(m):
            target = os.fsdecode(os.readlink(full))
            typ, size, last = "l", "-", "->" + target
        elif stat.S_ISCHR(m):
            typ, size, last = "c", "-", "-"
        elif stat.S_ISBLK(m):
            typ, size, last = "b", "-", "-"
        elif stat.S_ISFIFO(m):
            typ, size, last = "p", "-", "-"
        elif stat.S_ISSOCK(m):
            typ, size, last = "s", "-", "-"
        else:
            typ, size, last = "?", "-", "-"
        mode = 0o777 if typ == "l" else stat.S_IMODE(m)
        uid, gid = st.st_uid, st.st_gid
        if self_as_root:
            uid = 0 if uid == me[0] else uid
            gid = 0 if gid == me[1] else gid
        rows.append((rel, typ, "%04o" % mode, "%d:%d" % (uid, gid), size, last))
    rows.sort(key=lambda r: r[0])
    out = sys.stdout.buffer
    for rel, *rest in rows:
        name = rel.decode("utf-8", "surrogateescape")
        line = "\t".join([name] + rest) + "\n"
        out.write(line.encode("utf-8", "surrogateescape"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
