// The image config's text fields, scanned as blobs named after the field: `config.entrypoint`,
// `config.cmd`, `config.shell`, `config.healthcheck`, `config.onbuild[N]`, `config.env[N]`,
// `config.labels.KEY`, `config.volumes`, `config.exposed_ports`, `config.user`, and
// `history[N].created_by` (the build steps). What runs at every container start (entrypoint,
// cmd, health check) weighs more than a build step.

rule config_start_downloads_and_runs
{
    meta:
        description = "The entrypoint, command or health check downloads code and runs it at every container start"
        severity = "high"
        confidence = "high"
        category = "downloader"
    strings:
        $pipe = /\b(curl|wget)\s[^\n|;&]{0,150}\|\s*(sudo\s+)?(ba|z|da)?sh\b/
        $fetch_run = /\b(curl|wget)\s[^\n]{0,150}(&&|;)\s*(sh|bash|chmod\s+\+?[0-7x]+)\s/
        $b64 = /base64\s+(-d|--decode|-D)[^\n|]{0,60}\|\s*(ba|z|da)?sh\b/
    condition:
        any of them and filepath matches /^config\.(entrypoint|cmd|shell|healthcheck|onbuild)/
}

rule config_build_step_pipes_download_to_shell
{
    meta:
        description = "A build step piped a download into a shell (common in installers: review what it fetched)"
        severity = "low"
        confidence = "medium"
        category = "downloader"
    strings:
        $pipe = /\b(curl|wget)\s[^\n|;&]{0,150}\|\s*(sudo\s+)?(ba|z|da)?sh\b/
        $nop = "#(nop)"
    condition:
        $pipe and filepath matches /^history\[/
        // Not a step that only set the start command (`#(nop) ENTRYPOINT`, buildkit's
        // `ENTRYPOINT [...]`, CMD, SHELL, HEALTHCHECK, ONBUILD): the config field's own rules
        // report that command, with this history step as a second location.
        and not $nop
        and not (uint32be(0) == 0x454E5452 or uint32be(0) == 0x434D4420 or uint32be(0) == 0x5348454C
            or uint32be(0) == 0x4845414C or uint32be(0) == 0x4F4E4255)
}

rule config_fetch_from_bare_ip
{
    meta:
        description = "The image fetches from a bare IP address (no domain name: typical of droppers and miner kits)"
        severity = "high"
        confidence = "medium"
        category = "downloader"
    strings:
        $ip = /\b(curl|wget|fetch|tftp|ftp)\s[^\n]{0,120}(https?|ftp|tftp):\/\/[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[:\/]/
        $ip_bare = /\b(curl|wget)\s[^\n]{0,60}\s[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(:[0-9]{2,5})?\/[A-Za-z0-9_.\/-]{1,80}/
    condition:
        any of them and filepath matches /^(config\.|history\[)/
}

rule config_base64_into_shell
{
    meta:
        description = "The image decodes a base64 payload into a shell (hides what it runs)"
        severity = "high"
        confidence = "high"
        category = "obfuscation"
    strings:
        $pipe = /base64\s+(-d|--decode|-D)[^\n|]{0,60}\|\s*(ba|z|da)?sh\b/
        $echo = /echo\s+["']?[A-Za-z0-9+\/]{40,}={0,2}["']?\s*\|\s*base64\s+(-d|--decode)/
        $eval = /(eval|exec)\s*\(?\s*["']?\$\(\s*echo\s+[A-Za-z0-9+\/]{24,}={0,2}\s*\|\s*base64/
    condition:
        any of them and filepath matches /^(config\.|history\[)/
}

rule config_host_access
{
    meta:
        description = "The image expects to reach the host: nsenter into PID 1, chroot into a host mount, mounting host disks, the Docker socket or the host root (or /etc) as a volume, in its start command, build steps or a run hint label"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $nsenter = /\bnsenter\s[^\n]{0,60}(-t|--target)[\s=]*1\b/
        $chroot = /\bchroot\s+\/(host|hostfs|rootfs|mnt\/host)\b/
        $mount_disk = /\bmount\s[^\n]{0,60}\/dev\/([sxv]d[a-z]|nvme[0-9])/
        $bind_root = /\s-v\s*\/:\//
        // The host's root or /etc bind-mounted (`-v /:/host`, `--volume=/etc:/host/etc`), as
        // a run hint in a label (LABEL run="docker run --privileged -v /:/host IMAGE") says.
        $bind_host = /\s(-v|--volume)[ =]?["']?\/(etc|root)?:\/[A-Za-z]/
        $socket = "/var/run/docker.sock"
        $host_volume = /(^|\s)\/(host|hostfs|host-root|rootfs)(\/etc)?(\s|$)/
    condition:
        (any of them and filepath matches /^(config\.(entrypoint|cmd|shell|healthcheck|onbuild|volumes)|history\[)/)
        // A label's run hint: the host's root or /etc mounted, nsenter or chroot into the host
        // (a label naming the Docker socket is how socket-using tools document themselves).
        or (any of ($nsenter, $chroot, $mount_disk, $bind_root, $bind_host) and filepath matches /^config\.labels\./)
}

rule config_starts_miner
{
    meta:
        description = "The image starts or installs a known cryptominer (by name)"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $names = /\b(xmrig|xmr-stak|minerd|cpuminer|ccminer|kdevtmpfsi|kinsing|nbminer|lolminer|ethminer|phoenixminer|t-rex|nanominer|srbminer|teamredminer|gminer)\b/ nocase
    condition:
        $names and filepath matches /^(config\.(entrypoint|cmd|shell|healthcheck|onbuild|env)|history\[)/
}

rule config_start_runs_hidden_path
{
    meta:
        description = "The entrypoint or command runs a program from a hidden directory (/opt/.cache/…, /tmp/.x/…)"
        severity = "medium"
        confidence = "medium"
        category = "persistence"
    strings:
        $hidden = /(^|[\s;&|"'=])\/[A-Za-z0-9_.\/-]{0,60}\/\.[A-Za-z0-9_-][A-Za-z0-9_.-]{0,40}\/[A-Za-z0-9_.\/-]{1,80}/
    condition:
        $hidden and filepath matches /^config\.(entrypoint|cmd|shell)$/
}

rule config_sshd_started
{
    meta:
        description = "The image starts an SSH server (review who holds its keys and whether it should be reachable)"
        severity = "medium"
        confidence = "high"
        category = "remote-access"
    strings:
        $sshd = /(^|[\s\/;&|"'])(sshd|dropbear)(\s|$)/
    condition:
        $sshd and filepath matches /^config\.(entrypoint|cmd)$/
}

rule config_exposes_miner_or_backdoor_port
{
    meta:
        description = "The image exposes a port typical of mining proxies, reverse shells or tunnels (3333, 4444, 5555, 7777, 14444, 45700, 6666, 1337, 31337)"
        severity = "low"
        confidence = "low"
        category = "suspicious-port"
    strings:
        $port = /(^|\s)(3333|4444|5555|6666|7777|1337|31337|14444|14433|45700|45560)\/(tcp|udp)/
    condition:
        $port and filepath matches /^config\.exposed_ports$/
}
