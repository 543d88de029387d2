#!/usr/bin/env python3
"""Seeds for the fuzz targets, written to OUT/<target>/: layer blobs and JSON members taken from
the image tarballs given (samples/, the shared fixtures), and hostile tars built here byte by
byte (malformed PAX records, odd typeflags, numbers out of range, xattrs, global headers),
the kinds of input tests/hostile.rs builds. Only inputs up to MAX bytes are kept."""

import bz2
import gzip
import hashlib
import io
import lzma
import os
import sys
import tarfile
import zipfile

MAX = 256 << 10


def save(out, target, data):
    if len(data) > MAX:
        return
    directory = os.path.join(out, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def header(name, typeflag, size, mtime=b"%011o\0" % 0, uid=b"0000000\0"):
    block = bytearray(512)
    block[0 : len(name)] = name
    block[100:108] = b"0000644\0"
    block[108:116] = uid
    block[116:124] = b"0000000\0"
    block[124:136] = b"%011o\0" % size
    block[136:148] = mtime
    block[156:157] = typeflag
    block[257:265] = b"ustar\x0000"
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def entry(name, typeflag, body=b"", **fields):
    padding = b"\0" * (-len(body) % 512)
    return header(name, typeflag, len(body), **fields) + body + padding


END = b"\0" * 1024


def hostile():
    plain = entry(b"etc/hostname", b"0", b"host\n")
    yield entry(b"PaxHeaders/x", b"x", b"99999999999999999999 size=1\n") + plain + END
    yield entry(b"PaxHeaders/x", b"x", b"-5 size=1\n") + plain + END
    yield entry(b"PaxHeaders/x", b"x", b"0 size=1\n") + plain + END
    yield entry(b"PaxHeaders/x", b"x", b"500 path=evil\n") + plain + END
    yield entry(b"PaxHeaders/x", b"x", b"12 mtime=nan\n14 mtime=1e400\n") + plain + END
    yield entry(b"PaxHeaders/x", b"x", b"13 path=first\n14 path=second\n") + plain + END
    yield entry(b"PaxHeaders/x", b"x", b"9 size=9\n9 size=1\n") + entry(b"d/", b"5") + END
    yield entry(b"PaxHeaders/x", b"x", b"30 SCHILY.xattr.user.a=value\n") + plain + END
    yield entry(b"pax_global_header", b"g", b"13 path=glob\n10 uid=0\n") + plain + END
    yield entry(b"SolarisHeaders/x", b"X", b"21 path=etc/shadow\n") + plain + END
    for typeflag in b"VMNDAEIZ":
        yield entry(b"odd-" + bytes([typeflag]), bytes([typeflag]), b"body") + plain + END
    yield header(b"big-mtime", b"0", 0, mtime=b"\x80" + b"\0" * 3 + b"\x01" + b"\0" * 7) + END
    yield header(b"neg-mtime", b"0", 0, mtime=b"\xff" * 12) + END
    yield header(b"big-uid", b"0", 0, uid=b"\x80\0\x01\0\0\0\0\0") + END
    yield entry(b"././@LongLink", b"L", b"a-long-name\0") + plain + END
    yield entry(b"dir/", b"5", plain) + END
    yield plain + END + plain


def json_members(tar_bytes):
    """manifest.json, index.json, repositories and JSON blobs of an image tarball, with the
    role byte image_json reads."""
    try:
        with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as t:
            for member in t.getmembers():
                if not member.isfile() or member.size > MAX:
                    continue
                data = t.extractfile(member).read()
                name = member.name.lstrip("./")
                if name == "manifest.json":
                    yield bytes([0]) + data
                elif name == "index.json":
                    yield bytes([1]) + data
                elif name == "repositories":
                    yield bytes([4]) + data
                elif data[:1] == b"{":
                    role = 2 if b'"layers"' in data else 3
                    yield bytes([role]) + data
    except (tarfile.TarError, EOFError, OSError):
        return


def layers(tar_bytes):
    try:
        with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as t:
            for member in t.getmembers():
                if member.isfile() and 0 < member.size <= MAX:
                    data = t.extractfile(member).read()
                    if data[:1] != b"{":
                        yield data
    except (tarfile.TarError, EOFError, OSError):
        return


def nested():
    inner = entry(b"a.txt", b"0", b"secret\n") + END
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "secret\n")
        z.writestr("inner.tar", inner)
    yield zipped.getvalue()
    yield gzip.compress(inner)
    yield lzma.compress(inner)
    yield bz2.compress(inner)
    yield inner
    yield b"MZ prefix" + zipped.getvalue()


def main():
    out, sources = sys.argv[1], sys.argv[2:]
    for data in hostile():
        for target in ("tarstream", "layer", "archive"):
            save(out, target, data)
        save(out, "layer", gzip.compress(data))
    for data in nested():
        save(out, "nested", data)
    for source in sources:
        for root, _, files in os.walk(source):
            for name in sorted(files):
                path = os.path.join(root, name)
                if os.path.getsize(path) > 64 << 20:
                    continue
                with open(path, "rb") as f:
                    data = f.read()
                if name.endswith(".gz"):
                    try:
                        data = gzip.decompress(data)
                    except OSError:
                        continue
                save(out, "archive", data)
                save(out, "nested", data)
                for json in json_members(data):
                    save(out, "image_json", json)
                for layer in layers(data):
                    save(out, "layer", layer)
                    save(out, "tarstream", layer)
                    save(out, "nested", layer)


main()
