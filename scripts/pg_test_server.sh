#!/usr/bin/env bash
# start|stop a disposable PostgreSQL cluster on 127.0.0.1 for the tests; prints its URL on start.
set -euo pipefail
action=$1
pg_bin=$2
port=${ENTENTE_PG_PORT:-54329}
dir=${ENTENTE_PG_DIR:-/tmp/entente-pg-test}

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    as_owner "$pg_bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    as_owner "$pg_bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >/dev/null
    as_owner "$pg_bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$pg_bin/pg_ctl" -D "$dir" -m fast stop
    ;;
esac
