// DNS hijack and traffic redirection baked into an image: /etc/hosts pins, odd resolvers,
// catch-all web redirects and redirect injections in served pages.
//
// Speed: every pattern is searched in every file, by a 4-byte atom yara-x picks from it (for a
// domain, mostly the 4 bytes ending at its first dot: "ypi." for pypi.org). An atom that is
// common prose ("ple." in apple.com, "aws." in amazonaws.com) costs its hits, and one that
// starts with a common byte (e, t, r, i, g, ...) slows the search for the whole pack: such
// domains are listed by a rarer host name (s3.amazonaws.com, files.pythonhosted.org), spelled
// with a case class that moves the atom (`r[Aa]w.githubusercontent` searches for "w.gi"; host
// names ignore case), or left out. Redirect targets are matched as `[a-z]{3,5}:\/\/[^...]`, never
// `https?:\/\/[A-Za-z0-9]`, whose atoms ("://a".."://z") are in every URL.

rule hijack_hosts_pinned_domain
{
    meta:
        description = "/etc/hosts pins a well-known domain (package mirrors and registries, code hosting, cloud APIs and logins, banks and popular sites) to a fixed address; blocking entries (0.0.0.0, loopback) do not count"
        severity = "high"
        confidence = "high"
        category = "hijack"
    strings:
        // An uncommented line: an address that is not 0.x or 127.x (blocking entries), then
        // the domain (or a subdomain of it) among the names.
        $h_debian = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?deb\.debian\.org([ \t\r\n#]|$)/
        $h_ubuntu = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?ubuntu\.com([ \t\r\n#]|$)/
        $h_alpine = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?dl-cdn\.alpinelinux\.org([ \t\r\n#]|$)/
        $h_pypi = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?pypi\.org([ \t\r\n#]|$)/
        $h_pythonhosted = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}\.)?[a-z0-9.-]{0,40}s\.pythonhosted\.org([ \t\r\n#]|$)/
        $h_npm = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?npmjs\.org([ \t\r\n#]|$)/
        $h_github = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?github\.com([ \t\r\n#]|$)/
        $h_github_raw = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?r[Aa]w\.githubusercontent\.com([ \t\r\n#]|$)/
        $h_docker = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?registry-1\.docker\.io([ \t\r\n#]|$)/
        $h_ghcr = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?ghcr\.io([ \t\r\n#]|$)/
        $h_quay = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?quay\.io([ \t\r\n#]|$)/
        $h_aws_s3 = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?s3\.amazonaws\.com([ \t\r\n#]|$)/
        $h_aws_ecr = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?dkr\.ecr\.[a-z0-9\-]{1,30}\.amazonaws\.com([ \t\r\n#]|$)/
        $h_microsoft_login = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?login\.microsoftonline\.com([ \t\r\n#]|$)/
        $h_microsoft = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?microsoft\.com([ \t\r\n#]|$)/
        $h_google = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?google\.com([ \t\r\n#]|$)/
        $h_facebook = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?facebook\.com([ \t\r\n#]|$)/
        $h_paypal = /(^|\n)[ \t]*(([1-9]|[1-9][0-9]|1[013-9][0-9]|12[0-689]|2[0-5][0-9])\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:.]{2,40})[ \t]([^\n#]{0,300}[ \t.])?paypal\.com([ \t\r\n#]|$)/
    condition:
        any of them and filepath matches /\/etc\/hosts$/
}

rule hijack_resolv_conf_nameserver
{
    meta:
        description = "/etc/resolv.conf names a resolver that is neither local, private nor a well-known public one (Google, Cloudflare, Quad9, OpenDNS, AdGuard, Level3, cloud resolvers, the large Chinese public resolvers)"
        severity = "medium"
        confidence = "low"
        category = "hijack"
    strings:
        // Lines after the first: "\nnam" is the search atom ("name" alone is everywhere).
        $ns = /\nnameserver[ \t]+[0-9A-Fa-f:.]{2,45}/
        $known = /\nnameserver[ \t]+((127|10)\.|192\.168\.|172\.(1[6-9]|2[0-9]|3[01])\.|169\.254\.|100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\.|0\.0\.0\.0|::1|[Ff][Ee]80:|[Ff][CcDd][0-9A-Fa-f]{0,2}:|(8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.[123]|1\.0\.0\.[123]|9\.9\.9\.(9|10|11)|149\.112\.112\.(112|10|11)|208\.67\.22[02]\.(222|220|123)|94\.140\.1[45]\.(14|15)|4\.2\.2\.[1-6]|64\.6\.6[45]\.6|76\.76\.(2\.0|10\.0)|185\.228\.16[89]\.9|77\.88\.8\.[18]|114\.114\.11[45]\.11[45]|223\.[56]\.[56]\.[56]|119\.29\.29\.29|180\.76\.76\.76|1\.2\.4\.8|168\.63\.129\.16|2001:4860:4860::88(88|44)|2606:4700:4700::1(111|001)|2620:fe::(fe|9|10|11))([ \t\r\n%#]|$))/
        // The first line (`echo nameserver x > /etc/resolv.conf`): literals at offset 0 are
        // compared once per file, never searched for.
        $first = "nameserver " ascii
        $first_known0 = "nameserver 127."
        $first_known1 = "nameserver 10."
        $first_known2 = "nameserver 192.168."
        $first_known3 = "nameserver 172.1"
        $first_known4 = "nameserver 172.2"
        $first_known5 = "nameserver 172.3"
        $first_known6 = "nameserver 169.254."
        $first_known7 = "nameserver 100."
        $first_known8 = "nameserver 0.0.0.0"
        $first_known9 = "nameserver ::1"
        $first_known10 = "nameserver fe80:"
        $first_known11 = "nameserver fd"
        $first_known12 = "nameserver fc"
        $first_known13 = "nameserver 8.8.8.8"
        $first_known14 = "nameserver 8.8.4.4"
        $first_known15 = "nameserver 1.1.1."
        $first_known16 = "nameserver 1.0.0."
        $first_known17 = "nameserver 9.9.9."
        $first_known18 = "nameserver 149.112.112."
        $first_known19 = "nameserver 208.67.22"
        $first_known20 = "nameserver 94.140.1"
        $first_known21 = "nameserver 4.2.2."
        $first_known22 = "nameserver 64.6.6"
        $first_known23 = "nameserver 76.76."
        $first_known24 = "nameserver 185.228.16"
        $first_known25 = "nameserver 77.88.8."
        $first_known26 = "nameserver 114.114.11"
        $first_known27 = "nameserver 223.5.5.5"
        $first_known28 = "nameserver 223.6.6.6"
        $first_known29 = "nameserver 119.29.29.29"
        $first_known30 = "nameserver 180.76.76.76"
        $first_known31 = "nameserver 1.2.4.8"
        $first_known32 = "nameserver 168.63.129.16"
        $first_known33 = "nameserver 2001:4860:4860::88"
        $first_known34 = "nameserver 2606:4700:4700::1"
        $first_known35 = "nameserver 2620:fe::"
    condition:
        filepath matches /\/etc\/resolv\.conf$/
        and (#ns > #known or ($first at 0 and not ($first_known0 at 0 or $first_known1 at 0 or $first_known2 at 0 or $first_known3 at 0 or $first_known4 at 0 or $first_known5 at 0 or $first_known6 at 0 or $first_known7 at 0 or $first_known8 at 0 or $first_known9 at 0 or $first_known10 at 0 or $first_known11 at 0 or $first_known12 at 0 or $first_known13 at 0 or $first_known14 at 0 or $first_known15 at 0 or $first_known16 at 0 or $first_known17 at 0 or $first_known18 at 0 or $first_known19 at 0 or $first_known20 at 0 or $first_known21 at 0 or $first_known22 at 0 or $first_known23 at 0 or $first_known24 at 0 or $first_known25 at 0 or $first_known26 at 0 or $first_known27 at 0 or $first_known28 at 0 or $first_known29 at 0 or $first_known30 at 0 or $first_known31 at 0 or $first_known32 at 0 or $first_known33 at 0 or $first_known34 at 0 or $first_known35 at 0)))
}

rule hijack_web_catchall_redirect
{
    meta:
        description = "Web server sending requests to a fixed outside host: nginx `return 30x` or `rewrite ... redirect|permanent` to an absolute URL whose host is written out (`https://other.site$request_uri`), a catch-all rewrite (^(.*)$), Apache `RewriteRule ... https://host [R]` or `Redirect / https://host` (the usual https://$host$request_uri redirect does not match)"
        severity = "medium"
        confidence = "low"
        category = "hijack"
    strings:
        // nginx `return 30x URL;` whose host is literal (variables may follow it: the path,
        // $request_uri, a query): `return 301 https://$host$request_uri;` is the usual HTTP to
        // HTTPS redirect. The word `return` is checked in the condition (6 bytes before one of
        // the first matches): as a pattern its atom ("retu") would be in every source file.
        $return = /[ \t]30[12378][ \t]+["']?[a-z]{3,5}:\/\/[^\s$;"'\/{]{1,253}([\/?$:][^\s;"']{0,200})?["']?[ \t]*;/
        // `rewrite ^(.*)$ URL` (nginx) and `RewriteRule ^(.*)$ URL [R]` (Apache): the pattern
        // starts at the blank after the directive, which the condition checks ("rite" or
        // "Rule" before it), for the same reason.
        $rewrite = /[ \t]["']?(\^?\/?\(\.\*\)\$?|\^\.\*\$?)["']?[ \t]+["']?[a-z]{3,5}:\/\/[^\s$%{]/
        // nginx `rewrite REGEX https://host... redirect|permanent;` (any regex).
        $rewrite_flag = /rewrite[ \t]+[^\s;]{1,200}[ \t]+["']?[a-z]{3,5}:\/\/[^\s$;"'\/{]{1,253}([\/?$:][^\s;"']{0,200})?["']?[ \t]+(redirect|permanent)[ \t]*;/
        // Apache `RewriteRule PATTERN https://host... [R=30x,...]`.
        $rewrite_rule = /RewriteRule[ \t]+[^\s]{1,100}[ \t]+["']?[a-z]{3,5}:\/\/[^\s$%{\/]{1,253}[^\s]{0,200}[ \t]+\[([^\]\n]{0,40},)?R(=30[12378])?[,\]]/
        $redirect = /Redirect[ \t]+(30[12378][ \t]+|permanent[ \t]+)?["']?\/["']?[ \t]+["']?[a-z]{3,5}:\/\/[^\s$%{]/
    condition:
        (
            for any i in (1..8) : (uint32be(@return[i] - 6) == 0x72657475 and uint16be(@return[i] - 2) == 0x726e)
            or for any i in (1..8) : (uint32be(@rewrite[i] - 4) == 0x72697465 or uint32be(@rewrite[i] - 4) == 0x52756c65)
            or $rewrite_flag or $rewrite_rule or $redirect
        )
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|gz)$/
}

rule hijack_htaccess_search_referer_redirect
{
    meta:
        description = "Apache rewrite sending visitors who come from a search engine or social site to an outside URL (the SEO-spam .htaccess hijack); hot-link protection, which excludes those referers, does not match"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        $referer = /RewriteCond[ \t]+%\{HTTP_REFERER\}[ \t]+["']?[^!\s][^\n]{0,200}(google|bing|yahoo|yandex|baidu|facebook|twitter|duckduckgo|msn|aol)/ nocase
        $rule = /RewriteRule[ \t]+[^\s]{1,100}[ \t]+["']?[a-z]{3,5}:\/\/[^\s$%{]/
    condition:
        $referer and $rule
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule hijack_html_redirect_injection
{
    meta:
        description = "Served page that immediately sends the visitor to a hard-coded outside URL: meta refresh with no delay, or an inline script assigning window/document.location or calling location.replace/assign"
        severity = "medium"
        confidence = "low"
        category = "hijack"
    strings:
        // Atoms from "refresh", "location" and the redirect's own words, never "http-equiv" or
        // "<script>" alone (in every page's head), and no `\s*`: the engine verified these on
        // every <script> of every HTML page (the pack's costliest rule in the profile).
        $meta = /[Rr][Ee][Ff][Rr][Ee][Ss][Hh]["']?[^>]{0,100}[Cc][Oo][Nn][Tt][Ee][Nn][Tt] ?= ?["']? ?0? ?[;,] ?[Uu][Rr][Ll] ?= ?["']?[a-z]{3,5}:\/\/[^\s"'>]/
        $script = /<script>\n?(window\.|document\.|top\.|self\.)?location(\.href)? ?= ?["'][a-z]{3,5}:\/\/[^\s"']/
        $replace = /<script[^>]{0,40}>\n?(window\.|document\.|top\.|self\.)?location\.(replace|assign)\( ?["'][a-z]{3,5}:\/\/[^\s"']/
    condition:
        any of them
        and extension matches /^(html?|shtml|xhtml|php[0-9]?|phtml|jsp|aspx?)$/i
        // Served from a web root: tools ship redirect pages of their own (an OAuth landing
        // page that sends the browser to the vendor's site).
        and filepath matches /\/(var\/www|srv|usr\/share\/nginx|htdocs|public_html|wwwroot|webapps|html|public|static|web|wp-content|wp-includes)\//
        and not filepath matches /\/(doc|docs|man|info|share\/gtk-doc)\//
}

rule hijack_js_obfuscated_redirect
{
    meta:
        description = "Served page or script redirecting through an obfuscated URL (location set from String.fromCharCode/atob/unescape) or evaluating encoded code (eval(atob(...)), eval(String.fromCharCode(...)), document.write(unescape('%3C...')))"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        // Minified, as injected: written with blanks the atoms would be "loca" and "eval"
        // (`eva[Ll]` keeps "val(" out of them too).
        $location = /location(\.href)?=(window\.)?(String\.fromCharCode|atob|unescape|decodeURIComponent)\(/
        $eval = /eva[Ll]\((window\.)?(atob|String\.fromCharCode|unescape)\(/
        // Fully escaped markup; the old Google Analytics snippet escapes only the brackets.
        $write = /write\(unescape\(["']%3[Cc](%[0-9A-Fa-f]{2}){3}/
    condition:
        any of them
        and extension matches /^(html?|shtml|xhtml|php[0-9]?|phtml|jsp|aspx?|js)$/i
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule hijack_js_injected_loader
{
    meta:
        description = "Loader injected into a site's JavaScript (Parrot TDS / NDSW, SocGholish-style): a run-once guard (`if(ndsw===undefined){var ndsw=true`) then an XMLHttpRequest whose answer is evaluated for visitors arriving from elsewhere, or a script element whose src is decoded at run time"
        severity = "high"
        confidence = "high"
        category = "hijack"
    strings:
        // `if(x===undefined){var x=true,` or `...{function g(` (the obfuscated build), written
        // without blanks as the injections are: "){va" and "){fu" are the search atoms, not
        // "undefined", which is in every script.
        $guard = /if\([A-Za-z_$][A-Za-z0-9_$]{1,15}===undefined\)\{(var [A-Za-z_$][A-Za-z0-9_$]{1,15}=(true|!0)|function [A-Za-z_$][A-Za-z0-9_$]{0,3}\()/
        $xhr = "XMLHttpRequest" ascii
        $decoded_src = /createElement\(\s*['"]script['"]\s*\)[^\n]{0,400}\.src\s*=\s*(window\.)?(atob|String\.fromCharCode|unescape|decodeURIComponent)\(/
    condition:
        (($guard and $xhr) or $decoded_src)
        and extension matches /^(m?js|html?|php[0-9]?|phtml)$/i
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule hijack_script_rewrites_resolver_or_hosts
{
    meta:
        description = "Script writing a nameserver into /etc/resolv.conf (its own or a mounted host's), forcing the DHCP client's resolvers (dhclient.conf supersede), or appending address-to-name lines to /etc/hosts (miner kits pin their own resolver, point rival pools and security vendors at nothing, or pin their own servers)"
        severity = "medium"
        confidence = "medium"
        category = "hijack"
    strings:
        // Also the host's file through a mount (`>> /host/etc/resolv.conf` from a container).
        $resolv = /nameserver[ \t]+[0-9A-Fa-f:.]{3,45}["']?[ \t]*>>?[ \t]*(\/[A-Za-z0-9_.-]{1,20}){0,2}\/etc\/resolv\.conf/
        // The DHCP client told to ignore the network's resolvers for fixed ones.
        $dhclient = /supersede[ \t]+domain-name-servers[ \t]+[0-9A-Fa-f:., \t]{3,100};?["']?[ \t]*>>?[ \t]*(\/[A-Za-z0-9_.-]{1,20}){0,2}\/etc\/dhcp\/dhclient\.conf/
        $hosts = /(echo|printf)[ \t]+(-e[ \t]+)?["']?[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}([ \t]+[A-Za-z0-9.\-]{1,253}){1,10}["']?[ \t]*>>[ \t]*\/etc\/hosts/
    condition:
        any of them
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule hijack_hosts_blocks_rival_pools
{
    meta:
        description = "A short /etc/hosts sending three or more mining pools' names nowhere (0.0.0.0, loopback): miner kits (DDG, Kinsing, WatchDog) block their rivals' pools so that the host's CPU is theirs alone; ad and tracker blocklists are long and mostly other names"
        severity = "high"
        confidence = "medium"
        category = "cryptominer"
    strings:
        // A blocking entry naming a pool: a pool brand in the name, or the words pools use.
        $pool = /(^|\n)[ \t]*(0\.0\.0\.0|127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})[ \t]+[a-z0-9.-]{0,60}(supportxmr|minexmr|xmrpool|moneroocean|nanopool|2miners|f2pool|herominers|hashvault|c3pool|monerohash|dwarfpool|minergate|nicehash|crypto-pool|xmrig|mining|miner|pool\.|xmr\.|xmr-|monero)[a-z0-9.-]{0,60}[ \t]*(\r?\n|$)/
    condition:
        filepath matches /\/etc\/hosts$/ and filesize < 32768 and #pool >= 3
}

rule hijack_charcode_script_loader
{
    meta:
        description = "Script address or tag spelled in character codes so that no scanner reads it: String.fromCharCode(104,116,116,112,...) (\"http...\"), fromCharCode(115,99,114,105,112,116) (\"script\"), PHP chr(60).chr(115)... (\"<s\"), \\x68\\x74\\x74\\x70 escapes or atob(\"aHR0c...\"), in site JavaScript, pages or templates: how Balada-style injections load their next stage"
        severity = "high"
        confidence = "high"
        category = "hijack"
    strings:
        // "http:" / "https:" as decimal codes, blanks allowed.
        $codes_http = /fromCharCode\([ \t]*104[ \t]*,[ \t]*116[ \t]*,[ \t]*116[ \t]*,[ \t]*112[ \t]*,[ \t]*(115[ \t]*,[ \t]*)?58[ \t]*,[ \t]*47[ \t]*,[ \t]*47/
        // "script" as decimal codes: the element the loader creates.
        $codes_script = /fromCharCode\([ \t]*115[ \t]*,[ \t]*99[ \t]*,[ \t]*114[ \t]*,[ \t]*105[ \t]*,[ \t]*112[ \t]*,[ \t]*116[ \t]*\)/
        // PHP echoing "<scr" or "http" one chr() at a time.
        $chr_tag = "chr(60).chr(115).chr(99).chr(114)" ascii
        $chr_http = "chr(104).chr(116).chr(116).chr(112)" ascii
        // "https://" or "http://" as \x escapes in a string (either case of hex digits).
        $hex_http = /\\x68\\x74\\x74\\x70(\\x73)?\\x3[aA]\\x2[fF]\\x2[fF]/
        // atob() of a literal address: "https://" and "http://" in base64.
        $b64_url = /atob\([ \t]*["'`]aHR0c(HM6Ly|DovL)/
        // An address in \x escapes is also how PHP libraries hide their own home page (TCPDF's
        // producer link): in a PHP file it counts only with what a loader does with it near the first one.
        $load1 = "createElement" ascii
        $load2 = "document.write" ascii
        $load3 = "appendChild" ascii
        $load4 = "insertBefore" ascii
        $load5 = "<script" ascii nocase
        $load6 = "eval(" ascii
        $load7 = "XMLHttpRequest" ascii
        $load8 = "fetch(" ascii
        $load9 = "location.href" ascii
        $load10 = "window.open" ascii
        $load11 = ".src" ascii
    condition:
        ($codes_http or $codes_script or $chr_tag or $chr_http or $b64_url
            or ($hex_http and (uint16(0) != 0x3f3c
                or for any of ($load*): ($ in (@hex_http[1] - 256..@hex_http[1] + 256)))))
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

rule hijack_js_packed_fingerprint_loader
{
    meta:
        description = "Packed JavaScript (eval(function(p,a,c,k,e,d)...)) whose word list reads the visitor's referrer together with the user agent or cookies: a traffic-direction script that writes or loads the next stage for visitors it picks"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        $packer = "function(p,a,c,k,e," ascii
        // The packer's word list is one '|'-joined string: whole literals, pipes included.
        $referrer1 = "|referrer|" ascii
        $referrer2 = "'referrer|" ascii
        $referrer3 = "|referrer'" ascii
        $ua1 = "|userAgent|" ascii
        $ua2 = "'userAgent|" ascii
        $ua3 = "|userAgent'" ascii
        $ua4 = "|cookie|" ascii
        $ua5 = "'cookie|" ascii
        $ua6 = "|cookie'" ascii
    condition:
        $packer and any of ($referrer*) and any of ($ua*)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

rule hijack_js_remote_fetch_into_page
{
    meta:
        description = "Page script fetching an absolute URL on another host and writing the answer into the page (innerHTML, insertAdjacentHTML, document.write): injected spam or redirect content that the site's owner never sees in the files"
        severity = "medium"
        confidence = "low"
        category = "hijack"
    strings:
        $fetch = /fetch\(["'`]https?:\/\/[^"'`\s]{4,200}["'`][^;]{0,120}\)[^;]{0,300}\.then\([^;]{0,400}(innerHTML|insertAdjacentHTML|outerHTML|document\.write)/
    condition:
        $fetch
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|node_modules|tests?)\//
}

rule hijack_search_referrer_redirect
{
    meta:
        description = "Code sending visitors who arrive from a search engine somewhere else (document.referrer or $_SERVER['HTTP_REFERER'] tested for google, bing, yahoo... then location= or a Location: header to an absolute URL): SEO-spam cloaking, the script twin of the .htaccess referrer redirect"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        $js = /document\.referrer[^;\n]{0,160}(google|bing|yahoo|yandex|baidu|duckduckgo)[^\n]{0,400}(location(\.href)?[ \t]*=[ \t]*["'`]?https?:|location\.replace\([ \t]*["'`]?https?:)/
        $php = /HTTP_REFERER[^\n]{0,200}(google|bing|yahoo|yandex|baidu|duckduckgo)[^\n]{0,600}header[ \t]*\([ \t]*["']Location:[ \t]*https?:\/\//
        // The engines named first (`preg_match("/google|bing/", $_SERVER["HTTP_REFERER"])`):
        // anchored on the test function, not on "google".
        $php_pattern_first = /(preg_match|stripos|strpos|stristr|strstr)[ \t]*\([^\n]{0,40}(google|bing|yahoo|yandex|baidu|duckduckgo)[^\n]{0,200}HTTP_REFERER[^\n]{0,600}header[ \t]*\([ \t]*["']Location:[ \t]*https?:\/\//
    condition:
        ($js or $php or $php_pattern_first)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

// Round 6: loaders injected into a site's pages and scripts.

rule hijack_js_fetched_code_run_as_script
{
    meta:
        description = "Page script that downloads code from an absolute URL with a cache-buster (Math.random(), Date.now()) and runs the answer: written into a new script element's text, or passed to eval/new Function (ClickFix and fake-update loaders injected into sites)"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        $fetch = /(fetch\(|\.open\(\s*["']GET["']\s*,)\s*[A-Za-z_$]{0,20}\s*\+?\s*["'`]?https?:\/\/[^"'`\s]{4,200}/
        $url_var = /=\s*["'`]https?:\/\/[^"'`\s]{4,200}["'`]\s*\+[^\n;]{0,40}(Math\.random\(\)|Date\.now\(\)|new Date\(\)\.getTime\(\))/
        $bust = /(Math\.random\(\)|Date\.now\(\)|new Date\(\)\.getTime\(\))/
        $run_text = /\.(textContent|text|innerHTML)\s*=\s*[A-Za-z_$][A-Za-z0-9_$.]{0,30}(\.trim\(\))?\s*;[^\n]{0,200}(\n[^\n]{0,200}){0,3}(appendChild|insertBefore|append)\(/
        $run_eval = /\.then\([^;]{0,200}(eval|new Function)\(/
        $script = /createElement\(\s*["']script["']\s*\)/
    condition:
        ($fetch or $url_var) and $bust and (($script and $run_text) or $run_eval)
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|node_modules|tests?)\//
}

rule hijack_js_third_party_async_loader
{
    meta:
        description = "The async-loader snippet (`(function(...){...createElement...async...src...insertBefore})(document,'script','https://...')`) pointed at a host that is not one of the common analytics, tag-manager or chat services: the shape SocGholish and other injections copy from analytics snippets so that they read as one"
        severity = "medium"
        confidence = "low"
        category = "hijack"
    strings:
        $call = /\}\)\((window, ?)?document, ?["']script["'], ?["']https?:\/\/[A-Za-z0-9.-]{4,80}\//
        $known = /\}\)\((window, ?)?document, ?["']script["'], ?["']https?:\/\/([A-Za-z0-9-]+\.)*(google-analytics\.com|googletagmanager\.com|google\.com|doubleclick\.net|facebook\.net|facebook\.com|hotjar\.com|yandex\.ru|mc\.yandex\.ru|clarity\.ms|hs-scripts\.com|hubspot\.com|intercom\.io|intercomcdn\.com|segment\.com|segment\.io|cloudflare\.com|cloudflareinsights\.com|jsdelivr\.net|unpkg\.com|matomo\.cloud|piwik\.pro|tawk\.to|zendesk\.com|zdassets\.com|linkedin\.com|licdn\.com|twitter\.com|ads-twitter\.com|tiktok\.com|pinterest\.com|pinimg\.com|bing\.com|snapchat\.com|sc-static\.net|mxpnl\.com|mixpanel\.com|amplitude\.com|heapanalytics\.com|fullstory\.com|crisp\.chat|drift\.com|olark\.com|livechatinc\.com|quantserve\.com|scorecardresearch\.com|newrelic\.com|nr-data\.net|sentry-cdn\.com|trustpilot\.com|addthis\.com|sharethis\.com|disqus\.com|vk\.com|top-fwz1\.mail\.ru|cdn\.ampproject\.org|adobedtm\.com|typekit\.net)\//
    condition:
        #call > #known
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
}

rule hijack_js_xor_decoded_function
{
    meta:
        description = "Script that XOR-decodes a string against a key (charCodeAt ^ charCodeAt, often after reversing it) and runs the result with new Function or eval: the wrapper of card skimmers and injected loaders, which keeps the payload's URLs and field names out of sight"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        $xor = /charCodeAt\([^()]{0,30}\)\s*\^\s*[A-Za-z_$][A-Za-z0-9_$.]{0,20}\.charCodeAt\(/
        $run = /new Function\(\s*[A-Za-z_$][A-Za-z0-9_$]{0,20}\s*\)\s*\(|\beval\(\s*[A-Za-z_$][A-Za-z0-9_$]{0,20}\s*\)/
    condition:
        $xor and $run
        and for any i in (1..8): (for any j in (1..8): (@run[j] > @xor[i] and @run[j] - @xor[i] < 1200))
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
}

rule credential_js_payment_form_exfil
{
    meta:
        description = "Card skimmer: script bound to a checkout or payment form (or its card fields) that collects the form's values (serializeArray, FormData, every input) and posts them to an absolute URL on another host (ajax url, XMLHttpRequest POST, fetch, sendBeacon, an image's src)"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $form = /(["']|#|\.)(checkout|payment|billing|creditcard|CreditCard|cc_number|ccnumber|cardnumber|card_number|cc-number|cvv|cvc)/
        $collect = /serializeArray\(\)|new FormData\(|querySelectorAll\(\s*["'](input|select)|\.elements\b/
        $send = /url\s*:\s*["']https?:\/\/|\.open\(\s*["']POST["']\s*,\s*["']https?:\/\/|sendBeacon\(\s*["']https?:\/\/|fetch\(\s*["']https?:\/\/[^"']{4,200}["']\s*,\s*\{[^}]{0,80}POST|new Image\(\)[^;]{0,80}\.src\s*=\s*["']https?:\/\//
    condition:
        // `(["']|#|\.)` and not a class: yara-x 1.x misses matches of `["'#.]`.
        $form and $collect and $send
        and filesize < 200KB
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|tests?|node_modules)\//
}

rule hijack_googlebot_cloak_php
{
    meta:
        description = "PHP that checks the user agent for Google's crawler (any case) and then serves it a page fetched from another site (the URL in the call, or in a variable, base64 or a helper near the test), or sends visitors whose referrer is Google to another site: the gambling and pharma SEO cloaks dropped into compromised Joomla, WordPress and government sites"
        severity = "medium"
        confidence = "medium"
        category = "hijack"
    strings:
        $utf8_bom_php = { EF BB BF 3C 3F }
        $ua = "HTTP_USER_AGENT"
        // The crawler's name as the user-agent test spells it: in a case-blind regex it is often
        // written in lower case (`/googlebot|bingbot|slurp/i`).
        $bot = /Googlebot|googlebot|GOOGLEBOT|Google-InspectionTool|Google-Site-Verification|AdsBot-Google/
        $fetch = /(file_get_contents|curl_init)\( ?["']https?:\/\//
        // The page's URL kept in a variable, base64 or a helper (`$html = get($bot_page)`): a
        // fetch near the crawler test, with an absolute URL written in the file.
        $fetch_near = /(file_get_contents|curl_exec)[ \t]*\(/
        $url = /["'](https?:\/\/[^"'\s]{4}|aHR0cHM6Ly|aHR0cDovL)/
        $seen_from = "HTTP_REFERER"
        $away = /header\( ?["']Location: ?https?:\/\//
    condition:
        filesize < 128KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c or $utf8_bom_php at 0)
        and $ua and $bot
        and (
            $fetch or ($seen_from and $away)
            or ($url and for any i in (1..8): (for any j in (1..8): (@fetch_near[j] > @bot[i] - 1200 and @fetch_near[j] < @bot[i] + 1200)))
        )
}

rule hijack_js_appended_remote_script_write
{
    meta:
        description = "Script whose last statement writes a <script> tag loading a hard-coded outside URL (`document.write('<script src=\"http://...\"></script>')`) after the file's own code: the line injections append to a site's library files (jQuery, plug-ins) so that every page loading them pulls the attacker's script"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        // A statement of its own (after a newline, `;` or `}`): a CDN fallback
        // (`window.jQuery || document.write(...)`) is not one.
        $write = /(\n|;|\})document\.write(ln)?\(["']<script[^>]{0,60}src=["']?https?:\/\/[A-Za-z0-9.-]{3,80}\/[^"'<>\n]{0,120}["']?>/
    condition:
        filesize > 2KB
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        // The tag is written at the very end of the file: appended, not the file's own code.
        and $write in (filesize - 512..filesize)
}

rule hijack_encoded_script_tag_printed
{
    meta:
        description = "PHP or JavaScript that prints a base64-encoded <script> or <iframe> tag (`print(base64_decode(\"PHNjcmlwdCBzcmM9...\"))`, `document.write(atob(\"PGlmcmFtZ...\"))`): the loader line infections append to wp-config.php, functions.php, index.php or a site's scripts so that every page pulls the attacker's script, with the domain out of reach of a text search"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        // base64 of a tag's start: "<script" is PHNjcmlwd, "<iframe" PGlmcmFtZ (the decoded
        // text starts with the tag, so the encoding's alignment is fixed)
        $php = /(print|echo|printf)[ (]{1,3}base64_decode\( ?["'](PHNjcmlwd|PGlmcmFtZ)/
        $js = /document\.write(ln)?\( ?(window\.)?atob\( ?["'](PHNjcmlwd|PGlmcmFtZ)/
    condition:
        filesize < 4MB
        and extension matches /^(php[0-9]?|phtml|inc|m?js|html?|tpl|twig)$/i
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and any of them
}

rule hijack_router_dns_change_request
{
    meta:
        description = "Script that sends a router's web interface new DNS servers taken from its arguments or variables (dnsPrimary=$2, DS1=<DNS1>, 'DNSServer1': dns1 in a POST to a .cgi/.gch/goform page): the remote DNS changers of GhostDNS-style kits and router exploit packs, which send every client of the router to the attacker's resolver"
        severity = "medium"
        confidence = "medium"
        category = "hijack"
    strings:
        // A DNS-server field of a query string or form filled from a variable or placeholder
        // (the spellings router pages use; case-sensitive, for cheap atoms).
        $q = /[?&](dnsPrimary|dnsSecondary|DS1|DS2|dns1|dns2|DNS1|DNS2|dns_1|dns_2|primary_dns|secondary_dns|wan_dns1|wan_dns2|dhcp_dns1_x|dnsserver|dnsserver1|dnsserver2|DNSServer1|DNSServer2|PriDns|SecDns)=(\$\{?\w|<[A-Za-z0-9_ ]{1,20}>|["'] ?\+)/
        // The same in a Python or JavaScript form dictionary: 'DNSServer1': dns1, 'DNSServers': ''+dns1.
        $d = /["'](DNSServers|DNSServer1|DNSServer2|dnsPrimary|dnsSecondary|PrimaryDns|SecondaryDns|dns1|dns2|DNS1|DNS2|dhcp_dns1_x|wan_dns1_x|lan_dns1)["'] ?: ?(["']{2} ?\+ ?)?[Dd][Nn][Ss][12_]?\w{0,10}\s*[,+}]/
        // The request: a router URL whose host is an argument or placeholder (GET "http://$1/...",
        // "http://<TARGET>/..."), or a requests/urllib call built on a host variable or an address.
        $r1 = /https?:\/\/(\$\{?\w|<[A-Za-z0-9_]{1,20}>)/
        $r2 = /\.(post|get)\( ?["']https?:\/\/["'] ?\+/
        $r3 = /\.(post|get)\( ?["']https?:\/\/[^"'\n]{0,40}["'] ?\+ ?\w{1,20} ?\+ ?["']\//
        $r4 = /\.(post|get)\( ?["']https?:\/\/[0-9.]{7,15}\/[^"'\n]{0,80}["']/
        // A URL whose host is a variable joined in ("http://" + ip + "/start_apply.htm", as
        // browser-side changers open it with XMLHttpRequest, or 'http://'+ip+':8000/cgi-bin/...').
        $r5 = /["']https?:\/\/["'] ?\+ ?\w{1,20} ?\+ ?["'][:\/]/
        // The TR-069 name of the LAN's DNS servers set from variables (...LANHostConfigManagement
        // .DNSServers='+dns1+'%2C'+dns2+').
        $q2 = /\.DNSServers=["'] ?\+ ?\w/
    condition:
        ($q or $q2 or $d) and any of ($r*)
        and filesize < 300KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule hijack_dns_forged_answers
{
    meta:
        description = "Set-up that answers DNS queries for chosen names with the attacker's address: a dnsmasq configuration pinning well-known domains to an address that is not a block sink (address=/google.com/172.30.1.10, not 0.0.0.0 or 127.0.0.1; captive portals, which pin connectivity checks and serve DHCP, are left alone), or a scapy program that builds DNS answers (DNS(... qr=1 ..., an=DNSRR(...))) or swaps the answer of a response it intercepts (pkt[DNS].an = DNSRR(...)) for queries it sniffs or queues. Two signals each: the forged answer and the interception or the real domain"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        // dnsmasq: a real, well-known domain pinned to a routable or private address (ad blockers
        // pin to 0.0.0.0, 127.0.0.1 or ::, captive portals use the wildcard address=/#/).
        $pin = /address=\/[\w.-]{0,40}(google|facebook|paypal|microsoft|apple|amazon|yahoo|instagram|twitter|github|outlook|gmail|icloud|binance|coinbase|netflix)[\w.-]{0,20}\.[a-z]{2,6}\/[1-9][0-9]{0,2}\.[0-9]{1,3}\./
        // Sinks: 127.x pins (and 0.0.0.0, which $pin never takes) mark a block list.
        $sink = /address=\/[^\/\n]{1,80}\/(127\.|::1?\s)/
        $d1 = "listen-address="
        $d2 = "no-hosts"
        $d3 = "no-resolv"
        $d4 = "\nserver="
        // Captive portals and access points pin the OS connectivity checks (and apple.com)
        // to their own gateway and hand out leases: not a hijack of other people's traffic.
        $captive = /connectivitycheck|captive\.apple|msftconnecttest|msftncsi|detectportal|generate_204|hotspot-detect|dhcp-range/
        // scapy: a DNS answer packet built for a captured query, and the capture or spoofing.
        // The answer: a response flag set on a new packet (qr=1), or (round 17b) the answer
        // section of an intercepted response replaced (pkt[DNS].an = DNSRR(...), as
        // netfilterqueue spoofers do).
        $answer = "qr=1"
        $swap = /\]\.an ?= ?[A-Za-z_]/
        $rr = "DNSRR("
        $intercept = /sniff\s*\([^)]{0,120}(port 53|udp|prn\s*=)|ARP\s*\([^)]{0,80}op\s*=\s*(2|["']is-at)|NetfilterQueue|nfqueue/
    condition:
        (
            (#pin >= 1 and any of ($d*) and not $captive and not $sink and filesize < 64KB)
            or (($answer or $swap) and $rr and $intercept)
        )
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule hijack_hosts_blocks_security_vendors
{
    meta:
        description = "Hosts entries sending four or more security vendors' names nowhere (0.0.0.0, 127.0.0.1), their update servers among them (liveupdate, download/dispatch.mcafee, windowsupdate, activeupdate): what trojans write so that anti-virus can no longer update, as a hosts file (Qhost) or as the lines a program appends to it (rxBot's fprintf calls). Ad and tracker blocklists do not name the vendors' update hosts"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        // One pattern per vendor, each ending in the vendor's name so that the search atom is
        // taken from the name, not from "0.0.0.0" or "127.0.0.1" (in every config). The gap
        // is blanks, or the two characters `\t` of a C string.
        $v_symantec = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}symantec/
        $v_mcafee = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}mcafee/
        $v_sophos = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}sophos/
        $v_kaspersky = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}(kaspersky|viruslist|avp\.(ch|com|ru))/
        $v_fsecure = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}f-secure/
        $v_trend = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}trendmicro/
        $v_nai = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}(networkassociates|nai\.com)/
        $v_eset = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}(eset\.com|nod32)/
        $v_bitdefender = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}bitdefender/
        // The second signal: an update or definitions server among the blocked names.
        $update = /(0\.0\.0\.0|127\.0\.0\.1)(\\t|[ \t]+)[a-z0-9.-]{0,40}(liveupdate|download\.mcafee|dispatch\.mcafee|windowsupdate|activeupdate|update\.symantec|updates\.symantec)/
    condition:
        4 of ($v_*) and $update
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

// Round 16: a page script hidden whole in a base64 data: URI.

rule hijack_script_base64_data_uri_loader
{
    meta:
        description = "Script tag whose source is a base64 data: URI (`<script src=\"data:text/javascript;base64,...\">`) holding a loader: eval of code it fetches (XMLHttpRequest, fetch, responseText) or reads from a blockchain contract (ethers JsonRpcProvider/Contract), all of it encoded so that no word of it is in the page (ClearFake's injections into compromised sites)"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        $uri = /src\s*=\s*["']?data:(text|application)\/(x-)?javascript;base64,/ nocase
        // Words of the loader as they read once the URI is decoded.
        $b64_eval = "eval(" base64
        $b64_xhr = "XMLHttpRequest" base64
        $b64_text = ".responseText" base64
        $b64_fetch = "fetch(" base64
        $b64_rpc = "JsonRpcProvider" base64
        $b64_contract = "Contract(" base64
    condition:
        $uri and $b64_eval and any of ($b64_xhr, $b64_text, $b64_fetch, $b64_rpc, $b64_contract)
        and extension matches /^(m?js|html?|php[0-9]?|phtml|tpl|twig|sql)$/i
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule hijack_js_obfuscated_string_array_loader
{
    meta:
        description = "Site script carrying obfuscator.io's string-array machinery (the array rotated by push(shift()) inside while(!![]) until a parseInt checksum holds) around a loader's words: XMLHttpRequest or an 'eval' entry, referrer or cookie checks, a user-agent test or a '_blank' pop-under. How Parrot TDS/NDSW loaders and pop-under redirects are appended to WordPress core, plugin and theme files; libraries and applications are minified, not rotated"
        severity = "high"
        confidence = "medium"
        category = "hijack"
    strings:
        // The rotation, in bracket notation as the obfuscator writes it: rare literals as atoms.
        $rot1 = "[\"shift\"]())"
        $rot2 = "['shift']())"
        $loop = "while(!![])"
        $parse = "parseInt("
        $b1 = "XMLHttpRequest"
        $b2 = "'eval'"
        $b3 = "\"eval\""
        $b4 = "'_blank'"
        $b5 = "'userAgent'"
        $b6 = "\"userAgent\""
        // document.referrer and document.cookie, whole or cut into four-letter pieces.
        $b7 = /["']refe(rrer)?["']/
        $b8 = /["']cook(ie)?["']/
    condition:
        ($rot1 or $rot2) and $loop and #parse >= 3
        and 2 of ($b*)
        and extension matches /^(m?js|html?|php[0-9]?|phtml)$/i
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule hijack_htaccess_injected_query_rewrite
{
    meta:
        description = ".htaccess with a plugin's or WordPress's generated block (# BEGIN ...) and a rewrite that hands pieces of the path to a script's query (?name=$1&%{QUERY_STRING}, menuso/index.php?id=$1): spam or doorway pages served from the site's own URLs, written into the block where nobody reads"
        severity = "medium"
        confidence = "low"
        category = "hijack"
    strings:
        $block = /# BEGIN (WordPress|WP Rocket|EWWWIO|W3TC|LSCACHE|WP Super Cache)/
        $spam = /RewriteRule [^\n]{1,160} [a-z0-9_\/.\\-]{0,60}\?[A-Za-z_]{1,20}(\$[0-9])?=\$[1-9]&%\{QUERY_STRING\}/
    condition:
        filesize < 512KB
        and filename == ".htaccess"
        and $block and $spam
}
