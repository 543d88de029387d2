# Sourced by the test scripts that build images with umoci, once WORK (a scratch directory)
# is set: a reproducible environment, the layout and bundle paths, and the helpers that write
# files into the bundle and turn what changed into a layer.

export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000
umask 022
ROOTLESS=()
[ "$(id -u)" -eq 0 ] || ROOTLESS=(--rootless)
L="$WORK/layout"; B="$WORK/bundle"; R="$B/rootfs"

w() { mkdir -p "$(dirname "$1")"; printf '%s' "$2" >"$1"; }       # w FILE CONTENT
unpack() { rm -rf "$B"; umoci unpack "${ROOTLESS[@]}" --image "$1" "$B" >/dev/null; }
repack() {  # repack IMAGE CREATED_BY: a layer from what changed under $R
    umoci repack --history.created_by "$2" --image "$1" "$B"
    rm -rf "$B"
}
