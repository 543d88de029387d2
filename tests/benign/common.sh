# Shared by the scripts that build test images from real packages (make-benign-images.sh,
# make-threat-benign-images.sh): download caching, layer and image helpers. Sourced, not run.
#
# The caller sets DEBS, WHEELS and NPMS (what to download), then:
#   benign_init OUTDIR TOOL...    checks the tools, sets OUT, WORK (removed on exit), CACHE
#   fetch_packages                downloads what the cache does not hold (any failure is fatal)
#   new_image LAYOUT TAG          umoci layout and an empty image; sets IMG
#   stage_debs DIR PKG...         dpkg-deb -x each package into DIR, one packages.tsv line each
#   stage_wheels DIR SUBDIR SPEC...   unzip each wheel into DIR/SUBDIR
#   stage_npms DIR SUBDIR SPEC...     untar each npm package into DIR/SUBDIR/NAME
#   add_layer IMAGE DIR CREATED_BY    the staged tree as one layer (DIR is removed)
#   write_tarball LAYOUT FILE     the layout packed with tar into OUT/FILE
#
# BENIGN_CACHE=DIR keeps the downloads in DIR and reuses them on the next run.
# LAYER_TAR_OPTS (array): the GNU tar format options of every layer (default --format=gnu; a
# pax format with --xattrs keeps file capabilities).

fail() { echo "$0: $*" >&2; exit 1; }

benign_init() {
    local out=$1 tool
    shift
    for tool in umoci python3 npm apt-get dpkg-deb tar find "$@"; do
        command -v "$tool" >/dev/null || fail "$tool not found"
    done
    if python3 -m pip --version >/dev/null 2>&1; then PIP=(python3 -m pip)
    elif command -v pip3 >/dev/null; then PIP=(pip3)
    elif command -v pip >/dev/null; then PIP=(pip)
    else fail "pip not found (python3 -m pip, pip3, pip)"
    fi
    mkdir -p "$out"
    OUT=$(cd "$out" && pwd)
    WORK=$(mktemp -d /tmp/layerhound-benign.XXXXXX)
    trap 'rm -rf "$WORK"' EXIT
    CACHE=${BENIGN_CACHE:-$WORK/cache}
    mkdir -p "$CACHE/deb" "$CACHE/wheel" "$CACHE/npm"
    CACHE=$(cd "$CACHE" && pwd)
    export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000
    umask 022
    T0=1700000000
    STEP=0
    [ -n "${LAYER_TAR_OPTS+set}" ] || LAYER_TAR_OPTS=(--format=gnu)
    : >"$OUT/packages.tsv"
}

# ---------------------------------------------------------------- downloads
download_debs() {
    (cd "$CACHE/deb" && apt-get download -q -o APT::Sandbox::User=root "${DEBS[@]}" >/dev/null)
}
missing_debs() {
    local pkg
    for pkg in "${DEBS[@]}"; do
        compgen -G "$CACHE/deb/${pkg}_*.deb" >/dev/null || return 0
    done
    return 1
}
# The cached wheel of NAME VERSION (wheel names keep their project's case: PySocks-1.7.1-...).
find_wheel() {
    find "$CACHE/wheel" -maxdepth 1 -iname "$(echo "$1" | tr '-' '_')-$2-*.whl" | sort | head -1
}
npm_file() { echo "$(echo "${1#@}" | tr '/' '-')-$2.tgz"; }

fetch_packages() {
    local spec name version file
    if missing_debs; then
        # apt-get download needs the package lists: refresh them once if the first try fails.
        if ! download_debs 2>"$WORK/apt.err"; then
            if [ "$(id -u)" -eq 0 ]; then
                apt-get update -qq >/dev/null 2>&1 || true
            fi
            download_debs 2>"$WORK/apt.err" || fail "apt-get download ${DEBS[*]} failed: $(tail -3 "$WORK/apt.err")"
        fi
    fi
    missing_debs && fail "apt-get download left packages missing in $CACHE/deb"

    for spec in "${WHEELS[@]}"; do
        name=${spec%%==*}; version=${spec#*==}
        [ -n "$(find_wheel "$name" "$version")" ] && continue
        "${PIP[@]}" download -q --disable-pip-version-check --no-deps --only-binary=:all: \
            --python-version 3.11 --platform manylinux2014_x86_64 --platform any \
            -d "$CACHE/wheel" "$spec" >"$WORK/pip.err" 2>&1 \
            || fail "pip download $spec failed: $(tail -3 "$WORK/pip.err")"
    done

    for spec in "${NPMS[@]}"; do
        name=${spec%@*}; version=${spec##*@}
        file=$(npm_file "$name" "$version")
        [ -s "$CACHE/npm/$file" ] && continue
        (cd "$CACHE/npm" && npm pack --silent "$spec" >/dev/null 2>"$WORK/npm.err") \
            || fail "npm pack $spec failed: $(tail -3 "$WORK/npm.err")"
        [ -s "$CACHE/npm/$file" ] || fail "npm pack $spec wrote no $file"
    done
}

# ---------------------------------------------------------------- staging
count_files() { find "$1" -type f | wc -l; }

stage_debs() {
    local dir=$1 pkg deb
    shift
    mkdir -p "$dir"
    for pkg in "$@"; do
        deb=$(ls "$CACHE/deb/${pkg}"_*.deb | tail -1)
        dpkg-deb -x "$deb" "$WORK/one"
        printf 'debian\t%s\t%s\t%s\n' "$pkg" "$(dpkg-deb -f "$deb" Version)" "$(count_files "$WORK/one")" >>"$OUT/packages.tsv"
        cp -a "$WORK/one/." "$dir/"
        rm -rf "$WORK/one"
    done
}

stage_wheels() {
    local dir=$1 sub=$2 spec name version whl
    shift 2
    mkdir -p "$dir/$sub"
    for spec in "$@"; do
        name=${spec%%==*}; version=${spec#*==}
        whl=$(find_wheel "$name" "$version")
        python3 -m zipfile -e "$whl" "$WORK/one"
        printf 'pypi\t%s\t%s\t%s\n' "$name" "$version" "$(count_files "$WORK/one")" >>"$OUT/packages.tsv"
        cp -a "$WORK/one/." "$dir/$sub/"
        rm -rf "$WORK/one"
    done
}

stage_npms() {
    local dir=$1 sub=$2 spec name version
    shift 2
    for spec in "$@"; do
        name=${spec%@*}; version=${spec##*@}
        mkdir -p "$dir/$sub/$name"
        tar -xzf "$CACHE/npm/$(npm_file "$name" "$version")" --no-same-owner --strip-components=1 -C "$dir/$sub/$name"
        printf 'npm\t%s\t%s\t%s\n' "$name" "$version" "$(count_files "$dir/$sub/$name")" >>"$OUT/packages.tsv"
    done
}

# ---------------------------------------------------------------- image
next_created() {
    STEP=$((STEP + 1))
    CREATED=$(date -u -d "@$((T0 + STEP * 60))" +%Y-%m-%dT%H:%M:%SZ)
}

new_image() {
    IMG="$1:$2"
    [ -d "$1" ] || umoci init --layout "$1"
    umoci new --image "$IMG"
    umoci config --no-history --created "$(date -u -d "@$T0" +%Y-%m-%dT%H:%M:%SZ)" \
        --architecture amd64 --os linux --image "$IMG"
}

add_layer() {
    next_created
    find "$2" -exec touch -h -d "@$T0" {} +
    tar --sort=name --numeric-owner --owner=0 --group=0 "${LAYER_TAR_OPTS[@]}" \
        -C "$2" -cf "$WORK/layer.tar" .
    umoci raw add-layer --history.created "$CREATED" --history.created_by "$3" \
        --image "$1" "$WORK/layer.tar"
    rm -rf "$WORK/layer.tar" "$2"
}

write_tarball() {
    umoci gc --layout "$1"
    find "$1" -exec touch -h -d "@$T0" {} +
    rm -f "$OUT/$2"
    tar --sort=name --numeric-owner --owner=0 --group=0 --format=gnu -C "$1" -cf "$OUT/$2" .
}
