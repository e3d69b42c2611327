"""Script payloads typed by staff or imported by CSV never run on an admin or public page.

The `page` fixture fails the test on any dialog (alert) or page error; each test also checks
that no injected element reached the DOM, and that exports carry the payloads as inert text.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.imports import COLUMNS as IMPORT_COLUMNS
from recupere_don.models import Place, SearchMiss
from tests.browser.conftest import STAFF_EMAIL, STAFF_PASSWORD, LiveServer, screenshot, sign_in

pytestmark = pytest.mark.browser

SCRIPT = "<script>alert('script')</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.domain)"
PAYLOAD = f"{IMG} {SCRIPT}"


@pytest.fixture(scope="module")
def staff(live_server: LiveServer) -> str:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "admin")
        db.session.add(SearchMiss(text=PAYLOAD))
        db.session.commit()
    return STAFF_EMAIL


def assert_inert(page: Page) -> None:
    """Nothing injected became markup: no <img src=x>, no inline script from our payloads."""
    assert page.locator("img[src='x']").count() == 0
    scripts = page.evaluate("Array.from(document.scripts).map(s => s.textContent).join('\\n')")
    assert "alert('script')" not in scripts
    assert page.locator("a[href^='javascript:']").count() == 0


def visit(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert_inert(page)


def test_payloads_typed_in_every_editor_field_stay_text(
    page: Page, live_server: LiveServer, staff: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/places/new")
    # Every text input and text area of the editor gets a payload.
    text_fields = page.locator(
        "#place-form input[type=text], #place-form textarea, #place-form input:not([type])"
    )
    count = text_fields.count()
    assert count >= 15
    for i in range(count):
        field = text_fields.nth(i)
        name = field.get_attribute("name") or ""
        field.fill(JS_URL if name == "website" else PAYLOAD)
    page.get_by_label("Municipalité").select_option(label="Montmagny (Montmagny)")
    page.locator("#take-donner").get_by_label("Meubles", exact=False).check()
    page.locator("#take-acheter").get_by_label("Livres", exact=False).check()
    page.get_by_role("button", name="Enregistrer").click()
    # Validated fields refuse the payloads and say why; the form comes back, inert.
    expect(page.locator(".alert-error")).to_be_visible()
    expect(page.locator("#website-error")).to_contain_text("https://")
    expect(page.locator("#name")).to_have_value(PAYLOAD)
    assert_inert(page)
    screenshot(page, "admin-xss-refused")

    page.locator("#postal_code").fill("G5V 1A1")
    page.locator("#phone").fill("418 555-0123")
    page.locator("#email").fill("contact@exemple.org")
    page.locator("#website").fill("https://exemple.org/?q=%3Cscript%3E")
    page.locator("#opening_hours").fill("Mo-Fr 09:00-17:00")
    page.locator("#service_area_radius_km").fill("")
    # Refused items must be catalogue items: the payload was refused above, as text.
    refused = page.locator("#place-form input[name$='_refuses']")
    for i in range(refused.count()):
        refused.nth(i).fill("")
    page.get_by_role("button", name="Localiser").click()
    expect(page.locator("#place-map")).to_have_attribute("data-state", "located")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator(".flash-success")).to_be_visible()
    assert_inert(page)
    page.get_by_role("button", name="Publier").click()
    expect(page.locator(".flash-success")).to_contain_text("Lieu publié")
    edit_url = page.url

    with live_server.app.app_context():
        place = db.session.execute(select(Place).where(Place.name == PAYLOAD)).scalar_one()
        slug, description = place.slug, place.description_fr
    assert description == PAYLOAD, "stored exactly as typed"

    for path in (
        edit_url,
        edit_url + "/history",
        "/admin/places",
        "/admin/review",
        f"/lieux/{slug}",
        f"/lieux/{slug}?lang=en",
    ):
        visit(page, path if path.startswith("http") else live_server.url + path)
    expect(page.locator("h1")).to_have_text(PAYLOAD)

    # The public map: list entry and popup show the text, as text.
    page.goto(live_server.url + "/?mrc=montmagny")
    expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")
    expect(page.locator("#results")).to_contain_text(IMG)
    opened = page.evaluate(
        """(name) => new Promise(resolve => {
             const marker = window.recupereDon.cluster.getLayers()
               .find(m => m.options.title === name);
             if (!marker) { resolve(""); return; }
             window.recupereDon.cluster.zoomToShowLayer(marker, () => {
               marker.openPopup();
               resolve(marker.getPopup().getElement().textContent);
             });
           })""",
        PAYLOAD,
    )
    assert IMG in opened, "the popup shows the payload as text"
    page.wait_for_timeout(300)
    assert_inert(page)
    screenshot(page, "admin-xss-public-map")

    # Exports carry the payload as data; the spreadsheet cannot run it as a formula.
    csv_text = page.request.get(live_server.url + "/admin/export.csv").body().decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(csv_text), delimiter=";") if r["slug"] == slug)
    assert row["name"] == PAYLOAD
    geojson = json.loads(page.request.get(live_server.url + "/admin/export.geojson").body())
    assert any(f["properties"]["name"] == PAYLOAD for f in geojson["features"])


def test_payloads_imported_by_csv_stay_text(
    page: Page, live_server: LiveServer, staff: str, tmp_path: object
) -> None:
    sign_in(page, live_server)
    columns = list(IMPORT_COLUMNS)
    rows = [
        {
            "name": f"Piège {IMG}",
            "address": SCRIPT,
            "municipality": "Lévis",
            "postal_code": "G6V 4J8",
            "categories": "vetements",
            "actions": "donner",
            "place_type": "comptoir",
            "website": JS_URL,
            "description": PAYLOAD,
        },
        {
            "name": 'Piège =HYPERLINK("http://x")',
            "address": "1, rue A",
            "municipality": "Montmagny",
            "categories": "livres-medias",
            "actions": "donner",
            "place_type": "bouquinerie",
            "description": f"=cmd|' /C calc'!A0 {SCRIPT}",
        },
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    body = buffer.getvalue().encode("utf-8")
    page.goto(live_server.url + "/admin/import")
    page.get_by_label("Fichier CSV").set_input_files(
        files=[{"name": "piege.csv", "mimeType": "text/csv", "buffer": body}]
    )
    page.get_by_role("button", name="Vérifier le fichier").click()
    expect(page.locator("#import-rows")).to_be_visible()
    assert_inert(page)
    screenshot(page, "admin-import-preview")
    expect(page.locator("#import-rows tbody tr")).to_have_count(2)
    page.locator("#confirm-import").click()
    expect(page.get_by_role("heading", name="Importation terminée")).to_be_visible()
    assert_inert(page)
    for path in ("/admin/places", "/admin/review", "/", "/?mrc=levis"):
        visit(page, live_server.url + path)
    with live_server.app.app_context():
        imported = list(
            db.session.execute(select(Place).where(Place.name.like("Piège %"))).scalars()
        )
        slugs = [p.slug for p in imported if p.status == "published"]
        websites = [p.website for p in imported]
        descriptions = {p.description_fr for p in imported}
    assert len(imported) == 2, "both rows were imported, payloads and all"
    assert PAYLOAD in descriptions
    assert all(not w.startswith("javascript:") for w in websites)
    for slug in slugs:
        visit(page, f"{live_server.url}/lieux/{slug}")
    csv_text = page.request.get(live_server.url + "/admin/export.csv").body().decode("utf-8-sig")
    for row in csv.DictReader(io.StringIO(csv_text), delimiter=";"):
        for value in row.values():
            assert not (value or "").startswith(("=", "+", "@")), value


def test_category_label_and_search_miss_payloads_stay_text(
    page: Page, live_server: LiveServer, staff: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/taxonomy")
    page.locator("#fr-meubles").fill(f"Meubles {IMG}")
    page.locator("#category-meubles").get_by_role("button", name="Renommer").click()
    expect(page.locator(".flash-success")).to_be_visible()
    assert_inert(page)
    for path in ("/", "/admin/review", "/admin/places/new", "/admin/taxonomy"):
        visit(page, live_server.url + path)
    page.goto(live_server.url + "/admin/review")
    expect(page.locator("#misses")).to_contain_text(SCRIPT)
    assert_inert(page)
    # Put the label back for the other modules' tests.
    page.goto(live_server.url + "/admin/taxonomy")
    page.locator("#fr-meubles").fill("Meubles")
    page.locator("#category-meubles").get_by_role("button", name="Renommer").click()
    expect(page.locator(".flash-success")).to_be_visible()
