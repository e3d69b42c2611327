"""A Nominatim look-alike on 127.0.0.1, and fixtures for apps that talk to it through geopy.

The app's real geopy client, rate limiter and breaker run unchanged; only the server is fake.
Set `stub.behaviour` to one of BEHAVIOURS before the request.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flask import Flask

from recupere_don.extensions import db
from tests.conftest import make_test_app, temporary_database

# A house in Saint-Romuald (Lévis), a spot in Montréal, both as Nominatim's JSON gives them.
HOUSE_IN_LEVIS = {
    "place_id": 101,
    "lat": "46.7561234",
    "lon": "-71.2401234",
    "display_name": "100, Rue de l'Église, Saint-Romuald, Lévis, Québec, G6W 5M5, Canada",
    "class": "place",
    "type": "house",
    "addresstype": "place",
    "address": {
        "house_number": "100",
        "road": "Rue de l'Église",
        "city": "Lévis",
        "state": "Québec",
        "postcode": "G6W 5M5",
        "country_code": "ca",
    },
}
HOUSE_IN_MONTREAL = {
    **HOUSE_IN_LEVIS,
    "place_id": 102,
    "lat": "45.5088",
    "lon": "-73.5540",
    "display_name": "100, Rue de l'Église, Montréal, Québec, Canada",
}
BEHAVIOURS = (
    "good", "empty", "outside", "429", "500", "timeout", "malformed", "not_places",
    "drip", "drip_headers", "garbage",
)  # fmt: skip
# Longer than any test's client timeout; the handler wakes early when the server stops.
SLOW_SECONDS = 2.0
# "drip" sends its headers, then one byte of the body per interval, for DRIP_BYTES bytes;
# "drip_headers" sends its status line and headers that way. Each byte comes well within a
# client's read timeout, so only an overall deadline stops the request.
DRIP_INTERVAL_SECONDS = 0.1
DRIP_BYTES = 300


class StubNominatim:
    def __init__(self) -> None:
        self.behaviour = "good"
        self.requests: list[dict[str, Any]] = []
        self._stop = threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                stub.requests.append(
                    {
                        "path": parts.path,
                        "params": {k: v[0] for k, v in parse_qs(parts.query).items()},
                        "user_agent": self.headers.get("User-Agent", ""),
                    }
                )
                stub.answer(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that gave up (timeout test) closes its socket: not our concern

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> StubNominatim:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    def reset(self, behaviour: str = "good") -> None:
        self.behaviour = behaviour
        self.requests.clear()

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        behaviour = self.behaviour
        if behaviour == "timeout":
            self._stop.wait(SLOW_SECONDS)
            return self._send(handler, 200, json.dumps([HOUSE_IN_LEVIS]))
        if behaviour == "429":
            return self._send(handler, 429, '{"error": "Too many requests"}')
        if behaviour == "500":
            return self._send(handler, 500, "<html>Internal Server Error</html>", "text/html")
        if behaviour == "malformed":
            return self._send(handler, 200, '[{"lat": "46.75", "lon": ')
        if behaviour == "not_places":
            return self._send(handler, 200, '[{"name": "no coordinates here"}]')
        if behaviour == "garbage":
            return self._send_raw(handler, bytes(range(256)) * 4)
        if behaviour == "drip":
            body = json.dumps([HOUSE_IN_LEVIS]).ljust(DRIP_BYTES).encode()
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode()
            return self._drip(handler, head, body)
        if behaviour == "drip_headers":
            head = ("HTTP/1.1 200 OK\r\nX-Padding: " + "x" * DRIP_BYTES + "\r\n\r\n").encode()
            return self._drip(handler, b"", head)
        body = {"good": [HOUSE_IN_LEVIS], "empty": [], "outside": [HOUSE_IN_MONTREAL]}[behaviour]
        return self._send(handler, 200, json.dumps(body))

    def _drip(self, handler: BaseHTTPRequestHandler, head: bytes, body: bytes) -> None:
        try:
            handler.wfile.write(head)
            handler.wfile.flush()
            for i in range(len(body)):
                if self._stop.wait(DRIP_INTERVAL_SECONDS):
                    return
                handler.wfile.write(body[i : i + 1])
                handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up: what a deadline should do

    @staticmethod
    def _send_raw(handler: BaseHTTPRequestHandler, data: bytes) -> None:
        with suppress(BrokenPipeError, ConnectionResetError):
            handler.wfile.write(data)

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler,
        status: int,
        body: str,
        content_type: str = "application/json",
    ) -> None:
        data = body.encode("utf-8")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", f"{content_type}; charset=utf-8")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass


CLIENT_TIMEOUT_SECONDS = 0.3
# Over the client timeout so that a failing test shows the deadline, not the read timeout.
CLIENT_DEADLINE_SECONDS = 1.0


@contextmanager
def online_app(
    stub: StubNominatim, tmp_path: Path, template: str, **overrides: object
) -> Iterator[Flask]:
    """A seeded SQLite app with Nominatim pointed at the stub: short timeout, no delay."""
    with temporary_database("sqlite", tmp_path, template) as url:
        settings: dict[str, object] = {
            "NOMINATIM_URL": stub.url,
            "GEOCODER_CONTACT": "tests@recupere-don.example",
            "NOMINATIM_TIMEOUT_SECONDS": CLIENT_TIMEOUT_SECONDS,
            "NOMINATIM_DEADLINE_SECONDS": CLIENT_DEADLINE_SECONDS,
            "NOMINATIM_MIN_DELAY_SECONDS": 0.0,
            "NOMINATIM_FAILURE_THRESHOLD": 3,
            "NOMINATIM_COOLDOWN_SECONDS": 60.0,
        }
        settings.update(overrides)
        application = make_test_app(url, **settings)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()
