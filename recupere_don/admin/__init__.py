"""Staff administration: accounts, the place editor, history, review queue, import and export."""

from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the admin blueprint, its models and its CLI; set the session cookie rules."""
    # Imported for their side effects: the tables for db.create_all, the routes on bp.
    from . import models, views  # noqa: F401
    from .blueprint import bp

    app.register_blueprint(bp)
    app.register_blueprint(views.embeds.bp)
    https = (
        str(app.config.get("PREFERRED_URL_SCHEME", "")).lower() == "https"
        or os.environ.get("PREFERRED_URL_SCHEME", "").lower() == "https"
        or os.environ.get("SESSION_COOKIE_SECURE", "").lower() in {"1", "true", "yes"}
    )
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_SECURE"] = bool(app.config.get("SESSION_COOKIE_SECURE")) or https
    if app.config.get("PERMANENT_SESSION_LIFETIME") == timedelta(days=31):  # Flask's default
        app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=8)
