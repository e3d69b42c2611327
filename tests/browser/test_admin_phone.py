"""Staff pages on a 375 px phone: nothing wider than the screen, axe still finds nothing serious."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from sqlalchemy import select

from recupere_don import placewrites
from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.item_lookup import log_miss
from recupere_don.models import Place
from tests.browser.conftest import (
    BLANK_TILE,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    TILE_HOST,
    LiveServer,
    sign_in,
)
from tests.browser.test_admin_a11y import serious_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
CSV = (
    "name;address;municipality;postal_code;categories;actions;place_type;phone\n"
    "Friperie du Parc;12, 1re Avenue;Saint-Georges;G5Y 1A1;vetements;donner;friperie;418-555-1\n"
    "Lieu perdu;1, rue Nulle;Atlantide;;vetements;donner;friperie;\n"
)


@pytest.fixture(scope="module")
def place_id(live_server: LiveServer) -> int:
    """A staff account, a place with a change in its history, and a missed search."""
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "admin")
        place = db.session.execute(select(Place).order_by(Place.id)).scalars().first()
        assert place is not None
        placewrites.update(
            place,
            {
                "place_type_code": "friperie",
                "service_area": {"mrcs": ["beauce-sartigan", "les-etchemins", "bellechasse"]},
            },
            None,
            place.version,
        )
        log_miss("machine à coudre à pédale")
        return place.id


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, locale="fr-CA")
    page = context.new_page()

    def answer_tile(route: Route) -> None:
        route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)

    page.route(f"http://{TILE_HOST}/**", answer_tile)
    yield page
    context.close()


def _fits(page: Page) -> tuple[int, int]:
    return page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")


PATHS = [
    "/admin/places",
    "/admin/places/new",
    "/admin/places/{id}",
    "/admin/places/{id}/history",
    "/admin/review",
    "/admin/import",
    "/admin/taxonomy",
    "/admin/users",
    "/admin/boundaries",
    "/admin/password",
    "/admin/embeds/",
    "/admin/embeds/new",
]


@pytest.mark.parametrize("path", PATHS)
def test_staff_page_fits_a_phone(
    phone: Page, live_server: LiveServer, place_id: int, path: str
) -> None:
    sign_in(phone, live_server)
    phone.goto(live_server.url + path.format(id=place_id))
    expect(phone.locator("h1")).to_be_visible()
    scroll_width, screen = _fits(phone)
    assert scroll_width <= screen, f"{path} is {scroll_width} px wide on a {screen} px phone"
    assert serious_violations(phone) == []


def test_import_report_fits_a_phone(phone: Page, live_server: LiveServer, place_id: int) -> None:
    sign_in(phone, live_server)
    phone.goto(live_server.url + "/admin/import")
    phone.set_input_files(
        "input[type=file]",
        files=[{"name": "partenaires.csv", "mimeType": "text/csv", "buffer": CSV.encode()}],
    )
    phone.get_by_role("button", name="Vérifier le fichier (rien n'est écrit)").click()
    expect(phone.locator("#import-report")).to_be_visible()
    scroll_width, screen = _fits(phone)
    assert scroll_width <= screen, f"the import report is {scroll_width} px wide"
    assert serious_violations(phone) == []
