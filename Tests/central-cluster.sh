#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the centre's tests, on a Unix socket in a folder of its own,
# started for one command and stopped after it:
#
#   bash Tests/central-cluster.sh run swift test --skip-build
#
# The command sees ARKA_TEST_DATABASE_URL (postgres://arka_owner@/arka_test?host=FOLDER). When it
# is set already, the command runs against that centre; when no PostgreSQL server is installed
# (Debian: apt-get install postgresql), the command runs without it, and the centre's tests fail
# when CI is set.
set -euo pipefail
[ "${1:-}" = run ] || { echo "usage: $0 run COMMAND..." >&2; exit 2; }
shift
if [ -n "${ARKA_TEST_DATABASE_URL:-}" ]; then exec "$@"; fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "central-cluster: no PostgreSQL server here: the centre's tests are skipped (they fail when CI is set)" >&2
    exec "$@"
fi
folder=$(mktemp -d /tmp/arka-pg-XXXXXX)
# initdb refuses to run as root: the cluster then belongs to the postgres user Debian makes.
# (From the cluster's folder: the postgres user may not enter the caller's.)
as_owner() { if [ "$(id -u)" = 0 ]; then (cd "$folder" && runuser -u postgres -- "$@"); else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$folder"
stop() {
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop > /dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT
as_owner "$bin/initdb" -D "$folder/data" -A trust -U arka_owner -E UTF8 --locale=C > "$folder/initdb.log"
as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-k $folder -c listen_addresses='' -c fsync=${ARKA_CLUSTER_FSYNC:-off} -c max_connections=60" start > /dev/null
as_owner "$bin/createdb" -h "$folder" -U arka_owner arka_test
export ARKA_TEST_DATABASE_URL="postgres://arka_owner@/arka_test?host=$folder"
status=0
"$@" || status=$?
exit $status
