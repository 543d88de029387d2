#!/usr/bin/env python3
"""Which of a YARA pack's patterns wake yara-x most often on given files (issue 23).

yara-x searches every file for each pattern's atoms (4-byte pieces it picks from the pattern)
and checks the pattern wherever one occurs: a pattern whose atoms are common words pays that
check thousands of times per megabyte of text. This lists the atoms yara-x picks for each
pattern of the pack (`yr debug atoms --json`, from a yara-x-cli built with
`cargo install yara-x-cli --locked --features debug-cmd`) and counts how often each occurs in
the sample files, per pattern and per atom.

    python3 bench/yara_atom_hits.py --yr /path/to/yr-with-debug-cmd SAMPLE [SAMPLE ...]
        [--rules signatures/yara] [--top 40] [--max-bytes 16000000]

`yr debug atoms` takes no external variables, so layerhound's externals in a rule's condition
are replaced by `""` in a temporary copy (atoms come from the strings, not the condition).
Needs `pip install pyahocorasick`.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

import ahocorasick

EXTERNALS = re.compile(r'(?<![\$\w"/])\b(filepath|filename|extension|filetype|owner)\b')


def without_externals(text):
    """The rule file with every external in a condition replaced by an empty string."""
    parts = re.split(r"(condition:.*?\n\})", text, flags=re.S)
    return "".join(EXTERNALS.sub('""', part) if part.startswith("condition:") else part for part in parts)


def atoms_of_pack(yr, rules_dir):
    """(file stem, rule, pattern) -> the atoms yara-x picks for that pattern."""
    atoms = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(rules_dir)):
            if not name.endswith((".yar", ".yara")):
                continue
            copy = os.path.join(tmp, name)
            with open(os.path.join(rules_dir, name), encoding="utf-8") as src, open(copy, "w", encoding="utf-8") as dst:
                dst.write(without_externals(src.read()))
            run = subprocess.run([yr, "debug", "atoms", "--json", copy], capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"{name}: yr debug atoms failed: {run.stderr.strip()[:500]}")
            for pattern in json.loads(run.stdout):
                key = (os.path.splitext(name)[0], pattern["rule"], pattern["pattern"])
                atoms[key] = [bytes.fromhex(atom) for atom in pattern["atoms"]]
    return atoms


def sample_bytes(paths, limit):
    """Up to `limit` bytes of the sample files (directories walked in sorted order)."""
    chunks, total = [], 0
    files = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                files += [os.path.join(root, n) for n in sorted(names)]
        else:
            files.append(path)
    for path in files:
        if total >= limit:
            break
        if os.path.islink(path) or not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            data = f.read(limit - total)
        chunks.append(data)
        total += len(data)
    return b"\n".join(chunks)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("samples", nargs="+")
    ap.add_argument("--yr", required=True, help="a yr built with --features debug-cmd")
    ap.add_argument("--rules", default=os.path.join(os.path.dirname(__file__), "..", "signatures", "yara"))
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--max-bytes", type=int, default=16_000_000)
    args = ap.parse_args()

    atoms = atoms_of_pack(args.yr, args.rules)
    owners = collections.defaultdict(set)
    for key, list_of_atoms in atoms.items():
        for atom in list_of_atoms:
            owners[atom].add(key)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_SEQUENCE)
    for atom in owners:
        automaton.add_word(tuple(atom), atom)
    automaton.make_automaton()

    data = sample_bytes(args.samples, args.max_bytes)
    hits = collections.Counter(atom for _, atom in automaton.iter(tuple(data)))
    per_pattern = collections.Counter()
    for atom, count in hits.items():
        for key in owners[atom]:
            per_pattern[key] += count

    print(f"{sum(len(a) for a in atoms.values())} atoms in {len(atoms)} patterns; "
          f"{sum(hits.values())} atom hits in {len(data)} bytes of samples")
    print(f"\npatterns by hits (top {args.top}): hits, file, rule, pattern, its atom count")
    for (stem, rule, pattern), count in per_pattern.most_common(args.top):
        print(f"{count:8d}  {stem}  {rule}  {pattern}  ({len(atoms[(stem, rule, pattern)])} atoms)")
    print(f"\natoms by hits (top {args.top}): hits, atom, patterns sharing it")
    for atom, count in hits.most_common(args.top):
        print(f"{count:8d}  {atom!r}  {len(owners[atom])}")
    print(f"\npatterns by atom count (top {min(args.top, 10)})")
    for key in sorted(atoms, key=lambda k: -len(atoms[k]))[: min(args.top, 10)]:
        print(f"{len(atoms[key]):8d}  {'  '.join(key)}")


if __name__ == "__main__":
    main()
