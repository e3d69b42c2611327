"""The citizen map in headless Chromium: markers, MRC filter in the URL, nothing from a CDN."""

from __future__ import annotations

import json
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveServer, RequestLog, screenshot

pytestmark = pytest.mark.browser


# What the citizen map asks for when the visitor chose nothing: places that take things.
GIVING = "action=donner,ramassage"


def api_count(live_server: LiveServer, query: str = "") -> int:
    """How many places the map shows for `query` in its default mode (giving)."""
    url = f"{live_server.url}/api/v1/places{query}{'&' if query else '?'}{GIVING}"
    with urlopen(url) as response:
        return len(json.load(response)["features"])


def marker_count(page: Page) -> int:
    return int(page.evaluate("window.recupereDon.cluster.getLayers().length"))


def wait_ready(page: Page) -> None:
    expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")


def test_map_shows_every_published_place_from_the_app_alone(
    page: Page, live_server: LiveServer, request_log: RequestLog
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    assert page.evaluate("typeof window.L") == "object"
    total = api_count(live_server)
    assert total >= 30
    assert marker_count(page) == total
    expect(page.locator("#results > li")).to_have_count(total)
    expect(page.locator("#result-count")).to_contain_text(str(total))
    # Clusters or single markers are drawn on the map, and the outlines are there.
    expect(page.locator(".marker-cluster, .place-marker").first).to_be_visible()
    expect(page.locator("path.leaflet-interactive, svg path").first).to_be_attached()
    assert request_log.tile_requests > 0, "the tile layer asked for tiles"
    assert request_log.foreign() == [], "every script, style and call comes from the app"
    screenshot(page, "map-desktop")


def test_choosing_an_mrc_filters_markers_and_survives_reload(
    page: Page, live_server: LiveServer, request_log: RequestLog
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    expected = api_count(live_server, "?mrc=bellechasse")
    assert 0 < expected < api_count(live_server)
    page.get_by_role("button", name="Filtres").click()
    page.locator("summary", has_text="Territoire").click()
    page.get_by_label("Bellechasse").check()
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(expected))
    wait_ready(page)
    assert marker_count(page) == expected
    assert "mrc=bellechasse" in page.url

    page.reload()
    wait_ready(page)
    expect(page.get_by_label("Bellechasse")).to_be_checked()
    assert marker_count(page) == expected
    assert request_log.foreign() == []


def test_shared_link_with_mrc_and_categories_reopens_the_same_view(
    page: Page, live_server: LiveServer
) -> None:
    query = "?mrc=levis,bellechasse&category=meubles,velos"
    page.goto(live_server.url + "/" + query)
    wait_ready(page)
    assert marker_count(page) == api_count(live_server, query)
    expect(page.get_by_label("Meubles", exact=False).first).to_be_checked()
    expect(page.get_by_role("button", name="Filtres")).to_contain_text("(4)")
    page.get_by_role("button", name="Filtres").click()
    page.get_by_role("button", name="Tout afficher").click()
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(api_count(live_server)))
    assert "mrc=" not in page.url


def test_popup_links_to_the_detail_page(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?mrc=montmagny")
    wait_ready(page)
    first = page.locator("#results > li a").first
    name = first.inner_text()
    first.click()
    expect(page.locator("h1")).to_have_text(name)
    expect(page.locator(".badge-demo").first).to_be_visible()
    expect(page.locator(".place-map .leaflet-marker-icon")).to_be_visible()
    screenshot(page, "place-detail")
