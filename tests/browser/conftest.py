"""Browser fixtures: the app served on 127.0.0.1 and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask import Flask
from playwright.sync_api import (
    Browser,
    Page,
    Playwright,
    Request,
    Route,
    expect,
    sync_playwright,
)
from werkzeug.serving import BaseWSGIServer, make_server

from recupere_don.cli import init_database
from recupere_don.places import seed_demo_places
from tests.conftest import DATA_DIR, TEST_TILE_URL, make_test_app

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# A 1×1 transparent PNG answers every tile request: tests never reach a real tile server.
BLANK_TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082"
)
TILE_HOST = urlsplit(TEST_TILE_URL).netloc


@dataclass
class LiveServer:
    app: Flask
    url: str
    server: BaseWSGIServer


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from serve_demo_places(tmp_path_factory.mktemp("live") / "live.sqlite")


def serve_demo_places(database: Path, **config: object) -> Iterator[LiveServer]:
    """The app with the demo places, served on 127.0.0.1 until the generator is closed."""
    app = make_test_app(f"sqlite:///{database}", **config)
    with app.app_context():
        init_database()
        seed_demo_places(DATA_DIR / "demo_places.json")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveServer(app=app, url=f"http://127.0.0.1:{server.server_port}", server=server)
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make chromium)")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    )
    yield browser
    browser.close()


@dataclass
class RequestLog:
    """Every URL a page asked for, so a test can prove nothing left the app."""

    app_origin: str
    urls: list[str] = field(default_factory=list)
    tile_requests: int = 0

    def foreign(self) -> list[str]:
        return [u for u in self.urls if not u.startswith((self.app_origin, "data:", "blob:"))]


@pytest.fixture
def request_log(live_server: LiveServer) -> RequestLog:
    return RequestLog(app_origin=live_server.url)


@pytest.fixture
def page(browser: Browser, request_log: RequestLog) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-CA")
    page = context.new_page()
    page.on("request", lambda req: _log(request_log, req))

    def answer_tile(route: Route) -> None:
        request_log.tile_requests += 1
        route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)

    page.route(f"http://{TILE_HOST}/**", answer_tile)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not dialogs, f"a dialog opened (injected script?): {dialogs}"
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def phone_page(browser: Browser) -> Iterator[Page]:
    """A phone-sized touch screen (390 × 844), tiles refused: what citizens mostly use."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="fr-CA",
    )  # fmt: skip
    page = context.new_page()
    page.route(f"http://{TILE_HOST}/**", lambda route: route.abort())
    yield page
    context.close()


def _log(log: RequestLog, request: Request) -> None:
    if urlsplit(request.url).netloc != TILE_HOST:
        log.urls.append(request.url)


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


STAFF_EMAIL = "equipe@tresca.example"
STAFF_PASSWORD = "mot-de-passe-du-test"


def sign_in(page: Page, live_server: LiveServer) -> None:
    """Sign in as the staff account a test module created with STAFF_EMAIL / STAFF_PASSWORD."""
    page.goto(live_server.url + "/admin/login")
    page.get_by_label("Courriel").fill(STAFF_EMAIL)
    page.get_by_label("Mot de passe").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name="Lieux", exact=True)).to_be_visible()


def open_export_popup(page: Page, title_part: str) -> None:
    """Open the popup of the downloaded map's marker whose title contains `title_part`.

    MarkerCluster drops zoomToShowLayer's callback when the map is still animating its first
    fit, so ask again every half second until the marker stands on the map, then open it.
    """
    page.wait_for_function(
        """(part) => {
            const {map, cluster} = window.recupereDonExport;
            const marker = cluster.getLayers().find(m => m.options.title.includes(part));
            if (!map.hasLayer(marker)) {
                cluster.zoomToShowLayer(marker);
                return false;
            }
            marker.openPopup();
            return document.querySelector(".leaflet-popup-content") !== null;
        }""",
        arg=title_part,
        polling=500,
        timeout=15_000,
    )
