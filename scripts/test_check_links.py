#!/usr/bin/env python3
"""Tests scripts/check-links against a local HTTP server on loopback that answers 200, 301,
404 and refuses HEAD, plus a closed port. No internet needed. Run: python3 scripts/test_check_links.py"""

import http.server
import json
import pathlib
import socket
import subprocess
import sys
import tempfile
import threading

SCRIPT = pathlib.Path(__file__).with_name("check-links")


class Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self, with_body):
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/moved-to-gone":
            self.send_response(302)
            self.send_header("Location", "/gone")
        elif self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/no-head":
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "2" if with_body else "0")
        self.end_headers()
        if with_body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)

    def log_message(self, *args):
        pass


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    dead_port = closed_port()
    with tempfile.TemporaryDirectory() as config:
        folder = pathlib.Path(config) / "directory"
        folder.mkdir()
        services = [
            ("ok", f"{base}/ok"), ("moved", f"{base}/moved"), ("gone", f"{base}/gone"),
            ("no-head", f"{base}/no-head"), ("moved-to-gone", f"{base}/moved-to-gone"),
            ("closed", f"http://127.0.0.1:{dead_port}/"), ("ok-again", f"{base}/ok"),
        ]
        text = 'country = "ZZ"\n' + "".join(
            f'\n[[service]]\nid = "zz-{name}"\nurl = "{url}"\nsource = "{base}/source-gone"\n'
            for name, url in services
        )
        (folder / "zz.toml").write_text(text)
        (pathlib.Path(config) / "platforms.toml").write_text(
            f'[[platform]]\nid = "gone-app"\nreport_url = "{base}/app-gone"\nsource = "{base}/ok"\n'
        )
        run = subprocess.run(
            [sys.executable, str(SCRIPT), "--config", config, "--json", "--timeout", "5", "--workers", "3"],
            capture_output=True, text=True, timeout=120,
        )
        report = json.loads(run.stdout)
        dead = {r["url"].rsplit("/", 1)[-1] or "closed": r for r in report["dead"]}
        moved = {r["url"].rsplit("/", 1)[-1]: r for r in report["redirects"]}
        checks = [
            (run.returncode == 1, f"exit status 1 when a link is dead, got {run.returncode}: {run.stderr}"),
            (report["checked"] == 7, f"each distinct url once: {report['checked']}"),
            (set(dead) == {"gone", "moved-to-gone", "closed", "app-gone"}, f"dead: {sorted(dead)}"),
            (dead["app-gone"]["entries"] == ["platforms/gone-app"], "a platform's report page is checked"),
            (dead["gone"]["status"] == 404, "404 is reported with its status"),
            (dead["closed"]["error"], "a refused connection is reported with its reason"),
            (set(moved) == {"moved"}, f"redirects: {sorted(moved)}"),
            (moved["moved"]["hops"] == [{"status": 301, "to": f"{base}/ok"}], f"{moved.get('moved')}"),
            (moved["moved"]["status"] == 200, "the redirect's target answers"),
            ("no-head" not in dead, "a server refusing HEAD is asked again with GET"),
            (dead["gone"]["entries"] == ["zz/zz-gone"], "the entry using the link is named"),
        ]
        text_run = subprocess.run(
            [sys.executable, str(SCRIPT), "--config", config, "--sources"],
            capture_output=True, text=True, timeout=120,
        )
        checks += [
            ("DEAD      " + f"{base}/gone (HTTP 404)" in text_run.stdout, text_run.stdout),
            (f"{base}/source-gone" in text_run.stdout, "--sources checks each entry's source too"),
            ("8 links checked" in text_run.stdout, text_run.stdout),
        ]
    server.shutdown()
    failed = [message for ok, message in checks if not ok]
    for message in failed:
        print(f"FAIL: {message}", file=sys.stderr)
    if failed:
        return 1
    print(f"check-links: {len(checks)} checks passed against a local server")
    return 0


if __name__ == "__main__":
    sys.exit(main())
