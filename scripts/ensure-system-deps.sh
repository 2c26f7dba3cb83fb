#!/usr/bin/env bash
# Installs what the test suite needs from the system and a fresh Debian machine lacks:
# a PostgreSQL server (integration tests start a throwaway cluster), Chromium (browser tests), and poppler's
# pdfsig with NSS's certutil (the PDF signature tests check Talon's signatures with a standard tool).
set -euo pipefail

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || missing+=(postgresql)
command -v chromium > /dev/null || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdfsig > /dev/null || missing+=(poppler-utils)
command -v certutil > /dev/null || missing+=(libnss3-tools)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing from Debian packages: ${missing[*]}"
sudo=''
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo > /dev/null || { echo "Run as root or install: ${missing[*]}" >&2; exit 1; }
  sudo='sudo'
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
# The Debian package starts a cluster of its own; the tests start theirs, so it is not needed.
if command -v pg_lsclusters > /dev/null; then
  pg_lsclusters -h 2> /dev/null | while read -r version name _; do
    $sudo pg_ctlcluster "$version" "$name" stop 2> /dev/null || true
  done
fi
