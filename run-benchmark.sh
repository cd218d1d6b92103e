#!/usr/bin/env bash
# The BFF benchmark (not part of ./run-tests.sh): starts orders, billing and catalog on loopback and the BFF in
# this JVM, then measures each backend directly and the order-detail composite through the BFF, side by side,
# and prints p50/p99 and their ratios. Arguments: [orders=40] [clients=8] [requestsPerClient=150] [warmup=50].
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk-env.sh
echo "==> Building (tests compiled, not run)"
./mvnw -B -q install -DskipTests -Dspring-javaformat.skip=true -am \
  -pl backend-orders-rest/orders-service,backend-billing-rest/billing-service,backend-catalog-grpc/catalog-service,bff-gateway
./mvnw -B -q -pl bff-gateway dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
cd bff-gateway
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  com.example.shop.bff.benchmark.OrderDetailBenchmark "$@"
