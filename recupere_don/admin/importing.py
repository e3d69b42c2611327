"""The browser import: keep the uploaded file between preview and confirmation, and record
what the import changed in each place's history (so that it, too, can be reverted)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import current_app

from ..extensions import db
from ..imports import ImportReport, RowStatus, import_places
from ..models import Place
from .models import PlaceRevision, User
from .operations import diff, snapshot

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
_TOKEN_ALPHABET = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


@dataclass(frozen=True)
class ImportOptions:
    as_draft: bool
    allow_outside: bool
    filename: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_draft": self.as_draft,
            "allow_outside": self.allow_outside,
            "filename": self.filename,
        }


def _upload_dir() -> Path:
    path = Path(current_app.instance_path) / "admin-imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _path(token: str) -> Path:
    if not token or set(token) - _TOKEN_ALPHABET:
        raise FileNotFoundError(token)
    return _upload_dir() / f"{token}.csv"


def keep_upload(raw: bytes) -> str:
    token = secrets.token_urlsafe(24)
    _path(token).write_bytes(raw)
    return token


def load_upload(token: str) -> bytes:
    return _path(token).read_bytes()


def forget_upload(token: str) -> None:
    _path(token).unlink(missing_ok=True)


def _run(raw: bytes, options: ImportOptions, dry_run: bool) -> ImportReport:
    return import_places(
        raw,
        dry_run=dry_run,
        status="draft" if options.as_draft else None,
        allow_outside_region=options.allow_outside,
        filename=options.filename,
        use_network=current_app.config.get("NOMINATIM_URL", "off") != "off",
    )


def preview(raw: bytes, options: ImportOptions) -> ImportReport:
    """Every row checked and geocoded; nothing written."""
    return _run(raw, options, dry_run=True)


def confirm(raw: bytes, options: ImportOptions, user: User | None) -> ImportReport:
    """Write the good rows in one transaction, then add each change to the places' history."""
    planned = preview(raw, options)
    touched = [r.place_id for r in planned.rows if r.status == RowStatus.UPDATED and r.place_id]
    before = {pid: snapshot(db.session.get_one(Place, pid)) for pid in touched}
    db.session.rollback()
    report = _run(raw, options, dry_run=False)
    for row in report.rows:
        if row.place_id is None or row.status not in (RowStatus.CREATED, RowStatus.UPDATED):
            continue
        place = db.session.get_one(Place, row.place_id)
        changes = diff(before.get(row.place_id, {}), snapshot(place))
        if changes:
            db.session.add(PlaceRevision(place=place, user=user, kind="import", changes=changes))
    db.session.commit()
    return report
