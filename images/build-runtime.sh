#!/usr/bin/env bash
# Prepares the files of the default, offline image base: a jlinked Java runtime and glibc from Debian's libc6
# package, as a root file system that Jib adds to a `scratch` base (root pom, profile "image-base-local").
# Nothing here comes from a container registry, so images build on machines that reach none.
#
# Output: target/images/runtime/rootfs (and a stamp with what it was built from; an unchanged input is reused).
# Pinned: the libc6 version and its SHA-256 below. The Java runtime is the JDK that builds (JAVA_HOME, 25+), so
# the same JDK and the same commit give the same image digest.
set -euo pipefail
root_dir="$(cd "$(dirname "$0")/.." && pwd)"

# Debian 12 (bookworm) glibc. When the Debian archive drops this version after a point release, update both lines
# (apt-cache policy libc6; sha256sum of the downloaded .deb) and say so in the commit.
LIBC6_VERSION="2.36-9+deb12u14"
LIBC6_SHA256="ba4f88f73dbc3ae9055f3c20f4523bfdbaf1ad13ff95e258924f77d20b4fbedf"
# What Spring Boot, Tomcat, Vaadin, gRPC/Netty, JDBC and the MongoDB driver need at run time. java.compiler:
# Spring Data; java.desktop: java.beans; jdk.localedata: Korean formats; jdk.naming.dns: mongodb+srv:// URIs;
# java.security.sasl: MongoDB's SCRAM; jdk.management: process CPU metrics; jdk.unsupported: Netty and others;
# jdk.jfr: Spring Batch 6 records every job and step as a JFR event (jdk.jfr.Event), so the batch images need it.
JAVA_MODULES="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,\
jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs"
# The libraries the runtime loads (ldd over the JDK's own libraries; libc6 >= 2.34 carries NSS files/dns in libc).
LIBS="ld-linux-x86-64.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libresolv.so.2 \
libnss_files.so.2 libnss_dns.so.2"
APP_UID=65532

[ "$(uname -m)" = x86_64 ] || { echo "The offline base is built for x86_64 only; on $(uname -m) use a registry base: -Djib.from.image=eclipse-temurin:25-jre" >&2; exit 2; }
source "$root_dir/scripts/jdk-env.sh" >/dev/null
java_version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2; exit}')
out="$root_dir/target/images/runtime"
stamp="libc6=$LIBC6_VERSION sha256=$LIBC6_SHA256 java=$java_version modules=$JAVA_MODULES uid=$APP_UID script=$(sha256sum "$0" | cut -c1-16)"
if [ -f "$out/stamp" ] && [ "$(cat "$out/stamp")" = "$stamp" ] && [ -x "$out/rootfs/opt/java/openjdk/bin/java" ]; then
  echo "Image runtime up to date: $out/rootfs"
  exit 0
fi

command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || {
  echo "The offline base takes glibc from Debian's libc6 package, which needs apt-get and dpkg-deb (Debian/Ubuntu)." >&2
  echo "Elsewhere build on a registry base instead: ./build-images.sh -Djib.from.image=eclipse-temurin:25-jre" >&2
  exit 2
}
rm -rf "$out"
mkdir -p "$out/download"
deb="$out/download/libc6_${LIBC6_VERSION}_amd64.deb"
cached="/var/cache/apt/archives/libc6_${LIBC6_VERSION/:/%3a}_amd64.deb"
if [ -f "$cached" ]; then
  cp "$cached" "$deb"
else
  (cd "$out/download" && apt-get download -qq "libc6=$LIBC6_VERSION" 2>/dev/null) \
    || { [ "$(id -u)" = 0 ] && apt-get update -qq && (cd "$out/download" && apt-get download -qq "libc6=$LIBC6_VERSION"); } || {
    echo "apt-get could not download libc6=$LIBC6_VERSION (run apt-get update; if Debian no longer serves that version," >&2
    echo "update LIBC6_VERSION and LIBC6_SHA256 in $0)." >&2
    exit 2
  }
fi
echo "$LIBC6_SHA256  $deb" | sha256sum -c --quiet - || { echo "libc6 .deb checksum mismatch: refusing it." >&2; exit 2; }
dpkg-deb -x "$deb" "$out/libc6"

rootfs="$out/rootfs"
mkdir -p "$rootfs/lib/x86_64-linux-gnu" "$rootfs/lib64" "$rootfs/etc" "$rootfs/tmp" "$rootfs/opt/java" \
  "$rootfs/usr/share/doc/libc6"
for lib in $LIBS; do
  # Real files, not symlinks: Jib copies what a link points to anyway.
  cp -L "$out/libc6/lib/x86_64-linux-gnu/$lib" "$rootfs/lib/x86_64-linux-gnu/$lib"
done
cp -L "$out/libc6/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" "$rootfs/lib64/ld-linux-x86-64.so.2"
cp "$out/libc6/usr/share/doc/libc6/copyright" "$rootfs/usr/share/doc/libc6/copyright"
printf 'root:x:0:0:root:/root:/sbin/nologin\nshop:x:%s:%s:shop:/tmp:/sbin/nologin\n' $APP_UID $APP_UID > "$rootfs/etc/passwd"
printf 'root:x:0:\nshop:x:%s:\n' $APP_UID > "$rootfs/etc/group"
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
printf 'libc6 %s (Debian 12)\njava %s (jlink of %s)\nmodules %s\n' "$LIBC6_VERSION" "$java_version" \
  "$JAVA_HOME" "$JAVA_MODULES" > "$rootfs/etc/shop-runtime"

"$JAVA_HOME/bin/jlink" --add-modules "$JAVA_MODULES" --output "$rootfs/opt/java/openjdk" \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6
rm -rf "$out/libc6" "$out/download"
echo "$stamp" > "$out/stamp"
echo "Image runtime built: $rootfs ($(du -sh "$rootfs" | cut -f1); libc6 $LIBC6_VERSION, java $java_version)"
