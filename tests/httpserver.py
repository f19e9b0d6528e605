"""A tiny scripted HTTP server on 127.0.0.1 for fetch tests."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Scripted:
    """path → list of (status, headers, body) served in turn (the last one repeats)."""

    def __init__(self, routes: dict[str, list[tuple[int, dict, bytes]]]):
        self.routes = routes
        self.requests: list[tuple[str, dict]] = []
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.requests.append((self.path, dict(self.headers)))
                script = outer.routes.get(self.path)
                if not script:
                    self.send_response(404)
                    self.end_headers()
                    return
                status, headers, body = script.pop(0) if len(script) > 1 else script[0]
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
