#!/usr/bin/env bash
# Builds what it needs, then runs the whole system locally on embedded defaults with demo data.
#   ./run-local.sh           start (data in .local-run/ survives restarts)
#   ./run-local.sh --reset   start from a fresh database and fresh demo data
# Ctrl-C stops everything. Ports: see ./run-local.sh --help.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk-env.sh
echo "==> Building (tests skipped; ./run-tests.sh runs them) with $JAVA_HOME"
./mvnw -B -q -Dmaven.test.skip=true -Dspring-javaformat.skip=true package
exec "$JAVA_HOME/bin/java" -cp "local-run/target/classes:$(cat local-run/target/classpath.txt)" \
  com.example.shop.localrun.LocalRun "$@"
