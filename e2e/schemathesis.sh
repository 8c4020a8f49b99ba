#!/usr/bin/env bash
# Property-based tests of Signpost's JSON API from its own OpenAPI document, with
# schemathesis (PyPI) with `--checks all`: no 5xx, every response matches its documented
# schema, status code, content type and headers, and data the document forbids is refused.
# Starts Signpost on a free 127.0.0.1 port, runs, stops it.
#
#   bash e2e/schemathesis.sh            # from the repository root
#
# Environment: SIGNPOST_BIN (default target/debug/signpost), ST_VENV (default
# target/st-venv; made and filled with the pinned schemathesis if missing),
# ST_MAX_EXAMPLES (default 50 per operation).
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
bin=${SIGNPOST_BIN:-target/debug/signpost}
venv=${ST_VENV:-target/st-venv}
max_examples=${ST_MAX_EXAMPLES:-50}

if [ ! -x "$bin" ]; then
  echo "Signpost binary not found at $bin: run cargo build, or set SIGNPOST_BIN" >&2
  exit 1
fi
if ! "$venv/bin/st" --version 2>/dev/null | grep -qx "st, version $SCHEMATHESIS_VERSION"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

work=$(mktemp -d)
log="$work/signpost.log"
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

SIGNPOST_PAGES__EXIT_URL=http://127.0.0.1:9/ NO_COLOR=1 "$bin" serve --listen 127.0.0.1:0 >"$log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 200); do
  port=$(sed -n 's/.*Signpost is serving address=127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$port" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "Signpost exited before serving:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "Signpost did not report its address within 20 s:" >&2
  cat "$log" >&2
  exit 1
fi
echo "Signpost is serving on 127.0.0.1:$port; running schemathesis $SCHEMATHESIS_VERSION"

# Run from target/schemathesis so that its caches (.schemathesis/, .hypothesis/) and the
# JUnit report land there, not in the work tree.
st=$(cd "$venv/bin" && pwd)/st
mkdir -p target/schemathesis
status=0
(
  cd target/schemathesis
  "$st" --no-color run "http://127.0.0.1:$port/api/v1/openapi.json" \
    --checks all \
    --max-examples "$max_examples" \
    --seed 20261128 \
    --workers 1 \
    --request-timeout 10 \
    --generation-database none \
    --report junit --report-dir .
) || status=$?

if [ "$status" -ne 0 ]; then
  echo "schemathesis found failures (exit $status); Signpost's log:" >&2
  tail -n 50 "$log" >&2
fi
exit "$status"
