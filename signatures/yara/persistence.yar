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

rule persistence_pam_backdoor
{
    meta:
        description = "PAM authentication backdoored: pam_unix patched to accept a fixed password (a diff line comparing the password to a literal next to _unix_verify_password), a script finding pam_unix.so and replacing it with a downloaded or rebuilt one, or a script adding an `auth sufficient` module from a scratch directory (/tmp, /dev/shm, /var/tmp) or pam_exec with the typed password to /etc/pam.d"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        // A patch (unified `+` or context `!` line) that skips the real check for one password.
        $verify = "_unix_verify_password" ascii
        $patched_cmp = /\n[+!][ \t]+[^\n]{0,40}strn?cmp[ \t]*\([^\n]{0,40}["'][^"'\n]{1,64}["']/
        $patched_ok = /\n[+!][ \t]+[^\n]{0,20}PAM_SUCCESS/
        // Finding the module to overwrite it, then fetching or copying a replacement over it.
        $find_pam = /find[ \t][^\n]{0,60}-name[ \t]+["']?pam_unix\.so/
        $fetch = /\b(wget|curl)[ \t]/
        $built = /modules\/pam_unix\/\.libs\/pam_unix\.so/
        $patch = /\|[ \t]*patch[ \t]+-p[0-9]/
        // An extra `auth` line for a module kept where no package puts one, or pam_exec given
        // the password (expose_authtok), written into the PAM configuration by a script.
        $conf_scratch = /auth[ \t]+(sufficient|required|optional|\[[^\]\n]{1,60}\])[ \t]+["']?\/(tmp|dev\/shm|var\/tmp)\/[^\n]{0,200}\/etc\/pam\.d\//
        $conf_exec = /pam_exec\.so[ \t]+[^\n]{0,40}expose_authtok[^\n]{0,200}\/etc\/pam\.d\//
    condition:
        (
            ($verify and $patched_cmp and $patched_ok)
            or ($find_pam and $fetch)
            or ($built and $patch)
            or $conf_scratch or $conf_exec
        )
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_masquerade_daemon_at_boot
{
    meta:
        description = "Script moving or copying a program onto a system daemon's name (/usr/bin/sshd, crond, kworker, systemd-...) and starting it at every boot (@reboot, rc.local): how miners and implants hide in the process list"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        // The target is the whole argument: `mv a /usr/sbin/sshd` then end of command.
        $masquerade = /\b(mv|cp)[ \t]+(-f[ \t]+)?[^\s;|&]+[ \t]+["']?\/(usr\/)?s?bin\/(sshd|crond?|atd|kthreadd|kworker[a-z0-9:\/_-]{0,12}|kswapd[0-9]?|rsyslogd|dbus-daemon|systemd-[a-z-]{2,20}|udevd|polkitd|agetty|irqbalance|networkd)["']?[ \t]*(\r?\n|;|&)/
        $reboot = "@reboot" ascii
        $rc_local = "/etc/rc.local" ascii
    condition:
        $masquerade and ($reboot or $rc_local)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_authorized_keys_append
{
    meta:
        description = "Script appending a key file or a key held in a variable to an authorized_keys file (`cat key.pub >> ~/.ssh/authorized_keys`, `echo $KEY >>`, `tee -a`): whoever holds the private key logs in; images that set up passwordless SSH between their own nodes do the same, hence medium"
        severity = "medium"
        confidence = "medium"
        category = "persistence"
    strings:
        // Anything appended (`>>`) to a path ending in /authorized_keys; "authorized_keys" is
        // the search atom, not "cat" or "echo". The literal-key form is the high rule above.
        $append = />>[ \t]*["']?[^\s;|&'"]{0,80}\/authorized_keys2?\b/
        $tee = /tee[ \t]+-a[ \t]+["']?[^\s;|&]{0,80}\/authorized_keys/
    condition:
        any of them
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_suid_shell
{
    meta:
        description = "Setuid bit put on a shell or an interpreter (or a copy of one in a scratch directory): any user who runs it gets root"
        severity = "high"
        confidence = "high"
        category = "persistence"
    strings:
        $suid = /\bchmod[ \t]+(-[A-Za-z]+[ \t]+)?(u\+s|\+s|[ug]\+s|[0-7]?[4-7][0-7]{3})[ \t]+["']?(\/usr)?(\/local)?\/s?bin\/(ba|da|z|k|c|tc|fi|a)?sh["']?([ \t;&|]|\r?\n)/
        $suid_interp = /\bchmod[ \t]+(-[A-Za-z]+[ \t]+)?(u\+s|\+s|[0-7]?[4-7][0-7]{3})[ \t]+["']?(\/usr)?(\/local)?\/s?bin\/(python[0-9.]*|perl|ruby|php[0-9.]*|node|find|vim?|env|awk|gawk|nmap|less|busybox)["']?([ \t;&|]|\r?\n)/
        // A loop setting the bit on whichever of a list of GTFOBins interpreters it resolves.
        $suid_var = /\bchmod[ \t]+(u\+s|\+s|[0-7]?[4-7][0-7]{3})[ \t]+["']?\$[A-Za-z_{]/
        $gtfo_list = /["'](find|dash|bash|python3?|perl|vim|env|nmap|awk)["'][ \t]+["'](find|dash|bash|python3?|perl|vim|env|nmap|awk)["']/
        $suid_scratch = /\bcp[ \t]+["']?(\/usr)?\/s?bin\/(ba|da|z)?sh["']?[ \t]+["']?\/(tmp|dev\/shm|var\/tmp)\/[^\n]{0,200}chmod[ \t]+(u\+s|\+s|[0-7]?[4-7][0-7]{3})/
    condition:
        ($suid or $suid_interp or $suid_scratch or ($suid_var and $gtfo_list))
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule backdoor_fixed_password_sudo_user
{
    meta:
        description = "A fixed password set for an account that is also given sudo (NOPASSWD: ALL, the sudo or wheel group): anyone who reads the image logs in as root; development images do this too, hence medium"
        severity = "medium"
        confidence = "medium"
        category = "persistence"
    strings:
        $chpasswd = /["']?[a-z_][a-z0-9_-]{0,31}:[^\s:'"|$]{1,64}["']?[ \t]*\|[ \t]*(sudo[ \t]+)?chpasswd/
        $passwd_stdin = /\\n[^"'\n]{1,64}["'][ \t]*\|[ \t]*(sudo[ \t]+)?passwd\b/
        $nopasswd = /NOPASSWD:[ \t]*ALL/
        $group = /(usermod[ \t]+-a?G[ \t]+|addgroup[ \t]+[a-z_][a-z0-9_-]{0,31}[ \t]+|gpasswd[ \t]+-a[ \t]+[a-z_][a-z0-9_-]{0,31}[ \t]+)(sudo|wheel|admin)\b/
    condition:
        ($chpasswd or $passwd_stdin) and ($nopasswd or $group)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_systemd_unit_scratch_exec
{
    meta:
        description = "systemd unit (a .service file, or one written by a script) whose Exec line runs a program from a scratch or hidden directory (/tmp, /dev/shm, /var/tmp, a dot-directory): no package installs a service there"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $service = "[Service]" ascii
        $scratch = /\nExec(Start|StartPre|StartPost|Reload|Stop)=[-@+!:]{0,3}[^\n]{0,80}\/(tmp|dev\/shm|var\/tmp)\/[^\s\/]/
        // A dot-directory other than the XDG ones user units read their settings from
        // (`%h/.config/stunnel/%i.conf`, `.local/`): names starting "con" or "loc" are left out.
        $hidden = /\nExec(Start|StartPre|StartPost)=[-@+!:]{0,3}[^\n]{0,80}\/\.([A-Za-bd-km-z0-9_]|c[A-Za-np-z0-9_]|l[A-Za-np-z0-9_]|co[A-Za-mo-z0-9_]|lo[A-Za-bd-z0-9_])[A-Za-z0-9_.-]{0,30}\/[^\n]{0,80}/
    condition:
        $service and ($scratch or $hidden)
        and not filepath matches /\/(doc|docs|man|html|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_startup_file_append
{
    meta:
        description = "Script appending a command that downloads, opens a socket, decodes, runs from a scratch directory or detaches (curl, wget, /dev/tcp, nc, base64 -d, /tmp, nohup) to a file run at login or boot (.bashrc, .profile, /etc/profile, /etc/bash.bashrc, /etc/rc.local) or to a crontab"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        // Anchored on the payload words, not on "echo": downloads piped to a shell are the
        // downloader rules' work; these are the detached, socket, decoded and hidden ones.
        $profile = /(nohup[ \t]|\/dev\/tcp\/|\/dev\/shm\/|\/tmp\/\.|base64[ \t]+(-d|--decode))[^\n]{0,200}>>?[ \t]*["']?[^\s;|&]{0,40}(\/\.bashrc|\/\.bash_profile|\/\.profile|\/\.zshrc|\/etc\/profile|\/etc\/bash\.bashrc|\/etc\/rc\.local)\b/
        // `(crontab -l; echo "@reboot nohup ...") | crontab -` or `echo ... >> /etc/crontab`.
        $cron = /(nohup[ \t]|\/dev\/tcp\/|\/dev\/shm\/|\/tmp\/\.|base64[ \t]+(-d|--decode))[^\n]{0,200}(\|[ \t]*crontab[ \t]+-|>>?[ \t]*["']?\/(etc\/crontab|etc\/cron\.d\/|var\/spool\/cron\/))/
    condition:
        ($profile or $cron)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_pam_module_master_password
{
    meta:
        description = "PAM backdoor module source or installer: a pam_sm_authenticate that returns PAM_SUCCESS when the typed password or user equals a string or constant written in the code (a master password), or that appends the typed password to a file; or a script inserting an `auth sufficient` line for an extra module at the top of /etc/pam.d files"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $entry = /pam_sm_authenticate\s*\(/
        $authtok = /pam_get_authtok\s*\(|pam_get_item\s*\([^)\n]{0,60}PAM_AUTHTOK/
        $user = /pam_get_user\s*\(/
        // strcmp(password, "s3cret") / strcmp(user, BACKDOOR_USER) / strncmp("s3cret", pass, n):
        // the compared variable is named for a password, token or user. Every module compares
        // its argv options with strings ("debug", "nullok") and returns PAM_SUCCESS somewhere.
        $cmp_const = /str(n)?cmp\s*\(\s*\(?(const\s+)?(char\s*\*\s*)?\)?\s*[A-Za-z_]{0,20}(pass|Pass|PASS|pw|PW|pwd|tok|Tok|auth|user|User|USER|login)[A-Za-z0-9_]{0,20}\s*,\s*("[^"\n]{1,64}"|[A-Z][A-Z0-9_]{2,40})\s*[,)]/
        $const_cmp = /str(n)?cmp\s*\(\s*("[^"\n]{1,64}"|[A-Z][A-Z0-9_]{2,40})\s*,\s*\(?(const\s+)?(char\s*\*\s*)?\)?\s*[A-Za-z_]{0,20}(pass|Pass|PASS|pw|PW|pwd|tok|Tok|auth|user|User|USER|login)/
        $success = /return\s+PAM_SUCCESS/
        // The password kept in a file opened for appending.
        $log = /fopen\s*\([^,\n]{1,80},\s*"a\+?"\s*\)/
        // sed -i '1i auth sufficient pam_x.so' /etc/pam.d/... or echo "auth sufficient ..." into it.
        $insert = /(sed[ \t]+-i[^\n]{0,30}["']?[0-9]*i[ \t\\]*auth[ \t]+sufficient|echo[ \t]+(-e[ \t]+)?["']auth[ \t]+sufficient)[^\n]{0,200}\/etc\/pam\.d\//
    condition:
        (($entry and ($authtok or $user) and ((($cmp_const or $const_cmp) and $success) or ($log and $authtok)))
            or $insert)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_pam_sufficient_module_planted
{
    meta:
        description = "Script writing an `auth sufficient` line into /etc/pam.d for a module it plants itself: the module kept outside the PAM module directories (/etc, /tmp, /dev/shm, a home) or built and moved into place by the same script (gcc -shared, mv/cp/install of a pam_*.so), whatever tool does the edit (sed over every service file, awk printing the line before the first `auth`): a PAM module that lets anyone in ahead of pam_unix"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        // The line as text or as a sed/printf escape: auth<TAB>sufficient<TAB>pam_user.so.
        $line = /auth([ \t]+|\\t)+sufficient([ \t]+|\\t)+[^ \t\r\n"'\\]{1,80}\.so/
        $pamd = "/etc/pam.d/"
        // The module itself where no package puts one.
        $mod_odd = /sufficient([ \t]+|\\t)+\/(etc|tmp|dev\/shm|var\/tmp|root|home|usr\/local\/tmp)\/[^ \t\r\n"']{0,80}\.so/
        // The same script builds or moves the module into place.
        $build = /gcc[ \t][^\n]{0,120}-shared[^\n]{0,120}pam_[A-Za-z0-9_]{1,30}\.c/
        $move = /\b(mv|cp|install)[ \t][^\n]{0,160}\/pam_[A-Za-z0-9_]{1,30}\.so/
    condition:
        filesize < 64KB
        and $line and $pamd and ($mod_odd or $build or $move)
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule credential_wp_login_capture
{
    meta:
        description = "WordPress code hooked on the login (authenticate, wp_authenticate, wp_login) that keeps the typed user name and password: written to a file (often disguised as an image), mailed or posted elsewhere"
        severity = "high"
        confidence = "high"
        category = "credential-theft"
    strings:
        $hook = /add_(filter|action)\s*\(\s*["'](authenticate|wp_authenticate|wp_authenticate_user|wp_login)["']\s*,/
        $keep = /(file_put_contents|fwrite|fputs|error_log|wp_remote_post|wp_mail|mail|curl_exec|wp_remote_get|file_get_contents)\s*\(/
        $pass = /\$(p|pass|pwd|password|user_pass|passwd)\b|\$_POST\s*\[\s*["']pwd["']\s*\]/
    condition:
        $hook and $keep and $pass
        and for any i in (1..8): (for any j in (1..8): (@keep[j] > @hook[i] and @keep[j] - @hook[i] < 600))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

rule credential_auth_password_capture_code
{
    meta:
        description = "Code that takes the password a user types from the login path (pam_get_item/pam_get_authtok PAM_AUTHTOK, a hooked pam_authenticate or sshd auth_password) and writes it out or sends it (a file, curl, a socket, an HTTP request): PAM and sshd credential loggers"
        severity = "high"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $authtok = /pam_get_(item|authtok)\s*\([^;]{0,80}PAM_AUTHTOK|PAM_AUTHTOK[^;]{0,80}pam_get_item|get_authtok\(|pam\.authtok/
        $hook = /(pam_authenticate|auth_password|sys_auth_passwd|pam_get_item|pam_set_data)[^\n]{0,60}(hook|got|plt|orig|real|old)|(hook|got|plt|orig|real|old)[^\n]{0,60}(pam_authenticate|auth_password|sys_auth_passwd|pam_set_data)/ nocase
        $out = /fopen\s*\([^;]{0,120}["']a\+?["']|fprintf\s*\(|curl_easy_perform|CURLOPT_URL|sendto\s*\(|requests\.(get|post)\(|urllib[^\n]{0,30}urlopen\(|api\.telegram\.org|\bsend\s*\(\s*sock/
        $pw = /password|passwd|authtok/ nocase
    condition:
        ($authtok or $hook) and $out and $pw
        and uint32(0) != 0x464c457f
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9])$/
}

rule persistence_hidden_copy_started_at_boot
{
    meta:
        description = "A program hidden and started at every boot: a script under a dot name in a system directory (`/usr/local/bin/.hackserv.py`) or a copy made under a `mktemp -u` name, in a file that also starts it from a systemd unit's ExecStart, systemctl enable, rc.local or @reboot. Two signals: the hiding and the boot hook"
        severity = "medium"
        confidence = "medium"
        category = "persistence"
    strings:
        $hidden_script = /\/(usr\/local\/bin|usr\/bin|usr\/sbin|opt|etc|var\/lib)\/\.[A-Za-z0-9_][A-Za-z0-9_\-]{1,40}\.(py|sh|pl)\b/
        $random_name = "mktemp -u"
        // Literals, not a regex over the ExecStart line: unit files are many, and a regex from
        // "ExecStart=" cost a third more than a one-literal rule on text trees.
        $unit = "ExecStart="
        $rc_local = "/etc/rc.local"
        $enable = "systemctl enable"
        $reboot = "@reboot"
    condition:
        ($hidden_script or $random_name) and ($unit or $rc_local or $enable or $reboot)
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule persistence_system_tool_swapped_and_backdated
{
    meta:
        description = "Script moving a system tool that lists processes, connections or logins (ps, netstat, top, pstree, ls, login, ss, lsof...) out of /bin or /usr/bin and backdating the one put in its place (touch -t/-d/-r): how rootkit installers (the Ramen worm's start.sh, TeamTNT's process hiders) swap in a trojaned tool and hide the swap. Two signals: the move and the forged time on the tool"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $move = /mv[ \t]+(-f[ \t]+)?\/(usr\/)?s?bin\/(ps|netstat|top|pstree|ls|login|ss|lsof|find|pkill|killall|who|w|last|ifconfig)[ \t]+\//
        $backdate = /touch[ \t]+-[tdr][ \t]+[^\n;|&]{1,40}\/(usr\/)?s?bin\/(ps|netstat|top|pstree|ls|login|ss|lsof|find|pkill|killall|who|w|last|ifconfig)\b/
    condition:
        $move and $backdate
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule backdoor_c_packet_trigger_shell
{
    meta:
        description = "C source of a backdoor woken by a packet it captures, with no port open until then: a socket filter or capture filter (SO_ATTACH_FILTER, pcap_setfilter) AND what it opens on the magic packet, a root shell served by inetd (`stream tcp nowait root /bin/sh`), a socket duplicated onto a shell (dup2(sock, 0) beside /bin/sh, also spelled as bytes). BPFDoor, cd00r and their kin; packet tools capture but open no shell"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $attach = "SO_ATTACH_FILTER" ascii
        $pcap = "pcap_setfilter" ascii
        $inetd_shell = /stream[ \t]+tcp[ \t]+nowait[ \t]+root[ \t]+\/bin\/(ba)?sh/
        $dup_sock = /dup2[ \t]*\([ \t]*(sock|s|fd|csock|sockfd)[ \t]*,[ \t]*0[ \t]*\)/
        $sh = "\"/bin/sh\"" ascii
        $sh_bytes = /0x2f,[ \t]*0x62,[ \t]*0x69,[ \t]*0x6e,[ \t]*0x2f,[ \t]*0x73,[ \t]*0x68/
    condition:
        ($attach or $pcap)
        and ($inetd_shell or ($dup_sock and ($sh or $sh_bytes)))
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule persistence_cron_line_dropper
{
    meta:
        description = "A cron schedule line (five fields or @reboot), in a crontab or written by a script, that runs a program kept in a scratch directory (/tmp, /var/tmp, /dev/shm) or pipes a download into a shell: no package schedules either, droppers do"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        // Schedule, an optional user field, an optional interpreter, then the program's path.
        $scratch = /(\* \* \* \* \*|\*\/[0-9]{1,2} \* \* \* \*|@reboot)[ \t]+([a-z_][a-z0-9_-]{0,31}[ \t]+)?(((\/usr)?\/bin\/)?((ba|da|z)?sh|nohup|python[0-9.]{0,4}|perl|exec)[ \t]+(-[a-z]{1,3}[ \t]+)?)?["']?\/(tmp|var\/tmp|dev\/shm)\/[^\s\/'"]/
        $fetch_pipe = /(\* \* \* \* \*|\*\/[0-9]{1,2} \* \* \* \*|@reboot)[ \t][^\n]{0,100}(curl|wget|lwp-download|fetch)[ \t][^\n]{0,160}\|[ \t]*((\/usr)?\/bin\/)?(ba|da|z)?sh\b/
    condition:
        ($scratch or $fetch_pipe)
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
}


rule persistence_password_piped_to_passwd
{
    meta:
        description = "A fixed password typed into passwd by a pipe (`echo -e \"pw\\npw\" | passwd`): the account's password is whatever the script says, so whoever reads the script logs in"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $pipe = /(echo[ \t]+(-[en]{1,2}[ \t]+)?|printf[ \t]+)["'][^"'\n]{4,64}\\n[^"'\n]{4,64}(\\n)?["'][ \t]*\|[ \t]*(sudo[ \t]+)?passwd\b/
    condition:
        $pipe
        and not filepath matches /\/(doc|docs|man|html|info|tests?|examples?)\//
        and not filepath matches /\/(site-packages|dist-packages|node_modules|vendor|gems)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule backdoor_system_binary_swapped_for_trojan
{
    meta:
        description = "A system tool moved or copied to a hidden name in its own bin directory (mv /bin/login /bin/.login) or a program that names such a hidden copy as the real tool: a trojaned login, ps or sshd that calls the original"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $mv = /(mv|cp) (-f )?\/(usr\/)?s?bin\/[a-z]{2,10} \/(usr\/)?s?bin\/\.[a-z]/
        $const = /["']\/(usr\/)?s?bin\/\.(login|ps|ls|netstat|sshd|ssh|su|passwd|top|lsof|find|ss|crontab|bash|sh)["']/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of them
}

rule credential_shadow_collected_and_mailed
{
    meta:
        description = "Script that gathers host facts (uname, interfaces, CPU, uptime) with /etc/shadow or /etc/passwd and sends them out by mail or an upload: a reporter that tells its operator what it has taken"
        severity = "high"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $shadow = "/etc/shadow"
        $out1 = /\| ?(mail|mailx|mutt|sendmail) /
        $out2 = /curl [^\n]{0,80}(-F|--data-binary|-d) ?["']?@/
        $f1 = "uname -a"
        $f2 = /ifconfig|ip a(ddr)?\b/
        $f3 = "/proc/cpuinfo"
        $f4 = "uptime"
        $f5 = "/etc/passwd"
        $f6 = /df -h|free -m|free\b/
    condition:
        filesize < 64KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $shadow and 1 of ($out*) and 3 of ($f*)
}

rule persistence_c_setuid_root_scratch_file
{
    meta:
        description = "C code (or a patch to C code) that makes a file in a scratch directory setuid (chmod(\"/tmp/...\", S_ISUID|...) or 04755), usually after chown(..., 0, 0): a hidden root shell left for later, as backdoored shells and trojaned daemons plant"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $setuid = /chmod ?\( ?["']\/(tmp|var\/tmp|dev\/shm)\/[^"'\n]{1,64}["'] ?, ?[^;\n]{0,60}(S_ISUID|0?4[0-7]{3}\b|0?6[0-7]{3}\b)/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $setuid
}
