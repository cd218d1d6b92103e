#!/usr/bin/env bash
# Builds what it needs, then runs the whole system locally on embedded defaults with demo data.
# The usage below is printed by --help, without building.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'USAGE'
Usage: ./run-local.sh [--reset] [--free-ports] [--no-demo-data] [--other-issuer] [--traces] [--production-jvm]
                      [--no-build]
       ./run-local.sh --token USER [PASSWORD]

Builds the services (tests skipped; ./run-tests.sh runs them), then starts on this machine: a real
PostgreSQL (embedded) with the orders and billing databases, the MongoDB stand-in for catalog, the
identity provider (first), and orders, catalog, billing and the UI with its BFF, each as its own JVM;
loads the demo data and prints where everything is. Ctrl-C stops everything. While it runs, type:
status | token USER | stop NAME | start NAME | restart NAME | quit.

Options:
  --reset          delete the local data (PostgreSQL and MongoDB under LOCAL_RUN_HOME) and load the
                   demo data afresh
  --free-ports     take a free port for every server whose port variable is not set
  --no-demo-data   start with empty databases (the e2e suite arranges its own data)
  --other-issuer   run the identity provider's second configuration (another issuer, client id and
                   roles claim; the services follow by their settings alone)
  --traces         start a dev-only trace receiver (OTLP/HTTP) and point every process at it: each trace
                   is printed as a tree of spans (service, name, duration) and written to
                   LOCAL_RUN_HOME/traces.txt. Without it, an OTEL_EXPORTER_OTLP_ENDPOINT in the environment
                   is passed on to every process (a real collector); unset, nothing is exported
  --production-jvm run every service with the images' JVM flags (every JIT tier, the heap 75 % of the backends'
                   Kubernetes memory limit of 768 MiB) instead of the quick-start ones (a small heap, the first JIT
                   tier): slower to start, faster once warm; what ./run-benchmark.sh sessions measures
  --no-build       run what the last build left in each module's target/ (fails if it is missing)
  --token USER     against a running local run: print a bearer token for a demo user (password demo),
                   as the terminal client gets it, for curl and grpcurl:
                   curl -H "Authorization: Bearer $(./run-local.sh --token sales)" ...
  -h, --help       this text

Environment (defaults in brackets):
  UI_PORT [8080]  ORDERS_PORT [8081]  CATALOG_HTTP_PORT [8082]  CATALOG_GRPC_PORT [9090]
  BILLING_PORT [8083]  IDENTITY_PORT [9000]  POSTGRES_PORT [15432]  MONGO_PORT [27018]
  UI_MANAGEMENT_PORT [9080]  ORDERS_MANAGEMENT_PORT [9081]  BILLING_MANAGEMENT_PORT [9083] (the actuators)
  BIND_ADDRESS [127.0.0.1]   the one address every server listens on; 0.0.0.0 opens it to the network
  LOCAL_RUN_HOME [.local-run]  data, logs of the run and ready.properties (the actual ports, for tools)
  APP_BUSINESS_ZONE [Asia/Seoul]

The jars run from a copy under LOCAL_RUN_HOME/runtime, so building while the system runs is safe.
USAGE
}

build=true
jvm_profile=quick-start
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --no-build) build=false ;;
    --production-jvm) jvm_profile=production ;;
  esac
done

if [ "${1:-}" = "--token" ]; then
  [ -n "${2:-}" ] || { echo "Usage: ./run-local.sh --token USER [PASSWORD]" >&2; exit 2; }
  home="${LOCAL_RUN_HOME:-.local-run}"
  ready="$home/ready.properties"
  if [ ! -f "$ready" ] || [ ! -f "$home/runtime/launcher/classpath" ]; then
    echo "No local run is ready on $home: start ./run-local.sh first (or set LOCAL_RUN_HOME)." >&2
    exit 2
  fi
  source scripts/jdk-env.sh >/dev/null
  issuer=$(grep '^identity.url=' "$ready" | head -1 | cut -d= -f2-)
  exec "$JAVA_HOME/bin/java" -cp "$(cat "$home/runtime/launcher/classpath")" com.example.shop.localrun.Token \
    "$issuer" "$2" ${3:+"$3"}
fi
launcher_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build|--production-jvm) ;;
    *) launcher_args+=("$arg") ;;
  esac
done

source scripts/jdk-env.sh
home="${LOCAL_RUN_HOME:-.local-run}"
if [ -f "$home/launcher.pid" ] && [ "$(ps -o comm= -p "$(cat "$home/launcher.pid")" 2>/dev/null)" = java ]; then
  echo "A local run is already running on $home (pid $(cat "$home/launcher.pid")). Stop it first, or start" \
    "another with its own LOCAL_RUN_HOME and --free-ports." >&2
  exit 2
fi

if $build; then
  echo "==> Building the services and the launcher (tests skipped; ./run-tests.sh runs them) with $JAVA_HOME"
  # -am builds exactly what the launcher runs, from this checkout alone: nothing is taken from an earlier install.
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true -pl local-run -am package
fi
if [ ! -f local-run/target/classpath.txt ]; then
  echo "Nothing is built yet: run ./run-local.sh without --no-build." >&2
  exit 2
fi

# The launcher runs from a copy too: its classes and the project's own jars it uses, so a rebuild cannot change
# them under it. Third-party jars stay in the Maven repository, which a build never rewrites.
runtime="$home/runtime/launcher"
rm -rf "$runtime"
mkdir -p "$runtime/lib"
cp -r local-run/target/classes "$runtime/classes"
classpath="$runtime/classes"
repository_root="$PWD"
IFS=':' read -r -a entries < local-run/target/classpath.txt || true  # no newline at its end
for entry in "${entries[@]}"; do
  case "$entry" in
    "$repository_root"/*)
      copy="$runtime/lib/$(echo "${entry#"$repository_root"/}" | tr '/' '_')"
      cp -r "$entry" "$copy"
      classpath="$classpath:$copy" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done
# --token reads it to run against this copy.
echo "$classpath" > "$runtime/classpath"
# The services' JVM flags: platform/test-support's ServiceJvm.jvmFlags.
exec "$JAVA_HOME/bin/java" -Dshop.service-jvm="$jvm_profile" -cp "$classpath" com.example.shop.localrun.LocalRun ${launcher_args[@]+"${launcher_args[@]}"}
