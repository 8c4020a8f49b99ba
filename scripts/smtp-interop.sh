#!/usr/bin/env bash
# Interop check against a third-party SMTP server: starts Python's aiosmtpd in the background on
# a free loopback port, so a later step can send one mail through Signpost to it and look at
# the file it wrote.
#
#   scripts/smtp-interop.sh [start [MAILDIR]]   prints the port on stdout (and nothing else)
#   scripts/smtp-interop.sh stop                stops the server started by `start`
#
# - aiosmtpd is installed (pinned) into the venv target/smtp-venv on first use: needs python3
#   with venv and pip, and PyPI.
# - Each accepted message N (0001, 0002, ...) is written to MAILDIR (default: a fresh temp dir)
#   as N.json (envelope: mail_from, rcpt_tos, mail_options, auth login or null) and then N.eml
#   (the raw message as received, dot-unstuffed, CRLF line ends). N.eml appears by rename after
#   N.json is written, so "an .eml file exists" means "a whole message arrived".
# - State lives in target/smtp-interop/: pid, port, maildir (the MAILDIR path), server.log.
# - The server is plain SMTP on 127.0.0.1 (no STARTTLS; point Signpost at it without TLS). It
#   offers AUTH PLAIN and LOGIN over plain text and accepts any credentials, and SMTPUTF8.
#
# Example:
#   port=$(scripts/smtp-interop.sh start)
#   ... make Signpost send one mail to 127.0.0.1:$port ...
#   ls "$(cat target/smtp-interop/maildir)"/*.eml
#   scripts/smtp-interop.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."

AIOSMTPD_VERSION=1.4.6
venv=target/smtp-venv
state=target/smtp-interop

stop_server() {
  if [ -f "$state/pid" ]; then
    pid=$(cat "$state/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$state/pid" "$state/port"
  fi
}

command=${1:-start}
case "$command" in
  stop)
    stop_server
    exit 0
    ;;
  start) ;;
  *)
    echo "usage: $0 [start [MAILDIR]] | stop" >&2
    exit 2
    ;;
esac

if ! "$venv/bin/python" -c "import aiosmtpd" 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "aiosmtpd==$AIOSMTPD_VERSION" >&2
fi

stop_server
mkdir -p "$state"
maildir=${2:-$(mktemp -d)}
mkdir -p "$maildir"
maildir=$(cd "$maildir" && pwd)
echo "$maildir" > "$state/maildir"

# The server binds port 0 itself and writes the port it got to $state/port once it listens.
read -r -d '' server_py <<'PY' || true
import asyncio, json, logging, os, sys
from aiosmtpd.smtp import SMTP, AuthResult

# aiosmtpd 1.4 logs a warning about its own use of Session.login_data on every AUTH.
logging.getLogger("mail.log").addFilter(lambda record: "login_data is deprecated" not in record.getMessage())

maildir, port_file = sys.argv[1], sys.argv[2]


class Handler:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(maildir, f"{self.count:04d}")
        login = getattr(session.auth_data, "login", None)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "auth_login": login.decode("utf-8", "replace") if isinstance(login, bytes) else login,
        }
        with open(base + ".json", "w") as f:
            json.dump(meta, f, indent=2)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.replace(base + ".eml.tmp", base + ".eml")
        print(f"received {base}.eml from {envelope.mail_from} to {envelope.rcpt_tos}", flush=True)
        return "250 2.0.0 OK: queued as " + f"{self.count:04d}"


def accept_any(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=True, auth_data=auth_data)


async def main():
    handler = Handler()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(
            handler,
            hostname="localhost",
            enable_SMTPUTF8=True,
            authenticator=accept_any,
            auth_require_tls=False,
        ),
        "127.0.0.1",
        0,
    )
    port = server.sockets[0].getsockname()[1]
    with open(port_file + ".tmp", "w") as f:
        f.write(f"{port}\n")
    os.replace(port_file + ".tmp", port_file)
    print(f"aiosmtpd listening on 127.0.0.1:{port}, writing to {maildir}", flush=True)
    await server.serve_forever()


asyncio.run(main())
PY

rm -f "$state/port"
nohup "$venv/bin/python" -u -c "$server_py" "$maildir" "$state/port" > "$state/server.log" 2>&1 &
echo $! > "$state/pid"

for _ in $(seq 100); do
  if [ -s "$state/port" ]; then
    cat "$state/port"
    exit 0
  fi
  if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then break; fi
  sleep 0.1
done
echo "aiosmtpd did not start; see $state/server.log:" >&2
cat "$state/server.log" >&2
stop_server
exit 1
