"""Citizen journeys in Chromium: item search, near me, open now, English, phone size, axe-core."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import quote
from urllib.request import urlopen

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from recupere_don.hours import QUEBEC
from tests.browser.conftest import LiveServer, screenshot

pytestmark = pytest.mark.browser

SAINT_GEORGES = {"latitude": 46.1185, "longitude": -70.6700}


# What the citizen map asks for when the visitor chose nothing: places that take things.
GIVING = "action=donner,ramassage"


def api(live_server: LiveServer, query: str = "") -> list[dict[str, object]]:
    """The places the map shows for `query`, in its default mode (giving) unless it names one."""
    if "action=" not in query:
        query += ("&" if query else "?") + GIVING
    with urlopen(f"{live_server.url}/api/v1/places{query}") as response:
        features: list[dict[str, object]] = json.load(response)["features"]
        return features


def marker_count(page: Page) -> int:
    return int(page.evaluate("window.recupereDon.cluster.getLayers().length"))


def wait_ready(page: Page) -> None:
    expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")


def test_typing_divan_and_picking_furniture_keeps_only_furniture_places(
    page: Page, live_server: LiveServer
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    page.get_by_label("Quel objet voulez-vous donner ?").fill("divan")
    option = page.get_by_role("option", name="Meubles")
    expect(option).to_be_visible()
    screenshot(page, "search-suggestions")
    option.click()
    furniture = api(live_server, "?category=meubles")
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(len(furniture)))
    wait_ready(page)
    assert marker_count(page) == len(furniture)
    expect(page.locator("#results > li")).to_have_count(len(furniture))
    assert "category=meubles" in page.url
    for name in page.locator("#results .result-name").all_inner_texts():
        assert name in {f["properties"]["name"] for f in furniture}  # type: ignore[index]


def test_keyboard_only_search(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    search = page.get_by_role("combobox", name="Quel objet")
    search.focus()
    page.keyboard.type("laveuse")
    expect(page.get_by_role("option").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(search).to_have_attribute("aria-activedescendant", "item-suggestion-0")
    page.keyboard.press("Enter")
    expect(page.locator("#map-app")).to_have_attribute(
        "data-count", str(len(api(live_server, "?category=electromenagers")))
    )


def test_near_me_puts_the_nearest_place_first(browser: Browser, live_server: LiveServer) -> None:
    context = browser.new_context(
        geolocation=SAINT_GEORGES, permissions=["geolocation"], locale="fr-CA"
    )
    page = context.new_page()
    page.route("http://tiles.test.invalid/**", lambda route: route.abort())
    page.goto(live_server.url + "/")
    wait_ready(page)
    page.get_by_role("button", name="Près de moi").click()
    expect(page.locator("#location-status")).to_contain_text("plus proche")
    wait_ready(page)
    nearest = api(live_server, "?near=46.11850,-70.67000")[0]["properties"]
    first = page.locator("#results > li").first
    expect(first.locator(".result-name")).to_have_text(nearest["name"])  # type: ignore[index]
    expect(first.locator(".distance")).to_contain_text("km")
    # The exact position stays in this tab: a link copied from the address bar shows the town.
    assert "near=46.1,-70.7" in page.url
    assert "46.118" not in page.url
    context.close()


def test_open_now_with_a_frozen_clock_keeps_exactly_the_open_places(
    page: Page, live_server: LiveServer
) -> None:
    thursday_3pm = datetime(2026, 11, 26, 15, 0, tzinfo=QUEBEC)
    page.clock.set_fixed_time(thursday_3pm)
    page.goto(live_server.url + "/")
    wait_ready(page)
    page.get_by_label("Ouvert maintenant").check()
    expected = api(live_server, "?open_now=1&at=" + quote(thursday_3pm.isoformat()))
    assert 0 < len(expected) < len(api(live_server))
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(len(expected)))
    wait_ready(page)
    assert marker_count(page) == len(expected)
    expect(page.locator("#results .hours-status.is-open")).to_have_count(len(expected))


def test_english_switch_translates_and_keeps_filters(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?mrc=levis&category=vetements")
    wait_ready(page)
    page.get_by_role("link", name="English").click()
    wait_ready(page)
    assert "lang=en" in page.url
    assert "mrc=levis" in page.url
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_label("What would you like to give away?")).to_be_visible()
    expect(page.locator("input[value='levis']")).to_be_checked()
    expect(page.locator("#results").get_by_text("Clothing and accessories").first).to_be_visible()
    assert marker_count(page) == len(api(live_server, "?mrc=levis&category=vetements"))
    page.locator("#results .result-name a").first.click()
    expect(page.get_by_role("heading", name="What this place takes")).to_be_visible()
    assert "lang=en" in page.url


def test_phone_size_list_map_and_filters_are_usable(
    phone_page: Page, live_server: LiveServer
) -> None:
    page = phone_page
    page.goto(live_server.url + "/")
    wait_ready(page)
    expect(page.locator("#results > li").first).to_be_visible()
    # Alone on a phone, the list shows every result, not only those inside the hidden map.
    page.get_by_placeholder("Code postal ou municipalité").fill("G5Y 2B4")
    page.get_by_role("button", name="Situer").click()
    expect(page.locator("#location-status")).to_contain_text("Saint-Georges")
    wait_ready(page)
    total = len(api(live_server))
    expect(page.locator("#map-app")).to_have_attribute("data-shown", str(total))
    expect(page.locator("#result-count")).to_have_text(f"{total} lieux")
    expect(page.locator("#results .distance").first).to_contain_text("km")
    screenshot(page, "phone-list")
    for control in [
        page.get_by_role("button", name="Filtres"),
        page.get_by_role("button", name="Carte"),
        page.get_by_role("button", name="Près de moi"),
        page.get_by_role("combobox", name="Quel objet"),
    ]:
        box = control.bounding_box()
        assert box is not None
        assert box["height"] >= 44, control
    page.get_by_role("button", name="Filtres").click()
    page.locator("summary", has_text="Territoire").click()
    page.get_by_label("Montmagny").check()
    wait_ready(page)
    expect(page.locator("#map-app")).to_have_attribute(
        "data-count", str(len(api(live_server, "?mrc=montmagny")))
    )
    screenshot(page, "phone-filters")
    page.get_by_role("button", name="Carte").click()
    expect(page.locator(".map-area")).to_be_visible()
    box = page.locator(".map-area").bounding_box()
    assert box is not None
    assert box["height"] > 500
    expect(page.locator(".place-marker, .marker-cluster").first).to_be_visible()
    screenshot(page, "phone-map")


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("path", ["/", "/?lang=en&mrc=levis"])
def test_axe_finds_nothing_serious_on_the_map_and_list(
    page: Page, live_server: LiveServer, path: str
) -> None:
    page.goto(live_server.url + path)
    wait_ready(page)
    assert serious_violations(page) == []


def test_axe_finds_nothing_serious_on_a_detail_page(page: Page, live_server: LiveServer) -> None:
    slug = api(live_server)[0]["properties"]["slug"]  # type: ignore[index]
    page.goto(f"{live_server.url}/lieux/{slug}")
    expect(page.locator(".place-map .leaflet-marker-icon")).to_be_visible()
    assert serious_violations(page) == []


def test_a_shared_link_near_a_place_can_forget_it(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?near=46.11850,-70.67000&radius_km=10")
    wait_ready(page)
    near = len(api(live_server, "?near=46.11850,-70.67000&radius_km=10"))
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(near))
    page.get_by_role("button", name="Oublier la position").click()
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(len(api(live_server))))
    assert "near=" not in page.url
    assert "radius_km=" not in page.url
    expect(page.locator("#results .distance")).to_have_count(0)
