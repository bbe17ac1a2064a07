#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite.
#
#   pg_cluster.sh start DIR   initdb into DIR/data, start on a free private port, write
#                             DIR/url, DIR/password, DIR/port and DIR/socket_dir
#   pg_cluster.sh stop DIR    stop the server (fast) and remove DIR
#
# Superuser `salvage_test` with a random password made for this run (DIR/password, mode
# 0600, never printed). Every connection, over the private unix socket (directory mode 0700)
# or 127.0.0.1, authenticates with SCRAM: no trust, so no local user gets in without the
# password. Durability is switched off for speed.
# PostgreSQL refuses to run as root, so as root every server command runs as `postgres`.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
FIRST_PORT=${SALVAGE_PG_FIRST_PORT:-55432}
SUPERUSER=salvage_test

usage()
{
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
action=$1
dir=$(realpath -m -- "$2")

# libpq / server environment of the caller must not redirect our commands elsewhere.
unset PGDATA PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGSERVICE PGOPTIONS

as_owner()
{
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use()
{
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        [[ -n $(ss -Hltn "sport = :$port" 2>/dev/null) ]] && return 0
    fi
    # 0: accepting, 1: rejecting (starting up), 2: no answer.
    local rc=0
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 >/dev/null 2>&1 || rc=$?
    [[ $rc -eq 0 || $rc -eq 1 ]]
}

stop_cluster()
{
    if [[ -f $dir/data/PG_VERSION ]]; then
        as_owner "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 &&
            as_owner "$PG_BIN/pg_ctl" -D "$dir/data" stop -m fast -w -t 60 >/dev/null
    fi
    if [[ -f $dir/socket_dir && $(cat "$dir/socket_dir") == /tmp/salvage-pg.* ]]; then
        rm -rf -- "$(cat "$dir/socket_dir")"
    fi
    rm -rf -- "$dir"
}

start_cluster()
{
    [[ -x $PG_BIN/initdb ]] || { echo "$PG_BIN/initdb not found (install postgresql)" >&2; exit 1; }
    if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        echo "running as root but there is no 'postgres' user to run the server" >&2
        exit 1
    fi

    # A cluster left over from an aborted run: get rid of it first.
    [[ -e $dir ]] && stop_cluster

    mkdir -p -m 0700 -- "$dir"
    # Unix socket paths are limited to ~107 bytes: fall back to a short directory in /tmp.
    local socketDir=$dir/sock
    if (( ${#socketDir} > 80 )); then
        socketDir=$(mktemp -d /tmp/salvage-pg.XXXXXX)
    else
        mkdir -m 0700 -- "$socketDir"
    fi
    echo "$socketDir" >"$dir/socket_dir"
    # 32 random bytes as hex: safe inside a URL and a conninfo string. printf is a builtin,
    # so the password never appears in a process list.
    local password
    password=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
    [[ ${#password} -eq 64 ]] || { echo "could not read /dev/urandom" >&2; exit 1; }
    (umask 077 && printf '%s\n' "$password" >"$dir/password")
    unset password

    if [[ $EUID -eq 0 ]]; then
        chown -R postgres:postgres -- "$dir" "$socketDir"
        if ! runuser -u postgres -- test -w "$dir"; then
            echo "user postgres cannot reach $dir (a parent directory is not searchable)" >&2
            exit 1
        fi
    fi
    cd -- "$dir"

    as_owner "$PG_BIN/initdb" -D "$dir/data" -U "$SUPERUSER" --pwfile="$dir/password" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }

    as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# salvage test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socketDir'
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 200
password_encryption = 'scram-sha-256'
EOF

    # Only what the tests use, each with SCRAM: the socket and IPv4 loopback.
    as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
# salvage test cluster: TYPE DATABASE USER ADDRESS METHOD
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
EOF

    # Another cluster (a parallel test run) may take a port between the check and the start:
    # then the start fails and the next port is tried.
    local port=$FIRST_PORT started=0
    for ((attempt = 0; attempt < 50; ++attempt, ++port)); do
        port_in_use "$port" && continue
        if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" \
                -w -t 60 start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if (( !started )); then
        echo "could not start PostgreSQL (ports $FIRST_PORT..$port), server log:" >&2
        tail -n 30 "$dir/server.log" >&2 || true
        exit 1
    fi

    for ((i = 0; i < 100; ++i)); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        sleep 0.1
    done
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" || {
        echo "PostgreSQL did not become ready on port $port" >&2
        exit 1
    }

    echo "$port" >"$dir/port"
    echo "postgresql://$SUPERUSER@127.0.0.1:$port/postgres" >"$dir/url"
    echo "PostgreSQL test cluster ready: $(cat "$dir/url") (socket $socketDir)"
}

case $action in
start) start_cluster ;;
stop) stop_cluster ;;
*) usage ;;
esac
