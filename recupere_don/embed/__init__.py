"""Embedding on partner sites: the framed map, saved configurations, oEmbed, the HTML export."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the embed blueprints and their template helpers."""
    from . import nocookie, views

    app.config.setdefault("EMBED_ALLOWED_ORIGINS", "*")
    app.register_blueprint(views.bp)
    views.init_app(app)
    nocookie.init_app(app)
