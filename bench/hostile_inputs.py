#!/usr/bin/env python3
"""The large inputs of issue 26's bounds, written as image tarballs to OUTDIR, for measuring
peak RSS by hand (`/usr/bin/time -v layerhound scan FILE`): tests/hostile.rs builds the same
in code and checks the report, but a test cannot measure its own process's peak fairly.

  history.tar  a config of 1,000,000 history entries (33 MB of JSON)
  env.tar      a config whose Env holds a 50 MB string
  layers.tar   a manifest.json naming 20,000 layers
  xattrs.tar   one entry with 10,000 extended attributes
"""

import hashlib
import io
import json
import os
import sys
import tarfile


def sha(data):
    return hashlib.sha256(data).hexdigest()


def tar_of(members):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as t:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return out.getvalue()


def oci(layer, config):
    config_desc = {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + sha(config), "size": len(config)}
    layer_desc = {"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": "sha256:" + sha(layer), "size": len(layer)}
    manifest = json.dumps({"schemaVersion": 2, "config": config_desc, "layers": [layer_desc]}).encode()
    index = json.dumps({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + sha(manifest), "size": len(manifest)}]}).encode()
    return tar_of([
        ("blobs/sha256/" + sha(layer), layer),
        ("blobs/sha256/" + sha(config), config),
        ("blobs/sha256/" + sha(manifest), manifest),
        ("index.json", index),
    ])


def main():
    out = sys.argv[1]
    layer = tar_of([("etc/hostname", b"host\n")])
    diff_ids = {"type": "layers", "diff_ids": ["sha256:" + sha(layer)]}
    history = b'{"architecture":"amd64","os":"linux","rootfs":' + json.dumps(diff_ids).encode() + b',"history":['
    history += b",".join([b'{"created_by":"RUN echo history entry","empty_layer":true}'] * 1_000_000) + b"]}"
    env = json.dumps({"architecture": "amd64", "os": "linux", "config": {"Env": ["PATH=/bin", "LOREM=" + "A" * (50 << 20)]}, "rootfs": diff_ids}).encode()
    docker_config = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": diff_ids}).encode()
    layers = json.dumps([{"Config": "config.json", "Layers": ["layer.tar"] * 20_000, "RepoTags": ["many:layers"]}]).encode()
    records = b""
    for i in range(10_000):
        body = b" SCHILY.xattr.user.attr%d=value\n" % i
        n = len(body) + 1
        while len(str(n)) + len(body) != n:
            n += 1
        records += str(n).encode() + body
    xattr_layer = bytearray()
    header = tarfile.TarInfo("PaxHeaders/f")
    header.type = tarfile.XHDTYPE
    header.size = len(records)
    xattr_layer += header.tobuf(tarfile.USTAR_FORMAT) + records + b"\0" * (-len(records) % 512)
    plain = tarfile.TarInfo("f")
    plain.size = 1
    xattr_layer += plain.tobuf(tarfile.USTAR_FORMAT) + b"x" + b"\0" * 511 + b"\0" * 1024
    xattr_layer = bytes(xattr_layer)
    xattr_config = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": ["sha256:" + sha(xattr_layer)]}}).encode()
    for name, data in [
        ("history.tar", oci(layer, history)),
        ("env.tar", oci(layer, env)),
        ("layers.tar", tar_of([("config.json", docker_config), ("layer.tar", layer), ("manifest.json", layers)])),
        ("xattrs.tar", oci(xattr_layer, xattr_config)),
    ]:
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


main()
