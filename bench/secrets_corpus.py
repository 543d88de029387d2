#!/usr/bin/env python3
"""Build the secret-recall corpora (tests/data/secrets-corpus/dev.jsonl and holdout.jsonl.gz) from other
scanners' own test material, read from bare git mirrors (the `fetch` tool's /work/.mirror/...).

    python3 bench/secrets_corpus.py --mirrors /work/.mirror --out tests/data/secrets-corpus

dev:     gitleaks (cmd/generate/config/rules/*.go true positives, MIT) and
         Nosey Parker (builtin rules' `examples`, Apache-2.0).
holdout: Kingfisher (data/rules/*.yml `examples`, Apache-2.0) and
         TruffleHog (pkg/detectors/*/*_test.go pattern-test inputs, AGPL-3.0).

Each example is run through its own rule's pattern (translated to Python `re`) to find the token
in it, so a record is a (context, token) pair the source scanner itself reports. Examples that are
placeholders, low-entropy, or not credentials (identifier-only rules) are left out; tokens are
deduplicated, and held-out tokens already in dev are dropped. Needs PyYAML (the rule packs are
YAML); the harness that uses the corpora (bench/secrets_recall.py) needs only the stdlib.
"""
import argparse
import collections
import gzip
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tomllib

import yaml

SOURCES = {
    "gitleaks": ("gitleaks/gitleaks", "MIT"),
    "noseyparker": ("praetorian-inc/noseyparker", "Apache-2.0"),
    "kingfisher": ("mongodb/kingfisher", "Apache-2.0"),
    "trufflehog": ("trufflesecurity/trufflehog", "AGPL-3.0"),
    "titus": ("praetorian-inc/titus", "Apache-2.0"),
    "secretlint": ("secretlint/secretlint", "MIT"),
    "detect-secrets": ("Yelp/detect-secrets", "Apache-2.0"),
    "semgrep": ("semgrep/semgrep-rules", "LGPL-2.1 with Commons Clause"),
    "ripsecrets": ("sirwart/ripsecrets", "MIT"),
    "2ms": ("Checkmarx/2ms", "Apache-2.0"),
    "betterleaks": ("betterleaks/betterleaks", "MIT"),
    "trivy": ("aquasecurity/trivy", "Apache-2.0"),
    "ggshield": ("GitGuardian/ggshield", "MIT"),
    "kics": ("DataDog/kics", "Apache-2.0"),
    "leaktk": ("leaktk/fake-leaks", "MIT"),
    "leaktk-patterns": ("leaktk/patterns", "MIT"),
    "ghas": ("advanced-security/secret-scanning-custom-patterns", "MIT"),
    "ibm-detect-secrets": ("IBM/detect-secrets", "Apache-2.0"),
    "whispers": ("Skyscanner/whispers", "Apache-2.0"),
    "credsweeper": ("Samsung/CredSweeper", "MIT"),
    "sonar-text": ("SonarSource/sonar-text", "LGPL-3.0"),
    "horusec": ("ZupIT/horusec", "Apache-2.0"),
    "sarif-pattern-matcher": ("microsoft/sarif-pattern-matcher", "MIT"),
    "checkov": ("bridgecrewio/checkov", "Apache-2.0"),
    "deepsecrets": ("avito-tech/deepsecrets", "MIT"),
    "osv-scalibr": ("google/osv-scalibr", "Apache-2.0"),
}
# sonar-text moved to the Sonar Source-Available License on 2024-11-22 (ae40534); its examples are
# read at the parent of that commit, the last one under LGPL-3.0
SONAR_TEXT_LGPL = "0b8864e116a8e3b1bc2d3b955ebd5b72a7dab8b9"
PER_RULE = {"dev": 3, "holdout": 1, "extra": 2, "fourth": 2, "fifth": 3, "sixth": 3, "seventh": 3, "eighth": 3, "ninth": 6, "tenth": 4, "eleventh": 4, "twelfth": 4, "thirteenth": 24, "fourteenth": 6, "fifteenth": 4}  # tokens kept per source rule, so that a few verbose rules do not dominate
MAX_CONTEXT = 1200  # characters of context kept around a token


class Mirror:
    def __init__(self, root, repo, commit="HEAD"):
        self.git = os.path.join(root, repo.replace("/", "+"), "repo")
        self.commit = self._run("rev-parse", commit).strip()

    def _run(self, *args):
        return subprocess.run(["git", "--git-dir", self.git, *args], check=True,
                              capture_output=True, text=True, errors="replace").stdout

    def ls(self, prefix):
        return self._run("ls-tree", "-r", "--name-only", self.commit, prefix).split("\n")

    def show(self, path):
        return self._run("show", f"{self.commit}:{path}")


# --- Rust / RE2 pattern syntax to Python `re` -------------------------------------------------

POSIX = {"alnum": "A-Za-z0-9", "alpha": "A-Za-z", "digit": "0-9", "xdigit": "0-9A-Fa-f",
         "upper": "A-Z", "lower": "a-z", "space": r"\s", "word": r"\w", "punct": r"!-/:-@\[-`{-~",
         "print": r"\x20-\x7e", "graph": r"\x21-\x7e", "blank": r" \t", "cntrl": r"\x00-\x1f"}


def py_regex(pattern):
    p = pattern
    p = re.sub(r"\[:(\^?)(\w+):\]", lambda m: POSIX.get(m.group(2), m.group(0)) if not m.group(1) else m.group(0), p)
    p = p.replace(r"\z", r"\Z").replace("(?-u:", "(?:").replace("(?-u)", "")
    p = re.sub(r"\\x\{([0-9A-Fa-f]{1,2})\}", r"\\x\1", p)
    p = re.sub(r"\\p\{[A-Za-z_]+\}|\\pL|\\pN", r"\\w", p)
    p = re.sub(r"\(\?<(?![=!])", "(?P<", p)
    # Global flags anywhere (Rust allows `(?x)\n(?i)`); Python wants them first.
    flags = set()

    def take(m):
        flags.update(m.group(1))
        return ""
    p = re.sub(r"\(\?([imsxU]+)\)", take, p)
    flags.discard("U")
    prefix = "(?" + "".join(sorted(flags)) + ")" if flags else ""
    if "x" in flags:
        # Rust ignores whitespace inside classes in verbose mode; Python keeps it.
        p = re.sub(r"\[(?:\\.|[^\]\\])*\]", lambda m: re.sub(r"(?<!\\)\s", "", m.group(0)), p)
    return re.compile(prefix + p)


SECRET_WORDS = re.compile(r"(?i)pass|secret|token|key|pwd|auth")
NOT_SECRET_WORDS = re.compile(r"(?i)user|login|host|port|machine|server|domain|account|id\b|name|url|region")


def group_roles(pattern):
    """Nosey Parker names its groups in comments after them (`(...) (?# password )`): the groups
    a comment calls a secret, and the ones it calls something else (user, host)."""
    secret, other, count, stack, closed = set(), set(), 0, [], None
    for m in re.finditer(r"\\.|\[(?:\\.|[^\]\\])*\]|\(\?#([^)]*)\)|\((\?P?<(?![=!])|(?!\?))?|\)|\S", pattern):
        t = m.group(0)
        if m.group(1) is not None:
            if closed:  # the comment right after a capturing group's `)` names that group
                if SECRET_WORDS.search(m.group(1)):
                    secret.add(closed)
                elif NOT_SECRET_WORDS.search(m.group(1)):
                    other.add(closed)
            closed = None
        elif t.startswith("("):
            capturing = m.group(2) is not None
            count += capturing
            stack.append(count if capturing else None)
            closed = None
        elif t == ")":
            closed = stack.pop() if stack else None
        else:
            closed = None
    return secret, other


def secret_of(m, group=None, roles=(set(), set())):
    if group:
        return m.group(group)
    secret, other = roles
    for g in sorted(secret):
        if g <= m.re.groups and m.group(g) and not re.match(r"^[\"']?\$", m.group(g)):
            return m.group(g)
    names = {k.lower(): k for k in m.re.groupindex}
    for n in ("secret", "token", "key", "password"):
        if n in names and m.group(names[n]):
            return m.group(names[n])
    # Several groups (user and password, host and key): the one that looks most like a secret.
    groups = [i for i, g in enumerate(m.groups(), 1)
              if g and i not in other and not NOT_SECRET.match(g) and not re.search(r"^[\w.-]+:\d+$|^[\"']?\$", g)
              and (not re.search(r"[ \t]", g) or re.search(r"(?i)(?:password|pwd)=", g))]
    if not m.re.groups:
        return m.group(0)
    if not groups:
        # one group: the rule's secret is a URL (a webhook); several: only users and hosts
        return m.group(1) if m.re.groups == 1 else None
    def score(i):
        # the word right before a value says what it is (`password pass123`, `USERNAME=me`)
        g = m.group(i)
        before = re.findall(r"(?i)pass|secret|token|pwd|user|login|name", m.string[max(0, m.start(i) - 24):m.start(i)])
        said = 0 if not before else (1 if SECRET_WORDS.match(before[-1]) else -1)
        return (said, entropy(g) * math.log2(len(g) + 1))
    return m.group(max(groups, key=score))


# --- filters ----------------------------------------------------------------------------------

PLACEHOLDER = re.compile(
    r"(?i)x{5,}|\*{3,}|\.{3}|<[a-z_ -]+>|\$\{|\{\{|%s|your[_-]?(?:api|token|key|secret|pass)|placeholder|redacted|changeme|"
    r"example(?:key)?$|EXAMPLE|insert[_-]?here")


SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789")


def placeholder(tok):
    low = tok.lower()
    if PLACEHOLDER.search(tok):
        return True
    if len(tok) > 100:  # key blocks: runs like AAAAAA and sequences occur by chance
        return False
    if re.search(r"(.{6,})\1|(.)\2{7,}", tok) or "a1b2c3" in low or "1a2b3c" in low:
        return True
    return any(seq[i:i + 5] in low for seq in SEQUENCES for i in range(len(seq) - 4))


def entropy(s):
    c = collections.Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


def credible(tok):
    if len(tok) < 10 or len(tok) > 8000:
        return False
    if placeholder(tok):
        return False
    core = re.sub(r"-----[A-Z ]+-----|\s", "", tok)
    return entropy(core) >= 3.0 if len(core) >= 16 else entropy(core) >= 2.5


def window(text, tok):
    """The example around the token: all of it when short, else the token's lines and a few before."""
    if len(text) <= MAX_CONTEXT:
        return text
    i = text.find(tok)
    lines_before = text[:i].split("\n")
    start = len("\n".join(lines_before[:-4])) + (1 if len(lines_before) > 4 else 0)
    end = text.find("\n", i + len(tok))
    end = len(text) if end < 0 else end
    for _ in range(2):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return text[start:end]


# --- Go source: string literals and simple expressions ----------------------------------------

GO_TOKEN = re.compile(r'`[^`]*`|"(?:\\.|[^"\\\n])*"|//[^\n]*|/\*.*?\*/|[A-Za-z_][A-Za-z0-9_.]*|\S', re.S)


def go_tokens(src):
    for m in GO_TOKEN.finditer(src):
        t = m.group(0)
        if t.startswith("//") or t.startswith("/*"):
            continue
        yield t


def go_string(t):
    if t.startswith("`"):
        return t[1:-1]
    if t.startswith('"'):
        try:
            return json.loads(t)
        except ValueError:
            return t[1:-1].encode().decode("unicode_escape", errors="replace")
    return None


# --- gitleaks ---------------------------------------------------------------------------------

def gitleaks(m, source="gitleaks", config="config/gitleaks.toml", skip=frozenset(), concat=False):
    """gitleaks' rule tests (or a fork's with the same layout: Betterleaks): each rule's true
    positives run through the rule's regex from the generated config. `skip`: rule files left out
    (a fork's files that gitleaks has too); `concat`: also draw list items built by concatenating
    literals and generated parts."""
    conf = tomllib.loads(m.show(config))
    rules = {r["id"]: r for r in conf["rules"]}
    out = []
    for path in m.ls("cmd/generate/config/rules/"):
        if not path.endswith(".go") or path.endswith("_test.go") or os.path.basename(path) in skip:
            continue
        provider = os.path.basename(path)[:-3]
        src = m.show(path)
        for fn in re.split(r"\nfunc ", src)[1:]:
            ids = re.findall(r'RuleID:\s*"([^"]+)"', fn)
            if not ids or ids[0] not in rules or "regex" not in rules[ids[0]]:
                continue
            rule = rules[ids[0]]
            try:
                rx = py_regex(rule["regex"])
            except re.error:
                continue
            for ctx, gen in gitleaks_tps(fn, ids[0], concat):
                for mt in rx.finditer(ctx):
                    tok = secret_of(mt, rule.get("secretGroup"))
                    out.append(dict(source=source, provider=provider, rule=ids[0], context=ctx,
                                    token=tok, path=path, generated=gen))
    return out


GL_CLASSES = {"Numeric": "[0-9]{%s}", "Hex": "[a-f0-9]{%s}", "AlphaNumeric": "[a-z0-9]{%s}",
              "AlphaNumericExtendedShort": "[a-z0-9_-]{%s}", "AlphaNumericExtended": "[a-z0-9=_\\-]{%s}",
              "AlphaNumericExtendedLong": "[a-z0-9/=_+\\-]{%s}"}
UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def gitleaks_secret_regex(toks, i, ends=(")",)):
    """The pattern behind a sample secret expression: literals + secrets.NewSecret(utils.Hex("32"))
    (or NewSecretWithEntropy(pattern, bits), Betterleaks) ..., ended by one of `ends`."""
    out = []
    while i < len(toks):
        t = toks[i]
        if go_string(t) is not None:
            out.append(re.escape(go_string(t)))
            i += 1
        elif t in ("secrets.NewSecret", "secrets.NewSecretWithEntropy") and toks[i + 1] == "(":
            inner, i = gitleaks_pattern(toks, i + 2)
            if t.endswith("Entropy") and inner is not None and toks[i] == "," and re.match(r"[\d.]+$", toks[i + 1] + toks[i + 2] + toks[i + 3]):
                i += 4  # the entropy floor: `3` `.` `5` as Go tokens
            elif t.endswith("Entropy") and inner is not None and toks[i] == "," and re.match(r"\d+$", toks[i + 1]):
                i += 2
            if inner is None or toks[i] != ")":
                return None
            out.append(inner)
            i += 1
        else:
            return None
        if toks[i] == "+":
            i += 1
            continue
        return "".join(out) if toks[i] in ends and out else None
    return None


def gitleaks_pattern(toks, i):
    out = []
    while i < len(toks):
        t = toks[i]
        if go_string(t) is not None:
            out.append(go_string(t))
            i += 1
        elif t.startswith("utils.") and t[6:] in GL_CLASSES and toks[i + 1] == "(" and toks[i + 3] == ")":
            out.append(GL_CLASSES[t[6:]] % go_string(toks[i + 2]))
            i += 4
        elif t == "utils.Hex8_4_4_4_12" and toks[i + 1:i + 3] == ["(", ")"]:
            out.append(UUID)
            i += 3
        else:
            return None, i
        if toks[i] == "+":
            i += 1
            continue
        return "".join(out), i
    return None, i


def generate(pattern, seed):
    """One random string matching a simple pattern (literals, classes, counted repeats, groups)."""
    import random
    import re._parser as sp
    import re._constants as sc
    rnd = random.Random(seed)

    def gen(items):
        s = []
        for op, av in items:
            if op is sc.LITERAL:
                s.append(chr(av))
            elif op is sc.IN:
                chars = []
                for o, a in av:
                    if o is sc.LITERAL:
                        chars.append(chr(a))
                    elif o is sc.RANGE:
                        chars.extend(chr(c) for c in range(a[0], a[1] + 1))
                    elif o is sc.CATEGORY and a is sc.CATEGORY_DIGIT:
                        chars.extend("0123456789")
                    else:
                        raise ValueError(o)
                s.append(rnd.choice(chars))
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
                lo, hi, sub = av
                hi = lo + 8 if hi is sc.MAXREPEAT else hi
                for _ in range(rnd.randint(lo, hi)):
                    s.append(gen(sub))
            elif op is sc.SUBPATTERN:
                s.append(gen(av[3]))
            elif op is sc.BRANCH:
                s.append(gen(rnd.choice(av[1])))
            else:
                raise ValueError(op)
        return "".join(s)
    try:
        return gen(sp.parse(pattern))
    except (ValueError, re.error):
        return None


def gitleaks_tps(fn, rid, concat=False):
    """String literals of the true-positive lists: whole samples, or a literal secret handed to
    GenerateSampleSecret(s) (wrapped the way that helper wraps it)."""
    toks = list(go_tokens(fn))
    i = 0
    while i < len(toks):
        if toks[i] == "tps" and i + 1 < len(toks) and toks[i + 1] in ("=", ":"):
            depth, j, started = 0, i + 1, False
            while j < len(toks):
                t = toks[j]
                if concat and t == "[" and toks[j + 1] == "]":
                    # `[]string{...}`: the type's brackets are not the list (gitleaks' own files,
                    # from which the first sets were built, mostly call a helper instead)
                    j += 2
                    continue
                if t in "([{":
                    depth += 1
                    started = True
                elif t in ")]}":
                    depth -= 1
                    if started and depth <= 0:
                        break
                elif t.endswith("GenerateSampleSecret") or t.endswith("GenerateSampleSecrets"):
                    # (ident, secret): only a literal secret; a generated one has no fixed text
                    if (j + 5 < len(toks) and toks[j + 1] == "(" and go_string(toks[j + 2]) is not None
                            and toks[j + 3] == "," and go_string(toks[j + 4]) is not None and toks[j + 5] == ")"):
                        yield f'{go_string(toks[j + 2])}_api_token = "{go_string(toks[j + 4])}"', None
                    elif j + 4 < len(toks) and toks[j + 1] == "(" and go_string(toks[j + 2]) is not None and toks[j + 3] == ",":
                        # a secret gitleaks generates from a pattern at test time: generate one the
                        # same way (seeded, so the corpus is stable)
                        rx = gitleaks_secret_regex(toks, j + 4)
                        if rx:
                            s = generate(rx, rid + rx)
                            if s:
                                yield f'{go_string(toks[j + 2])}_api_token = "{s}"', rx
                    k, d = j + 1, 0
                    while k < len(toks):  # skip the call
                        if toks[k] == "(":
                            d += 1
                        elif toks[k] == ")":
                            d -= 1
                            if d == 0:
                                break
                        k += 1
                    j = k
                elif (s := go_string(t)) is not None:
                    nxt = toks[j + 1] if j + 1 < len(toks) else ""
                    prv = toks[j - 1]
                    if nxt != "+" and prv != "+":  # concatenations hold generated parts
                        yield s, None
                    elif concat and nxt == "+" and prv in ("{", ","):
                        # a list item `"KEY=prefix-" + secrets.NewSecret(...) + ...`: one seeded draw
                        rx = gitleaks_secret_regex(toks, j, ends=(",", "}"))
                        if rx:
                            g = generate(rx, rid + rx)
                            if g:
                                yield g, rx
                j += 1
            i = j
        i += 1


# --- Nosey Parker / Kingfisher YAML rules ------------------------------------------------------

def yaml_rules(m, prefix, source, skip):
    out = []
    for path in m.ls(prefix):
        if not path.endswith((".yml", ".yaml")):
            continue
        provider = os.path.basename(path).rsplit(".", 1)[0]
        try:
            doc = yaml.safe_load(m.show(path)) or {}
        except yaml.YAMLError:
            continue
        for rule in doc.get("rules") or []:
            if skip(rule):
                continue
            try:
                rx = py_regex(rule["pattern"])
            except (re.error, KeyError):
                continue
            roles = group_roles(rule["pattern"])
            for ex in rule.get("examples") or []:
                if not isinstance(ex, str):
                    continue
                for mt in rx.finditer(ex):
                    out.append(dict(source=source, provider=provider, rule=rule.get("id", ""),
                                    context=ex.rstrip("\n"), token=secret_of(mt, roles=roles), path=path))
    return out


def np_skip(rule):
    cats = set(rule.get("categories") or [])
    return "secret" not in cats or "hashed" in cats


def kf_skip(rule):
    cats = set(rule.get("categories") or [])
    identifier = "identifier" in cats and "secret" not in cats
    return rule.get("visible") is False or identifier or "hash" in rule.get("name", "").lower()


# --- TruffleHog detector tests -----------------------------------------------------------------

def go_eval(toks, i, env):
    """Evaluate a Go string expression at toks[i] (literals, variables, +, fmt.Sprintf with %s/%v/%d/%q).
    Returns (parts, next index): parts the list of strings concatenated, or None."""
    parts = []
    while i < len(toks):
        t = toks[i]
        s = go_string(t)
        if s is not None:
            parts.append(s)
            i += 1
        elif t == "fmt.Sprintf" and toks[i + 1] == "(":
            fmt_parts, i = go_eval(toks, i + 2, env)
            args = []
            while fmt_parts is not None and toks[i] == ",":
                if toks[i + 1] == ")":
                    i += 1
                    break
                a, i = go_eval(toks, i + 1, env)
                if a is None:
                    return None, i
                args.append("".join(a))
            if fmt_parts is None or toks[i] != ")":
                return None, i
            i += 1
            f, k = "".join(fmt_parts), iter(args)
            try:
                parts.append(re.sub(r"%[svdq]|%%", lambda mm: "%" if mm.group(0) == "%%" else
                                    (json.dumps(next(k)) if mm.group(0) == "%q" else next(k)), f))
            except StopIteration:
                return None, i
        elif t in env:
            parts.append(env[t])
            i += 1
        else:
            return None, i
        if i < len(toks) and toks[i] == "+":
            i += 1
            continue
        return parts, i
    return None, i


def go_vars(toks):
    """A Go test file's string variables and constants, package-level and local (`x = EXPR`,
    `x := EXPR`), each evaluated with the ones before it."""
    env = {}
    for i in range(len(toks) - 2):
        if re.fullmatch(r"[A-Za-z_]\w*", toks[i]) and toks[i + 1] in ("=", ":") and \
                (toks[i + 1] == "=" or toks[i + 2] == "="):
            j = i + 2 if toks[i + 1] == "=" else i + 3
            parts, _ = go_eval(toks, j, env)
            if parts is not None:
                env[toks[i]] = "".join(parts)
    return env


def trufflehog(m):
    out = []
    for path in m.ls("pkg/detectors/"):
        if not path.endswith("_test.go") or "integration" in path or path.count("/") != 3:
            continue
        provider = path.split("/")[2]
        toks = list(go_tokens(m.show(path)))
        env = go_vars(toks)
        # test cases: name: "...", input: EXPR, want: []string{EXPR, ...}
        for i, t in enumerate(toks):
            if t != "input" or toks[i + 1] != ":":
                continue
            name = ""
            for k in range(i - 1, max(i - 12, 0), -1):
                if toks[k] == "name" and toks[k + 1] == ":":
                    name = go_string(toks[k + 2]) or ""
                    break
            if "invalid" in name.lower() or "fail" in name.lower() or "false" in name.lower():
                continue
            inp, j = go_eval(toks, i + 2, env)
            if inp is None:
                continue
            text = "".join(inp)
            while j < len(toks) and toks[j] != "want":
                if toks[j] == "input" or toks[j] == "}":
                    break
                j += 1
            if j >= len(toks) or toks[j] != "want" or toks[j + 2:j + 5] != ["[", "]", "string"]:
                continue
            j += 6
            while j < len(toks) and toks[j] != "}":
                w, j = go_eval(toks, j, env)
                if w is None:
                    break
                tok = pick_part(w, text)
                if tok:
                    out.append(dict(source="trufflehog", provider=provider, rule=provider,
                                    context=window(text, tok), token=tok, path=path))
                if j < len(toks) and toks[j] == ",":
                    j += 1
    return out


NOT_SECRET = re.compile(r"^(?:https?://|\w+\\\w+$|[\w.+-]+@[\w-]+\.[\w.]+$|[\w-]+(?:\.[\w-]+)+\.(?:com|net|org|io|dev|cloud|co)$)")


def pick_part(parts, text):
    """The secret of a want value: the whole value when the input holds it; else, for a composite
    (id + secret, host:token), the last part the input holds that is not a host, URL or e-mail."""
    whole = "".join(parts)
    if whole in text and not NOT_SECRET.match(whole):
        return whole
    for p in reversed(parts):
        p = p.strip(":;|, ")
        if len(p) >= 10 and p in text and not NOT_SECRET.match(p):
            return p
    return None


def file_name(ctx):
    """The name of the file a token is planted in, from its context's shape (config loaders and
    path-bound detectors care): JSON, dotenv, YAML, else a generic config file."""
    s = ctx.lstrip()
    if s[:1] in "{[":
        return "config.json"
    if re.search(r"^\s*(?:export\s+)?[A-Za-z0-9_][\w.]*\s*=", ctx, re.M):
        return ".env"
    if re.search(r"^\s*[\w.-]+\s*:\s", ctx, re.M):
        return "config.yml"
    return "app.conf"


# --- secretlint snapshot tests -----------------------------------------------------------------

def secretlint(m):
    """secretlint's rule tests: each `ng.*` snapshot is a whole input file and the `output.json`
    beside it the ranges its rule reports (`ok.*` snapshots hold no secret)."""
    out, base = [], "packages/@secretlint/"
    for path in m.ls(base):
        hit = re.match(r"packages/@secretlint/secretlint-rule-([^/]+)/test/snapshots/(ng[^/]*)/output\.json$", path)
        if not hit:
            continue
        folder = path.rsplit("/", 1)[0]
        inputs = [p for p in m.ls(folder + "/") if re.search(r"/input(?:\.[^/]*)?$", p)]
        if len(inputs) != 1:
            continue
        try:
            text = m.show(inputs[0])
            messages = json.loads(m.show(path)).get("messages") or []
        except (ValueError, subprocess.CalledProcessError):
            continue
        for msg in messages:
            start, end = (msg.get("range") or [0, 0])[:2]
            token = text[start:end]
            # the whole file is the context when short; a URL's reported part is its credentials
            out.append(dict(source="secretlint", provider=hit.group(1), rule=msg.get("messageId") or hit.group(2),
                            context=text.rstrip("\n"), token=token, path=inputs[0]))
    return out


# --- assembly ---------------------------------------------------------------------------------

def finish(recs, mirrors, cap, exclude=frozenset()):
    seen, per_rule, out = set(exclude), collections.Counter(), []
    for r in recs:
        tok, ctx = r["token"], r["context"]
        if not tok or not credible(tok) or tok not in ctx:
            continue
        key = re.sub(r"\s", "", tok)
        if key in seen or per_rule[(r["source"], r["rule"])] >= cap:
            continue
        seen.add(key)
        per_rule[(r["source"], r["rule"])] += 1
        repo, lic = SOURCES[r["source"]]
        rec = {
            "id": f"{r['source'][:2]}-{len(out):04d}",
            "provider": r["provider"].lower().replace("_", "-"),
            "rule": r["rule"],
            "token": tok,
            "context": window(ctx, tok),
            "multiline": "\n" in tok,
            "file": r.get("file") or file_name(window(ctx, tok)),
            "source": {"repo": repo, "path": r["path"], "commit": mirrors[r["source"]].commit, "licence": lic},
        }
        if r.get("generated"):
            # gitleaks' test generates this secret from a pattern; this value is one draw of it
            rec["generated_from"] = r["generated"]
        out.append(rec)
    return out, seen


def write(out_dir, name, recs):
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()
    with open(os.path.join(out_dir, name), "wb") as f:
        # a held-out set is compressed so that a grep over the tree for a token prefix
        # does not show it to whoever writes detectors
        f.write(gzip.compress(text, 9, mtime=0) if name.endswith(".gz") else text)
    provs = {r["provider"] for r in recs}
    by_src = collections.Counter(r["id"][:2] for r in recs)
    print(f"{name}: {len(recs)} tokens, {len(provs)} providers, by source {dict(by_src)}", file=sys.stderr)



def split_by_provider(out_dir, recs, seed, dev_name, held_name):
    """Half of the providers, drawn with `seed`, to the held-out file; the rest to dev."""
    import random
    providers = sorted({r["provider"] for r in recs})
    held = set(random.Random(seed).sample(providers, len(providers) // 2))
    write(out_dir, dev_name, [r for r in recs if r["provider"] not in held])
    write(out_dir, held_name, [r for r in recs if r["provider"] in held])

def known_tokens(out_dir, names=("dev.jsonl", "holdout.jsonl.gz")):
    """The tokens of earlier sets, read only to leave them out of later ones."""
    seen = set()
    for name in names:
        with open(os.path.join(out_dir, name), "rb") as f:
            data = f.read()
        for line in (gzip.decompress(data) if name.endswith(".gz") else data).decode().splitlines():
            seen.add(re.sub(r"\s", "", json.loads(line)["token"]))
    return seen


def extra(a):
    """dev2 and holdout2: Titus's rule examples (Nosey Parker's successor, with many rules of its
    own) and secretlint's snapshot tests, without any token of the first two sets. Providers are
    split in two by a seeded draw: dev2's are for writing detectors, holdout2's only for measuring."""
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in ("titus", "secretlint")}
    raw = yaml_rules(mirrors["titus"], "pkg/rule/rules/", "titus", np_skip) + secretlint(mirrors["secretlint"])
    recs, _ = finish(raw, mirrors, PER_RULE["extra"], exclude=known_tokens(a.out))
    split_by_provider(a.out, recs, EXTRA_SEED, "dev2.jsonl", "holdout2.jsonl.gz")


# --- the fourth sources: detect-secrets, semgrep-rules, ripsecrets, 2ms ------------------------

def pick_token(text):
    """The secret of a test line whose source rule is not at hand or not portable: a URL's
    password, a PEM block, else the run of token characters that looks most generated (entropy
    times log length), preferring one that is neither a plain identifier nor a key that a value
    is assigned to (`confluent_TOKEN := "..."`, `sumologic.accessId = "..."`)."""
    pem = re.search(r"-----BEGIN[A-Z ]*PRIVATE KEY( BLOCK)?-----.*?-----END[A-Z ]*PRIVATE KEY( BLOCK)?-----", text, re.S)
    if pem:
        return pem.group(0)
    url = re.search(r"[a-z][\w+.-]*://([^:/@\s]+):([^@\s/]+)@[\w.-]+", text)
    if url:
        return url.group(2)
    plain = re.compile(r"^(?:[A-Za-z]+(?:[_.-]+[A-Za-z]+)*_?)$")
    values, keys = [], []
    for mt in re.finditer(r"[A-Za-z0-9_+/~.=-]+(?::[A-Za-z0-9_+/~.=-]+)*", text):
        c = mt.group(0)
        while (kv := re.match(r"^[A-Za-z_][A-Za-z_.-]*[A-Za-z][=:](.+)$", c)):  # `name=value` unquoted
            c = kv.group(1)
        c = c.lstrip("=").strip(".-")
        if not re.search(r"[A-Za-z0-9]==?$", c):
            c = c.rstrip("=")
        if len(c) < 10 or NOT_SECRET.match(c) or c.startswith("/") or re.search(r"[\w-]\.(?:com|org|net|io)\b", c):
            continue
        assigned = re.match(r"[\"'\x60]?\s*(?:::?=|=>|=|:(?!//))", text[mt.end():])
        (keys if assigned or plain.match(c.rstrip("=")) else values).append(c)
    best = values or keys
    if not best:
        return None
    return max(best, key=lambda c: entropy(c) * math.log2(len(c) + 1))


def family(name):
    """A provider's family word (`github-pat`, `github_token`, `GitHub` -> github), so that the
    split by provider keeps one provider's tokens from different sources on one side."""
    w = re.split(r"[-_ .]+", re.sub(r"^detected-", "", name.lower()))
    return w[0] if w[0] not in ("generic", "private", "api") or len(w) == 1 else w[0] + "-" + w[1]


def detect_secrets_plugins(m, label):
    """Each plugin test of a detect-secrets tree (`tests/plugins/*_test.py`, the keyword,
    entropy, base and private-key tests left out) whose plugin loads from the package put on
    sys.path: (test path, provider, test source, detector class name, plugin)."""
    import importlib
    for path in m.ls("tests/plugins/"):
        base = os.path.basename(path)
        if not base.endswith("_test.py") or base.endswith(("keyword_test.py", "high_entropy_strings_test.py",
                                                           "base_test.py", "private_key_test.py")):
            continue
        src = m.show(path)
        imp = re.search(r"from (detect_secrets\.plugins\.\w+) import (\w+Detector)", src)
        if not imp:
            continue
        try:
            plugin = getattr(importlib.import_module(imp.group(1)), imp.group(2))()
        except Exception:  # a plugin needing a dependency this machine lacks: leave it out
            print(f"{label}: {imp.group(2)} not loaded", file=sys.stderr)
            continue
        yield path, base[:-len("_test.py")], src, imp.group(2), plugin


def detect_secrets_tests(m):
    """detect-secrets' plugin tests: the lines a parametrized test says its plugin flags
    (`(line, True)`), run through that plugin itself (the package from the same commit) to get
    the secret it reports."""
    import ast
    import tarfile as tf
    import tempfile
    tmp = tempfile.mkdtemp(prefix="ds.")
    arch = subprocess.run(["git", "--git-dir", m.git, "archive", m.commit, "detect_secrets"],
                          check=True, capture_output=True).stdout
    with tf.open(fileobj=__import__("io").BytesIO(arch)) as t:
        t.extractall(tmp, filter="data")
    sys.path.insert(0, tmp)
    out = []
    for path, provider, src, detector, plugin in detect_secrets_plugins(m, "detect-secrets"):
        for node in ast.walk(ast.parse(src)):
            if not isinstance(node, ast.Tuple) or len(node.elts) < 2:
                continue
            try:
                line, flag = ast.literal_eval(node.elts[0]), ast.literal_eval(node.elts[1])
            except ValueError:
                continue
            if not isinstance(line, str) or flag is not True:
                continue
            for sec in plugin.analyze_line(filename="mock_filename", line=line):
                if sec.secret_value:
                    out.append(dict(source="detect-secrets", provider=provider, rule=detector,
                                    context=line, token=sec.secret_value, path=path))
    sys.path.remove(tmp)
    subprocess.run(["rm", "-rf", tmp])
    return out


def regexes_of(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "pattern-regex" and isinstance(v, str):
                yield v
            elif k != "pattern-not-regex":
                yield from regexes_of(v)
    elif isinstance(node, list):
        for v in node:
            yield from regexes_of(v)


def semgrep_tests(m):
    """semgrep-rules' secret rules (generic/secrets/): each test file's line after a
    `ruleid: <rule>` comment is a true positive; the token is what the rule's `pattern-regex`
    takes from it (its first group, if any), else pick_token's guess."""
    out = []
    files = m.ls("generic/secrets/")
    for path in files:
        if not path.endswith(".yaml"):
            continue
        base = path[:-5]
        tests = [p for p in files if p.startswith(base + ".") and p != path]
        try:
            doc = yaml.safe_load(m.show(path)) or {}
        except yaml.YAMLError:
            continue
        for rule in doc.get("rules") or []:
            rxs = []
            for r in regexes_of(rule):
                try:
                    rxs.append(py_regex(r))
                except re.error:
                    pass
            for t in tests:
                lines = m.show(t).split("\n")
                for i, ln in enumerate(lines):
                    if not re.search(r"ruleid:\s*" + re.escape(rule["id"]) + r"\b", ln):
                        continue
                    j = i + 1
                    while j < len(lines) and (not lines[j].strip() or re.search(r"(?:#|//)\s*(?:ruleid|ok|todoruleid):", lines[j])):
                        j += 1
                    if j >= len(lines):
                        continue
                    line = lines[j]
                    tok = None
                    for rx in rxs:
                        mt = rx.search(line)
                        if mt:
                            tok = secret_of(mt) if rx.groups else mt.group(0)
                            if tok and (len(tok) > 200 or tok == line.strip()) and not tok.startswith("-----"):
                                tok = pick_token(tok)
                            break
                    tok = tok or pick_token(line)
                    out.append(dict(source="semgrep", provider=rule["id"], rule=rule["id"],
                                    context=line, token=tok, path=t))
    return out


def ripsecrets_tests(m):
    """ripsecrets' test inputs: test/one_per_line/<kind> holds one secret a line,
    test/one_per_file/<kind> one a file; the token is pick_token's (no portable rule)."""
    out = []
    for path in m.ls("test/"):
        kind = path.split("/")
        if len(kind) != 3 or kind[1] not in ("one_per_line", "one_per_file"):
            continue
        text = m.show(path)
        items = [text] if kind[1] == "one_per_file" else [ln for ln in text.split("\n") if ln.strip()]
        for ctx in items:
            out.append(dict(source="ripsecrets", provider=kind[2].replace("_json", ""), rule=path,
                            context=ctx.rstrip("\n"), token=pick_token(ctx), path=path))
    return out


def twoms_tests(m):
    """2ms's rule tests (engine/rules/ruledefine/*_test.go): the string literals of each
    `truePositives` list; the token is pick_token's (the rules are built by Go helpers)."""
    out = []
    for path in m.ls("engine/rules/ruledefine/"):
        if not path.endswith("_test.go"):
            continue
        rule = os.path.basename(path)[:-len("_test.go")]
        toks = list(go_tokens(m.show(path)))
        for i, t in enumerate(toks):
            if t != "truePositives" or toks[i + 1] != ":":
                continue
            j, depth = i + 2, 0
            while j < len(toks):
                if toks[j] == "{":
                    depth += 1
                elif toks[j] == "}":
                    depth -= 1
                    if depth <= 0:
                        break
                elif (s := go_string(toks[j])) is not None and toks[j + 1] != "+" and toks[j - 1] != "+":
                    out.append(dict(source="2ms", provider=rule, rule=rule, context=s, token=pick_token(s), path=path))
                j += 1
    return out


FOURTH_SEED = 202612069


def fourth(a):
    """dev4 and holdout-c: detect-secrets' plugin tests, semgrep-rules' secret tests, ripsecrets'
    test inputs and 2ms's rule tests, without any token of the earlier sets. Providers are
    grouped by family word and split in two by a seeded draw: dev4's are for writing detectors,
    holdout-c's only for measuring."""
    names = ("detect-secrets", "semgrep", "ripsecrets", "2ms")
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in names}
    raw = (detect_secrets_tests(mirrors["detect-secrets"]) + semgrep_tests(mirrors["semgrep"])
           + ripsecrets_tests(mirrors["ripsecrets"]) + twoms_tests(mirrors["2ms"]))
    for r in raw:
        r["rule"], r["provider"] = r["provider"] if r["source"] != "ripsecrets" else r["rule"], family(r["provider"])
    known = known_tokens(a.out, ("dev.jsonl", "holdout.jsonl.gz", "dev2.jsonl", "holdout2.jsonl.gz"))
    recs, _ = finish(raw, mirrors, PER_RULE["fourth"], exclude=known)
    split_by_provider(a.out, recs, FOURTH_SEED, "dev4.jsonl", "holdout-c.jsonl.gz")


# --- the fifth source: Betterleaks' rules that gitleaks does not have -----------------------------

def fifth(a):
    """dev5 and holdout-d: Betterleaks (gitleaks' successor by its author, MIT) rule tests, only
    the rule files gitleaks has no file of the same name for (new providers: Groq, Tailscale,
    Supabase, ...), without any token of the earlier sets. Providers are grouped by family word
    and split in two by a seeded draw: dev5's are for writing detectors, holdout-d's only for
    measuring (blind, first with main's binary)."""
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in ("gitleaks", "betterleaks")}
    known_files = {os.path.basename(p) for p in mirrors["gitleaks"].ls("cmd/generate/config/rules/")}
    raw = gitleaks(mirrors["betterleaks"], "betterleaks", "config/betterleaks.toml", known_files, concat=True)
    # identifier rules (a host, a URL, an account id or name) find no credential
    raw = [r for r in raw if not re.search(r"-(?:url|host|name|address|id)(?:\.\d+)?$", r["rule"])]
    for r in raw:
        r["provider"] = family(r["provider"])
    known = known_tokens(a.out, ("dev.jsonl", "holdout.jsonl.gz", "dev2.jsonl", "holdout2.jsonl.gz",
                                 "dev4.jsonl", "holdout-c.jsonl.gz"))
    recs, _ = finish(raw, mirrors, PER_RULE["fifth"], exclude=known)
    split_by_provider(a.out, recs, FIFTH_SEED, "dev5.jsonl", "holdout-d.jsonl.gz")


# --- the sixth source: Trivy's secret-scanner tests, ggshield's recorded API answers ------------

def trivy_tests(m):
    """Trivy's secret scanner tests (pkg/fanal/secret/scanner_test.go): each expected finding's
    `Match` is its input line with the secret masked by as many `*`; the unmasked characters of
    a line of `testdata/` that the mask fits are the token Trivy's own builtin rule reports.
    Only builtin rules (the ids in builtin-rules.go), not the tests' custom `rule1`; the OpenAI
    findings mask a whole one-line file."""
    base = "pkg/fanal/secret/"
    test = m.show(base + "scanner_test.go")
    builtin = set(re.findall(r'ID:\s*"([^"]+)"', m.show(base + "builtin-rules.go")))
    toks = list(go_tokens(test))
    wants = []
    for i, t in enumerate(toks):
        if t == "RuleID" and toks[i + 1] == ":" and (rule := go_string(toks[i + 2])) in builtin:
            for j in range(i + 3, min(i + 60, len(toks) - 2)):
                if toks[j] == "Match" and toks[j + 1] == ":":
                    # a mask with no text of the line around it fits any long line
                    match = go_string(toks[j + 2])
                    if match and "*" in match and "\n" not in match and len(re.sub(r"[*\s]", "", match)) >= 3:
                        wants.append((rule, match))
                    break
    out = []
    files = [p for p in m.ls(base + "testdata/") if p and not re.search(r"/(config|allow|global|skip|exclude|multi)[^/]*\.yaml$", p)]
    texts = {}
    for path in files:
        try:
            texts[path] = m.show(path)
        except subprocess.CalledProcessError:
            continue
    for rule, match in wants:
        parts = re.split(r"(\*+)", match)
        pattern = "".join(f"(.{{{len(x)}}})" if x.startswith("*") else re.escape(x) for x in parts if x)
        for path, text in texts.items():
            for line in text.split("\n"):
                hit = re.search(pattern, line)
                if hit:
                    token = "".join(g for g in hit.groups()).strip("\"'")
                    # a mask fitting a line of another test's file (minified JS) is no token
                    if re.search(r'[\s"{},;]', token) and "PRIVATE KEY" not in text:
                        continue
                    out.append(dict(source="trivy", provider=rule, rule=rule, context=text.rstrip("\n"), token=token, path=path,
                                    file=config_name(path)))
    # openAIFinding(rule, title, severity, length): the whole first line of testdata/<rule>.txt
    for rule, length in re.findall(r'openAIFinding\("([^"]+)",\s*"[^"]*",\s*"[^"]*",\s*(\d+)\)', test):
        path = f"{base}testdata/{rule}.txt"
        if path in texts:
            token = texts[path].split("\n")[0][:int(length)]
            out.append(dict(source="trivy", provider=rule, rule=rule, context=texts[path].rstrip("\n"), token=token, path=path))
    return out


def config_name(path):
    """The test file's own name when it names a configuration format (`settings.xml`,
    `settings-security.xml`, `symfony-secret.yaml`): Maven's and others' detectors are bound to
    the file; a `.txt` test input gets a name from its context's shape, as the other sources'."""
    name = os.path.basename(path)
    return name if re.search(r"\.(?:xml|ya?ml|json|properties|env)$", name) else None


def ggshield_cassettes(m):
    """ggshield's recorded GitGuardian API answers (tests/unit/cassettes/*.yaml): each request's
    documents and, in the answer, the policy breaks GitGuardian's detectors found in them, with
    the secret's text (`matches` of a secret type: apikey, password; not the host, port or user)."""
    out = []
    for path in m.ls("tests/unit/cassettes/"):
        if not path.endswith(".yaml"):
            continue
        try:
            tape = yaml.safe_load(m.show(path)) or {}
        except yaml.YAMLError:
            continue
        for it in tape.get("interactions") or []:
            try:
                docs = json.loads((it.get("request") or {}).get("body") or "null")
                answer = json.loads(((it.get("response") or {}).get("body") or {}).get("string") or "null")
            except (ValueError, TypeError, AttributeError):
                continue
            if not isinstance(docs, list) or not isinstance(answer, list):
                continue
            for doc, res in zip(docs, answer):
                text = doc.get("document") if isinstance(doc, dict) else None
                for brk in (res or {}).get("policy_breaks") or [] if text else []:
                    for mt in brk.get("matches") or []:
                        if mt.get("type") in ("apikey", "password", "client_secret", "secret", "token") and mt.get("match") in text:
                            out.append(dict(source="ggshield", provider=brk["type"], rule=brk["type"], context=text,
                                            token=mt["match"], path=path))
    return out


SIXTH_SEED = 202612081


def sixth(a):
    """dev6 and holdout-e: Trivy's secret-scanner tests and ggshield's recorded GitGuardian
    answers, without any token of the earlier sets. Families split by a seeded draw: dev6's are
    for writing detectors, holdout-e's only for measuring (blind, first with main's binary)."""
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in ("trivy", "ggshield")}
    raw = trivy_tests(mirrors["trivy"]) + ggshield_cassettes(mirrors["ggshield"])
    for r in raw:
        r["provider"] = family(r["provider"])
    known = known_tokens(a.out, ("dev.jsonl", "holdout.jsonl.gz", "dev2.jsonl", "holdout2.jsonl.gz",
                                 "dev4.jsonl", "holdout-c.jsonl.gz", "dev5.jsonl", "holdout-d.jsonl.gz"))
    recs, _ = finish(raw, mirrors, PER_RULE["sixth"], exclude=known)
    split_by_provider(a.out, recs, SIXTH_SEED, "dev6.jsonl", "holdout-e.jsonl.gz")


# --- the seventh source: KICS's passwords-and-secrets query tests ------------------------------

KICS_FILES = {".tf": "main.tf", ".dockerfile": "Dockerfile", ".json": "template.json", ".yaml": "template.yaml",
              ".yml": "template.yaml", ".bicep": "main.bicep"}


def kics_tests(m):
    """KICS's "Passwords And Secrets" query (assets/queries/common/passwords_and_secrets/): each
    entry of test/positive_expected_result.json names a rule of regex_rules.json, a positive test
    file and the line KICS reports. The token is that rule's capture on the line (the group its
    `entropies` check, else its last value group, else the whole match, quotes stripped); a
    multi-line rule (private keys, PuTTY files) is run over the whole file and kept when its
    match covers the line. A rule Python cannot compile falls back to the fourth sources' picker."""
    base = "assets/queries/common/passwords_and_secrets/"
    rules = {r["name"]: r for r in json.loads(m.show(base + "regex_rules.json"))["rules"]}
    want = json.loads(m.show(base + "test/positive_expected_result.json"))
    out, texts = [], {}
    for w in want:
        name = w["queryName"].split(" - ", 1)[-1]
        path = base + "test/" + w["fileName"]
        if path not in texts:
            try:
                texts[path] = m.show(path)
            except subprocess.CalledProcessError:
                texts[path] = None
        text, rule = texts[path], rules.get(name)
        if not text or not rule:
            continue
        lines = text.split("\n")
        if not 0 < w["line"] <= len(lines):
            continue
        line = lines[w["line"] - 1]
        line_start = len("\n".join(lines[:w["line"] - 1])) + (1 if w["line"] > 1 else 0)
        token = None
        if rule.get("multiline"):
            # KICS's multi-line patterns nest quantifiers (`((.*)\s*)*`), which backtrack without end
            # in Python: a key block or PuTTY file is cut out directly, the others' value is on the line
            block = (re.search(r"-----BEGIN[A-Z ]*PRIVATE KEY( BLOCK)?-----.*?-----END[A-Z ]*PRIVATE KEY( BLOCK)?-----", text, re.S)
                     or re.search(r"PuTTY-User-Key-File-\d:.*?Private-MAC: [0-9a-f]+", text, re.S))
            if block and block.start() <= line_start + len(line) and block.end() >= line_start:
                token = block.group(0)
            rx = None
        else:
            try:
                rx = py_regex(rule["regex"])
            except re.error:
                rx = None
        for hit in rx.finditer(line) if rx is not None else ():
            groups = [g["group"] for g in rule.get("entropies") or []]
            if groups and hit.group(groups[0]):
                token = hit.group(groups[0])
            elif rx.groups:
                vals = [g for g in hit.groups() if g and len(g) >= 8 and not re.fullmatch(r"(?i)[a-z_]+", g)]
                token = vals[-1] if vals else hit.group(0)
            else:
                token = hit.group(0)
            break
        if name == "Password in URL" or token is None:
            token = pick_token(line)
        if not token:
            continue
        token = token.strip().strip("\"'")
        ext = os.path.splitext(w["fileName"])[1]
        out.append(dict(source="kics", provider=name, rule=name, context=text.rstrip("\n"), token=token, path=path,
                        file=KICS_FILES.get(ext)))
    return out


SEVENTH_SEED = 202612121


def seventh(a):
    """dev7 and holdout-f: KICS's secret-query tests (DataDog's fork of Checkmarx KICS), without
    any token of the earlier sets. Families split by a seeded draw: dev7's are for writing
    detectors, holdout-f's only for measuring (blind, first with main's binary)."""
    mirrors = {"kics": Mirror(a.mirrors, SOURCES["kics"][0])}
    raw = kics_tests(mirrors["kics"])
    for r in raw:
        r["provider"] = family(r["provider"])
    known = known_tokens(a.out, ("dev.jsonl", "holdout.jsonl.gz", "dev2.jsonl", "holdout2.jsonl.gz",
                                 "dev4.jsonl", "holdout-c.jsonl.gz", "dev5.jsonl", "holdout-d.jsonl.gz",
                                 "dev6.jsonl", "holdout-e.jsonl.gz"))
    recs, _ = finish(raw, mirrors, PER_RULE["seventh"], exclude=known)
    # A rule whose value group is shorter than 8 characters (`password: root`) gave its whole match,
    # key and all: no token. Dropped after the families are drawn, so that the split is the one
    # holdout-f was first measured blind with (the draw is over the families before this filter).
    whole_match = re.compile(r"(?i)^['\"]?[\w-]*(?:password|secret|token|key)['\"]?\s*[:=]")
    kept = [r for r in recs if not whole_match.match(r["token"])]
    print(f"kics: {len(raw)} expected findings, {len(recs)} tokens, {len(kept)} kept "
          f"({len(recs) - len(kept)} whole matches of a key and its value dropped)", file=sys.stderr)
    import random
    providers = sorted({r["provider"] for r in recs})
    held = set(random.Random(SEVENTH_SEED).sample(providers, len(providers) // 2))
    write(a.out, "dev7.jsonl", [r for r in kept if r["provider"] not in held])
    write(a.out, "holdout-f.jsonl.gz", [r for r in kept if r["provider"] in held])


# --- the eighth source: LeakTK's fake leaks, GitHub's custom secret-scanning patterns ----------

# rules of these sources that find no credential: identifiers, markings, hashes, CI lint, PII
LEAKTK_SKIP = re.compile(r"(?i)unique identifier|unclassified|password hash|vulnerable github workflow|"
                         r"api key sid|pkcs #12")
GHAS_SKIP = re.compile(r"common_passwords|sha_checker|uuids|public_key|internal_(?:emails|urls)|ipv4|ghcr_typos|"
                       r"azure_sql_connection_string|iban|pii")


def own_name(path, ctx):
    """The test file's own name when it has an extension or is a dotfile (`.npmrc`, `ad-keys.env`,
    `oauth-config.yaml`: path-bound detectors care); else a name from the context's shape."""
    name = os.path.basename(path)
    return name if "." in name else file_name(ctx)


def leaktk_results(m, patterns):
    """LeakTK's expected scanner results (leaktk/patterns testdata/leaktk-scanner-results.yaml):
    each names a rule, a file of the fake-leaks repository and the secret its pattern captures
    there. The file is read from the fake-leaks mirror; a secret no longer in it is dropped by
    `finish`."""
    out, texts = [], {}
    for r in yaml.safe_load(patterns.show("testdata/leaktk-scanner-results.yaml")) or []:
        rule, path, token = r.get("rule.description"), r.get("location.path"), r.get("secret")
        if not rule or not path or not isinstance(token, str) or LEAKTK_SKIP.search(rule):
            continue
        if path not in texts:
            try:
                texts[path] = m.show(path)
            except subprocess.CalledProcessError:
                texts[path] = None
        if texts[path]:
            out.append(dict(source="leaktk", provider=rule, rule=rule, context=texts[path].rstrip("\n"), token=token,
                            path=path, file=own_name(path, texts[path])))
    return out


def ghas_patterns(m, check=True):
    """GitHub's custom secret-scanning patterns (advanced-security/secret-scanning-custom-patterns):
    each pattern's `test` (its data and the offsets of the match, the whole data when none) and
    `expected` (a file beside patterns.yml and the offsets of each match)."""
    out = []
    for pf in m.ls("."):
        if not pf.endswith("/patterns.yml"):
            continue
        folder = pf.rsplit("/", 1)[0]
        try:
            doc = yaml.safe_load(m.show(pf)) or {}
        except yaml.YAMLError:
            continue
        for pat in doc.get("patterns") or []:
            kind = pat.get("type") or ""
            if not kind or GHAS_SKIP.search(kind):
                continue
            cases = []
            tests = pat.get("test") or []
            for test in tests if isinstance(tests, list) else [tests]:  # one test or a list of them
                data = test.get("data") if isinstance(test, dict) else None
                if isinstance(data, str):
                    cases.append((pf, data, test.get("start_offset", 0), test.get("end_offset", len(data.rstrip("\n")))))
            for e in pat.get("expected") or []:
                path = f"{folder}/{e.get('name')}"
                try:
                    cases.append((path, m.show(path), e.get("start_offset"), e.get("end_offset")))
                except subprocess.CalledProcessError:
                    continue
            try:
                # an `expected` offset recorded before its file was edited cuts the wrong text:
                # a token must still be what the pattern itself matches
                body = py_regex(((pat.get("regex") or {}).get("pattern") or "").strip())
            except re.error:
                body = None
            for path, text, start, end in cases:
                if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
                    continue
                token = text[start:end].strip().strip("\"'")
                if check and body is not None and body.pattern and not body.fullmatch(token):
                    continue
                out.append(dict(source="ghas", provider=kind, rule=kind, context=text.rstrip("\n"),
                                token=token, path=path,
                                file=own_name(path, text) if path != pf else file_name(text)))
    return out


EIGHTH_SEED = 202612131


def eighth(a):
    """dev8 and holdout-g: LeakTK's fake leaks (with its scanner's expected results) and GitHub's
    custom secret-scanning patterns' tests, without any token of the earlier sets. Families split
    by a seeded draw: dev8's are for writing detectors, holdout-g's only for measuring (blind,
    first with main's binary)."""
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in ("leaktk", "leaktk-patterns", "ghas")}
    leak = leaktk_results(mirrors["leaktk"], mirrors["leaktk-patterns"])
    raw = leak + ghas_patterns(mirrors["ghas"], check=False)
    keep_tokens = {r["token"] for r in leak + ghas_patterns(mirrors["ghas"])}
    for r in raw:
        r["provider"] = family(r["provider"])
    known = known_tokens(a.out, ("dev.jsonl", "holdout.jsonl.gz", "dev2.jsonl", "holdout2.jsonl.gz",
                                 "dev4.jsonl", "holdout-c.jsonl.gz", "dev5.jsonl", "holdout-d.jsonl.gz",
                                 "dev6.jsonl", "holdout-e.jsonl.gz", "dev7.jsonl", "holdout-f.jsonl.gz"))
    recs, _ = finish(raw, mirrors, PER_RULE["eighth"], exclude=known)
    # GitHub's PII patterns (card and national id numbers) are no credential, and an `expected`
    # offset that no longer fits its file cuts the wrong text: both were found in dev8 after the
    # blind run and are dropped after the families are drawn, so that the split stays the one
    # holdout-g was first measured with
    kept = [r for r in recs if not r["source"]["path"].startswith("pii/") and r["token"] in keep_tokens]
    print(f"eighth: {len(raw)} expected findings, {len(recs)} tokens, {len(kept)} kept", file=sys.stderr)
    import random
    providers = sorted({r["provider"] for r in recs})
    held = set(random.Random(EIGHTH_SEED).sample(providers, len(providers) // 2))
    write(a.out, "dev8.jsonl", [r for r in kept if r["provider"] not in held])
    write(a.out, "holdout-g.jsonl.gz", [r for r in kept if r["provider"] in held])


# --- the ninth sources: IBM's detect-secrets fork, whispers -----------------------------------

def plugin_package(m, package, tmp):
    """A source's own Python package, from the mirror's commit, importable from `tmp`."""
    import io
    import tarfile as tf
    arch = subprocess.run(["git", "--git-dir", m.git, "archive", m.commit, package],
                          check=True, capture_output=True).stdout
    with tf.open(fileobj=io.BytesIO(arch)) as t:
        t.extractall(tmp, filter="data")


def test_constants(tree, namespace):
    """The module's and its classes' plain assignments (`CL_PW = '…'`, a `.format(...)` of them),
    evaluated in order; an assignment that needs anything else is skipped."""
    import ast
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for node in body:
            if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
                try:
                    value = eval(compile(ast.Expression(node.value), "<test>", "eval"), {"__builtins__": {}}, namespace)
                except Exception:  # a call or name outside the test's constants
                    continue
                for t in node.targets:
                    namespace[t.id] = value


def ibm_detect_secrets_tests(m):
    """IBM's detect-secrets fork (its own plugins: Artifactory, Box, Cloudant, Db2, GitHub
    Enterprise, IBM Cloud IAM, IBM COS HMAC, SoftLayer, …): each `pytest.mark.parametrize` case its
    test marks as flagged, the payload built from the test's constants, run through the plugin
    itself (the package from the same commit, verification off) to get the secret it reports."""
    import ast
    import tempfile
    import textwrap
    tmp = tempfile.mkdtemp(prefix="ibmds.")
    plugin_package(m, "detect_secrets", tmp)
    for name in [k for k in sys.modules if k == "detect_secrets" or k.startswith("detect_secrets.")]:
        del sys.modules[name]
    sys.path.insert(0, tmp)
    out = []
    for path, provider, src, detector, plugin in detect_secrets_plugins(m, "ibm-detect-secrets"):
        tree = ast.parse(src)
        namespace = {"textwrap": textwrap}
        test_constants(tree, namespace)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "parametrize" and len(node.args) >= 2):
                continue
            try:
                names = [n.strip() for n in ast.literal_eval(node.args[0]).split(",")]
            except ValueError:
                continue
            flag = next((i for i, n in enumerate(names) if "flag" in n or n.startswith("should")), None)
            text = next((i for i, n in enumerate(names) if n in ("payload", "line", "text", "string", "content")), None)
            if flag is None or text is None or not isinstance(node.args[1], (ast.List, ast.Tuple)):
                continue
            for case in node.args[1].elts:
                try:
                    values = eval(compile(ast.Expression(case), "<test>", "eval"), {"__builtins__": {}}, namespace)
                except Exception:
                    continue
                if not isinstance(values, tuple) or len(values) != len(names) or values[flag] is not True:
                    continue
                payload = values[text]
                if not isinstance(payload, str):
                    continue
                for line in payload.split("\n"):
                    try:
                        found = plugin.analyze_line(line, 1, "mock_filename", output_raw=True)
                    except Exception:
                        continue
                    for sec in found:
                        if getattr(sec, "secret_value", None):
                            out.append(dict(source="ibm-detect-secrets", provider=provider, rule=detector,
                                            context=payload, token=sec.secret_value, path=path))
    sys.path.remove(tmp)
    subprocess.run(["rm", "-rf", tmp])
    return out


# whispers' rules that find a credential, and the provider each names (the generic ones as `generic-…`);
# left out: identifiers (`aws-id`), hashes (`htpasswd`), encodings, paths, comments, lint rules
WHISPERS_RULES = {"apikey": "generic-apikey", "aws-secret": "aws-secret", "aws-token": "aws-token",
                  "password": "generic-password", "secret": "generic-secret", "uri": "uri-credentials",
                  "slack-webhook": "slack-webhook", "hubspot-webhook": "hubspot-webhook",
                  "twilio-webhook": "twilio-webhook", "github": "github", "npmrc": "npmrc", "pip": "pip",
                  "pypirc": "pypirc", "dockercfg": "dockercfg", "privatekey": "privatekey"}


def whispers_fixtures(m):
    """whispers' test fixtures (files of every format it parses, made to hold secrets), run
    through whispers itself (the package from the same commit), one credential rule at a time:
    each reported value is a token, its fixture file the context (planted under its own name)."""
    import contextlib
    import io
    import tempfile
    tmp = tempfile.mkdtemp(prefix="whispers.")
    plugin_package(m, "whispers", tmp)
    plugin_package(m, "tests/fixtures", tmp)
    sys.path.insert(0, tmp)
    from whispers import core
    from whispers.cli import parse_args
    fixtures = os.path.join(tmp, "tests", "fixtures")
    out = []
    here = os.getcwd()
    os.chdir(tmp)  # whispers writes its log file into the working directory
    for rule, provider in WHISPERS_RULES.items():
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                found = list(core.run(parse_args(["-r", rule, fixtures])))
        except Exception as e:  # a fixture a plugin cannot parse stops the run: report it
            print(f"whispers: rule {rule}: {e!r}", file=sys.stderr)
            continue
        # whispers walks a set of paths (hash-randomised order): sorted, the draw is repeatable
        for sec in sorted(found, key=lambda sec: (sec.file, sec.line, str(sec.key), str(sec.value))):
            rel = os.path.relpath(sec.file, tmp)
            try:
                with open(sec.file, encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            if not isinstance(sec.value, str):
                continue
            out.append(dict(source="whispers", provider=provider, rule=rule, context=text.rstrip("\n"),
                            token=sec.value.strip(), path=rel, file=own_name(rel, text)))
    os.chdir(here)
    sys.path.remove(tmp)
    subprocess.run(["rm", "-rf", tmp])
    return out


NINTH_SOURCE_SEED = 202612161


def guard(a, dev_name, held_name, measured_in, cli=None):
    """What every source's builder from the ninth on checks first: its two files are not there
    already (the held-out half was measured blind and the dev half read: a rebuild is another
    draw, so it goes to another --out directory holding the earlier sets), and the source's own
    CLI is given when the source is run as itself (`cli`: the option, its value, how to get it)."""
    if any(os.path.exists(os.path.join(a.out, n)) for n in (dev_name, held_name)):
        sys.exit(f"{dev_name} or {held_name} exists: they are the files measured in round {measured_in}; "
                 "give --out another directory (with the earlier sets) to rebuild")
    if cli and not cli[1]:
        sys.exit(f"this source needs {cli[0]} PATH ({cli[2]})")


def family_split(a, label, raw, mirrors, seed, dev_name, held_name, what, key=None):
    """The tail of every source's builder from the ninth on: drop every token of the earlier sets
    (every dev and held-out file but the two being built, compared by value, never printed), then
    split the providers' families by a seeded draw into `dev_name` (for writing detectors) and
    `held_name` (only for measuring, blind). A record keeps its finer provider name, the draw is
    over the family words, so one provider's tokens stay on one side."""
    import glob
    import random
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(a.out, "dev*.jsonl")) +
                   glob.glob(os.path.join(a.out, "holdout*.jsonl.gz"))
                   if os.path.basename(p) not in (dev_name, held_name))
    recs, _ = finish(raw, mirrors, PER_RULE[label], exclude=known_tokens(a.out, names))
    print(f"{label}: {len(raw)} {what}, {len(recs)} tokens after the filters and the dedup against "
          f"{len(names)} earlier sets", file=sys.stderr)
    key = key or (lambda r: family(r["provider"]))
    families = sorted({key(r) for r in recs})
    held = set(random.Random(seed).sample(families, len(families) // 2))
    write(a.out, dev_name, [r for r in recs if key(r) not in held])
    write(a.out, held_name, [r for r in recs if key(r) in held])


def ninth(a):
    """dev11 and holdout-h: IBM's detect-secrets fork (its plugin tests) and whispers' fixtures,
    without any token of the earlier sets (every dev and held-out file, compared by value, never
    printed). Families split by a seeded draw: dev11's are for writing detectors, holdout-h's only
    for measuring (blind, first with main's binary). A record keeps its finer provider name
    (`ibm-cloud-iam`), the draw is over the family words, so one provider's tokens stay on one side."""
    # The committed dev11/holdout-h come from the first run, whose whispers order was Python's
    # hash-randomised set order; the sorted order now used is another draw. holdout-h was measured
    # blind and dev11 opened on those files: they are not to be replaced.
    guard(a, "dev11.jsonl", "holdout-h.jsonl.gz", 16)
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in ("ibm-detect-secrets", "whispers")}
    raw = ibm_detect_secrets_tests(mirrors["ibm-detect-secrets"]) + whispers_fixtures(mirrors["whispers"])
    family_split(a, "ninth", raw, mirrors, NINTH_SOURCE_SEED, "dev11.jsonl", "holdout-h.jsonl.gz", "candidates")


# --- the tenth source: CredSweeper's labelled samples ------------------------------------------

# CredSweeper rules that name an identifier or a non-secret value, not a credential
CS_SKIP = {"UUID", "AWS S3 Bucket", "Firebase Domain", "Salt", "Nonce", "Tencent WeChat API App ID",
           "AWS Client ID", "Alibaba Access Key ID"}
# its keyword rules, named like the generic rules of earlier sets
CS_GENERIC = {"Password", "Token", "Key", "Secret", "Auth", "Credential", "API"}


def credsweeper_samples(m):
    """CredSweeper's expected findings (`tests/data/output.json`, its scan of `tests/samples/` with
    its ML filter on): the value of a finding's last line is the token (a pair rule lists the id
    first, the secret last), a PEM rule's token the block its file holds, the sample file the
    context, under its own name."""
    out, texts = [], {}
    for f in json.loads(m.show("tests/data/output.json")):
        rule, lines = f["rule"], f.get("line_data_list") or []
        if rule in CS_SKIP or not lines:
            continue
        path = lines[-1]["path"].lstrip("./")
        if path not in texts:
            try:
                texts[path] = m.show(path)
            except subprocess.CalledProcessError:  # a member of an archive sample
                texts[path] = ""
        text = texts[path]
        token = pick_token(text) if "PEM" in rule and "-----BEGIN" in text else lines[-1]["value"]
        if not text or "\x00" in text or not token:
            continue
        provider = "generic-" + rule.lower() if rule in CS_GENERIC else re.sub(r"[^a-z0-9]+", "-", rule.lower()).strip("-")
        out.append(dict(source="credsweeper", provider=provider, rule=rule, context=text, token=token,
                        path=path, file=own_name(path, window(text, token)) if token in text else None))
    return out


def tenth(a):
    """dev12 and holdout-i: CredSweeper's labelled samples, without any token of the earlier sets
    (every dev and held-out file, compared by value, never printed). Families split by a seeded
    draw: dev12's are for writing detectors, holdout-i's only for measuring (blind, measured with
    main's binary before any detector changed)."""
    guard(a, "dev12.jsonl", "holdout-i.jsonl.gz", 17)
    mirrors = {"credsweeper": Mirror(a.mirrors, SOURCES["credsweeper"][0])}
    raw = credsweeper_samples(mirrors["credsweeper"])
    family_split(a, "tenth", raw, mirrors, TENTH_SOURCE_SEED, "dev12.jsonl", "holdout-i.jsonl.gz", "expected findings")


# --- the eleventh sources: sonar-text's rule examples, Horusec's leaks tests ------------------

SONAR_SKIP = {"aws-access-key-ids"}  # an identifier, not a credential


def sonar_text_examples(m):
    """sonar-text's secret rules (`secrets/configuration/*.yaml`): each example marked
    `containsSecret: true` with the `match` its own test expects; the token is that match, the
    example's text the context. The provider is the rule file's name."""
    out = []
    for path in m.ls("sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/"):
        if not path.endswith((".yaml", ".yml")):
            continue
        doc = yaml.safe_load(m.show(path)) or {}
        prov = doc.get("provider") or {}
        for rule in prov.get("rules") or []:
            if rule.get("id") in SONAR_SKIP:
                continue
            for ex in rule.get("examples") or []:
                text, tok = ex.get("text"), ex.get("match")
                if not ex.get("containsSecret") or not isinstance(text, str) or not isinstance(tok, str):
                    continue
                out.append(dict(source="sonar-text", provider=os.path.basename(path).rsplit(".", 1)[0].lower(),
                                rule=rule["id"], context=text.rstrip("\n"), token=tok.strip(), path=path,
                                file=ex.get("fileName") and os.path.basename(ex["fileName"])))
    return out


HORUSEC_SKIP = {"NewAWSManagerID", "NewFacebookClientID", "NewTwitterClientID", "NewLinkedInClientID",
                "NewGoogleGCPServiceAccount"}  # identifiers, not credentials

# the provider's own word, where splitting the constructor's CamelCase would cut it
HORUSEC_NAMES = {"NewAWSSecretKey": "aws-secret-key", "NewAWSMWSKey": "aws-mws-key",
                 "NewLinkedInSecretKey": "linkedin-secret-key", "NewMailChimpAPIKey": "mailchimp-api-key",
                 "NewPayPalBraintreeAccessToken": "paypal-braintree-access-token",
                 "NewSendGridAPIKey": "sendgrid-api-key", "NewSquareOAuthSecret": "square-oauth-secret",
                 "NewHardCodedCredentialGeneric": "generic-credential", "NewHardCodedPassword": "generic-password",
                 "NewPasswordExposedInHardcodedURL": "generic-url-password", "NewWPConfig": "wordpress-config"}


def horusec_leaks(m):
    """Horusec's leaks-engine tests (`rules_test.go`: a vulnerable sample constant of `samples.go`
    per rule, with the code line each finding is expected on). The token is the quoted value of that
    line (a URL's password, else the quoted string), the sample the context."""
    src = m.show("internal/services/engines/leaks/samples.go")
    consts = {k: v for k, v in re.findall(r"(SampleVulnerable\w+)\s*=\s*`([^`]*)`", src)}
    test = m.show("internal/services/engines/leaks/rules_test.go")
    test = test[:test.find("func TestRulesSafeCode")]
    out = []
    for case in re.split(r"\n\t\t\{\n", test)[1:]:
        rule = re.search(r"Rule:\s*(\w+)\(\)", case)
        sample = re.search(r"Src:\s*(\w+)", case)
        if not rule or not sample or rule.group(1) in HORUSEC_SKIP or sample.group(1) not in consts:
            continue
        for line in re.findall(r"CodeSample:\s*(?:\x60([^\x60]*)\x60|\"((?:\\.|[^\"])*)\")", case):
            line = line[0] or line[1]
            url = re.search(r"://[^:/@\s]+:([^@\s/]+)@", line)
            q = re.search(r"['\"]([^'\"]+)['\"]\)?;?\s*$", line)
            tok = url.group(1) if url else q.group(1) if q else None
            if tok:  # a stray `^` before Twilio's SK..., as its own rule's match leaves out
                tok = tok.lstrip("^")
            if not tok or " " in tok:  # WordPress's `put your unique phrase here` placeholder
                continue
            name = HORUSEC_NAMES.get(rule.group(1)) or re.sub(
                r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", rule.group(1)[3:]).lower()
            out.append(dict(source="horusec", provider=name, rule=rule.group(1), context=consts[sample.group(1)].strip("\n"),
                            token=tok, path="internal/services/engines/leaks/samples.go"))
    return out


ELEVENTH_SEED = 202612184


def eleventh(a):
    """dev13 and holdout-j: sonar-text's rule examples (at its last LGPL-3.0 commit) and Horusec's
    leaks tests, without any token of the earlier sets (by value, never printed). Families split by
    a seeded draw: dev13's are for writing detectors, holdout-j's only for measuring (blind,
    measured with main's binary before any detector changed)."""
    guard(a, "dev13.jsonl", "holdout-j.jsonl.gz", 18)
    mirrors = {"sonar-text": Mirror(a.mirrors, SOURCES["sonar-text"][0], SONAR_TEXT_LGPL),
               "horusec": Mirror(a.mirrors, SOURCES["horusec"][0])}
    raw = sonar_text_examples(mirrors["sonar-text"]) + horusec_leaks(mirrors["horusec"])
    family_split(a, "eleventh", raw, mirrors, ELEVENTH_SEED, "dev13.jsonl", "holdout-j.jsonl.gz", "labelled examples")


# --- the twelfth source: Microsoft's sarif-pattern-matcher security tests ---------------------

SPM_TESTS = "src/Plugins/Tests.Security/TestData/SecurePlaintextSecrets/"


def spm_secret(result):
    """The secret a sarif-pattern-matcher result fingerprints (`secretFingerprint/v0`,
    `SecretFingerprint/current`, ... as its versions name it; `[secret=...]` in the oldest), else
    the region's snippet."""
    for key, val in (result.get("fingerprints") or {}).items():
        low = key.lower()
        if low.startswith("secretfingerprint") or low.startswith("validationfingerprint/") and "hash" not in low:
            if val.startswith("{"):
                try:
                    sec = json.loads(val).get("secret")
                except ValueError:
                    sec = None
            else:
                sec = (re.search(r"\[secret=(.*?)\](?=\[|$)", val) or [None, None])[1]
            if sec:
                return sec
    region = ((result.get("locations") or [{}])[0].get("physicalLocation") or {}).get("region") or {}
    return (region.get("snippet") or {}).get("text")


def spm_tests(m):
    """sarif-pattern-matcher's `SecurePlaintextSecrets` tests: each `ExpectedOutputs/*.sarif` lists
    what its SEC101 rule must report in the input file of the same stem; the fingerprinted secret is
    the token, the input the context. The provider is the rule's name in the file's stem
    (`SEC101_049.TelegramBotToken` -> telegram-bot-token); the planted file keeps only the input's
    extension (`sample.ps1`), as the test's own name spells the provider out."""
    out, texts = [], {}
    for path in m.ls(SPM_TESTS + "ExpectedOutputs/"):
        stem = re.match(r".*/(SEC101_\d+)\.(\w+)\.sarif$", path)
        if not stem:
            continue
        try:
            runs = json.loads(m.show(path)).get("runs") or []
        except (ValueError, subprocess.CalledProcessError):
            continue
        inputs = [p for p in m.ls(SPM_TESTS + "Inputs/") if os.path.basename(p).startswith(stem.group(1) + "." + stem.group(2) + ".")]
        if len(inputs) != 1:
            continue
        if inputs[0] not in texts:
            texts[inputs[0]] = m.show(inputs[0])
        text = texts[inputs[0]]
        name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", stem.group(2)).lower()
        for run in runs:
            for res in run.get("results") or []:
                tok = spm_secret(res)
                if not tok or "\x00" in text:
                    continue
                out.append(dict(source="sarif-pattern-matcher", provider=name, rule=res.get("ruleId") or stem.group(1),
                                context=text, token=tok, path=inputs[0],
                                file="sample" + os.path.splitext(inputs[0])[1]))
    return out


TWELFTH_SEED = 202612204


def twelfth(a):
    """dev14 and holdout-k: sarif-pattern-matcher's SEC101 tests, without any token of the earlier
    sets (by value, never printed). Families split by a seeded draw: dev14's are for writing
    detectors, holdout-k's only for measuring (blind, measured with main's binary before any
    detector changed)."""
    guard(a, "dev14.jsonl", "holdout-k.jsonl.gz", 19)
    mirrors = {"sarif-pattern-matcher": Mirror(a.mirrors, SOURCES["sarif-pattern-matcher"][0])}
    raw = spm_tests(mirrors["sarif-pattern-matcher"])
    family_split(a, "twelfth", raw, mirrors, TWELFTH_SEED, "dev14.jsonl", "holdout-k.jsonl.gz", "expected results")


# --- the thirteenth source: what checkov's secrets framework reports on checkov's own tests -----

CKV_PROVIDER = {"CKV_SECRET_2": "aws", "CKV_SECRET_4": "basic-auth", "CKV_SECRET_6": "generic-high-entropy",
                "CKV_SECRET_13": "private-key"}
AWS_KEY_ID = re.compile(r"^(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}$")  # an identifier


def checkov_secret(lines, first, last, digest):
    """The secret whose SHA-1 checkov reports as the finding's `resource` (detect-secrets'
    `secret_hash`), read back off the finding's lines: every substring of at most 300 characters."""
    for text in lines[first - 1:last]:
        for i in range(len(text)):
            for j in range(i + 1, min(len(text), i + 300) + 1):
                if hashlib.sha1(text[i:j].encode()).hexdigest() == digest:
                    return text[i:j]
    return None


def checkov_findings(m, checkov):
    """checkov's own `tests/` tree (read out of the mirror) scanned by checkov itself
    (`--framework secrets`, no platform download, so only its built-in detect-secrets plugins and
    its keyword-entropy combinator): each failed check is a labelled finding; its token is the
    secret its hash names on its lines, a private key's the PEM block its file holds, the file the
    context under its own name. AWS key ids alone are identifiers, left out."""
    import tempfile
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in m.ls("tests/"):
            if not path:
                continue
            dest = os.path.join(tmp, path)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            try:
                blob = subprocess.run(["git", "--git-dir", m.git, "show", f"{m.commit}:{path}"], check=True,
                                      capture_output=True).stdout
            except subprocess.CalledProcessError:  # a blob the snapshot lacks
                continue
            with open(dest, "wb") as f:
                f.write(blob)
        run = subprocess.run([checkov, "-d", os.path.join(tmp, "tests"), "--framework", "secrets", "-o", "json",
                              "--quiet", "--skip-download"], capture_output=True, text=True)
        report = json.loads(run.stdout)
        report = report[0] if isinstance(report, list) else report
        for f in sorted(report["results"]["failed_checks"], key=lambda f: (f["file_path"], f["file_line_range"])):
            provider = CKV_PROVIDER.get(f["check_id"])
            if not provider:
                continue
            with open(f["file_abs_path"], encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            first, last = f["file_line_range"]
            if provider == "private-key":
                token = pick_token(text) if "-----BEGIN" in text else None
            else:
                token = checkov_secret(text.split("\n"), first, last, f["resource"])
            if not token or "\x00" in text or AWS_KEY_ID.match(token):
                continue
            path = "tests" + f["file_path"]
            out.append(dict(source="checkov", provider=provider, rule=f["check_id"], context=text, token=token,
                            path=path, file=own_name(path, window(text, token)) if token in text else None))
    return out


THIRTEENTH_SEED = 202612212


def thirteenth(a):
    """dev15 and holdout-l: checkov's secrets findings on its own tests, without any token of the
    earlier sets (by value, never printed). Families split by a seeded draw: dev15's are for writing
    detectors, holdout-l's only for measuring (blind, measured with main's binary right after the
    draw, before any detector changed)."""
    guard(a, "dev15.jsonl", "holdout-l.jsonl.gz", 21, ("--checkov", a.checkov, "checkov's own CLI, run on its tests"))
    mirrors = {"checkov": Mirror(a.mirrors, SOURCES["checkov"][0])}
    raw = checkov_findings(mirrors["checkov"], a.checkov)
    # most of its values are one catch-all's (high-entropy strings): those are drawn by the test
    # folder they come from, so that one test's files stay on one side and the halves are near even
    family_split(a, "thirteenth", raw, mirrors, THIRTEENTH_SEED, "dev15.jsonl", "holdout-l.jsonl.gz", "failed checks",
                 key=lambda r: (r["provider"] + "@" + os.path.dirname(r["source"]["path"])
                                if r["provider"].startswith("generic") else family(r["provider"])))


# --- the fourteenth source: Avito's DeepSecrets on its own test fixtures ----------------------

# DeepSecrets' rule ids as providers: its regex rules name a provider or a key type, its semantic
# engine's rules (a secret-like variable name, with or without an entropy test; a password in a
# command) are catch-alls
DS_PROVIDER = {"S0": "slack", "S1": "private-key-rsa", "S2": "private-key-openssh", "S3": "private-key-dsa",
               "S4": "private-key-ec", "S5": "private-key-pgp", "S19": "url-password", "S23": "tableau",
               "S28": "generic-password-declaration", "S105": "generic-entropy-var-naming",
               "S106": "generic-var-naming", "S107": "generic-dangerous-condition"}


def deepsecrets_findings(m, cli):
    """DeepSecrets (the release of the mirror's commit, from PyPI) run on its own `tests/` tree, read
    out of the mirror: each finding is a labelled one, its `string` the token (unmasked by that
    release), the file the context under its own name. A rule not in DS_PROVIDER is left out."""
    import tempfile
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tar = subprocess.run(["git", "--git-dir", m.git, "archive", m.commit, "tests"], check=True,
                             capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=tar, check=True)
        report = os.path.join(tmp, "report.json")
        subprocess.run([cli, "--target-dir", os.path.join(tmp, "tests"), "--outfile", report,
                        "--process-count", "1"], check=True, capture_output=True)
        with open(report) as f:
            found = json.load(f)
        for path in sorted(found):
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            rel = os.path.relpath(path, tmp)
            for f in found[path]:
                provider = DS_PROVIDER.get(f["rule"])
                token = f["string"]
                if not provider or token not in text or "\x00" in text:
                    continue
                out.append(dict(source="deepsecrets", provider=provider, rule=f["rule"], context=text,
                                token=token, path=rel, file=own_name(rel, window(text, token))))
    return out


FOURTEENTH_SEED = 202612231


def fourteenth(a):
    """dev16 and holdout-m: DeepSecrets' findings on its own tests, without any token of the earlier
    sets (by value, never printed). Families split by a seeded draw: dev16's are for writing
    detectors, holdout-m's only for measuring (blind, measured with main's binary right after the
    draw, before any detector changed)."""
    guard(a, "dev16.jsonl", "holdout-m.jsonl.gz", 23, ("--deepsecrets", a.deepsecrets, "pip install deepsecrets==1.1.3"))
    mirrors = {"deepsecrets": Mirror(a.mirrors, SOURCES["deepsecrets"][0])}
    raw = deepsecrets_findings(mirrors["deepsecrets"], a.deepsecrets)
    family_split(a, "fourteenth", raw, mirrors, FOURTEENTH_SEED, "dev16.jsonl", "holdout-m.jsonl.gz", "findings")


# --- the fifteenth source: Google's OSV-SCALIBR secret detectors (veles) and their tests ---------

def go_close(toks, i):
    """The index just past the bracket that closes the one at toks[i]."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j] in ("(", "[", "{"):
            depth += 1
        elif toks[j] in (")", "]", "}"):
            depth -= 1
            if depth == 0:
                return j + 1
    return len(toks)


def go_items(toks, a, b):
    """The comma-separated items of toks[a:b] at the outer level, as (start, end) pairs."""
    out, start, j = [], a, a
    while j < b:
        if toks[j] in ("(", "[", "{"):
            j = go_close(toks, j)
            continue
        if toks[j] == ",":
            out.append((start, j))
            start = j + 1
        j += 1
    if start < b:
        out.append((start, b))
    return out


SCALIBR_NOT_SECRET = re.compile(r"(?i)^(?:(?:client|app|account|key|project|tenant|access|role)?_?id|url|host|hostname|user(?:name)?|"
                                r"email|client_?email|domain|region|project|location|name|account|org(?:anization)?)$")


def scalibr_secret(fields, text):
    """The secret of a wanted veles secret: its first field the input holds that names no
    identifier (`Secret`, `Key`, `Token`, not `ID`, `ClientEmail`); a URL's password."""
    for name, val in fields:
        url = re.match(r"[a-z][\w+.-]*://[^:/@\s]*:([^@\s/]+)@", val)
        if url:
            return url.group(1)
        if val in text and not SCALIBR_NOT_SECRET.match(name):
            return val
    return None


def scalibr_tests(m):
    """OSV-SCALIBR's secret detectors' tests (`veles/secrets/*/..._test.go`): each case whose `want`
    lists a secret (keyed `input: ..., want: []veles.Secret{...}` or positional `{"name", INPUT,
    []veles.Secret{...}}`) and each `velestest.AcceptDetector(t, detector, INPUT, WANT)` is a
    labelled example: its input the context, the wanted secret's field the token. Cases wanting
    nothing are the tests' negatives and are not read; values built at run time (`strings.Repeat`)
    are not evaluated (they are placeholders). The provider is the detector's directory."""
    out = []
    for path in m.ls("veles/secrets/"):
        # validators' tests call services; private keys are in every earlier set; a CSRF token is no credential
        if not path.endswith("_test.go") or "validator" in path or re.search(r"/privatekey/|/csrf_test", path):
            continue
        # the directory, and the file's own stem when one directory tests several (`github/pat_classic_...`)
        stem = re.sub(r"_?(?:detector_)?test\.go$|_?detector_test\.go$", "", os.path.basename(path))
        provider = re.sub(r"[/_]+", "-", os.path.dirname(path)[len("veles/secrets/"):] + "/" + stem).strip("-")
        toks = list(go_tokens(m.show(path)))
        env = go_vars(toks)
        examples = []  # (input's token span, want's token span)
        for i in range(len(toks) - 3):
            if toks[i:i + 4] == ["[", "]", "veles.Secret", "{"]:
                want = (i + 3, go_close(toks, i + 3))
                # the case's items before the want: the last that evaluates to a string is the input
                k, depth = i - 1, 0
                while k > 0:
                    if toks[k] in (")", "]", "}"):
                        depth += 1
                    elif toks[k] in ("(", "[", "{"):
                        if depth == 0:
                            break
                        depth -= 1
                    k -= 1
                items = [(a, b) for a, b in go_items(toks, k + 1, i - 2 if toks[i - 1] == ":" else i)
                         if not (b - a > 1 and toks[a] == "name" and toks[a + 1] == ":")]
                if items:
                    a, b = items[-1]
                    examples.append(((a + 2, b) if b - a > 2 and toks[a + 1] == ":" else (a, b), want))
            elif toks[i] == "velestest.AcceptDetector" and toks[i + 1] == "(":
                args = go_items(toks, i + 2, go_close(toks, i + 1) - 1)
                if len(args) >= 4:
                    examples.append((args[2], args[3]))
        for (ia, ib), (wa, wb) in examples:
            inp, _ = go_eval(toks, ia, env)
            if inp is None:
                continue
            text = "".join(inp)
            # each wanted secret: `pkg.Type{Field: EXPR, ...}`
            j = wa
            while j < wb:
                if j + 1 < wb and toks[j + 1] == "{" and re.fullmatch(r"[A-Za-z_][\w.]*", toks[j]):
                    end = go_close(toks, j + 1)
                    fields = []
                    for a, b in go_items(toks, j + 2, end - 1):
                        if b - a > 2 and toks[a + 1] == ":":
                            val, _ = go_eval(toks, a + 2, env)
                            if val is not None:
                                fields.append((toks[a], "".join(val)))
                    tok = scalibr_secret(fields, text)
                    if tok:
                        out.append(dict(source="osv-scalibr", provider=provider, rule=path, context=text,
                                        token=tok, path=path))
                    j = end
                else:
                    j += 1
    return out


# brands whose detectors OSV-SCALIBR keeps in several directories (`gcpapikey`, `gcpsak`, `gcshmackey`)
SCALIBR_BRANDS = re.compile(r"^(gcp|gcs|salesforce|azure|pyxkey|github|gitbasicauth|stripe|onepassword)")
FIFTEENTH_SEED = 202612241


def fifteenth(a):
    """dev17 and holdout-n: OSV-SCALIBR's secret-detector tests, without any token of the earlier
    sets (by value, never printed). Families split by a seeded draw: dev17's are for writing
    detectors, holdout-n's only for measuring (blind, measured with main's binary right after the
    draw, before any detector changed). A brand's directories are one family (Google's `gcp*` and
    `gcs*` together)."""
    guard(a, "dev17.jsonl", "holdout-n.jsonl.gz", 24)
    mirrors = {"osv-scalibr": Mirror(a.mirrors, SOURCES["osv-scalibr"][0])}
    raw = scalibr_tests(mirrors["osv-scalibr"])
    family_split(a, "fifteenth", raw, mirrors, FIFTEENTH_SEED, "dev17.jsonl", "holdout-n.jsonl.gz", "labelled examples",
                 key=lambda r: (lambda b: b.group(1).replace("gcs", "gcp") if b else family(r["provider"]))(
                     SCALIBR_BRANDS.match(r["provider"])))


TENTH_SOURCE_SEED = 202612183
FIFTH_SEED = 202612071
EXTRA_SEED = 20261206
SPLIT_SEED = 202612061


NINTH_SEED = 202612141
TENTH_SEED = 202612142


def split_held(a, held_name, seed, dev_name, still_held):
    """Half of a held-out set's providers (a seeded draw over the names; no token is read) become
    `dev_name`, to write detectors from; the other half, `still_held`, stays held out. The set
    itself is kept whole, as the earlier figures were measured on it."""
    import random
    with open(os.path.join(a.out, held_name), "rb") as f:
        recs = [json.loads(line) for line in gzip.decompress(f.read()).decode().splitlines()]
    providers = sorted({r["provider"] for r in recs})
    opened = set(random.Random(seed).sample(providers, len(providers) // 2))
    write(a.out, dev_name, [r for r in recs if r["provider"] in opened])
    write(a.out, still_held, [r for r in recs if r["provider"] not in opened])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default="tests/data/secrets-corpus")
    ap.add_argument("--extra", action="store_true",
                    help="build dev2.jsonl and holdout2.jsonl.gz (Titus, secretlint) beside the existing sets")
    ap.add_argument("--split-holdout", action="store_true",
                    help="split holdout.jsonl.gz by provider into dev3.jsonl (opened) and holdout-b.jsonl.gz (still held out)")
    ap.add_argument("--fourth", action="store_true",
                    help="build dev4.jsonl and holdout-c.jsonl.gz (detect-secrets, semgrep-rules, ripsecrets, 2ms)")
    ap.add_argument("--fifth", action="store_true",
                    help="build dev5.jsonl and holdout-d.jsonl.gz (Betterleaks' rules gitleaks has not)")
    ap.add_argument("--sixth", action="store_true",
                    help="build dev6.jsonl and holdout-e.jsonl.gz (Trivy's secret tests, ggshield's recorded answers)")
    ap.add_argument("--seventh", action="store_true",
                    help="build dev7.jsonl and holdout-f.jsonl.gz (KICS's passwords-and-secrets query tests)")
    ap.add_argument("--eighth", action="store_true",
                    help="build dev8.jsonl and holdout-g.jsonl.gz (LeakTK's fake leaks, GitHub's custom secret-scanning patterns)")
    ap.add_argument("--split-holdout-b", action="store_true",
                    help="split holdout-b.jsonl.gz by provider into dev9.jsonl (opened) and holdout-b2.jsonl.gz (still held out)")
    ap.add_argument("--split-holdout2", action="store_true",
                    help="split holdout2.jsonl.gz by provider into dev10.jsonl (opened) and holdout2b.jsonl.gz (still held out)")
    ap.add_argument("--ninth", action="store_true",
                    help="build dev11.jsonl and holdout-h.jsonl.gz (IBM's detect-secrets fork, whispers' fixtures); "
                         "needs the sources' own dependencies (tabulate, binaryornot, boxsdk[jwt]<4, luhn, lxml, "
                         "astroid<3, jproperties, python-levenshtein, beautifulsoup4)")
    ap.add_argument("--tenth", action="store_true",
                    help="build dev12.jsonl and holdout-i.jsonl.gz (CredSweeper's labelled samples)")
    ap.add_argument("--eleventh", action="store_true",
                    help="build dev13.jsonl and holdout-j.jsonl.gz (sonar-text's rule examples, Horusec's leaks tests)")
    ap.add_argument("--twelfth", action="store_true",
                    help="build dev14.jsonl and holdout-k.jsonl.gz (Microsoft sarif-pattern-matcher's SEC101 tests)")
    ap.add_argument("--thirteenth", action="store_true",
                    help="build dev15.jsonl and holdout-l.jsonl.gz (checkov's secrets findings on its own tests)")
    ap.add_argument("--checkov", metavar="PATH", help="checkov's CLI, for --thirteenth (pip install checkov)")
    ap.add_argument("--fourteenth", action="store_true",
                    help="build dev16.jsonl and holdout-m.jsonl.gz (DeepSecrets' findings on its own tests)")
    ap.add_argument("--deepsecrets", metavar="PATH", help="DeepSecrets' CLI, for --fourteenth (pip install deepsecrets==1.1.3)")
    ap.add_argument("--fifteenth", action="store_true",
                    help="build dev17.jsonl and holdout-n.jsonl.gz (OSV-SCALIBR's secret-detector tests)")
    a = ap.parse_args()
    if a.fifteenth:
        return fifteenth(a)
    if a.fourteenth:
        return fourteenth(a)
    if a.thirteenth:
        return thirteenth(a)
    if a.twelfth:
        return twelfth(a)
    if a.eleventh:
        return eleventh(a)
    if a.tenth:
        return tenth(a)
    if a.ninth:
        return ninth(a)
    if a.split_holdout_b:
        return split_held(a, "holdout-b.jsonl.gz", NINTH_SEED, "dev9.jsonl", "holdout-b2.jsonl.gz")
    if a.split_holdout2:
        return split_held(a, "holdout2.jsonl.gz", TENTH_SEED, "dev10.jsonl", "holdout2b.jsonl.gz")
    if a.eighth:
        return eighth(a)
    if a.seventh:
        return seventh(a)
    if a.sixth:
        return sixth(a)
    if a.fifth:
        return fifth(a)
    if a.fourth:
        return fourth(a)
    if a.extra:
        return extra(a)
    if a.split_holdout:
        return split_held(a, "holdout.jsonl.gz", SPLIT_SEED, "dev3.jsonl", "holdout-b.jsonl.gz")
    mirrors = {k: Mirror(a.mirrors, SOURCES[k][0]) for k in ("gitleaks", "noseyparker", "kingfisher", "trufflehog")}
    dev_raw = gitleaks(mirrors["gitleaks"]) + yaml_rules(
        mirrors["noseyparker"], "crates/noseyparker/data/default/builtin/rules/", "noseyparker", np_skip)
    dev, seen = finish(dev_raw, mirrors, PER_RULE["dev"])
    hold_raw = yaml_rules(mirrors["kingfisher"], "data/rules/", "kingfisher", kf_skip) + trufflehog(mirrors["trufflehog"])
    hold, _ = finish(hold_raw, mirrors, PER_RULE["holdout"], exclude=seen)
    os.makedirs(a.out, exist_ok=True)
    write(a.out, "dev.jsonl", dev)
    write(a.out, "holdout.jsonl.gz", hold)


if __name__ == "__main__":
    main()
