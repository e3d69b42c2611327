"""Embedding in Chromium: a partner page on another origin, the configurator, the HTML export."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Frame, Page, Route, expect
from sqlalchemy import select
from werkzeug.serving import BaseWSGIServer, make_server

from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.models import Mrc, Place, PlaceStatus, Proposition
from tests.browser.conftest import (
    TILE_HOST,
    LiveServer,
    RequestLog,
    open_export_popup,
    screenshot,
)

pytestmark = pytest.mark.browser

# Quotes, a tag, a template-literal interpolation and a backtick: what folium would execute.
NASTY_NAME = 'Chez <img src=x onerror=alert(1)> `Lou` ${alert(2)} \\x "l\'atelier"'


@dataclass
class PartnerSite:
    """A partner's web server on another port: another origin for the browser."""

    url: str
    pages: dict[str, str]


def _partner_app(pages: dict[str, str]) -> Callable[..., Any]:
    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        body = pages.get(environ.get("PATH_INFO", "/"))
        if body is None:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [body.encode()]

    return application


@pytest.fixture(scope="module")
def partner() -> Iterator[PartnerSite]:
    pages: dict[str, str] = {}
    server: BaseWSGIServer = make_server("127.0.0.1", 0, _partner_app(pages), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield PartnerSite(url=f"http://127.0.0.1:{server.server_port}", pages=pages)
    server.shutdown()
    thread.join(timeout=5)


def partner_page(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<style>
  body {{ margin: 0; font-family: Georgia, serif; background: #f4efe6; color: #2b2b2b; }}
  header {{ background: #6b3f1d; color: #fff; padding: 18px 32px; font-size: 22px; }}
  main {{ max-width: 960px; margin: 24px auto; background: #fff; padding: 24px 32px; }}
  h2 {{ margin-top: 0; }}
</style></head>
<body><header>MRC de Bellechasse — Environnement</header>
<main>{body}</main></body></html>"""


def api_features(app_url: str, query: str) -> list[dict[str, Any]]:
    with urlopen(f"{app_url}/api/v1/places{query}") as response:
        features: list[dict[str, Any]] = json.load(response)["features"]
        return features


def guard_network(page: Page, log: RequestLog, allowed: tuple[str, ...]) -> list[str]:
    """Abort, and remember, any request to a host other than the allowed origins and tiles."""
    blocked: list[str] = []

    def check(route: Route) -> None:
        url = route.request.url
        if url.startswith(allowed) or urlsplit(url).netloc == TILE_HOST:
            route.fallback()
        else:
            blocked.append(url)
            route.abort()

    page.route("**/*", check)
    return blocked


def embed_frame(page: Page, selector: str) -> Frame:
    iframe = page.locator(selector)
    expect(iframe).to_be_attached()
    handle = iframe.element_handle()
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    expect(frame.locator("#map-app")).to_have_attribute("data-state", "ready", timeout=15000)
    return frame


def heights(page: Page, selector: str, frame: Frame) -> tuple[float, float]:
    """(the iframe's height on the partner page, the height of the embed's content)."""
    box = page.locator(selector).bounding_box()
    assert box is not None
    content = frame.evaluate("document.getElementById('embed').getBoundingClientRect().height")
    return box["height"], float(content)


def wait_sized(page: Page, selector: str, frame: Frame) -> float:
    """Wait until the host page has resized the iframe to its content; return that height."""
    outer, content = heights(page, selector, frame)
    for _ in range(50):
        if abs(outer - content) <= 1:
            return outer
        page.wait_for_timeout(100)
        outer, content = heights(page, selector, frame)
    raise AssertionError(f"iframe {outer}px tall for {content}px of content")


def test_partner_page_embeds_one_mrc_with_embed_js(
    page: Page,
    live_server: LiveServer,
    partner: PartnerSite,
    request_log: RequestLog,
) -> None:
    app = live_server.url
    partner.pages["/environnement"] = partner_page(
        "Où donner vos objets — MRC de Bellechasse",
        f"""<h2>Où donner vos objets dans Bellechasse</h2>
        <p>Les entreprises d'économie sociale de la MRC reprennent meubles, vêtements et plus.</p>
        <script src="{app}/static/embed.js" data-mrc="bellechasse" async></script>
        <p id="after">Texte du partenaire après la carte.</p>
        <h2>Seulement la liste, pour les meubles</h2>
        <script src="{app}/static/embed.js" data-category="meubles" data-view="list"
                data-controls="0" async></script>
        <h2>Notre page d'accueil, encadrée : elle doit refuser</h2>
        <iframe id="home" src="{app}/" title="Accueil" width="600" height="200"></iframe>""",
    )
    blocked = guard_network(page, request_log, (app, partner.url))
    page.goto(partner.url + "/environnement")

    # The iframe sits right after its script tag, titled, lazy, allowed to geolocate.
    first_selector = "script[data-mrc='bellechasse'] + iframe"
    iframe = page.locator(first_selector)
    expect(iframe).to_have_attribute("title", "Carte des lieux de réemploi — Récupère-DON!")
    expect(iframe).to_have_attribute("allow", "geolocation")
    expect(iframe).to_have_attribute("loading", "lazy")
    frame = embed_frame(page, first_selector)

    # Exactly Bellechasse's places, as the public API lists them.
    expected = sorted(f["properties"]["name"] for f in api_features(app, "?mrc=bellechasse"))
    assert 0 < len(expected) < len(api_features(app, ""))
    expect(frame.locator("#map-app")).to_have_attribute("data-count", str(len(expected)))
    titles = frame.evaluate(
        "window.recupereDon.cluster.getLayers().map(function (m) { return m.options.title; })"
    )
    assert sorted(titles) == expected
    # The preset moved into the path, where map.js's rewriting of the query cannot lose it,
    # and only the partner's own territory is outlined.
    assert "/embed/p/mrc=bellechasse" in frame.url
    assert frame.evaluate("document.querySelectorAll('.leaflet-overlay-pane path').length") == 1
    expect(frame.locator("#filters-badge")).to_have_text("")

    # The host resized the iframe to the embed's content, and follows it when it grows.
    closed = wait_sized(page, first_selector, frame)
    frame.get_by_role("button", name="Filtres").click()
    expect(frame.locator("#filters")).to_be_visible()
    page.wait_for_timeout(200)
    opened = wait_sized(page, first_selector, frame)
    assert opened > closed + 40, (closed, opened)
    frame.get_by_role("button", name="Filtres").click()

    # The second embed on the page works alongside, sized by its own list.
    second_selector = "script[data-category='meubles'] + iframe"
    second = embed_frame(page, second_selector)
    furniture = api_features(app, "?category=meubles")
    expect(second.locator("#results > li")).to_have_count(len(furniture))
    expect(second.locator(".embed-controls")).to_be_hidden()
    # Its list is far taller than embed.js's first guess (600 px): the host followed.
    assert wait_sized(page, second_selector, second) > 1000

    # The citizen map itself refuses to be framed by the partner.
    home = page.locator("#home").element_handle()
    assert home is not None
    home_frame = home.content_frame()
    assert home_frame is not None
    page.wait_for_timeout(300)
    assert home_frame.locator("#map-app").count() == 0
    assert not home_frame.url.startswith(app)

    # Nothing leaked into the partner's globals; no request left for another host.
    leaked = page.evaluate(
        "Object.keys(window).filter(function (k) { return /recupere|embed/i.test(k); })"
    )
    assert leaked == []
    assert page.evaluate("document.styleSheets.length") == 1, "only the partner's own <style>"
    assert blocked == []
    assert [u for u in request_log.urls if u.startswith(partner.url)] == [
        partner.url + "/environnement"
    ]
    assert [u for u in request_log.urls if not u.startswith((app, partner.url))] == []
    assert page.context.cookies() == []
    page.locator(first_selector).scroll_into_view_if_needed()
    screenshot(page, "embed-partner-page")


def test_embed_on_a_phone_and_its_links_open_outside_the_frame(
    page: Page, live_server: LiveServer
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/embed?mrc=levis")
    expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")
    # Narrow: the map on top at its set height, the list under it; nothing wider than the phone.
    map_box = page.locator(".embed-map").bounding_box()
    list_box = page.locator(".embed-list").bounding_box()
    assert map_box is not None
    assert list_box is not None
    assert map_box["height"] == 450
    assert list_box["y"] >= map_box["y"] + map_box["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "embed-phone")

    page.goto(live_server.url + "/embed?mrc=levis&view=list")
    expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")
    first = page.locator("#results .result-name a").first
    expect(first).to_be_visible()
    # <base target="_blank">: a place page, which refuses framing, opens in a new tab.
    assert page.evaluate("document.querySelector('base').target") == "_blank"
    expect(page.locator(".embed-brand")).to_have_attribute("href", f"{live_server.url}/?mrc=levis")


def test_configurator_updates_code_and_preview(page: Page, live_server: LiveServer) -> None:
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(live_server.url + "/integrer")
    expect(page.get_by_role("heading", name="Intégrer cette carte sur votre site")).to_be_visible()
    page.get_by_label("Bellechasse").check()
    page.get_by_label("Carte seulement").check()
    script = page.locator("#code-script")
    expect(script).to_have_value(
        f'<script src="{live_server.url}/static/embed.js" data-mrc="bellechasse" '
        'data-view="map" async></script>'
    )
    expect(page.locator("#code-iframe")).to_have_value(
        re.compile(r'<iframe src="[^"]+/embed\?mrc=bellechasse&amp;view=map" title="[^"]+"')
    )
    expect(page.locator("#export-link")).to_have_attribute(
        "href", f"{live_server.url}/export/carte.html?mrc=bellechasse"
    )
    preview = embed_frame(page, "#cfg-preview iframe")
    expected = api_features(live_server.url, "?mrc=bellechasse")
    expect(preview.locator("#map-app")).to_have_attribute("data-count", str(len(expected)))
    assert "mrc=bellechasse" in page.url
    page.get_by_role("button", name="Copier le code").click()
    expect(page.locator("#copy-status")).to_contain_text("Code copié")
    page.wait_for_timeout(400)
    screenshot(page, "embed-configurator")


def _add_nasty_place(live_server: LiveServer) -> None:
    with live_server.app.app_context():
        if db.session.execute(select(Place).where(Place.slug == "atelier-nasty")).first():
            return
        etchemins = db.session.execute(select(Mrc).where(Mrc.slug == "les-etchemins")).scalar_one()
        template = db.session.execute(
            select(Place).where(Place.mrc_id == etchemins.id).limit(1)
        ).scalar_one()
        db.session.add(
            Place(
                slug="atelier-nasty",
                name=NASTY_NAME,
                place_type_code=template.place_type_code,
                address="1, rue du Test",
                municipality_id=template.municipality_id,
                mrc_id=etchemins.id,
                latitude=(template.latitude or 46.3) + 0.01,
                longitude=(template.longitude or -70.5) + 0.01,
                status=PlaceStatus.PUBLISHED,
                propositions=[Proposition(action_code="donner", categories=[])],
            )
        )
        db.session.commit()


def test_standalone_export_works_from_disk_with_the_network_blocked(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    _add_nasty_place(live_server)
    query = "?mrc=les-etchemins"
    with urlopen(f"{live_server.url}/export/carte.html{query}") as response:
        assert "attachment" in response.headers["Content-Disposition"]
        html = response.read().decode()
    assert "<script src" not in html
    assert '<link rel="stylesheet"' not in html
    path = tmp_path / "recupere-don-carte.html"
    path.write_text(html, encoding="utf-8")

    requested: list[str] = []

    def block(route: Route) -> None:
        if urlsplit(route.request.url).netloc == TILE_HOST:
            route.fallback()  # tiles aside, answered blank by the fixture
            return
        requested.append(route.request.url)
        route.abort("internetdisconnected")

    page.route("http*://**/*", block)
    page.goto(path.as_uri())
    expected = api_features(live_server.url, query)
    count = page.evaluate("window.recupereDonExport.cluster.getLayers().length")
    assert count == len(expected)
    expect(page.locator(".places > li")).to_have_count(len(expected))
    expect(page.locator(".marker-cluster, .place-marker").first).to_be_visible()

    # The nasty name shows as text in the list and in its popup; nothing ran (no dialog).
    expect(page.locator(".places")).to_contain_text("onerror=alert(1)")
    open_export_popup(page, "onerror")
    popup = page.locator(".leaflet-popup-content .popup-title")
    expect(popup).to_have_text(NASTY_NAME)
    assert page.locator(".leaflet-popup-content img").count() == 0
    assert requested == []
    screenshot(page, "embed-export-file")


STAFF_EMAIL = "integrations@tresca.example"
STAFF_PASSWORD = "mot-de-passe-du-test"


def test_staff_saves_a_configuration_that_a_partner_embeds_by_name(
    page: Page, live_server: LiveServer, partner: PartnerSite
) -> None:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "admin")
    page.set_viewport_size({"width": 1300, "height": 1000})
    page.goto(live_server.url + "/admin/embeds/")
    page.get_by_label("Courriel").fill(STAFF_EMAIL)
    page.get_by_label("Mot de passe").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name="Intégrations des partenaires")).to_be_visible()
    page.get_by_role("link", name="Nouvelle configuration").click()
    page.get_by_label("Nom (pour l'équipe)").fill("Ville de Lévis — vêtements")
    page.get_by_label("Identifiant dans l'adresse").fill("levis-vetements")
    page.get_by_label("Lévis").check()
    page.get_by_label("Vêtements et accessoires").check()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator(".flash")).to_contain_text("créée")
    expect(page.locator("#code-script")).to_have_value(
        f'<script src="{live_server.url}/static/embed.js" data-config="levis-vetements" '
        "async></script>"
    )
    screenshot(page, "embed-admin-form")
    page.goto(live_server.url + "/admin/embeds/")
    expect(page.get_by_role("link", name="Ville de Lévis — vêtements")).to_be_visible()
    expect(page.locator(".embed-admin-tag")).to_have_text(["Lévis", "Vêtements et accessoires"])
    screenshot(page, "embed-admin-list")

    partner.pages["/ville"] = partner_page(
        "Ville de Lévis",
        f'<script src="{live_server.url}/static/embed.js" data-config="levis-vetements" '
        "async></script>",
    )
    page.goto(partner.url + "/ville")
    frame = embed_frame(page, "script + iframe")
    expected = api_features(live_server.url, "?mrc=levis&category=vetements")
    assert expected
    expect(frame.locator("#map-app")).to_have_attribute("data-count", str(len(expected)))
    assert frame.url == f"{live_server.url}/embed/levis-vetements"


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize(
    "path", ["/embed?mrc=levis", "/embed?category=meubles&view=list&lang=en", "/integrer"]
)
def test_axe_finds_nothing_serious_in_the_embed_and_the_configurator(
    page: Page, live_server: LiveServer, path: str
) -> None:
    page.goto(live_server.url + path)
    if path.startswith("/embed"):
        expect(page.locator("#map-app")).to_have_attribute("data-state", "ready")
        page.get_by_role("button", name=re.compile("Filtres|Filters")).click()
    else:
        embed_frame(page, "#cfg-preview iframe")
    assert serious_violations(page) == []
