"""Alembic environment: the app's engine and metadata, from the Flask app that runs the command.

Flask-Migrate (`flask --app recupere_don db …`) and recupere_don.schema both come through here;
schema passes its own connection so that detecting, stamping and upgrading share one transaction.
"""

from __future__ import annotations

import logging
from logging.config import fileConfig
from typing import Any

from alembic import context
from flask import current_app

from recupere_don import schema

config = context.config

# Configure logging only for a bare command line: inside a running app or the tests, replacing
# the root handlers would silence the app's own log.
if config.config_file_name is not None and not logging.getLogger().handlers:
    fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")

target_db = current_app.extensions["migrate"].db
target_metadata = schema.metadata()


def _process_revision_directives(_context: Any, _revision: Any, directives: list[Any]) -> None:
    # `flask db migrate` with nothing to do writes no empty revision.
    if getattr(config.cmd_opts, "autogenerate", False) and directives[0].upgrade_ops.is_empty():
        directives[:] = []
        logger.info("No changes in schema detected.")


def run_migrations_offline() -> None:
    """Write the SQL to standard output (`flask db upgrade --sql`) instead of running it."""
    url = target_db.engine.url.render_as_string(hide_password=False)
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Any) -> None:
    conf_args = dict(current_app.extensions["migrate"].configure_args)
    conf_args.setdefault("process_revision_directives", _process_revision_directives)
    context.configure(connection=connection, target_metadata=target_metadata, **conf_args)
    with context.begin_transaction():
        # A database made by the first release (create_all, no revision) starts at the baseline.
        schema.adopt_release_database(context.get_context(), context.script)
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    with target_db.engine.connect() as connection:
        _run_on(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
