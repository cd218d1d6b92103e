#!/usr/bin/env bash
# Runs the end-to-end journeys (e2e-tests) in Chromium: against the system it starts itself through the local run, or
# against a deployment. The usage below is printed by --help, without building.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'USAGE'
Usage: ./run-e2e.sh [--base-url URL] [--tags smoke|regression] [--headed] [--test NAME]
       ./run-e2e.sh --show-trace target/e2e/<test>/trace-1.zip

Builds what the suite needs (tests of other modules are not run), then runs the journeys in Chromium.

  (no --base-url)     starts the whole system itself through the local run (./run-local.sh, on free ports, empty
                      databases under e2e-tests/target/local-run) and stops it at the end
  --base-url URL      runs against the deployment whose UI is at URL. Users come from E2E_SALES_USER and
                      E2E_SALES_PASSWORD, E2E_BILLING_USER/_PASSWORD, E2E_ADMIN_USER/_PASSWORD; the backend checks
                      from E2E_ORDERS_URL, E2E_BILLING_URL, E2E_CATALOG_GRPC_TARGET. For an already running
                      ./run-local.sh, all of these come from its ready.properties (LOCAL_RUN_HOME, default .local-run).
                      Journeys that stop a backend (tag own-system) are left out.
  --tags TAG          smoke (a few journeys, under two minutes) or regression (everything; the default)
  --headed            shows the browser windows (needs a display)
  --test NAME         one test class or method, as failsafe's -Dit.test takes it (MainViewsIT, PlaceOrderIT#*Refused*)
  --show-trace FILE   serves Playwright's trace viewer for a failed test's trace at http://127.0.0.1:9323 (offline)

Environment: CHROMIUM_PATH (another Chromium), E2E_PARALLELISM (tests at a time, default 2), E2E_BASE_URL (the
default for --base-url).

After every run: target/e2e/report.html in e2e-tests (pass/fail, durations, failures with their screenshot and links
to trace, console and server log), JUnit XML in e2e-tests/target/failsafe-reports, and for each failed test
e2e-tests/target/e2e/<Class>.<method>/ (trace-N.zip, screenshot-N.png, console.txt, server.log).
USAGE
}

base_url="${E2E_BASE_URL:-}"
tags=regression
headed=false
test_name=""
trace=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --base-url) base_url="${2:?--base-url needs a URL}"; shift 2 ;;
    --base-url=*) base_url="${1#*=}"; shift ;;
    --tags) tags="${2:?--tags needs smoke or regression}"; shift 2 ;;
    --tags=*) tags="${1#*=}"; shift ;;
    --headed) headed=true; shift ;;
    --test) test_name="${2:?--test needs a test name}"; shift 2 ;;
    --test=*) test_name="${1#*=}"; shift ;;
    --show-trace) trace="${2:?--show-trace needs a trace file}"; shift 2 ;;
    *) echo "Unknown option '$1': ./run-e2e.sh --help lists the options" >&2; exit 2 ;;
  esac
done
case "$tags" in
  smoke|regression) ;;
  *) echo "--tags takes smoke or regression, not '$tags'" >&2; exit 2 ;;
esac

source scripts/jdk-env.sh

if [ -n "$trace" ]; then
  [ -f "$trace" ] || { echo "No trace at $trace" >&2; exit 2; }
  # Playwright's trace viewer ships inside the driver jar the tests use: it needs no network and no Node install.
  exec ./mvnw -B -q -pl e2e-tests exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.microsoft.playwright.CLI \
    -Dexec.args="show-trace --host 127.0.0.1 --port 9323 $(realpath "$trace")"
fi

# The journeys drive the system's Chromium (Playwright's own download is unreachable from many build machines).
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 2; }
elif ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
    && ! ls -d "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  echo "The journeys need Chromium, which this machine lacks. Install it with:" >&2
  echo "    sudo apt-get install -y chromium fonts-nanum" >&2
  echo "(or point CHROMIUM_PATH at a Chromium binary)" >&2
  exit 2
fi

# One reactor build of e2e-tests and what it needs (the services, for the local run); only the journeys run: every
# one carries the regression tag, no test of another module carries either tag, and -Dtest=none skips unit tests.
args=(-B -pl e2e-tests -am verify "-Dgroups=$tags" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false)
if [ -n "$base_url" ]; then
  args+=("-De2e.base-url=$base_url")
  echo "==> The journeys ($tags) against $base_url"
else
  echo "==> The journeys ($tags) against a system started through the local run"
fi
$headed && args+=(-De2e.headed=true)
if [ -n "$test_name" ]; then
  args+=("-Dit.test=$test_name" -Dfailsafe.failIfNoSpecifiedTests=false)
fi
if [ -n "${E2E_PARALLELISM:-}" ]; then
  args+=("-Djunit.jupiter.execution.parallel.config.fixed.parallelism=$E2E_PARALLELISM"
    "-Djunit.jupiter.execution.parallel.config.fixed.max-pool-size=$E2E_PARALLELISM")
fi

status=0
./mvnw "${args[@]}" || status=$?
if [ -f e2e-tests/target/e2e/report.html ]; then
  echo "==> Report: $PWD/e2e-tests/target/e2e/report.html"
fi
exit "$status"
