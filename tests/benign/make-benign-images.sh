#!/usr/bin/env bash
# Build one container image from real packages that ship example keys, test keys and
# documentation credentials, plus a layer of freshly generated real-format secrets.
# tests/benign_secrets.rs scans it: the packages must give no high-confidence secret finding,
# the planted secrets must all be found at confidence high. See tests/benign/README.md.
#
#   bash tests/benign/make-benign-images.sh OUTDIR
#
# Writes:
#   OUTDIR/benign.oci.tar   OCI layout (packed with tar), one image "benign", four gzip layers:
#                           1 Debian packages (apt-get download + dpkg-deb -x) in /, and
#                             this machine's apt package index in /var/lib/apt/lists
#                           2 Python wheels (pip download --no-deps, unzipped) in
#                             /usr/local/lib/python3.11/site-packages
#                           3 npm packages (npm pack, untarred) in /srv/app/node_modules
#                           4 planted secrets, generated on every run
#   OUTDIR/packages.tsv     source, package, version, files (one line per package)
#   OUTDIR/planted.tsv      detector id, path in the image (one line per planted secret)
#
# Needs: umoci, python3 (pip), npm, apt-get, dpkg-deb, ssh-keygen, GNU coreutils/tar/find.
# Downloads from Debian, PyPI and the npm registry; any failed download is fatal (exit 1).
# BENIGN_CACHE=DIR keeps the downloads in DIR and reuses them on the next run (common.sh).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
. "$(dirname "$0")/common.sh"

# Debian packages known to ship example keys, test keys and certificates: botocore's
# documentation examples, CPython's test suite (keycert.pem, badkey.pem, ...), the
# cryptography, jwt and paramiko packages, OpenSSL's manual pages and demos, the CA bundle;
# and the ones that gave false positives once (tests/benign/README.md): python-jose's README
# token in its PKG-INFO, SQLAlchemy/redis/kombu docstring URLs, Go test files with inline keys
# and tokens (x/crypto, go-jose).
DEBS=(python3-botocore python3-certifi ca-certificates ssl-cert openssh-client
      libpython3.11-testsuite python3-cryptography python3-jwt python3-requests
      python3-paramiko libssl-doc
      python3-jose python3-sqlalchemy python3-redis python3-kombu
      golang-golang-x-crypto-dev golang-gopkg-square-go-jose.v2-dev)
# Wheels, pinned so the image is the same on every run (moto ships a proxy CA key).
WHEELS=(botocore==1.44.8 boto3==1.44.8 cryptography==50.0.2 certifi==2026.10.19.post1
        requests==2.34.2 paramiko==5.1.0 PyJWT==2.15.1 Django==5.2.19 stripe==16.1.0
        twilio==9.13.0 google-auth==2.63.0 azure-storage-blob==12.31.1
        python-jose==3.5.0 redis==8.1.0 kombu==5.7.0 moto==5.2.5)
# npm packages, pinned (browser-sync and smtp-server ship a built-in TLS key).
NPMS=(aws-sdk@2.1693.0 jsonwebtoken@9.0.3 stripe@23.1.0 @octokit/rest@22.0.1
      dotenv@18.0.10 pg@8.23.1 mongodb@7.9.0
      mongoose@9.12.1 browser-sync@3.0.4 smtp-server@3.21.6)

# BENIGN_WIDE=1: also the rest of the packages the detectors were checked on by hand (the Go
# standard library source, Ansible's collections, ...). The image is then about 200 MB and
# takes longer to build: for a manual run, not for the test.
if [ "${BENIGN_WIDE:-}" = 1 ]; then
    DEBS+=(golang-1.19-src ansible ansible-core python3-twisted python3-tornado python3-passlib
           python3-oauthlib python3-authlib python3-acme python3-celery python3-pymongo
           python3-psycopg2 python3-flask python3-djangorestframework python3-kubernetes
           python3-docker python3-boto3 python3-google-auth python3-urllib3 python3-httplib2
           libio-socket-ssl-perl phpmyadmin nodejs-doc ruby-net-ssh puma ruby-webrick
           golang-golang-x-net-dev)
    WHEELS+=(anthropic==2.14.0 Authlib==1.9.10 celery==5.7.0 datadog==0.56.0 docker==7.2.0
             firebase-admin==7.7.0 Flask==3.1.3 google-cloud-storage==3.17.1 hvac==2.4.0
             kubernetes==37.0.2 oauthlib==4.0.1 openai==3.57.0 psycopg==3.3.9 PyGithub==2.10.0
             pymongo==4.20.1 python-digitalocean==1.17.0 python-gitlab==8.6.0 SQLAlchemy==2.1.9
             sendgrid==6.12.5 slack-sdk==3.48.0 aiosmtpd==1.4.6 ansible-core==2.19.14
             awscli==1.46.3 boto==2.49.0 josepy==2.2.0 jwcrypto==1.6.1 minio==7.2.20
             sentry-sdk==2.75.0)
    NPMS+=(@anthropic-ai/sdk@1.14.0 @azure/storage-blob@12.32.0 firebase-admin@13.10.0
           @gitbeaker/rest@43.8.0 google-auth-library@10.9.1 @google-cloud/storage@7.22.0
           heroku-client@3.1.4 ioredis@6.0.0 jose@6.2.18 jwt-decode@4.0.0 knex@3.3.0
           mysql2@3.24.6 node-forge@1.4.3 node-vault@0.12.0 nodemailer@10.6.1 openai@6.49.0
           passport-jwt@4.0.1 redis@6.3.1 @sendgrid/mail@8.1.6 sequelize@6.37.8
           @slack/web-api@8.2.0 ssh2@1.17.0 telegraf@4.16.3 twilio@6.3.1 typeorm@1.1.1
           @aws-sdk/client-s3@3.1175.0 @aws-sdk/credential-providers@3.1175.0 localtunnel@2.0.2
           minio@8.0.7 node-gyp@12.4.0 pem@1.14.8 webpack-dev-server@5.2.7)
fi

benign_init "$1" ssh-keygen
fetch_packages

L="$WORK/layout"
new_image "$L" benign
S="$WORK/stage"
stage_debs "$S" "${DEBS[@]}"
# apt's package index, as an image keeps it when `apt-get update` ran in a layer of its own: 60,000
# packages' names (python3-facebook, jenkins-job-builder, ...) beside their MD5sum/SHA256 digests.
INDEX=$(ls /var/lib/apt/lists/*_dists_*_main_binary-*_Packages* 2>/dev/null | grep -v -e -security -e -updates | head -1 || true)
if [ -z "$INDEX" ]; then
    echo "$0: no apt package index under /var/lib/apt/lists (apt-get update)" >&2
    exit 1
fi
mkdir -p "$S/var/lib/apt/lists"
/usr/lib/apt/apt-helper cat-file "$INDEX" >"$S/var/lib/apt/lists/$(basename "$INDEX" | sed -E 's/\.(lz4|gz|xz|zst|bz2)$//')"
add_layer "$IMG" "$S" "/bin/sh -c apt-get install -y ${DEBS[*]}"
stage_wheels "$S" usr/local/lib/python3.11/site-packages "${WHEELS[@]}"
add_layer "$IMG" "$S" "/bin/sh -c pip install --no-deps ${WHEELS[*]}"
stage_npms "$S" srv/app/node_modules "${NPMS[@]}"
add_layer "$IMG" "$S" "/bin/sh -c cd /srv/app && npm install ${NPMS[*]}"

# ---------------------------------------------------------------- layer 4: planted secrets
# Generated here on every run, so no detector can know them: an AWS key pair in the CLI's
# credentials file, an unencrypted ed25519 key from ssh-keygen, a GitHub token with a valid
# checksum in a git credential store, an RSA key from openssl (when it is installed).
: >"$OUT/planted.tsv"
mkdir -p "$S/root/.aws" "$S/root/.ssh"
# The Python-drawn values come from one seed (LAYERHOUND_TEST_SEED replays it; the ssh and
# openssl keys are drawn by those tools).
SEED=${LAYERHOUND_TEST_SEED:-$(python3 -c 'import secrets; print(secrets.randbits(48))')}
echo "$0: seed $SEED (LAYERHOUND_TEST_SEED=$SEED replays the AWS pair and the GitHub token)" >&2
read -r KEY_ID SECRET_KEY GH_TOKEN < <(python3 - "$SEED" <<'EOF'
import random, sys, zlib
secrets = random.Random(int(sys.argv[1]))
b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
b62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
key_id = "AKIA" + "".join(secrets.choice(b32) for _ in range(16))
secret = "".join(secrets.choice(b64) for _ in range(40))
random = "".join(secrets.choice(b62) for _ in range(30))
n, check = zlib.crc32(random.encode()), ""
for _ in range(6):
    check, n = b62[n % 62] + check, n // 62
print(key_id, secret, "ghp_" + random + check)
EOF
)
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n' \
    "$KEY_ID" "$SECRET_KEY" >"$S/root/.aws/credentials"
printf 'aws-access-key-id\t/root/.aws/credentials\naws-secret-access-key\t/root/.aws/credentials\n' >>"$OUT/planted.tsv"
ssh-keygen -q -t ed25519 -N '' -C deploy@build -f "$S/root/.ssh/id_ed25519"
printf 'openssh-private-key\t/root/.ssh/id_ed25519\n' >>"$OUT/planted.tsv"
printf 'https://deploy:%s@github.com\n' "$GH_TOKEN" >"$S/root/.git-credentials"
printf 'github-token\t/root/.git-credentials\n' >>"$OUT/planted.tsv"
if command -v openssl >/dev/null; then
    mkdir -p "$S/etc/ssl/private"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$S/etc/ssl/private/server.key" 2>/dev/null
    printf 'pem-private-key\t/etc/ssl/private/server.key\n' >>"$OUT/planted.tsv"
fi
chmod 0700 "$S/root" "$S/root/.ssh" "$S/root/.aws"
chmod 0600 "$S/root/.aws/credentials" "$S/root/.git-credentials"
add_layer "$IMG" "$S" "/bin/sh -c aws configure && ssh-keygen -t ed25519 && git config credential.helper store"

# ---------------------------------------------------------------- write the tarball
write_tarball "$L" benign.oci.tar
echo "$OUT/benign.oci.tar: $(stat -c %s "$OUT/benign.oci.tar") bytes, $(awk -F'\t' '{n += $4} END {print n}' "$OUT/packages.tsv") package files, $(wc -l <"$OUT/planted.tsv") planted secrets"
