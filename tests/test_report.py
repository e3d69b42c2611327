"""The activity report: its period, figures, privacy of small counts, and the CSV export."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don import activity, item_lookup
from recupere_don.admin.activity_report import Period
from tests.test_admin_support import admin_client  # noqa: F401  (fixture)


def add_counts(app: Flask, week: date, counts: dict[activity.Key, int]) -> None:
    with app.app_context():
        activity.write(Counter(counts), week)


def csv_cells(body: bytes) -> list[list[str]]:
    text = body.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_default_period_is_the_last_twelve_months() -> None:
    period = Period.last_twelve_months(date(2026, 3, 31))
    assert (period.start, period.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert len(period.months()) == 12
    leap = Period.last_twelve_months(date(2028, 2, 29))
    assert leap.start == date(2027, 3, 1)


def test_report_counts_the_period_and_masks_small_counts(
    app: Flask,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    inside, before = date(2025, 6, 2), date(2025, 3, 24)  # Mondays
    add_counts(
        app,
        inside,
        {
            ("search", "electronique", "levis", ""): 7,
            ("search", "meubles", "levis", ""): 3,
            ("embed", "mrc-bellechasse", "bellechasse", ""): 2,
            ("item", "canape", "levis", ""): 9,
            ("item", "velo", "levis", ""): 1,
        },
    )
    add_counts(app, inside + timedelta(weeks=1), {("search", "electronique", "bellechasse", ""): 5})
    # Before the period: not counted.
    add_counts(app, before, {("search", "meubles", "levis", ""): 50})
    with app.test_request_context():
        item_lookup.log_miss("=HYPERLINK(évier)")

    page = admin_client.get("/admin/report?start=2025-04-01&end=2026-03-31")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "du 1 avril 2025 au 31 mars 2026" in html

    body = admin_client.get("/admin/report.csv?start=2025-04-01&end=2026-03-31")
    assert body.status_code == 200
    assert body.headers["Content-Disposition"].endswith('2025-04-01-2026-03-31.csv"')
    rows = csv_cells(body.data)
    top = rows.index(["Types d'objets les plus recherchés"])
    assert rows[top + 2 : top + 4] == [
        ["Électronique et informatique", "12"],
        ["Meubles", "< 5"],
    ]
    items = rows.index(["Objets du catalogue les plus cherchés"])
    assert rows[items + 2 : items + 4] == [["Canapé", "9"], ["Vélo", "< 5"]]
    months = rows.index(["Recherches par mois"])
    assert ["2025-06", "15", "0"] in rows[months : months + 14]
    embeds = rows.index(["Affichages des cartes intégrées chez les partenaires"])
    assert rows[embeds + 2] == ["mrc-bellechasse", "Bellechasse", "< 5"]
    # A citizen's words cannot become a spreadsheet formula.
    misses = rows.index(["Recherches sans résultat les plus fréquentes"])
    assert rows[misses + 2] == ["'=HYPERLINK(évier)", "< 5"]
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_demand_without_supply_lists_searches_from_gaps(
    app: Flask,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    # Saint-Roch-des-Aulnaies (L'Islet) has no place taking electronics within 25 km in the
    # demo data; Lévis has several.
    week = activity.week_of()
    add_counts(
        app,
        week,
        {
            ("search", "electronique", "l-islet", "17065"): 6,
            ("search", "electronique", "levis", "25213"): 40,
        },
    )
    rows = csv_cells(admin_client.get("/admin/report.csv?category=electronique&km=25").data)
    demand = rows.index(
        ["Demande sans offre : recherches venues d'endroits sans lieu à moins de 25 km"]
    )
    assert rows[demand + 2] == ["L'Islet", "Électronique et informatique", "6"]
    assert rows[demand + 3] == []  # Lévis is served
    gaps = rows.index(["Zones blanches : « Électronique et informatique » à plus de 25 km"])
    islet = next(r for r in rows[gaps:] if r and r[0] == "L'Islet")
    assert "Saint-Roch-des-Aulnaies" in islet[2]


@pytest.mark.parametrize(
    "query",
    [
        "start=2026-13-01",
        "start=2026-03-01&end=2026-01-01",
        "start=2020-01-01&end=2026-01-01",
        "category=inconnue",
        "km=-4",
        "format=pdf",
    ],
)
def test_report_refuses_what_it_cannot_read(
    admin_client: FlaskClient,  # noqa: F811
    query: str,
) -> None:
    assert admin_client.get(f"/admin/report?{query}").status_code == 400
    assert admin_client.get(f"/admin/report.csv?{query}").status_code == 400


def test_report_speaks_english_when_asked(admin_client: FlaskClient) -> None:  # noqa: F811
    page = admin_client.get("/admin/report?lang=en&start=2026-01-01&end=2026-03-31")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Activity report" in html
    assert "from January 1, 2026 to March 31, 2026" in html
    assert "Kinds of items searched most" in html
