#!/usr/bin/env bash
# Builds the Debian package from an existing build tree and checks it the way a box office would
# meet it: what it installs, that its desktop entry, AppStream data and man pages are valid, and
# that the installed binaries run.
#
#   packaging/smoke-test.sh [--install] [BUILD_DIR]     (BUILD_DIR defaults to build/)
#
# Without --install the package is unpacked with dpkg-deb into a temporary root and the binaries
# are run from there; nothing on the machine changes. With --install (CI: a throwaway machine,
# run as root) it is installed with apt-get (dependencies, maintainer scripts, the system user),
# the binaries are run from /usr/bin, tessera-server also as the user "tessera" with the service's
# environment file, and then the package is purged again.
#
# The build tree must be built (tests/run.sh does it); only the package data (icons, man pages)
# and what is out of date are built here, never a fresh compile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

install=0
if [[ ${1:-} == --install ]]; then
    install=1
    if ((EUID != 0)); then
        exec sudo "$0" "$@"
    fi
    shift
fi
build=$(realpath "${1:-build}")
[[ -f $build/CMakeCache.txt ]] || { echo "smoke-test: $build is not a build directory" >&2; exit 2; }

work=$(mktemp -d)
server_pid=
installed=0
cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if ((installed)); then
        echo "smoke-test: purging the package after the failure"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=600 tessera >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf -- '--- %s\n' "$*"; }
fail() {
    echo "smoke-test: FAILED: $*" >&2
    exit 1
}

step "building the package (cpack -G DEB in $build)"
cmake --build "$build" -j2 --target tessera tessera-cli tessera-server tessera_package_data
rm -f "$build"/package/tessera_*.deb
(cd "$build" && cpack -G DEB -B "$build/package" >"$work/cpack.log") || { cat "$work/cpack.log"; fail cpack; }
deb=$(ls "$build"/package/tessera_*.deb)
echo "$deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libqt6httpserver6 libsqlite3-0 adduser; do
    [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done
# Whole outputs first, then grep: with pipefail, `producer | grep -q` fails whenever grep stops
# reading before the producer has written everything (SIGPIPE).
control_files=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)
grep -qx './postinst' <<<"$control_files" || fail "no postinst: $control_files"
conffiles=$(dpkg-deb -I "$deb" conffiles)
grep -qx /etc/default/tessera-server <<<"$conffiles" || fail "conffiles: $conffiles"

step "contents"
app=org.example.tessera
expected=(
    ./usr/bin/tessera ./usr/bin/tessera-cli ./usr/bin/tessera-server
    ./usr/share/applications/$app.desktop ./usr/share/metainfo/$app.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/$app.svg
    ./usr/share/man/man1/tessera.1.gz ./usr/share/man/man1/tessera-cli.1.gz
    ./usr/share/man/man1/tessera-server.1.gz
    ./usr/lib/systemd/system/tessera-server.service ./etc/default/tessera-server
)
for size in 16 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x$size/apps/$app.png")
done
dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ {print $6}' | sort >"$work/files"
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
if ! diff -u "$work/expected" "$work/files"; then
    fail "the package holds other files than expected (- missing, + unexpected)"
fi
echo "$(wc -l <"$work/files") files, as expected"

root=$work/root
dpkg-deb -x "$deb" "$root"
for size in 16 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app.png
    # The PNG header's width and height: big-endian 32-bit numbers at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    [[ $dims == "${size}x$size" ]] || fail "$png is $dims"
done

step "desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "$root/usr/share/applications/$app.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app.metainfo.xml" ||
    fail "the metainfo has no <release> for $version"

if ((install)); then
    step "apt-get install $deb"
    ((EUID == 0)) || fail "--install needs root"
    if dpkg-query -W tessera >/dev/null 2>&1; then
        fail "tessera is installed already; remove it first (apt-get purge tessera)"
    fi
    installed=1
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=600 "$deb"
    prefix=/usr
    getent passwd tessera >/dev/null || fail "postinst did not create the user tessera"
    [[ $(stat -c '%U:%G %a' /etc/default/tessera-server) == "root:tessera 640" ]] ||
        fail "/etc/default/tessera-server: $(stat -c '%U:%G %a' /etc/default/tessera-server)"
    if command -v systemd-analyze >/dev/null; then
        systemd-analyze verify /usr/lib/systemd/system/tessera-server.service
    fi
else
    prefix=$root/usr
fi
bin=$prefix/bin
manpath=$root/usr/share/man/man1

step "man pages: no warnings, every option of --help documented"
for page in tessera tessera-cli tessera-server; do
    warnings=$(MANWIDTH=80 man --warnings=all -l "$manpath/$page.1.gz" 2>&1 >/dev/null || true)
    [[ -z $warnings ]] || fail "man $page: $warnings"
    man_text=$(MANWIDTH=200 man -l "$manpath/$page.1.gz" 2>/dev/null)
    help=$("$bin/$page" --help)
    usage=${help%%$'\n'*}
    [[ $usage == "Usage: "*"$page "* ]] || fail "$page --help begins \"$usage\", not with its own name"
    for option in $(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u); do
        grep -qF -- "$option" <<<"$man_text" || fail "man $page does not document $option"
    done
    echo "$page.1: ok"
done

step "tessera-cli --version, tessera-server --version, tessera --version"
for program in tessera-cli tessera-server tessera; do
    out=$("$bin/$program" --version)
    echo "$out"
    [[ $out == "$program $version" ]] || fail "$program --version printed \"$out\", expected \"$program $version\""
done

step "tessera-cli events list on a fresh database"
"$bin/tessera-cli" --database "sqlite://$work/cli.db" events create --name "Smoke test" --venue Hall \
    --start "$(date -u -d "+30 days" +%F) 20:00" --end "$(date -u -d "+30 days" +%F) 22:00" --rows 3 --seats-per-row 4 >/dev/null
listed=$("$bin/tessera-cli" --database "sqlite://$work/cli.db" events list)
grep -q "Smoke test" <<<"$listed" || fail "tessera-cli did not list the event it created: $listed"

# Starts tessera-server (the command line in "$@", listening on 127.0.0.1:0), waits for the port
# it reports, asks /health, and stops it with SIGTERM: it must exit 0 after a clean stop.
run_server() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 &
    server_pid=$!
    local port=
    for _ in $(seq 1 300); do
        port=$(sed -n 's/^tessera-server: listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
        [[ -n $port ]] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$log"; fail "tessera-server exited"; }
        sleep 0.2
    done
    [[ -n $port ]] || { cat "$log"; fail "tessera-server did not start listening"; }
    local health
    health=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/health") || { cat "$log"; fail "GET /health"; }
    echo "/health: $health"
    [[ $health == *'"status":"ok"'* && $health == *"\"version\":\"$version\""* ]] ||
        { cat "$log"; fail "unexpected /health answer: $health"; }
    kill -TERM "$server_pid"
    local code=0
    wait "$server_pid" || code=$?
    server_pid=
    ((code == 0)) || { cat "$log"; fail "tessera-server exited with $code after SIGTERM"; }
    grep -q "stopped" "$log" || { cat "$log"; fail "tessera-server did not stop cleanly"; }
}

step "tessera-server answers /health on loopback and stops on SIGTERM"
run_server "$work/server.log" "$bin/tessera-server" --listen 127.0.0.1:0 \
    --database "sqlite://$work/server.db"

if ((install)); then
    step "tessera-server as the user tessera with the service's environment file"
    state=$work/state
    install -d -o tessera -g tessera -m 0750 "$state"
    chmod o+x "$work"
    # setpriv execs (no parent left to catch the SIGTERM meant for the server).
    run_server "$work/service.log" setpriv --reuid=tessera --regid=tessera --init-groups \
        env -i PATH=/usr/bin:/bin bash -c \
        'set -a; . /etc/default/tessera-server; set +a
         TESSERA_LISTEN=127.0.0.1:0 TESSERA_DATABASE=sqlite://'"$state"'/tessera.db exec tessera-server'
    [[ $(stat -c %U "$state/tessera.db") == tessera ]] || fail "the database is not owned by tessera"
fi

step "tessera starts and quits (QT_QPA_PLATFORM=offscreen, --quit-after-load)"
for lang in C.UTF-8 de_DE.UTF-8; do
    out=$(HOME=$work/home XDG_RUNTIME_DIR=$work LC_ALL=$lang LANG=$lang QT_QPA_PLATFORM=offscreen \
        "$bin/tessera" --database "sqlite://$work/desktop.db" --quit-after-load 2>"$work/tessera.log") ||
        { cat "$work/tessera.log"; fail "tessera exited with $? ($lang)"; }
    echo "$lang: $out"
    [[ $out == "tessera: loaded 3 events" ]] || { cat "$work/tessera.log"; fail "tessera: $out"; }
done

if ((install)); then
    step "apt-get purge tessera"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -o DPkg::Lock::Timeout=600 tessera
    installed=0
    [[ ! -e /usr/bin/tessera && ! -e /etc/default/tessera-server ]] || fail "purge left files behind"
    ! getent passwd tessera >/dev/null || fail "purge left the user tessera"
fi

echo "smoke-test: the package $(basename "$deb") passed"
