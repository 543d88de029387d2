// Persistence planted in an image: cron jobs that reach out, attacker keys, start-up hooks.

rule persistence_cron_network
{
    meta:
        description = "Cron job (crontab, cron.d, cron.hourly/daily/weekly/monthly, periodic) that downloads, opens a socket or runs netcat/socat/python -c"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        // No line-shaped schedule regex: its atoms (a newline and a digit) are everywhere, and
        // it cost more than the rest of the pack together. The path says it is a cron job.
        // curl/wget followed by an argument: `[ -x /usr/bin/wget ]` only checks that it is
        // there (rkhunter's weekly job, before its own update).
        $net = /\b(curl|wget)\s+[-A-Za-z0-9"'$]|\/dev\/(tcp|udp)\/|\b(nc|ncat|socat)\s|\bpython[0-9.]*\s+-c\s/
    condition:
        $net and (
            filepath matches /\/etc\/cron\.(d|hourly|daily|weekly|monthly)\//
            or filepath matches /\/etc\/crontabs?(\/|$)/
            or filepath matches /\/var\/spool\/cron\//
            or filepath matches /\/etc\/periodic\//
        )
}

rule persistence_authorized_keys_write
{
    meta:
        description = "Script appending or writing an SSH public key into an authorized_keys file"
        severity = "high"
        confidence = "high"
        category = "persistence"
    strings:
        $echo = /echo\s+["']?(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]+)\s+[A-Za-z0-9+\/]{20,}[^\n]{0,100}>>?\s*[^\n]{0,60}\.ssh\/authorized_keys/
        $curl = /(curl|wget)\s[^\n]{0,100}>>?\s*[^\n]{0,60}\.ssh\/authorized_keys/
    condition:
        any of them
}

rule persistence_startup_hook_network
{
    meta:
        description = "Start-up hook (rc.local, profile, init.d, periodic, docker-entrypoint.d, systemd unit, bashrc) that downloads and runs, or connects a shell out"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $pipe = /(curl|wget)\s[^\n]{0,100}\|\s*(ba|z|da)?sh\b/
        $socket = /\/dev\/tcp\/[A-Za-z0-9.\-$_{}]+\/[0-9$_{}A-Za-z]+/
        $netcat = /\b(nc|ncat) [^\n]{0,80}-[a-z]*[ec] /
    condition:
        any of ($pipe, $socket, $netcat) and (filepath matches /\/etc\/rc\.local$/
            or filepath matches /\/etc\/(profile|bash\.bashrc|bashrc|zshrc|environment)$/
            or filepath matches /\/etc\/(profile\.d|init\.d|periodic\/[a-z0-9]+)\//
            or filepath matches /\/docker-entrypoint\.d\//
            or filepath matches /\/(etc|lib|usr\/lib)\/systemd\/system\//
            or filepath matches /\/\.(bashrc|profile|bash_profile|zshrc)$/)
}

rule persistence_authorized_key_in_image
{
    meta:
        description = "SSH public key baked into an authorized_keys file: whoever holds the private key can log in to every container run from the image"
        severity = "medium"
        confidence = "high"
        category = "persistence"
    strings:
        $key = /(^|\n)[^\n#]{0,100}(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]+|sk-ssh-ed25519@openssh\.com)\s+AAAA[A-Za-z0-9+\/]{16,}/
    condition:
        $key and filepath matches /\/\.ssh\/authorized_keys2?$/
}

rule persistence_ld_so_preload
{
    meta:
        description = "/etc/ld.so.preload names a library that every process of the container loads first: how process-hiding rootkits (libprocesshider, TeamTNT's) load; memory allocators (jemalloc, tcmalloc, mimalloc) are left alone"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $alloc1 = "jemalloc" ascii
        $alloc2 = "tcmalloc" ascii
        $alloc3 = "mimalloc" ascii
        $alloc4 = "libeatmydata" ascii
    condition:
        // No string for the library itself: ".so" would be searched for in every binary.
        filepath == "/etc/ld.so.preload" and filesize > 1 and filesize < 65536
        and uint8(0) != 0x23 and uint8(0) != 0x0a and not any of ($alloc*)
}

rule persistence_ld_preload_env
{
    meta:
        description = "LD_PRELOAD set to a library in a shell profile, an environment file, a start-up hook or the image's ENV: every process started there loads it first (allocators such as jemalloc are left alone)"
        severity = "medium"
        confidence = "medium"
        category = "persistence"
    strings:
        $set = /LD_PRELOAD=["']?\/[^\s"':]{1,200}\.so/
        $alloc1 = "jemalloc" ascii
        $alloc2 = "tcmalloc" ascii
        $alloc3 = "mimalloc" ascii
        $alloc4 = "libeatmydata" ascii
        $alloc5 = "faketime" ascii
    condition:
        $set and not any of ($alloc*) and (
            filepath matches /^\/etc\/(profile|bash\.bashrc|bashrc|zshrc|environment|rc\.local)$/
            or filepath matches /^\/etc\/(profile\.d|init\.d|rc[0-6S]\.d)\//
            or filepath matches /\/\.(bashrc|profile|bash_profile|zshrc|pam_environment)$/
            or filepath matches /\/(docker-)?entrypoint[^\/]*$/
            or filepath matches /^config\.env\[/
        )
}

rule persistence_fixed_root_password
{
    meta:
        description = "A fixed root password set while building or starting the image (`echo root:... | chpasswd`, `usermod -p`), or root allowed to log in over SSH: anyone who knows it logs in to every container"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $chpasswd = /root:[^\s:'"|]{1,64}["']?\s*\|\s*(sudo\s+)?chpasswd/
        $usermod = /usermod\s+(-p|--password)\s+["']?[^\s"']{4,}["']?\s+root\b/
        // Uncommented in an sshd_config, or switched on by a script (sed, echo >>) on a line
        // that is no comment (Debian's sshd_config.md5sum quotes the sed in one).
        $permit = /(^|\n)[ \t]*PermitRootLogin[ \t]+yes/
        $permit_edit = /(^|\n)[ \t]*[^#\s][^\n]{0,200}PermitRootLogin[ \t]+yes[^\n]{0,40}(\/etc\/ssh\/sshd_config|["'])/
    condition:
        (
            $chpasswd or $usermod
            or ($permit and filepath matches /\/sshd_config(\.d\/[^\/]+)?$/)
            or $permit_edit
        )
        and not filepath matches /\/(doc|docs|man|html|info|tests?|examples?)\//
        // Libraries that provision test machines (ansible-test's bootstrap.sh) do the same:
        // an image's own scripts live elsewhere.
        and not filepath matches /\/(site-packages|dist-packages|node_modules|vendor|gems)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule persistence_ld_so_preload_write
{
    meta:
        description = "Script writing a library path into /etc/ld.so.preload (echo/printf > or >>): how LD_PRELOAD rootkits (Betrayed, libprocesshider builds) install; memory allocators (jemalloc, tcmalloc, mimalloc) are left alone"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $write = /\b(echo|printf)\s[^\n;|&]{1,160}>>?\s*["']?\/etc\/ld\.so\.preload/
        $alloc = /(jemalloc|tcmalloc|mimalloc|libeatmydata)[^\n]{0,160}\/etc\/ld\.so\.preload/
    condition:
        $write and not $alloc
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}
