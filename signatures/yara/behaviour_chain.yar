// Behaviour chains: a script that takes several distinct attacker steps, whatever its spelling.
// Each step alone is common in benign installers (they fetch, chmod +x, write a cron line or a
// systemd unit); what installers do not do is add the steps only an intruder needs: work from a
// hidden or shared-memory directory, clear history and logs or lock files with chattr, kill
// rivals and switch security tools off, talk to a bare IP, a paste site, an onion, IRC or a
// pool. So the rules count distinct steps, not strings (a step is a group of patterns and
// counts once however often it matches: `math.min(#a + #b + ..., 1)`), and always ask for
// intruder steps; the class is named
// by the strongest step (mining, flooding and scanning, a shell or an account handed out), and
// a chain with none of those is named `malware` by the chain alone.
//
// Every rule carries the same gates, copied letter for letter from class_evidence.yar (not a
// compiled executable, not documentation by extension or directory): being terms other rules
// already have, they split the files into no new sets of rules (classes.rs), and a library or
// a manual never has the steps' atoms searched. The rules repeat the steps' patterns: yara-x
// searches an identical pattern once for all the rules that hold it. Every pattern is a literal with an uncommon
// atom, except the bare-IP URL, a regex led by the literal `p://` and a digit.

import "math"

rule miner_script_behaviour_chain
{
    meta:
        description = "Script that mines (a miner, pool or hugepages tuning) and takes intruder steps: two or more of hiding in /tmp/. or /dev/shm, clearing history or logs or chattr, killing rivals or disabling security tools, contacting a bare IP, paste site, IRC or pool"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        // fetch
        $f1 = "wget "
        $f2 = "curl "
        $f3 = "tftp "
        $f4 = "ftpget "
        // An upload landing through scp: what a honeypot or a victim logs when a kit is pushed.
        $f5 = "scp -t "
        $f6 = "/dev/tcp/"
        $f7 = "urlopen("
        $f8 = "urlretrieve("
        $f9 = "LWP::"
        // arm: made executable or piped into an interpreter
        $x1 = "chmod +x"
        $x2 = "chmod 777"
        $x3 = "chmod 755"
        $x4 = "chmod 0755"
        $x5 = "chmod u+x"
        $x6 = "chmod a+x"
        $x7 = "| sh"
        $x8 = "|sh"
        $x9 = "| bash"
        $x10 = "|bash"
        $x11 = "| python"
        $x12 = "| perl"
        // persist
        $p1 = "crontab"
        $p2 = "/etc/cron."
        $p3 = "/var/spool/cron"
        $p4 = "@reboot"
        $p5 = "/etc/systemd/system/"
        $p6 = "systemctl enable"
        $p7 = "/etc/rc.local"
        $p8 = "/etc/init.d/"
        $p9 = ".bashrc"
        $p10 = ".bash_profile"
        $p11 = "authorized_keys"
        $p12 = "ld.so.preload"
        // hide: a hidden or shared-memory place
        $w1 = "/tmp/."
        $w2 = "/var/tmp/."
        $w3 = "/dev/shm"
        // clear: history, logs, chattr, a payload deleted as it runs
        $h1 = "history -c"
        $h2 = "unset HISTFILE"
        $h3 = "HISTFILE=/dev/null"
        $h4 = "HISTSIZE=0"
        $h5 = "/var/log/wtmp"
        $h6 = "/var/log/lastlog"
        $h7 = "rm -rf /var/log"
        $h8 = "rm -f /var/log"
        $h9 = "chattr +i"
        $h10 = "chattr -i"
        $h11 = "chattr +a"
        $h12 = "chattr -a"
        // A payload run and deleted at once (`./x; rm -rf x`): nothing left to find.
        $h13 = /\.\/[A-Za-z0-9_.-]{1,40}( [^;&|\n]{0,60})?[ \t]*(;|&&|&)[ \t]*rm -(r?f|fr) /
        // disarm: rivals killed, security switched off
        $k1 = "pkill -9"
        $k2 = "killall -9"
        $k3 = "xargs kill"
        $k4 = "xargs -I % kill"
        $k5 = "kill -9 $("
        $k6 = "kill -9 `"
        $k7 = "setenforce 0"
        $k8 = "SELINUX=disabled"
        $k9 = "ufw disable"
        $k10 = "iptables -F"
        $k11 = "nmi_watchdog"
        $k12 = "aliyun"
        $k13 = "aegis"
        // contact: a bare IP, paste site, onion, IRC, pool, tunnel, public-address lookup
        // A URL on a bare public address (not 127/8, not 10/8).
        $c1 = /p:\/\/([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-68-9]|2[0-4][0-9]|25[0-5])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[:\/]/
        $c2 = "pastebin.com"
        $c3 = "paste.ee"
        $c4 = "transfer.sh"
        $c5 = ".onion"
        $c6 = "PRIVMSG "
        $c7 = "stratum+"
        $c8 = "ngrok"
        // A fetch from a bare address without a URL (tftp and ftpget take host arguments).
        $c9 = /(tftp|ftpget)[ \t][^\n]{0,40}[1-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/
        // Asking the internet for the host's own public address: an intruder sizing up a catch.
        $c10 = "ipinfo.io"
        $c11 = "ifconfig.me"
        $c12 = "icanhazip"
        $c13 = "api.ipify.org"
        // class step: mining (a pool URL, `stratum+`, counts from the contact step)
        $m1 = "xmrig"
        $m2 = "XMRig"
        $m3 = "donate-level"
        $m4 = "randomx"
        $m5 = "nr_hugepages"
        $m6 = "minerd"
        $m7 = "cpuminer"
        $m8 = "cryptonight"
        $m9 = "SRBMiner"
        $m10 = "supportxmr"
        $m11 = "moneroocean"
        $m12 = "c3pool"
        $m13 = "nanopool"
        $m14 = "hashvault"
        $m15 = "minexmr"
        $m16 = "nicehash"
        $m17 = "f2pool"
        $m18 = "lolMiner"
        $m19 = "PhoenixMiner"
        $m20 = "nbminer"
        $m21 = "rx/0"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and math.min(#m1 + #m2 + #m3 + #m4 + #m5 + #m6 + #m7 + #m8 + #m9 + #m10 + #m11 + #m12 + #m13 + #m14 + #m15 + #m16 + #m17 + #m18 + #m19 + #m20 + #m21 + #c7, 1) == 1
        and (math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 2
        and (math.min(#f1 + #f2 + #f3 + #f4 + #f5 + #f6 + #f7 + #f8 + #f9, 1)
            + math.min(#x1 + #x2 + #x3 + #x4 + #x5 + #x6 + #x7 + #x8 + #x9 + #x10 + #x11 + #x12, 1)
            + math.min(#p1 + #p2 + #p3 + #p4 + #p5 + #p6 + #p7 + #p8 + #p9 + #p10 + #p11 + #p12, 1)
            + math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 3
}

rule botnet_script_behaviour_chain
{
    meta:
        description = "Script with a bot's verbs (floods, IRC, mass scanners, busybox fetches) and intruder steps: two or more of hiding in /tmp/. or /dev/shm, clearing history or logs or chattr, killing rivals or disabling security tools, contacting a bare IP, paste site or IRC"
        severity = "high"
        confidence = "medium"
        category = "botnet"
    strings:
        // fetch
        $f1 = "wget "
        $f2 = "curl "
        $f3 = "tftp "
        $f4 = "ftpget "
        // An upload landing through scp: what a honeypot or a victim logs when a kit is pushed.
        $f5 = "scp -t "
        $f6 = "/dev/tcp/"
        $f7 = "urlopen("
        $f8 = "urlretrieve("
        $f9 = "LWP::"
        // arm: made executable or piped into an interpreter
        $x1 = "chmod +x"
        $x2 = "chmod 777"
        $x3 = "chmod 755"
        $x4 = "chmod 0755"
        $x5 = "chmod u+x"
        $x6 = "chmod a+x"
        $x7 = "| sh"
        $x8 = "|sh"
        $x9 = "| bash"
        $x10 = "|bash"
        $x11 = "| python"
        $x12 = "| perl"
        // persist
        $p1 = "crontab"
        $p2 = "/etc/cron."
        $p3 = "/var/spool/cron"
        $p4 = "@reboot"
        $p5 = "/etc/systemd/system/"
        $p6 = "systemctl enable"
        $p7 = "/etc/rc.local"
        $p8 = "/etc/init.d/"
        $p9 = ".bashrc"
        $p10 = ".bash_profile"
        $p11 = "authorized_keys"
        $p12 = "ld.so.preload"
        // hide: a hidden or shared-memory place
        $w1 = "/tmp/."
        $w2 = "/var/tmp/."
        $w3 = "/dev/shm"
        // clear: history, logs, chattr, a payload deleted as it runs
        $h1 = "history -c"
        $h2 = "unset HISTFILE"
        $h3 = "HISTFILE=/dev/null"
        $h4 = "HISTSIZE=0"
        $h5 = "/var/log/wtmp"
        $h6 = "/var/log/lastlog"
        $h7 = "rm -rf /var/log"
        $h8 = "rm -f /var/log"
        $h9 = "chattr +i"
        $h10 = "chattr -i"
        $h11 = "chattr +a"
        $h12 = "chattr -a"
        // A payload run and deleted at once (`./x; rm -rf x`): nothing left to find.
        $h13 = /\.\/[A-Za-z0-9_.-]{1,40}( [^;&|\n]{0,60})?[ \t]*(;|&&|&)[ \t]*rm -(r?f|fr) /
        // disarm: rivals killed, security switched off
        $k1 = "pkill -9"
        $k2 = "killall -9"
        $k3 = "xargs kill"
        $k4 = "xargs -I % kill"
        $k5 = "kill -9 $("
        $k6 = "kill -9 `"
        $k7 = "setenforce 0"
        $k8 = "SELINUX=disabled"
        $k9 = "ufw disable"
        $k10 = "iptables -F"
        $k11 = "nmi_watchdog"
        $k12 = "aliyun"
        $k13 = "aegis"
        // contact: a bare IP, paste site, onion, IRC, pool, tunnel, public-address lookup
        // A URL on a bare public address (not 127/8, not 10/8).
        $c1 = /p:\/\/([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-68-9]|2[0-4][0-9]|25[0-5])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[:\/]/
        $c2 = "pastebin.com"
        $c3 = "paste.ee"
        $c4 = "transfer.sh"
        $c5 = ".onion"
        $c6 = "PRIVMSG "
        $c7 = "stratum+"
        $c8 = "ngrok"
        // A fetch from a bare address without a URL (tftp and ftpget take host arguments).
        $c9 = /(tftp|ftpget)[ \t][^\n]{0,40}[1-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/
        // Asking the internet for the host's own public address: an intruder sizing up a catch.
        $c10 = "ipinfo.io"
        $c11 = "ifconfig.me"
        $c12 = "icanhazip"
        $c13 = "api.ipify.org"
        // class step: a bot (floods, IRC control, counted from the contact step's `PRIVMSG `, mass
        // scanners, IoT busybox and per-architecture fetches)
        $b1 = "flood"
        $b2 = "FLOOD"
        $b4 = "JOIN #"
        $b5 = "masscan"
        $b6 = "zmap"
        $b7 = "pnscan"
        $b8 = "zgrab"
        $b9 = "busybox wget"
        $b10 = "busybox tftp"
        $b11 = "bins.sh"
        $b12 = "/bin/busybox "
        // One build per device architecture fetched in turn: an IoT bot's loader.
        $b13 = ".mpsl"
        $b14 = ".arm7"
        $b15 = ".m68k"
        $b16 = ".sh4"
        // class step: mining (a pool URL, `stratum+`, counts from the contact step)
        $m1 = "xmrig"
        $m2 = "XMRig"
        $m3 = "donate-level"
        $m4 = "randomx"
        $m5 = "nr_hugepages"
        $m6 = "minerd"
        $m7 = "cpuminer"
        $m8 = "cryptonight"
        $m9 = "SRBMiner"
        $m10 = "supportxmr"
        $m11 = "moneroocean"
        $m12 = "c3pool"
        $m13 = "nanopool"
        $m14 = "hashvault"
        $m15 = "minexmr"
        $m16 = "nicehash"
        $m17 = "f2pool"
        $m18 = "lolMiner"
        $m19 = "PhoenixMiner"
        $m20 = "nbminer"
        $m21 = "rx/0"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and math.min(#b1 + #b2 + #c6 + #b4 + #b5 + #b6 + #b7 + #b8 + #b9 + #b10 + #b11 + #b12 + #b13 + #b14 + #b15 + #b16, 1) == 1 and math.min(#m1 + #m2 + #m3 + #m4 + #m5 + #m6 + #m7 + #m8 + #m9 + #m10 + #m11 + #m12 + #m13 + #m14 + #m15 + #m16 + #m17 + #m18 + #m19 + #m20 + #m21 + #c7, 1) == 0
        and (math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 2
        and (math.min(#f1 + #f2 + #f3 + #f4 + #f5 + #f6 + #f7 + #f8 + #f9, 1)
            + math.min(#x1 + #x2 + #x3 + #x4 + #x5 + #x6 + #x7 + #x8 + #x9 + #x10 + #x11 + #x12, 1)
            + math.min(#p1 + #p2 + #p3 + #p4 + #p5 + #p6 + #p7 + #p8 + #p9 + #p10 + #p11 + #p12, 1)
            + math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 3
}

rule backdoor_script_behaviour_chain
{
    meta:
        description = "Script that hands out a way in (an interactive shell, an account, a root key or password), persists, and takes two or more intruder steps (hiding, clearing traces, killing rivals or disabling security tools, contacting a bare IP or paste site)"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        // persist
        $p1 = "crontab"
        $p2 = "/etc/cron."
        $p3 = "/var/spool/cron"
        $p4 = "@reboot"
        $p5 = "/etc/systemd/system/"
        $p6 = "systemctl enable"
        $p7 = "/etc/rc.local"
        $p8 = "/etc/init.d/"
        $p9 = ".bashrc"
        $p10 = ".bash_profile"
        $p11 = "authorized_keys"
        $p12 = "ld.so.preload"
        // hide: a hidden or shared-memory place
        $w1 = "/tmp/."
        $w2 = "/var/tmp/."
        $w3 = "/dev/shm"
        // clear: history, logs, chattr, a payload deleted as it runs
        $h1 = "history -c"
        $h2 = "unset HISTFILE"
        $h3 = "HISTFILE=/dev/null"
        $h4 = "HISTSIZE=0"
        $h5 = "/var/log/wtmp"
        $h6 = "/var/log/lastlog"
        $h7 = "rm -rf /var/log"
        $h8 = "rm -f /var/log"
        $h9 = "chattr +i"
        $h10 = "chattr -i"
        $h11 = "chattr +a"
        $h12 = "chattr -a"
        // A payload run and deleted at once (`./x; rm -rf x`): nothing left to find.
        $h13 = /\.\/[A-Za-z0-9_.-]{1,40}( [^;&|\n]{0,60})?[ \t]*(;|&&|&)[ \t]*rm -(r?f|fr) /
        // disarm: rivals killed, security switched off
        $k1 = "pkill -9"
        $k2 = "killall -9"
        $k3 = "xargs kill"
        $k4 = "xargs -I % kill"
        $k5 = "kill -9 $("
        $k6 = "kill -9 `"
        $k7 = "setenforce 0"
        $k8 = "SELINUX=disabled"
        $k9 = "ufw disable"
        $k10 = "iptables -F"
        $k11 = "nmi_watchdog"
        $k12 = "aliyun"
        $k13 = "aegis"
        // contact: a bare IP, paste site, onion, IRC, pool, tunnel, public-address lookup
        // A URL on a bare public address (not 127/8, not 10/8).
        $c1 = /p:\/\/([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-68-9]|2[0-4][0-9]|25[0-5])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[:\/]/
        $c2 = "pastebin.com"
        $c3 = "paste.ee"
        $c4 = "transfer.sh"
        $c5 = ".onion"
        $c6 = "PRIVMSG "
        $c7 = "stratum+"
        $c8 = "ngrok"
        // A fetch from a bare address without a URL (tftp and ftpget take host arguments).
        $c9 = /(tftp|ftpget)[ \t][^\n]{0,40}[1-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/
        // Asking the internet for the host's own public address: an intruder sizing up a catch.
        $c10 = "ipinfo.io"
        $c11 = "ifconfig.me"
        $c12 = "icanhazip"
        $c13 = "api.ipify.org"
        // class step: a way in handed out (an interactive shell, an account, a root key or password)
        $s1 = "bash -i"
        $s2 = "sh -i"
        $s3 = "nc -e"
        $s4 = "ncat -e"
        $s5 = "pty.spawn"
        $s6 = "useradd"
        $s7 = "chpasswd"
        $s8 = "PermitRootLogin yes"
        $s9 = "ssh-rsa AAAA"
        $s10 = "echo root:"
        $s11 = "echo \"root:"
        $s12 = "| passwd"
        $s13 = "|passwd"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and math.min(#s1 + #s2 + #s3 + #s4 + #s5 + #s6 + #s7 + #s8 + #s9 + #s10 + #s11 + #s12 + #s13, 1) == 1 and math.min(#p1 + #p2 + #p3 + #p4 + #p5 + #p6 + #p7 + #p8 + #p9 + #p10 + #p11 + #p12, 1) == 1
        and not miner_script_behaviour_chain and not botnet_script_behaviour_chain
        and (math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 2
}

rule malware_script_behaviour_chain
{
    meta:
        description = "Script chaining five or more distinct attacker steps (fetch, make executable or pipe to a shell, persist, hide in /tmp/. or /dev/shm, clear history or logs, kill rivals or disable security tools, contact a bare IP, paste site, IRC or pool), three of them an intruder's"
        severity = "high"
        confidence = "medium"
        category = "malware"
    strings:
        // fetch
        $f1 = "wget "
        $f2 = "curl "
        $f3 = "tftp "
        $f4 = "ftpget "
        // An upload landing through scp: what a honeypot or a victim logs when a kit is pushed.
        $f5 = "scp -t "
        $f6 = "/dev/tcp/"
        $f7 = "urlopen("
        $f8 = "urlretrieve("
        $f9 = "LWP::"
        // arm: made executable or piped into an interpreter
        $x1 = "chmod +x"
        $x2 = "chmod 777"
        $x3 = "chmod 755"
        $x4 = "chmod 0755"
        $x5 = "chmod u+x"
        $x6 = "chmod a+x"
        $x7 = "| sh"
        $x8 = "|sh"
        $x9 = "| bash"
        $x10 = "|bash"
        $x11 = "| python"
        $x12 = "| perl"
        // persist
        $p1 = "crontab"
        $p2 = "/etc/cron."
        $p3 = "/var/spool/cron"
        $p4 = "@reboot"
        $p5 = "/etc/systemd/system/"
        $p6 = "systemctl enable"
        $p7 = "/etc/rc.local"
        $p8 = "/etc/init.d/"
        $p9 = ".bashrc"
        $p10 = ".bash_profile"
        $p11 = "authorized_keys"
        $p12 = "ld.so.preload"
        // hide: a hidden or shared-memory place
        $w1 = "/tmp/."
        $w2 = "/var/tmp/."
        $w3 = "/dev/shm"
        // clear: history, logs, chattr, a payload deleted as it runs
        $h1 = "history -c"
        $h2 = "unset HISTFILE"
        $h3 = "HISTFILE=/dev/null"
        $h4 = "HISTSIZE=0"
        $h5 = "/var/log/wtmp"
        $h6 = "/var/log/lastlog"
        $h7 = "rm -rf /var/log"
        $h8 = "rm -f /var/log"
        $h9 = "chattr +i"
        $h10 = "chattr -i"
        $h11 = "chattr +a"
        $h12 = "chattr -a"
        // A payload run and deleted at once (`./x; rm -rf x`): nothing left to find.
        $h13 = /\.\/[A-Za-z0-9_.-]{1,40}( [^;&|\n]{0,60})?[ \t]*(;|&&|&)[ \t]*rm -(r?f|fr) /
        // disarm: rivals killed, security switched off
        $k1 = "pkill -9"
        $k2 = "killall -9"
        $k3 = "xargs kill"
        $k4 = "xargs -I % kill"
        $k5 = "kill -9 $("
        $k6 = "kill -9 `"
        $k7 = "setenforce 0"
        $k8 = "SELINUX=disabled"
        $k9 = "ufw disable"
        $k10 = "iptables -F"
        $k11 = "nmi_watchdog"
        $k12 = "aliyun"
        $k13 = "aegis"
        // contact: a bare IP, paste site, onion, IRC, pool, tunnel, public-address lookup
        // A URL on a bare public address (not 127/8, not 10/8).
        $c1 = /p:\/\/([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-68-9]|2[0-4][0-9]|25[0-5])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[:\/]/
        $c2 = "pastebin.com"
        $c3 = "paste.ee"
        $c4 = "transfer.sh"
        $c5 = ".onion"
        $c6 = "PRIVMSG "
        $c7 = "stratum+"
        $c8 = "ngrok"
        // A fetch from a bare address without a URL (tftp and ftpget take host arguments).
        $c9 = /(tftp|ftpget)[ \t][^\n]{0,40}[1-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/
        // Asking the internet for the host's own public address: an intruder sizing up a catch.
        $c10 = "ipinfo.io"
        $c11 = "ifconfig.me"
        $c12 = "icanhazip"
        $c13 = "api.ipify.org"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and not (miner_script_behaviour_chain or botnet_script_behaviour_chain or backdoor_script_behaviour_chain)
        and (math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 3
        and (math.min(#f1 + #f2 + #f3 + #f4 + #f5 + #f6 + #f7 + #f8 + #f9, 1)
            + math.min(#x1 + #x2 + #x3 + #x4 + #x5 + #x6 + #x7 + #x8 + #x9 + #x10 + #x11 + #x12, 1)
            + math.min(#p1 + #p2 + #p3 + #p4 + #p5 + #p6 + #p7 + #p8 + #p9 + #p10 + #p11 + #p12, 1)
            + math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 5
}

rule malware_script_behaviour_chain_partial
{
    meta:
        description = "Script chaining four distinct attacker steps (fetch, make executable or pipe to a shell, persist, hide in /tmp/. or /dev/shm, clear history or logs, kill rivals or disable security tools, contact a bare IP, paste site, IRC or pool), two of them an intruder's"
        severity = "medium"
        confidence = "medium"
        category = "malware"
    strings:
        // fetch
        $f1 = "wget "
        $f2 = "curl "
        $f3 = "tftp "
        $f4 = "ftpget "
        // An upload landing through scp: what a honeypot or a victim logs when a kit is pushed.
        $f5 = "scp -t "
        $f6 = "/dev/tcp/"
        $f7 = "urlopen("
        $f8 = "urlretrieve("
        $f9 = "LWP::"
        // arm: made executable or piped into an interpreter
        $x1 = "chmod +x"
        $x2 = "chmod 777"
        $x3 = "chmod 755"
        $x4 = "chmod 0755"
        $x5 = "chmod u+x"
        $x6 = "chmod a+x"
        $x7 = "| sh"
        $x8 = "|sh"
        $x9 = "| bash"
        $x10 = "|bash"
        $x11 = "| python"
        $x12 = "| perl"
        // persist
        $p1 = "crontab"
        $p2 = "/etc/cron."
        $p3 = "/var/spool/cron"
        $p4 = "@reboot"
        $p5 = "/etc/systemd/system/"
        $p6 = "systemctl enable"
        $p7 = "/etc/rc.local"
        $p8 = "/etc/init.d/"
        $p9 = ".bashrc"
        $p10 = ".bash_profile"
        $p11 = "authorized_keys"
        $p12 = "ld.so.preload"
        // hide: a hidden or shared-memory place
        $w1 = "/tmp/."
        $w2 = "/var/tmp/."
        $w3 = "/dev/shm"
        // clear: history, logs, chattr, a payload deleted as it runs
        $h1 = "history -c"
        $h2 = "unset HISTFILE"
        $h3 = "HISTFILE=/dev/null"
        $h4 = "HISTSIZE=0"
        $h5 = "/var/log/wtmp"
        $h6 = "/var/log/lastlog"
        $h7 = "rm -rf /var/log"
        $h8 = "rm -f /var/log"
        $h9 = "chattr +i"
        $h10 = "chattr -i"
        $h11 = "chattr +a"
        $h12 = "chattr -a"
        // A payload run and deleted at once (`./x; rm -rf x`): nothing left to find.
        $h13 = /\.\/[A-Za-z0-9_.-]{1,40}( [^;&|\n]{0,60})?[ \t]*(;|&&|&)[ \t]*rm -(r?f|fr) /
        // disarm: rivals killed, security switched off
        $k1 = "pkill -9"
        $k2 = "killall -9"
        $k3 = "xargs kill"
        $k4 = "xargs -I % kill"
        $k5 = "kill -9 $("
        $k6 = "kill -9 `"
        $k7 = "setenforce 0"
        $k8 = "SELINUX=disabled"
        $k9 = "ufw disable"
        $k10 = "iptables -F"
        $k11 = "nmi_watchdog"
        $k12 = "aliyun"
        $k13 = "aegis"
        // contact: a bare IP, paste site, onion, IRC, pool, tunnel, public-address lookup
        // A URL on a bare public address (not 127/8, not 10/8).
        $c1 = /p:\/\/([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-68-9]|2[0-4][0-9]|25[0-5])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[:\/]/
        $c2 = "pastebin.com"
        $c3 = "paste.ee"
        $c4 = "transfer.sh"
        $c5 = ".onion"
        $c6 = "PRIVMSG "
        $c7 = "stratum+"
        $c8 = "ngrok"
        // A fetch from a bare address without a URL (tftp and ftpget take host arguments).
        $c9 = /(tftp|ftpget)[ \t][^\n]{0,40}[1-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/
        // Asking the internet for the host's own public address: an intruder sizing up a catch.
        $c10 = "ipinfo.io"
        $c11 = "ifconfig.me"
        $c12 = "icanhazip"
        $c13 = "api.ipify.org"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and not (miner_script_behaviour_chain or botnet_script_behaviour_chain or backdoor_script_behaviour_chain or malware_script_behaviour_chain)
        and (math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 2
        and (math.min(#f1 + #f2 + #f3 + #f4 + #f5 + #f6 + #f7 + #f8 + #f9, 1)
            + math.min(#x1 + #x2 + #x3 + #x4 + #x5 + #x6 + #x7 + #x8 + #x9 + #x10 + #x11 + #x12, 1)
            + math.min(#p1 + #p2 + #p3 + #p4 + #p5 + #p6 + #p7 + #p8 + #p9 + #p10 + #p11 + #p12, 1)
            + math.min(#w1 + #w2 + #w3, 1)
            + math.min(#h1 + #h2 + #h3 + #h4 + #h5 + #h6 + #h7 + #h8 + #h9 + #h10 + #h11 + #h12 + #h13, 1)
            + math.min(#k1 + #k2 + #k3 + #k4 + #k5 + #k6 + #k7 + #k8 + #k9 + #k10 + #k11 + #k12 + #k13, 1)
            + math.min(#c1 + #c2 + #c3 + #c4 + #c5 + #c6 + #c7 + #c8 + #c9 + #c10 + #c11 + #c12 + #c13, 1)) >= 4
}

rule backdoor_python_socket_command_loop
{
    meta:
        description = "Python script that runs what a socket receives as a command and sends the output back: a bind or reverse shell, whatever it wraps the traffic in"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $import = "import socket"
        $recv = ".recv("
        $send1 = ".send("
        $send2 = ".sendall("
        $run1 = "subprocess.run("
        $run2 = "subprocess.Popen("
        $run3 = "subprocess.check_output("
        $run4 = "subprocess.getoutput("
        $run5 = "os.popen("
        // The received bytes handed to the runner: split into argv, or through shell=True.
        $argv = /(subprocess\.(run|Popen|check_output)|os\.popen)\((command|cmd|data|line|msg)(\.split\([^)]{0,8}\))?[,)]/
    condition:
        filesize < 64KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $import and $recv and 1 of ($send*) and 1 of ($run*) and $argv
}

rule botnet_iot_loader_session
{
    meta:
        description = "An IoT bot's loader session (Mirai and its offspring): busybox called with an upper-case word that is no applet, to tell a real shell from a honeypot by the 'applet not found' answer, or the target's architecture read from the first bytes of its own busybox (`dd if=/bin/busybox bs=22 count=1`, a `cat /bin/busybox` echo loop)"
        severity = "high"
        confidence = "medium"
        category = "botnet"
    strings:
        $probe = /\/bin\/busybox [A-Z][A-Z0-9]{3,15}[ \t]*([;&|\r\n]|$)/
        $elf_head = /dd[ \t]+(if=\/bin\/busybox[ \t]+bs=[0-9]{1,2}[ \t]+count=1|bs=[0-9]{1,2}[ \t]+count=1[ \t]+if=\/bin\/busybox)/
        $echo_loop = /while read [a-z]{1,8}; do \/bin\/busybox echo/
    condition:
        any of them
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
}


rule dropper_scp_pushed_and_run
{
    meta:
        description = "A program pushed over SCP into a scratch directory and run at once (`scp -t /tmp/x`, then `chmod +x x && ./x`): what an SSH worm does on each host it logs in to, as a honeypot or a victim's shell history records it"
        severity = "high"
        confidence = "medium"
        category = "malware"
    strings:
        $scp = /scp -t [^\n]{0,20}\/(tmp|var\/tmp|dev\/shm|run|var\/run)\/[^\s\/]{1,40}/
        $run = /chmod [^\n]{0,10}(\+x|7[0-7][0-7])[^\n]{0,120}(\.\/|bash -c|sh -c|nohup )/
    condition:
        $scp and $run
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule backdoor_perl_socket_std_streams_shell
{
    meta:
        description = "Perl program that opens a socket, points its standard streams at it (open STDIN/STDOUT, '>&SOCK') and starts a shell: a bind or reverse shell, an HTTP-tunnel shell or an IRC bot's shell, whatever its banner"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $sock1 = "socket("
        $sock2 = "IO::Socket"
        $dup_in = /open {0,2}\(? {0,2}STDIN {0,2}, {0,3}["'][<>]&/
        $dup_out = /open {0,2}\(? {0,2}STDOUT {0,2}, {0,3}["']>&/
        // The shell started within a few lines of the redirection (a debugger that redirects
        // its streams for a remote session starts no shell there).
        $dup_then_shell = /STD(OUT|ERR) {0,2}, {0,3}["']>&[^\n]{0,60}\n([^\n]{0,160}\n){0,8}[^\n]{0,80}(exec|system)[ (]{1,2}[^\n;]{0,20}(\/bin\/(ba|z|k|c)?sh|\$[A-Za-z_]{1,16})/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of ($sock*) and $dup_in and $dup_out and $dup_then_shell
}

rule backdoor_python_socket_shell_prefix
{
    meta:
        description = "Python program that takes text from a socket and runs it through a shell prefix it keeps (os.popen(SHELL + ' ' + cmd)), sending the output back: a bind or reverse shell with its own command wrapper"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $import = /import [a-z0-9_, ]{0,40}socket/
        $recv = ".recv("
        $send = /\.send(all)?\(/
        $run = /(os\.popen|os\.system|subprocess\.[A-Za-z_]{3,14})\( ?[A-Za-z_]{2,16} ?\+ ?["'] ["'] ?\+ ?[A-Za-z_]{1,16} ?\)/
    condition:
        filesize < 64KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $import and $recv and $send and $run
}

rule botnet_web_exploit_config_harvest
{
    meta:
        description = "Script that requests a site's configuration file through a path traversal (curl/wget/requests of a URL holding ../wp-config.php, ../configuration.php, ../.env) and pulls the database name, user and password out of the reply: a mass-exploitation scanner that harvests credentials to deface or plant"
        severity = "high"
        confidence = "medium"
        category = "botnet"
    strings:
        // The traversal to a known configuration file first: its names are the rare atoms.
        $trav = /(\.\.\/|\.\.%2[fF])(wp-config\.php|configuration\.php|\.env|config\.php|settings\.php|LocalSettings\.php)/
        $fetch = /curl |wget |requests\.get\(|urlopen\(|LWP::|HTTP::Tiny/
        $db1 = "DB_PASSWORD"
        $db2 = "DB_USER"
        $db3 = "DB_NAME"
        $db4 = /\$password|dbpass|db_pass/
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt|ya?ml|json)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $trav and $fetch and 2 of ($db*)
}
