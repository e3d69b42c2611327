"""Flask commands: schema and reference data, demo places."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from . import knownorgs, mail, places, referencedata, schema
from .admin import cli as admin_cli


def data_dir() -> Path:
    return Path(current_app.config["DATA_DIR"])


def init_database() -> referencedata.LoadReport:
    """Bring the schema to the head revision and add missing reference data; safe to run again."""
    schema.upgrade_database()
    return referencedata.load_reference_data(data_dir())


@click.command("init-db")
@click.option(
    "--with-demo",
    is_flag=True,
    help="Also load the demo places, but only into a database that has no place yet.",
)
@with_appcontext
def init_db_command(with_demo: bool) -> None:
    """Migrate the schema to the head; load the taxonomy, the gazetteer and the MRC outlines."""
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


@click.group("backup")
def backup_cli() -> None:
    """Backups: a snapshot of the database, and its restore onto an empty database."""


@backup_cli.command("create")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--portable",
    is_flag=True,
    help="SQLite : écrire le format portable (JSON gzip) au lieu d'une copie SQLite.",
)
@click.pass_context
@with_appcontext
def backup_create_command(ctx: click.Context, file: Path, portable: bool) -> None:
    """Write a consistent snapshot of the database to FILE (safe while the site runs)."""
    from . import backups

    try:
        report = backups.create_backup(file, portable=portable)
    except backups.BackupError as error:
        click.echo(f"Sauvegarde impossible : {error}", err=True)
        ctx.exit(1)
    click.echo(f"Sauvegarde écrite dans {file} : {report.summary()}")


@backup_cli.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
@with_appcontext
def backup_restore_command(ctx: click.Context, file: Path) -> None:
    """Restore FILE (either format) into this app's database, which must hold no place."""
    from . import backups

    try:
        report = backups.restore_backup(file)
    except backups.BackupError as error:
        click.echo(f"Restauration refusée : {error}", err=True)
        ctx.exit(1)
    click.echo(f"Sauvegarde restaurée : {report.summary()}")


def init_app(app: Flask) -> None:
    app.cli.add_command(init_db_command)
    app.cli.add_command(backup_cli)
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(admin_cli.users_cli)
    register_geo_commands(app)
    knownorgs.init_app(app)
    mail.init_app(app)


@click.command("import-places")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Vérifier et géocoder sans rien écrire.")
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Écrire le résultat de chaque ligne en JSON dans ce fichier.",
)
@click.option(
    "--allow-outside-region", is_flag=True, help="Accepter les lieux hors Chaudière-Appalaches."
)
@click.option(
    "--status",
    type=click.Choice(["draft"]),
    default=None,
    help="« draft » : tout importer en brouillon (sinon : publié sauf avertissement).",
)
@click.option("--offline", is_flag=True, help="Ne pas interroger Nominatim (données locales).")
@click.pass_context
@with_appcontext
def import_places_command(
    ctx: click.Context,
    file: Path,
    dry_run: bool,
    report_path: Path | None,
    allow_outside_region: bool,
    status: str | None,
    offline: bool,
) -> None:
    """Import places from a partner's CSV file (UTF-8 or Windows-1252, ',' or ';')."""
    from tqdm import tqdm

    from . import imports

    bar: tqdm | None = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc="Géocodage", unit=" ligne", disable=None)
        bar.update(1)

    try:
        report = imports.import_places(
            file.read_bytes(),
            dry_run=dry_run,
            status=status,
            allow_outside_region=allow_outside_region,
            filename=file.name,
            progress=progress,
            use_network=not offline,
        )
    except imports.ImportFileError as error:
        click.echo(f"Import refusé, rien n'a été écrit : {error}", err=True)
        ctx.exit(1)
    finally:
        if bar is not None:
            bar.close()
    for line in report.summary_lines():
        click.echo(line)
    if report_path is not None:
        report.write_json(str(report_path))
        click.echo(f"Rapport ligne par ligne : {report_path}")


@click.command("export-places")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--excel", is_flag=True, help="Pour Excel en français : BOM UTF-8, « ; », virgule décimale."
)
@with_appcontext
def export_places_command(file: Path, excel: bool) -> None:
    """Write every place but the archived ones as CSV, in the columns import-places reads back."""
    from .admin import exports, operations

    places = operations.staff_places(operations.StaffFilters())
    file.write_bytes(exports.places_csv(places, excel=excel))
    click.echo(f"{len(places)} lieux écrits dans {file}.")


@click.group("boundaries")
def boundaries_cli() -> None:
    """MRC outlines."""


@boundaries_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Vérifier sans rien écrire.")
@click.pass_context
@with_appcontext
def boundaries_import_command(ctx: click.Context, file: Path, dry_run: bool) -> None:
    """Replace the derived MRC outlines with official ones (GeoJSON, WGS84)."""
    from . import boundaries

    try:
        with file.open("rb") as stream:  # read up to the size limit, never the whole of it
            report = boundaries.import_boundaries(stream, dry_run=dry_run)
    except boundaries.BoundariesError as error:
        click.echo(f"Contours refusés, rien n'a été changé : {error}", err=True)
        ctx.exit(1)
    for line in report.summary_lines():
        click.echo(line)


def register_geo_commands(app: Flask) -> None:
    app.cli.add_command(import_places_command)
    app.cli.add_command(export_places_command)
    app.cli.add_command(boundaries_cli)
