#!/usr/bin/env bash
# npm run test:postgres [-- vitest arguments]: the route tests of the `postgres` project
# against a real PostgreSQL server (15 or later, Debian's `postgresql` package). It starts a
# throwaway cluster in a temporary folder (the C locale, as keyset pages compare bytes;
# reachable only by its socket there), runs the tests, then stops the server and removes
# the folder, whatever the tests' outcome.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=""
if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then bin="$(dirname "$(command -v pg_ctl)")"
else
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do [ -x "$dir/pg_ctl" ] && bin="$dir" && break; done
fi
if [ -z "$bin" ]; then
  echo "No PostgreSQL server programs (initdb, pg_ctl) found: install Debian's postgresql package (apt-get install postgresql)." >&2
  exit 1
fi

folder="$(mktemp -d "${TMPDIR:-/tmp}/parley-postgres.XXXXXX")"
# PostgreSQL does not run as root: as root, the cluster belongs to the postgres user.
as=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$folder"
  as=(runuser -u postgres --)
fi
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

"${as[@]}" "$bin/initdb" -D "$folder/data" --locale=C --encoding=UTF8 --username=parley --auth=trust >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-k $folder -c listen_addresses='' -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$folder/server.log" >&2; exit 1; }
echo "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') started in $folder"

export TEST_DATABASE_URL="postgres://parley@localhost/postgres?host=$folder"
npx vitest run --project postgres "$@"
