#!/usr/bin/env bash
# A throw-away PostgreSQL 15 for the integration tests of the postgresql profile (src-it/pom.xml):
#   postgresql.sh start DIR PORT DATABASE…   a new cluster in DIR on 127.0.0.1:PORT, with user grantry (password
#                                            grantry) owning each DATABASE
#   postgresql.sh stop DIR                   stops it (fast shutdown); nothing happens when it is not running
# The server runs as the postgres user when started by root (PostgreSQL refuses to run as root).
set -euo pipefail

BIN="${POSTGRESQL_BIN:-/usr/lib/postgresql/15/bin}"
command="$1"
dir="$(realpath -m "$2")"

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    port="$3"
    shift 3
    "$0" stop "$dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$BIN/initdb" --pgdata="$dir/data" --username=postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log"
    # Loopback only, TCP only (no socket in /var/run), and fast rather than durable: the data is thrown away.
    as_owner "$BIN/pg_ctl" --pgdata="$dir/data" --log="$dir/postgresql.log" --wait --timeout=60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start
    as_owner "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE grantry LOGIN PASSWORD 'grantry'"
    for database in "$@"; do
      as_owner "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE $database OWNER grantry"
    done
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$BIN/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --timeout=60 stop
    fi
    ;;
  *)
    echo "usage: $0 start DIR PORT DATABASE… | stop DIR" >&2
    exit 2
    ;;
esac
