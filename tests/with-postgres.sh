#!/usr/bin/env bash
# Runs CMD... with a throwaway PostgreSQL 15 server, then stops the server and deletes its data
# whatever happens. Exit code: CMD's.
#
#   tests/with-postgres.sh ctest --test-dir build --output-on-failure -j2
#
# The server listens on a Unix socket only (no TCP), in a fresh temporary directory, with trust
# authentication and fsync off (it is thrown away). As root the cluster belongs to the `postgres`
# user; otherwise to the current user. CMD sees these variables:
#
#   TESSERA_TEST_PG_URL         postgresql://USER@/DATABASE?host=SOCKET_DIR&port=PORT
#                               for example postgresql://postgres@/tessera_test?host=/tmp/tessera-pg.Ab12Cd/sock&port=41234
#                               (libpq's URI form: empty host part, the socket directory and the
#                               port as query items; SOCKET_DIR is an absolute path of
#                               [A-Za-z0-9/._-] only, so nothing in the URL is percent-encoded)
#   TESSERA_TEST_PG_SOCKET_DIR  the socket directory: use it as the host name
#                               (QSqlDatabase::setHostName, libpq host=)
#   TESSERA_TEST_PG_PORT        the port, a decimal number (QSqlDatabase::setPort)
#   TESSERA_TEST_PG_DATABASE    tessera_test, created empty
#   TESSERA_TEST_PG_USER        the superuser to connect as (no password)
#   TESSERA_TEST_PG_CTL         an executable that runs pg_ctl on this cluster as its owner, with
#                               the data directory, log and server options filled in. Pass the
#                               action and any extra pg_ctl options, for example
#                                 "$TESSERA_TEST_PG_CTL" stop -m fast     (simulate an outage)
#                                 "$TESSERA_TEST_PG_CTL" start            (same socket and port)
#                                 "$TESSERA_TEST_PG_CTL" restart
#                               It waits until the action is complete (pg_ctl -w).
#   TESSERA_TEST_PG_DATA        the cluster's data directory
#
# Tests run in parallel (ctest -j2) against this one server: a test that writes should create its
# own database or schema (the user may CREATE DATABASE) rather than share tessera_test's tables.
#
# TESSERA_PG_BINDIR overrides where initdb, pg_ctl and psql are (default: PostgreSQL 15's).
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 CMD [ARG...]" >&2
    exit 2
fi

bindir=${TESSERA_PG_BINDIR:-/usr/lib/postgresql/15/bin}
if [[ ! -x $bindir/initdb ]]; then
    echo "with-postgres: no PostgreSQL server binaries in $bindir (run packaging/install-deps.sh)" >&2
    exit 1
fi

base=$(mktemp -d /tmp/tessera-pg.XXXXXX)
data=$base/data
sock=$base/sock
log=$base/postgres.log
database=tessera_test
mkdir -p "$sock"

as_owner=()
if ((EUID == 0)); then
    owner=postgres
    chown -R "$owner": "$base"
    as_owner=(runuser -u "$owner" --)
else
    owner=$(id -un)
fi

# A port that nothing listens on over TCP. The server opens no TCP socket and its Unix socket is
# in a private directory, so this only keeps the number unsurprising for people reading logs.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=$((20000 + RANDOM % 40000))
while ! port_is_free "$port"; do
    port=$((20000 + RANDOM % 40000))
done

# The pg_ctl wrapper handed to the tests (and used here). It changes to / first: as root the
# server's owner may not be allowed into the caller's working directory.
ctl=$base/pg_ctl
cat >"$ctl" <<WRAPPER
#!/bin/sh
cd / || exit 1
exec ${as_owner[*]} "$bindir/pg_ctl" -D "$data" -l "$log" -w \\
    -o "-k $sock -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off" "\$@"
WRAPPER
chmod 755 "$ctl"

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -f $data/postmaster.pid ]]; then
        "$ctl" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$base"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "with-postgres: $1; its log:" >&2
    cat "$log" >&2 2>/dev/null || true
    exit 1
}

(cd / && "${as_owner[@]}" "$bindir/initdb" -D "$data" -A trust -U "$owner" -E UTF8 --no-locale \
    --no-sync >"$base/initdb.log" 2>&1) || { cat "$base/initdb.log" >&2; fail "initdb failed"; }
"$ctl" start >/dev/null || fail "the server did not start"
"$bindir/psql" -X -q -h "$sock" -p "$port" -U "$owner" -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE $database" || fail "could not create the database $database"

export TESSERA_TEST_PG_URL="postgresql://$owner@/$database?host=$sock&port=$port"
export TESSERA_TEST_PG_SOCKET_DIR=$sock
export TESSERA_TEST_PG_PORT=$port
export TESSERA_TEST_PG_DATABASE=$database
export TESSERA_TEST_PG_USER=$owner
export TESSERA_TEST_PG_CTL=$ctl
export TESSERA_TEST_PG_DATA=$data
echo "with-postgres: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') at $TESSERA_TEST_PG_URL"

rc=0
"$@" || rc=$?
exit "$rc"
