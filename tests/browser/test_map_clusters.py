"""The citizen map in server-cluster mode (threshold 0: the demo places count as "many")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveServer, RequestLog, screenshot, serve_demo_places

# Run again here, with server clusters: from a position the view frames the nearest places, and
# empty answers still offer a next step.
from tests.browser.test_citizen import (  # noqa: F401
    test_nothing_within_the_radius_offers_the_nearest_places_beyond,
    test_words_we_do_not_know_offer_the_categories,
)
from tests.browser.test_map import api_count, wait_ready
from tests.browser.test_search import api, serious_violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    # Threshold 0: the ~40 demo places count as "many", the map asks the server for clusters.
    database = tmp_path_factory.mktemp("clusters") / "live.sqlite"
    yield from serve_demo_places(database, MAP_SERVER_CLUSTERS_ABOVE=0)


CLUSTER_NAME = re.compile(r"^\d+ lieux$")


def drawn(page: Page) -> tuple[list[int], int]:
    """The counts of the clusters drawn on the map, and how many single places it draws."""
    clusters = [
        int(label.split()[0])
        for label in page.locator(".server-cluster").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))"
        )
    ]
    return clusters, page.locator(".place-marker").count()


def wait_zoomed_past(page: Page, zoom: int) -> None:
    # wait_for_function evaluates a string: the page's CSP refuses it, so poll from here.
    for _ in range(100):
        if page.evaluate("window.recupereDon.map.getZoom()") > zoom:
            break
        page.wait_for_timeout(50)
    else:
        pytest.fail(f"the map stayed at zoom {zoom}")
    wait_ready(page)


def place_requests(request_log: RequestLog) -> list[str]:
    return [u for u in request_log.urls if "/api/v1/places?" in u]


def test_the_drawn_clusters_and_places_add_up_to_the_api_total(
    page: Page, live_server: LiveServer, request_log: RequestLog
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    total = api_count(live_server)
    clusters, singles = drawn(page)
    assert clusters, "the region's view groups places"
    assert sum(clusters) + singles == total
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(total))
    expect(page.locator("#result-count")).to_have_text(f"{total} lieux")
    expect(page.locator("#results > li")).to_have_count(min(total, 50))
    # Never every place at once: the list asks for one page of the view.
    assert place_requests(request_log)
    assert all("bbox=" in u and "limit=" in u for u in place_requests(request_log))
    assert request_log.foreign() == []
    screenshot(page, "map-server-clusters")


def test_zooming_into_a_cluster_shows_its_places_and_a_popup_fetches_details(
    page: Page, live_server: LiveServer, request_log: RequestLog
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    zoom = page.evaluate("window.recupereDon.map.getZoom()")
    # The biggest cluster, by keyboard: it is a focusable button named by its count.
    clusters, _ = drawn(page)
    biggest = page.get_by_role("button", name=f"{max(clusters)} lieux", exact=True).first
    biggest.focus()
    page.keyboard.press("Enter")
    wait_zoomed_past(page, zoom)
    inside, singles = drawn(page)
    assert len(inside) + singles >= 2, "the cluster opened into smaller groups or places"
    # Keep opening clusters until single places stand on the map.
    for _ in range(8):
        if page.locator(".place-marker").count():
            break
        zoom = page.evaluate("window.recupereDon.map.getZoom()")
        page.locator(".server-cluster").first.click()
        wait_zoomed_past(page, zoom)
    marker = page.locator(".place-marker").first
    name = marker.get_attribute("title")
    assert name
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    expect(popup.locator(".popup-title")).to_have_text(name)
    expect(popup.locator(".popup-more")).to_have_text("Voir la fiche")
    expect(popup.locator(".popup-address")).not_to_be_empty()
    assert any(re.search(r"/api/v1/places/[^?/]+\?lang=fr", u) for u in request_log.urls)
    # Moving the map redraws the view; the open popup stays.
    page.evaluate("window.recupereDon.map.panBy([40, 30], {animate: false})")
    wait_ready(page)
    expect(popup.locator(".popup-title")).to_have_text(name)
    # The count tells the view from the whole: some places are now outside it.
    total = api_count(live_server)
    expect(page.locator("#result-count")).to_contain_text(f"dans la vue, {total} en tout")
    shown = int(page.locator("#map-app").get_attribute("data-shown") or "0")
    assert 0 < shown < total
    assert page.locator("#results > li").count() == min(shown, 50)
    screenshot(page, "map-server-clusters-popup")


def test_filters_and_the_action_switch_change_what_is_drawn(
    page: Page, live_server: LiveServer
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    page.locator(".segment", has_text="Acheter d'occasion").click()
    expected = len(api(live_server, "?action=acheter"))
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(expected))
    wait_ready(page)
    clusters, singles = drawn(page)
    assert sum(clusters) + singles == expected

    page.locator(".segment", has_text="Donner").click()
    wait_ready(page)
    in_bellechasse = api_count(live_server, "?mrc=bellechasse")
    page.get_by_role("button", name="Filtres").click()
    page.locator("summary", has_text="Territoire").click()
    page.get_by_label("Bellechasse").check()
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(in_bellechasse))
    wait_ready(page)
    clusters, singles = drawn(page)
    assert sum(clusters) + singles == in_bellechasse
    assert serious_violations(page) == []
