#!/usr/bin/env bash
# One forwarded concern through an independent SMTP server (Python's aiosmtpd), end to end:
# starts aiosmtpd and Signpost (mail on, pointed at it), posts a complete message to /tell the
# way the page does, and checks aiosmtpd received exactly one plain-text message with the
# fixed subject and the person's words, read by Python's email package with
# policy=email.policy.strict without a defect, with MIME-Version 1.0, a Message-ID in the
# sender's domain (never the host name) and no header line over 78 columns. Loopback only.
#
#   SIGNPOST_BIN=target/debug/signpost scripts/mail-interop-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SIGNPOST_BIN:-target/debug/signpost}
if ! command -v curl >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends curl
fi

port=$(scripts/smtp-interop.sh start)
maildir=$(cat target/smtp-interop/maildir)
log=$(mktemp)
cleanup() {
  [ -n "${signpost_pid:-}" ] && kill "$signpost_pid" 2>/dev/null || true
  scripts/smtp-interop.sh stop || true
}
trap cleanup EXIT

SIGNPOST_MAIL__ENABLED=true \
SIGNPOST_MAIL__SMTP_URL="smtp://127.0.0.1:$port" \
SIGNPOST_MAIL__ORGANISATION="Interop School" \
SIGNPOST_SMTP_USER=interop SIGNPOST_SMTP_PASSWORD=interop-password \
  "$bin" serve --listen 127.0.0.1:0 > "$log" 2>&1 &
signpost_pid=$!
address=""
for _ in $(seq 100); do
  address=$(grep -o 'address=[0-9.:]*' "$log" | head -n1 | cut -d= -f2 || true)
  [ -n "$address" ] && break
  sleep 0.1
done
[ -n "$address" ] || { echo "Signpost did not start:" >&2; cat "$log" >&2; exit 1; }

words="Interop check: a message through aiosmtpd, with Ünïcödé."
status=$(curl -s -o /tmp/interop-page.html -w '%{http_code}' "http://$address/tell" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode country=GB --data-urlencode danger=no --data-urlencode reporter=adult \
  --data-urlencode concern=grooming --data-urlencode "text=$words" --data-urlencode contact=anonymous \
  --data-urlencode name= --data-urlencode email= --data-urlencode phone= --data-urlencode consent=yes \
  --data-urlencode leave_empty= --data-urlencode action=send)
[ "$status" = 200 ] || { echo "POST /tell answered $status" >&2; cat /tmp/interop-page.html >&2; exit 1; }
grep -q "Sent to Interop School" /tmp/interop-page.html

for _ in $(seq 50); do ls "$maildir"/*.eml >/dev/null 2>&1 && break; sleep 0.1; done
count=$(ls "$maildir"/*.eml 2>/dev/null | wc -l)
[ "$count" = 1 ] || { echo "aiosmtpd received $count messages, expected 1" >&2; exit 1; }
python3 - "$maildir" "$words" <<'PY'
import email, email.policy, glob, json, socket, sys
maildir, words = sys.argv[1], sys.argv[2]
path = glob.glob(maildir + "/*.eml")[0]
raw = open(path, "rb").read()
message = email.message_from_bytes(raw, policy=email.policy.strict)
envelope = json.load(open(path[:-4] + ".json"))
assert not message.defects, message.defects
for name, value in message.items():
    assert not value.defects, (name, value.defects)
assert message["MIME-Version"] == "1.0", message["MIME-Version"]
message_id = message["Message-ID"]
assert message_id.startswith("<") and message_id.endswith("@example.org>"), message_id
assert socket.gethostname() not in message_id, message_id
head = raw.split(b"\r\n\r\n", 1)[0]
assert all(len(line) <= 78 for line in head.split(b"\r\n")), "a header line over 78 columns"
assert message["Subject"] == "Safeguarding concern via Signpost: grooming (GB)", message["Subject"]
assert not message.is_multipart(), "plain text, no attachment"
assert message.get_content_type() == "text/plain"
body = message.get_content()
assert words in body, body
assert envelope["rcpt_tos"] == ["safeguarding@example.org"], envelope
assert envelope.get("auth_login") in ("interop", b"interop"), envelope
print("aiosmtpd received one plain-text message with the fixed subject, the words and the login;")
print(f"it parses with policy=email.policy.strict, with MIME-Version 1.0 and Message-ID {message_id}")
PY
