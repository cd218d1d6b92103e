#!/usr/bin/env bash
# The run command's smoke check (CI runs it on every submission, from its clean clone): starts ./run-local.sh as
# a new user would (it builds first), on free ports and a data directory of its own so a developer's running
# system is untouched, waits until it reports ready, checks that every part answers with demo data through
# independent clients (curl for REST with a bearer token from ./run-local.sh --token, a raw gRPC health call over
# HTTP/2) and refuses a call without a token, stops it with SIGTERM and checks that no process of it is left. A
# failure prints the local run's last log lines.
#   scripts/smoke-local-run.sh [--no-build]     (--no-build: use what the last build left, for a quick re-check)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/shop-smoke.XXXXXX")
export LOCAL_RUN_HOME="$work/local-run"
log="$work/local-run.log"
ready="$LOCAL_RUN_HOME/ready.properties"
start_timeout=${SMOKE_START_TIMEOUT:-900}   # seconds; the first run on a fresh machine builds everything
pid=

fail() {
  echo "SMOKE FAILED: $*" >&2
  echo "---- last lines of the local run's log ($log) ----" >&2
  tail -n 80 "$log" >&2 || true
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  exit 1
}
value() { grep "^$1=" "$ready" | head -1 | cut -d= -f2-; }
get() { curl -fsS --max-time 10 "$@"; }

echo "==> Smoke: starting ./run-local.sh --free-ports $* (log: $log)"
started=$(date +%s)
./run-local.sh --free-ports "$@" > "$log" 2>&1 < /dev/null &
pid=$!
until [ -f "$ready" ]; do
  kill -0 "$pid" 2>/dev/null || fail "./run-local.sh exited before it was ready"
  [ $(( $(date +%s) - started )) -lt "$start_timeout" ] || fail "not ready within $start_timeout s"
  sleep 1
done
echo "==> Smoke: ready after $(( $(date +%s) - started )) s"

ports=()
for name in ui orders billing catalog.grpc catalog.http identity postgres mongo; do ports+=("$name=$(value "$name.port")"); done
for name in ui orders billing; do
  url=$(value "$name.management.url"); ports+=("$name.management=${url##*:}")
done
for entry in "${ports[@]}"; do
  name=${entry%%=*}; port=${entry#*=}
  case "$port" in 8080|8081|8082|8083|9090|15432|27018|9000|9080|9081|9083) fail "$name took its default port $port";; esac
  # Every server listens on loopback only.
  listeners=$(ss -Hltn "sport = :$port" | awk '{print $4}')
  [ -n "$listeners" ] || fail "nothing listens on $name's port $port"
  if echo "$listeners" | grep -qvE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]|\[::1\]):'; then
    fail "$name listens beyond loopback: $listeners"
  fi
done

# Every service runs from the run's own copy of its jar, so a build while it runs cannot change it.
copies=$(pgrep -fc -- "-jar $LOCAL_RUN_HOME/runtime/services/" || true)
[ "$copies" -ge 5 ] || fail "expected every service to run from a copy under $LOCAL_RUN_HOME/runtime, found $copies"

# The README's way to call a backend: a bearer token for a demo user, in one step.
token=$(LOCAL_RUN_HOME="$LOCAL_RUN_HOME" ./run-local.sh --token admin) || fail "./run-local.sh --token admin gave no token"
anonymous=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$(value orders.url)/api/v1/orders?size=1")
[ "$anonymous" = 401 ] || fail "orders answered $anonymous to a call without a token, not 401"
orders=$(get -H "Authorization: Bearer $token" "$(value orders.url)/api/v1/orders?size=1") || fail "orders did not answer"
[ "$(jq -r '.total' <<<"$orders")" -gt 0 ] || fail "orders has no demo orders: $orders"
order_id=$(jq -r '.items[0].id' <<<"$orders")
customers=$(get -H "Authorization: Bearer $token" "$(value billing.url)/api/v1/customers?size=1") \
  || fail "billing did not answer"
[ "$(jq -r '.total' <<<"$customers")" -gt 0 ] || fail "billing has no demo customers: $customers"
# grpc.health.v1.Health/Check with an empty request (the whole server): a 5-byte gRPC frame over cleartext HTTP/2.
health=$(printf '\x00\x00\x00\x00\x00' | curl -fsS --max-time 10 --http2-prior-knowledge \
  -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @- \
  "http://$(value catalog.grpc.target)/grpc.health.v1.Health/Check" | xxd -p) || fail "catalog's gRPC health did not answer"
[ "$health" = "00000000020801" ] || fail "catalog's gRPC health is not SERVING (answer: $health)"
detail=$(get -u "admin:$(value demo.password)" "$(value ui.url)/bff/v1/orders/$order_id") \
  || fail "the BFF's order detail did not answer"
for part in products billing customer; do
  state=$(jq -r ".$part.state" <<<"$detail")
  [ "$state" = available ] || fail "the order detail's $part part is '$state': $detail"
done
echo "==> Smoke: orders ($(jq -r .total <<<"$orders") orders), billing ($(jq -r .total <<<"$customers") customers)," \
  "catalog gRPC health SERVING, BFF order detail $order_id with products, billing and customer available;" \
  "a bearer token from ./run-local.sh --token, 401 without one"

echo "==> Smoke: SIGTERM to the local run (pid $pid)"
kill -TERM "$pid"
stop_started=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  [ $(( $(date +%s) - stop_started )) -lt 90 ] || fail "the local run did not stop within 90 s of SIGTERM"
  sleep 1
done
wait "$pid" 2>/dev/null || true
left=$(pgrep -af -- "$LOCAL_RUN_HOME" || true)
[ -z "$left" ] || { pid=; fail "processes left after SIGTERM: $left"; }
[ ! -f "$ready" ] || fail "the readiness file outlived the run"
echo "==> Smoke: stopped in $(( $(date +%s) - stop_started )) s, no process left. PASSED"
rm -rf "$work"
