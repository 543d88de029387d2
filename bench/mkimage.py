#!/usr/bin/env python3
"""Input generators for bench/run.sh. Deterministic, offline, streaming (nothing big is staged on disk).

  mkimage.py select ROOTFS BUDGET_MB MAX_FILES SRC=DEST...
      Copy a budgeted, name-sorted selection of real files (dirs, regular files, symlinks) from
      each SRC into ROOTFS/DEST until BUDGET_MB or MAX_FILES is reached. Missing SRCs are skipped.
      Prints "files bytes" of what was copied.
  mkimage.py mutate ROOTFS SUBDIR EVERY SUFFIX
      Append a marker line to every EVERY-th regular file (name order) under ROOTFS/SUBDIR whose
      name ends with SUFFIX (an overwrite in the next layer). Prints how many were changed.
  mkimage.py bomb OUTDIR SIZE_BYTES
      One layer tar holding /zeros (SIZE_BYTES of zeros), compressed once with `gzip -9` and once
      with `zstd -3` from the same stream; writes OUTDIR/bomb-gzip.oci.tar and bomb-zstd.oci.tar
      (and the bare layer blobs OUTDIR/bomb-{gzip,zstd}.layer, for the decompression floor).
  mkimage.py restack OUT.oci.tar COPIES META_JSON
      The gzip layer of an `entries` image (META_JSON is its .meta.json) stacked COPIES times,
      each copy a distinct blob with the same diff_id (and the same paths).
  mkimage.py scale OUT.oci.tar COPIES LAYOUT
      The image of an OCI layout (run.sh's large-layout) COPIES times over in one image: copy K's
      layers hold every path under copyK/ (same files, deletions and overwrites), re-tarred and
      `gzip -1`ed. For memory flat in image size: the same shape, COPIES times the bytes.
  mkimage.py adversarial OUT.oci.tar MIB
      One gzip layer of three MIB-MiB files under /etc/cron.d made of a rule's trigger repeated
      (`curl `, `sh /dev/tcp/`, `nc -e `): many pattern hits to verify, none matching. The
      worst case for scan time per file.
  mkimage.py entries OUT.oci.tar N
      One gzip layer whose tar holds exactly N entries (dirs d0000.. plus empty files), written
      with tarfile in streaming mode (the bare layer blob is kept as OUT.oci.tar.layer.gz).
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile

EPOCH = 1700000000
CREATED = "2023-11-14T22:13:20Z"


# ------------------------------------------------------------------ select / mutate (real files)
def select(rootfs, budget_mb, max_files, pairs):
    budget = int(budget_mb) << 20
    max_files = int(max_files)
    files = 0
    total = 0
    for pair in pairs:
        src, dest = pair.split("=", 1)
        if not os.path.isdir(src):
            continue
        base = os.path.join(rootfs, dest.lstrip("/"))
        for dirpath, dirnames, filenames in os.walk(src):
            dirnames.sort()
            rel = os.path.relpath(dirpath, src)
            target_dir = os.path.normpath(os.path.join(base, rel))
            os.makedirs(target_dir, exist_ok=True)
            os.chmod(target_dir, stat.S_IMODE(os.lstat(dirpath).st_mode) | 0o700)
            for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
                if files >= max_files or total >= budget:
                    return files, total
                s = os.path.join(dirpath, name)
                t = os.path.join(target_dir, name)
                try:
                    st = os.lstat(s)
                    if stat.S_ISLNK(st.st_mode):
                        if not os.path.lexists(t):
                            os.symlink(os.readlink(s), t)
                    elif stat.S_ISREG(st.st_mode):
                        if st.st_size > budget - total:
                            continue
                        shutil.copyfile(s, t)
                        os.chmod(t, stat.S_IMODE(st.st_mode))
                        total += st.st_size
                    else:
                        continue
                except OSError:
                    continue
                files += 1
            # symlinked dirs were copied as links; do not descend into them
            dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(dirpath, d))]
    return files, total


def mutate(rootfs, subdir, every, suffix):
    every = int(every)
    top = os.path.join(rootfs, subdir.lstrip("/"))
    n = 0
    changed = 0
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            if not name.endswith(suffix) or os.path.islink(p) or not os.path.isfile(p):
                continue
            n += 1
            if n % every == 0:
                with open(p, "ab") as f:
                    f.write(b"\n# layerhound-bench: overwritten in a later layer\n")
                changed += 1
    return changed


# ------------------------------------------------------------------ image wrapping (by hand)
class Tee(io.RawIOBase):
    """Write-only stream: hashes and counts what passes (the diff_id), copies it to pipes."""

    def __init__(self, sinks):
        self.sinks = sinks
        self.sha = hashlib.sha256()
        self.size = 0

    def writable(self):
        return True

    def write(self, b):
        self.sha.update(b)
        self.size += len(b)
        for s in self.sinks:
            s.write(b)
        return len(b)


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest(), os.path.getsize(path)


def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = EPOCH
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))


def write_oci_layers(out, blobs, diff_ids, layer_media, ref, history):
    """An OCI image layout, as one tar, around layer blobs already on disk (in order, with their
    diff_ids and one history line each). Returns each blob's (digest, size)."""
    layers = [file_sha256(b) for b in blobs]
    config = {
        "created": CREATED,
        "architecture": "amd64",
        "os": "linux",
        "config": {"Cmd": ["/bin/true"]},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + d for d in diff_ids]},
        "history": [{"created": CREATED, "created_by": line} for line in history],
    }
    config_b = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_d = hashlib.sha256(config_b).hexdigest()
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + config_d, "size": len(config_b)},
        "layers": [{"mediaType": layer_media, "digest": "sha256:" + d, "size": n} for d, n in layers],
    }
    manifest_b = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    manifest_d = hashlib.sha256(manifest_b).hexdigest()
    index = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [
            {
                "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "digest": "sha256:" + manifest_d,
                "size": len(manifest_b),
                "annotations": {"org.opencontainers.image.ref.name": ref},
            }
        ],
    }
    tmp = out + ".part"
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
        add_bytes(tar, "oci-layout", b'{"imageLayoutVersion":"1.0.0"}')
        add_bytes(tar, "index.json", json.dumps(index, sort_keys=True).encode())
        for d in ("blobs", "blobs/sha256"):
            info = tarfile.TarInfo(d)
            info.type = tarfile.DIRTYPE
            info.mode = 0o755
            info.mtime = EPOCH
            tar.addfile(info)
        add_bytes(tar, "blobs/sha256/" + manifest_d, manifest_b)
        add_bytes(tar, "blobs/sha256/" + config_d, config_b)
        for blob, (digest, size) in zip(blobs, layers):
            info = tarfile.TarInfo("blobs/sha256/" + digest)
            info.size = size
            info.mtime = EPOCH
            info.mode = 0o644
            with open(blob, "rb") as f:
                tar.addfile(info, f)
    os.replace(tmp, out)
    return layers


def write_oci_archive(out, layer_blob, layer_media, diff_id, ref, created_by, copies=1):
    """An OCI image layout, as one tar, around one layer blob already on disk. With copies > 1
    the layer is stacked that many times, each copy a distinct blob (another gzip MTIME header
    field, so another digest) with the same diff_id: every copy is read, and re-adds every path."""
    blobs = [layer_blob]
    if copies > 1:
        with open(layer_blob, "rb") as f:
            head = f.read(8)
        assert head[:2] == b"\x1f\x8b", "copies need a gzip layer"
        for i in range(1, copies):
            copy = f"{layer_blob}.copy{i}"
            shutil.copyfile(layer_blob, copy)
            with open(copy, "r+b") as f:
                f.seek(4)
                f.write((EPOCH + i).to_bytes(4, "little"))
            blobs.append(copy)
    layers = write_oci_layers(out, blobs, [diff_id] * len(blobs), layer_media, ref, [f"{created_by} (copy {i})" for i in range(len(blobs))])
    for blob in blobs[1:]:
        os.remove(blob)
    return {"layer_digest": layers[0][0], "layer_size": layers[0][1], "diff_id": diff_id, "layers": len(layers)}


def compressors(names, tmpdir, gzip_level="-1"):
    procs = []
    for name in names:
        path = os.path.join(tmpdir, "layer." + name)
        cmd = {"gzip": ["gzip", gzip_level, "-n", "-c"], "zstd": ["zstd", "-3", "-q", "-c", "-T1"]}[name]
        f = open(path, "wb")
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=f, bufsize=1 << 20)
        procs.append((name, path, p, f))
    return procs


def finish(procs):
    for name, _, p, f in procs:
        p.stdin.close()
        if p.wait() != 0:
            sys.exit(f"{name} failed")
        f.close()


MEDIA = {"gzip": "application/vnd.oci.image.layer.v1.tar+gzip", "zstd": "application/vnd.oci.image.layer.v1.tar+zstd"}


def bomb(outdir, size):
    size = int(size)
    kinds = ["gzip", "zstd"] if shutil.which("zstd") else ["gzip"]
    with tempfile.TemporaryDirectory(dir=outdir) as tmp:
        procs = compressors(kinds, tmp, "-9")  # -9: gzip's best ratio on zeros, ~1030:1
        tee = Tee([p.stdin for _, _, p, _ in procs])
        info = tarfile.TarInfo("zeros")  # > 8 GiB - 1 needs a PAX size record: tarfile adds it
        info.size = size
        info.mode = 0o644
        info.mtime = EPOCH
        tee.write(info.tobuf(format=tarfile.PAX_FORMAT))
        zero = bytes(1 << 20)
        left = size
        while left:
            n = min(left, len(zero))
            tee.write(zero[:n] if n < len(zero) else zero)
            left -= n
        tee.write(bytes((-size) % 512 + 1024))  # padding + end-of-archive blocks
        finish(procs)
        diff_id = tee.sha.hexdigest()
        out = {}
        for name, path, _, _ in procs:
            dest = os.path.join(outdir, f"bomb-{name}.oci.tar")
            meta = write_oci_archive(dest, path, MEDIA[name], diff_id, f"bomb-{name}", f"zeros: {size} bytes, {name}")
            blob = os.path.join(outdir, f"bomb-{name}.layer")
            os.replace(path, blob)
            meta.update(uncompressed=tee.size, archive=dest, blob=blob)
            out[name] = meta
    print(json.dumps(out))


def entries(out, n):
    n = int(n)
    dirs = max(1, n // 1000)
    outdir = os.path.dirname(os.path.abspath(out))
    with tempfile.TemporaryDirectory(dir=outdir) as tmp:
        procs = compressors(["gzip"], tmp)
        tee = Tee([procs[0][2].stdin])
        buf = io.BufferedWriter(tee, buffer_size=1 << 20)
        written = 0
        with tarfile.open(fileobj=buf, mode="w|", format=tarfile.USTAR_FORMAT) as tar:
            per_dir = -(-(n - dirs) // dirs)
            files = n - dirs
            for d in range(dirs):
                info = tarfile.TarInfo(f"d{d:04d}")
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                info.mtime = EPOCH
                tar.addfile(info)
                written += 1
                for i in range(min(per_dir, files)):
                    info = tarfile.TarInfo(f"d{d:04d}/f{i:06d}")
                    info.mode = 0o644
                    info.mtime = EPOCH
                    tar.addfile(info)
                    written += 1
                files -= min(per_dir, files)
        buf.flush()
        finish(procs)
        assert written == n, (written, n)
        meta = write_oci_archive(out, procs[0][1], MEDIA["gzip"], tee.sha.hexdigest(), f"entries-{n}", f"{n} entries")
        os.replace(procs[0][1], out + ".layer.gz")
        meta.update(uncompressed=tee.size, archive=out, blob=out + ".layer.gz", entries=written)
    print(json.dumps(meta))


def adversarial(out, mib):
    size = int(mib) << 20
    outdir = os.path.dirname(os.path.abspath(out))
    with tempfile.TemporaryDirectory(dir=outdir) as tmp:
        procs = compressors(["gzip"], tmp)
        tee = Tee([procs[0][2].stdin])
        buf = io.BufferedWriter(tee, buffer_size=1 << 20)
        with tarfile.open(fileobj=buf, mode="w|", format=tarfile.USTAR_FORMAT) as tar:
            for name, unit in [("curl", b"curl "), ("devtcp", b"sh /dev/tcp/"), ("netcat", b"nc -e ")]:
                add_bytes(tar, f"etc/cron.d/{name}", unit * (size // len(unit)))
        buf.flush()
        finish(procs)
        meta = write_oci_archive(out, procs[0][1], MEDIA["gzip"], tee.sha.hexdigest(), "adversarial", "repeated rule triggers")
        meta.update(uncompressed=tee.size, archive=out)
    print(json.dumps(meta))


def restack(out, copies, meta_json):
    """OUT.oci.tar: the layer described by META_JSON (from `entries`) stacked COPIES times."""
    with open(meta_json) as f:
        meta = json.load(f)
    r = write_oci_archive(out, meta["blob"], MEDIA["gzip"], meta["diff_id"], f"restack-{copies}", "same entries again", int(copies))
    r.update(uncompressed=meta["uncompressed"] * int(copies), archive=out, entries=meta["entries"] * int(copies))
    print(json.dumps(r))


class HashingWriter:
    """Passes writes on to a pipe, hashing them (a layer's diff_id) and counting them."""

    def __init__(self, out):
        self.out, self.sha, self.size = out, hashlib.sha256(), 0

    def write(self, data):
        self.sha.update(data)
        self.size += len(data)
        return self.out.write(data)


def relative(name):
    """A tar member name without its leading `./` or `/`."""
    return name[2:] if name.startswith("./") else name.lstrip("/")


def scale(out, copies, layout):
    """OUT.oci.tar: the image of the OCI LAYOUT (its first manifest) COPIES times over, copy K's
    layers with every path (and hardlink target) under copyK/: the same files, deletions and
    overwrites, COPIES times the bytes and entries. Each layer is re-tarred and `gzip -1`ed."""
    copies = int(copies)
    with open(os.path.join(layout, "index.json")) as f:
        manifest_digest = json.load(f)["manifests"][0]["digest"].split(":")[1]
    with open(os.path.join(layout, "blobs", "sha256", manifest_digest)) as f:
        sources = [os.path.join(layout, "blobs", "sha256", layer["digest"].split(":")[1]) for layer in json.load(f)["layers"]]
    tmpdir = tempfile.mkdtemp(prefix="scale-", dir=os.path.dirname(os.path.abspath(out)))
    blobs, diff_ids, history, uncompressed = [], [], [], 0
    try:
        for k in range(copies):
            for n, source in enumerate(sources):
                path = os.path.join(tmpdir, f"layer-{k}-{n}.gz")
                with open(path, "wb") as f:
                    gz = subprocess.Popen(["gzip", "-1", "-n", "-c"], stdin=subprocess.PIPE, stdout=f, bufsize=1 << 20)
                    sink = HashingWriter(gz.stdin)
                    with tarfile.open(source, "r|gz") as tin, tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tout:
                        for member in tin:
                            member.name = f"copy{k}/{relative(member.name)}"
                            if member.islnk():
                                member.linkname = f"copy{k}/{relative(member.linkname)}"
                            tout.addfile(member, tin.extractfile(member) if member.isreg() else None)
                    gz.stdin.close()
                    if gz.wait() != 0:
                        sys.exit("gzip failed")
                blobs.append(path)
                diff_ids.append(sink.sha.hexdigest())
                history.append(f"copy {k} of layer {n}")
                uncompressed += sink.size
        layers = write_oci_layers(out, blobs, diff_ids, MEDIA["gzip"], f"scale-{copies}", history)
    finally:
        shutil.rmtree(tmpdir)
    print(json.dumps({"archive": out, "layers": len(layers), "compressed": sum(size for _, size in layers), "uncompressed": uncompressed}))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "select":
        files, total = select(args[0], args[1], args[2], args[3:])
        print(files, total)
    elif cmd == "mutate":
        print(mutate(*args))
    elif cmd == "bomb":
        bomb(*args)
    elif cmd == "entries":
        entries(*args)
    elif cmd == "adversarial":
        adversarial(*args)
    elif cmd == "restack":
        restack(*args)
    elif cmd == "scale":
        scale(*args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
