#!/usr/bin/env bash
# Runs a domain's batch job against the running local system (the one ./run-local.sh starts), reading its ports from
# the local run's readiness file. Exits 0 when the job completed (or had nothing to do), non-zero otherwise.
set -euo pipefail
caller_dir=$PWD
cd "$(dirname "$0")"

usage() {
  cat <<'USAGE'
Usage: ./run-batch.sh DOMAIN JOB [name=value ...]
       ./run-batch.sh DOMAIN --restart [JOB]
       ./run-batch.sh DOMAIN --list

Runs DOMAIN's batch application (orders-batch, catalog-batch, billing-batch) against the databases of the local
run, which must be running (./run-local.sh in another terminal). The same arguments work on each batch image's
entrypoint.

Jobs:
  orders   daily-sales-summary [from=yyyy-MM-dd] [to=yyyy-MM-dd]   (default: yesterday)
           purge-idempotency-records [before=yyyy-MM-dd]           (default: 30 days ago)
  catalog  product-import file=PATH                                (rejects report: PATH.rejects.csv)
  billing  mark-overdue [day=yyyy-MM-dd]                           (default: yesterday)
           monthly-statements [month=yyyy-MM]                      (default: last month; files under
                                                                    LOCAL_RUN_HOME/batch/statements)
           purge-idempotency-records [before=yyyy-MM-dd]
  Any job: run=N recomputes on purpose; the same job with the same parameters otherwise runs once.

  --restart [JOB]  restarts the last failed or interrupted execution (one a kill left running is recovered once
                   its heartbeat is older than app.batch.heartbeat-timeout, 2 minutes; pass
                   --app.batch.heartbeat-timeout=30s to shorten it)
  --list           recent executions with their counts

Examples:
  ./run-batch.sh catalog product-import file=products.csv
  ./run-batch.sh orders daily-sales-summary from=2026-11-01 to=2026-11-30
  ./run-batch.sh billing --list

Exit codes: 0 completed (or nothing to do), 1 not completed, 2 usage (or no local run), 3 running elsewhere.
USAGE
}

if [ $# -lt 2 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  usage
  [ $# -ge 1 ] && { [ "$1" = "-h" ] || [ "$1" = "--help" ]; } && exit 0
  exit 2
fi
domain=$1
shift
case "$domain" in
  orders|catalog|billing) ;;
  *) echo "Unknown domain '$domain': orders, catalog or billing." >&2; exit 2 ;;
esac

home="${LOCAL_RUN_HOME:-.local-run}"
ready="$home/ready.properties"
if [ ! -f "$ready" ]; then
  echo "No local run is ready ($ready does not exist). Start the system first with ./run-local.sh (it keeps" >&2
  echo "running in its terminal), then run this again from another one." >&2
  exit 2
fi
property() { grep -E "^$1=" "$ready" | head -1 | cut -d= -f2-; }

source scripts/jdk-env.sh >/dev/null

# The batch jar the local run copied at its start (the build it runs); else the one in target/, built if missing.
jar="$(property batch.jars)/$domain-batch.jar"
if [ ! -f "$jar" ]; then
  jar="batch-jobs/$domain-batch/target/$domain-batch.jar"
  if [ ! -f "$jar" ]; then
    echo "==> Building $domain-batch (tests skipped)"
    ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true -pl "batch-jobs/$domain-batch" -am package
  fi
fi

arguments=()
for argument in "$@"; do
  case "$argument" in
    # A file named relative to where the command was typed, not to this script's folder.
    file=/*) arguments+=("$argument") ;;
    file=*) arguments+=("file=$caller_dir/${argument#file=}") ;;
    *) arguments+=("$argument") ;;
  esac
done

zone="$(property business.zone)"
settings=("--app.business-zone=${zone:-Asia/Seoul}")
case "$domain" in
  orders) settings+=("--spring.datasource.url=$(property postgres.orders.url)" "--spring.datasource.username=orders"
            "--spring.datasource.password=orders") ;;
  billing) settings+=("--spring.datasource.url=$(property postgres.billing.url)" "--spring.datasource.username=billing"
             "--spring.datasource.password=billing" "--app.batch.statements.dir=$home/batch/statements") ;;
  catalog) settings+=("--spring.mongodb.uri=$(property mongo.catalog.uri)") ;;
esac

exec "$JAVA_HOME/bin/java" -jar "$jar" "${settings[@]}" "${arguments[@]}"
