#!/usr/bin/env bash
# Runs every test of every module: unit and slice tests (*Tests) and integration tests (*IT) against real,
# embedded infrastructure. Also checks formatting and the toolchain. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk-env.sh
exec ./mvnw -B verify "$@"
