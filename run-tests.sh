#!/usr/bin/env bash
# Runs every test of every module: unit and slice tests (*Tests) and integration tests (*IT) against real,
# embedded infrastructure, and the browser tests in Chromium. Also checks formatting and the toolchain, builds every
# image (profile "images") and checks it, and renders and checks the Kubernetes manifests.
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
# The alert rules' checks (k8s/monitoring) run promtool, from Debian's prometheus package.
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
# The image tests start the images from their unpacked file systems under chroot, in private namespaces: root.
if [ "$(id -u)" != 0 ]; then
  echo "The image tests (images/) start each image under chroot in its own namespaces, which needs root." >&2
  echo "Run as root, or leave them out with: ./mvnw -B verify (no -Pimages)." >&2
  exit 2
fi
# The image build takes glibc from Debian's libc6 package (apt-get download, dpkg-deb).
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "The default image base takes glibc from Debian's libc6 package: this needs a Debian or Ubuntu machine." >&2
  exit 2
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "The tests need ${missing[*]}, which this machine lacks. Install with:" >&2
  echo "    sudo apt-get install -y ${missing[*]}" >&2
  echo "(or point CHROMIUM_PATH at a Chromium binary)" >&2
  exit 2
fi

# The manifest checks render every overlay with kubectl's built-in Kustomize 5 (no cluster needed).
source scripts/kubectl.sh
# The images are labelled and tagged with the commit.
source images/revision.sh

exec ./mvnw -B verify -Pimages "${image_revision_args[@]}" "$@"
