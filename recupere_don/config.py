"""Configuration read from the environment, with defaults that work on a laptop offline."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

DEVELOPMENT = "development"
PRODUCTION = "production"
MIN_SECRET_KEY_LENGTH = 32

OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def instance_secret_key(instance_path: Path) -> str:
    """A key generated on first use and kept in instance/, for when SECRET_KEY is not set."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_urlsafe(48)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def _database_url(instance_path: Path) -> str:
    url = os.environ.get("DATABASE_URL", f"sqlite:///{instance_path / 'recupere_don.sqlite'}")
    # Heroku-style URLs say postgres://; SQLAlchemy wants an explicit driver.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def from_environment(instance_path: Path) -> dict[str, Any]:
    """Settings for a real run; tests pass their own mapping to create_app instead."""
    app_env = os.environ.get("APP_ENV", DEVELOPMENT).strip().lower() or DEVELOPMENT
    production = app_env == PRODUCTION
    settings: dict[str, Any] = {
        "APP_ENV": app_env,
        "SECRET_KEY": os.environ.get("SECRET_KEY"),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        "TILE_URL": os.environ.get("TILE_URL", OSM_TILE_URL),
        "TILE_ATTRIBUTION": os.environ.get("TILE_ATTRIBUTION", OSM_ATTRIBUTION),
        "NOMINATIM_URL": os.environ.get("NOMINATIM_URL", "https://nominatim.openstreetmap.org"),
        "GEOCODER_CONTACT": os.environ.get("GEOCODER_CONTACT", "info@recupere-don.example"),
        "CONTACT_EMAIL": os.environ.get("CONTACT_EMAIL", "info@recupere-don.example"),
        # Outgoing mail (update links, the staff digest): off unless an smtp:// URL is given.
        "MAIL_URL": os.environ.get("MAIL_URL", ""),
        # The site's address, for links in mails sent from the command line (no request there).
        "PUBLIC_URL": os.environ.get("PUBLIC_URL", "http://localhost:8000"),
        # Sites allowed to frame /embed (CSP frame-ancestors): "*" or origins separated by spaces.
        "EMBED_ALLOWED_ORIGINS": os.environ.get("EMBED_ALLOWED_ORIGINS", "*"),
        # The public Nominatim asks for at most one request a second and short waits.
        "NOMINATIM_TIMEOUT_SECONDS": _number("NOMINATIM_TIMEOUT_SECONDS", 3.0),
        # The timeout bounds one socket read; this bounds a whole request (a dripping server).
        "NOMINATIM_DEADLINE_SECONDS": _number("NOMINATIM_DEADLINE_SECONDS", 5.0),
        "NOMINATIM_MIN_DELAY_SECONDS": _number("NOMINATIM_MIN_DELAY_SECONDS", 1.0),
        "NOMINATIM_FAILURE_THRESHOLD": int(_number("NOMINATIM_FAILURE_THRESHOLD", 3)),
        "NOMINATIM_COOLDOWN_SECONDS": _number("NOMINATIM_COOLDOWN_SECONDS", 300.0),
        # How many reverse proxies stand before the app (0: clients connect directly).
        "TRUSTED_PROXY_COUNT": int(_number("TRUSTED_PROXY_COUNT", 0)),
        # Where rate-limit counters live: memory (one server) or redis://… shared by several.
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        # Several instances (or a test run) sharing one Redis keep their counts apart by prefix.
        "RATELIMIT_KEY_PREFIX": os.environ.get("RATELIMIT_KEY_PREFIX", "recupere-don"),
        # How long a visitor is asked to wait when the database does not answer.
        "UNAVAILABLE_RETRY_AFTER_SECONDS": int(_number("UNAVAILABLE_RETRY_AFTER_SECONDS", 30)),
        # How often each process writes its search and view counts (0: after every request).
        "ACTIVITY_FLUSH_SECONDS": _number("ACTIVITY_FLUSH_SECONDS", 10.0),
        # Above this many published places the map asks the server for each view's clusters
        # instead of loading every place (instant and offline-friendly while it is small).
        "MAP_SERVER_CLUSTERS_ABOVE": int(_number("MAP_SERVER_CLUSTERS_ABOVE", 2000)),
    }
    if production:
        # Served over TLS behind the proxy: links and cookies say so unless told otherwise.
        settings["PREFERRED_URL_SCHEME"] = os.environ.get("PREFERRED_URL_SCHEME", "https")
        settings["SESSION_COOKIE_SECURE"] = True
    return settings


def production_problem(settings: Mapping[str, Any]) -> str | None:
    """Why these settings cannot run the app, in French, or None.

    A production server must not invent its SECRET_KEY: a key generated on each machine
    signs cookies that the other servers refuse, and a new install logs every staff member out.
    `settings` is the app's config or the environment (the same names).
    """
    app_env = str(settings.get("APP_ENV") or DEVELOPMENT).strip().lower()
    if app_env not in {DEVELOPMENT, PRODUCTION}:
        return f"APP_ENV doit valoir « {DEVELOPMENT} » ou « {PRODUCTION} » (reçu : {app_env!r})."
    if app_env != PRODUCTION:
        return None
    key = str(settings.get("SECRET_KEY") or "")
    if len(key) < MIN_SECRET_KEY_LENGTH:
        state = "est trop courte" if key else "n'est pas définie"
        return (
            f"SECRET_KEY {state} : en production (APP_ENV=production), donnez une clé "
            f"d'au moins {MIN_SECRET_KEY_LENGTH} caractères, la même sur chaque serveur, "
            "par exemple celle que donne "
            "« python3 -c 'import secrets; print(secrets.token_urlsafe(48))' »."
        )
    return None


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise SystemExit(f"{name} doit être un nombre (reçu : {raw!r}).") from None
