"""Health: /healthz and /readyz for the proxy and the supervisor, and database connections that
notice a database gone away and reconnect by themselves when it returns.

/healthz says the process answers and touches nothing else, so a database outage never gets the
workers restarted; /readyz says whether this instance can serve visitors right now.
"""

from __future__ import annotations

import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from flask import Blueprint, Flask, Response, current_app, has_request_context, jsonify
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import Dialect, Engine, ExceptionContext
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from . import referencedata
from .extensions import db, limiter
from .i18n import _
from .models import Action, Category, Mrc, PlaceType

bp = Blueprint("health", __name__)

# SQLite's answers when its file was deleted, replaced, made read-only or cannot be reached.
# A connection that saw one stays bound to the old file (or opened read-only): drop it.
SQLITE_LOST_FILE = (
    "attempt to write a readonly database",
    "unable to open database file",
    "disk i/o error",
)


@bp.get("/healthz")
def healthz() -> Response:
    return _answer({"status": "ok"}, 200)


@bp.get("/readyz")
def readyz() -> Response:
    checks, reason = readiness()
    if reason:
        return _answer({"status": "unavailable", "reason": reason, "checks": checks}, 503)
    return _answer({"status": "ok", "checks": checks}, 200)


def _answer(body: dict[str, Any], status: int) -> Response:
    response = jsonify(body)
    response.status_code = status
    # A probe must see this instant, never an answer kept by a proxy.
    response.headers["Cache-Control"] = "no-store"
    return response


def readiness() -> tuple[dict[str, str], str | None]:
    """Each check's state ("ok", "fail", "skipped") and the first failure's reason in French.

    Checked in order, each needing the one before: the database answers, its schema is at the
    code's head revision, the reference data (MRCs, taxonomy) is loaded.
    """
    checks = {"database": "skipped", "schema": "skipped", "reference_data": "skipped"}
    steps = (
        ("database", _database_problem),
        ("schema", _schema_problem),
        ("reference_data", _reference_data_problem),
    )
    for name, problem_of in steps:
        try:
            problem = problem_of()
        except SQLAlchemyError as error:
            db.session.rollback()
            problem = _("La base de données ne répond pas (%(error)s).", error=type(error).__name__)
        if problem:
            checks[name] = "fail"
            return checks, problem
        checks[name] = "ok"
    return checks, None


def _database_problem() -> str | None:
    db.session.execute(text("SELECT 1"))
    return None


def _schema_problem() -> str | None:
    from . import schema

    current, heads = schema.schema_status()
    if set(current) == set(heads):
        return None
    return _(
        "Le schéma de la base (%(current)s) n'est pas celui du code (%(heads)s) : "
        "lancez « flask --app recupere_don db upgrade ».",
        current=", ".join(current) or "aucune révision",
        heads=", ".join(heads),
    )


def _reference_data_problem() -> str | None:
    counts = db.session.execute(
        select(
            select(func.count()).select_from(Mrc).scalar_subquery(),
            select(func.count()).select_from(Category).scalar_subquery(),
            select(func.count()).select_from(Action).scalar_subquery(),
            select(func.count()).select_from(PlaceType).scalar_subquery(),
        )
    ).one()
    mrcs, categories, actions, place_types = counts
    expected = expected_mrcs(current_app.config["DATA_DIR"])
    if mrcs < expected or not (categories and actions and place_types):
        return _(
            "Les données de référence manquent (%(mrcs)d MRC sur %(expected)d, "
            "%(categories)d catégories) : lancez « flask --app recupere_don init-db ».",
            mrcs=mrcs,
            expected=expected,
            categories=categories,
        )
    return None


@cache
def expected_mrcs(data_dir: str) -> int:
    """How many territories init-db loads: the rows of data/mrcs.csv."""
    return sum(1 for _row in referencedata.read_csv(Path(data_dir) / "mrcs.csv"))


# --- connections that recover ---------------------------------------------------------------


def watch_connections(engine: Engine) -> None:
    """Make the pool drop connections to a database that went away, and reconnect later.

    PostgreSQL: pool_pre_ping finds dead connections, and psycopg's errors are known
    disconnects. SQLite never "disconnects": a pooled connection keeps the deleted or
    replaced file open, or stays read-only after the file was read-only once, and every write
    then fails until a restart. These listeners make SQLite behave like a server.
    """
    event.listen(engine, "handle_error", _lost_sqlite_file)
    path = engine.url.database
    if (
        engine.dialect.name != "sqlite"
        or not path
        or path == ":memory:"
        or path.startswith("file:")
    ):
        return
    database = Path(path)

    def file_identity() -> tuple[int, int] | None:
        try:
            status = database.stat()
        except OSError:
            return None
        return status.st_dev, status.st_ino

    @event.listens_for(engine, "do_connect")
    def open_existing_file(
        dialect: Dialect, record: ConnectionPoolEntry, cargs: list[Any], cparams: dict[str, Any]
    ) -> sqlite3.Connection | None:
        # A web request never creates the database (an empty file would hide the lost one and
        # answer "no such table"); init-db and the other commands do.
        if not has_request_context():
            return None
        uri = f"file:{quote(os.fspath(database))}?mode=rw"
        connection: sqlite3.Connection = sqlite3.connect(uri, **{**cparams, "uri": True})
        return connection

    @event.listens_for(engine, "connect")
    def remember_file(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info["sqlite_file"] = file_identity()

    @event.listens_for(engine, "checkout")
    def same_file(
        dbapi_connection: Any, record: ConnectionPoolEntry, proxy: PoolProxiedConnection
    ) -> None:
        # One stat() per checkout: the file deleted or replaced (a restored backup) since this
        # connection opened it means the pool must open the file that is there now.
        if record.info.get("sqlite_file") != file_identity():
            raise DisconnectionError("the SQLite database file was deleted or replaced")


def _lost_sqlite_file(context: ExceptionContext) -> None:
    if context.dialect.name != "sqlite":
        return
    message = str(context.original_exception).lower()
    if isinstance(context.original_exception, sqlite3.OperationalError) and any(
        lost in message for lost in SQLITE_LOST_FILE
    ):
        context.is_disconnect = True


def init_app(app: Flask) -> None:
    # Probes come from the proxy and the supervisor every few seconds: never counted.
    limiter.exempt(bp)
    app.register_blueprint(bp)
    with app.app_context():
        for engine in db.engines.values():
            watch_connections(engine)
