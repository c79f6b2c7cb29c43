#!/usr/bin/env bash
# Runs the test suite; starts a throw-away PostgreSQL server on loopback when one is installed,
# so the store tests run against SQLite and PostgreSQL alike.
set -euo pipefail
python=${1:-.venv/bin/python}
shift || true
here=$(cd "$(dirname "$0")/.." && pwd)

pg_bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && pg_bin=$candidate
done

if [ -n "$pg_bin" ]; then
  url=$("$here/scripts/pg_test_server.sh" start "$pg_bin")
  trap '"$here/scripts/pg_test_server.sh" stop "$pg_bin" >/dev/null 2>&1 || true' EXIT
  export ENTENTE_TEST_PG="$url"
  echo "PostgreSQL test server: $url"
else
  echo "PostgreSQL is not installed here: the PostgreSQL store tests will be skipped (apt-get install postgresql)."
fi

"$python" -m pytest "$@"
