"""The activity report in a real browser: accessible, and printed on two pages at most."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from recupere_don import activity
from recupere_don.admin import accounts
from tests.browser.conftest import STAFF_EMAIL, STAFF_PASSWORD, LiveServer, sign_in
from tests.browser.test_admin_a11y import serious_violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def staff(live_server: LiveServer) -> str:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "admin")
        # A year of searches and views, as a busy region would leave them.
        for weeks_ago in range(52):
            counts: Counter[activity.Key] = Counter()
            for n, code in enumerate(["electronique", "meubles", "vetements", "velos", "jouets"]):
                counts[("search", code, ["levis", "bellechasse", "l-islet"][n % 3], "")] = 3 + n
            counts[("miss", "", "montmagny", "")] = 2
            for n, item in enumerate(["canape", "matelas", "ordinateur-portable", "velo"]):
                counts[("item", item, "levis", "")] = 1 + n
            counts[("page", "carte", "levis", "")] = 40
            counts[("embed", "mrc-bellechasse", "bellechasse", "")] = 12
            activity.write(counts, activity.week_of() - timedelta(weeks=weeks_ago))
    return STAFF_EMAIL


def test_report_is_accessible_and_prints_on_two_pages(
    page: Page, live_server: LiveServer, staff: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/report?category=electronique&km=25")
    expect(page.locator("h1")).to_contain_text("Rapport d'activité")
    # The map draws the municipalities; the tables say the same in words.
    expect(page.locator("#coverage-map path.leaflet-interactive").first).to_be_attached()
    expect(page.locator("#table-gaps")).to_contain_text("L'Islet")
    expect(page.locator("#table-top_categories tbody tr").first).to_contain_text("Jouets")
    assert serious_violations(page) == []

    page.emulate_media(media="print")
    expect(page.locator(".admin-nav")).to_be_hidden()
    page.wait_for_timeout(300)  # the map follows its printed box
    pdf = page.pdf(format="Letter", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages


def test_coverage_page_is_accessible_and_its_map_follows_the_table(
    page: Page, live_server: LiveServer, staff: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/coverage?category=electronique&km=25")
    gaps = page.locator(".gap-list tbody tr")
    expect(gaps.first).to_be_visible()
    # One red point per municipality the table lists as a gap (the demo data has a place
    # for electronics somewhere, so no gap is « aucun lieu »), none for the others.
    red = page.locator('#coverage-map path.leaflet-interactive[fill="#d73027"]')
    expect(red).to_have_count(gaps.count())
    assert serious_violations(page) == []
