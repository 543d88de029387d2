// Cryptocurrency miners: the largest class of malicious images on public registries.

rule miner_stratum_pool_url
{
    meta:
        description = "Mining pool URL in the stratum protocol (stratum+tcp/ssl/tls)"
        severity = "high"
        confidence = "high"
        category = "cryptominer"
        reference = "https://en.bitcoin.it/wiki/Stratum_mining_protocol"
    strings:
        $url = /stratum2?\+(tcp|ssl|tls):\/\/[A-Za-z0-9.\-]{3,253}(:[0-9]{2,5})?/ nocase
    condition:
        $url
        // READMEs and manuals show how to point a miner at a pool (`xmrig -o stratum+tcp://...`):
        // a pool URL in a script, a config or a program is what matters. Plain .txt stays in:
        // SRBMiner reads its pools from pools.txt.
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule miner_xmrig_config
{
    meta:
        description = "XMRig (or fork) configuration: the donate-level setting, or pools with a user and an XMRig algorithm or XMRig's own keys (nicehash, rig-id, tls-fingerprint, a randomx section, keepalive or huge-pages with a host:port pool URL)"
        severity = "high"
        confidence = "high"
        category = "cryptominer"
        reference = "https://xmrig.com/docs/miner/config"
    strings:
        $donate = /"donate-level"\s*:\s*[0-9]/
        $donate_cli = /--donate-level[= ][0-9]/
        $pools = /"pools"\s*:\s*\[/
        $user = /"user"\s*:\s*"/
        $algo = /"(algo|coin)"\s*:\s*"(rx\/0|randomx|cn\/|monero|xmr)/ nocase
        // Pool keys only XMRig and its forks write. The closing quote is matched as `.`: a key
        // ending in `e"` or `d"` would be the search atom otherwise ("ive\"" is everywhere).
        $xmrig_key = /"(nicehash|rig-id|tls-fingerprint|daemon-poll-interval).\s*:/
        // Weaker alone (connection pools keep alive too): next to a pool URL given as
        // host:port with no scheme, as miners take it, or XMRig's huge-pages CPU setting.
        $keepalive = /"keepalive.\s*:\s*(true|false|[0-9])/
        $url_hostport = /"url"\s*:\s*"[A-Za-z0-9][A-Za-z0-9.\-]{0,252}:[0-9]{2,5}"/
        $cpu_section = /"huge-pages.\s*:/
        $randomx_section = /"randomx"\s*:\s*\{/
    condition:
        (
            $donate or $donate_cli
            or ($pools and $user and ($algo or $xmrig_key or $randomx_section
                or ($url_hostport and ($keepalive or $cpu_section))))
        )
        // READMEs and manuals quote XMRig's options (`--donate-level 1`) and sample configs.
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule miner_binary_strings
{
    meta:
        description = "Miner program (ELF, PE or Mach-O): XMRig (its donation servers, or its version banner with RandomX or a hash rate), cpuminer, ccminer, nanominer, T-Rex, lolMiner or SRBMiner identifying itself"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $xmrig = "XMRig/" ascii
        $xmrig_url = "https://xmrig.com" ascii
        // XMRig's banner and user agent: "XMRig 6.21.0", "XMRig/6.21.0".
        $xmrig_version = /XMRig[ \/][0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}/
        // The donation servers every XMRig build (and most forks) connects to (donate.v2...,
        // donate.ssl...): without "donate." the search atoms are "v2.x" and "sl.x", not "ate.".
        $xmrig_donate1 = "v2.xmrig.com" ascii
        $xmrig_donate2 = "ssl.xmrig.com" ascii
        $cpuminer = "cpuminer-multi" ascii nocase
        $cpuminer_opt = "cpuminer-opt" ascii nocase
        $ccminer = "ccminer" ascii nocase
        $nanominer = "nanominer" ascii nocase
        $trex = "T-Rex NVIDIA GPU miner" ascii
        $lol = "lolMiner" ascii
        $srb = "SRBMiner-MULTI" ascii
        $randomx = "RandomX" ascii
        $hashrate = /[0-9]+(\.[0-9]+)? ?[kKMG]?H\/s/ ascii
    condition:
        (
            // A program: ELF, PE or Mach-O. Lists of package names mention miners too.
            (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
            and (
                any of ($xmrig_donate*)
                or ((any of ($xmrig, $xmrig_url, $xmrig_version, $cpuminer*, $ccminer, $nanominer, $trex, $lol, $srb))
                    and ($randomx or $hashrate))
            )
        )
        // Any other file (a packed or renamed build): the banner and a donation server
        // together, outside documentation.
        or (
            $xmrig_version and any of ($xmrig_donate*)
            and not filepath matches /\/(doc|docs|man|html|info)\//
            and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        )
}

rule miner_monero_wallet
{
    meta:
        description = "Monero wallet address (standard 95 characters, or integrated 106) in a file that also names a pool, a miner, or a wallet/user setting"
        severity = "medium"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $wallet = /[=:"' \t\n,\[(][48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}([1-9A-HJ-NP-Za-km-z]{11})?\b/
        $context = /(stratum|xmrig|monero|\bxmr\b|wallet|--user[ =]|"user"\s*:|\bpool\.[a-z0-9\-]+\.[a-z]{2,})/ nocase
    condition:
        $wallet and $context
}

rule miner_command_line
{
    meta:
        description = "Miner started on a command line: a pool given as host:port next to a mining algorithm, coin, rig id, wallet option or CPU-thread hint (xmrig, xmr-stak, lolMiner, ethminer, PhoenixMiner, SRBMiner, cpuminer and renamed copies)"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        // Options only miners take; the option names carry the atoms.
        // A miner option, then (on the same line, the miner's own options first or last) a
        // pool option with host:port. The miner options carry the atoms; a pool option alone
        // (" -o ") is in every build script.
        $opt_then_pool = /[ \t](--algo|--algorithm|--rig-id|--currency|--coin|--cpu-max-threads-hint|-epsw|-wal|--wallet)[ =][^\n]{0,200}[ \t](-o|--url|--pool|-pool|-P|--server)[ =]+(stratum[a-z0-9+]*:\/\/)?[A-Za-z0-9][A-Za-z0-9.\-]{2,100}:[0-9]{2,5}\b/
        $pool_then_opt = /[ \t](-o|--url|--pool|-pool|-P|--server)[ =]+(stratum[a-z0-9+]*:\/\/)?[A-Za-z0-9][A-Za-z0-9.\-]{2,100}:[0-9]{2,5}\b[^\n]{0,200}[ \t](--algo|--algorithm|--rig-id|--currency|--coin|--cpu-max-threads-hint|-epsw|-wal|--wallet)[ =]/
    condition:
        ($opt_then_pool or $pool_then_opt)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule miner_xmrstak_config
{
    meta:
        description = "xmr-stak configuration: a pool_list entry with pool_address and wallet_address, or the miner's own settings (use_slow_memory, h_print_time, giveup_limit)"
        severity = "medium"
        confidence = "high"
        category = "cryptominer"
    strings:
        $pool = /"pool_address"\s*:\s*"[^"\n]{3,200}"/
        $wallet = /"wallet_address"\s*:\s*"/
        $slow = /"use_slow_memory"\s*:/
        $print = /"h_print_time"\s*:/
        $giveup = /"giveup_limit"\s*:/
    condition:
        (($pool and $wallet) or ($slow and $print and $giveup))
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule miner_cloud_vm_spawner
{
    meta:
        description = "Script that creates cloud machines in a loop over regions (az vm create, aws ec2 run-instances, gcloud compute instances create) with start-up data that downloads and runs a script: stolen or trial cloud accounts turned into mining farms"
        severity = "medium"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $create = /az vm create|aws ec2 run-instances|gcloud compute instances create/
        $data = /--custom-data|--user-data|startup-script/
        $fetch = /(wget|curl)[^\n]{0,200}(&&|;|\|)[^\n]{0,60}\b(bash|sh)\b/
        // The shell reading the download through process substitution, escaped or not:
        // startup-script=bash\ \<\(wget\ -qO-\ https://...\).
        $fetch_sub = /(bash|sh)(\\ | )\\?<\\?\((wget|curl)/
    condition:
        #create >= 3 and $data and ($fetch or $fetch_sub)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule miner_installer_cron_relaunch
{
    meta:
        description = "Script that downloads a miner archive (xmrig, lolMiner, T-Rex, NBMiner, GMiner, PhoenixMiner, nanominer, SRBMiner, TeamRedMiner, cpuminer), unpacks it, makes it executable and adds a crontab line that starts it again: a miner installer with cron persistence, whatever its pool or wallet"
        severity = "medium"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $miner = /xmrig|lolMiner|t-rex|NBMiner|nbminer|gminer|PhoenixMiner|nanominer|SRBMiner|teamredminer|cpuminer|ccminer|nheqminer|ethminer/
        $get = /curl -|wget /
        $unpack = /tar x|tar -x|unzip /
        $exec = "chmod +x"
        $cron = /crontab -|\/etc\/cron\.d\/|\/var\/spool\/cron/
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and #miner >= 2 and $get and $unpack and $exec and $cron
}

rule miner_named_in_service_or_memory_tuning
{
    meta:
        description = "A miner named where it is made to last or to run faster: a systemd unit whose ExecStart runs xmr-stak, xmrig, cpuminer, nheqminer, ethminer, lolMiner and the like, or a script that reserves huge pages and raises the memlock limit (what RandomX/CryptoNight miners want) in the file that names the miner. Medium: a miner set up on purpose, whatever its pool"
        severity = "medium"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $unit_miner = /ExecStart=[^\n]{0,160}(xmr-stak|xmrig|cpuminer|nheqminer|ethminer|lolMiner|SRBMiner|nanominer|PhoenixMiner)/
        $hugepages = "nr_hugepages"
        $memlock = "memlock"
        $miner = /xmr-stak|xmrig|cpuminer|nheqminer|lolMiner|SRBMiner/
    condition:
        ($unit_miner or ($hugepages and $memlock and $miner))
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule miner_restart_loop_in_start_script
{
    meta:
        description = "A start script that runs a miner in an endless loop and starts it again when it stops: `while true; do ./web --pool $POOL ...; sleep 5; done`, `while [ 1 ]; do ./xmrig --url stratum...; done` (the ENTRYPOINT/CMD scripts of free-tier and Docker Hub mining images). Two signals: a pool flag inside an endless loop, and a stratum address in the file"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        // Endless loops as shells write them; each a literal, so no atom is a bare "while".
        $loop_true = "while true" ascii
        $loop_colon = "while :" ascii
        $loop_one = "while [ 1 ]" ascii
        $loop_true_test = "while [ true ]" ascii
        // The miner's pool option with its value (xmrig, SRBMiner, iniminer, cpuminer spell it so).
        $flag = /--(pool|url)[ =]+["']?[$A-Za-z0-9]/
        // A stratum address (stratum+tcp://, stratum+ssl://, or a pool host named stratum-..),
        // not the word alone (NTP configs and docs speak of strata).
        $stratum = /stratum(\+(tcp|ssl|tls)|[a-z0-9-]{0,12}\.[a-z0-9-]{1,40}\.[a-z]{2,10})/
    condition:
        filesize < 16KB and $stratum
        and for any of ($loop_*) : ( $flag in (@ .. @ + 400) )
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

// Round 22: two steps every cryptojacking kit takes, counted on their own: rivals killed by
// pool or miner name (20 dev families), and an XMRig release fetched and made to last.

rule miner_rival_pools_killed
{
    meta:
        description = "Script that kills other miners by name (processes matched by three or more mining pools or miner names, then killed): the first step of every cryptojacking kit, which wants the CPU to itself"
        severity = "medium"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $kill1 = "xargs kill"
        $kill2 = "xargs -I % kill"
        $kill3 = "kill -9 $("
        $kill4 = "pkill -f"
        $kill5 = "killall -9"
        $n1 = "crypto-pool"
        $n2 = "nanopool"
        $n3 = "supportxmr"
        $n4 = "minexmr"
        $n5 = "dwarfpool"
        $n6 = "xmrpool"
        $n7 = "moneroocean"
        $n8 = "c3pool"
        $n9 = "hashvault"
        $n10 = "f2pool"
        $n11 = "minergate"
        $n12 = "kdevtmpfsi"
        $n13 = "kinsing"
        $n14 = "kworkerds"
        $n15 = "sustes"
        $n16 = "cryptonight"
        $n17 = "xmr-stak"
        $n18 = "monerohash"
        $n19 = "t00ls.ru"
        $n20 = "ddgs"
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and 1 of ($kill*) and 3 of ($n*)
}

rule miner_release_installed_to_last
{
    meta:
        description = "Script that downloads an XMRig release and makes it last or run hidden: a systemd unit enabled, a cron or rc.local line, nohup, setsid or a detached screen. A miner installed on purpose, whatever its pool"
        severity = "medium"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $rel = "github.com/xmrig/xmrig/releases/download"
        $l1 = "systemctl enable"
        $l2 = "/etc/systemd/system/"
        $l3 = "crontab"
        $l4 = "/etc/rc.local"
        $l5 = "@reboot"
        $l6 = "nohup "
        $l7 = "setsid "
        $l8 = "screen -dm"
        $l9 = "/etc/init.d/"
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and $rel and 1 of ($l*)
}
