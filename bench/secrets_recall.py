#!/usr/bin/env python3
"""Secret recall on other scanners' test data, measured the way the evaluation does it.

    python3 bench/secrets_recall.py /work/bin/layerhound [--corpus NAME=FILE ...] [--tools umoci,skopeo,buildah]

Every token of each corpus (tests/data/secrets-corpus/: dev*.jsonl, holdout*.jsonl.gz) is planted, in the
context it came with, in real images built by other tools, in every state:

  present      a file of layer 1
  deleted      a file of layer 1 that layer 2 deletes (a whiteout)
  overwritten  a file of layer 1 that layer 2 replaces
  jar          a file inside a jar of layer 1
  tar.gz       a file inside a tar.gz of layer 1
  env          the image config's Env (single-line tokens only)

Images: umoci builds an OCI layout (scanned as a tar of the layout), skopeo copies it to a
docker-archive, buildah builds the same tree itself (containers/storage writes the whiteouts) and
pushes a docker-archive. Env names come from the key the token had in its context (`api_key = ...`
gives API_KEY) and the value is the token, or the URL holding it when the token is a URL's
password (`MONGODB_URI=mongodb://user:TOKEN@host`); a name already taken gets the provider's name in front (SIMVOLY_TOKEN), and
names still used by several tokens go to extra config-only images, one name per image.
(buildah's `config --env` expands `$name` inside a value: a token holding `$` reaches buildah's
image changed, and shows as a buildah-only Env miss.)

A token counts as found in a state when a finding of `layerhound scan IMAGE --format json
--show-secrets` (any detector) has a location in that state on the token's file (for archives:
the archive's path and the member in `nested`; for Env: a `config.env[...]` field) and its value
matches the token: equal, or one holds the other (blanks and a separator `-=:` at either end ignored; a reported part, such as the
password of a connection string, must be 8 characters or half the token). Recall is reported per corpus, per state, per image tool and per
provider. "Provider named" counts a token found by a provider's own detector (not `generic = true`)
or by a catch-all whose `secret.provider` (the service its key or a neighbouring name names)
matches the token's provider. Misses of a corpus named by --show-tokens are listed with their token texts; the others
(the held-out set) only by provider, so that the held-out set stays held out.

Standard library only. Needs umoci, skopeo and buildah on PATH (apt-get install umoci skopeo
buildah) and root for buildah's private vfs store. Images go to a temporary directory (--keep DIR
keeps them).
"""
import argparse
import collections
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile

STATES = ("present", "deleted", "overwritten", "jar", "tar.gz", "env")
REPORT_STATE = {"present": "present", "deleted": "deleted", "overwritten": "overwritten",
                "jar": "present", "tar.gz": "present", "env": "present"}
ROOT = "opt/corpus"
MANIFEST = b"Manifest-Version: 1.0\r\nCreated-By: secrets_recall\r\n\r\n"
EPOCH = 1700000000


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"failed ({r.returncode}): {' '.join(cmd[:6])} ...\n{r.stderr[-2000:]}")
    return r.stdout


def env_value(rec):
    """What goes in Env: the token, or the whole URL when the token is a URL's password
    (`MONGODB_URI=mongodb://app-user:TOKEN@host/db`, as a deployment sets it); planting the bare
    password named after the URL's user part (`APP_USER=TOKEN`) measured a variable no
    deployment has. Returns (value, the context before the value)."""
    ctx, tok = rec["context"], rec["token"]
    i = ctx.find(tok)
    if i < 0:
        return tok, ""
    m = re.search(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'@/]*:$", ctx[:i])
    if not m:
        return tok, ctx[:i]
    end = i + re.match(r"[^\s\"']*", ctx[i:]).end()
    return ctx[m.start():end], ctx[:m.start()]


def env_name(rec):
    """The key the token had in its context (`"api_key": "..."` -> API_KEY), else PROVIDER_TOKEN."""
    before = env_value(rec)[1]
    line = before.rsplit("\n", 1)[-1]
    m = re.search(r"([A-Za-z0-9_][\w.-]*)[\"']?\s*(?::=|=>|[:=])\s*[\"'(]?\s*$", line)
    name = m.group(1) if m else rec["provider"] + "_token"
    name = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()
    return name or "TOKEN"


class Plan:
    """Where each token goes, and the trees and Env lists that put it there."""

    def __init__(self, recs):
        self.recs = recs
        self.expect = []  # (rec index, state, key) with key = (report state, path, nested) or ("env", name)
        self.layer1 = {}  # path -> bytes
        self.delete = []
        self.overwrite = {}
        self.env_rounds = []  # list of {name: value}
        for n, r in enumerate(recs):
            name = r["file"]
            body = r["context"].encode() + (b"" if r["context"].endswith("\n") else b"\n")
            for st in ("present", "deleted", "overwritten"):
                p = f"{ROOT}/{st}/{r['id']}/{name}"
                self.layer1[p] = body
                self.expect.append((n, st, (REPORT_STATE[st], p, ())))
            self.delete.append(f"{ROOT}/deleted/{r['id']}")
            self.overwrite[f"{ROOT}/overwritten/{r['id']}/{name}"] = b"# rotated\n"
            member = f"BOOT-INF/classes/{name}"
            self.layer1[f"{ROOT}/jar/{r['id']}.jar"] = jar_bytes({member: body})
            self.expect.append((n, "jar", ("present", f"{ROOT}/jar/{r['id']}.jar", (member,))))
            member = f"config/{name}"
            self.layer1[f"{ROOT}/targz/{r['id']}.tar.gz"] = targz_bytes({member: body})
            self.expect.append((n, "tar.gz", ("present", f"{ROOT}/targz/{r['id']}.tar.gz", (member,))))
            if "\n" not in r["token"]:
                en = env_name(r)
                taken = self.env_rounds[0] if self.env_rounds else {}
                prov = re.sub(r"[^A-Za-z0-9]+", "_", r["provider"]).upper()
                if en in taken and prov not in en:
                    en = f"{prov}_{en}"  # as deployments name them when several share a key name
                for rnd in self.env_rounds:
                    if en not in rnd:
                        break
                else:
                    rnd = {}
                    self.env_rounds.append(rnd)
                value = env_value(r)[0]
                rnd[en] = value
                self.expect.append((n, "env", ("env", en, value)))

    def write_tree(self, root, files):
        for p, data in files.items():
            full = os.path.join(root, p)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
            os.utime(full, (EPOCH, EPOCH))


def jar_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("META-INF/MANIFEST.MF", (2023, 11, 14, 22, 13, 20)), MANIFEST)
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (2023, 11, 14, 22, 13, 20)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def targz_bytes(members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for name, data in members.items():
            ti = tarfile.TarInfo(name)
            ti.size, ti.mtime, ti.mode = len(data), EPOCH, 0o644
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


# --- image builders ---------------------------------------------------------------------------

def umoci_image(work, plan, env, with_files):
    """An OCI layout built with umoci: layer 1 the tree, layer 2 the deletions and overwrites."""
    lay, bun = os.path.join(work, "layout"), os.path.join(work, "bundle")
    shutil.rmtree(lay, ignore_errors=True)
    run(["umoci", "init", "--layout", lay])
    run(["umoci", "new", "--image", lay + ":img"])
    steps = [("plant", plan.layer1, [], {})] if with_files else [("readme", {"README": b"config only\n"}, [], {})]
    if with_files:
        steps.append(("rotate", {}, plan.delete, plan.overwrite))
    for created_by, files, deletes, overwrites in steps:
        shutil.rmtree(bun, ignore_errors=True)
        run(["umoci", "unpack", "--image", lay + ":img", bun])
        rootfs = os.path.join(bun, "rootfs")
        plan.write_tree(rootfs, files)
        for p in deletes:
            shutil.rmtree(os.path.join(rootfs, p))
        plan.write_tree(rootfs, overwrites)
        run(["umoci", "repack", "--history.created_by", created_by, "--image", lay + ":img", bun])
    shutil.rmtree(bun, ignore_errors=True)
    args = ["umoci", "config", "--image", lay + ":img", "--config.workingdir", "/opt"]
    for k, v in env.items():
        args += ["--config.env", f"{k}={v}"]
    run(args)
    run(["umoci", "gc", "--layout", lay])
    return lay


def tar_dir(src, out):
    with tarfile.open(out, "w") as t:
        for name in sorted(os.listdir(src)):
            t.add(os.path.join(src, name), arcname=name)


def buildah_image(work, plan, env, with_files, out):
    store = os.path.join(work, "buildah")
    b = ["buildah", "--root", os.path.join(store, "root"), "--runroot", os.path.join(store, "run"),
         "--storage-driver", "vfs"]
    tree = os.path.join(work, "tree")
    shutil.rmtree(tree, ignore_errors=True)
    plan.write_tree(tree, plan.layer1 if with_files else {"README": b"config only\n"})
    try:
        ctr = run(b + ["from", "scratch"]).strip()
        run(b + ["copy", ctr, tree + "/", "/"])
        run(b + ["commit", "-q", "--rm", ctr, "base"])
        ctr = run(b + ["from", "base"]).strip()
        if with_files:
            mnt = run(b + ["mount", ctr]).strip()
            for p in plan.delete:
                shutil.rmtree(os.path.join(mnt, p))
            plan.write_tree(mnt, plan.overwrite)
            run(b + ["umount", ctr])
        args = b + ["config", "--workingdir", "/opt"]
        for k, v in env.items():
            args += ["--env", f"{k}={v}"]
        run(args + [ctr])
        run(b + ["commit", "-q", "--rm", ctr, "final"])
        run(b + ["push", "-q", "final", f"docker-archive:{out}:corpus:latest"])
    finally:
        subprocess.run(b + ["rm", "--all"], capture_output=True)
        subprocess.run(b + ["rmi", "--all", "--force"], capture_output=True)
        shutil.rmtree(store, ignore_errors=True)
        shutil.rmtree(tree, ignore_errors=True)


def build_images(work, plan, tools, label):
    """[(tool, path, round)]: round 0 carries the files and the first Env list."""
    images = []
    rounds = plan.env_rounds or [{}]
    for rnd, env in enumerate(rounds):
        with_files = rnd == 0
        d = os.path.join(work, f"{label}-r{rnd}")
        os.makedirs(d, exist_ok=True)
        if "umoci" in tools or "skopeo" in tools:
            lay = umoci_image(d, plan, env, with_files)
            if "umoci" in tools:
                out = os.path.join(work, f"{label}-r{rnd}-umoci.oci.tar")
                tar_dir(lay, out)
                images.append(("umoci", out, rnd))
            if "skopeo" in tools:
                out = os.path.join(work, f"{label}-r{rnd}-skopeo.docker.tar")
                run(["skopeo", "copy", "-q", f"oci:{lay}:img", f"docker-archive:{out}:corpus:latest"])
                images.append(("skopeo", out, rnd))
            shutil.rmtree(lay, ignore_errors=True)
        if "buildah" in tools:
            out = os.path.join(work, f"{label}-r{rnd}-buildah.docker.tar")
            buildah_image(d, plan, env, with_files, out)
            images.append(("buildah", out, rnd))
        shutil.rmtree(d, ignore_errors=True)
    return images


# --- scanning and matching --------------------------------------------------------------------

def scan(binary, image, out, extra):
    t = time.monotonic()
    r = subprocess.run([binary, "scan", image, "--format", "json", "--show-secrets", "-o", out, *extra],
                       capture_output=True, text=True)
    if not os.path.exists(out):
        raise SystemExit(f"layerhound failed on {image} ({r.returncode}):\n{r.stderr[-2000:]}")
    with open(out) as f:
        return json.load(f), time.monotonic() - t


def norm(s):
    # A source's pattern may take the separator along (Kingfisher's `bloggerKEY-…` gives
    # `-ab12…`): a separator at either end is not part of the token.
    return re.sub(r"\s+", "", s).strip("-=:")


def matches(value, token):
    v, t = norm(value), norm(token)
    if not v or not t:
        return False
    return t in v or (v in t and len(v) >= min(8, (len(t) + 1) // 2))


def index_report(report):
    """(report state, path, nested) or ("env", field) -> [(value, detector)]."""
    idx = collections.defaultdict(list)
    env_fields = collections.defaultdict(list)
    for f in report.get("findings", []) or []:
        sec = f.get("secret") or {}
        value = sec.get("value")
        if value is None:
            continue
        det = f.get("detector", {}).get("rule", "?")
        if sec.get("provider"):
            det = (det, sec["provider"])  # a catch-all that names the service from the context
        for loc in f.get("locations", []):
            if loc.get("field", "").startswith("config.env"):
                env_fields[loc["field"]].append((value, det))
            elif loc.get("path") is not None:
                # archives: the innermost member (a tar.gz reads as a .tar member, then the file)
                nested = [n.lstrip("/") for n in loc.get("nested") or ()]
                key = (loc.get("state"), loc["path"].lstrip("/"), tuple(nested[-1:]))
                idx[key].append((value, det))
    return idx, env_fields


def findings_of(report):
    """The findings list, wherever this report version keeps it."""
    if "findings" in report:
        return report["findings"]
    out = []
    for inp in report.get("inputs", []):
        out.extend(inp.get("findings", []) or [])
        for img in inp.get("images", []) or []:
            out.extend(img.get("findings", []) or [])
    return out


def evaluate(plan, report, rnd):
    """{(token, state): the detectors that found it} for what this image (Env round rnd) carries."""
    idx, env_fields = index_report({"findings": findings_of(report)})
    env_values = [vd for vals in env_fields.values() for vd in vals]
    env = plan.env_rounds[rnd] if rnd < len(plan.env_rounds) else {}
    found = {}
    for n, st, key in plan.expect:
        if st == "env":
            if env.get(key[1]) != key[2]:
                continue  # planted in another round's image
            cands = env_values
        elif rnd != 0:
            continue
        else:
            cands = idx.get(key, [])
        tok = plan.recs[n]["token"]
        provider = plan.recs[n]["provider"]
        found[(n, st)] = frozenset(named_detector(det, provider) for value, det in cands if matches(value, tok))
    return found


def squash(name):
    return re.sub(r"[^a-z0-9]", "", name.lower())


def named_detector(det, provider):
    """A catch-all's finding whose `secret.provider` names the token's provider counts as naming
    it (`simvoly` for simvoly, `new relic insights insert` for newrelicinsightsinsertkey): one
    holds the other, letters and digits only, 4 characters at least."""
    if isinstance(det, str):
        return det
    rule, named = det
    a, b = squash(named), squash(provider)
    if len(min(a, b, key=len)) >= 4 and (a in b or b in a):
        return f"{rule}:{named}"
    return rule


def not_scanned(report):
    c = collections.Counter()
    for inp in report.get("inputs", []):
        for ns in inp.get("not_scanned", []) or []:
            c[ns.get("kind", "?")] += 1
        for img in inp.get("images", []) or []:
            for ns in img.get("not_scanned", []) or []:
                c[ns.get("kind", "?")] += 1
    return c


def load(path):
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
        return [json.loads(line) for line in f if line.strip()]


def pct(a, b):
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "   -"


def report_corpus(label, plan, results, tools, show_tokens, generic, out):
    """results: {tool: {(n, state): detectors that found it}}; generic: the catch-all detectors."""
    def named(key):  # found, in every image, by a provider's own detector or a catch-all naming it
        return all(results[t].get(key, frozenset()) - generic for t in tools)
    recs = plan.recs
    w = out.write
    w(f"\n== {label}: {len(recs)} tokens, {len({r['provider'] for r in recs})} providers ==\n")
    states = [s for s in STATES if any(st == s for _, st, _ in plan.expect)]
    w(f"{'state':<12}" + "".join(f"{t:>22}" for t in tools) + f"{'all tools':>22}{'provider named':>22}\n")
    tot = collections.Counter()
    for s in states:
        row = f"{s:<12}"
        keys = [(n, st) for n, st, _ in plan.expect if st == s]
        for t in tools:
            row += f"{pct(sum(1 for k in keys if results[t].get(k)), len(keys)):>22}"
        both = sum(1 for k in keys if all(results[t].get(k) for t in tools))
        spec = sum(1 for k in keys if named(k))
        tot["hit"] += both
        tot["named"] += spec
        tot["all"] += len(keys)
        w(row + f"{pct(both, len(keys)):>22}{pct(spec, len(keys)):>22}\n")
    w(f"{'overall':<12}" + "".join(f"{pct(sum(1 for v in results[t].values() if v), len(results[t])):>22}" for t in tools)
      + f"{pct(tot['hit'], tot['all']):>22}{pct(tot['named'], tot['all']):>22}\n")
    # a token is found when it is found in every state and every image it was planted in
    tok_ok = collections.defaultdict(lambda: True)
    for n, st, _ in plan.expect:
        for t in tools:
            tok_ok[n] &= bool(results[t].get((n, st)))
    any_ok = {n: any(results[t].get((n, st)) for t in tools for m, st, _ in plan.expect if m == n) for n in tok_ok}
    by_src = collections.defaultdict(lambda: [0, 0, 0])
    for n in tok_ok:
        s = by_src[recs[n]["source"]["repo"]]
        s[0] += 1
        s[1] += tok_ok[n]
        s[2] += tok_ok[n] and all(named((n, st)) for m, st, _ in plan.expect if m == n)
    for src, (k, ok, nm) in sorted(by_src.items()):
        w(f"from {src}: found in every state {pct(ok, k)}, provider named (own detector or the context) {pct(nm, k)}\n")
    w(f"tokens found in every state and image: {pct(sum(tok_ok.values()), len(tok_ok))}; "
      f"found somewhere: {pct(sum(any_ok.values()), len(any_ok))}\n")
    prov = collections.defaultdict(lambda: [0, 0])
    for n in tok_ok:
        prov[recs[n]["provider"]][1] += 1
        prov[recs[n]["provider"]][0] += tok_ok[n]
    full = sum(1 for a, b in prov.values() if a == b)
    w(f"providers with every token found everywhere: {pct(full, len(prov))}\n")
    missed = sorted(((b - a, p) for p, (a, b) in prov.items() if a < b), key=lambda x: (-x[0], x[1]))
    w(f"providers missing tokens ({len(missed)}; missed/total):\n")
    line = ""
    for k, p in missed:
        item = f"{p} {k}/{prov[p][1]}, "
        if len(line) + len(item) > 100:
            w("  " + line.rstrip() + "\n")
            line = ""
        line += item
    if line:
        w("  " + line.rstrip(", ") + "\n")
    # partial misses: found in some states only (the states are what layerhound must not lose)
    partial = collections.Counter()
    for n in tok_ok:
        if any_ok[n] and not tok_ok[n]:
            for m, st, _ in plan.expect:
                if m == n and not all(results[t].get((n, st)) for t in tools):
                    partial[st] += 1
    if partial:
        w(f"found in some states but missed in others, by missed state: {dict(partial)}\n")
    gen_only = [n for n in tok_ok if tok_ok[n] and not all(named((n, st)) for m, st, _ in plan.expect if m == n)]
    gp = collections.Counter(recs[n]["provider"] for n in gen_only)
    w(f"found everywhere, but somewhere without its provider named: {len(gen_only)} tokens; by provider: "
      + ", ".join(f"{p} {k}" for p, k in sorted(gp.items(), key=lambda x: (-x[1], x[0]))) + "\n")
    if show_tokens:
        w("missed tokens (provider, states missed, token, id):\n")
        for n in sorted(tok_ok, key=lambda n: (recs[n]["provider"], recs[n]["id"])):
            if tok_ok[n]:
                continue
            sts = sorted({st for m, st, _ in plan.expect if m == n and not all(results[t].get((n, st)) for t in tools)})
            sts_s = "all" if not any_ok[n] else ",".join(sts)
            w(f"  {recs[n]['provider']:<22} {sts_s:<28} {recs[n]['token'][:90]!r} {recs[n]['id']}\n")
    if show_tokens and gen_only:
        w("found without its provider named somewhere (provider, token, id):\n")
        for n in sorted(gen_only, key=lambda n: (recs[n]["provider"], recs[n]["id"])):
            w(f"  {recs[n]['provider']:<22} {recs[n]['token'][:90]!r} {recs[n]['id']}\n")
    return {"tokens": len(recs), "state_pairs": tot["all"], "state_hits": tot["hit"], "state_named": tot["named"],
            "tokens_everywhere": sum(tok_ok.values()), "providers": len(prov), "providers_full": full}


def generic_ids(path):
    """Ids of the catch-all detectors (`generic = true`) in a detector file or a directory of them."""
    import tomllib
    files = [path] if os.path.isfile(path) else [os.path.join(path, n) for n in sorted(os.listdir(path))]
    ids = set()
    for name in files:
        if name.endswith(".toml"):
            with open(name, "rb") as f:
                ids.update(d["id"] for d in tomllib.load(f).get("detector", []) if d.get("generic"))
    return frozenset(ids)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "..", "tests", "data", "secrets-corpus")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("layerhound")
    ap.add_argument("--corpus", action="append", metavar="NAME=FILE",
                    help="default: dev..dev11, holdout-b2, holdout2b, holdout-c, holdout-d, holdout-e, holdout-f, holdout-g and holdout-h from tests/data/secrets-corpus "
                         "(holdout.jsonl.gz, the whole first held-out set, is dev3, dev9 and holdout-b2 together; "
                         "holdout-b.jsonl.gz is dev9 and holdout-b2, holdout2.jsonl.gz is dev10 and holdout2b)")
    ap.add_argument("--tools", default="umoci,skopeo,buildah")
    ap.add_argument("--show-tokens", default="dev", help="corpora whose missed token texts are listed (comma list)")
    ap.add_argument("--keep", metavar="DIR", help="build images here and keep them")
    ap.add_argument("--json", metavar="FILE", help="also write the summary figures as JSON")
    ap.add_argument("--limit", type=int, help="only the first N tokens of each corpus (a quick check)")
    ap.add_argument("--signatures", action="append", metavar="DIR|FILE",
                    help="the binary's detector files (and any given with --scan-arg --secrets), to know "
                         "which are catch-alls (`generic = true`); default: this tree's signatures/secrets")
    ap.add_argument("--scan-arg", action="append", metavar="ARG",
                    help="passed to `layerhound scan` (repeat: --scan-arg=--secrets --scan-arg=new.toml "
                         "measures detector files of a branch without building it)")
    a = ap.parse_args()
    corpora = a.corpus or [f"dev={data}/dev.jsonl", f"dev2={data}/dev2.jsonl", f"dev3={data}/dev3.jsonl",
                           f"dev4={data}/dev4.jsonl", f"dev9={data}/dev9.jsonl", f"holdout-b2={data}/holdout-b2.jsonl.gz",
                           f"dev10={data}/dev10.jsonl", f"holdout2b={data}/holdout2b.jsonl.gz",
                           f"holdout-c={data}/holdout-c.jsonl.gz",
                           f"dev5={data}/dev5.jsonl", f"holdout-d={data}/holdout-d.jsonl.gz",
                           f"dev6={data}/dev6.jsonl", f"holdout-e={data}/holdout-e.jsonl.gz",
                           f"dev7={data}/dev7.jsonl", f"holdout-f={data}/holdout-f.jsonl.gz",
                           f"dev8={data}/dev8.jsonl", f"holdout-g={data}/holdout-g.jsonl.gz",
                           f"dev11={data}/dev11.jsonl", f"holdout-h={data}/holdout-h.jsonl.gz",
                           f"dev12={data}/dev12.jsonl", f"holdout-i={data}/holdout-i.jsonl.gz"]
    tools = [t for t in a.tools.split(",") if t]
    generic = frozenset().union(*(generic_ids(s) for s in
                                  a.signatures or [os.path.join(here, "..", "signatures", "secrets")]))
    show = set(a.show_tokens.split(","))
    binary = os.path.abspath(a.layerhound)
    work = a.keep or tempfile.mkdtemp(prefix="secrets-recall.")
    os.makedirs(work, exist_ok=True)
    summary = {"binary": binary, "scan_args": a.scan_arg or [], "generic_detectors": sorted(generic), "binary_mtime": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(os.path.getmtime(binary)))}
    out = sys.stdout
    out.write(f"layerhound {binary} {' '.join(a.scan_arg or [])} (built {summary['binary_mtime']} UTC); tools {', '.join(tools)}; "
              f"generic detectors: {', '.join(sorted(generic))}\n")
    try:
        for spec in corpora:
            label, path = spec.split("=", 1)
            recs = load(path)[: a.limit] if a.limit else load(path)
            plan = Plan(recs)
            t0 = time.monotonic()
            images = build_images(work, plan, tools, label)
            built = time.monotonic() - t0
            results = {t: {} for t in tools}
            scan_secs = 0.0
            skipped = collections.Counter()
            for tool, img, rnd in images:
                report, secs = scan(binary, img, img + ".json", a.scan_arg or [])
                scan_secs += secs
                skipped.update(not_scanned(report))
                for k, det in evaluate(plan, report, rnd).items():
                    results[tool][k] = det | results[tool].get(k, frozenset())
            for t in tools:
                for n, st, _ in plan.expect:
                    results[t].setdefault((n, st), frozenset())
            out.write(f"\n[{label}: {len(images)} images built in {built:.0f} s, scanned in {scan_secs:.0f} s"
                      f"{'; not scanned: ' + str(dict(skipped)) if skipped else ''}]")
            summary[label] = report_corpus(label, plan, results, tools, label in show, generic, out)
            summary[label]["per_state"] = {
                s: {t: sum(1 for (n, st), v in results[t].items() if st == s and v) for t in tools}
                for s in STATES}
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(summary, f, indent=1)


if __name__ == "__main__":
    main()
