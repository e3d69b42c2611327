"""`flask seed-known`: organisations known from public sources become drafts to verify."""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select

from recupere_don import placewrites
from recupere_don.admin.models import PlaceRevision
from recupere_don.extensions import db
from recupere_don.geo.names import name_key
from recupere_don.models import GeocodePrecision, Place, PlaceStatus
from recupere_don.placesources import PlaceSource, sources_of

from .conftest import ROOT, reference_file
from .test_admin_support import admin_client, csrf_token  # noqa: F401

KNOWN_FILE = ROOT.parent / "shared" / "known" / "organisations_from_public_sources.csv"
LABEL = "sources publiques: organisations_from_public_sources.csv"
SORTING_CENTRES = ("Société VIA (centre de tri de Lévis)", "Récupération Frontenac")


def known_file() -> Path:
    """The shared file of known organisations; the test is skipped, saying why, when absent."""
    if not KNOWN_FILE.exists():
        pytest.skip(f"known organisations not available here ({KNOWN_FILE} is absent)")
    return KNOWN_FILE


def seed(runner: FlaskCliRunner, path: Path) -> str:
    result = runner.invoke(args=["seed-known", str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def loaded(app: Flask) -> list[Place]:
    with app.app_context():
        places = db.session.execute(select(Place).where(Place.data_source == LABEL)).scalars()
        result = list(places)
        for place in result:
            _ = place.mrc, place.municipality, place.propositions
        return result


def test_the_known_file_gives_13_drafts_in_their_mrcs(app: Flask, runner: FlaskCliRunner) -> None:
    path = known_file()
    seed(runner, path)
    official = {
        row["code_geo"]: row["mrc"]
        for row in csv.DictReader(reference_file("municipalities.csv").open(encoding="utf-8"))
    }
    places = loaded(app)
    assert len(places) == 13
    for place in places:
        assert place.status == PlaceStatus.DRAFT
        assert place.municipality is not None
        assert place.mrc is not None
        # The MRC the official list gives the municipality, whatever the point says.
        assert name_key(place.mrc.name) == name_key(official[place.municipality.code_geo])
        assert place.geocode_precision == GeocodePrecision.MUNICIPALITY
    names = {p.name for p in places}
    assert "Écolivres" in names
    assert not names & set(SORTING_CENTRES)


def test_the_sorting_centres_are_refused_with_their_reason(runner: FlaskCliRunner) -> None:
    output = seed(runner, known_file())
    for name in SORTING_CENTRES:
        line = next(line for line in output.splitlines() if name in line)
        assert "refusée" in line
        assert "pas un point de dépôt" in line
        assert "not objects for reuse" in line
    assert "2 refusés" in output


def test_a_second_run_changes_nothing(app: Flask, runner: FlaskCliRunner) -> None:
    path = known_file()
    seed(runner, path)

    def state() -> tuple[int, int, int, list[tuple[str, int]]]:
        with app.app_context():
            return (
                db.session.scalar(select(func.count()).select_from(Place)) or 0,
                db.session.scalar(select(func.count()).select_from(PlaceRevision)) or 0,
                db.session.scalar(select(func.count()).select_from(PlaceSource)) or 0,
                sorted((p.slug, p.version) for p in db.session.execute(select(Place)).scalars()),
            )

    before = state()
    output = seed(runner, path)
    assert state() == before
    assert "0 brouillons créés" in output
    assert "13 inchangés" in output


def test_each_draft_is_signed_by_its_file_and_keeps_its_sources(
    app: Flask, runner: FlaskCliRunner
) -> None:
    seed(runner, known_file())
    with app.app_context():
        place = db.session.execute(select(Place).where(Place.name == "Écolivres")).scalar_one()
        revisions = db.session.execute(
            select(PlaceRevision).where(PlaceRevision.place_id == place.id)
        ).scalars()
        assert [(r.kind, r.author_label, r.user_id) for r in revisions] == [("create", LABEL, None)]
        (source,) = sources_of(place)
        assert "https://www.ecolivres.org/nouvelles/une-deuxieme-succursale-pour-ecolivres/" in (
            source.urls
        )
        assert source.dated == "2018-2022"
        assert "Saint-Romuald" in source.caveats
        assert place.place_type_code == "bouquinerie"
        assert {p.action_code for p in place.propositions} >= {"donner"}
        assert place.category_codes == ["livres-medias"]


HEADER = (
    "name,org_type,is_donation_point,civic_address,municipality,code_geo,mrc,postal_code,"
    "items_accepted,donation_modes,latitude,longitude,coord_precision,notes,source_url,"
    "source_date\n"
)


def test_mapping_rules_on_a_hand_made_file(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "quelques_organismes.csv"
    path.write_text(
        HEADER
        # No civic number ("2e Avenue" is a street, not a number); one word the app does not know.
        + "Friperie du Test,friperie (OBNL),yes,2e Avenue,Beauceville,27028,Beauce-Centre,,"
        "vêtements; zorglubs introuvables,dépôt au magasin,,,,Vérifier les heures,"
        "https://exemple.test/a | https://exemple.test/b,2024-05\n"
        # A civic number: the address is kept and no civic-number warning is given.
         + 'Ressourcerie du Test,ressourcerie,yes,"12, rue Principale",Beauceville,27028,'
        "Beauce-Centre,G5X 1N1,meubles,collecte à domicile,,,,,https://exemple.test/c,2023\n"
        # Not a donation point: refused with the reason.
         + 'Centre de tri du Test,centre de tri,"no — recyclables only",,Beauceville,27028,'
        "Beauce-Centre,,papier,,,,,,https://exemple.test/d,2020\n",
        encoding="utf-8",
    )
    output = seed(runner, path)
    assert "1 refusés" in output
    assert "2 brouillons créés" in output
    lines = [line for line in output.splitlines() if "Friperie du Test" in line]
    assert any("zorglubs introuvables" in line and "non reconnu" in line for line in lines)
    assert any("numéro civique" in line for line in lines)
    ressourcerie = [line for line in output.splitlines() if "Ressourcerie du Test" in line]
    assert not any("numéro civique" in line for line in ressourcerie)
    assert any(
        "Centre de tri du Test" in line and "recyclables only" in line
        for line in output.splitlines()
    )
    with app.app_context():
        by_name = {
            p.name: p
            for p in db.session.execute(
                select(Place).where(Place.data_source.like("sources publiques:%"))
            ).scalars()
        }
        assert set(by_name) == {"Friperie du Test", "Ressourcerie du Test"}
        friperie_place = by_name["Friperie du Test"]
        assert friperie_place.address == ""
        assert friperie_place.category_codes == ["vetements"]
        assert {p.action_code for p in friperie_place.propositions} == {"donner", "acheter"}
        assert friperie_place.mrc is not None
        assert friperie_place.mrc.slug == "beauce-centre"
        assert sources_of(friperie_place)[0].urls == [
            "https://exemple.test/a",
            "https://exemple.test/b",
        ]
        ressourcerie_place = by_name["Ressourcerie du Test"]
        assert ressourcerie_place.address == "12, rue Principale"
        assert ressourcerie_place.postal_code == "G5X 1N1"
        # "collecte à domicile" is how people give: home pickup, to confirm.
        assert "ramassage" in {p.action_code for p in ressourcerie_place.propositions}


def test_a_file_without_the_columns_is_refused_whole(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "autre.csv"
    path.write_text("nom,adresse\nX,Y\n", encoding="utf-8")
    result = runner.invoke(args=["seed-known", str(path)])
    assert result.exit_code == 1
    assert "Colonnes manquantes" in result.output
    with app.app_context():
        assert not db.session.scalar(select(func.count()).select_from(PlaceSource))


def test_remove_demo_archives_the_demo_places(app: Flask, runner: FlaskCliRunner) -> None:
    with app.app_context():
        shown = db.session.scalar(
            select(func.count()).where(Place.is_demo, Place.status != PlaceStatus.ARCHIVED)
        )
    assert shown
    result = runner.invoke(args=["remove-demo"])
    assert result.exit_code == 0, result.output
    assert f"archivés : {shown}" in result.output
    with app.app_context():
        assert not db.session.scalar(
            select(func.count()).where(Place.is_demo, Place.status != PlaceStatus.ARCHIVED)
        )


def test_staff_see_the_sources_and_citizens_see_them_once_published(
    app: Flask,
    runner: FlaskCliRunner,
    tmp_path: Path,
    admin_client: FlaskClient,  # noqa: F811  (the fixture)
) -> None:
    path = tmp_path / "un_organisme.csv"
    path.write_text(
        HEADER + "Friperie du Test,friperie,yes,,Beauceville,27028,Beauce-Centre,,vêtements,,,,,"
        "Page de 2013 : existe encore?,https://journal.exemple.test/article-42,2013-03\n",
        encoding="utf-8",
    )
    seed(runner, path)
    with app.app_context():
        place = db.session.execute(
            select(Place).where(Place.name == "Friperie du Test")
        ).scalar_one()
        place_id, slug = place.id, place.slug
    editor = admin_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    assert 'href="https://journal.exemple.test/article-42"' in editor
    assert "Page de 2013 : existe encore?" in editor
    assert "numéro civique" in editor
    assert admin_client.get(f"/lieux/{slug}").status_code == 404
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        placewrites.set_status(place, PlaceStatus.PUBLISHED, None, place.version)
    public = app.test_client().get(f"/lieux/{slug}").get_data(as_text=True)
    assert 'href="https://journal.exemple.test/article-42"' in public
    assert "(2013-03)" in public
    # Caveats are for staff: citizens see where the facts come from, not the to-do list.
    assert "existe encore" not in public


def test_staff_confirm_a_draft_from_the_review_queue_then_it_is_public(
    app: Flask,
    runner: FlaskCliRunner,
    tmp_path: Path,
    admin_client: FlaskClient,  # noqa: F811  (the fixture)
) -> None:
    path = tmp_path / "un_organisme.csv"
    path.write_text(
        HEADER
        + "Friperie à confirmer,friperie,yes,,Beauceville,27028,Beauce-Centre,,vêtements,,,,,"
        "Page ancienne,https://journal.exemple.test/article-7,2019-04\n",
        encoding="utf-8",
    )
    seed(runner, path)
    with app.app_context():
        place = db.session.execute(
            select(Place).where(Place.name == "Friperie à confirmer")
        ).scalar_one()
        place_id, slug, version = place.id, place.slug, place.version
    queue = admin_client.get("/admin/review").get_data(as_text=True)
    section = queue.split('id="to-confirm"', 1)[1].split("</section>", 1)[0]
    assert "Friperie à confirmer" in section
    assert "Page ancienne" in section
    assert "Objets refusés et conditions" in section

    token = csrf_token(admin_client, "/admin/review")
    form = {"csrf_token": token, "version": str(version)}
    # Half the checklist is not a confirmation: nothing is published.
    half = admin_client.post(
        f"/admin/places/{place_id}/confirm",
        data={**form, "confirmed": ["address", "hours"]},
        follow_redirects=True,
    )
    told = html.unescape(half.get_data(as_text=True))
    assert "À confirmer d'abord : Objets acceptés et façons de donner, Objets refusés" in told
    assert app.test_client().get(f"/lieux/{slug}").status_code == 404

    admin_client.post(
        f"/admin/places/{place_id}/confirm",
        data={**form, "confirmed": ["address", "hours", "items", "refusals"]},
    )
    with app.app_context():
        confirmed = db.session.get_one(Place, place_id)
        assert confirmed.status == PlaceStatus.PUBLISHED
        assert confirmed.verified_at is not None
    public = app.test_client().get(f"/lieux/{slug}").get_data(as_text=True)
    assert 'href="https://journal.exemple.test/article-7"' in public
    after = admin_client.get("/admin/review").get_data(as_text=True)
    assert 'id="to-confirm"' not in after


def test_staff_load_the_known_file_from_the_import_page(
    app: Flask,
    tmp_path: Path,
    admin_client: FlaskClient,  # noqa: F811  (the fixture)
) -> None:
    page = admin_client.get("/admin/import").get_data(as_text=True)
    assert 'id="known-organisations"' in page
    token = csrf_token(admin_client, "/admin/import")
    body = (
        HEADER + "Friperie du Web,friperie,yes,,Beauceville,27028,Beauce-Centre,,vêtements,,,,,"
        ",https://exemple.test/web,2024\n"
        'Centre de tri du Web,centre de tri,"no — recyclables only",,Beauceville,27028,'
        "Beauce-Centre,,papier,,,,,,https://exemple.test/tri,2020\n"
    ).encode()
    answer = admin_client.post(
        "/admin/import/known",
        data={"csrf_token": token, "known_file": (io.BytesIO(body), "organismes.csv")},
        content_type="multipart/form-data",
    )
    text = html.unescape(answer.get_data(as_text=True))
    assert answer.status_code == 200
    assert "1 brouillons créés" in text
    assert "recyclables only" in text
    with app.app_context():
        draft = db.session.execute(
            select(Place).where(Place.name == "Friperie du Web")
        ).scalar_one()
        assert draft.status == PlaceStatus.DRAFT
    # A file that is not one: a clear message, nothing written.
    bad = admin_client.post(
        "/admin/import/known",
        data={"csrf_token": token, "known_file": (io.BytesIO(b"a,b\n1,2\n"), "autre.csv")},
        content_type="multipart/form-data",
    )
    assert bad.status_code == 422
