// Class evidence: rules that name a class of attacker file from several weak signals together,
// not from a family's own strings. Each signal alone is common in benign code; the rules ask
// for many of them (the counts were chosen so that benign applications, system files and
// package registries never reach them) plus an anchor the class cannot do without (a page
// that runs commands, an escape that touches the host). Atoms were mined across the corpus's
// development files of each class, never from one file. Severity medium: a single weak signal
// proves nothing, the combination is worth an analyst's look.
//
// Cost: these strings are searched in every file, and most of their atoms ("system(",
// "cgroup", "<form") are common. They are plain literals or alternatives of literals, never
// `\s*`, classes or unbounded gaps, so that a hit is checked by comparing bytes, not by running
// the general regex engine (written with `\s*` they cost 7-9 % of a scan's CPU on the bench
// image).
//
// Every rule also carries the same two gate terms (classes.rs), copied letter for letter from
// rules already in the pack: not a compiled executable, and not a page of documentation by its
// extension. Being terms other rules already have, they split the files into no new sets of
// rules; an ELF library or a rustdoc page then meets a variant of the pack without these rules,
// so their common atoms ("cgroup", "/bin/sh", "socket(") are not searched there at all. The
// file-kind tests proper (`$interp_line at 0`, a BOM before `<?`) stay patterns: as gates, each
// would make a set of its own.

rule webshell_php_class_evidence
{
    meta:
        description = "PHP page with many webshell traits together: request input, command or code sinks, and the habits of shells (errors silenced, no time limit, uname/uid/disable_functions/safe_mode probes, uploads, file permissions, /etc/passwd, 2>&1, cmd fields)"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        // A page saved with a UTF-8 byte-order mark before its tag. Being a pattern, it also keeps
        // the file-kind test out of the gates (classes.rs): as a gate, a new test splits files
        // into more sets of rules than the pack compiles pieces for, and costs far more than it saves.
        $utf8_bom_php = { EF BB BF 3C 3F }
        $req = /\$_(POST|GET|REQUEST|COOKIE|FILES)\[/
        $x1 = "system("
        $x2 = "popen("
        $x3 = "passthru("
        $x4 = "shell_exec("
        $x5 = "proc_open("
        $w06 = "error_reporting(0)"
        $w07 = "set_time_limit(0)"
        $w08 = "ignore_user_abort("
        $w09 = "posix_getpwuid("
        $w10 = "php_uname("
        $w11 = "move_uploaded_file("
        $w12 = "disable_functions"
        $w13 = "safe_mode"
        $w14 = "2>&1"
        $w15 = "uname -a"
        $w16 = "/etc/passwd"
        $w17 = /@\$_(POST|GET|REQUEST|COOKIE)\[/
        $w18 = /\[["']cmd["']\]/
        $w19 = /md5\(\$_(POST|GET|REQUEST|COOKIE)/
        $w20 = "fileperms("
        $w21 = /(str_rot13|gzinflate|gzuncompress)\(/
        $w22 = "404 Not Found"
        $w23 = /\/bin\/(ba)?sh|cmd\.exe/
        $w24 = "fsockopen("
        $w25 = /(getmyuid|get_current_user)\(/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c or $utf8_bom_php at 0)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and $req
        // Many traits, or in a small page a command sink and one more trait (another sink counts).
        and (7 of ($w*, $x*) or (filesize < 16KB and 1 of ($x*) and (2 of ($x*) or 1 of ($w*))))
}

rule webshell_asp_class_evidence
{
    meta:
        description = "ASP/ASPX page with several webshell traits together: request input, a shell object or process start, cmd.exe, file-system and upload objects, server variables, command output read back"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        // A page saved with a UTF-8 byte-order mark before `<%` (a pattern: not a gate, see the PHP rule).
        $utf8_bom_asp = { EF BB BF 3C 25 }
        $a1 = /(WScript|wscript|WSCRIPT)\.(Shell|shell|SHELL)|(Shell|shell|SHELL)\.(Application|application|APPLICATION)/
        // A Process object filled field by field (p.StartInfo.FileName = ...; p.Start()).
        $a2 = /Process\.Start|ProcessStartInfo|StartInfo\.FileName/
        $a3 = /ADODB\.Stream|adodb\.stream/
        $a4 = /\.SaveAs\(|PostedFile|BinaryRead/
        // A file written or read at a path the page is given: the FSO file managers.
        $a5 = /\.(CreateTextFile|createtextfile|OpenTextFile|opentextfile)\(/
        $w01 = /(Request|request)(\.Form|\.QueryString|\.Params|\.Item|\(")/
        $w02 = /cmd\.exe|cmd \/c|CMD\.EXE/
        $w03 = /Scripting\.FileSystemObject|Directory\.GetFiles|GetDirectories/
        $w04 = /StandardOutput|StdOut\.ReadAll|ReadToEnd/
        $w05 = /ServerVariables|servervariables|SERVER_SOFTWARE|MachineName|Environment\.UserName/
        $w06 = /On Error Resume Next|on error resume next/
        $w07 = /DeleteFile|File\.Delete/
        $w08 = /Server\.MapPath|server\.mappath/
        $w09 = /<form|<FORM|<Form/
        $w10 = /\.Exec\(|\.Run\(|\.exec\(|\.run\(|\.ShellExecute|\.shellexecute/
        $w11 = "[WebMethod]"
        $w12 = /RedirectStandardOutput|UseShellExecute/
        $w13 = /\.SubFolders|\.GetFolder\(/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(aspx?|ashx|asmx|asa|cer|cdx)$/i or uint16(0) == 0x253c or $utf8_bom_asp at 0)
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
        // A page saved with a UTF-8 byte-order mark before `<%` (a pattern: not a gate, see the PHP rule).
        $utf8_bom_asp = { EF BB BF 3C 25 }
        $a1 = "getRuntime()"
        $a2 = "ProcessBuilder"
        $a3 = "defineClass"
        $a4 = "FileOutputStream"
        $w01 = /request\.(getParameter|getHeader|getInputStream|getReader)/
        $w02 = /getInputStream\(\)|getErrorStream/
        $w03 = /cmd\.exe|\/bin\/(ba)?sh/
        $w04 = "getRealPath"
        $w05 = "out.print"
        $w06 = /<form|<FORM/
        $w07 = "os.name"
        $w08 = "new File("
        $w09 = /BASE64Decoder|Base64\.getDecoder|decodeBuffer/
        $w10 = "listFiles("
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^jspx?$/i or uint16(0) == 0x253c or $utf8_bom_asp at 0)
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
        // The #! line as a pattern, not `uint16(0)`: a file-kind test the gates would take
        // (see the PHP rule).
        $interp_line = "#!"
        $q1 = "QUERY_STRING"
        $q2 = "REQUEST_METHOD"
        $q3 = /cgi\.FieldStorage|CGI->new|new CGI|use CGI/
        $h = /Content-[Tt]ype: text\/(html|plain)/
        // open(FH, "... |"): a pipe from a command.
        $s1 = /\|["'] ?\)/
        $s2 = "popen("
        $s3 = "system("
        $s4 = "execl(\"/bin/sh\""
        $s5 = /os\.popen|subprocess\.(Popen|call|check_output|run)/
        $s6 = /eval "?\$(QUERY|CMD|cmd)/
        // Perl's and shell's command substitution on a variable.
        $s7 = "`$"
        $s8 = /qx[{(\/]/
        $u1 = /<form|<FORM|<Form/
        $u2 = "2>&1"
        $u3 = /\/bin\/(ba)?sh/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        // CGI programs by name or by their #! line: the search stays out of libraries and data.
        and (extension matches /^(cgi|pl|py|sh|c|rb)$/i or $interp_line at 0)
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of ($q*) and $h and 1 of ($s*) and 2 of ($u*)
}

rule escape_class_evidence
{
    meta:
        description = "Code or script with several container-escape traits together: a host anchor (release_agent, core_pattern, /proc/1/root, nsenter into PID 1, the Docker socket, devices.allow, sysrq or uevent_helper) or exploit wording, beside mounts, cgroups, namespaces, raw disks, capabilities and the host's paths"
        severity = "medium"
        confidence = "medium"
        category = "container-escape"
    strings:
        // The #! line as a pattern, not `uint16(0)`: a file-kind test the gates would take
        // (see the PHP rule).
        $interp_line = "#!"
        $a1 = "release_agent"
        $a2 = "core_pattern"
        $a3 = /\/proc\/1\/(root|ns|cgroup|environ)/
        $a4 = /nsenter[ -][^\n]{0,40}(-t 1|--target 1|-t1)/
        $a5 = "docker.sock"
        $a6 = "devices.allow"
        $a7 = /uevent_helper|sysrq-trigger/
        $exploit = /[Ee]xploit|EXPLOIT|[Bb]reakout|[Pp]rivesc|pwned/
        $w01 = "cgroup"
        $w02 = /mount -t|mount \/dev|mount -o|syscall\.Mount|unix\.Mount| mount\(/
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
        $w13 = /hostPID|hostPath|\/host\//
    condition:
        filesize < 2MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        // Scripts and source by name or #! line (a compiled tool is another rule's work).
        and (extension matches /^(sh|bash|go|c|cc|cpp|py|pl|rb|cr|rs|js|java|php)$/i or $interp_line at 0)
        and not filepath matches /\/(doc|docs|man|info)\//
        and ((1 of ($a*) and 5 of ($w*)) or (2 of ($a*) and 4 of ($w*)) or ($exploit and 4 of ($w*)))
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
        $c08 = /Login Data|logins\.json|key4\.db|wallet\.dat/
        $c09 = /169\.254\.169\.254|metadata\.google\.internal/
        $c10 = /\/proc\/[a-z0-9*$]{1,8}\/environ/
        $x01 = /curl -|wget |nc -|\/dev\/tcp\//
        $x02 = /requests\.post|urllib\.request|http\.client|curl_exec|XMLHttpRequest|sendBeacon/
        $x03 = /api\.telegram\.org|discord(app)?\.com\/api\/webhooks|hooks\.slack\.com/
        $x04 = /sendto\(|\.connect\(\(/
        $x05 = /tar c[zjf]|tar -c[zjf]|zip -r|base64 -w/
    condition:
        filesize < 128KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and 3 of ($c*) and 1 of ($x*)
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
        $o1 = /, ?"a\+?"\)/
        $o2 = /, ?'a\+?'\)/
        $o3 = /socket\(|sendto\(|connect\(/
        $o4 = /curl_easy|requests\.(get|post)|urllib|http\.client|system\(|popen\(/
        $o5 = /\/tmp\/|\/var\/tmp\/|\/dev\/shm\//
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and $hook and 1 of ($o*)
}

rule hijack_search_cloaking_php
{
    meta:
        description = "PHP that tells search-engine crawlers from visitors (several bot names, the user agent and referrer read) and then serves remote content or redirects: SEO cloaking and conditional redirects planted in sites"
        severity = "medium"
        confidence = "medium"
        category = "hijack"
    strings:
        // A page saved with a UTF-8 byte-order mark before its tag. Being a pattern, it also keeps
        // the file-kind test out of the gates (classes.rs): as a gate, a new test splits files
        // into more sets of rules than the pack compiles pieces for, and costs far more than it saves.
        $utf8_bom_php = { EF BB BF 3C 3F }
        $ua = "HTTP_USER_AGENT"
        $seen_from = "HTTP_REFERER"
        $b1 = /[Gg]ooglebot/
        $b2 = /[Bb]ingbot|[Mm]snbot/
        $b3 = /[Yy]andex/
        $b4 = /[Bb]aidu/
        $b5 = /[Ss]lurp|[Dd]uck[Dd]uck[Bb]ot|[Ss]ogou|360[Ss]pider/
        $r1 = /header\(["']Location:|header\( ["']Location:/
        $r2 = "wp_redirect("
        $r3 = /file_get_contents\(["']http|curl_exec\(|wp_remote_get\(/
        $r4 = /window\.location|location\.href/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c or $utf8_bom_php at 0)
        and $ua and $seen_from and 3 of ($b*) and 1 of ($r*)
}

rule botnet_irc_client_commands
{
    meta:
        description = "Script that speaks IRC itself (NICK, JOIN, PRIVMSG, PING/PONG over a socket) and runs commands, floods or scans on a channel's orders: an IRC bot in any scripting language"
        severity = "medium"
        confidence = "medium"
        category = "botnet"
    strings:
        $privmsg = "PRIVMSG"
        $i1 = "NICK "
        $i2 = /JOIN [#$]/
        $i3 = "PONG"
        $n1 = /fsockopen\(|IO::Socket::INET|socket\.socket\(|TCPSocket\.new|new Socket\(/
        $s1 = /shell_exec\(|passthru\(|system\(|popen\(|exec\(|qx\{|subprocess|os\.popen/
        $s2 = /[Ff]lood|[Pp]ortscan|DDoS|ddos/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $privmsg and 3 of ($i*) and $n1 and 1 of ($s*)
}

rule webshell_cfm_class_evidence
{
    meta:
        description = "ColdFusion page that runs a program (cfexecute) or reads, writes and deletes files (cffile) on values from the form or URL, with a shell or an HTML form: a ColdFusion command or file shell"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $cf_start = "<cf" nocase
        $a1 = "<cfexecute" nocase
        $a2 = /<cffile[^>]{0,200}action ?= ?["']?(upload|write|delete)/ nocase
        // A file read or a folder listed at a path the form or URL names: the read-only
        // ColdFusion file browsers.
        $a3 = /<cffile[^>]{0,200}file ?= ?["']?#(form|url)\./ nocase
        $a4 = /<cfdirectory[^>]{0,200}directory ?= ?["']?#(form|url)\./ nocase
        $w1 = /#(form|url|Form|URL|FORM)\./
        $w2 = /cmd\.exe|\/bin\/(ba)?sh/
        $w3 = /<form|<FORM|<Form/
        $w4 = /<cfsavecontent|<cfoutput|<CFOUTPUT/
        $w5 = "<cfdirectory" nocase
        $w6 = "<cffile" nocase
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        // By name, or a template that starts with a ColdFusion tag (a pattern: not a gate).
        and (extension matches /^(cfml?|cfc)$/i or $cf_start at 0)
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
        // A page saved with a UTF-8 byte-order mark before its tag. Being a pattern, it also keeps
        // the file-kind test out of the gates (classes.rs): as a gate, a new test splits files
        // into more sets of rules than the pack compiles pieces for, and costs far more than it saves.
        $utf8_bom_php = { EF BB BF 3C 3F }
        $make1 = /wp_create_user\(|wp_insert_user\(/
        $make2 = /set_role\(["']administrator["']|set_role\( ["']administrator["']/
        $make3 = "wp_set_auth_cookie("
        $hide1 = /["'](pre_user_query|views_users)["']/
        // A plugin's own file dropped from the plugins list.
        $hide2 = /unset\(\$[a-z_]{1,30}\[["'][^"'\n]{1,80}\.php["']\]/
        $hide3 = /["']user_search["']|->query_where = str_replace/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c or $utf8_bom_php at 0)
        and 1 of ($make*) and 1 of ($hide*)
}

// Round 22: a whole instance-metadata credentials URL is what a cloud grabber fetches (dev:
// keygrabber, a readthedocs build probe, TeamTNT's Dockgeddon, WSO's command aliases). SDKs build
// the URL from a base and a path, so a spelled-out URL in a script or page is the grabber's.

rule credential_cloud_metadata_credentials_url
{
    meta:
        description = "Script or program holding a whole instance-metadata credentials URL (AWS IAM role or instance credentials, the ECS task-role endpoint, GCP service-account tokens, Azure managed-identity tokens): what a grabber asks for to take the cloud role's keys. Cloud SDKs build these URLs from parts or hand them to their own HTTP transport; a script spells the URL out and fetches it with curl, wget or PowerShell"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $aws1 = "169.254.169.254/latest/meta-data/iam/security-credentials"
        $aws2 = "169.254.169.254/latest/meta-data/identity-credentials"
        $ecs1 = "169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
        $ecs2 = "169.254.170.2${AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}"
        $gcp = "/computeMetadata/v1/instance/service-accounts/"
        $azure = "169.254.169.254/metadata/identity/oauth2/token"
        // fetched by a tool a script calls: SDKs (google-auth's aws.py, gcloud's credential
        // configs) hold the same URL as a default they hand to their own HTTP transport
        $get1 = "curl "
        $get2 = "wget "
        $get3 = "Invoke-WebRequest"
        $get4 = "Invoke-RestMethod"
    condition:
        filesize < 128KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and 1 of ($aws*, $ecs*, $gcp, $azure) and 1 of ($get*)
}

// Round 22: the SSH-key spread of cryptojacking kits (TeamTNT, Kinsing, WatchDog, 8220, Rocke,
// Xanthe): hosts read out of known_hosts, then non-interactive logins with the found keys.
// Deploy scripts write known_hosts (ssh-keyscan >>) and log into one named host; they do not
// read it back as a target list.
rule credential_ssh_keys_spread_to_known_hosts
{
    meta:
        description = "Script that reads the hosts of known_hosts (cat, grep, awk, cut or sed of it) and logs into them non-interactively with the keys it finds (id_rsa or IdentityFile, BatchMode=yes, StrictHostKeyChecking=no): SSH-key theft used to spread to every host the keys open"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $hosts = /(cat|grep|awk|cut|sed)[^\n|;]{0,60}known_hosts/
        $key1 = "id_rsa"
        $key2 = ".ssh/id_"
        $key3 = "IdentityFile"
        $nohk1 = "StrictHostKeyChecking=no"
        $nohk2 = "StrictHostKeyChecking no"
        $batch1 = "BatchMode=yes"
        $batch2 = "BatchMode yes"
    condition:
        filesize < 128KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and $hosts and 1 of ($key*) and 1 of ($nohk*) and 1 of ($batch*)
}

// Round 23: what malicious npm/PyPI packages do at install or import time. Data about the host
// (the whole environment, secret-named variables, or two of hostname/user/directory/addresses)
// sent to an out-of-band collector (OAST, request-bin and tunnel hosts, chat webhooks, a raw
// public IP for the environment). Loopback, private and metadata-service URLs are not collectors.
// Round 24: the host's address taken with gethostbyname (of its own name) is an address too, and
// `uname -n` is the shell's hostname. An instance-metadata path is host data as well, however fetched (JS `fetch`
// of the role listing posted to a request bin).
rule credential_host_data_to_oob_collector
{
    meta:
        description = "Code that gathers the host's environment (serialised whole, or secret-named variables) or its identity (two of hostname, user, working directory, addresses; one of them when the collector is an OAST or DNS-log host) and sends it to an out-of-band collector (OAST and request-bin hosts, ngrok, Discord or Telegram webhooks, webhook.site, a raw public IP): what dependency-confusion and install-hook stealers in npm and PyPI packages do"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $env1 = /JSON\.stringify\(\s*process\.env\s*\)/
        $env2 = /(json\.dumps|str|repr|b64encode)\(\s*(dict\()?os\.environ\b/
        $env3 = /\bdict\(os\.environ\)/
        $env4 = /for\s+\w+\s*,\s*\w+\s+in\s+os\.environ\.items\(\)/
        $env5 = /Object\.(entries|keys)\(\s*process\.env\s*\)/
        $env6 = /\b(printenv|env)\s*(\||>|;\s*curl)/
        $env7 = /\{\s*\.\.\.process\.env\b/
        $env8 = /\benv\s*=\s*process\.env\b/
        $env9 = /process\.env\.[A-Z0-9_]{0,30}(TOKEN|SECRET|PASSWORD|API_KEY|ACCESS_KEY)\b/
        $env10 = /os\.(environ\.get\(|getenv\(|environ\[)\s*['"][A-Z0-9_]{0,30}(TOKEN|SECRET|PASSWORD|API_KEY|ACCESS_KEY)['"]/
        $id1 = /gethostname\(\)|os\.hostname\(\)|\$\(hostname\)|`hostname`|\$\(uname (-n|--nodename)\)/
        $id2 = /getpass\.getuser\(\)|os\.userInfo\(\)|os\.getlogin\(\)|\$\(whoami\)|`whoami`/
        $id3 = /os\.getcwd\(\)|process\.cwd\(\)|\$\(pwd\)|`pwd`/
        $id4 = /os\.uname\(\)|platform\.node\(\)|os\.networkInterfaces\(\)|gethostbyname\(|ifconfig\.(me|io|co)|api\.ipify\.org|ipinfo\.io/
        // OAST and DNS-log hosts: they exist to receive a probe's callback.
        $col1 = /\b[a-z0-9-]{1,63}\.(oastify\.com|burpcollaborator\.net|interact\.sh|oast\.(pro|live|site|online|fun|me)|dnslog\.cn|ceye\.io)\b/
        $col6 = /\b[a-z0-9-]{1,63}\.(pipedream\.net|requestbin\.(net|com)|ngrok\.(io|app|dev)|ngrok-free\.app|trycloudflare\.com|beeceptor\.com|requestcatcher\.com|canarytokens\.com)\b/
        $col2 = /['"]?webhook\.site['"\/]/
        $col3 = /discord(app)?\.com\/api\/webhooks\/\d{6,}/
        $col4 = /api\.telegram\.org\/bot/
        $col5 = /\b[a-z0-9-]{1,63}\.duckdns\.org\b/
        $md = /169\.254\.169\.254\/(latest\/meta-data|metadata\/identity)|metadata\.google\.internal\/computeMetadata|169\.254\.170\.2\/v2\/credentials/
        $ip = /https?:\/\/(1\d\d|2[0-4]\d|25[0-5]|[1-9]\d?)\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d{2,5})?[\/"']/
        $nonpublic = /https?:\/\/(127\.|10\.|0\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.)/
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and (
            (1 of ($env*) and (1 of ($col*) or #ip > #nonpublic))
            or (2 of ($id*) and 1 of ($col*))
            or (1 of ($id*) and $col1)
            or ($md and 1 of ($col*))
        )
}

// Round 23: Discord/browser/Telegram token grabbers shipped in packages and as scripts: two
// token or credential stores (Discord leveldb, Chromium Login Data and Local State key,
// DPAPI, Telegram tdata, wallets, the token regex, Discord's token check) and a webhook sink.
rule credential_token_store_sent_to_webhook
{
    meta:
        description = "Code that reads two token or credential stores (Discord's Local Storage leveldb, Chromium Login Data and the Local State key, DPAPI, Telegram Desktop tdata, wallet folders, the Discord token pattern or token check) and has a webhook sink (Discord or Slack webhooks, the Telegram bot API, webhook.site, a webhook URL variable), or searches a client's Local Storage leveldb for Discord tokens (their pattern, the encrypted-token marker) whatever the sink: a Discord/browser token grabber"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        // The path written out or joined from its parts (os.path.join(.., 'Local Storage', 'leveldb')).
        $s1 = /Local Storage([\\\/]{1,2}|['"],\s?['"])leveldb/
        $s2 = "Login Data"
        $s3 = "Local State"
        $s4 = "encrypted_key"
        $s5 = "CryptUnprotectData"
        $s6 = /Telegram Desktop[\\\/]{1,2}tdata|[\\\/]tdata\b/
        $s7 = /discord(canary|ptb)?[\\\/]{1,2}Local Storage/ nocase
        // Discord's token pattern as grabbers write it (the dot escaped or not), and the marker
        // of the encrypted tokens newer clients keep in leveldb.
        $s8 = /\[\\w-\]\{24\}\\?\.\[\\w-\]\{6\}\\?\.\[\\w-\]\{27\}|mfa\\?\.\[\\w-\]\{84\}/
        $s11 = "dQw4w9WgXcQ:"
        $s9 = /Exodus|Electrum|\.ldb['"]/
        $s10 = /discord(app)?\.com\/api\/v\d+\/users\/@me/
        $w1 = /discord(app)?\.com\/api\/webhooks\//
        $w2 = /api\.telegram\.org\/bot/
        $w3 = "webhook.site/"
        $w4 = "hooks.slack.com/services/"
        $w5 = /\bsendDocument\b/
        $w6 = /webhook_?url/ nocase
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and (
            (2 of ($s*) and 1 of ($w*))
            // A client's Local Storage leveldb searched for Discord tokens: the theft itself,
            // whatever carries the tokens away (a webhook read from a file, a print).
            or (($s1 or $s7) and ($s8 or $s11))
        )
}

// Round 24: mimipenguin-style dumpers. Another process's memory read (its /proc/PID/maps then
// /proc/PID/mem, ptrace PEEKDATA/PEEKTEXT, process_vm_readv, a gcore dump, or the swap areas)
// together with what holds credentials there: the display-manager and keyring processes, sshd,
// sudo/su/passwd sessions, the AD caches (sssd, winbindd, vasd), the GitHub Actions
// Runner.Worker and its isSecret values, or /etc/shadow to test found strings against.
// Debuggers and profilers read memory too but name no credential holder.
rule credential_process_memory_secrets_dump
{
    meta:
        description = "Code that reads another process's memory (its /proc/PID/maps and /proc/PID/mem, ptrace PEEKDATA or PEEKTEXT, process_vm_readv, ReadProcessMemory or the memorpy and pymem libraries, a gcore dump, or the swap areas) and names what holds credentials there (gdm-password, gnome-keyring-daemon, lightdm, vsftpd, sshd, sudo/su/passwd sessions, sssd, winbindd, vasd, the GitHub Actions Runner.Worker and its isSecret values, /etc/shadow hashes to test found strings against): a process-memory credential dumper"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $mem = /\/proc\/[^\/\s]{1,24}\/mem\b/
        $maps = /\/proc\/[^\/\s]{1,24}\/maps\b/
        $pt1 = "PTRACE_PEEKDATA"
        $pt2 = "PTRACE_PEEKTEXT"
        $pt3 = "process_vm_readv"
        // The same read through a library or the Windows API (memorpy, pymem, ReadProcessMemory).
        $pt4 = "ReadProcessMemory"
        $pt5 = /\bfrom memorpy import|\bimport memorpy\b|\bMemWorker\(/
        $pt6 = /\bpymem\.Pymem\(/
        $core = /\bgcore\b/
        $swap = "/proc/swaps"
        $t1 = "gdm-password"
        $t2 = "gnome-keyring-daemon"
        $t3 = "lightdm"
        $t4 = "vsftpd"
        $t5 = "Runner.Worker"
        $t6 = "isSecret"
        $t7 = "/etc/shadow"
        $t8 = /["']sshd[:"' ]/
        $t9 = /["'](sudo|su|passwd)["']/
        $t10 = /\b(sssd|winbindd|vasd)\b/
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and (($mem and $maps) or 1 of ($pt*) or $core or $swap)
        and 1 of ($t*)
}

// Round 24: keyloggers that post what they capture. Keystrokes taken (a page's keydown/keypress
// listeners, pynput or the keyboard module, GetAsyncKeyState or a low-level keyboard hook, the
// evdev device) in the same file as a chat or request-bin sink (Discord or Slack webhooks, the
// Telegram bot API, webhook.site, a variable named for a webhook). Editors and games listen to
// keys but post them nowhere.
rule credential_keystrokes_sent_to_remote
{
    meta:
        description = "Code that captures keystrokes (keydown/keypress/keyup listeners, pynput or the keyboard module's hooks, GetAsyncKeyState or a WH_KEYBOARD_LL hook, /dev/input/event devices) and sends them to a chat or request-bin sink (Discord or Slack webhooks, the Telegram bot API, webhook.site, a webhook-URL variable): a keylogger that posts what it logs"
        severity = "medium"
        confidence = "medium"
        category = "credential-theft"
    strings:
        $k1 = /addEventListener\(\s*['"]key(down|press|up)['"]/
        $k2 = /\.onkey(down|press|up)\s*=/
        $k3 = /from pynput|import pynput|keyboard\.Listener\(/
        $k4 = /keyboard\.(on_press|on_release|hook)\(/
        $k5 = "GetAsyncKeyState"
        $k6 = "WH_KEYBOARD_LL"
        $k7 = /\/dev\/input\/event/
        $w1 = /discord(app)?\.com\/api\/webhooks\//
        $w2 = /api\.telegram\.org\/bot/
        $w3 = "webhook.site/"
        $w4 = "hooks.slack.com/services/"
        $w5 = /discord_?webhook|webhook_?url/ nocase
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
        and 1 of ($k*) and 1 of ($w*)
}
