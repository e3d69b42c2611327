"""The downloaded map file in Chromium: hostile place text shows as text, nothing runs."""

from __future__ import annotations

from pathlib import Path
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from recupere_don.extensions import db
from recupere_don.models import Category, Mrc, Place, PlaceStatus, Proposition
from tests.browser.conftest import LiveServer, open_export_popup, screenshot

pytestmark = pytest.mark.browser

# Jinja (what the server evaluated), a closing script tag, template literals, an RTL override.
HOSTILE_NAME = "Essai {{7*7}} {% raw %} </script><script>alert(1)</script> ${alert(2)} `x` \u202eTL"
HOSTILE_LABEL = "Objets {{ lipsum.__globals__ }} <img src=x onerror=alert(3)>"


def _add_hostile_place(live_server: LiveServer) -> None:
    with live_server.app.app_context():
        montmagny = db.session.execute(select(Mrc).where(Mrc.slug == "montmagny")).scalar_one()
        template = db.session.execute(
            select(Place).where(Place.mrc_id == montmagny.id).limit(1)
        ).scalar_one()
        category = db.session.execute(select(Category).limit(1)).scalar_one()
        category.label_fr = HOSTILE_LABEL
        db.session.add(
            Place(
                slug="essai-hostile",
                name=HOSTILE_NAME,
                place_type_code=template.place_type_code,
                address="1, rue {{ config }}",
                municipality_id=template.municipality_id,
                mrc_id=montmagny.id,
                latitude=(template.latitude or 46.9) + 0.01,
                longitude=(template.longitude or -70.5) + 0.01,
                status=PlaceStatus.PUBLISHED,
                propositions=[Proposition(action_code="donner", categories=[category])],
            )
        )
        db.session.commit()


def test_hostile_name_is_text_in_the_popup_of_the_downloaded_file(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    _add_hostile_place(live_server)
    with urlopen(f"{live_server.url}/export/carte.html?mrc=montmagny") as response:
        html = response.read().decode()
    path = tmp_path / "recupere-don-carte-montmagny.html"
    path.write_text(html, encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(path.as_uri())
    expect(page.locator(".places")).to_contain_text(HOSTILE_NAME)
    open_export_popup(page, "Essai")
    popup = page.locator(".leaflet-popup-content")
    expect(popup.locator(".popup-title")).to_have_text(HOSTILE_NAME)
    expect(popup.locator(".popup-address")).to_contain_text("1, rue {{ config }}")
    expect(popup.locator(".popup-takes")).to_contain_text(HOSTILE_LABEL)
    assert popup.locator("img, script").count() == 0
    assert dialogs == []
    screenshot(page, "export-file-hostile-popup")
