"""Récupère-DON!: the reuse-point map of Chaudière-Appalaches."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import config

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the application; the only place an app is made."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True},
        BABEL_DEFAULT_LOCALE="fr",
        BABEL_TRANSLATION_DIRECTORIES=str(PROJECT_ROOT / "translations"),
        DATA_DIR=str(PROJECT_ROOT / "data"),
        # How many places answer a search from a position when no `limit` is given.
        NEAR_DEFAULT_LIMIT=100,
        COMPRESS_MIMETYPES=[
            "text/html",
            "text/css",
            "text/javascript",
            "application/javascript",
            "application/json",
            "application/geo+json",
        ],
    )
    app.config.from_mapping(config.from_environment(Path(app.instance_path)))
    # Flask-Limiter keeps `enabled` from the previous app when a config does not say it.
    app.config.setdefault("RATELIMIT_ENABLED", True)
    if test_config is not None:
        app.config.from_mapping(test_config)
    problem = config.production_problem(app.config)
    if problem:
        # A plain message, no traceback: the person starting the server has a setting to fix.
        raise SystemExit(problem)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config.instance_secret_key(Path(app.instance_path))

    # The API speaks UTF-8: "Lévis", not "L\u00e9vis".
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    # GeoJSON reads best with "type" first; sorting keys also costs time on large answers.
    app.json.sort_keys = False  # type: ignore[attr-defined]
    _configure_proxies(app)
    _configure_extensions(app)
    _configure_health(app)
    _configure_blueprints(app)
    _configure_security(app)
    _configure_errors(app)
    _configure_cli(app)
    _configure_logging(app)
    return app


def _configure_proxies(app: Flask) -> None:
    # Behind N reverse proxies the client is the Nth address from the right of X-Forwarded-For;
    # trusting more than are really there would let any client choose its address.
    count = int(app.config.get("TRUSTED_PROXY_COUNT") or 0)
    if count > 0:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=count, x_proto=count, x_host=count, x_prefix=count
        )


def _configure_extensions(app: Flask) -> None:
    from . import i18n
    from .extensions import babel, compress, csrf, db, limiter, migrate

    db.init_app(app)
    migrate.init_app(app)
    limiter.init_app(app)
    babel.init_app(app, locale_selector=i18n.select_locale)
    csrf.init_app(app)
    compress.init_app(app)
    i18n.init_app(app)


def _configure_health(app: Flask) -> None:
    from . import health

    health.init_app(app)


def _configure_blueprints(app: Flask) -> None:
    from . import activity, admin, embed, vendor
    from .api.views import bp as api_bp
    from .public.contribute import bp as contribute_bp
    from .public.views import bp as public_bp

    app.register_blueprint(vendor.bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(contribute_bp)
    app.register_blueprint(api_bp)
    admin.init_app(app)
    embed.init_app(app)
    activity.init_app(app)


def _configure_security(app: Flask) -> None:
    from . import security

    security.init_app(app)


def _configure_errors(app: Flask) -> None:
    from . import errors

    errors.init_app(app)


def _configure_cli(app: Flask) -> None:
    from . import cli

    cli.init_app(app)


def _configure_logging(app: Flask) -> None:
    # Flask's own handler suffices in debug and tests; a real run logs to stderr with timestamps.
    if app.debug or app.testing:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    app.logger.addHandler(handler)
    app.logger.setLevel(logging.INFO)
