#!/usr/bin/env bash
# Sourced by run-local.sh, run-tests.sh and .ci/run: makes JAVA_HOME point at a JDK 25 or newer.
# Order: an existing JAVA_HOME that is new enough, the `java` on the PATH, then the usual install folders
# (/usr/lib/jvm on Debian/Ubuntu, SDKMAN, /opt/java). Fails with a message that says what to install.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

use_jdk() {
  local home="$1"
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  local major
  major=$(java_major "$home/bin/java")
  [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null || return 1
  export JAVA_HOME="$home"
  export PATH="$JAVA_HOME/bin:$PATH"
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && use_jdk "$JAVA_HOME"; then return 0; fi
  if command -v javac >/dev/null 2>&1; then
    local from_path
    from_path=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if use_jdk "$from_path"; then return 0; fi
  fi
  local candidate
  for candidate in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /usr/local/java/*; do
    [ -d "$candidate" ] || continue
    if use_jdk "$candidate"; then return 0; fi
  done
  echo "No JDK 25 or newer found. Install one (for example Eclipse Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}

find_jdk
