#!/usr/bin/env bash
# Checks the deployment files in deploy/ as far as this machine allows:
#   - the systemd unit with `systemd-analyze verify` and its sandboxing score;
#   - the Kubernetes manifests against the Kubernetes JSON schemas (kubernetes-validate from
#     PyPI, in a venv; it ships the schemas, so no cluster and no download of schemas);
#   - the nginx snippet with `nginx -t`, inside a throwaway nginx.conf, with a self-signed
#     certificate made for the occasion;
#   - the Containerfile's promises (non-root, static base, musl build) by reading it: no
#     container registry is reachable here, so the image itself is not built in CI.
# Usage: deploy/check.sh [path/to/signpost binary]  (default target/debug/signpost)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:-target/debug/signpost}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "need $* but not root: cannot install" >&2
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

echo "-- systemd unit"
command -v systemd-analyze >/dev/null || apt_install systemd
# verify needs the ExecStart binary to exist: point it at the one just built.
sed "s#/usr/local/bin/signpost#$binary#" deploy/signpost.service > "$work/signpost.service"
systemd-analyze verify "$work/signpost.service"
for directive in DynamicUser=yes ProtectSystem=strict NoNewPrivileges=yes ExecReload=; do
  grep -q "^$directive" deploy/signpost.service || { echo "signpost.service lacks $directive" >&2; exit 1; }
done
if grep -qE '^(ReadWritePaths|StateDirectory|CacheDirectory|LogsDirectory|RuntimeDirectory)=' deploy/signpost.service; then
  echo "signpost.service gives Signpost a writable path; it writes nothing" >&2
  exit 1
fi
exposure=$(systemd-analyze security --offline=yes "$work/signpost.service" 2>/dev/null |
  sed -n 's/.*Overall exposure level for signpost.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security: exposure $exposure (0 = fully sandboxed, 10 = not at all)"
awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 2.0) }' || {
  echo "the unit's exposure rose above 2.0" >&2
  exit 1
}
echo "signpost.service verified"

echo "-- Kubernetes manifests"
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  apt_install python3-venv
fi
venv=${KUBERNETES_VALIDATE_VENV:-$work/venv}
if [ ! -x "$venv/bin/kubernetes-validate" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'kubernetes-validate==1.37.0'
fi
"$venv/bin/kubernetes-validate" --strict deploy/kubernetes/*.yaml
grep -q 'readOnlyRootFilesystem: true' deploy/kubernetes/deployment.yaml
grep -q 'runAsNonRoot: true' deploy/kubernetes/deployment.yaml
grep -q 'path: /readyz' deploy/kubernetes/deployment.yaml
grep -q 'path: /healthz' deploy/kubernetes/deployment.yaml
# The ConfigMap's signpost.toml must pass Signpost's own check.
mkdir -p "$work/config"
cp -r config/rules.toml config/directory config/locales "$work/config/"
"$venv/bin/python" - "$work/config/signpost.toml" <<'PY'
import sys, yaml
with open("deploy/kubernetes/configmap.yaml") as f:
    data = yaml.safe_load(f)["data"]["signpost.toml"]
open(sys.argv[1], "w").write(data)
PY
"$binary" check --config "$work/config" >/dev/null
echo "the ConfigMap's signpost.toml passes signpost check"

echo "-- nginx snippet"
command -v nginx >/dev/null || apt_install nginx-light || apt_install nginx
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=signpost.example.org" \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
sed -e "s#/etc/ssl/signpost/#$work/#" -e "s#/var/log/nginx/#$work/#" \
  deploy/nginx-signpost.conf > "$work/signpost.conf"
cat > "$work/nginx.conf" <<NGINX
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $work;
  proxy_temp_path $work;
  fastcgi_temp_path $work;
  uwsgi_temp_path $work;
  scgi_temp_path $work;
  include $work/signpost.conf;
}
NGINX
nginx -t -q -p "$work" -c "$work/nginx.conf"
grep -q 'trusted_proxies = \["127.0.0.1"\]' deploy/nginx-signpost.conf
grep -q 'listen = "127.0.0.1:8080"' deploy/nginx-signpost.conf
echo "nginx -t accepts the snippet"

echo "-- Containerfile (read, not built: no container registry is reachable here)"
grep -q '^USER nonroot' deploy/Containerfile
grep -q '^FROM gcr.io/distroless/static' deploy/Containerfile
grep -q 'alpine AS build' deploy/Containerfile
echo "non-root user, distroless static base, musl (Alpine) build"
