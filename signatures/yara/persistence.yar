// Persistence planted in an image: cron jobs that reach out, attacker keys, start-up hooks.

rule persistence_cron_network
{
    meta:
        description = "Cron entry that downloads, pipes to a shell or opens a socket"
        severity = "high"
        confidence = "high"
        category = "persistence"
    strings:
        $schedule = /(^|\n)\s*(@(reboot|hourly|daily|weekly|monthly|yearly)|[0-9*\/,\-]+\s+[0-9*\/,\-]+\s+[0-9*\/,\-]+\s+[0-9*\/,\-]+\s+[0-9*\/,\-]+)\s[^\n]{0,200}(curl|wget|\/dev\/tcp\/|\bnc\b|ncat|python[0-9.]*\s+-c)/
    condition:
        $schedule and (filepath matches /\/etc\/cron/ or filepath matches /\/var\/spool\/cron/ or filepath matches /\/etc\/crontab/)
}

rule persistence_authorized_keys_write
{
    meta:
        description = "Script appending or writing an SSH public key into an authorized_keys file"
        severity = "high"
        confidence = "high"
        category = "persistence"
    strings:
        $echo = /echo\s+["']?(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]+)\s+[A-Za-z0-9+\/]{20,}[^\n]{0,200}>>?\s*[^\n]{0,60}\.ssh\/authorized_keys/
        $curl = /(curl|wget)\s[^\n]{0,200}>>?\s*[^\n]{0,60}\.ssh\/authorized_keys/
    condition:
        any of them
}

rule persistence_startup_hook_network
{
    meta:
        description = "Start-up hook (rc.local, profile.d, systemd unit, bashrc) that downloads or connects out"
        severity = "high"
        confidence = "medium"
        category = "persistence"
    strings:
        $net = /(curl|wget)\s[^\n]{0,200}\|\s*(ba|z|da)?sh\b|\/dev\/tcp\/[A-Za-z0-9.\-]+\/[0-9]+|\b(nc|ncat)\s[^\n]{0,80}-[ec]\s/
    condition:
        $net and (filepath matches /\/etc\/rc\.local$/ or filepath matches /\/etc\/profile\.d\// or filepath matches /\/(etc|lib|usr\/lib)\/systemd\/system\// or filepath matches /\/\.(bashrc|profile|bash_profile)$/)
}

rule persistence_authorized_key_in_image
{
    meta:
        description = "SSH public key baked into an authorized_keys file: whoever holds the private key can log in to every container run from the image"
        severity = "medium"
        confidence = "high"
        category = "persistence"
    strings:
        $key = /(^|\n)[^\n#]{0,200}(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]+|sk-ssh-ed25519@openssh\.com)\s+AAAA[A-Za-z0-9+\/]{16,}/
    condition:
        $key and filepath matches /\/\.ssh\/authorized_keys2?$/
}
