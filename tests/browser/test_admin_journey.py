"""A staff member's journey in Chromium: sign in, create, locate, drag the pin, publish, archive."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from recupere_don.admin import accounts
from tests.browser.conftest import (
    STAFF_EMAIL,
    STAFF_PASSWORD,
    LiveServer,
    RequestLog,
    screenshot,
    sign_in,
)

pytestmark = pytest.mark.browser

EMAIL, PASSWORD = STAFF_EMAIL, STAFF_PASSWORD


@pytest.fixture(scope="module")
def staff_account(live_server: LiveServer) -> str:
    with live_server.app.app_context():
        accounts.create_user(EMAIL, PASSWORD, "admin")
    return EMAIL


def markers_at(page: Page, lat: float, lon: float) -> int:
    return int(
        page.evaluate(
            """([lat, lon]) => window.recupereDon.cluster.getLayers().filter(m => {
                 const p = m.getLatLng();
                 return Math.abs(p.lat - lat) < 1e-5 && Math.abs(p.lng - lon) < 1e-5;
               }).length""",
            [lat, lon],
        )
    )


def public_map(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")


def test_create_locate_drag_publish_archive_restore(
    page: Page, live_server: LiveServer, staff_account: str, request_log: RequestLog
) -> None:
    page.goto(live_server.url + "/admin/login")
    screenshot(page, "admin-login")
    sign_in(page, live_server)

    page.get_by_role("link", name="Ajouter un lieu").first.click()
    page.get_by_label("Nom de l'organisme").fill("Atelier Vélo-Récup de la Chaudière")
    page.get_by_label("Type de lieu").select_option("atelier")
    page.get_by_label("Adresse (numéro et rue)").fill("11400, 1re Avenue")
    page.get_by_label("Municipalité").select_option(label="Saint-Georges (Beauce-Sartigan)")
    page.get_by_label("Code postal").fill("g5y2c3")
    page.get_by_label("Heures d'ouverture").fill("Tu-Sa 10:00-17:00")
    page.locator("#take-donner").get_by_label("Vélos", exact=False).check()

    page.get_by_role("button", name="Localiser").click()
    map_el = page.locator("#place-map")
    expect(map_el).to_have_attribute("data-state", "located")
    marker = page.locator("#place-map .leaflet-marker-icon")
    expect(marker).to_be_visible()
    expect(page.locator("#mrc-status")).to_contain_text("Beauce-Sartigan")
    located = (
        float(page.locator("#latitude").input_value()),
        float(page.locator("#longitude").input_value()),
    )

    # Drag the pin 120 px right and 60 px down: the position becomes "manual".
    box = marker.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] - 4
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 60, y + 30, steps=5)
    page.mouse.move(x + 120, y + 60, steps=5)
    page.mouse.up()
    expect(map_el).to_have_attribute("data-state", "moved")
    expect(page.locator("#geocode_source")).to_have_value("manual")
    lat = float(page.locator("#latitude").input_value())
    lon = float(page.locator("#longitude").input_value())
    assert (lat, lon) != located
    assert lat < located[0]
    assert lon > located[1]
    expect(page.locator("#location-status")).to_contain_text("placé à la main")
    screenshot(page, "admin-editor-dragged")

    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator(".flash-success")).to_contain_text("Lieu créé en brouillon")
    assert page.locator("#latitude").input_value() == f"{lat}"
    edit_url = page.url

    page.get_by_role("button", name="Publier").click()
    expect(page.locator(".flash-success")).to_contain_text("Lieu publié")
    screenshot(page, "admin-editor-published")

    public_map(page, live_server)
    assert markers_at(page, lat, lon) == 1
    expect(page.locator("#results")).to_contain_text("Atelier Vélo-Récup de la Chaudière")

    page.goto(edit_url)
    page.get_by_role("button", name="Archiver (supprimer)").click()
    expect(page.locator(".flash-success")).to_contain_text("Lieu archivé")
    public_map(page, live_server)
    assert markers_at(page, lat, lon) == 0

    page.goto(edit_url)
    page.get_by_role("button", name="Restaurer").click()
    expect(page.locator(".flash-success")).to_contain_text("Lieu restauré")
    page.get_by_role("button", name="Publier").click()
    public_map(page, live_server)
    assert markers_at(page, lat, lon) == 1

    page.goto(edit_url)
    page.get_by_role("link", name="Historique des changements").click()
    # Created, published, archived, restored, published again.
    expect(page.locator("#history > li")).to_have_count(5)
    screenshot(page, "admin-history")
    page.get_by_role("link", name="À vérifier").click()
    expect(page.locator("#duplicates")).to_be_visible()
    screenshot(page, "admin-review")
    page.get_by_role("link", name="Lieux", exact=True).click()
    page.get_by_label("MRC").select_option("beauce-sartigan")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.locator("#places-table")).to_contain_text("Atelier Vélo-Récup de la Chaudière")
    screenshot(page, "admin-places")
    assert request_log.foreign() == [], "the admin loads nothing from a CDN"
