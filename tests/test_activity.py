"""Activity counters: what a search or a view leaves in the database, and the schema change."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url

from recupere_don import activity
from recupere_don.embed import operations
from recupere_don.embed.settings import EmbedSettings, Preset
from recupere_don.extensions import db
from recupere_don.hours import QUEBEC
from recupere_don.models import ActivityCount
from tests.test_migrations import backend, cli, empty_app, load_release_database  # noqa: F401

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"}
CLIENT_IP = "203.0.113.57"
# Near Saint-Georges' point (46.11605, -70.66680), a few hundred metres off.
POINT = "46.11873,-70.66212"


def rows(app: Flask) -> set[tuple[str, str, str, str, int]]:
    with app.app_context():
        activity.flush()
        found = db.session.execute(
            select(
                ActivityCount.kind,
                ActivityCount.subject,
                ActivityCount.mrc,
                ActivityCount.municipality,
                ActivityCount.count,
            )
        ).all()
        return {tuple(row) for row in found}  # type: ignore[misc]


def whole_database_text(app: Flask) -> str:
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    with sqlite3.connect(str(url.database)) as conn:
        return "\n".join(conn.iterdump())


def test_a_search_from_a_position_keeps_only_its_municipality(
    app: Flask, client: FlaskClient
) -> None:
    headers = BROWSER | {"X-Forwarded-For": CLIENT_IP}
    answer = client.get(f"/api/v1/places?category=electronique&near={POINT}", headers=headers)
    assert answer.status_code == 200
    assert rows(app) == {("search", "electronique", "beauce-sartigan", "29073", 1)}
    # What a row can hold: nothing of the person.
    with app.app_context():
        columns = {c["name"] for c in inspect(db.engine).get_columns("activity_count")}
    assert columns == {"id", "week", "kind", "subject", "mrc", "municipality", "count"}
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        dump = whole_database_text(app)
        for trace in ("46.1187", "70.6621", CLIENT_IP, "Chrome/131"):
            assert trace not in dump


def test_same_searches_add_up_on_one_row_per_week(app: Flask, client: FlaskClient) -> None:
    for _ in range(3):
        assert (
            client.get("/api/v1/places?q=ordinateur&mrc=bellechasse", headers=BROWSER).status_code
            == 200
        )
    with app.app_context():
        activity.flush()
        searched = select(ActivityCount).where(ActivityCount.kind == "search")
        stored = db.session.execute(searched).scalars().one()
        assert (stored.kind, stored.subject, stored.mrc, stored.municipality, stored.count) == (
            "search", "electronique", "bellechasse", "", 3,
        )  # fmt: skip
        today = datetime.now(QUEBEC).date()
        assert stored.week == today - timedelta(days=today.weekday())
        assert stored.week.weekday() == 0


def test_missed_searches_and_views_are_counted_robots_are_not(
    app: Flask, client: FlaskClient
) -> None:
    client.get("/api/v1/places?q=zzqxvb&mrc=montmagny", headers=BROWSER)
    client.get("/?mrc=levis", headers=BROWSER)
    client.get("/", headers={"User-Agent": "Googlebot/2.1"})
    client.get("/api/v1/places?bbox=-72,46,-70,47", headers=BROWSER)  # browsing, not a search
    with app.app_context():
        operations.save_config(
            None, "mrc-bellechasse", "MRC de Bellechasse",
            EmbedSettings(Preset(mrcs=("bellechasse",))),
        )  # fmt: skip
    frame = client.get("/embed/mrc-bellechasse", headers=BROWSER)
    assert frame.status_code == 200
    assert "Set-Cookie" not in frame.headers
    assert rows(app) == {
        ("miss", "", "montmagny", "", 1),
        ("page", "carte", "levis", "", 1),
        ("embed", "mrc-bellechasse", "bellechasse", "", 1),
    }


def test_a_point_outside_the_region_keeps_nothing_of_where(app: Flask) -> None:
    with app.test_request_context():
        assert activity.place_of(45.5017, -73.5673) == ("", "")  # Montréal
        assert activity.place_of(46.11873, -70.66212) == ("beauce-sartigan", "29073")


def test_counts_add_up_on_their_week_row(app: Flask) -> None:
    key = ("search", "meubles", "levis", "25213")
    with app.app_context():
        activity.write({key: 2}, date(2026, 3, 2))  # type: ignore[arg-type]
        activity.write({key: 5}, date(2026, 3, 2))  # type: ignore[arg-type]
        activity.write({key: 1}, date(2026, 3, 9))  # type: ignore[arg-type]
        counts = dict(db.session.execute(select(ActivityCount.week, ActivityCount.count)).all())
    assert counts == {date(2026, 3, 2): 7, date(2026, 3, 9): 1}


def test_release_database_gains_the_empty_counters_and_loses_them_on_downgrade(
    empty_app: Flask,  # noqa: F811
) -> None:
    load_release_database(empty_app)
    cli(empty_app, "db", "upgrade")
    client = empty_app.test_client()
    assert client.get("/api/v1/places?category=meubles", headers=BROWSER).status_code == 200
    assert rows(empty_app) == {("search", "meubles", "", "", 1)}
    cli(empty_app, "db", "downgrade", "c195a879618a")
    with empty_app.app_context():
        tables = set(inspect(db.engine).get_table_names())
        places = db.session.execute(text("SELECT count(*) FROM place")).scalar_one()
        db.session.remove()
    assert "activity_count" not in tables
    assert places == 42
    cli(empty_app, "db", "upgrade")
    assert rows(empty_app) == set()


def test_counts_wait_in_the_process_until_their_flush(app: Flask, client: FlaskClient) -> None:
    def stored() -> int:
        with app.app_context():
            return len(db.session.execute(select(ActivityCount.id)).all())

    client.get("/api/v1/places?category=meubles", headers=BROWSER)
    assert stored() == 0  # a request only adds to the process's counts
    app.config["ACTIVITY_FLUSH_SECONDS"] = 0
    client.get("/api/v1/places?category=velos", headers=BROWSER)
    assert stored() == 2  # the flush writes what waited as well
    assert rows(app) == {("search", "meubles", "", "", 1), ("search", "velos", "", "", 1)}


def test_words_naming_a_catalogue_item_count_the_item_and_its_category(
    app: Flask, client: FlaskClient
) -> None:
    assert client.get("/api/v1/places?q=Divans&mrc=levis", headers=BROWSER).status_code == 200
    assert rows(app) == {
        ("item", "canape", "levis", "", 1),
        ("search", "meubles", "levis", "", 1),
    }


def test_a_search_listed_without_javascript_counts_once(app: Flask, client: FlaskClient) -> None:
    assert client.get("/?q=divan&mrc=lotbiniere&liste=1", headers=BROWSER).status_code == 200
    assert rows(app) == {
        ("item", "canape", "lotbiniere", "", 1),
        ("search", "meubles", "lotbiniere", "", 1),
        ("page", "carte", "lotbiniere", "", 1),
    }


def test_counts_survive_a_database_that_fails_and_are_written_later(
    app: Flask, client: FlaskClient
) -> None:
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("the table is hidden the SQLite way")
    app.config["ACTIVITY_FLUSH_SECONDS"] = 0
    with app.app_context():
        db.session.execute(text("ALTER TABLE activity_count RENAME TO activity_count_away"))
        db.session.commit()
    # The write fails: the citizen still gets the answer, the count waits in the process.
    answer = client.get("/api/v1/places?category=jouets", headers=BROWSER)
    assert answer.status_code == 200
    assert answer.get_json()["features"]
    with app.app_context():
        db.session.execute(text("ALTER TABLE activity_count_away RENAME TO activity_count"))
        db.session.commit()
    client.get("/api/v1/places?category=jouets", headers=BROWSER)
    assert rows(app) == {("search", "jouets", "", "", 2)}
