"""The browser import: keep the uploaded file between preview and confirmation; the import
itself writes through placewrites, so each change is in the place's history (and revertible).

A request must end well before the server's worker timeout (gunicorn: 30 s), so the browser
import bounds what the CLI does not: the upload's size, the rows per file, and the time spent
asking the remote geocoder (rows past it are placed from local data and said so).
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import current_app

from ..imports import ImportReport, import_places
from .models import User

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# The whole request: the file plus the form's other fields and multipart boundaries.
MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024
# About 2 s and 32 MB per preview, 11 s to confirm (bench/bench_import.py, a busy server).
MAX_ROWS = 5000
# The remote geocoder answers at most once a second: past this, rows use local data. With the
# last request's deadline (5 s) and writing 5,000 rows (about 11 s on a busy server), a
# confirmation stays under the worker timeout.
NETWORK_SECONDS = 10.0
# An unconfirmed preview's file is kept this long, then deleted on the next upload.
UPLOAD_TTL_SECONDS = 24 * 3600
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
    forget_stale_uploads()
    token = secrets.token_urlsafe(24)
    _path(token).write_bytes(raw)
    return token


def forget_stale_uploads(now: float | None = None) -> int:
    """Delete the files of previews nobody confirmed within a day; returns how many."""
    limit = (time.time() if now is None else now) - UPLOAD_TTL_SECONDS
    removed = 0
    for path in _upload_dir().glob("*.csv"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass  # another worker removed it first
    return removed


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_filename(name: str | None) -> str:
    """The uploaded file's name as shown and stored (PostgreSQL refuses NUL in text)."""
    cleaned = " ".join(_UNSAFE_NAME.sub(" ", name or "").split())
    return cleaned[:120] or "import.csv"


def load_upload(token: str) -> bytes:
    return _path(token).read_bytes()


def forget_upload(token: str) -> None:
    _path(token).unlink(missing_ok=True)


def _run(
    raw: bytes, options: ImportOptions, dry_run: bool, user: User | None = None
) -> ImportReport:
    config = current_app.config
    return import_places(
        raw,
        dry_run=dry_run,
        status="draft" if options.as_draft else None,
        allow_outside_region=options.allow_outside,
        filename=options.filename,
        use_network=config.get("NOMINATIM_URL", "off") != "off",
        max_rows=int(config.get("IMPORT_MAX_ROWS", MAX_ROWS)),
        network_seconds=float(config.get("IMPORT_NETWORK_SECONDS", NETWORK_SECONDS)),
        user=user,
    )


def preview(raw: bytes, options: ImportOptions) -> ImportReport:
    """Every row checked and geocoded; nothing written."""
    return _run(raw, options, dry_run=True)


def confirm(raw: bytes, options: ImportOptions, user: User | None) -> ImportReport:
    """Write the good rows in one transaction; each change is in the place's history, signed by
    the staff member and the file (`import: partenaires.csv`)."""
    return _run(raw, options, dry_run=False, user=user)
