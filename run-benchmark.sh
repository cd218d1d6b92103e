#!/usr/bin/env bash
# Benchmarks (not part of ./run-tests.sh): ./run-benchmark.sh [bff|sessions|startup|batch|all] [arguments of the suite]
#   bff    (default) starts orders, billing and catalog on loopback with the images' production JVM flags and the
#          BFF in the benchmark's JVM (the ui-app's memory limit), then measures each backend directly and the same
#          work through the BFF, side by side: closed loop to saturation (throughput, the pass-through ratio) and open
#          loop at a fixed rate (latency from when each request was due), and prints each ratio next to its goal.
#          Arguments: [orders=40] [clients=8] [requests=150] [warmup=100] [rate=auto: half the composite's
#          saturation throughput] [seconds=15] [jvm=production].
#   startup  every long-running deployable (identity-provider, orders, billing, catalog, ui-app) started alone with
#          its pod's JVM view (the images' flags, MaxRAM = its memory limit): seconds to readiness and resident memory
#          at readiness, after a short warm-up and at peak, from the executable jar, from the extracted jar and from the
#          extracted jar with a JDK 25 AOT cache (one training run each), median of the runs; prints the AOT ratio and
#          the Kubernetes requests and limits against the memory. Arguments: [runs=3] [training=refresh|workload]
#          [warmup=100]. Method and results: images/README.md, "Start-up, footprint and the AOT cache".
#   batch  the catalog's product import (200,000 rows) and the orders' daily sales summary (200,000 orders), each in
#          rows per second next to the raw ceiling of the same database on the same data in the same run, with the
#          ratio. Arguments: [rows=200000] [orders=200000].
#   sessions  starts the whole system with production JVM flags and demo data, opens Vaadin sessions over HTTP (each
#          signed in, with the dashboard and the order list open and heartbeating), and prints ui-app's retained heap
#          per open session (heap histogram after a full GC, by difference), the sessions per GiB, and how soon the UIs
#          of closed tabs are reclaimed, each next to its goal. Arguments: [sessions=500] [warmup=20] [user=sales]
#          [tabs=dashboard,orders] [home=LOCAL_RUN_HOME: measure a local run already running instead of starting one].
#   all    every suite, one after the other.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk-env.sh

suite=bff
case "${1:-}" in
  bff|sessions|startup|batch|all) suite=$1; shift ;;
esac

bff() {
  echo "==> Building (tests compiled, not run)"
  ./mvnw -B -q install -DskipTests -Dspring-javaformat.skip=true -am \
    -pl backend-orders-rest/orders-service,backend-billing-rest/billing-service,backend-catalog-grpc/catalog-service,bff-gateway
  ./mvnw -B -q -pl bff-gateway dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark-classpath.txt
  # The BFF runs inside ui-app, whose pod is limited to 1 GiB; MaxRAM stands in for that limit.
  (cd bff-gateway && "$JAVA_HOME/bin/java" -XX:MaxRAM=1g -XX:MaxRAMPercentage=75 -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    com.example.shop.bff.benchmark.OrderDetailBenchmark "$@")
}

startup() {
  echo "==> Building the services, ui-app, the identity provider and local-run (tests compiled, not run)"
  ./mvnw -B -q install -DskipTests -Dspring-javaformat.skip=true -am -pl local-run
  ./mvnw -B -q -pl local-run dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark-classpath.txt
  "$JAVA_HOME/bin/java" -cp "local-run/target/test-classes:local-run/target/classes:$(cat local-run/target/benchmark-classpath.txt)" \
    com.example.shop.localrun.StartupBenchmark "$@"
}

batch() {
  local rows=200000 orders=200000
  for argument in "$@"; do
    case "$argument" in
      rows=*) rows=${argument#rows=} ;;
      orders=*) orders=${argument#orders=} ;;
      *) echo "Unknown argument '$argument' for the batch suite: rows=N orders=N" >&2; exit 2 ;;
    esac
  done
  echo "==> Building the batch applications (tests compiled, not run)"
  ./mvnw -B -q install -DskipTests -Dspring-javaformat.skip=true -am \
    -pl batch-jobs/orders-batch,batch-jobs/catalog-batch
  local results=()
  for module in catalog-batch orders-batch; do
    ./mvnw -B -q -pl "batch-jobs/$module" dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/benchmark-classpath.txt
  done
  echo "==> catalog product-import, $rows rows, on the MongoDB stand-in"
  results+=("$(cd batch-jobs/catalog-batch && "$JAVA_HOME/bin/java" -Xmx2g \
    -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    com.example.shop.catalog.batch.benchmark.ProductImportBenchmark "rows=$rows" | grep '^RESULT ')")
  echo "==> orders daily-sales-summary, $orders orders over a year, on embedded PostgreSQL"
  results+=("$(cd batch-jobs/orders-batch && "$JAVA_HOME/bin/java" \
    -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    com.example.shop.orders.batch.benchmark.SalesSummaryBenchmark "orders=$orders" | grep '^RESULT ')")
  echo
  printf '%-30s %-28s %9s %12s %14s %7s  %s\n' "job" "data" "time (s)" "rows/s" "ceiling rows/s" "ratio" "ceiling"
  for result in "${results[@]}"; do
    IFS='|' read -r job data seconds rate ceiling how <<< "${result#RESULT }"
    printf '%-30s %-28s %9s %12s %14s %6.2fx  %s\n' "$job" "$data" "$seconds" "$rate" "$ceiling" \
      "$(awk -v a="$rate" -v b="$ceiling" 'BEGIN { printf "%.2f", a / b }')" "$how"
  done
  echo "Goal: each ratio at least 0.50x."
}

sessions() {
  echo "==> Building the system and the load client (tests compiled, not run)"
  ./mvnw -B -q install -DskipTests -Dspring-javaformat.skip=true -am -pl local-run,e2e-tests
  ./mvnw -B -q -pl e2e-tests dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark-classpath.txt
  (cd e2e-tests && "$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/benchmark-classpath.txt)" \
    com.example.shop.e2e.benchmark.SessionMemoryBenchmark "$@")
}

case "$suite" in
  bff) bff "$@" ;;
  sessions) sessions "$@" ;;
  startup) startup "$@" ;;
  batch) batch "$@" ;;
  all) bff; sessions; startup; batch ;;
esac
