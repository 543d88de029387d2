#!/usr/bin/env bash
# Build real multi-layer container images with umoci and skopeo, plus the
# oracle trees that layerhound's merged view must reproduce.
#
#   bash tests/oracle/make-oracle-images.sh OUTDIR
#
# For each image NAME in OUTDIR:
#   NAME.oci.tar      OCI layout (index.json, blobs/sha256/...) packed with tar, gzip layers
#   NAME.docker.tar   the same image via `skopeo copy ... docker-archive:...:NAME:latest`
#   NAME.tree.tsv     `umoci unpack` of the image, listed by tests/oracle/tree.py
# and multi.oci.tar: one layout holding two tags sharing the base layer, with
# multi.tree.TAG.tsv per tag.
#
# Needs: umoci, skopeo, python3, GNU coreutils/tar/findutils. Run as root: only
# then are the non-root owners (uid 1000, 1001, 2000) set. Without root it falls
# back to `umoci --rootless`, skips the chowns (all files 0:0) and lists the
# oracle with `tree.py --self-as-root`.
# Layers are written by `umoci repack` (umoci computes the whiteouts itself),
# except opaque-directory layers, which are hand-made tars added with
# `umoci raw add-layer` (umoci never writes `.wh..wh..opq` itself).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
for tool in umoci skopeo python3 tar; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 1; }
done

HERE=$(cd "$(dirname "$0")" && pwd)
TREE="$HERE/tree.py"
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
WORK=$(mktemp -d /tmp/layerhound-oracle.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000
umask 022
T0=1700000000
STEP=0          # each layer / config change gets T0 + STEP*60
ROOTLESS=()
[ "$(id -u)" -eq 0 ] || ROOTLESS=(--rootless)

next_created() {
    STEP=$((STEP + 1))
    CREATED=$(date -u -d "@$((T0 + STEP * 60))" +%Y-%m-%dT%H:%M:%SZ)
}

# stamp DIR: fixed mtime on everything (symlinks themselves included)
stamp() { find "$1" -exec touch -h -d "@$T0" {} +; }

# new_image LAYOUT TAG: empty image with a fixed creation date and platform
new_image() {
    [ -d "$1" ] || umoci init --layout "$1"
    umoci new --image "$1:$2"
    umoci config --no-history --created "$(date -u -d "@$T0" +%Y-%m-%dT%H:%M:%SZ)" \
        --architecture amd64 --os linux --image "$1:$2"
}

# unpack IMAGE BUNDLE
unpack() { rm -rf "$2"; umoci unpack "${ROOTLESS[@]}" --image "$1" "$2" >/dev/null; }

# repack IMAGE BUNDLE CREATED_BY: new layer from the bundle's changes
repack() {
    next_created
    stamp "$2/rootfs"
    umoci repack --refresh-bundle --history.created "$CREATED" \
        --history.created_by "$3" --image "$1" "$2"
}

# add_layer IMAGE STAGEDIR CREATED_BY: hand-made layer tar added verbatim
add_layer() {
    next_created
    stamp "$2"
    tar --sort=name --numeric-owner --format=gnu -C "$2" -cf "$WORK/layer.tar" .
    umoci raw add-layer --history.created "$CREATED" --history.created_by "$3" \
        --image "$1" "$WORK/layer.tar"
    rm -f "$WORK/layer.tar"
}

# pack_layout LAYOUT FILE: the OCI layout directory as an oci-archive
pack_layout() {
    umoci gc --layout "$1"
    stamp "$1"
    tar --sort=name --numeric-owner --owner=0 --group=0 --format=gnu \
        -C "$1" -cf "$2" .
}

# oracle IMAGE TSV: umoci's own merged view of the image
oracle() {
    unpack "$1" "$WORK/oracle-bundle"
    python3 "$TREE" ${ROOTLESS:+--self-as-root} "$WORK/oracle-bundle/rootfs" >"$2"
    rm -rf "$WORK/oracle-bundle"
}

# finish NAME: write NAME.oci.tar, NAME.docker.tar, NAME.tree.tsv
finish() {
    local name=$1 layout="$WORK/$1"
    pack_layout "$layout" "$OUT/$name.oci.tar"
    rm -f "$OUT/$name.docker.tar"
    skopeo copy -q "oci:$layout:$name" "docker-archive:$OUT/$name.docker.tar:$name:latest"
    oracle "$layout:$name" "$OUT/$name.tree.tsv"
}

# own UID:GID PATH...: chown as root; without root (umoci --rootless) ownership
# cannot be set and everything stays owned by the container's root
own() { if [ "${#ROOTLESS[@]}" -eq 0 ]; then chown "$@"; fi; }
w() { mkdir -p "$(dirname "$1")"; printf '%s' "$2" >"$1"; }   # w FILE CONTENT

###########################################################################
# deletes: file and directory whiteouts, overwrites, delete-then-recreate
###########################################################################
L="$WORK/deletes"; B="$WORK/b"; R="$B/rootfs"
new_image "$L" deletes
unpack "$L:deletes" "$B"
w "$R/etc/hostname" $'base-host\n'
w "$R/etc/app/conf.d/a.conf" $'level=1\n'
w "$R/etc/app/conf.d/b.conf" $'keep=yes\n'
: >"$R/etc/app/empty.conf"
: >"$R/empty"
w "$R/data/keep.txt" $'keep me\n'
w "$R/data/delete-me.txt" $'this file is deleted in layer 2\n'
w "$R/olddir/sub/deep.txt" $'old deep\n'
w "$R/olddir/top.txt" $'old top\n'
w "$R/recreate.txt" $'version 1\n'
w "$R/a/b/c/d/e.txt" $'nested\n'
repack "$L:deletes" "$B" "/bin/sh -c #(nop) ADD base files"
rm "$R/data/delete-me.txt"
rm -r "$R/olddir"
w "$R/etc/hostname" $'layer2-host\n'
rm "$R/recreate.txt"
rm -r "$R/a/b/c/d"
repack "$L:deletes" "$B" "/bin/sh -c rm -rf /data/delete-me.txt /olddir /recreate.txt /a/b/c/d"
w "$R/recreate.txt" $'version 3\n'
w "$R/olddir/new.txt" $'recreated dir, new content\n'
w "$R/etc/app/conf.d/a.conf" $'level=3\n'
w "$R/etc/hostname" $'final-host\n'
repack "$L:deletes" "$B" "/bin/sh -c echo level=3 > /etc/app/conf.d/a.conf"
finish deletes

###########################################################################
# types: file<->symlink, dir<->file, symlink kinds, symlink retarget
###########################################################################
L="$WORK/types"
new_image "$L" types
unpack "$L:types" "$B"
w "$R/etc/x" $'x\n'
w "$R/f2l" $'regular file, becomes a symlink\n'
w "$R/f2l.target" $'target of f2l\n'
ln -s /etc/x "$R/l2f"
mkdir -p "$R/d2f/child/grandchild"
w "$R/d2f/child/grandchild/g.txt" $'g\n'
w "$R/d2f/c.txt" $'c\n'
w "$R/f2d" $'file, becomes a dir\n'
mkdir -p "$R/links"
ln -s ../etc/x "$R/links/rel"
ln -s /etc/x "$R/links/abs"
ln -s /nonexistent/path "$R/links/dangling-abs"
ln -s ../missing "$R/links/dangling-rel"
ln -s /etc "$R/links/dirlink"
ln -s x "$R/etc/x.link"
repack "$L:types" "$B" "/bin/sh -c #(nop) ADD base files"
rm "$R/f2l"; ln -s f2l.target "$R/f2l"
rm "$R/l2f"; w "$R/l2f" $'was a symlink, now a file\n'
rm -r "$R/d2f"; w "$R/d2f" $'was a directory, now a file\n'
rm "$R/f2d"; mkdir "$R/f2d"; w "$R/f2d/inside.txt" $'inside new dir\n'
rm "$R/links/rel"; ln -s ../f2l.target "$R/links/rel"
repack "$L:types" "$B" "/bin/sh -c swap file/symlink/dir types"
rm "$R/etc/x.link"; w "$R/etc/x.link" $'symlink replaced by file again\n'
rm "$R/links/dangling-rel"; mkdir "$R/links/dangling-rel"
repack "$L:types" "$B" "/bin/sh -c more type changes"
finish types

###########################################################################
# perms: modes, ownership, hardlinks (one whose first name is deleted), fifo
###########################################################################
L="$WORK/perms"
new_image "$L" perms
unpack "$L:perms" "$B"
mkdir -p "$R/bin" "$R/tmp" "$R/home/alice/.ssh" "$R/hl" "$R/hl2" "$R/srv/shared" "$R/run"
w "$R/bin/tool" $'#!/bin/sh\necho tool\n'; chmod 0755 "$R/bin/tool"
w "$R/bin/suid" $'#!/bin/sh\necho setuid\n'; chmod 04755 "$R/bin/suid"
w "$R/bin/sgid" $'#!/bin/sh\necho setgid\n'; chmod 02755 "$R/bin/sgid"
chmod 01777 "$R/tmp"
w "$R/home/alice/.ssh/id_ed25519" $'not a real key\n'
chmod 0600 "$R/home/alice/.ssh/id_ed25519"
chmod 0700 "$R/home/alice/.ssh"
chmod 0750 "$R/home/alice"
own -R 1000:1000 "$R/home/alice"
own 1001:50 "$R/srv/shared"; chmod 02775 "$R/srv/shared"
w "$R/srv/shared/report.txt" $'owned by 1001:50\n'; own 1001:50 "$R/srv/shared/report.txt"
w "$R/hl/orig" $'shared content of three names\n'
ln "$R/hl/orig" "$R/hl/link1"
ln "$R/hl/orig" "$R/hl/link2"
w "$R/hl2/a-original" $'hardlink whose first name is deleted later\n'
ln "$R/hl2/a-original" "$R/hl2/z-alias"
: >"$R/empty-0600"; chmod 0600 "$R/empty-0600"
mkfifo -m 0644 "$R/run/fifo"
repack "$L:perms" "$B" "/bin/sh -c #(nop) ADD base files"
rm "$R/hl2/a-original"
chmod 0700 "$R/bin/tool"                        # metadata-only change
own 2000:2000 "$R/srv/shared/report.txt"      # ownership-only change
w "$R/home/alice/notes" $'alice notes\n'; own 1000:1000 "$R/home/alice/notes"; chmod 0640 "$R/home/alice/notes"
repack "$L:perms" "$B" "/bin/sh -c rm /hl2/a-original && chmod 700 /bin/tool && chown 2000:2000 /srv/shared/report.txt"
rm "$R/hl/link1"; w "$R/hl/link1" $'link1 replaced by its own file\n'   # hardlink broken
ln "$R/bin/suid" "$R/bin/suid-hardlink"
repack "$L:perms" "$B" "/bin/sh -c echo > /hl/link1 && ln /bin/suid /bin/suid-hardlink"
# umoci re-emits a hardlink's other names when their link count changes, so the
# "hardlink target deleted later" case with nothing re-emitted needs a raw layer:
# hl3/b-second stays a hardlink entry (in layer 1) to hl3/a-first, deleted here.
w "$R/hl3/a-first" $'reachable only through the hardlink entry b-second\n'
ln "$R/hl3/a-first" "$R/hl3/b-second"
repack "$L:perms" "$B" "/bin/sh -c #(nop) ADD hl3 in /hl3"
S="$WORK/stage"; rm -rf "$S"; mkdir -p "$S/hl3"
: >"$S/hl3/.wh.a-first"
add_layer "$L:perms" "$S" "/bin/sh -c rm /hl3/a-first"
rm -rf "$S"
finish perms

###########################################################################
# opaque: hand-made `.wh..wh..opq` layers, then recreating hidden names
###########################################################################
L="$WORK/opaque"
new_image "$L" opaque
unpack "$L:opaque" "$B"
w "$R/opq/lower1" $'lower 1\n'
w "$R/opq/lower2" $'lower 2\n'
w "$R/opq/sub/lower3" $'lower 3\n'
w "$R/opq2/old" $'old\n'
w "$R/keep/x" $'kept\n'
w "$R/mixed/gone" $'whited out by name\n'
w "$R/mixed/stays" $'stays\n'
repack "$L:opaque" "$B" "/bin/sh -c #(nop) ADD base files"
S="$WORK/stage"; rm -rf "$S"; mkdir -p "$S"
mkdir -p "$S/opq/sub2" "$S/opq2" "$S/mixed"
: >"$S/opq/.wh..wh..opq"
w "$S/opq/new1" $'new 1 (upper, kept)\n'
w "$S/opq/sub2/new2" $'new 2 (upper, kept)\n'
: >"$S/opq2/.wh..wh..opq"
: >"$S/mixed/.wh.gone"
w "$S/mixed/added" $'added next to a whiteout\n'
add_layer "$L:opaque" "$S" "/bin/sh -c #(nop) ADD opaque.tar in /"
rm -rf "$S"; mkdir -p "$S/opq/sub"
: >"$S/opq/.wh..wh..opq"
w "$S/opq/sub/lower3" $'opaque twice: re-added below the second opaque dir\n'
add_layer "$L:opaque" "$S" "/bin/sh -c #(nop) ADD opaque2.tar in /"
rm -rf "$S"
unpack "$L:opaque" "$B"                          # fresh bundle after raw layers
w "$R/opq/lower1" $'lower1 recreated after being hidden by opaque\n'
w "$R/opq2/fresh" $'fresh\n'
rm -r "$R/opq/sub"; mkdir "$R/opq/sub"; w "$R/opq/sub/other" $'dir deleted and recreated in one layer\n'
repack "$L:opaque" "$B" "/bin/sh -c recreate names under opaque dirs"
finish opaque

###########################################################################
# parents: entries, whiteouts and hardlinks written through symlinked parent
# directories (merged-/usr style links, absolute links, a link climbing out).
# No whiteout goes through a symlinked parent here: umoci leaves its target in
# place, while containerd and Docker (what containers run on) remove it;
# layerhound follows containerd, so that case is a unit test instead.
###########################################################################
L="$WORK/parents"
new_image "$L" parents
unpack "$L:parents" "$B"
w "$R/usr/lib/old.so" $'old library\n'
w "$R/usr/lib/kept.so" $'kept library\n'
w "$R/usr/share/doc/readme" $'doc\n'
ln -s usr/lib "$R/lib"
ln -s /usr "$R/abs"
ln -s ../../.. "$R/escape"
repack "$L:parents" "$B" "/bin/sh -c #(nop) ADD merged-usr base"
S="$WORK/stage"; rm -rf "$S"; mkdir -p "$S/lib" "$S/abs/share/doc" "$S/escape/etc"
w "$S/lib/new.so" $'written through lib -> usr/lib\n'
w "$S/abs/share/doc/added" $'written through abs -> /usr\n'
ln "$S/lib/new.so" "$S/abs/share/doc/hardlink"
w "$S/escape/etc/escaped" $'a link that climbs out is clamped at the root\n'
add_layer "$L:parents" "$S" "/bin/sh -c #(nop) ADD through-links.tar in /"
rm -rf "$S"
finish parents

###########################################################################
# multi: one layout, two tags sharing the base layer
###########################################################################
L="$WORK/multi"
new_image "$L" base
unpack "$L:base" "$B"
w "$R/etc/os-release" $'ID=oracle\n'
w "$R/shared/common.txt" $'in the shared base layer\n'
w "$R/shared/remove-in-b.txt" $'deleted only in tag b\n'
repack "$L:base" "$B" "/bin/sh -c #(nop) ADD base files"
unpack "$L:base" "$B"
w "$R/only-a.txt" $'only in a\n'
w "$R/shared/common.txt" $'overwritten in a\n'
repack "$L:a" "$B" "/bin/sh -c echo a"
unpack "$L:base" "$B"
w "$R/only-b.txt" $'only in b\n'
rm "$R/shared/remove-in-b.txt"
repack "$L:b" "$B" "/bin/sh -c echo b"
umoci rm --image "$L:base"
pack_layout "$L" "$OUT/multi.oci.tar"
for tag in a b; do
    oracle "$L:$tag" "$OUT/multi.tree.$tag.tsv"
done
rm -rf "$B"
