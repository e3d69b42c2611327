"""Per-request script nonce and security headers, so a strict CSP holds on every page."""

from __future__ import annotations

import re
import secrets
import uuid
from urllib.parse import urlsplit

from flask import Flask, Response, abort, current_app, g, request

from .i18n import _


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    nonce: str = g.csp_nonce
    return nonce


def tile_origin(tile_url: str) -> str:
    """The scheme and host the tiles come from, with Leaflet's {s} subdomains widened to *."""
    parts = urlsplit(tile_url)
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}" if parts.scheme else "'self'"


def content_security_policy(nonce: str, tile_url: str, frame_ancestors: str = "'none'") -> str:
    tiles = tile_origin(tile_url)
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            # Leaflet positions tiles and markers with inline style attributes.
            "style-src 'self' 'unsafe-inline'",
            f"img-src 'self' data: {tiles}",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


REQUEST_ID_HEADER = "X-Request-ID"
# What a proxy's id may look like (Caddy's and nginx's are uuids or hex): anything else could
# forge lines in the access log.
PROXY_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,128}")


def request_id() -> str:
    """This request's id, for the access log and the response: the proxy's when it is trusted.

    Behind TRUSTED_PROXY_COUNT proxies, the first one sets X-Request-ID, so a line in its log
    and one in ours name the same request; a client reaching us directly cannot choose it.
    """
    if "request_id" not in g:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        trusted = int(current_app.config.get("TRUSTED_PROXY_COUNT") or 0) > 0
        if trusted and PROXY_REQUEST_ID.fullmatch(given):
            g.request_id = given
        else:
            g.request_id = uuid.uuid4().hex
    value: str = g.request_id
    return value


def has_nul_byte() -> bool:
    """Whether the path, a query parameter or a form field carries a NUL character.

    No text we store or search may hold one (PostgreSQL refuses it in text columns), so it is
    turned away once here rather than failing deep in a query.
    """
    if "\x00" in request.path:
        return True
    fields = [*request.args.items(multi=True)]
    if request.method in {"POST", "PUT", "PATCH"} and request.mimetype in {
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    }:
        fields.extend(request.form.items(multi=True))
    return any("\x00" in key or "\x00" in value for key, value in fields)


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csp_nonce"] = csp_nonce

    @app.before_request
    def refuse_nul_bytes() -> None:
        if has_nul_byte():
            abort(400, _("La requête contient un caractère nul : retirez-le et réessayez."))

    @app.after_request
    def set_security_headers(response: Response) -> Response:
        # gunicorn's access log reads it from here (%({x-request-id}o)s).
        response.headers[REQUEST_ID_HEADER] = request_id()
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        if response.mimetype == "text/html" and "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = content_security_policy(
                csp_nonce(), app.config["TILE_URL"]
            )
            response.headers.setdefault("X-Frame-Options", "DENY")
        if request.is_secure:
            # Browsers then refuse plain http for a year; never sent over http, where a
            # man in the middle could forge it (is_secure is right behind a trusted proxy).
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        if request.path.startswith("/api/"):
            # Partner sites and the embed read the public API from other origins.
            response.headers.setdefault("Access-Control-Allow-Origin", "*")
        return response
