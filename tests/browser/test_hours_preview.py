"""The editor's hours preview in Chromium: typed French hours said back in words before saving."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from recupere_don.admin import accounts
from tests.browser.conftest import STAFF_EMAIL, STAFF_PASSWORD, LiveServer, screenshot, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def staff_account(live_server: LiveServer) -> str:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "editor")
    return STAFF_EMAIL


def test_typed_hours_are_previewed_in_words_with_the_next_seven_days(
    page: Page, live_server: LiveServer, staff_account: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/places/new")
    preview = page.locator("#hours-preview")
    expect(preview).to_be_hidden()

    page.get_by_label("Heures d'ouverture").fill("lun-ven 9h-17h")
    expect(preview).to_have_attribute("data-state", "understood")
    expect(preview).to_contain_text("Lundi au vendredi : 9 h à 17 h")
    expect(preview).to_contain_text("Samedi et dimanche : fermé")
    expect(preview).to_contain_text("Mo-Fr 09:00-17:00")
    expect(preview.locator(".hours-next-days li")).to_have_count(7)
    expect(preview.locator(".hours-next-days li", has_text="9 h – 17 h")).to_have_count(5)
    preview.scroll_into_view_if_needed()
    screenshot(page, "hours-preview")

    page.get_by_label("Heures d'ouverture").fill("lun-ven 9h-17h, samedi sur rendez-vous")
    expect(preview).to_have_attribute("data-state", "problems")
    expect(preview.locator(".warning")).to_have_text(
        "Je n'ai pas compris « samedi sur rendez-vous »."
    )

    page.get_by_label("Heures d'ouverture").fill("")
    expect(preview).to_be_hidden()
