#!/usr/bin/env bash
# Installs the Debian 12 packages Tessera needs to build, test and package it.
#
# Idempotent: dpkg-query says what is installed already, and only the missing packages are
# installed (one `apt-get update`, then `apt-get install`). A machine that has everything does no
# network work. Uses sudo only when not run as root.
#
#   packaging/install-deps.sh          install what is missing
#   packaging/install-deps.sh --check  list what is missing; exit 1 if anything is
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev clang-format
    # Qt 6 and the libraries the application links
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqrencode-dev libgl-dev
    # tests and benchmarks: a PostgreSQL server, an X server for screenshots, Google Benchmark
    postgresql xvfb xauth libbenchmark-dev
    # packaging checks
    desktop-file-utils appstream
    # the Debian package: dpkg-shlibdeps, the icons rendered from SVG, Qt's own translations, and
    # what packaging/smoke-test.sh runs (man, curl)
    dpkg-dev librsvg2-bin qt6-translations-l10n man-db curl
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}\n' "$package" 2>/dev/null | head -n1 || true)
    if [[ $status != installed ]]; then
        missing+=("$package")
    fi
done

if [[ ${1:-} == --check ]]; then
    if ((${#missing[@]})); then
        printf 'missing: %s\n' "${missing[*]}"
        exit 1
    fi
    echo "all ${#packages[@]} packages are installed"
    exit 0
fi

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: not root and no sudo; install these packages: ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi

# DPkg::Lock::Timeout: wait for another apt or dpkg run (an unattended upgrade) to finish.
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
