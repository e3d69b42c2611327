"""The import's limits and bad input: refused in French, nothing written, never a server error.

Through the browser (an admin signed in) and the CLI, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import html
import io
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select

from recupere_don import imports
from recupere_don.admin import import_uploads
from recupere_don.extensions import db
from recupere_don.models import ImportRecord, Place
from tests.conftest import make_test_app, temporary_database
from tests.stub_nominatim import StubNominatim
from tests.test_admin_support import ADMIN_EMAIL, admin_client, csrf_token, log_in, make_user

__all__ = ["admin_client"]

HEADER = "name;address;municipality;postal_code;categories;actions;place_type"


def row(n: int, name: str = "") -> str:
    return (
        f"{name or f'Friperie {n}'};{10 + n}, rue Principale;Ste-Marie;;vetements;donner;friperie"
    )


def csv_bytes(*rows: str, encoding: str = "utf-8") -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode(encoding)


def counts(app: Flask) -> tuple[int, int]:
    with app.app_context():
        places = db.session.execute(select(func.count(Place.id))).scalar_one()
        records = db.session.execute(select(func.count(ImportRecord.place_id))).scalar_one()
        return places, records


def kept_uploads(app: Flask) -> set[str]:
    return {p.name for p in (Path(app.instance_path) / "admin-imports").glob("*.csv")}


def upload(client: FlaskClient, raw: bytes, name: str = "partenaire.csv") -> Any:
    token = csrf_token(client, "/admin/import")
    return client.post(
        "/admin/import",
        data={"csrf_token": token, "file": (io.BytesIO(raw), name)},
        content_type="multipart/form-data",
    )


def confirm(client: FlaskClient, page: str) -> Any:
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page)
    assert token, "no confirmation button"
    return client.post(
        "/admin/import/confirm",
        data={"csrf_token": csrf_token(client, "/admin/import"), "token": token.group(1)},
    )


def assert_refused(app: Flask, client: FlaskClient, raw: bytes, *messages: str) -> str:
    """The file is refused on the import page, with `messages`; nothing is kept or written."""
    before, uploads = counts(app), kept_uploads(app)
    response = upload(client, raw)
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code in (413, 422), page[:3000]
    assert 'id="import-report"' not in page
    assert 'class="alert alert-error"' in page
    # The form is there again, to pick another file.
    assert 'enctype="multipart/form-data"' in page
    for message in messages:
        assert message in page, page[:3000]
    assert counts(app) == before
    assert kept_uploads(app) <= uploads
    return page


# --- The browser import is bounded ----------------------------------------------------------


def test_a_file_over_5000_rows_is_refused_at_once_and_the_cli_still_takes_it(
    app: Flask, admin_client: FlaskClient, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    raw = csv_bytes(*(row(n) for n in range(import_uploads.MAX_ROWS + 1)))

    started = time.perf_counter()
    assert_refused(app, admin_client, raw, "Trop de lieux", "la ligne 5002", "Coupez le fichier")
    # Refused while reading, before any row is checked or geocoded.
    assert time.perf_counter() - started < 5

    # The CLI has no request timeout: it reads the same file (no traceback, nothing refused).
    path = tmp_path / "grand.csv"
    path.write_bytes(raw)
    result = runner.invoke(args=["import-places", str(path), "--dry-run", "--offline"])
    assert result.exit_code == 0, result.output
    assert "Lignes lues : 5001." in result.output
    assert "refusés : 0" in result.output


def test_an_upload_over_5_mb_gets_the_import_page_not_an_error_page(
    app: Flask, admin_client: FlaskClient
) -> None:
    raw = csv_bytes(row(1)) + b"#" * (import_uploads.MAX_REQUEST_BYTES + 1)

    page = assert_refused(app, admin_client, raw, "Fichier trop gros")

    assert "Importer un fichier de lieux" in page


def test_an_anonymous_oversized_post_learns_nothing_of_the_import_page(app: Flask) -> None:
    client = app.test_client()
    response = client.post(
        "/admin/import",
        data={"file": (io.BytesIO(b"x" * (import_uploads.MAX_REQUEST_BYTES + 1)), "a.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    assert "Importer un fichier de lieux" not in response.get_data(as_text=True)


def test_remote_geocoding_stops_at_its_time_budget_and_says_so(
    tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    stub = StubNominatim().start()
    try:
        with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
            app = make_test_app(
                url,
                NOMINATIM_URL=stub.url,
                NOMINATIM_TIMEOUT_SECONDS=0.3,
                # One request every 0.2 s: 20 rows would take 4 s, the budget is 0.5 s.
                NOMINATIM_MIN_DELAY_SECONDS=0.2,
                IMPORT_NETWORK_SECONDS=0.5,
            )
            make_user(app, ADMIN_EMAIL, "admin")
            client = app.test_client()
            assert log_in(client, ADMIN_EMAIL).status_code == 302
            raw = csv_bytes(*(row(n) for n in range(20)))

            response = upload(client, raw)

            page = response.get_data(as_text=True)
            assert response.status_code == 200, page[:3000]
            assert "Temps de recherche des adresses écoulé à la ligne" in page
            assert "réimportez plus tard" in page
            # Unbounded, the 20 rows would each reach the geocoder (4 s at one request per 0.2 s);
            # counting requests rather than seconds keeps this true on a loaded machine.
            assert 0 < len(stub.requests) < 10
            # Every row is still placed (from local data) and can be imported.
            assert "refusés : 0" in page
            done = confirm(client, page)
            assert done.status_code == 200
            assert counts(app)[1] == 20
            with app.app_context():
                db.session.remove()
                db.engine.dispose()
    finally:
        stub.stop()


# --- Unconfirmed previews -------------------------------------------------------------------


@pytest.fixture
def old_and_recent_previews(app: Flask) -> Iterator[tuple[Path, Path]]:
    folder = Path(app.instance_path) / "admin-imports"
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / f"test-stale-{os.getpid()}-{time.monotonic_ns()}.csv"
    recent = folder / f"test-recent-{os.getpid()}-{time.monotonic_ns()}.csv"
    for path, age in ((old, 25 * 3600), (recent, 3600)):
        path.write_bytes(csv_bytes(row(1)))
        stamp = time.time() - age
        os.utime(path, (stamp, stamp))
    yield old, recent
    old.unlink(missing_ok=True)
    recent.unlink(missing_ok=True)


def test_a_preview_left_unconfirmed_for_a_day_is_deleted(
    app: Flask, admin_client: FlaskClient, old_and_recent_previews: tuple[Path, Path]
) -> None:
    old, recent = old_and_recent_previews

    response = upload(admin_client, csv_bytes(row(1)))

    assert response.status_code == 200
    assert not old.exists(), "a preview older than a day is deleted"
    assert recent.exists(), "someone else's preview of an hour ago is kept"


# --- Bad input ------------------------------------------------------------------------------


def test_a_cell_over_128_kb_is_refused_with_its_line(
    app: Flask, admin_client: FlaskClient, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    raw = csv_bytes(row(1), row(2, name='"' + "a" * 140_000 + '"'))

    assert_refused(app, admin_client, raw, "Ligne 3 : une cellule dépasse 128 ko")

    path = tmp_path / "cellule.csv"
    path.write_bytes(raw)
    before = counts(app)
    result = runner.invoke(args=["import-places", str(path), "--offline"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Ligne 3 : une cellule dépasse 128 ko" in result.output
    assert counts(app) == before


def test_an_unclosed_quote_swallowing_the_file_names_its_line(
    app: Flask, admin_client: FlaskClient
) -> None:
    rows = [row(n) for n in range(3000)]
    rows[1] = '"Friperie sans fin;1, rue A;Ste-Marie;;vetements;donner;friperie'

    assert_refused(app, admin_client, csv_bytes(*rows), "Ligne 3 : une cellule dépasse")


def test_shift_jis_is_not_read_as_windows_1252(
    app: Flask, admin_client: FlaskClient, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    raw = csv_bytes(row(1, "リサイクルショップ"), row(2, "ありがとう"), encoding="shift_jis")

    assert_refused(app, admin_client, raw, "ni en UTF-8 ni en Windows-1252", "CSV UTF-8")

    path = tmp_path / "japonais.csv"
    path.write_bytes(raw)
    result = runner.invoke(args=["import-places", str(path), "--offline"])
    assert result.exit_code == 1
    assert "ni en UTF-8 ni en Windows-1252" in result.output


def test_a_french_windows_1252_file_still_imports(app: Flask, admin_client: FlaskClient) -> None:
    name = "Écocentre « Les Œuvres » à Ste-Marie, ça roule"
    raw = csv_bytes(row(1, name), encoding="cp1252")

    response = upload(admin_client, raw)

    page = response.get_data(as_text=True)
    assert response.status_code == 200, page[:3000]
    assert confirm(admin_client, page).status_code == 200
    with app.app_context():
        assert db.session.execute(select(Place).where(Place.name == name)).scalar_one()


@pytest.mark.parametrize(
    ("raw", "messages"),
    [
        pytest.param(
            csv_bytes(row(1), row(2, "Fri\x00perie")), ("Octet nul à la ligne 3",), id="nul"
        ),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 8,
            ("une image PNG", "pas un fichier CSV"),
            id="png",
        ),
        pytest.param(bytes(range(256)) * 40, ("pas un fichier texte",), id="garbage"),
    ],
)
def test_binary_content_is_named_for_what_it_is(
    app: Flask, admin_client: FlaskClient, raw: bytes, messages: tuple[str, ...]
) -> None:
    page = assert_refused(app, admin_client, raw, *messages)

    # Not mistaken for a text file saved as UTF-16.
    assert "UTF-16" not in page


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param(b"", "Le fichier est vide", id="empty"),
        pytest.param(HEADER.encode() + b"\n", "que la ligne d'en-têtes", id="header-only"),
        pytest.param(
            b"nom;ville;couleur\nA;Ste-Marie;bleu\n",
            "colonne(s) obligatoire(s) absente(s) : address",
            id="missing-columns",
        ),
    ],
)
def test_files_without_places_are_refused(
    app: Flask, admin_client: FlaskClient, raw: bytes, message: str
) -> None:
    assert_refused(app, admin_client, raw, message)


def test_unknown_columns_and_10_kb_names_are_reported_row_by_row(
    app: Flask, admin_client: FlaskClient
) -> None:
    long_name = "N" * 10_000
    header = HEADER + ";" + "x" * 10_000
    raw = (header + "\n" + row(1, long_name) + ";\n" + row(2) + ";\n").encode()
    before = counts(app)

    response = upload(admin_client, raw)

    page = response.get_data(as_text=True)
    assert response.status_code == 200, page[:3000]
    assert "Colonnes inconnues, ignorées" in page
    assert "Texte trop long (10000 caractères, 200 au plus)" in page
    assert counts(app) == before
    assert confirm(admin_client, page).status_code == 200
    assert counts(app)[0] == before[0] + 1


def test_a_file_name_with_control_characters_is_stored_clean(
    app: Flask, admin_client: FlaskClient
) -> None:
    response = upload(admin_client, csv_bytes(row(1)), name="parte\x00naire\x1b.csv")
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page[:3000]

    done = confirm(admin_client, page)

    assert done.status_code == 200, done.get_data(as_text=True)[:3000]
    with app.app_context():
        source = db.session.execute(
            select(Place.data_source).where(Place.name == "Friperie 1")
        ).scalar_one()
    assert source == "Import CSV : parte naire .csv"


def test_an_email_with_mailto_parameters_is_a_row_warning(app: Flask) -> None:
    """The import refuses what the editor refuses: no ?subject= riding on a place's e-mail."""
    csv_text = (
        "name,address,municipality,postal_code,categories,actions,place_type,email\n"
        "Comptoir courriel,12 rue Principale,Saint-Georges,G5Y 4J8,vetements,donner,friperie,"
        "info@comptoir.example?subject=salut.ca\n"
    )
    with app.app_context():
        report = imports.import_places(csv_text.encode(), use_network=False)
        stored = db.session.execute(
            select(Place.email).where(Place.name == "Comptoir courriel")
        ).scalar_one()
    assert stored == ""
    kinds = [warning.kind for row in report.rows for warning in row.warnings]
    assert "email_invalid" in kinds
