// Proxy avoidance and tunnelling: reverse tunnels that open the container to the outside
// (frp, ngrok, chisel, gost remote forwards, tor hidden services) and relays that send its
// traffic somewhere fixed (gost, 3proxy, proxychains, proxy variables, circumvention proxies).
//
// Documentation quotes these commands and settings: the rules leave doc trees and manuals alone.

rule tunnel_frp_client
{
    meta:
        description = "frp client (frpc) configuration with proxied ports (frpc.ini [common] with remote_port/custom_domains, frpc.toml [[proxies]]), or an frpc launch line"
        severity = "high"
        confidence = "high"
        category = "tunnel"
        reference = "https://github.com/fatedier/frp"
    strings:
        $ini_common = "[common]" ascii
        $ini_proxy = /(remote_port|cust[Oo]m_domains)\s*=\s*\S/
        // frp >= 0.52 (TOML): only frpc has proxies.
        $toml_proxies = "[[proxies]]" ascii
        // Launched by path (./frpc, /usr/local/bin/frpc): "/frp" is the search atom, where a
        // bare `frpc` would add "f" to the first bytes the whole pack looks for.
        $launch = /\/frpc(\.exe)?["',\s]+(-c|--config)[\s="',]/
        $launch_cli = /\/frpc(\.exe)?\s+(tcp|udp|http|https|stcp|xtcp|sudp)\s[^\n]{0,120}(-s|--server[_-]addr)[\s=]/
    condition:
        (
            // (server_addr is there too, but its atoms would be "ver_" or "serv".)
            ($ini_common and $ini_proxy)
            or $toml_proxies or $launch or $launch_cli
        )
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_ngrok
{
    meta:
        description = "ngrok agent with an auth token (ngrok.yml authtoken, NGROK_AUTHTOKEN, `ngrok authtoken ...`) or started to expose a local port (`ngrok tcp 22`)"
        severity = "high"
        confidence = "high"
        category = "tunnel"
        reference = "https://ngrok.com/docs/agent/config/"
    strings:
        // Written without blanks before the colon, as ngrok writes it: `authtoken\s*:` would
        // search for "auth".
        $cfg_token = /authtoken:\s*["']?[0-9A-Za-z_]{20,}/
        $cmd_token = /\bngrok(\.exe)?\s+(config\s+add-)?authtoken\s+["']?[0-9A-Za-z_]{20,}/
        $env_token = /NGROK_AUTHTOKEN\s*=\s*["']?[0-9A-Za-z_]{20,}/
        $cmd_tunnel = /\bngrok(\.exe)?["',\s]+(tcp|tls|http)["',\s]+[^\n]{0,80}[0-9]{2,5}/
        $cmd_start = /\bngrok(\.exe)?\s+start\s+(--all|--config)/
    condition:
        (
            ($cfg_token and (filename matches /^ngrok.*\.ya?ml$/ or filepath matches /\/ngrok\//))
            or $cmd_token or $env_token or $cmd_tunnel or $cmd_start
        )
        // The agent's own help text (`ngrok authtoken <example>`, `ngrok.exe http 80`) is in
        // the program: a shipped agent is tunnel_ngrok_agent, low.
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\/|\.dist-info\/METADATA$|PKG-INFO$/
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_ngrok_agent
{
    meta:
        description = "ngrok agent program (ELF, PE or Mach-O built from go.ngrok.com's tunnel library) in the image, as wrappers (npm ngrok, pyngrok) ship or download it: review why the image can open a public tunnel"
        severity = "low"
        confidence = "high"
        category = "tunnel"
        reference = "https://ngrok.com/docs/agent/"
    strings:
        $lib = "go.ngrok.com/lib/tunnel" ascii
    condition:
        (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and $lib
}

rule tunnel_reverse_port_forward
{
    meta:
        description = "Reverse tunnel exposing the container through a remote host: chisel client with R: remotes, chisel server --reverse, or gost listening on rtcp:// / rudp://"
        severity = "high"
        confidence = "high"
        category = "tunnel"
        reference = "https://github.com/jpillora/chisel"
    strings:
        $chisel_client = /\bchisel(\.exe)?["',\s]+client["',\s][^\n]{0,200}["',\s]R:/
        $chisel_server = /\bchisel(\.exe)?["',\s]+server["',\s][^\n]{0,200}--reverse/
        $gost_remote = /\bgost(\.exe)?["',\s][^\n]{0,200}-L[ =",']{0,4}(rtcp|rudp):\/\//
    condition:
        any of them
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_gost_forward
{
    meta:
        description = "gost started with a listener and a forward chain (-L ... -F ...): the container's traffic is relayed through a fixed proxy"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
        reference = "https://github.com/go-gost/gost"
    strings:
        $chain = /\bgost(\.exe)?["',\s][^\n]{0,200}-L[ =",']{0,4}[^\n]{0,200}["',\s]-F[ =",']{0,4}[a-z0-9+]{0,24}:\/\//
    condition:
        $chain
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_3proxy_config
{
    meta:
        description = "3proxy configuration starting a proxy or SOCKS service (socks/proxy/tcppm listeners with -p, next to nscache or users settings, or in a file named 3proxy)"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
        reference = "https://3proxy.org/doc/man3/3proxy.cfg.3.html"
    strings:
        $nscache = /nscache6?[ \t]+[0-9]/
        $users = /(^|\n)[ \t]*users[ \t]+[^\s:]{1,64}:(CL|CR|NT):/
        $listener = /(^|\n)[ \t]*(socks|proxy|tcppm|udppm|ftppr)([ \t]+-[A-Za-z][^\s]{0,60}){0,8}[ \t]+-p[0-9]{2,5}/
    condition:
        $listener and ($nscache or $users or filename matches /3proxy/)
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule tunnel_tor_hidden_service
{
    meta:
        description = "Tor onion (hidden) service configured: HiddenServiceDir and HiddenServicePort set (or three service ports or more), in a torrc or written by a script, or given on the tor command line"
        severity = "high"
        confidence = "high"
        category = "tunnel"
        reference = "https://community.torproject.org/onion-services/setup/"
    strings:
        // A line that is not a comment: Debian's torrc ships these settings commented out.
        $dir = /(^|\n)[^#\n]{0,80}HiddenServiceDir[ \t]+["']?[\/A-Za-z0-9$]/
        $port = /(^|\n)[^#\n]{0,80}HiddenServicePort[ \t]+["']?[0-9]{1,5}/
        $cli = /\btor(\.exe)?\s[^\n]{0,120}--HiddenServiceDir[ \t=]/
    condition:
        // Round 17b: three service ports or more are a hidden service even when the directory
        // line is written another way (sed un-commenting Debian's `#HiddenServiceDir`).
        (($dir and $port) or #port >= 3 or $cli)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule tunnel_tor_client_config
{
    meta:
        description = "Tor configured to run (an uncommented SocksPort, ORPort, ExitRelay, UseBridges or ControlPort line in a torrc): review why the image ships tor"
        severity = "low"
        confidence = "medium"
        category = "tunnel"
    strings:
        // At the start of a line: "\nSoc..." is a rarer search atom than "Sock".
        $setting = /\n(SocksPort|ORPort|ExitRelay|UseBridges|ControlPort)[ \t]+[^\s#]/
        // The same on the first line: literals at offset 0 are compared, never searched for.
        $first_socks = "SocksPort " ascii
        $first_or = "ORPort " ascii
        $first_exit = "ExitRelay " ascii
        $first_bridges = "UseBridges " ascii
        $first_control = "ControlPort " ascii
    condition:
        ($setting or $first_socks at 0 or $first_or at 0 or $first_exit at 0 or $first_bridges at 0 or $first_control at 0)
        and (filename matches /torrc/ or filepath matches /\/etc\/tor\//)
}

rule tunnel_proxychains_remote
{
    meta:
        description = "proxychains configuration whose [ProxyList] sends traffic to a fixed remote proxy (not the package default of a local tor on 127.0.0.1)"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
    strings:
        // From [ProxyList] on, an uncommented entry whose address is not 0.x or 127.x (the
        // package default ships its examples commented out and `socks4 127.0.0.1 9050`).
        $remote = /\[ProxyList\](\r?\n[^\n]{0,300}){0,80}\n[ \t]*(socks4|socks5|http|raw)[ \t]+([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[ \t]+[0-9]{2,5}/
    condition:
        $remote
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule tunnel_proxy_env_remote
{
    meta:
        description = "Proxy variables (http_proxy, https_proxy, ftp_proxy, ALL_PROXY) set to a fixed public IP address: the container's traffic is routed through it"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
    strings:
        // A public IPv4 address: not 0/8, 10/8, 127/8, 169.254/16, 172.16/12 or 192.168/16 (a
        // local relay or a corporate proxy). The "=" is written without blanks around it, as
        // in shell: that keeps "://1".."://9" the search atoms rather than "_pro".
        $set = /_proxy=["']?(https?|socks[45]h?):\/\/(([1-9]|1[1-9]|[2-9][0-9]|1[013-58][0-9]|12[0-689]|16[0-8]|17[013-9]|19[013-9]|2[0-4][0-9]|25[0-5])\.[0-9]{1,3}|172\.([0-9]|1[0-5]|3[2-9]|[4-9][0-9]|1[0-9][0-9]|2[0-5][0-9])|192\.([0-9]{1,2}|1[0-57-9][0-9]|16[0-79]|2[0-5][0-9])|169\.([0-9]{1,2}|1[0-9][0-9]|2[0-46-9][0-9]|25[0-35]))\.[0-9]{1,3}\.[0-9]{1,3}/ nocase
    condition:
        $set
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_circumvention_proxy
{
    meta:
        description = "Circumvention proxy (Shadowsocks, V2Ray/Xray VMess or VLESS, Trojan, Clash) configured with a server, given as a share link (ss://, vmess://, vless://, trojan://) or started from a script: the container's traffic leaves through it"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
        reference = "https://shadowsocks.org/doc/configs.html"
    strings:
        // Literals with rare search atoms only: "method", "protocol" or "type:" would wake
        // the rule in every JSON and YAML file (5 % more CPU on the bench image).
        // Shadowsocks JSON: a server port and one of its ciphers.
        $ss_port = "\"server_port\"" ascii
        $ss_cipher1 = "\"chacha20-ietf-poly1305\"" ascii
        $ss_cipher2 = "\"xchacha20-ietf-poly1305\"" ascii
        $ss_cipher3 = "\"aes-256-gcm\"" ascii
        $ss_cipher4 = "\"aes-128-gcm\"" ascii
        $ss_cipher5 = "\"2022-blake3-" ascii
        $ss_cipher6 = "\"aes-256-cfb\"" ascii
        // V2Ray / Xray: outbounds speaking one of the proxy protocols.
        $v2_bounds = "\"outbounds\"" ascii
        $v2_proto1 = "\"vmess\"" ascii
        $v2_proto2 = "\"vless\"" ascii
        $v2_proto3 = "\"trojan\"" ascii
        $v2_proto4 = "\"shadowsocks\"" ascii
        // Trojan (trojan-gfw) JSON.
        $trojan_run = "\"run_type\"" ascii
        $trojan_remote = "\"remote_addr\"" ascii
        // Clash YAML: proxy groups over proxies of these types.
        $clash_groups = "proxy-groups:" ascii
        $clash_type1 = "type: vmess" ascii
        $clash_type2 = "type: vless" ascii
        $clash_type3 = "type: trojan" ascii
        $clash_type4 = "type: ss," ascii
        $clash_type5 = "type: ss\n" ascii
        // Share links carry server, port and password (base64 or URL form). One string per
        // scheme: an alternation would share the search atom "://", in every URL.
        $link_vmess = /vmess:\/\/[A-Za-z0-9+\/=_-]{16,}/
        $link_vless = /vless:\/\/[A-Za-z0-9_.@:%-]{16,}/
        $link_trojan = /trojan:\/\/[A-Za-z0-9_.@:%-]{16,}/
        // ss:// links by the cipher they start with (base64 "aes-", "chacha20", "xchacha20",
        // "2022-blake3-", "rc4-md5", or plain): any looser, and "s://" of every https:// URL is
        // the search atom (a third more YARA time on the bench image).
        $link_ss1 = "ss://YWVzLT" ascii
        $link_ss2 = "ss://Y2hhY2hhMjA" ascii
        $link_ss3 = "ss://eGNoYWNoYTIw" ascii
        $link_ss4 = "ss://MjAyMi1ibGFrZTMt" ascii
        $link_ss5 = "ss://cmM0LW1kNT" ascii
        $link_ss6 = "ss://aes-" ascii
        $link_ss7 = "ss://chacha20-" ascii
        $link_ss8 = "ss://2022-blake3-" ascii
        $link_ssr = "ssr://" ascii
        // Started from a script or an entrypoint.
        $launch_ss = /\b(ss-local|ss-server|ss-redir|ss-tunnel|sslocal|ssserver) [^\n]{0,80}(-c|-s|-k|--server|--password)[ =]/
        $launch_v2 = /(v2ray|xray) run [^\n]{0,60}(-c|-config|--config)[ =]/
    condition:
        (
            ($ss_port and any of ($ss_cipher*))
            or ($v2_bounds and any of ($v2_proto*))
            or ($trojan_run and $trojan_remote)
            or ($clash_groups and any of ($clash_type*))
            or any of ($link*) or $launch_ss or $launch_v2
        )
        and not filepath matches /\/(doc|docs|man|html|info|tests?|testdata|examples?)\//
        // A subscription list of share links is often a .txt: only marked-up documents are left.
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|gz)$/
}

rule tunnel_ssh_reverse_forward
{
    meta:
        description = "SSH started as a tunnel from a script, cron job or entrypoint: a remote forward (-R port:host:port) run in the background or without a command (-N, -f, ExitOnForwardFailure, autossh), or a SOCKS proxy (-D) open on all interfaces"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
        reference = "https://man.openbsd.org/ssh#R"
    strings:
        // "ssh " is the search atom: the rest of the line is checked only where it is.
        $remote = /\b(auto)?ssh\s([^\n]{0,150}\s)?-[A-Za-z]*R\s*["']?([0-9.*]{1,15}:)?[0-9]{1,5}:[A-Za-z0-9.\-\[\]:]{1,64}:[0-9]{1,5}/
        $background = /\b(auto)?ssh\s([^\n]{0,200}\s)?-[A-Za-z]*[Nf][A-Za-z]*\s/
        // `[Ee][Xx][Ii][Tt]`: "OnFo" is the search atom ("Exit" is in every program).
        $exit_on_failure = /[Ee][Xx][Ii][Tt]OnForwardFailure/
        // A dynamic (SOCKS) forward listening on every interface: a proxy for anyone.
        $socks_all = /\b(auto)?ssh\s([^\n]{0,150}\s)?-[A-Za-z]*D\s*["']?(0\.0\.0\.0|\*|\[::\]):[0-9]{1,5}/
    condition:
        // autossh keeps the tunnel up: "auto" is checked before the match ("auto" would be
        // a common search atom).
        (($remote and ($background or $exit_on_failure
                or for any i in (1..8) : (uint32be(@remote[i]) == 0x6175746f or uint32be(@remote[i] - 4) == 0x6175746f)))
            or $socks_all)
        // The ssh programs carry their usage text; manuals, docs and OpenSSH's own regression
        // tests show these forwards as examples.
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info|regress)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule tunnel_cloudflared
{
    meta:
        description = "Cloudflare Tunnel (cloudflared) started from a script, an entrypoint or a service file: a named tunnel with its token (`tunnel run --token`, TUNNEL_TOKEN=eyJ...) or a quick tunnel publishing a local port (`tunnel --url http://localhost:22`)"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
        reference = "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/"
    strings:
        // `cloudflared [--no-autoupdate] tunnel [run] --token ...` or `tunnel --url ...`: a
        // tunnel run from its config file (`tunnel run NAME`) does not match.
        // Case classes on "cloud": the search atom becomes "flar" ("clou" is in every cloud SDK).
        $tunnel = /[Cc][Ll][Oo][Uu][Dd]flared(\.exe)?["',\s][^\n]{0,80}tunnel["',\s][^\n]{0,150}--(token|url)[\s="',]/
        $env_token = /TUNNEL_TOKEN=["']?eyJ[A-Za-z0-9_-]{20,}/
    condition:
        any of them
        // The agent's help text shows the same commands.
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\/|\.dist-info\/METADATA$|PKG-INFO$/
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule tunnel_dns_iodine
{
    meta:
        description = "iodine DNS tunnel client or server (iodine / iodined) started with a password or in the foreground: IP traffic carried over DNS queries to a domain the operator controls"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
        reference = "https://github.com/yarrick/iodine"
    strings:
        // Options first, as iodine takes them: -f (foreground) or -P (password).
        // `[Ii][Oo]`: "dine" is the search atom, not "iodi" ("io" starts a lot of words).
        $run = /\b[Ii][Oo]dined?(\.exe)?\s+(-[A-Za-z0-9]+\s+([^\s-][^\s]{0,60}\s+)?){0,8}(-[A-Za-z]*f\b|-[A-Za-z]*P)/
    condition:
        $run
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule tunnel_dante_open_socks
{
    meta:
        description = "Dante SOCKS server (danted/sockd) configured as an open proxy: socks rules pass traffic from anywhere (0.0.0.0/0) with no authentication (socksmethod none, or no socksmethod at all, whose default is none)"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
        reference = "https://www.inet.no/dante/doc/latest/config/server.html"
    strings:
        // A socks (not client) rule passing from any address: `socks pass {` is Dante's own
        // syntax, `socksmethod:` the setting (Dante 1.4 and later).
        $pass_any = /(^|\n)[ \t]*socks pass[ \t]*\{[^}]{0,300}from:[ \t]*0\.0\.0\.0\/0/
        // At the start of a line, after the first: "\nsoc" is the search atom ("hod:" of a
        // bare `socksmethod:` is in every `method:` of JavaScript).
        $method_none = /\nsocksmethod:[^\n#]{0,60}\bnone\b/
        $method_any = /\nsocksmethod:/
    condition:
        $pass_any
        and ($method_none or not $method_any)
        and not filepath matches /\/(doc|docs|man|html|info|examples?)\//
}

rule tunnel_tor_for_miner
{
    meta:
        description = "Script setting up tor or proxychains (installing, starting, or running a program through proxychains/torsocks) in the same file as a miner or a mining pool: the miner's traffic is hidden behind Tor"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
    strings:
        // Whole literals: "systemctl" alone would make "syst" an atom, found in every binary.
        $tor = /\b(proxychains[0-9]?|torsocks|torify)\b|systemctl (start|enable|restart) tor\b|service tor (re)?start|deb\.torproject\.org/
        $miner = /xmrig|XMRig|xmr-stak|rhminer|ethminer|ethermine|lolMiner|nbminer|PhoenixMiner|cpuminer|ccminer|SRBMiner|nanominer|stratum\+|--donate-level|nanopool\.org|supportxmr|moneroocean|minexmr|2miners\.com|f2pool|nicehash|hashvault/
    condition:
        $tor and $miner
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_tor2web_gateway
{
    meta:
        description = "Script fetching from an onion service through a tor2web gateway (tor2web.io/.su/.in/.to, onion.to/.ws/.sh/.ly/.pet/.in.net/.mn/.glass/.nz, d2web.org, 4tor.ml, civiclink.network) or through a Tor SOCKS port (socks5h://...:9050 to a .onion): kits reach their servers without running tor"
        severity = "high"
        confidence = "high"
        category = "tunnel"
    strings:
        // With or without the leading dot: kits loop over the gateway names.
        $gateway = /(\.|\b)(tor2web\.(io|su|in|to|org|fi)|onion\.(to|ws|sh|ly|pet|in\.net|mn|glass|nz|cab|lu|city|direct|link)|d2web\.org|4tor\.ml|civiclink\.network|tor2socks\.in)\b/
        $socks = /socks5h?:\/\/[^\s"']{1,80}:9050[^\n]{0,200}\.onion\b|\.onion\b[^\n]{0,200}socks5h?:\/\/[^\s"']{1,80}:9050/
        $fetch = /\b(curl|wget|urllib|requests\.get|Invoke-WebRequest)\b/
    condition:
        ($gateway or $socks) and $fetch
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_proxychains_tor_handwritten
{
    meta:
        description = "A short, hand-written proxychains configuration routing everything (DNS too) through a local tor SOCKS port; the package's own commented configuration does not match"
        severity = "medium"
        confidence = "low"
        category = "tunnel"
    strings:
        $list = "[ProxyList]" ascii
        $tor = /\n[ \t]*socks[45][ \t]+127\.0\.0\.1[ \t]+9050\b/
        $dns = /(^|\n)[ \t]*proxy_dns\b/
    condition:
        // The package's configurations are 4-6 KiB of comments; a kit writes a few lines.
        $list and $tor and $dns and filesize < 1024
        and not filepath matches /\/(doc|docs|man|html|info|examples?)\//
}

rule tunnel_php_socks_server
{
    meta:
        description = "PHP script serving SOCKS: it listens on a socket, accepts clients and speaks the SOCKS protocol, set to run for ever (set_time_limit(0)): a proxy planted in a web root (Antichat's Socks5 server and its copies)"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
    strings:
        // Short open tags too: `<?` and a blank.
        $php = /<\?(php)?[\s$@]/
        $listen = /socket_listen\s*\(|stream_socket_server\s*\(/
        $accept = /socket_accept\s*\(|stream_socket_accept\s*\(/
        // The protocol's version byte or its name.
        $socks = /SOCKS ?[45]|["']\\x0?5["']|chr\s*\(\s*(5|0x05)\s*\)/ nocase
        $forever = /set_time_limit\s*\(\s*0\s*\)/
    condition:
        $php and $listen and $accept and $socks and $forever
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule tunnel_gost_listener
{
    meta:
        description = "gost started as a proxy server (`gost -L socks5://:1080`, `-L user:pass@:port`, in a script or a service's ExecStart): the container relays other people's traffic or its own through itself"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
        reference = "https://github.com/go-gost/gost"
    strings:
        // The binary may carry a suffix (`gost${PORT}`, `gost2`); the listener is a scheme URL,
        // credentials@:port, or a bare :port.
        $listen = /\bgost[^\s\/"'=]{0,8}["',\s]+-L[ =",']{0,4}([a-z0-9+]{2,24}:\/\/|[^\s"'@]{1,64}@[^\s"']{0,64}:[0-9$]|:[0-9]{2,5})/
    condition:
        $listen
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_web_terminal
{
    meta:
        description = "A web terminal (ttyd, gotty, shellinabox, wetty) started on a shell or the login program: a browser gets a shell in the container; high when the same file also publishes it through a tunnel (cloudflared, ngrok, frp)"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
        reference = "https://github.com/tsl0922/ttyd"
    strings:
        $ttyd = /\b(ttyd|gotty)(\.exe)?["',\s][^\n]{0,160}["',\s](\/bin\/|\/usr\/bin\/)?(ba|z|da)?sh["',\s]*(\r?\n|&|;|>|\||$|\])|\b(ttyd|gotty)(\.exe)?["',\s][^\n]{0,160}["',\s](\/bin\/)?login["',\s]*(\r?\n|&|;|>|\||$|\])/
        $siab = /shellinaboxd?[ \t][^\n]{0,160}-s[ \t]*["']?\/:(LOGIN|SSH)/
    condition:
        ($ttyd or $siab)
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_web_terminal_published
{
    meta:
        description = "A web terminal (ttyd, gotty) started on a shell or login and published in the same script through a tunnel (cloudflared quick tunnel, ngrok, frpc): a public URL to a shell in the container"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
    strings:
        $term = /\b(ttyd|gotty)(\.exe)?["',\s][^\n]{0,160}["',\s](\/bin\/)?((ba|z|da)?sh|login)["',\s]*(\r?\n|&|;|>|\||$|\])/
        $cf = /[Cc][Ll][Oo][Uu][Dd]flared(\.exe)?["',\s][^\n]{0,40}tunnel/
        $ngrok = /\bngrok(\.exe)?["',\s]+(http|tcp)["',\s]/
        $frp = /\/frpc(\.exe)?["',\s]+(-c|--config)[\s="',]/
    condition:
        $term and ($cf or $ngrok or $frp)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_cloudflared_config
{
    meta:
        description = "cloudflared tunnel configuration (a tunnel id, its credentials file and ingress rules): the container is published through Cloudflare without an open port; review what the ingress exposes"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
        reference = "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/local-management/configuration-file/"
    strings:
        $creds = /(^|\n)credentials-file:[ \t]*\S/
        $ingress = /(^|\n)ingress:[ \t]*\r?\n/
        $service = /\n[ \t-]+service:[ \t]*["']?(https?|ssh|tcp|rdp|unix|socks5?|bastion):/
    condition:
        $creds and $ingress and $service
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_program_through_proxy
{
    meta:
        description = "Script fetching or starting a program through Tor or a proxy chain (torsocks/torify/proxychains in front of curl, wget, a shell or a program in a scratch directory): the container's traffic leaves through relays that hide where it goes"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
    strings:
        $prefixed = /\b(torsocks|torify|proxychains[0-9]?)[ \t]+(-[qi][ \t]+)?(-f[ \t]+[^\s]+[ \t]+)?(curl|wget|bash|sh|python[0-9.]*|perl|nohup|\.\/[A-Za-z0-9_.-]+|\/tmp\/|\/dev\/shm\/|\/var\/tmp\/)/
    condition:
        $prefixed
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_http_socket_relay
{
    meta:
        description = "Server page relaying TCP through HTTP (reGeorg, Neo-reGeorg, pivotnacci style): it opens a socket to a host and port the request names, keeps it in the session between requests, and answers CONNECT / DISCONNECT / READ / FORWARD (or SEND / RECV) commands; a SOCKS tunnel into the network behind the web server"
        severity = "high"
        confidence = "high"
        category = "tunnel"
    strings:
        // The socket, per language: PHP, Java (JSP), .NET (ASPX/ASHX).
        $php_socket = /(fsockopen|stream_socket_client|socket_connect)\s*\(/
        $java_socket = /SocketChannel\.open\s*\(|new\s+(java\.net\.)?Socket\s*\(|new\s+(java\.net\.)?InetSocketAddress\s*\(/
        $net_socket = /new\s+(System\.Net\.Sockets\.)?(Socket|TcpClient)\s*\(|AddressFamily\.InterNetwork/
        // The socket or its buffers kept between requests: session or application state.
        $session = /\$_SESSION\s*\[|session\.(set|get)Attribute\s*\(|Session\s*\[\s*["A-Za-z_]|Session\.Add\s*\(|HttpContext\.Current\.Session|Application\.Add\s*\(|Application\s*\[\s*["A-Za-z_]/
        // The relay's command words, quoted as the page compares them.
        $connect = /["']CONNECT["']/
        $disconnect = /["']DISCONNECT["']/
        $relay = /["'](READ|FORWARD|SEND|RECV)["']/
    condition:
        filesize < 200KB
        and (($php_socket and (uint16(0) == 0x3f3c or extension matches /^(php[0-9]?|phtml|inc)$/i))
            or ($java_socket and extension matches /^jspx?$/i)
            or ($net_socket and extension matches /^(aspx?|ashx|asmx|cs)$/i))
        and $session and $connect and $disconnect and $relay
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule tunnel_http_socket_page
{
    meta:
        description = "Server page (PHP, JSP, ASPX) that opens raw TCP sockets on the request's behalf and moves bytes between them and the HTTP request and response, written to live long (no time limit, kept past a client abort) or to keep its sockets between requests: the general shape of HTTP tunnels (reDuh, reGeorg and their successors, suo5) whatever their command words; reported medium, as a web-based network tool can look alike"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
    strings:
        $php_socket = /(fsockopen|stream_socket_client|socket_connect)\s*\(/
        $php_forever = /set_time_limit\s*\(\s*0\s*\)|ignore_user_abort\s*\(/
        // Request parameters, the raw body, or a custom X- header: HTTP client libraries read
        // HTTP_USER_AGENT and the like, tunnels take their orders from headers of their own.
        $php_request = /\$_(REQUEST|POST|GET)\s*\[|php:\/\/input|\$_SERVER\s*\[\s*["']HTTP_X_/
        $php_write = /(fwrite|fputs|socket_write|socket_send|stream_socket_sendto)\s*\(/
        $php_read = /(fread|socket_read|socket_recv|stream_get_contents|stream_socket_recvfrom)\s*\(/
        $java_socket = /SocketChannel\.open\s*\(|new\s+(java\.net\.)?Socket\s*\(/
        // The request object may be cast to another name (req, r): its readers, whatever its name.
        $java_request = /\.get(Header|Parameter)\s*\(|req(uest)?\.getInputStream\s*\(/
        $java_keep = /\.setAttribute\s*\(|\.getOutputStream\s*\(/
        $net_socket = /new\s+(System\.Net\.Sockets\.)?(Socket|TcpClient)\s*\(/
        $net_request = /Request\.(InputStream|BinaryRead|Headers|QueryString|Form)\b|Request\s*\[\s*"/
        $net_io = /\.(Send|Receive)\s*\(|\.GetStream\s*\(\s*\)/
    condition:
        filesize < 200KB
        and (
            ($php_socket and $php_forever and $php_request and $php_write and $php_read
                and (uint16(0) == 0x3f3c or extension matches /^(php[0-9]?|phtml|inc)$/i))
            or ($java_socket and $java_request and $java_keep and extension matches /^jspx?$/i)
            or ($net_socket and $net_request and $net_io
                and extension matches /^(aspx?|ashx|asmx)$/i)
        )
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule tunnel_socat_relay_to_pool
{
    meta:
        description = "socat set up as a forking TCP relay (`socat TCP-LISTEN:443,reuseaddr,fork TCP:<host>:<port>`) in a script or unit that speaks of mining or names a pool: the container forwards a miner's traffic to its pool through itself, so the pool's address never shows on the mining hosts. Two signals: the relay spec and the mining context"
        severity = "high"
        confidence = "medium"
        category = "tunnel"
        reference = "http://www.dest-unreach.org/socat/doc/socat.html"
    strings:
        // A listening address that forks, then a remote TCP/SSL address.
        $relay = /socat[ \t]+(-[A-Za-z]+[ \t]+){0,4}["']?TCP[46]?-LISTEN:[^\s"']{1,80}fork[^\s"']{0,60}["']?[ \t]+["']?(TCP[46]?|OPENSSL|SSL):[^\s"']{3,}/
        // Case-sensitive spellings: a nocase alternation here would cost the whole pack.
        $mine = /\b([Mm]ining|[Mm]iners?|MINING|stratum\+(tcp|ssl)|xmrig|herominers|nanopool|supportxmr|moneroocean|hashvault|unmineable|c3pool|2miners|ethermine|minexmr|f2pool|coolpool)\b/
    condition:
        $relay and $mine
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule tunnel_ci_runner_remote_access
{
    meta:
        description = "CI pipeline definition (.drone.yml, .cirrus.yml, .travis.yml, .gitlab-ci.yml, CircleCI, GitHub workflows, Bitbucket/Azure/AppVeyor/Cloud Build, Jenkinsfile) that opens the runner to the outside: an ngrok token or `ngrok tcp`, tmate in the foreground or a detached tmate session, a cloudflared quick tunnel, chisel, or a web terminal. Free CI minutes are used as shells and miners this way; a project debugging its own runner can do the same, hence medium"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
    strings:
        $ngrok_token = /NGROK_(AUTH_?)?TOKEN/
        $ngrok = /\bngrok(\.exe)?[ \t]+(tcp|tls|http)[ \t]/
        $tmate = /\btmate[ \t]+(-F\b|-S[ \t]+[^\n]{1,80}new-session[ \t]+-d)/
        $cloudflared = /cloudflared[^\n]{0,40}[ \t]tunnel[ \t][^\n]{0,60}--url[ \t=]/
        $chisel = /\bchisel[ \t]+client[ \t]/
        $ttyd = /\b(ttyd|gotty)[ \t]+(-[A-Za-z]|--[a-z])/
    condition:
        any of them
        and (
            filename matches /^(\.(drone|cirrus|travis|gitlab-ci)|bitbucket-pipelines|azure-pipelines|appveyor|cloudbuild)\.ya?ml$|^Jenkinsfile$/
            or filepath matches /\/\.circleci\/config\.ya?ml$|\/\.github\/workflows\/[^\/]+\.ya?ml$/
        )
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

// Round 22: proxychains and a local Tor set up by the same script (dev: a miner kit's
// ethermine_run.sh, pasc.sh, a lab installer), whatever the program later run through them.

rule tunnel_proxychains_with_tor_setup
{
    meta:
        description = "Script that sets up proxychains and a local Tor together (installs or starts tor, writes its SOCKS port into the proxychains configuration): the kit's traffic is to leave through Tor relays"
        severity = "medium"
        confidence = "medium"
        category = "tunnel"
    strings:
        $pc = "proxychains"
        $t1 = "install tor"
        $t2 = "install -y tor"
        $t3 = "service tor start"
        $t4 = "service tor restart"
        $t5 = "systemctl start tor"
        $t6 = "systemctl restart tor"
        $t7 = "systemctl enable tor"
        $t8 = "/etc/init.d/tor "
        $t9 = "127.0.0.1 9050' >>"
        $t10 = "127.0.0.1 9050\" >>"
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and $pc and 1 of ($t*)
}
