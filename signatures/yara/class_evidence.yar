// Class evidence: rules that name a class of attacker file from several weak signals together,
// not from a family's own strings. Each signal alone is common in benign code; the rules ask
// for many of them (the counts were chosen so that benign applications, system files and
// package registries never reach them) plus an anchor the class cannot do without (a page
// that runs commands, an escape that touches the host). Atoms were mined across the corpus's
// development files of each class, never from one file. Severity medium: a single weak signal
// proves nothing, the combination is worth an analyst's look.

rule webshell_php_class_evidence
{
    meta:
        description = "PHP page with many webshell traits together: request input, command or code sinks, and the habits of shells (errors silenced, no time limit, uname/uid/disable_functions/safe_mode probes, uploads, file permissions, /etc/passwd, 2>&1, cmd fields)"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $req = /\$_(POST|GET|REQUEST|COOKIE|FILES)\s*\[/
        $w01 = /[^\w>:$.]system\s*\(/
        $w02 = /[^\w>:$.]popen\s*\(/
        $w03 = /passthru\s*\(/
        $w04 = /shell_exec\s*\(/
        $w05 = /proc_open\s*\(/
        $w06 = /error_reporting\s*\(\s*0\s*\)/
        $w07 = /set_time_limit\s*\(\s*0\s*\)/
        $w08 = /ignore_user_abort\s*\(/
        $w09 = /posix_getpwuid\s*\(/
        $w10 = /php_uname\s*\(/
        $w11 = /move_uploaded_file\s*\(/
        $w12 = "disable_functions"
        $w13 = "safe_mode"
        $w14 = "2>&1"
        $w15 = "uname -a"
        $w16 = "/etc/passwd"
        $w17 = /@\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $w18 = /\[\s*["']cmd["']\s*\]/
        $w19 = /md5\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)/
        $w20 = /fileperms\s*\(/
        $w21 = /(str_rot13|gzinflate|gzuncompress)\s*\(/
        $w22 = /HTTP\/1\.[01] 404 Not Found/
        $w23 = /\/bin\/(ba)?sh|cmd\.exe/
        $w24 = /fsockopen\s*\(/
        $w25 = /getmyuid\s*\(|get_current_user\s*\(/
    condition:
        filesize < 1MB
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/i
        and $req
        and (7 of ($w*) or (filesize < 16KB and 1 of ($w01, $w02, $w03, $w04, $w05) and 2 of ($w*)))
}

rule webshell_asp_class_evidence
{
    meta:
        description = "ASP/ASPX page with several webshell traits together: request input, a shell object or process start, cmd.exe, file-system and upload objects, server variables, command output read back"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $a1 = /WScript\.Shell|Shell\.Application/ nocase
        $a2 = /Process\.Start|ProcessStartInfo/
        $a3 = /ADODB\.Stream/ nocase
        $a4 = /\.SaveAs\s*\(|PostedFile|BinaryRead/
        $w01 = /Request\.(Form|QueryString|Params|Item)|Request\s*\(\s*["']/ nocase
        $w02 = /cmd\.exe|cmd \/c/ nocase
        $w03 = /Scripting\.FileSystemObject|Directory\.GetFiles|GetDirectories/ nocase
        $w04 = /StandardOutput|StdOut\.ReadAll|ReadToEnd/ nocase
        $w05 = /ServerVariables|SERVER_SOFTWARE|MachineName|Environment\.UserName/ nocase
        $w06 = /On Error Resume Next/ nocase
        $w07 = /DeleteFile|File\.Delete/ nocase
        $w08 = /Server\.MapPath/ nocase
        $w09 = /<form/ nocase
        $w10 = /\.Exec\s*\(|\.Run\s*\(/
        $w11 = "[WebMethod]"
        $w12 = /RedirectStandardOutput|UseShellExecute/
    condition:
        filesize < 1MB
        and (extension matches /^(aspx?|ashx|asmx|asa|cer|cdx)$/i or uint16(0) == 0x253c)
        and 1 of ($a*)
        and 4 of ($w*)
}

rule webshell_jsp_class_evidence
{
    meta:
        description = "JSP page with several webshell traits together: request input, a process, class loading or file write, command output streamed back, cmd.exe or /bin/sh, the server's real path"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $a1 = /getRuntime\s*\(\s*\)/
        $a2 = "ProcessBuilder"
        $a3 = "defineClass"
        $a4 = "FileOutputStream"
        $w01 = /request\.getParameter|request\.getHeader|request\.getInputStream|request\.getReader/
        $w02 = /getInputStream\s*\(\s*\)|getErrorStream/
        $w03 = /cmd\.exe|\/bin\/(ba)?sh/
        $w04 = /getRealPath/
        $w05 = /out\.print/
        $w06 = /<form/ nocase
        $w07 = /os\.name/
        $w08 = /new File\s*\(/
        $w09 = /Base64|BASE64Decoder/
        $w10 = /listFiles\s*\(/
    condition:
        filesize < 1MB
        and (extension matches /^jspx?$/i or uint16(0) == 0x253c)
        and 1 of ($a*)
        and 4 of ($w*)
}

rule webshell_cgi_class_evidence
{
    meta:
        description = "CGI program (Perl, Python, shell, C, Ruby) that reads the query, prints its own HTTP header and runs a command from it: a command page outside a web framework"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $q1 = "QUERY_STRING"
        $q2 = "REQUEST_METHOD"
        $q3 = /cgi\.FieldStorage|CGI->new|new CGI|use CGI/
        $h = /Content-type:\s*text\/(html|plain)/ nocase
        $s1 = /open\s*\(\s*\w+\s*,\s*["'][^"'\n]{0,40}\|["']/
        $s2 = /[^\w.>]popen\s*\(/
        $s3 = /[^\w.>]system\s*\(/
        $s4 = /execl\s*\(\s*"\/bin\/sh"/
        $s5 = /os\.popen|subprocess\.(Popen|call|check_output|run)/
        $s6 = /qx\s*[{(\/]/
        $s7 = /`\$\w+`/
        $s8 = /eval\s+"?\$\w*(QUERY|CMD|cmd)/
        $u1 = /<form/ nocase
        $u2 = "2>&1"
        $u3 = /\/bin\/(ba)?sh/
    condition:
        filesize < 512KB
        and 1 of ($q*) and $h and 1 of ($s*) and 2 of ($u*)
        and not extension matches /^(md|markdown|rst|txt|html?|[0-9]|pod|pm)$/i
}

rule escape_class_evidence
{
    meta:
        description = "Code or script with several container-escape traits together: a host anchor (release_agent, core_pattern, /proc/1/root, nsenter into PID 1, the Docker socket, devices.allow, sysrq or uevent_helper) or exploit wording, beside mounts, cgroups, namespaces, raw disks, capabilities and the host's paths"
        severity = "medium"
        confidence = "medium"
        category = "container-escape"
    strings:
        $a1 = "release_agent"
        $a2 = "core_pattern"
        $a3 = /\/proc\/1\/(root|ns|cgroup|environ)/
        $a4 = /nsenter[^\n]{0,40}(-t|--target)\s*1\b/
        $a5 = "docker.sock"
        $a6 = "devices.allow"
        $a7 = /uevent_helper|sysrq-trigger/
        $exploit = /exploit|breakout|privesc|pwned/ nocase
        $w01 = "cgroup"
        $w02 = /mount\s+-t|mount\s+\/dev|mount\s+-o|syscall\.Mount|unix\.Mount|[^\w.]mount\s*\(/
        $w03 = "unshare"
        $w04 = "chroot"
        $w05 = /mknod|\/dev\/(sd|vd|xvd)[a-z]|\/dev\/nvme|\/dev\/dm-|fdisk/
        $w06 = /CAP_SYS_ADMIN|CapEff|capsh/
        $w07 = "privileged"
        $w08 = /upperdir|overlay/
        $w09 = /\/proc\/self\/(exe|mountinfo|mounts|status)|\/etc\/mtab/
        $w10 = /\.dockerenv|\/var\/run\/secrets|kubelet|lxcfs/
        $w11 = /\/bin\/(ba)?sh/
        $w12 = "notify_on_release"
        $w13 = /hostPID|hostPath|\/host\b/
    condition:
        filesize < 2MB
        and uint32(0) != 0x464c457f and uint16(0) != 0x5a4d
        and ((1 of ($a*) and 5 of ($w*)) or (2 of ($a*) and 3 of ($w*)) or ($exploit and 4 of ($w*)))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|html?|[0-9]|pod|ya?ml|json)$/i
}

rule credential_store_harvest_exfil
{
    meta:
        description = "Script or program that reads several credential stores (shadow, SSH keys, cloud, kube and Docker credentials, shell histories, browser and wallet files, instance metadata) and sends or packs them (curl, wget, nc, sockets, HTTP POST, chat webhooks, mail)"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $c01 = "/etc/shadow"
        $c02 = /\.aws\/credentials|AWS_SECRET_ACCESS_KEY/
        $c03 = /\.ssh\/id_|\.ssh\/known_hosts/
        $c04 = /\.kube\/config|serviceaccount\/token/
        $c05 = ".docker/config.json"
        $c06 = /\.bash_history|\.mysql_history|\.psql_history/
        $c07 = /\.git-credentials|\.pgpass|\.netrc/
        $c08 = /Login Data|logins\.json|key4\.db|wallet\.dat|\.gnupg|keyring/
        $c09 = /169\.254\.169\.254|metadata\.google\.internal/
        $c10 = /\/proc\/[^\s\/]{1,8}\/environ/
        $x01 = /curl\s+-[a-zA-Z]*\s|wget\s+|\bnc\s+-|\/dev\/tcp\//
        $x02 = /requests\.post|urllib\.request|http\.client|curl_exec|XMLHttpRequest|sendBeacon/
        $x03 = /api\.telegram\.org|discord(app)?\.com\/api\/webhooks|hooks\.slack\.com/
        $x04 = /socket\s*\(|sendto\s*\(/
        $x05 = /tar\s+c[zjf]|zip\s+-r|base64\s+-w/
    condition:
        filesize < 1MB
        and 3 of ($c*) and 1 of ($x*)
        and not filepath matches /\/(doc|docs|man|info|test|tests|testdata)\//
        // Editors' file-type tables name every credential file.
        and not extension matches /^(md|markdown|rst|adoc|txt|html?|[0-9]|pod|ya?ml|json|toml|vim|el)$/i
}

rule credential_pam_password_capture
{
    meta:
        description = "PAM module (C or Python) that takes the user's password at authentication and writes it to a file, a socket or a URL"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $hook = /pam_sm_authenticate|pam_get_authtok|PAM_AUTHTOK|pamh\.authtok/
        $o1 = /fopen\s*\([^;\n]{1,80},\s*"a\+?"/
        $o2 = /open\s*\([^\n]{1,80},\s*["']a\+?["']/
        $o3 = /socket\s*\(|sendto\s*\(|connect\s*\(/
        $o4 = /curl_easy|requests\.(get|post)|urllib|http\.client|system\s*\(|popen\s*\(/
        $o5 = /\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/usr\/share\/[a-z]+\/\./
    condition:
        filesize < 512KB
        and $hook and 2 of ($o*)
}

rule hijack_search_cloaking_php
{
    meta:
        description = "PHP that tells search-engine crawlers from visitors (several bot names, the user agent and referrer read) and then serves remote content or redirects: SEO cloaking and conditional redirects planted in sites"
        severity = "medium"
        confidence = "medium"
        category = "hijack"
    strings:
        $ua = "HTTP_USER_AGENT"
        $b1 = /googlebot/ nocase
        $b2 = /bingbot|msnbot/ nocase
        $b3 = /yandex/ nocase
        $b4 = /baiduspider|baidu/ nocase
        $b5 = /slurp|duckduckbot|sogou|360spider/ nocase
        $seen_from = "HTTP_REFERER"
        $r1 = /header\s*\(\s*["']Location:/ nocase
        $r2 = /wp_redirect\s*\(/
        $r3 = /file_get_contents\s*\(\s*["']https?:|curl_exec\s*\(|wp_remote_get\s*\(/
        $r4 = /window\.location|location\.href/
    condition:
        filesize < 512KB
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c)
        and $ua and $seen_from and 3 of ($b*) and 1 of ($r*)
}

rule botnet_irc_client_commands
{
    meta:
        description = "Script that speaks IRC itself (NICK, USER, JOIN, PRIVMSG, PING/PONG over a socket) and runs commands, floods or scans on a channel's orders: an IRC bot in any scripting language"
        severity = "medium"
        confidence = "medium"
        category = "botnet"
    strings:
        $i1 = /NICK\s/
        $i2 = /USER\s[^\n]{0,40}\s:/
        $i3 = /JOIN\s+[#$]/
        $i4 = "PRIVMSG"
        $i5 = "PONG"
        $n1 = /fsockopen\s*\(|IO::Socket::INET|socket\.socket\s*\(|TCPSocket\.new|new Socket\(/
        $s1 = /[^\w.>]system\s*\(|shell_exec\s*\(|passthru\s*\(|[^\w.>]exec\s*\(|popen\s*\(|qx\s*[{(\/]|subprocess|os\.popen/
        $s2 = /flood|portscan|scanner|ddos/ nocase
    condition:
        filesize < 1MB
        and 4 of ($i*) and $n1 and 1 of ($s*)
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_cfm_class_evidence
{
    meta:
        description = "ColdFusion page that runs a program (cfexecute) or reads, writes and deletes files (cffile) on values from the form or URL, with a shell or an HTML form: a ColdFusion command or file shell"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $a1 = "<cfexecute" nocase
        $a2 = /<cffile[^>]{0,200}action\s*=\s*["']?(upload|write|delete)/ nocase
        $w1 = /#(form|url)\.[A-Za-z_]/ nocase
        $w2 = /cmd\.exe|\/bin\/(ba)?sh/ nocase
        $w3 = /<form/ nocase
        $w4 = /<cfsavecontent|<cfoutput/ nocase
        $w5 = /<cfdirectory/ nocase
        $w6 = /<cffile/ nocase
    condition:
        filesize < 1MB
        and extension matches /^(cfml?|cfc)$/i
        and 1 of ($a*) and 3 of ($w*)
}

rule backdoor_wp_hidden_admin_class_evidence
{
    meta:
        description = "WordPress code that creates or logs in an administrator and hides it (the user from the users list and counts, or the plugin from the plugins list): a persistence backdoor in a theme, plugin or mu-plugin"
        severity = "medium"
        confidence = "medium"
        category = "backdoor"
    strings:
        $make1 = /wp_create_user\s*\(|wp_insert_user\s*\(/
        $make2 = /set_role\s*\(\s*["']administrator["']/
        $make3 = /wp_set_auth_cookie\s*\(/
        $hide1 = /["']pre_user_query["']|["']views_users["']/
        // A plugin's own file dropped from the plugins list.
        $hide2 = /unset\s*\(\s*\$\w{1,30}\s*\[\s*["'][^"'\n]{1,80}\.php["']\s*\]/
        $hide3 = /["']user_search["']|->query_where\s*=\s*str_replace/
    condition:
        filesize < 512KB
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c)
        and 1 of ($make*) and 1 of ($hide*)
}
