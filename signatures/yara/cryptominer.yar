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
}

rule miner_xmrig_config
{
    meta:
        description = "XMRig (or fork) configuration: pools with a wallet user, or the donate-level setting"
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
    condition:
        $donate or $donate_cli or ($pools and $user and $algo)
}

rule miner_binary_strings
{
    meta:
        description = "Miner program (ELF): XMRig, cpuminer, ccminer, nanominer, T-Rex, lolMiner or SRBMiner identifying itself"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        $xmrig = "XMRig/" ascii
        $xmrig_url = "https://xmrig.com" ascii
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
        // A program: ELF. Lists of package names mention miners too.
        uint32(0) == 0x464c457f
        and (any of ($xmrig*, $cpuminer*, $ccminer, $nanominer, $trex, $lol, $srb)) and ($randomx or $hashrate)
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
