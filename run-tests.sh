#!/usr/bin/env bash
# Runs every test of every module: unit and slice tests (*Tests) and integration tests (*IT) against real,
# embedded infrastructure, and the browser tests in Chromium. Also checks formatting and the toolchain.
# Extra arguments go to Maven. What it needs from the machine is checked first, before anything builds.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk-env.sh

missing=()
# The browser tests (e2e-tests) drive the system's Chromium (Playwright's own download is unreachable from many
# build machines): CHROMIUM_PATH, chromium or chromium-browser on the PATH, or a browser Playwright downloaded.
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 2; }
elif ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
    && ! ls -d "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  missing+=(chromium fonts-nanum)
fi
# Embedded PostgreSQL, started as root, runs the server inside `unshare -U` (util-linux).
if [ "$(id -u)" = 0 ] && ! command -v unshare >/dev/null 2>&1; then
  missing+=(util-linux)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "The tests need ${missing[*]}, which this machine lacks. Install with:" >&2
  echo "    sudo apt-get install -y ${missing[*]}" >&2
  echo "(or point CHROMIUM_PATH at a Chromium binary)" >&2
  exit 2
fi

exec ./mvnw -B verify "$@"
