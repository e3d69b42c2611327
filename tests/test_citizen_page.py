"""The citizen map page as served: what I want to do, the browser's language, the way back."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

from flask import Flask
from flask.testing import FlaskClient

from recupere_don.public.maptext import MAP_FIELDS

ENGLISH_BROWSER = {"Accept-Language": "en-US,en;q=0.9"}


def preloaded_query(page: str) -> dict[str, list[str]]:
    """The query string of the API answer the page announces (its first request)."""
    match = re.search(r'<link rel="preload" as="fetch" href="([^"]+)"', page)
    assert match, "the page announces its first API answer"
    return parse_qs(urlsplit(html.unescape(match.group(1))).query)


def checked_mode(page: str) -> str:
    match = re.search(r'name="action" value="(\w*)" form="filters" checked', page)
    assert match, "one mode of the action switch is checked"
    return match.group(1)


def test_the_page_asks_for_places_to_give_to_by_default(client: FlaskClient) -> None:
    page = client.get("/?q=ordinateur").get_data(as_text=True)
    assert "<h1" in page
    assert "Où donner vos objets ?" in page
    assert checked_mode(page) == ""
    assert preloaded_query(page)["action"] == ["donner,ramassage"]
    assert preloaded_query(page)["q"] == ["ordinateur"]


def test_the_chosen_action_changes_the_heading_the_switch_and_the_api_call(
    client: FlaskClient,
) -> None:
    page = client.get("/?action=reparer&q=ordinateur").get_data(as_text=True)
    assert "Où faire réparer vos objets ?" in page
    assert "Quel objet voulez-vous faire réparer ?" in page
    assert checked_mode(page) == "reparer"
    assert preloaded_query(page)["action"] == ["reparer"]
    # Without JavaScript, the search box's form keeps the mode.
    assert '<input type="hidden" name="action" value="reparer">' in page


def test_a_link_from_the_old_checkboxes_opens_the_default_mode(client: FlaskClient) -> None:
    page = client.get("/?action=donner,acheter").get_data(as_text=True)
    assert checked_mode(page) == ""
    assert preloaded_query(page)["action"] == ["donner,ramassage"]


def test_open_now_and_the_action_switch_are_outside_the_filters_drawer(
    client: FlaskClient,
) -> None:
    page = client.get("/").get_data(as_text=True)
    drawer = page[
        page.index('<form id="filters"') : page.index("</form>", page.index('<form id="filters"'))
    ]
    assert 'name="open_now"' not in drawer
    assert 'name="action"' not in drawer
    assert 'name="open_now" value="1" form="filters"' in page


def test_an_english_browser_gets_english_without_lang(client: FlaskClient) -> None:
    response = client.get("/", headers=ENGLISH_BROWSER)
    page = response.get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Where to give your things?" in page
    assert "Accept-Language" in response.headers["Vary"]
    # Switching to French must say so: without `lang=fr` the browser would choose English again.
    french = re.search(r'<a id="lang-switch" href="([^"]+)"', page)
    assert french
    assert "lang=fr" in french.group(1)
    assert '<html lang="fr">' in client.get(
        html.unescape(french.group(1)), headers=ENGLISH_BROWSER
    ).get_data(as_text=True)


def test_the_public_forms_follow_the_browser_too(client: FlaskClient) -> None:
    response = client.get("/suggerer", headers=ENGLISH_BROWSER)
    assert '<html lang="en">' in response.get_data(as_text=True)
    assert "Accept-Language" in response.headers["Vary"]


def test_a_french_first_browser_and_no_header_get_french(client: FlaskClient) -> None:
    both = {"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.8"}
    assert '<html lang="fr">' in client.get("/", headers=both).get_data(as_text=True)
    assert '<html lang="fr">' in client.get("/").get_data(as_text=True)


def test_a_garbled_language_header_gets_french(client: FlaskClient) -> None:
    for header in (";;;q=abc", "en;q=nan, fr;q=-1", "x" * 5000, "*"):
        response = client.get("/", headers={"Accept-Language": header})
        assert response.status_code == 200
        assert '<html lang="fr">' in response.get_data(as_text=True), header


def test_the_browser_language_leaves_the_api_and_the_staff_pages_alone(
    client: FlaskClient,
) -> None:
    refused = client.get("/api/v1/places?nocache=1", headers=ENGLISH_BROWSER).get_json()
    assert refused["message"].startswith("Paramètre(s) inconnu(s)")
    login = client.get("/admin/login", headers=ENGLISH_BROWSER).get_data(as_text=True)
    assert '<html lang="fr">' in login


def test_back_to_the_map_applies_no_territory_the_visitor_never_chose(
    client: FlaskClient,
) -> None:
    slug = client.get("/api/v1/places?mrc=beauce-sartigan").get_json()["features"][0]
    page = client.get(f"/lieux/{slug['properties']['slug']}").get_data(as_text=True)
    back = re.search(r'<a id="back-to-map" href="([^"]*)"', page)
    assert back
    assert back.group(1) == "/"


def test_a_search_sent_without_javascript_lists_the_places(client: FlaskClient) -> None:
    expected = client.get("/api/v1/places?q=canapé&action=donner,ramassage").get_json()
    names = [f["properties"]["name"] for f in expected["features"]]
    assert names
    # What the search box's own button sends when no script intercepts it.
    page = client.get("/?q=canapé&liste=1").get_data(as_text=True)
    listed = re.findall(r'<h2 class="result-name"><a href="/lieux/[\w-]+">([^<]+)</a>', page)
    assert [html.unescape(name) for name in listed] == names
    assert f"{len(names)} lieux" in page


def test_an_ordinary_view_lists_nothing_itself_and_offers_the_list(client: FlaskClient) -> None:
    page = client.get("/?q=canapé&_external=1").get_data(as_text=True)
    assert 'class="result"' not in page
    assert "Chargement des lieux…" in page
    link = re.search(r'<noscript><p><a href="([^"]+)">Afficher la liste des lieux', page)
    assert link
    assert html.unescape(link.group(1)) == "/?q=canap%C3%A9&liste=1"


def test_the_map_asks_for_why_each_place_answers(client: FlaskClient) -> None:
    answer = client.get(f"/api/v1/places?q=matelas&action=donner,ramassage&fields={MAP_FIELDS}")
    assert answer.status_code == 200
    props = answer.get_json()["features"][0]["properties"]
    assert {"match", "refuses", "next_opening"} <= set(props)
    assert props["match"][0]["item"] == "matelas"


def test_many_places_make_the_map_ask_for_clusters_instead_of_every_place(
    app: Flask, client: FlaskClient
) -> None:
    few = client.get("/").get_data(as_text=True)
    assert "data-clusters-api" not in few
    assert "map-clusters.js" not in few
    assert preloaded_query(few)  # every place, announced at once
    app.config["MAP_SERVER_CLUSTERS_ABOVE"] = 10  # fewer than the demo places
    many = client.get("/").get_data(as_text=True)
    assert 'data-clusters-api="/api/v1/clusters"' in many
    assert "map-clusters.js" in many
    assert '<link rel="preload" as="fetch"' not in many  # the first view asks for its clusters
