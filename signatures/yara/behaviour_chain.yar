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

// Capability co-occurrence in source code of any language (round 21). Each rule names what a
// reviewer who never saw the file would look for: two or three capabilities that benign
// programs rarely hold together (a socket, the standard streams put on it, a shell; an IRC
// session, a command dispatcher, attack or exec verbs; a browser's login store and its
// decryption; a miner's argument vector and a launcher). Gates as the rules above.

rule backdoor_socket_std_streams_shell_any_language
{
    meta:
        description = "Program source (C, Python, Go, Node, Swift, Ruby...) that opens a network socket, puts the standard streams on it (dup2(sock, 0..2), stdin=sock.fileno(), cmd.Stdin = conn, .pipe(), standardInput = socket) and starts a shell or runs what it reads: a bind or reverse shell, whatever its banner"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $net1 = /socket ?\( ?(AF|PF)_INET/
        $net2 = "socket.socket("
        $net3 = "net.Dial("
        $net4 = "net.Listen("
        $net5 = "new net.Socket("
        $net6 = "net.connect("
        $net7 = "TCPSocket.new"
        $net8 = "TCPServer.new"
        $net9 = "Socket.create("
        // The standard streams on the socket (C and Python dup2 to 0, 1, 2 or a loop index).
        $std1 = /dup2 ?\( ?[A-Za-z_][A-Za-z0-9_.>()\[\]-]{0,40} ?, ?([012]|[a-z]|STD(IN|OUT|ERR)_FILENO) ?\)/
        $std2 = /std(in|out) ?= ?[A-Za-z_][A-Za-z0-9_]{0,20}\.fileno\(\)/
        $std3 = /\.Std(in|out) ?= ?[A-Za-z_][A-Za-z0-9_]{0,20}\s/
        $std4 = /\.stdout\.pipe\( ?[A-Za-z_][A-Za-z0-9_]{0,20} ?\)/
        $std5 = /standard(Input|Output) ?= ?[A-Za-z_][A-Za-z0-9_]{0,20}\.asFileHandle/
        $std6 = /:(in|out) ?=> ?[A-Za-z_][A-Za-z0-9_]{0,20}\b/
        // A shell started, or what was read run.
        $sh1 = "\"/bin/sh\""
        $sh2 = "\"/bin/bash\""
        $sh3 = "'/bin/sh'"
        $sh4 = "'/bin/bash'"
        $sh5 = "pty.spawn("
        $sh6 = "\"/bin/sh\","
        $sh7 = "\"sh\", \"-i\""
        $sh8 = /\bsystem ?\( ?[a-z_][a-z0-9_]{0,15} ?\)/
        $sh9 = "\"cmd.exe\""
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of ($net*) and 1 of ($std*) and 1 of ($sh*)
}

rule botnet_irc_session_command_dispatch
{
    meta:
        description = "Program or script that is its own IRC client (NICK/USER or JOIN sent on a socket it opened), reads channel messages (PRIVMSG) and dispatches commands that flood, scan or run shell commands: an IRC bot, whatever its language"
        severity = "high"
        confidence = "medium"
        category = "botnet"
    strings:
        $irc_nick = /["'](NICK|USER) /
        $irc_join = /["']JOIN /
        $irc_msg = "PRIVMSG"
        $conn1 = "fsockopen("
        $conn2 = "IO::Socket"
        $conn3 = "socket.socket("
        $conn4 = /socket ?\( ?(AF|PF)_INET/
        $conn5 = "net.Dial("
        $conn6 = "new net.Socket("
        $conn7 = "socket_create("
        $atk1 = "flood" nocase
        $atk2 = "tsunami" nocase
        $atk3 = "ddos" nocase
        $atk4 = "portscan" nocase
        $atk5 = "synflood" nocase
        $run1 = "shell_exec("
        $run2 = "passthru("
        $run3 = "os.system("
        $run4 = "subprocess."
        $run5 = /\b(system|popen|exec) ?\( ?["']?\$?[A-Za-z_]/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $irc_msg and ($irc_nick or $irc_join) and 1 of ($conn*)
        and #atk1 + #atk2 + #atk3 + #atk4 + #atk5 >= 2
        and (1 of ($run*) or math.min(#atk1, 1) + math.min(#atk2, 1) + math.min(#atk3, 1) + math.min(#atk4, 1) + math.min(#atk5, 1) >= 2)
}

rule miner_hugepages_detached_launch
{
    meta:
        description = "Script that reserves huge pages for a miner (vm.nr_hugepages) and starts a program detached (screen -dm, nohup, setsid, tmux -d): a miner's launcher even when the miner is renamed"
        severity = "medium"
        confidence = "low"
        category = "cryptominer"
    strings:
        $hp = "nr_hugepages"
        $bg1 = "screen -dm"
        $bg2 = "nohup "
        $bg3 = "setsid "
        $bg4 = "tmux new -d"
        $bg5 = "tmux new-session -d"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $hp and 1 of ($bg*)
}

rule backdoor_typed_password_appended_to_file
{
    meta:
        description = "C program or authentication module that takes a password as it is typed (getpass, pam_get_authtok, PAM_AUTHTOK) and appends it to a file (fopen(..., \"a\") then fprintf): a trojaned login, or a PAM or sshd hook that records passwords"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $take1 = /getpass ?\(/
        $take2 = "pam_get_authtok"
        $take3 = "PAM_AUTHTOK"
        $append = /fopen ?\([^;\n]{1,80}, ?"a\+?"/
        $write = /fprintf ?\([^;\n]{0,120}(pass|Pass|PASS|pw|authtok)/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of ($take*) and $append and $write
}

rule backdoor_login_records_wiped
{
    meta:
        description = "Program or script that deletes or empties several login records and shell histories at once (wtmp, utmp, lastlog, btmp, .bash_history, auth logs): an intruder's trace wiper, shipped with a break-in kit"
        severity = "medium"
        confidence = "low"
        category = "backdoor"
    strings:
        $rec1 = "wtmp"
        $rec2 = "utmp"
        $rec3 = "lastlog"
        $rec4 = "btmp"
        $rec5 = ".bash_history"
        $rec6 = "/var/log/secure"
        $rec7 = "/var/log/auth.log"
        $rec8 = "/var/log/messages"
        $rec9 = /\/var\/log\/(apache2?|httpd|nginx)\/access/
        $del1 = /\brm (-[rf]{1,2} )?[^\n;|&]{0,40}(wtmp|utmp|lastlog|btmp|_history|\/var\/log)/
        $del2 = /unlink ?\( ?["'][^"'\n]{0,40}(wtmp|utmp|lastlog|btmp|_history)/
        $del3 = /(cat \/dev\/null|echo ?["']?["']?) ?> ?[^\n;|&]{0,40}(wtmp|utmp|lastlog|btmp|_history)/
        $del4 = /shred [^\n;|&]{0,40}(wtmp|utmp|lastlog|btmp|_history|\/var\/log)/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and math.min(#rec1, 1) + math.min(#rec2, 1) + math.min(#rec3, 1) + math.min(#rec4, 1) + math.min(#rec5, 1) + math.min(#rec6, 1) + math.min(#rec7, 1) + math.min(#rec8, 1) + math.min(#rec9, 1) >= 3
        and #del1 + #del2 + #del3 + #del4 >= 3
}

rule webshell_image_header_before_server_code
{
    meta:
        description = "File that starts with an image's magic bytes (GIF8, PNG, JPEG) and then holds server code (<?php, <%) calling a code, command, include or upload sink: a page dressed as an image to pass upload checks"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $open1 = "<?php"
        $open2 = "<%"
        $sink1 = /\b(eval|assert|system|passthru|shell_exec|include|require|curl_exec|move_uploaded_file|create_function)\s{0,4}\(/
        $sink2 = /\b(execute|executeglobal|createobject|eval)\s{0,4}[( ]/i
    condition:
        filesize < 512KB
        and (uint32(0) == 0x38464947 or uint32(0) == 0x474e5089 or uint16(0) == 0xd8ff)
        and 1 of ($open*) and 1 of ($sink*)
}

rule webshell_php_request_sql_console
{
    meta:
        description = "PHP page that connects to a database with credentials taken from the request or a cookie and runs a query the request supplies: an SQL console left on a site"
        severity = "medium"
        confidence = "low"
        category = "webshell"
    strings:
        $conn = /(mysql_connect|mysqli_connect|new mysqli|mysql_pconnect|pg_connect) ?\(/
        $cred = /\$_(POST|COOKIE|REQUEST|GET)\[ ?["'](user|pass|username|password|db|dbuser|dbpass|login)["'] ?\]/
        $query = /(mysql_query|mysqli_query|->query|pg_query) ?\([^;\n]{0,40}\$_(POST|GET|REQUEST)\[/
        $query_var = /\$[A-Za-z_]{1,20} ?= ?(stripslashes ?\()?\$_(POST|GET|REQUEST)\[ ?["'](query|sql|q|cmd)["'] ?\]/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $conn and #cred >= 2 and ($query or $query_var)
}

rule backdoor_c_network_daemon_renames_itself
{
    meta:
        description = "C program that detaches into the background (fork then setsid), overwrites its own process name (prctl(PR_SET_NAME), strcpy or memset over argv[0]) and opens a network socket: an implant hiding as a system process"
        severity = "medium"
        confidence = "low"
        category = "backdoor"
    strings:
        $fork = /\bfork ?\( ?\)/
        $setsid = /\bsetsid ?\( ?\)/
        $ren1 = /prctl ?\( ?PR_SET_NAME/
        $ren2 = /(strn?cpy|memset|sprintf|snprintf) ?\( ?argv ?\[ ?0 ?\]/
        $net = /socket ?\( ?(AF|PF)_(INET|PACKET)/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $fork and $setsid and 1 of ($ren*) and $net
}

rule persistence_cron_runs_hidden_directory_program
{
    meta:
        description = "Cron entries (or a script writing them) that start, at boot or on a schedule, a program kept in a hidden directory (/root/.configrc/a/upd, /tmp/.X25-unix/...): an implant's own restart line, whichever kit wrote it"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $reboot_hidden = /@reboot[ \t]+[^\n>]{0,60}\/\.[A-Za-z0-9_]/
        $sched_hidden = /[0-9*] \* \* \* [^\n>]{0,60}\/\.[A-Za-z0-9_]/
        // Hidden directories that hold users' own tools, not implants.
        $tool_dot = /(@reboot[ \t]+|[0-9*] \* \* \* )[^\n>]{0,60}\/\.(local|cargo|config|nvm|npm|pyenv|rbenv|sdkman|asdf|deno|bun|dotnet|rustup|git)\//
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and #reboot_hidden + #sched_hidden > #tool_dot
}

rule persistence_hidden_program_in_system_bin_at_boot
{
    meta:
        description = "Script that keeps a hidden program in a system binary directory (/usr/sbin/.telnetd, /bin/.login, /usr/local/bin/.x) and wires a boot or schedule hook (rc.local, @reboot, crontab, init.d, a systemd unit): an implant dressed as part of the system"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $hidden = /\/(usr\/)?(local\/)?s?bin\/\.[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}/
        // A rootkit checker tests for such names ([ -f "$ROOT/bin/.login" ]); an implant's
        // script puts the program in place or starts it, whatever else it tests.
        $check = /\[ +-[fdex] +"?(\$\{?[A-Za-z_]{1,20}\}?)?\/?(usr\/)?(local\/)?s?bin\/\.[A-Za-z0-9_]/
        // ... and a checker's configuration allows known ones (ALLOWHIDDENFILE=/usr/bin/.x.hmac).
        $allow = /ALLOW[A-Z_]{0,20}= ?["']?\/(usr\/)?(local\/)?s?bin\/\.[A-Za-z0-9_]/
        $put = /\b(cp|mv|install|ln|chmod|chattr|wget|curl|echo|cat)[ \t][^\n;|&]{0,80}\/(usr\/)?(local\/)?s?bin\/\.[A-Za-z0-9_]/
        $start = /\/(usr\/)?(local\/)?s?bin\/\.[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}[ \t]*(&|>\/dev\/null)/
        $hook1 = "rc.local"
        $hook2 = "@reboot"
        $hook3 = "crontab"
        $hook4 = "/etc/init.d/"
        $hook5 = "systemctl enable"
        $hook6 = "/etc/systemd/system/"
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and ($put or $start or ($hidden and not $check and not $allow)) and 1 of ($hook*)
}
