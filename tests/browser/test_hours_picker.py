"""The editor's per-day hours picker in Chromium: clicking a week writes the hours field, the
preview says it back, saving stores it; the stored hours come back into the picker."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from sqlalchemy import select

from recupere_don import placewrites
from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.browser.conftest import STAFF_EMAIL, STAFF_PASSWORD, LiveServer, screenshot, sign_in
from tests.browser.test_admin_a11y import serious_violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def place_id(live_server: LiveServer) -> int:
    """A staff account and a place open from Tuesday to Friday, 10 h to 18 h."""
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "editor")
        place = db.session.execute(select(Place).order_by(Place.id)).scalars().first()
        assert place is not None
        placewrites.update(place, {"opening_hours": "Tu-Fr 10:00-18:00"}, None, place.version)
        return place.id


def stored_hours(live_server: LiveServer, place_id: int) -> str:
    with live_server.app.app_context():
        place = db.session.get(Place, place_id)
        assert place is not None
        return place.opening_hours


def day(page: Page, name: str) -> dict[str, object]:
    """What the picker shows for one day: open or not, its times, its lunch break."""
    return {
        "open": page.get_by_label(name, exact=True).is_checked(),
        "times": [
            page.get_by_label(f"{name}, {label}", exact=True).input_value()
            for label in ("de", "à", "après la pause, de", "après la pause, à")
        ],
        "break": page.get_by_label(f"{name} : Pause du midi", exact=True).is_checked(),
    }


def test_clicking_a_week_with_a_lunch_break_saves_it_and_the_preview_says_it(
    page: Page, live_server: LiveServer, place_id: int
) -> None:
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/places/{place_id}")
    page.get_by_text("Choisir les heures jour par jour").click()
    # The stored hours are shown in the picker.
    expect(page.get_by_label("Mardi", exact=True)).to_be_checked()
    assert day(page, "Lundi")["open"] is False
    assert day(page, "Vendredi")["times"][:2] == ["10:00", "18:00"]

    page.get_by_label("Lundi", exact=True).check()  # takes nothing from above: its own times
    page.get_by_label("Lundi, de", exact=True).fill("09:00")
    page.get_by_label("Lundi, à", exact=True).fill("16:30")
    page.get_by_label("Lundi : Pause du midi", exact=True).check()
    page.get_by_label("Lundi, à", exact=True).fill("11:45")
    page.get_by_label("Lundi, après la pause, de", exact=True).fill("13:00")
    page.get_by_role("button", name="Mêmes heures que lundi, du mardi au vendredi").click()
    page.get_by_label("Samedi", exact=True).check()  # starts from Friday's hours
    page.get_by_label("Samedi : Pause du midi", exact=True).uncheck()
    page.get_by_label("Samedi, de", exact=True).fill("10:00")
    page.get_by_label("Samedi, à", exact=True).fill("00:00")  # until midnight

    field = page.get_by_label("Heures d'ouverture")
    expect(field).to_have_value("lun-ven 9h-11h45 et 13h-16h30; sam 10h-24h")
    preview = page.locator("#hours-preview")
    expect(preview).to_contain_text("Lundi au vendredi : 9 h à 11 h 45 et 13 h à 16 h 30")
    expect(preview).to_contain_text("Samedi : 10 h à minuit")
    expect(preview).to_contain_text("Dimanche : fermé")
    page.locator("#hours-picker").scroll_into_view_if_needed()
    screenshot(page, "hours-picker-desktop")

    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator(".flash-success")).to_be_visible()
    assert stored_hours(live_server, place_id) == "Mo-Fr 09:00-11:45,13:00-16:30; Sa 10:00-24:00"

    page.get_by_text("Choisir les heures jour par jour").click()
    expect(page.get_by_label("Mercredi : Pause du midi", exact=True)).to_be_checked()
    assert day(page, "Mercredi") == {
        "open": True,
        "times": ["09:00", "11:45", "13:00", "16:30"],
        "break": True,
    }
    assert day(page, "Samedi")["times"][:2] == ["10:00", "00:00"]
    assert day(page, "Dimanche")["open"] is False


def test_typed_hours_come_into_the_picker_and_richer_hours_are_said_to_be_left_alone(
    page: Page, live_server: LiveServer, place_id: int
) -> None:
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/places/{place_id}")
    page.get_by_text("Choisir les heures jour par jour").click()
    field = page.get_by_label("Heures d'ouverture")
    field.fill("du mardi au jeudi de 8 h 30 à 16 h")
    expect(page.get_by_label("Jeudi", exact=True)).to_be_checked()
    expect(page.get_by_label("Mardi, de", exact=True)).to_have_value("08:30")
    expect(page.get_by_label("Lundi", exact=True)).not_to_be_checked()
    expect(page.get_by_label("Vendredi", exact=True)).not_to_be_checked()

    other = page.locator("#hours-picker-other")
    expect(other).to_be_hidden()
    field.fill("d'avril à novembre : lun-sam 8h-16h")
    expect(other).to_be_visible()
    page.get_by_label("Dimanche", exact=True).check()  # choosing replaces the seasonal text
    expect(other).to_be_hidden()
    expect(field).to_have_value("mar-jeu, dim 8h30-16h")


def test_a_late_answer_about_an_older_text_does_not_undo_later_clicks(
    page: Page, live_server: LiveServer, place_id: int
) -> None:
    sign_in(page, live_server)
    held: list[Route] = []
    page.route(lambda url: "/admin/api/hours?" in url, lambda route: held.append(route))
    page.goto(f"{live_server.url}/admin/places/{place_id}")
    page.get_by_text("Choisir les heures jour par jour").click()
    wait_for(lambda: len(held) == 1, page)
    held.pop().continue_()  # the stored hours come into the picker
    expect(page.get_by_label("Vendredi", exact=True)).to_be_checked()

    page.get_by_label("Vendredi", exact=True).uncheck()
    wait_for(lambda: len(held) == 1, page)  # the preview asks about the text without Friday
    page.get_by_label("Dimanche", exact=True).check()
    held.pop().continue_()  # ...and hears back before it asks about the text with Sunday
    page.wait_for_timeout(200)
    expect(page.get_by_label("Dimanche", exact=True)).to_be_checked()
    wait_for(lambda: len(held) == 1, page)
    held.pop().continue_()
    expect(page.get_by_label("Dimanche", exact=True)).to_be_checked()
    expect(page.get_by_label("Vendredi", exact=True)).not_to_be_checked()


def wait_for(condition: Callable[[], bool], page: Page) -> None:
    """Let the page run (and Playwright hold its requests) until `condition`, for 10 s at most."""
    for _ in range(100):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError("the page never asked for the hours preview")


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-CA")
    yield context.new_page()
    context.close()


def test_the_picker_fits_a_phone_and_axe_finds_nothing_serious(
    phone: Page, live_server: LiveServer, place_id: int
) -> None:
    sign_in(phone, live_server)
    phone.goto(f"{live_server.url}/admin/places/{place_id}")
    summary = phone.get_by_text("Choisir les heures jour par jour")
    summary.focus()
    phone.keyboard.press("Enter")  # the keyboard opens it too
    expect(phone.get_by_label("Vendredi", exact=True)).to_be_checked()  # the stored hours
    phone.get_by_label("Dimanche", exact=True).focus()
    phone.keyboard.press("Space")
    expect(phone.get_by_label("Dimanche, de", exact=True)).to_be_visible()
    width, screen = phone.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    assert width <= screen, f"the editor is {width} px wide on a {screen} px phone"
    phone.locator("#hours-picker").scroll_into_view_if_needed()
    screenshot(phone, "hours-picker-phone")
    assert serious_violations(phone) == []
