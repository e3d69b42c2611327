"""Backups: a consistent snapshot of the database into one file, and its restore onto an empty one.

Two formats, both restorable onto either backend:
- SQLite's own (the default on SQLite): the online backup API copies the live database page by
  page while the app keeps running; the file is itself a working database.
- portable (the default on PostgreSQL, `--portable` on SQLite): gzip'd JSON holding every row of
  every mapped table in dependency order, read in one REPEATABLE READ transaction, with the
  schema revision in its header. No pg_dump needed, and a file made on one backend restores
  onto the other (moving from SQLite to PostgreSQL is a backup and a restore).
Restore refuses a database that already has places, and a backup made at another revision.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, create_engine, delete, func, insert, select, text
from sqlalchemy.pool import NullPool
from sqlalchemy.types import Date, DateTime

from . import schema
from .dataversion import DataVersion
from .extensions import db
from .i18n import _
from .models import Place

FORMAT_NAME = "recupere-don-backup"
FORMAT_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"
SQLITE_MAGIC = b"SQLite format 3\x00"
INSERT_BATCH = 500


class BackupError(Exception):
    """A backup that cannot be made or restored; the message says why, in French."""


@dataclass
class BackupReport:
    path: Path
    kind: str  # "sqlite" or "portable"
    revision: str
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        places = self.rows.get("place", 0)
        revisions = self.rows.get("place_revision", 0)
        users = self.rows.get("staff_user", 0)
        return _(
            "%(places)s lieux, %(revisions)s modifications, %(users)s comptes "
            "(%(rows)s lignes, révision %(revision)s).",
            places=places,
            revisions=revisions,
            users=users,
            rows=sum(self.rows.values()),
            revision=self.revision,
        )


def _tables() -> list[Table]:
    return list(schema.metadata().sorted_tables)


def _head_revision() -> str:
    heads = schema.head_revisions()
    return ",".join(sorted(heads))


def _database_revision(connection: Connection) -> str:
    from alembic.runtime.migration import MigrationContext

    return ",".join(sorted(MigrationContext.configure(connection).get_current_heads()))


def _is_sqlite() -> bool:
    return db.engine.dialect.name == "sqlite"


# --- create ---------------------------------------------------------------------------------


def create_backup(path: Path, portable: bool = False) -> BackupReport:
    """Write a snapshot of the app's database to `path` (replaced only once complete)."""
    if not schema.is_up_to_date():
        raise BackupError(
            _("La base n'est pas à jour : lancez « flask db upgrade » avant de la sauvegarder.")
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if _is_sqlite():
        with _sqlite_snapshot() as snapshot:
            if not portable:
                _atomic_copy(snapshot, path)
                return _report_from_sqlite_file(path, "sqlite")
            engine = create_engine(f"sqlite:///{snapshot}", poolclass=NullPool)
            try:
                with engine.connect() as connection:
                    return _write_portable(connection, path)
            finally:
                engine.dispose()
    with db.engine.connect() as connection:
        # One snapshot for every table: rows added while we read are left out, not half in.
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            return _write_portable(connection, path)


@contextmanager
def _sqlite_snapshot() -> Iterator[Path]:
    """A consistent copy of the live SQLite database, taken with its online backup API."""
    handle, name = tempfile.mkstemp(suffix=".sqlite")
    os.close(handle)
    copy = Path(name)
    try:
        raw = db.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            with sqlite3.connect(copy) as target:
                source.backup(target)
            target.close()
        finally:
            raw.close()
        yield copy
    finally:
        copy.unlink(missing_ok=True)


def _atomic_copy(source: Path, path: Path) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(source.read_bytes())
    partial.replace(path)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _write_portable(connection: Connection, path: Path) -> BackupReport:
    report = BackupReport(path=path, kind="portable", revision=_database_revision(connection))
    tables: dict[str, Any] = {}
    for table in _tables():
        columns = [column.name for column in table.columns]
        ordered = select(table).order_by(*table.primary_key.columns)
        rows = [list(row) for row in connection.execute(ordered)]
        tables[table.name] = {"columns": columns, "rows": rows}
        report.rows[table.name] = len(rows)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "revision": report.revision,
        "created_at": datetime.now().astimezone().isoformat(),
        "backend": connection.dialect.name,
        "tables": tables,
    }
    partial = path.with_name(path.name + ".partial")
    with gzip.open(partial, "wt", encoding="utf-8") as stream:
        json.dump(document, stream, ensure_ascii=False, default=_encode)
    partial.replace(path)
    return report


def _report_from_sqlite_file(path: Path, kind: str) -> BackupReport:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            report = BackupReport(path=path, kind=kind, revision=_database_revision(connection))
            for table in _tables():
                count = connection.execute(select(func.count()).select_from(table)).scalar_one()
                report.rows[table.name] = int(count)
    finally:
        engine.dispose()
    return report


# --- restore --------------------------------------------------------------------------------


def restore_backup(path: Path) -> BackupReport:
    """Load a backup into the app's database, which must have no place; all or nothing."""
    schema.upgrade_database()
    if db.session.scalar(select(func.count(Place.id))):
        raise BackupError(
            _(
                "La base contient déjà des lieux : la restauration se fait sur une base vide "
                "(créez-en une, puis relancez la restauration). Rien n'a été modifié."
            )
        )
    head = _head_revision()
    with path.open("rb") as stream:
        magic = stream.read(len(SQLITE_MAGIC))
    if magic.startswith(GZIP_MAGIC):
        revision, rows = _read_portable(path)
    elif magic == SQLITE_MAGIC:
        revision, rows = _read_sqlite(path)
    else:
        raise BackupError(_("%(file)s n'est pas une sauvegarde de Récupère-DON!.", file=path.name))
    if revision != head:
        raise BackupError(
            _(
                "Cette sauvegarde a été faite à la révision %(backup)s du schéma, le code en est "
                "à %(head)s : restaurez-la avec la version du code qui l'a faite, puis lancez "
                "« flask db upgrade ».",
                backup=revision or "?",
                head=head,
            )
        )
    db.session.remove()
    report = BackupReport(path=path, kind="restore", revision=revision)
    tables = _tables()
    with db.engine.begin() as connection:
        counters = _counters(connection)
        # init-db's reference data goes: the backup holds the taxonomy and territory it used.
        for table in reversed(tables):
            connection.execute(delete(table))
        for table in tables:
            batch = rows.get(table.name, [])
            for start in range(0, len(batch), INSERT_BATCH):
                connection.execute(insert(table), batch[start : start + INSERT_BATCH])
            report.rows[table.name] = len(batch)
        _move_counters_on(connection, counters)
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection, tables)
    return report


def _read_portable(path: Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            document = json.load(stream)
    except (OSError, ValueError) as error:
        raise BackupError(_("%(file)s est illisible ou incomplet.", file=path.name)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BackupError(_("%(file)s n'est pas une sauvegarde de Récupère-DON!.", file=path.name))
    rows: dict[str, list[dict[str, Any]]] = {}
    known = {table.name: table for table in _tables()}
    for name, content in document.get("tables", {}).items():
        table = known.get(name)
        if table is None:
            continue
        columns = content["columns"]
        rows[name] = [
            _decode(table, dict(zip(columns, row, strict=True))) for row in content["rows"]
        ]
    return str(document.get("revision", "")), rows


def _decode(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    decoded = dict(row)
    for name, value in row.items():
        if value is None or name not in table.columns:
            continue
        kind = table.columns[name].type
        if isinstance(kind, DateTime):
            decoded[name] = datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            decoded[name] = date.fromisoformat(value)
    return decoded


def _read_sqlite(path: Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    # Read-only: restoring must never change the backup itself.
    uri = f"{path.resolve().as_uri().replace('file://', 'file:', 1)}?mode=ro"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
    )
    try:
        with engine.connect() as connection:
            revision = _database_revision(connection)
            rows = {
                table.name: [
                    dict(row._mapping)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in _tables()
            }
    finally:
        engine.dispose()
    return revision, rows


def _counters(connection: Connection) -> dict[int, int]:
    query = select(DataVersion.id, DataVersion.value)
    return {int(row.id): int(row.value) for row in connection.execute(query)}


def _move_counters_on(connection: Connection, before: Mapping[int, int]) -> None:
    """Data-version counters above any value this database had: no process keeps a stale cache."""
    restored = _counters(connection)
    for counter in {*before, *restored}:
        value = max(before.get(counter, 0), restored.get(counter, 0)) + 1
        connection.execute(delete(DataVersion).where(DataVersion.id == counter))
        connection.execute(insert(DataVersion).values(id=counter, value=value))


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    # Rows came with their ids; the next id PostgreSQL hands out must come after them.
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is False:
            continue
        key = keys[0]
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": key.name},
        ).scalar()
        if sequence is None:
            continue
        highest = connection.execute(select(func.max(key))).scalar()
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )
