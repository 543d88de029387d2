// Reverse shells and download-and-run one-liners, as left in scripts, cron jobs and entrypoints.

rule reverse_shell_dev_tcp
{
    meta:
        description = "Interactive shell wired to a /dev/tcp or /dev/udp socket (bash reverse shell); health checks that only open the socket do not match"
        severity = "critical"
        confidence = "high"
        category = "reverse-shell"
    strings:
        $interactive = /(ba|z|da)?sh\s+-i\s*[0-9]?[<>]&?\s*\/dev\/(tcp|udp)\/[^\s\/]{1,253}\/[^\s;&|]{1,16}/
        $stdin_too = /\/dev\/(tcp|udp)\/[^\s\/]{1,253}\/[^\s;&|]{1,16}\s+0>&1/
        $fd_to_shell = /\/dev\/(tcp|udp)\/[^\n]{0,100}((ba|z|da)?sh\s+<&[0-9]+|do\s+\$[A-Za-z_]+\s+2>&[0-9]+)/
    condition:
        any of them
        // Documentation quotes these one-liners (security guides, man pages); a script, cron
        // file or config that holds one is what matters.
        and not filepath matches /\/usr\/share\/(doc|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|html?|pod|[0-9])$/
}

rule reverse_shell_netcat_exec
{
    meta:
        description = "netcat/ncat/socat handing a shell to a socket (-e / -c / --sh-exec / exec:), or a mkfifo pipe between a shell and nc/openssl"
        severity = "critical"
        confidence = "high"
        category = "reverse-shell"
    strings:
        $nc_e = /\b(nc|ncat|netcat)(\.[a-z]+)?\s[^\n;|]{0,80}-[a-z]*[ec]\s*((\/usr)?\/bin\/)?(ba|z|da)?sh\b/
        // --exec and --sh-exec run any program (the changelog's `ncat --exec /usr/bin/yes`): a
        // shell, or a command given to --sh-exec, is what hands out a prompt; on one line.
        $ncat_exec = /\bncat[ \t][^\n;|]{0,80}--(sh-exec[ =]|exec[ =]["']?((\/usr)?\/bin\/)?(ba|z|da)?sh\b)/
        // exec:/bin/sh wired to a network address on the same line, in either order
        // (`socat - EXEC:/bin/sh,chroot=...` on a terminal is socat's documented sandbox).
        $socat = /\bsocat\s[^\n]{0,100}\b(tcp|udp|sctp|openssl|ssl)[a-z0-9-]{0,12}:[^\n]{0,150}exec:["']?((\/usr)?\/bin\/)?(ba|z|da)?sh\b/ nocase
        $socat_exec_first = /\bsocat\s[^\n]{0,100}exec:["']?((\/usr)?\/bin\/)?(ba|z|da)?sh\b[^\n]{0,150}\s["']?(tcp|udp|sctp|openssl|ssl)[a-z0-9-]{0,12}:/ nocase
        $fifo = /mkfifo\s+\S+[^\n]{0,100}\|\s*(nc|ncat|netcat|openssl\s+s_client)\b/
        $fifo2 = /\b(nc|ncat|netcat|openssl\s+s_client)\b[^\n]{0,120}[<>]\s*\/tmp\/[A-Za-z0-9_.]+[^\n]{0,80}\/bin\/(ba|z|da)?sh/
    condition:
        any of them
        // Documentation quotes these one-liners (security guides, man pages, netcat's and
        // socat's changelogs); a script, cron file or config that holds one is what matters.
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|html?|pod|[0-9])$/
}

rule reverse_shell_scripting
{
    meta:
        description = "Python, Perl, PHP or Ruby one-liner connecting a socket to a shell"
        severity = "critical"
        confidence = "high"
        category = "reverse-shell"
    strings:
        $py_connect = /socket\.socket\([^\n]{0,100}\.connect\(\(/
        // The socket made on one line and connected on another (`s = socket.socket(...)` then
        // `s.connect((host, port))`), as scripts rather than one-liners write it.
        $py_socket = "socket.socket(" ascii
        $py_connect_call = ".connect((" ascii
        $py_dup = "os.dup2(" ascii
        $py_shell = /(pty\.spawn|subprocess\.call|subprocess\.Popen|os\.system)\(\s*\[?\s*["']\/bin\/(ba|z)?sh/
        $perl = /use Socket;[^\n]{0,300}open\(STDIN,\s*">&/
        $php = /fsockopen\([^\n]{0,120}(exec|shell_exec|system|passthru|proc_open)\(\s*["']\/bin\/(ba)?sh/
        $ruby = /TCPSocket\.(new|open)\([^\n]{0,100}(exec|spawn|system)[^\n]{0,40}\/bin\/(ba)?sh/
    condition:
        // Parenthesised: `and` binds tighter than `or`, and the exclusions below are for all.
        ((($py_connect or ($py_socket and $py_connect_call)) and $py_dup and $py_shell) or $perl or $php or $ruby)
        // Documentation quotes these one-liners (security guides, man pages); a script, cron
        // file or config that holds one is what matters.
        and not filepath matches /\/usr\/share\/(doc|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|html?|pod|[0-9])$/
}

rule downloader_pipe_to_shell
{
    meta:
        description = "A download piped straight into a shell, or a base64 payload decoded into one"
        severity = "medium"
        confidence = "low"
        category = "downloader"
    strings:
        $curl = /\b(curl|wget)\s[^\n|;&]{0,100}\|\s*(sudo\s+)?(ba|z|da)?sh\b/
        $b64 = /base64\s+(-d|--decode|-D)[^\n|]{0,40}\|\s*(ba|z|da)?sh\b/
        $b64_echo = /echo\s+["']?[A-Za-z0-9+\/]{40,}={0,2}["']?\s*\|\s*base64\s+(-d|--decode)\s*\|\s*(ba|z|da)?sh\b/
    condition:
        // Install instructions in documentation (rustup's `curl … | sh`) are not what we look for.
        any of them
        // The image config has its own rules (image_config.yar): a start command weighs more.
        and not filepath matches /^(config\.|history\[)/
        and not filepath matches /\/(doc|docs|man|html|info)\//
        // CI pipelines in source trees run on a build machine, not in the container.
        and not filepath matches /\/(\.github|\.circleci|\.gitlab)\/|\/(\.gitlab-ci|\.travis|azure-pipelines|appveyor)\.ya?ml$/
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|gz|pod)$/
}

rule reverse_shell_base64_into_shell
{
    meta:
        description = "Base64 payload decoded straight into a shell (`echo <blob> | base64 -d | bash`) in a script, a cron job, a start-up hook or an entrypoint, or a base64-encoded reverse shell (/dev/tcp/, `bash -i >&`, `sh -i >&`, `0>&1`)"
        severity = "high"
        confidence = "high"
        category = "obfuscation"
    strings:
        // A literal blob echoed into the decoder and on into a shell: anywhere.
        $b64_echo = /echo\s+["']?[A-Za-z0-9+\/]{16,}={0,2}["']?\s*\|\s*base64\s+(-d|--decode|-D)\s*\|\s*(sudo\s+)?(ba|z|da)?sh\b/
        // Any decode piped into a shell (downloader_pipe_to_shell's pattern, searched once for
        // both): in a start-up place only.
        $b64 = /base64\s+(-d|--decode|-D)[^\n|]{0,40}\|\s*(ba|z|da)?sh\b/
        // Reverse shells in base64 (each of the three alignments), wherever they are decoded.
        $enc_dev_tcp = "/dev/tcp/" base64
        $enc_dev_udp = "/dev/udp/" base64
        $enc_bash_i = "bash -i >&" base64
        $enc_sh_i = "sh -i >& /dev/" base64
    condition:
        (
            $b64_echo or any of ($enc*)
            or ($b64 and (
                filepath matches /\/etc\/cron\.(d|hourly|daily|weekly|monthly)\//
                or filepath matches /\/etc\/crontabs?(\/|$)/
                or filepath matches /\/var\/spool\/cron\//
                or filepath matches /\/etc\/periodic\//
                or filepath matches /\/etc\/rc\.local$|\/etc\/(profile|bash\.bashrc|bashrc|zshrc)$/
                or filepath matches /\/etc\/(profile\.d|init\.d|rc[0-6S]\.d|supervisor\/conf\.d)\//
                or filepath matches /\/(etc|lib|usr\/lib)\/systemd\/system\//
                or filepath matches /\/docker-entrypoint\.d\/|\/(docker-)?entrypoint[^\/]*$|\/(start|run|init|boot)[^\/]{0,20}\.sh$/
                or filepath matches /\/\.(bashrc|profile|bash_profile|zshrc)$/
            ))
        )
        // The image config has its own rule (config_base64_into_shell).
        and not filepath matches /^(config\.|history\[)/
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule dropper_python_exec_base64
{
    meta:
        description = "Python running a program it decodes from base64 (python -c \"import base64;exec(base64.b64decode('...'))\", or exec(base64.b64decode(<a long literal>))): how miner and botnet kits ship Python stages past a glance"
        severity = "high"
        confidence = "medium"
        category = "obfuscation"
    strings:
        $oneliner = /python[0-9.]{0,4}\s+-c\s+["'][^"'\n]{0,100}exec\s*\(\s*(base64\.)?b64decode\s*\(/
        $literal = /exec\s*\(\s*(base64\.)?b64decode\s*\(\s*["'][A-Za-z0-9+\/=]{200}/
    condition:
        ($oneliner or $literal)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule obfuscation_python_compressed_code_run
{
    meta:
        description = "Python that runs code it first decompresses or decodes (exec/eval of compile(zlib.decompress(base64...)), exec(marshal.loads(...))): a packed program, how Python CGI shells and bot stages hide their text"
        severity = "high"
        confidence = "medium"
        category = "obfuscation"
    strings:
        $run = /(exec|eval)\( ?(compile\( ?)?(zlib\.decompress|marshal\.loads|bz2\.decompress|lzma\.decompress)\(/
        $run2 = /(exec|eval)\( ?compile\( ?(base64\.b64decode|base64\.b32decode|codecs\.decode)\(/
    condition:
        filesize < 4MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of ($run*)
}

rule dropper_disguised_script_run_by_interpreter
{
    meta:
        description = "A command that downloads a file named as text or an image (.txt, .jpg, .gif, .png) and runs it with perl, python, php or sh: a program shipped under a harmless name, how IRC bots and miner stages are fetched"
        severity = "high"
        confidence = "medium"
        category = "downloader"
    strings:
        $fetch = /(wget|curl|fetch|lwp-download) [^;|\n]{0,160}\.(txt|jpg|jpeg|gif|png|ico) {0,2}(;|&&) {0,2}(perl|python[23]?|php|sh|bash) [^ ;|\n]{1,64}/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $fetch
}
