#!/usr/bin/env bash
# Builds every deployable's image as an OCI tarball under target/images/ without a Docker daemon: Jib, run by
# Maven (profile "images"), with a CycloneDX SBOM per image. The list of deployables is images/deployables.
#
#   ./build-images.sh                            all images, on the offline base (jlinked Java 25 + Debian's glibc)
#   ./build-images.sh --only ui-app,orders       some of them
#   ./build-images.sh --check-reproducible       then build them again from clean and compare the digests
#   ./build-images.sh -Djib.from.image=eclipse-temurin:25-jre    any Maven argument, e.g. a registry base
#
# Output per image NAME: target/images/NAME.tar (OCI layout), NAME.digest, NAME.json, NAME.cdx.json (SBOM).
# See images/README.md for pushing and running them.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk-env.sh

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }
only="" check=false maven_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --only=*) only="${1#--only=}"; shift ;;
    --check-reproducible) check=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) maven_args+=("$1"); shift ;;
  esac
done

declare -A module_of
images=()
while read -r name module _; do
  case "$name" in ''|'#'*) continue ;; esac
  module_of[$name]=$module
  images+=("$name")
done < images/deployables
if [ -n "$only" ]; then
  IFS=, read -r -a images <<< "$only"
  for name in "${images[@]}"; do
    [ -n "${module_of[$name]:-}" ] || { echo "Unknown image '$name'; images/deployables lists: ${!module_of[*]}" >&2; exit 2; }
  done
fi
modules=$(for name in "${images[@]}"; do printf '%s,' "${module_of[$name]}"; done)

source images/revision.sh

build() {
  ./mvnw -B -q -Pimages -DskipTests "${image_revision_args[@]}" "$@" "${maven_args[@]}" -pl "${modules%,}" -am
}

started=$(date +%s)
build package
echo "Built ${#images[@]} image(s) in $(( $(date +%s) - started )) s (revision ${image_revision:0:12}, dirty=$image_dirty):"
for name in "${images[@]}"; do
  printf '  %-20s %s  %s\n' "$name" "$(cat "target/images/$name.digest")" \
    "$(du -h "target/images/$name.tar" | cut -f1)"
done

if $check; then
  first=$(mktemp -d)
  for name in "${images[@]}"; do cp "target/images/$name.digest" "$first/"; done
  started=$(date +%s)
  # From clean: the modules' classes and jars, the runtime (jlink and libc6 again) and Jib's layer cache.
  build clean package
  echo "Built again from clean in $(( $(date +%s) - started )) s:"
  differ=0
  for name in "${images[@]}"; do
    if cmp -s "$first/$name.digest" "target/images/$name.digest"; then
      printf '  %-20s same digest %s\n' "$name" "$(cat "target/images/$name.digest")"
    else
      printf '  %-20s DIFFERS: %s then %s\n' "$name" "$(cat "$first/$name.digest")" "$(cat "target/images/$name.digest")"
      differ=1
    fi
  done
  rm -rf "$first"
  [ "$differ" = 0 ] || { echo "Images are not reproducible." >&2; exit 1; }
  echo "Reproducible: ${#images[@]} image(s), same digests from two builds."
fi
