"""Flask commands: schema and reference data, demo places."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app

from . import places, referencedata
from .admin import cli as admin_cli
from .extensions import db


def data_dir() -> Path:
    return Path(current_app.config["DATA_DIR"])


def init_database() -> referencedata.LoadReport:
    """Create missing tables and add missing reference data; safe to run again."""
    db.create_all()
    return referencedata.load_reference_data(data_dir())


@click.command("init-db")
@click.option(
    "--with-demo",
    is_flag=True,
    help="Also load the demo places, but only into a database that has no place yet.",
)
def init_db_command(with_demo: bool) -> None:
    """Create the schema and load the taxonomy, the gazetteer and the MRC outlines."""
    report = init_database()
    click.echo(f"Base de données prête ({report}).")
    if with_demo and not places.has_places():
        added = places.seed_demo_places(data_dir() / "demo_places.json")
        click.echo(f"Nouvelle base : {added} lieux de démonstration ajoutés.")


@click.command("seed-demo")
def seed_demo_command() -> None:
    """Load the demonstration places (flagged demo); safe to run again."""
    added = places.seed_demo_places(data_dir() / "demo_places.json")
    click.echo(f"Lieux de démonstration ajoutés : {added}.")


def init_app(app: Flask) -> None:
    app.cli.add_command(init_db_command)
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(admin_cli.users_cli)
