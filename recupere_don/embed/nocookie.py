"""Embeds set no cookie: the session is never saved on a response of the embed blueprint.

Flask refreshes a permanent session's cookie on every request, even one that only read it, so a
staff member previewing an embed would get a Set-Cookie. Partner sites and privacy laws expect
none from a third-party frame. The wrapper keeps the app's own session interface for the rest.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, has_request_context, request
from flask.sessions import SessionInterface, SessionMixin
from werkzeug.wrappers import Request

COOKIELESS_BLUEPRINTS = frozenset({"embed"})


class CookielessEmbeds(SessionInterface):
    """Delegates everything to the wrapped interface, except saving on embed responses."""

    def __init__(self, inner: SessionInterface) -> None:
        self.inner = inner

    def open_session(self, app: Flask, request: Request) -> SessionMixin | None:
        return self.inner.open_session(app, request)  # type: ignore[arg-type]

    def make_null_session(self, app: Flask) -> Any:
        return self.inner.make_null_session(app)

    def is_null_session(self, obj: object) -> bool:
        return self.inner.is_null_session(obj)

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        if has_request_context() and request.blueprint in COOKIELESS_BLUEPRINTS:
            if session.modified:
                # A bug (csrf_token() in an embed template, say): say so, but still set nothing.
                app.logger.error("An embed view wrote the session on %s; not saved", request.path)
            return
        self.inner.save_session(app, session, response)


def init_app(app: Flask) -> None:
    if not isinstance(app.session_interface, CookielessEmbeds):
        app.session_interface = CookielessEmbeds(app.session_interface)
