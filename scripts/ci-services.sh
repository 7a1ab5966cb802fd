#!/usr/bin/env bash
# Starts a throwaway Redis and Postgres on loopback for the distributed backend's tests and prints
# the `export` lines for their URLs. Needs the Debian packages redis-server and postgresql, and root
# (Postgres runs as the postgres user). Idempotent: services already running are reused.
set -euo pipefail
REDIS_PORT="${REDIS_PORT:-6379}"
PG_PORT="${PG_PORT:-5432}"
PG_DB=budgetlens_test
PG_USER=budgetlens
PG_PASS=budgetlens

if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no >&2
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
redis-cli -p "$REDIS_PORT" ping >/dev/null || { echo "ci-services: redis-server did not start" >&2; exit 1; }

PG_VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p' | grep -q .; then
  pg_createcluster "$PG_VERSION" ci --port "$PG_PORT" >&2
fi
CLUSTER="$(pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p { print $2; exit }')"
if ! pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p { print $4 }' | grep -q online; then
  pg_ctlcluster "$PG_VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 0.2; done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { echo "ci-services: postgres did not start" >&2; exit 1; }
psql_admin() { su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -qAt $*" ; }
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '$PG_USER'\"")" != 1 ]; then
  psql_admin "-c \"create role $PG_USER login password '$PG_PASS'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '$PG_DB'\"")" != 1 ]; then
  psql_admin "-c \"create database $PG_DB owner $PG_USER\"" >&2
fi

echo "export BUDGETLENS_TEST_REDIS=redis://127.0.0.1:$REDIS_PORT"
echo "export BUDGETLENS_TEST_PG=postgres://$PG_USER:$PG_PASS@127.0.0.1:$PG_PORT/$PG_DB"
