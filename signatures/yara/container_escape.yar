// Breaking out of the container or reaching into the host from inside an image.

rule escape_host_namespace_or_mount
{
    meta:
        description = "Entering the host's namespaces (nsenter -t 1), chrooting into a mounted host root, mounting host block devices, or writing accounts, sudoers, cron jobs or SSH keys into (or reading shadow from) the host's tree mounted at /host or seen through /proc/1/root"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $nsenter = /nsenter\s[^\n]{0,80}(-t|--target)\s*1\b[^\n]{0,80}(-m|--mount|-a|--all)/
        $nsenter2 = /nsenter\s[^\n]{0,80}(-m|--mount|-a|--all)[^\n]{0,80}(-t|--target)\s*1\b/
        $chroot = /chroot\s+\/(host|hostfs|mnt\/host|rootfs)\b/
        $mount = /mount\s+(-[a-z]+\s+[^\s]+\s+)*\/dev\/(sd[a-z][0-9]*|nvme[0-9]n[0-9](p[0-9]+)?|xvd[a-z][0-9]*|vd[a-z][0-9]*)\s+\/[^\s]*/
        // Writing into the host's tree mounted in the container (no chroot needed): accounts,
        // sudoers, cron, start-up hooks, root's SSH keys.
        $host_write = />>?[ \t]*["']?\/(host(fs|-root|_root)?|mnt\/host)\/(etc\/(passwd|shadow|sudoers|crontab|cron\.d\/|ld\.so\.preload|rc\.local|profile|systemd\/)|root\/\.ssh\/|var\/spool\/cron)/
        $host_tee = /\btee[ \t]+(-a[ \t]+)?["']?\/(host(fs|-root|_root)?|mnt\/host)\/(etc\/(passwd|shadow|sudoers|crontab|cron\.d\/|ld\.so\.preload|rc\.local|profile|systemd\/)|root\/\.ssh\/|var\/spool\/cron)/
        // Reading the host's password hashes or root's keys through the mount.
        $host_read = /\b(cat|cp|tar|base64|grep|head|tail|less|more|scp|curl|strings|awk|sed)\s[^\n]{0,60}\/(host(fs|-root|_root)?|mnt\/host)\/(etc\/shadow|root\/\.ssh\/id_)/
        // The host's root seen through PID 1 of a container run with the host's PID namespace.
        $proc1_root = /\/proc\/1\/root\/(etc\/(shadow|passwd|sudoers|crontab|cron\.d\/|ld\.so\.preload|rc\.local)|root\/\.ssh\/|var\/spool\/cron)/
    condition:
        // Manual pages and documentation show these commands as examples.
        any of them and not filepath matches /\/(doc|docs|man|html|info)\//
        // config_host_access (image_config.yar) covers the image config's fields.
        and not filepath matches /^(config\.|history\[)/
}

rule escape_docker_socket
{
    meta:
        description = "Talking to the host's Docker daemon through a mounted docker.sock (or its TCP API on 2375/2376) to start a privileged or host-mounting container"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $sock = "/var/run/docker.sock" ascii
        $sock2 = "/run/docker.sock" ascii
        $unix = "--unix-socket" ascii
        $priv = /"Privileged"\s*:\s*true|--privileged/
        $bind = /"Binds"\s*:\s*\[\s*"\/:|-v\s+\/:\/[a-z]+|"\/etc:/
        $host_pid = /--pid[= ]host/
        // The same API reached over TCP (an exposed daemon on 2375/2376): a container created
        // with the host's root bound or privileged.
        $tcp_api = /:237[56]\/(v[0-9.]+\/)?containers\/create/
        // Exploit kits post their own container to the socket's API with the host's root
        // bound at /host (CDK docker-sock-pwn): the API path and that mount point together.
        $api_create = /["'`]https?:\/\/[^"'`\s\/]{1,40}(\/v[0-9.]+)?\/containers\/create/
        $host_dir = /["'`\s]\/host[\/`"'\s]/
    condition:
        // The host's root mounted, a privileged container made through the raw API, or one
        // sharing the host's PIDs: a privileged container with the socket alone is what build
        // tools run (Ansible's apb Makefile, ansible-test).
        (
            (($sock or $sock2) and ($bind or ($priv and ($unix or $host_pid)) or ($api_create and $host_dir)))
            or ($tcp_api and ($bind or $priv))
        )
        // Monitoring tools document `docker run --privileged -v /:/rootfs -v /var/run/docker.sock`.
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule escape_core_pattern
{
    meta:
        description = "Writing a host kernel hook from a container: core_pattern or a cgroup release_agent (a program run on the host), uevent_helper, hotplug or modprobe set to a path built from a variable, or sysrq-trigger"
        severity = "critical"
        confidence = "high"
        category = "container-escape"
    strings:
        $write = /(echo|printf)\s[^\n]{0,100}>\s*\/proc\/sys\/kernel\/core_pattern/
        $tee = /\|\s*tee\s+(-a\s+)?\/proc\/sys\/kernel\/core_pattern/
        $sysctl = /sysctl\s+(-w\s+)?kernel\.core_pattern\s*=\s*["']?\|/
        $release = /(echo|printf)\s[^\n]{0,100}>\s*[^\n]{0,80}\/release_agent/
        // The same written from inside the cgroup directory (`cd $d; echo $cmd > release_agent`),
        // next to the notify_on_release switch that arms it.
        $release_rel = /(echo|printf)\s[^\n]{0,100}>\s*["']?release_agent\b/
        $notify = /(echo|printf)[ \t]+["']?1["']?[ \t]*>[ \t]*["']?[^\s;|&]{0,80}notify_on_release/
        // Something written: Debian's udev scripts clear the helper with `echo > ...`.
        $uevent = /(echo|printf)[ \t]+(-[en][ \t]+)?["']?[^\s"'>][^\n]{0,100}>\s*\/sys\/kernel\/uevent_helper/
        $sysrq = /(echo|printf)[ \t]+["']?[a-z]["']?[ \t]*>[ \t]*\/proc\/sysrq-trigger/
        // The other kernel usermode helpers (hotplug, modprobe) pointed at a path built from a
        // variable (the container's upperdir on the host); busybox's init writes a fixed
        // `/sbin/mdev` there.
        $helper = /(echo|printf)[ \t]+["']?\$[^\n]{0,100}>[ \t]*\/proc\/sys\/kernel\/(hotplug|modprobe)/
    condition:
        // Changelogs and manuals quote these commands.
        ($write or $tee or $sysctl or $release or $uevent or $sysrq or $helper or ($release_rel and $notify))
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule escape_host_root_container
{
    meta:
        description = "Starting a container that owns the host: `docker run` (or create) binding the host's root read-write (-v /:/x, --mount source=/) together with chroot into it, --privileged, --pid=host or nsenter: what escape scripts and Docker-API worms run once they reach a daemon"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $run = /docker[ \t]+(-H[ \t=]*\S+[ \t]+)?(container[ \t]+)?(run|create)[ \t][^\n]{0,300}(-v|--volume)[ \t=]*["']?\/:\/[A-Za-z0-9_\/.-]{1,40}(:rw)?["']?[ \t][^\n]{0,300}(chroot[ \t]+\/|--privileged|--pid[= ]host|nsenter[ \t])/
        $mount = /docker[ \t]+(-H[ \t=]*\S+[ \t]+)?(container[ \t]+)?(run|create)[ \t][^\n]{0,300}--mount[ \t=]+["']?type=bind,(source|src)=\/,[^\n]{0,300}(chroot[ \t]+\/|--privileged|--pid[= ]host|nsenter[ \t])/
    condition:
        any of them
        // Monitoring agents document `-v /:/rootfs:ro --privileged`; read-only binds never match.
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule escape_k8s_pod_enters_host
{
    meta:
        description = "Kubernetes workload manifest built to take over its node: a privileged container sharing the host's PID namespace that runs nsenter into PID 1, or the node's root filesystem mounted and entered with chroot or a reverse shell (Bishop Fox's badPods shapes)"
        severity = "high"
        confidence = "high"
        category = "container-escape"
    strings:
        $kind = /kind:\s*(Pod|Deployment|DaemonSet|StatefulSet|Job|CronJob|ReplicaSet|ReplicationController)\b/
        $privileged = /privileged:\s*true/
        $host_pid = /hostPID:\s*true/
        // hostPath: {path: /}, the node's root.
        $host_root = /hostPath:\s*\n?\s*path:\s*["']?\/["']?\s*(\n|$|\})/
        // nsenter into the node's init: `nsenter --target 1` in an exec-form or shell command.
        $nsenter = /nsenter["',\s]+(-t|--target)["',\s=]+1["',\s]/
        $chroot = /chroot["',\s]+\/(host|node|rootfs|mnt)/
        $reverse = /\/dev\/tcp\/|nc(at)?["',\s]+-e|socat[^\n]{0,80}exec:/
    condition:
        $kind
        and (($privileged and $host_pid and $nsenter)
            or ($host_root and ($chroot or $reverse))
            or (($privileged or $host_pid) and $reverse))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|html?)$/
}

rule escape_k8s_pod_idle_host_access
{
    meta:
        description = "Kubernetes workload manifest that keeps an idle container (a sleep loop) with the node's root filesystem mounted, privileged, or in the host's PID namespace: a pod left for someone to exec into and reach the node (badPods shapes); node agents that mount / read-only are left out"
        severity = "medium"
        confidence = "medium"
        category = "container-escape"
    strings:
        $kind = /kind:\s*(Pod|Deployment|DaemonSet|StatefulSet|Job|CronJob|ReplicaSet|ReplicationController)\b/
        $privileged = /privileged:\s*true/
        $host_pid = /hostPID:\s*true/
        $host_root = /hostPath:\s*\n?\s*path:\s*["']?\/["']?\s*(\n|$|\})/
        // Literal heads for the search ("while true", "infinity", "/dev/null"): an alternation
        // led by `sleep` costs a pass over every binary.
        $idle_loop = /while true; ?do sleep [0-9]+; ?done/
        $idle_forever = /sleep["',\s]+infinity/
        $idle_tail = /tail["',\s]+-f["',\s]+\/dev\/null/
        $read_only = /readOnly:\s*true/
    condition:
        $kind and ($idle_loop or $idle_forever or $idle_tail)
        and ($privileged or $host_pid or ($host_root and not $read_only))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|html?)$/
}

rule escape_cgroup_namespace_release_agent
{
    meta:
        description = "CVE-2022-0492 shape: a new user and cgroup namespace made with unshare (root there without CAP_SYS_ADMIN on the host), a cgroup v1 hierarchy mounted in it and its release_agent written or tested: a program run on the host when the cgroup empties"
        severity = "critical"
        confidence = "high"
        category = "container-escape"
    strings:
        // unshare -UrmC, unshare --user --map-root-user --cgroup ...
        $unshare = /unshare[ \t]+(-[A-Za-z]*U[A-Za-z]*|[^\n]{0,40}--user)/
        $mount = /mount[ \t]+(-[a-z][ \t]+[^\s]+[ \t]+)*-t[ \t]+cgroup[ \t]/
        $agent = "release_agent" ascii
    condition:
        $unshare and $mount and $agent
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule escape_host_disk_mount_chroot
{
    meta:
        description = "Script that looks for the host's disks (fdisk -l, lsblk, blkid, /proc/partitions), mounts a block device and chroots into it or writes the host's accounts, cron or SSH keys through it: a privileged container taking over its host's filesystem; reported medium since installers mount and chroot too"
        severity = "medium"
        confidence = "medium"
        category = "container-escape"
    strings:
        $list = /fdisk[ \t]+-l|\blsblk\b|\bblkid\b|\/proc\/partitions/
        // mount /dev/xxx /mnt or mount "$DISK" /mnt: a device path or a variable.
        $mount = /\bmount[ \t]+(-[a-z]+[ \t]+[^\s]+[ \t]+)*["']?(\/dev\/|\$\{?[A-Za-z_])[^\s]{0,60}["']?[ \t]+["']?\/[^\s]{0,60}/
        $enter = /\bchroot[ \t]+["']?[\/$]/
        $write = />>?[ \t]*["']?\$?\{?[A-Za-z_\/][^\s]{0,40}\/(etc\/(passwd|shadow|sudoers|crontab|cron\.d)|root\/\.ssh\/authorized_keys)/
    condition:
        $list and $mount and ($enter or $write)
        and filesize < 100KB
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9])$/
}

// Round 6: escapes written in a programming language (exploit kits such as CDK, runc PoCs)
// rather than as shell lines. What they must write is the same, so the rules look for the
// kernel interfaces' names as string literals beside what only an escape needs.

rule escape_host_disk_mount_in_code
{
    meta:
        description = "Exploit-kit code (Go, Crystal, Python, Ruby...) that finds the host's disks (the root= device of /proc/cmdline, fdisk -l, disk partitions, lsblk/blkid), runs mount on one (exec.Command(\"mount\", dev, dir), system(\"mount UUID=...\")) and says what it does (container escape, device breakout): the privileged-container disk escape of CDK and docker-escape tools, written as a program rather than as shell lines"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $cmdline = "/proc/cmdline"
        $root = "root="
        $list = /fdisk["', \t]{1,6}-l|disk\.Partitions\(|\blsblk\b|\bblkid\b|\/proc\/partitions/
        // mount spawned from code: a call with "mount" as the program, or a command string
        // mounting a device given by path, UUID or label.
        $mount_call = /(exec\.Command|Popen|subprocess\.(run|call|check_call|check_output)|Process\.(run|new)|spawn)[ \t]*\([ \t]*\[?[ \t]*["']mount["'][ \t]*,/
        $mount_str = /["'`][ \t]*mount[ \t]+(-[a-z]+[ \t]+)*(UUID=|LABEL=|\/dev\/(sd|vd|xvd|hd|nvme|dm-|mapper\/)|#\{|\$\{|%s)/
        $say = /(escape|escaping)[^\n]{0,40}(container|docker|privileged)|(container|docker|privileged)[^\n]{0,30}(escape|escaping)|break[ -]?out/ nocase
    condition:
        filesize < 64KB
        and ($mount_call or $mount_str)
        and ($list or ($cmdline and $root))
        and $say
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod)$/
}

rule escape_release_agent_in_code
{
    meta:
        description = "Program or script (any language) that arms a cgroup v1 release_agent: it names notify_on_release and release_agent and looks up where its own filesystem lives on the host (overlay upperdir/perdir in /etc/mtab or mountinfo), which only an escape needs: the host runs the release agent from that path"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $agent = "release_agent" ascii
        $notify = "notify_on_release" ascii
        $upper = /(upperdir|perdir)=/
        $where = /\/etc\/mtab|\/proc\/(self|1)\/mountinfo|GetMountInfo|mountinfo/
    condition:
        $agent and $notify and ($upper or $where)
        and uint32(0) != 0x464c457f
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule escape_runc_binary_overwrite
{
    meta:
        description = "CVE-2019-5736 shape: code that finds the runc process through /proc, opens its binary through /proc/<pid>/exe or a /proc/self/fd handle for writing and puts a script there (or turns a binary into `#!/proc/self/exe`), or C that picks runc out by comparing a process's exe with runc's paths and reopens it through /proc/<pid>/fd for writing, or a small program that takes the binary with O_PATH and reopens /proc/self/fd/<fd> with O_WRONLY|O_TRUNC to write a payload: the host's runc is replaced and runs the payload as root"
        severity = "critical"
        confidence = "high"
        category = "container-escape"
    strings:
        $self_exe = "#!/proc/self/exe" ascii
        $runc = /["'`]runc(init)?["'`]|runc:\[/
        $exe = /\/proc\/["'`\s+]{0,6}[^\n]{0,40}\/exe/
        $write = /O_WRONLY|O_TRUNC|O_RDWR|\bopen\([^\n]{0,80}["']w/
        // C exploits that tell runc by comparing /proc/<pid>/exe's target with runc's paths
        // (strcmp(buf, "/usr/libexec/docker/docker-runc-current"), the memfd "runc_cloned")
        // and reopen it through /proc/<pid>/fd/<n> for writing: runc's own code never compares
        // its path like this.
        $cmp_runc = /str(n)?cmp\s*\(\s*\w{1,20}\s*,\s*"[^"\n]{0,60}(docker-runc|runc_cloned|\/runc")/
        $fd_reopen = /\/proc\/(self|%d)\/fd\/%d/
        // Round 17b: a handle taken with O_PATH (the binary cannot be opened for writing while
        // runc runs) and reopened through /proc/self/fd/<fd> with O_WRONLY|O_TRUNC until the
        // write goes through, a payload ready: the race the Go and C PoCs share, whatever finds
        // the file. runc's own code reopens its descriptors too, but never truncates its binary
        // to write a payload into it.
        $fd_self = /\/proc\/self\/fd\/(%d|#\{|["'`][ \t]*\+)/
        $opath = "O_PATH"
        $trunc = /O_WRONLY[ \t]*\|[ \t]*(os\.|syscall\.|unix\.)?O_TRUNC|O_TRUNC[ \t]*\|[ \t]*(os\.|syscall\.|unix\.)?O_WRONLY/
        $runc_word = "runc"
        $payload = /[Pp]ayload/
    condition:
        ($self_exe and ($runc or $exe) and $write
            or $cmp_runc and $exe and $fd_reopen and $write
            or $fd_self and $opath and $trunc and $runc_word and $payload and filesize < 32KB)
        and uint32(0) != 0x464c457f
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule escape_core_pattern_in_code
{
    meta:
        description = "Program or script that writes the kernel's core_pattern with a pipe (`|/path`): the host's kernel then runs that program as root for every crash, the procfs escape of exploit kits (CDK mount-procfs and its kin)"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $path = /core_pattern["'`]/
        $pipe = /["'`]\|/
        // Literals: a `>` or a bounded class here ran the regex engine on most files.
        $write = /[Ww]rite(File|String|Text|Bytes)?\(|fprintf|fputs|printf |echo |tee /
    condition:
        $path and $pipe and $write
        and uint32(0) != 0x464c457f
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc)$/
}

rule escape_kernel_write_primitive_source
{
    meta:
        description = "Exploit source that writes files it may only read, from inside a container: a host file opened by handle (open_by_handle_at beside a bind-mounted /etc/hosts, the Shocker way), Dirty Pipe (a drained pipe spliced into a read-only file), Dirty COW (madvise(MADV_DONTNEED) racing /proc/self/mem or ptrace pokes) or a symlink swapped with RENAME_EXCHANGE under a copying daemon; API declarations (libc bindings) name these calls without using them this way"
        severity = "medium"
        confidence = "medium"
        category = "container-escape"
    strings:
        $h1 = "open_by_handle_at("
        $h2 = "struct file_handle"
        $h3 = /"\/etc\/(hosts|hostname|resolv\.conf)"|"\/\.dockerinit"/
        // Dirty Pipe: the pipe's size read to fill and drain it, and a read-only target. No
        // "splice(": JavaScript's `.splice(` would put its atoms in every script.
        $p1 = "F_GETPIPE_SZ"
        $p3 = /"\/etc\/(passwd|shadow|hosts|crontab)"|"\/proc\/self\/exe"/
        $c1 = /MADV_DONTNEED ?\)/
        $c2 = /"\/proc\/self\/mem"|ptrace\(PTRACE_POKE(TEXT|DATA)/
        $c3 = "pthread_create("
        $r1 = /RENAME_EXCHANGE ?\)/
        $r2 = "renameat2"
        $r3 = "symlink("
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and (($h1 and $h2 and $h3) or ($p1 and $p3) or ($c1 and $c2 and $c3) or ($r1 and $r2 and $r3))
}

rule escape_docker_cp_race_loop
{
    meta:
        description = "Script that runs `docker cp` into a container over and over (an endless loop): the host side of the docker cp symlink-swap race (CVE-2018-15664), where a container swaps a path for a symlink to the host's root while the daemon copies"
        severity = "medium"
        confidence = "medium"
        category = "container-escape"
    strings:
        $loop = /while (true|:|\[ 1 \])/
        $cp = /docker cp [^\n]{0,80}\$\{?[A-Za-z_]{0,20}(ctr|cid|container|id)[A-Za-z_]{0,10}\}?:/
    condition:
        filesize < 64KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and $loop and $cp and @cp[1] > @loop[1]
}

rule escape_kubelet_api_command_exec
{
    meta:
        description = "Script or program that runs commands in other pods through the kubelet's or API server's exec endpoints by hand: a kubelet URL on port 10250 with /run/ or /exec/, a kubelet exec path with ?command=, or a raw `GET /api/v1/namespaces/.../pods/.../exec` request upgraded to a websocket or SPDY stream (CVE-2018-1002105 and the kubelet-API attacks of cloud worms)"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $kubelet_run = ":10250/run/"
        $kubelet_exec = ":10250/exec/"
        // /exec/<namespace>/<pod>/<container>?command=... (kubelet's own exec path).
        $exec_path = /\/exec\/[A-Za-z0-9{}$%_.-]{1,40}\/[A-Za-z0-9{}$%_.-]{1,80}\/[A-Za-z0-9{}$%_.-]{1,80}\?command=/
        $raw_exec = /(GET|POST) \/api\/v1\/namespaces\/[^ \n]{1,80}\/pods\/[^ \n]{1,80}\/exec/
        $upgrade = /Upgrade: (websocket|SPDY)/
    condition:
        ($kubelet_run or $kubelet_exec or $exec_path or ($raw_exec and $upgrade))
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule escape_kubelet_log_symlink
{
    meta:
        description = "Code that links the host's root directory into /var/log (a hostPath mount) and reads it back through the kubelet's /logs endpoint: the kube-pod-escape technique, which turns a pod allowed to read node logs into a reader of every host file"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $py_link = /symlink\(["']\/["'], ?["'][^"'\n]{0,40}\/var\/log\//
        $sh_link = /ln -s[f]? \/ [^\n]{0,20}\/var\/log\//
        $logs = /:10250\/logs|\/proxy\/logs\//
    condition:
        ($py_link or $sh_link) and $logs
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule escape_kernel_heap_spray_exploit
{
    meta:
        description = "Kernel exploit source that grooms the slab with System V message queues (msgsnd/msgrcv spraying msg_msg objects) and corrupts pipe_buffer or msg_msg objects: the heap primitive of the netfilter, fsconfig and io_uring exploits that take root in the kernel every container shares, and from there the host (kCTF escapes, CVE-2021-22555)"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $msgsnd = "msgsnd("
        $msgrcv = "msgrcv("
        $msg_msg = "msg_msg"
        $pipe_buffer = "pipe_buffer"
        $spray = /[Ss]pray/
    condition:
        $msgsnd and $msgrcv and ($msg_msg or $pipe_buffer) and #spray >= 2
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule escape_k8s_node_log_reader_with_varlog_mount
{
    meta:
        description = "Kubernetes manifest that grants get on nodes/log (the kubelet's /logs endpoint) and mounts the node's /var/log through a hostPath volume in the same file: the kube-pod-escape setup, where a link to / written into the mounted /var/log is then read back through the kubelet as root. Log collectors mount /var/log but read files, not nodes/log; the API server's kubelet role holds nodes/log but mounts nothing"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $nodes_log = /(- |["'\[, ])nodes\/log\b/
        $hostpath = "hostPath:"
        $varlog = /\bpath: ?["']?\/var\/log\/?["']?[ \t]*\r?\n/
        $kind = "kind:"
    condition:
        $kind and $nodes_log and $hostpath and $varlog
        and filesize < 200KB
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule escape_host_mount_persistence_write
{
    meta:
        description = "Script run in a container that has the host's root mounted (/mnt, /host, /hostfs, /rootfs) and writes the host's persistence places through it (`> /mnt/etc/crontab`, `>> /mnt/etc/rc.local`, `>> /host/root/.ssh/authorized_keys`, sshd_config, sudoers, ld.so.preload), with a download piped to a shell or the host files' immutable flag removed: Docker-API botnets plant themselves on the host this way. Two signals: the write through the host mount and the payload or the unlocking"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $write = /(>>?|tee[ \t]+(-a[ \t]+)?)[ \t]*["']?\/?(mnt|host|hostfs|rootfs|host-root|hostroot|mnt\/host)\/(etc\/(crontab|cron\.d\/|rc\.local|ssh\/sshd_config|sudoers|passwd|shadow|ld\.so\.preload|profile)|root\/\.ssh\/authorized_keys|root\/\.bashrc|var\/spool\/cron\/)/
        $pipe = /(curl|wget)[ \t][^\n|]{0,200}\|[ \t]*(sed[^|\n]{0,40}\|[ \t]*)?(\/usr)?(\/bin\/)?(ba)?sh\b/
        $unlock = /chattr[ \t]+-[iau]+[ \t]+["']?\/(mnt|host|hostfs|rootfs)\//
    condition:
        $write and ($pipe or $unlock)
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not filepath matches /\/(doc|docs|man|html|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
}

rule escape_kernel_modprobe_path_trigger
{
    meta:
        description = "Kernel exploit source that overwrites modprobe_path and then runs a file of unknown magic (\"\\xff\\xff\\xff\\xff\") so that the kernel starts the attacker's script as root: the payload stage of io_uring, netfilter and xattr exploits, root in the kernel every container shares"
        severity = "high"
        confidence = "medium"
        category = "container-escape"
    strings:
        $modprobe = "modprobe_path"
        // The trigger file's bytes, as a C literal.
        $magic = "\\xff\\xff\\xff\\xff"
        $run = /(execl|execve|execv|system)\s*\(\s*"?\/?[\w\/.]{0,40}/
    condition:
        $modprobe and $magic and $run
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|html|info)\//
}

rule escape_kernel_exploit_joins_host_namespaces
{
    meta:
        description = "Kernel exploit source whose payload takes root and the host's namespaces (commit_creds and switch_task_namespaces(find_task_by_vpid(1), init_nsproxy) in a ROP chain) and whose shell then joins PID 1's namespaces (setns(open(\"/proc/1/ns/mnt\"))): the container-escape shape of the kCTF exploits"
        severity = "critical"
        confidence = "high"
        category = "container-escape"
    strings:
        $commit = /commit_creds|COMMIT_CREDS/
        $switch = /switch_task_namespaces|SWITCH_TASK_NAMESPACES/
        $nsproxy = /init_nsproxy|INIT_NSPROXY/
        $setns = /setns\s*\(\s*open\s*\(\s*"\/proc\/1\/ns\//
    condition:
        $setns and $commit and ($switch or $nsproxy)
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|html|info)\//
}
