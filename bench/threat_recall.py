#!/usr/bin/env python3
"""Recall of `layerhound scan` on real attacker artefacts (tests/data/threats-corpus) and its
quiet on real benign look-alikes (tests/data/benign-corpus).

    python3 bench/threat_recall.py /work/bin/layerhound [--split dev|holdout|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24|holdout25|holdout26|all] [--json OUT]

Every artefact of the chosen split is planted, at the image path its MANIFEST row gives, in real
images built with umoci in one OCI layout (one tag per layer state, sharing a base layer):

    present      added by an upper layer and still there
    deleted      added by one layer, removed (whiteout) by the next
    overwritten  added by one layer, replaced with other bytes by the next
    zip, tar.gz  inside /var/backups/site.zip and /var/backups/site.tar.gz (paths kept)

plus, when buildah is on PATH (it needs root), the `present` tree again as a buildah-built
docker-archive. The benign corpus is planted in a tag of its own. One `layerhound scan` of both
images; an artefact is found in a state when a finding of medium severity or more has a location
at its path (and, for archives, the member). Recall is reported per class and per family, each
split apart (the hold-out families were drawn before any rule of their round was written: measure
them only at the end), and every high or critical finding on the benign corpus is listed.

Needs python3 (stdlib), umoci; buildah optional. Scratch goes to --workdir (a temporary
directory by default, removed unless --keep).
"""

import argparse
import collections
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
THREATS = os.path.join(ROOT, "tests", "data", "threats-corpus")
BENIGN = os.path.join(ROOT, "tests", "data", "benign-corpus")
STATES = ["present", "deleted", "overwritten", "zip", "tar.gz"]
ARCHIVES = {"zip": "/var/backups/site.zip", "tar.gz": "/var/backups/site.tar.gz"}
LOUD = ("high", "critical")
# `holdout` and `holdout3` to `holdout26` are whole families drawn before the rules of their round were written
# (README of the corpus); they are measured apart so that each keeps predicting.
SPLITS = ["dev", "holdout", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26"]
FOUND = ("medium", "high", "critical")
# The report's categories that name each corpus class: "found with its class named" needs one of
# them on a finding of medium or more at the artefact. Generic words (malware, obfuscation,
# downloader) name no class.
CLASS_CATEGORIES = {
    "miner": {"cryptominer"},
    "backdoor": {"backdoor", "persistence", "reverse-shell", "remote-access"},
    "credential-theft": {"credential-theft"},
    "webshell": {"webshell"},
    "proxy-avoidance": {"tunnel"},
    "dns-hijack": {"hijack"},
    "redirector": {"hijack"},
    "botnet": {"botnet"},
    "campaign-ioc": {"suspicious-domain", "cryptominer", "hijack", "ioc"},
    "host-escape": {"container-escape", "privilege-escalation"},
}
# Fixed metadata so that two runs build the same bytes.
EPOCH = 1700000000


def manifest(directory):
    with open(os.path.join(directory, "MANIFEST.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


class Layout:
    """An OCI layout built with umoci: `edit(tag, fn, created_by)` unpacks the tag, lets `fn`
    change the root filesystem, and repacks the change as one layer."""

    def __init__(self, workdir):
        self.path = os.path.join(workdir, "layout")
        self.bundle = os.path.join(workdir, "bundle")
        self.rootless = [] if os.geteuid() == 0 else ["--rootless"]
        run(["umoci", "init", "--layout", self.path])
        run(["umoci", "new", "--image", self.ref("base")])
        run(["umoci", "config", "--no-history", "--architecture", "amd64", "--os", "linux", "--image", self.ref("base")])

    def ref(self, tag):
        return f"{self.path}:{tag}"

    def tag(self, source, tag):
        run(["umoci", "tag", "--image", self.ref(source), tag])

    def edit(self, tag, change, created_by):
        shutil.rmtree(self.bundle, ignore_errors=True)
        run(["umoci", "unpack", *self.rootless, "--image", self.ref(tag), self.bundle])
        change(os.path.join(self.bundle, "rootfs"))
        run(["umoci", "repack", "--history.created_by", created_by, "--image", self.ref(tag), self.bundle])
        shutil.rmtree(self.bundle, ignore_errors=True)

    def pack(self, out):
        run(["umoci", "rm", "--image", self.ref("base")])
        run(["umoci", "gc", "--layout", self.path])
        run(["tar", "--sort=name", "--numeric-owner", "--owner=0", "--group=0", "-C", self.path, "-cf", out, "."])


def write(rootfs, image_path, data):
    dest = os.path.join(rootfs, image_path.lstrip("/"))
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    if os.path.lexists(dest):
        os.remove(dest)
    with open(dest, "wb") as f:
        f.write(data)
    # Never executable: the corpus is evidence, not tooling.
    os.chmod(dest, 0o644)


def base_files(rootfs):
    write(rootfs, "/etc/passwd", b"root:x:0:0:root:/root:/bin/sh\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n")
    write(rootfs, "/etc/hosts", b"127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n")
    write(rootfs, "/etc/resolv.conf", b"# Generated by Docker\nnameserver 127.0.0.11\noptions ndots:0\n")
    write(rootfs, "/var/www/html/index.html", b"<html><body>It works</body></html>\n")


def read(directory, row):
    with open(os.path.join(directory, row["file"]), "rb") as f:
        return f.read()


def archive_bytes(kind, members):
    """A zip or tar.gz holding every (image path, bytes) at its path without the leading /."""
    buf = io.BytesIO()
    if kind == "zip":
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for path, data in members:
                info = zipfile.ZipInfo(path.lstrip("/"), date_time=(2023, 11, 14, 22, 13, 20))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, data)
    else:
        with tarfile.open(fileobj=buf, mode="w:gz") as t:
            for path, data in members:
                info = tarfile.TarInfo(path.lstrip("/"))
                info.size, info.mode, info.mtime = len(data), 0o644, EPOCH
                t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def build(workdir, threats, benign, with_buildah):
    """Build the images; returns [(input file, {image ref: state})]."""
    # Two artefacts at one path would hide each other (splits are checked apart from one
    # another, not against each other: `--split all` can meet this).
    planted = {}
    for row in threats:
        if row["plant"] in planted:
            sys.exit(f"threat_recall.py: {planted[row['plant']]} and {row['file']} are both planted at "
                     f"{row['plant']}: measure their splits one at a time")
        planted[row["plant"]] = row["file"]
    layout = Layout(workdir)
    layout.edit("base", base_files, "/bin/sh -c #(nop) ADD file:base in / ")
    files = [(row["plant"], read(THREATS, row)) for row in threats]

    def plant(rootfs):
        for path, data in files:
            write(rootfs, path, data)

    def remove(rootfs):
        for path, _ in files:
            os.remove(os.path.join(rootfs, path.lstrip("/")))

    def overwrite(rootfs):
        for path, _ in files:
            write(rootfs, path, b"# replaced by the next build step\n")

    for state in ("present", "deleted", "overwritten"):
        layout.tag("base", state)
        layout.edit(state, plant, "/bin/sh -c #(nop) COPY dir:site in / ")
    layout.edit("deleted", remove, "/bin/sh -c rm -rf /tmp/.x /var/www/html/wp-content")
    layout.edit("overwritten", overwrite, "/bin/sh -c #(nop) COPY dir:clean in / ")
    for state, path in ARCHIVES.items():
        layout.tag("base", state)
        blob = archive_bytes(state, files)
        layout.edit(state, lambda rootfs, p=path, b=blob: write(rootfs, p, b), "/bin/sh -c #(nop) COPY file:backup in /var/backups/ ")
    layout.tag("base", "benign")
    layout.edit("benign", lambda rootfs: [write(rootfs, row["plant"], read(BENIGN, row)) for row in benign], "/bin/sh -c #(nop) COPY dir:docs in / ")
    oci = os.path.join(workdir, "corpus.oci.tar")
    layout.pack(oci)
    inputs = [(oci, {s: s for s in STATES} | {"benign": "benign"})]
    if with_buildah:
        inputs.append((buildah_image(workdir, files), {"localhost/recall:buildah": "present (buildah)"}))
    return inputs


def buildah_image(workdir, files):
    """The `present` tree as one layer over a base layer, built by buildah (containers/storage
    computes the diffs) and pushed as a docker-archive."""
    b = ["buildah", "--root", os.path.join(workdir, "store"), "--runroot", os.path.join(workdir, "run"), "--storage-driver", "vfs"]
    base = os.path.join(workdir, "buildah-base")
    base_files(base)
    ctr = run(b + ["from", "scratch"]).stdout.decode().strip()
    try:
        run(b + ["copy", ctr, base, "/"])
        run(b + ["commit", "-q", ctr, "recall-base"])
    finally:
        run(b + ["rm", ctr])
    ctr = run(b + ["from", "recall-base"]).stdout.decode().strip()
    try:
        mount = run(b + ["mount", ctr]).stdout.decode().strip()
        for path, data in files:
            write(mount, path, data)
        run(b + ["umount", ctr])
        run(b + ["commit", "-q", ctr, "recall:buildah"])
    finally:
        run(b + ["rm", ctr])
    out = os.path.join(workdir, "buildah.docker.tar")
    run(b + ["push", "-q", "recall:buildah", f"docker-archive:{out}:localhost/recall:buildah"])
    run(b + ["rm", "--all"])
    return out


def scan(layerhound, inputs, workdir, extra):
    out = os.path.join(workdir, "report.json")
    cmd = [layerhound, "scan", *[path for path, _ in inputs], "--format", "json", "-o", out, *extra]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Exit status 1 means findings at the fail-on level; anything else is an error.
    if proc.returncode not in (0, 1) or not os.path.exists(out):
        sys.exit(f"{' '.join(cmd)}: exit {proc.returncode}\n{proc.stderr.decode(errors='replace')[-4000:]}")
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def sightings(report, inputs):
    """{state: [(path, nested, severity, rule, category)]} from the report."""
    states = {}
    for path, refs in inputs:
        states.update({(os.path.basename(path), ref): state for ref, state in refs.items()})
    out = collections.defaultdict(list)
    for source in report["inputs"]:
        for image in source["images"]:
            name = os.path.basename(source["path"])
            state = next((states[(name, ref)] for ref in image.get("refs", []) if (name, ref) in states), None)
            if state is None:
                # A layout tag is reported by its name; docker-archive refs by repository:tag.
                state = next((s for (n, ref), s in states.items() if n == name and any(r.endswith(ref) for r in image.get("refs", []))), None)
            if state is None:
                continue
            for finding in image["findings"]:
                rule = f'{finding["detector"]["namespace"]}:{finding["detector"]["rule"]}'
                for at in finding["locations"]:
                    if at.get("path") is not None:
                        out[state].append((at["path"], at.get("nested", []), finding["severity"], rule, finding.get("category")))
    return out


def found_in(seen, row, state):
    """The strongest finding for `row` in `state` and whether a finding of medium or more names
    its class: (severity, rule, class_named) or None."""
    rank = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
    best = None
    named = False
    for path, nested, severity, rule, category in seen:
        if state in ARCHIVES:
            hit = path == ARCHIVES[state] and bool(nested) and nested[-1].lstrip("/") == row["plant"].lstrip("/")
        else:
            hit = path == row["plant"] and not nested
        if hit and severity in FOUND and category in CLASS_CATEGORIES.get(row["class"], ()):
            named = True
        if hit and (best is None or rank[severity] > rank[best[0]]):
            best = (severity, rule)
    return best + (named,) if best else None


def summarise(rows, seen, states):
    per = {}
    for row in rows:
        results = {}
        for state in states:
            hit = found_in(seen.get(state, []), row, state)
            results[state] = hit
        per[row["file"]] = results
    return per


def table(rows, per, states, key):
    groups = collections.defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    lines = []
    for name in sorted(groups):
        cells = []
        for state in states:
            n = len(groups[name])
            hit = sum(1 for row in groups[name] if (per[row["file"]][state] or ("low",))[0] in FOUND)
            cells.append(f"{hit}/{n}")
        lines.append((name, cells))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("layerhound", help="path of the layerhound binary")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("--no-buildah", action="store_true", help="skip the buildah image")
    parser.add_argument("--workdir")
    parser.add_argument("--keep", action="store_true", help="keep the images and the report")
    parser.add_argument("--json", help="write the per-artefact results here")
    parser.add_argument("--misses", action="store_true", help="list every missed artefact and state")
    parser.add_argument("--rules", action="append", default=[], help="passed to `layerhound scan --rules` (repeatable)")
    args = parser.parse_args()

    threats = manifest(THREATS)
    if args.split != "all":
        threats = [row for row in threats if row["split"] == args.split]
    benign = manifest(BENIGN)
    with_buildah = not args.no_buildah and shutil.which("buildah") is not None and os.geteuid() == 0
    workdir = args.workdir or tempfile.mkdtemp(prefix="layerhound-recall.")
    os.makedirs(workdir, exist_ok=True)
    try:
        inputs = build(workdir, threats, benign, with_buildah)
        extra = [arg for path in args.rules for arg in ("--rules", os.path.abspath(path))]
        report = scan(os.path.abspath(args.layerhound), inputs, workdir, extra)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    seen = sightings(report, inputs)
    states = STATES + (["present (buildah)"] if with_buildah else [])
    per = summarise(threats, seen, states)

    splits = SPLITS if args.split == "all" else [args.split]
    header = "| " + " | ".join(["", *states]) + " |\n|" + "---|" * (len(states) + 1)
    for split in splits:
        rows = [row for row in threats if row["split"] == split]
        total = sum(1 for row in rows for s in states if (per[row["file"]][s] or ("low",))[0] in FOUND)
        loud = sum(1 for row in rows for s in states if (per[row["file"]][s] or ("low",))[0] in LOUD)
        named = sum(1 for row in rows for s in states if per[row["file"]][s] and per[row["file"]][s][2])
        print(f"\n## {split}: {len(rows)} artefacts x {len(states)} states: found {total}/{len(rows) * len(states)} "
              f"({100 * total / max(1, len(rows) * len(states)):.0f} %), {loud} at high or critical, "
              f"{named} with the class named\n")
        print("By class (found at medium or more / planted):\n")
        print(header)
        for name, cells in table(rows, per, states, lambda r: r["class"]):
            print(f"| {name} | " + " | ".join(cells) + " |")
        print("\nBy family:\n")
        print(header)
        for name, cells in table(rows, per, states, lambda r: f'{r["class"]}/{r["family"]}'):
            print(f"| {name} | " + " | ".join(cells) + " |")
        if args.misses:
            print("\nMissed (file: states):")
            for row in rows:
                missed = [s for s in states if (per[row["file"]][s] or ("low",))[0] not in FOUND]
                if missed:
                    print(f'  {row["file"]}: {", ".join(missed)}')
            print("\nFound without the class named (file: strongest rule):")
            for row in rows:
                unnamed = [per[row["file"]][s] for s in states if per[row["file"]][s] and per[row["file"]][s][0] in FOUND and not per[row["file"]][s][2]]
                if unnamed:
                    print(f'  {row["class"]} {row["file"]}: {unnamed[0][1]}')

    benign_plants = {row["plant"]: row["file"] for row in benign}
    loud_benign = sorted({(path, severity, rule) for path, nested, severity, rule, _ in seen.get("benign", []) if severity in LOUD and path in benign_plants})
    print(f"\n## benign corpus: {len(benign)} files, {len(loud_benign)} high or critical findings")
    for path, severity, rule in loud_benign:
        print(f"  {severity} {rule} {path}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            rows = {row["file"]: {k: row[k] for k in ("class", "family", "split")} | {"states": per[row["file"]]} for row in threats}
            json.dump({"states": states, "threats": rows, "benign_loud": loud_benign}, f, indent=1)


if __name__ == "__main__":
    main()
