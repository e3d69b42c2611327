"""The database schema's version: bring any database to the head revision, tell where it stands.

Revisions live in migrations/ (Alembic, through Flask-Migrate). `flask db upgrade` and init-db
both go through migrations/env.py, which adopts a database made by the first release: that
release built its tables with create_all and recorded no revision, so it is stamped at the
baseline (its exact schema) and then upgraded like any other.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import current_app
from sqlalchemy import inspect

from .extensions import db
from .i18n import _

if TYPE_CHECKING:
    from sqlalchemy import MetaData

logger = logging.getLogger(__name__)

# The revision whose schema is the first release's (d75bbcc) create_all.
BASELINE_REVISION = "d2361caff762"
# The tables that release made; frozen here because the models will move on.
RELEASE_TABLES = frozenset(
    {
        "action",
        "category",
        "data_version",
        "embed_config",
        "geocode_cache",
        "import_record",
        "login_attempt",
        "mrc",
        "municipality",
        "place",
        "place_revision",
        "place_type",
        "proposition",
        "proposition_category",
        "search_miss",
        "staff_user",
        "synonym",
    }
)


class SchemaError(RuntimeError):
    """The database is in a state no revision explains; nothing was changed."""


def metadata() -> MetaData:
    """Every table the app maps: the models are imported here so that none is forgotten."""
    from . import dataversion, models, placesources, suggestions, updatelinks  # noqa: F401
    from .admin import models as admin_models  # noqa: F401
    from .embed import models as embed_models  # noqa: F401

    return db.metadata


def alembic_config() -> Config:
    config: Config = current_app.extensions["migrate"].migrate.get_config()
    return config


def upgrade_database() -> None:
    """Bring the app's database to the head revision, whatever made it; safe to run again."""
    metadata()
    config = alembic_config()
    # One connection and one transaction for adopting and upgrading (all or nothing on
    # PostgreSQL, whose DDL is transactional).
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def adopt_release_database(migration: MigrationContext, script: ScriptDirectory) -> bool:
    """Stamp a database made by the first release's create_all at the baseline; True if done.

    Called by migrations/env.py before any revision runs. An empty database and one that
    already records its revision are left alone; one holding only some of the tables is refused.
    """
    if migration.get_current_heads():
        return False
    present = set(inspect(migration.connection).get_table_names()) & RELEASE_TABLES
    if not present:
        return False
    if present != RELEASE_TABLES:
        missing = ", ".join(sorted(RELEASE_TABLES - present))
        raise SchemaError(
            _(
                "La base contient des tables sans numéro de révision, mais il en manque "
                "(%(missing)s) : ce n'est ni une base vide ni une base de la première version. "
                "Rien n'a été modifié ; restaurez une sauvegarde ou utilisez une base vide.",
                missing=missing,
            )
        )
    migration.stamp(script, BASELINE_REVISION)
    logger.info("Database made by the first release (create_all): stamped at the baseline.")
    return True


def schema_status() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(revisions the database is at, head revisions of the code): equal when up to date.

    For readiness checks; the database answers () when it records no revision yet.
    """
    with db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
    return tuple(current), head_revisions()


def head_revisions() -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())


def is_up_to_date() -> bool:
    current, heads = schema_status()
    return set(current) == set(heads)
