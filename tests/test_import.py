"""CSV import with the network off: traps, refusals, re-imports, staff corrections, bad files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from recupere_don import imports
from recupere_don.extensions import db
from recupere_don.models import (
    GeocodeSource,
    ImportRecord,
    Place,
    PlaceStatus,
    Proposition,
)

DATA = Path(__file__).resolve().parent / "data"
TRAPS = DATA / "pieges_partenaires.csv"
HEADER = "name,address,municipality,postal_code,categories,actions,place_type"


def expected_rows() -> list[dict[str, str]]:
    """The traps file read with the csv module: an oracle independent of the import code."""
    text = TRAPS.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    for line, row in enumerate(rows, start=2):
        row["line"] = str(line)
    return rows


def run_cli(runner: FlaskCliRunner, *args: str) -> Any:
    return runner.invoke(args=["import-places", *args])


def state(app: Flask) -> list[tuple[Any, ...]]:
    """Everything an import could change, to compare before and after."""
    with app.app_context():
        places = db.session.execute(
            select(Place).options(selectinload(Place.propositions)).order_by(Place.id)
        ).scalars()
        rows: list[tuple[Any, ...]] = [
            (
                p.id,
                p.slug,
                p.name,
                p.version,
                p.updated_at,
                p.latitude,
                p.longitude,
                p.status,
                p.phone,
                p.mrc_id,
                p.municipality_id,
                tuple((x.action_code, tuple(c.code for c in x.categories)) for x in p.propositions),
            )
            for p in places
        ]
        rows.append(
            ("records", db.session.execute(select(func.count(ImportRecord.place_id))).scalar_one())
        )
        return rows


def place(app: Flask, name: str) -> Place:
    with app.app_context():
        found = db.session.execute(
            select(Place)
            .where(Place.name == name)
            .options(selectinload(Place.propositions).selectinload(Proposition.categories))
        ).scalar_one()
        found.mrc  # noqa: B018  (load before leaving the session)
        found.municipality  # noqa: B018
        db.session.expunge_all()
        return found


def import_text(app: Flask, text: str, **options: Any) -> imports.ImportReport:
    with app.app_context():
        return imports.import_places(text.encode("utf-8"), filename="test.csv", **options)


# --- The traps file ------------------------------------------------------------------------


def test_traps_file_lands_every_row_in_its_mrc_or_refuses_it(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    report_path = tmp_path / "rapport.json"

    result = run_cli(runner, str(TRAPS), "--report", str(report_path))

    assert result.exit_code == 0, result.output
    report = json.loads(report_path.read_text(encoding="utf-8"))
    by_line = {row["row"]: row for row in report["rows"]}
    for expected in expected_rows():
        row = by_line[int(expected["line"])]
        wanted = expected["mrc_attendue"]
        if wanted.startswith("refusé") or wanted == "hors région":
            assert row["status"] == "refused", row
            assert row["errors"], row
        else:
            assert row["status"] == "created", row
            assert row["mrc"] == wanted, (expected["municipality"], row)
            assert row["place_id"] is not None
    assert report["counts"] == {"created": 23, "updated": 0, "unchanged": 0, "refused": 4}
    assert report["unknown_columns"] == ["mrc_attendue"]
    # What staff read: line, column, a reason and what to do.
    output = result.output
    assert "Ligne 20, Municipalité (colonne municipality) : Hors de Chaudière-Appalaches" in output
    assert "Ligne 27, Nom (colonne name) : Nom manquant" in output
    assert "Ligne 28, Catégories (colonne categories) : Catégorie inconnue « chaussettes »" in (
        output
    )
    assert "--allow-outside-region" in result.output
    assert "Créés : 23" in result.output


def test_rows_with_warnings_wait_as_drafts(app: Flask) -> None:
    with app.app_context():
        report = imports.import_places(TRAPS.read_bytes(), filename=TRAPS.name)

    for row in report.rows:
        if row.status == "created":
            with app.app_context():
                status = db.session.get_one(Place, row.place_id).status
            assert status == (PlaceStatus.DRAFT if row.warnings else PlaceStatus.PUBLISHED), row
    assert report.warnings_by_kind == {"municipality_guessed": 1, "postal_code_disagrees": 2}
    thetford = place(app, "Ressourcerie des Appalaches")
    assert thetford.status == PlaceStatus.DRAFT
    assert thetford.mrc is not None
    assert thetford.mrc.slug == "les-appalaches"
    assert thetford.geocode_source == GeocodeSource.MUNICIPALITY


def test_same_import_twice_changes_nothing(app: Flask, runner: FlaskCliRunner) -> None:
    assert run_cli(runner, str(TRAPS)).exit_code == 0
    before = state(app)

    second = run_cli(runner, str(TRAPS))

    assert second.exit_code == 0
    assert "Créés : 0 · mis à jour : 0 · inchangés : 23 · refusés : 4" in second.output
    assert state(app) == before


def test_dry_run_writes_nothing(app: Flask, runner: FlaskCliRunner) -> None:
    before = state(app)

    result = run_cli(runner, str(TRAPS), "--dry-run")

    assert result.exit_code == 0
    assert "simulation" in result.output
    assert "Créés : 23" in result.output
    assert state(app) == before


def test_status_draft_makes_everything_a_draft(app: Flask, runner: FlaskCliRunner) -> None:
    assert run_cli(runner, str(TRAPS), "--status", "draft").exit_code == 0

    assert place(app, "Ressourcerie du Quai").status == PlaceStatus.DRAFT
    assert place(app, "Friperie Disraeli").status == PlaceStatus.DRAFT


def test_outside_region_may_be_allowed_and_then_waits_for_review(
    app: Flask, runner: FlaskCliRunner
) -> None:
    result = run_cli(runner, str(TRAPS), "--allow-outside-region")

    assert result.exit_code == 0
    assert "refusés : 2" in result.output  # only the two invalid rows
    quebec = place(app, "Friperie du Vieux-Québec")
    assert quebec.status == PlaceStatus.DRAFT
    assert quebec.mrc is None
    assert quebec.municipality is None


# --- Staff corrections survive --------------------------------------------------------------


def test_staff_pin_survives_reimport(app: Flask) -> None:
    import_text(app, f"{HEADER}\nComptoir du Fleuve,,Montmagny,G5V 0A1,vetements,donner,comptoir\n")
    with app.app_context():
        comptoir = db.session.execute(
            select(Place).where(Place.name == "Comptoir du Fleuve")
        ).scalar_one()
        comptoir.latitude, comptoir.longitude = 46.9811, -70.5533
        comptoir.geocode_source = GeocodeSource.MANUAL
        db.session.commit()

    report = import_text(
        app, f"{HEADER}\nComptoir du Fleuve,,Montmagny,G5V 0A2,vetements,donner,comptoir\n"
    )

    assert report.rows[0].status == "updated"  # the postal code changed in the file
    assert report.rows[0].kept_staff_edits == ["location"]
    comptoir = place(app, "Comptoir du Fleuve")
    assert (comptoir.latitude, comptoir.longitude) == (46.9811, -70.5533)
    assert comptoir.geocode_source == GeocodeSource.MANUAL
    assert comptoir.postal_code == "G5V 0A2"


def test_fields_staff_edited_are_kept_the_others_follow_the_file(app: Flask) -> None:
    first = (
        "name,address,municipality,postal_code,categories,actions,place_type,phone,description\n"
        "Friperie Saint-Gervais,,Saint-Gervais,,vetements,acheter,friperie,418 555-0100,Avant\n"
    )
    import_text(app, first)
    with app.app_context():
        friperie = db.session.execute(
            select(Place).where(Place.name == "Friperie Saint-Gervais")
        ).scalar_one()
        friperie.phone = "418 555-0111"  # staff fixed the number
        friperie.status = PlaceStatus.ARCHIVED  # and archived the place
        db.session.commit()
    second = first.replace("418 555-0100", "418 555-0122").replace("Avant", "Après")

    report = import_text(app, second)
    third = import_text(app, second)

    assert report.rows[0].status == "updated"
    assert sorted(report.rows[0].kept_staff_edits) == ["phone", "status"]
    friperie = place(app, "Friperie Saint-Gervais")
    assert friperie.phone == "418 555-0111"
    assert friperie.status == PlaceStatus.ARCHIVED
    assert friperie.description_fr == "Après"
    assert third.rows[0].status == "unchanged"
    assert place(app, "Friperie Saint-Gervais").phone == "418 555-0111"


def test_a_place_staff_made_by_hand_is_completed_not_duplicated(app: Flask) -> None:
    import_text(app, f"{HEADER},phone\nAtelier Vélo-Cité,,Lévis,,velos,reparer,atelier,\n")
    with app.app_context():
        db.session.execute(select(ImportRecord)).scalar_one()  # made by an import...
        db.session.query(ImportRecord).delete()  # ...now as if staff had made it by hand
        db.session.commit()

    report = import_text(
        app, f"{HEADER},phone\nATELIER VÉLO-CITÉ,,Levis,,velos,reparer,atelier,4185550177\n"
    )

    assert report.counts["created"] == 0
    assert report.rows[0].status == "updated"
    atelier = place(app, "Atelier Vélo-Cité")
    assert atelier.phone == "418 555-0177"  # an empty field is filled
    assert atelier.name == "Atelier Vélo-Cité"  # staff's spelling stays


def test_changed_categories_and_actions_follow_the_file(app: Flask) -> None:
    import_text(
        app,
        f"{HEADER}\nRessourcerie Frampton,,Frampton,,meubles;jouets,donner;acheter,ressourcerie\n",
    )

    report = import_text(
        app, f"{HEADER}\nRessourcerie Frampton,,Frampton,,meubles,donner;ramassage,ressourcerie\n"
    )

    assert report.rows[0].status == "updated"
    takes = {
        p.action_code: [c.code for c in p.categories]
        for p in place(app, "Ressourcerie Frampton").propositions
    }
    assert takes == {"donner": ["meubles"], "ramassage": ["meubles"]}


# --- Bad files write nothing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "message"),
    [
        ("encodage_melange.csv", "mélange deux encodages"),
        ("colonne_manquante.csv", "colonne(s) obligatoire(s) absente(s) : categories"),
    ],
)
def test_bad_file_writes_nothing(
    app: Flask, runner: FlaskCliRunner, filename: str, message: str
) -> None:
    before = state(app)

    result = run_cli(runner, str(DATA / filename))

    assert result.exit_code == 1
    assert "rien n'a été écrit" in result.output
    assert message in result.output
    assert state(app) == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ((HEADER + "\nA,,Lévis,,meubles,donner,ressourcerie\n").encode("utf-16"), "UTF-16"),
        (b"PK\x03\x04\x14\x00\x06\x00", "classeur Excel"),
        (b"", "vide"),
        (HEADER.encode(), "aucun lieu"),
        (b"\xef\xbb\xbfname,address\n\xe9\n", "UTF-8"),
        (b"name,address,municipality\n\x81\x8d\n", "Encodage illisible"),
        (
            (HEADER + ",categories\nA,,Lévis,,meubles,donner,ressourcerie,x\n").encode(),
            "en double : categories",
        ),
    ],
)
def test_unusable_bytes_are_refused_in_french(app: Flask, raw: bytes, message: str) -> None:
    before = state(app)
    with app.app_context(), pytest.raises(imports.ImportFileError, match=message):
        imports.import_places(raw)
    assert state(app) == before


# --- Reading what Excel writes --------------------------------------------------------------


def test_windows_1252_with_french_headers(app: Flask, runner: FlaskCliRunner) -> None:
    result = run_cli(runner, str(DATA / "partenaires_windows1252.csv"))

    assert result.exit_code == 0, result.output
    assert "Windows-1252, séparateur « , »" in result.output
    elan = place(app, "Friperie l'Élan")
    assert elan.address == "245, côte du Passage"
    assert elan.description_fr == "Vêtements pour toute la famille, « prix doux »"
    assert elan.mrc is not None
    assert elan.mrc.slug == "levis"
    assert elan.opening_hours == "Tu-Sa 10:00-17:00"
    assert {p.action_code for p in elan.propositions} == {"donner", "acheter"}
    for proposition in elan.propositions:
        assert [c.code for c in proposition.categories] == ["vetements", "textiles-maison"]
    bellechasse = place(app, "Ressourcerie Bellechasse")
    assert bellechasse.phone == "418 555-0199, poste 3"
    assert bellechasse.website == "https://www.ressourcerie-bellechasse.example.org"
    assert bellechasse.municipality is not None
    assert bellechasse.municipality.name == "Saint-Raphaël"
    assert bellechasse.status == PlaceStatus.PUBLISHED
    livres = place(app, "Bouquinerie Côté Livres")
    # Plain French hours are read into OSM syntax by the one hours normaliser (issue 11).
    assert livres.opening_hours == "Mo-Fr 09:00-17:00"
    assert livres.hours_note_fr == ""


def test_comma_file_with_quotes_and_crlf(app: Flask) -> None:
    text = (
        f"{HEADER},description\r\n"
        '"Ressourcerie ""La Deuxième Vie""","1200, boul. Vachon Nord",Sainte-Marie,G6E 0A1,'
        'meubles,donner,ressourcerie,"Sur deux lignes\r\nmeubles, électros"\r\n'
    )
    report = import_text(app, text)

    assert report.counts["created"] == 1
    created = place(app, 'Ressourcerie "La Deuxième Vie"')
    assert created.description_fr == "Sur deux lignes\r\nmeubles, électros"


def test_duplicate_row_in_the_file_is_refused_with_the_first_line(app: Flask) -> None:
    report = import_text(
        app,
        f"{HEADER}\n"
        "Comptoir Armagh,,Armagh,,vetements,donner,comptoir\n"
        "COMPTOIR ARMAGH,,armagh,,vetements,acheter,comptoir\n",
    )

    assert [r.status for r in report.rows] == ["created", "refused"]
    assert "Même lieu que la ligne 2" in report.rows[1].errors[0].message


def test_a_row_with_too_many_cells_is_refused(app: Flask) -> None:
    report = import_text(
        app, f"{HEADER}\nFriperie, Saint-Pamphile,,Saint-Pamphile,,vetements,acheter,friperie\n"
    )

    assert report.rows[0].status == "refused"
    assert "séparateur en trop" in report.rows[0].errors[0].message


def test_invalid_contact_fields_are_dropped_with_a_warning(app: Flask) -> None:
    report = import_text(
        app,
        f"{HEADER},phone,website,email\n"
        "Friperie Tourville,,Tourville,,vetements,acheter,friperie,pas de téléphone,"
        "javascript:alert(1),courriel@invalide\n",
    )

    row = report.rows[0]
    assert row.status == "created"
    assert sorted(w.kind for w in row.warnings) == [
        "email_invalid",
        "phone_format",
        "website_invalid",
    ]
    created = place(app, "Friperie Tourville")
    assert created.website == ""
    assert created.email == ""
    assert created.status == PlaceStatus.DRAFT


def test_progress_is_reported_row_by_row(app: Flask) -> None:
    seen: list[tuple[int, int]] = []
    with app.app_context():
        imports.import_places(
            TRAPS.read_bytes(), dry_run=True, progress=lambda d, t: seen.append((d, t))
        )

    assert seen[0] == (1, 27)
    assert seen[-1] == (27, 27)


def test_unreadable_postal_code_is_dropped_with_a_warning(app: Flask) -> None:
    report = import_text(
        app, f"{HEADER}\nFriperie Armagh,,Armagh,G0R 1A,vetements,acheter,friperie\n"
    )

    row = report.rows[0]
    assert [w.kind for w in row.warnings] == ["postal_code_invalid"]
    assert "G0R 1A" in row.warnings[0].message
    created = place(app, "Friperie Armagh")
    assert created.postal_code == ""
    assert created.mrc is not None
    assert created.mrc.slug == "bellechasse"
    assert created.status == PlaceStatus.DRAFT
