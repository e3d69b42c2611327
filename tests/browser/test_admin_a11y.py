"""axe-core on the staff pages: the team uses them every day, with a keyboard or a screen reader."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from recupere_don.admin import accounts
from tests.browser.conftest import STAFF_EMAIL, STAFF_PASSWORD, LiveServer, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def staff(live_server: LiveServer) -> str:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "admin")
    return STAFF_EMAIL


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_login_page(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/admin/login")
    expect(page.get_by_label("Courriel")).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize(
    "path",
    ["/admin/places", "/admin/places/new", "/admin/review", "/admin/import", "/admin/embeds/"],
)
def test_staff_pages(page: Page, live_server: LiveServer, staff: str, path: str) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + path)
    expect(page.locator("h1")).to_be_visible()
    assert serious_violations(page) == []
