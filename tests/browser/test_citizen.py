"""A citizen's questions in Chromium: what I want to do, why a place answers, never a dead end,
one search box, the search kept on the way back, a phone."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import quote
from urllib.request import urlopen

import pytest
from playwright.sync_api import Browser, Page, expect

from recupere_don.hours import QUEBEC
from tests.browser.conftest import LiveServer, screenshot
from tests.browser.test_search import SAINT_GEORGES, api, serious_violations, wait_ready

pytestmark = pytest.mark.browser

# Sunday 29 November 2026, 8 a.m.: no place that takes things is open yet.
SUNDAY_MORNING = datetime(2026, 11, 29, 8, 0, tzinfo=QUEBEC)


def names(features: list[dict[str, object]]) -> set[str]:
    return {f["properties"]["name"] for f in features}  # type: ignore[index]


def listed(page: Page) -> set[str]:
    return set(page.locator("#results .result-name").all_inner_texts())


def repair_only(live_server: LiveServer, query: str) -> str:
    """A place that repairs what `query` means but takes nothing of it for giving."""
    repairs = names(api(live_server, f"?{query}&action=reparer"))
    gives = names(api(live_server, f"?{query}"))
    only = sorted(repairs - gives)
    assert only, "the demo data has a repair-only workshop for this object"
    return only[0]


def test_ordinateur_leaves_out_a_repair_only_workshop_until_repair_is_chosen(
    page: Page, live_server: LiveServer
) -> None:
    workshop = repair_only(live_server, "q=ordinateur")
    page.goto(live_server.url + "/?q=ordinateur")
    wait_ready(page)
    expect(page.get_by_role("heading", name="Où donner vos objets ?")).to_be_visible()
    expect(page.locator("#results > li")).to_have_count(len(api(live_server, "?q=ordinateur")))
    assert workshop not in listed(page)

    page.get_by_role("radio", name="Faire réparer").check()
    wait_ready(page)
    expect(page.get_by_role("heading", name="Où faire réparer vos objets ?")).to_be_visible()
    assert "action=reparer" in page.url
    expected = api(live_server, "?q=ordinateur&action=reparer")
    expect(page.locator("#results > li")).to_have_count(len(expected))
    assert workshop in listed(page)
    card = page.locator("#results > li", has_text=workshop)
    expect(card.locator(".reason--reparer")).to_contain_text("Répare")
    screenshot(page, "citizen-repair")

    page.reload()
    wait_ready(page)
    expect(page.get_by_role("radio", name="Faire réparer")).to_be_checked()
    assert workshop in listed(page)


def test_matelas_keeps_a_place_that_takes_mattresses_and_leaves_out_one_that_refuses_them(
    page: Page, live_server: LiveServer
) -> None:
    furniture = api(live_server, "?category=meubles")
    refusing = [
        f for f in furniture
        if any(r["item"] == "matelas" for r in f["properties"].get("refuses", []))  # type: ignore[index, union-attr, attr-defined]
    ]  # fmt: skip
    assert refusing, "a demo place refuses mattresses (structured refusals)"
    takes = names(api(live_server, "?q=matelas"))
    assert takes, "a demo place takes mattresses"
    page.goto(live_server.url + "/")
    wait_ready(page)
    page.get_by_role("combobox", name="Quel objet").fill("matelas")
    page.get_by_role("combobox", name="Quel objet").press("Enter")
    wait_ready(page)
    assert "q=matelas" in page.url
    assert listed(page) == takes
    assert not listed(page) & names(refusing)
    first = page.locator("#results > li").first
    expect(first.locator(".reason").first).to_contain_text("Accepte en don")
    screenshot(page, "citizen-matelas")


def test_sunday_open_now_offers_the_next_opening(page: Page, live_server: LiveServer) -> None:
    page.clock.set_fixed_time(SUNDAY_MORNING)
    at = quote(SUNDAY_MORNING.isoformat())
    assert api(live_server, f"?open_now=1&at={at}") == []
    closed = [f["properties"] for f in api(live_server, f"?at={at}")]
    soonest = min(
        (p for p in closed if p.get("next_opening")),  # type: ignore[union-attr]
        key=lambda p: datetime.fromisoformat(p["next_opening"]["at"]),  # type: ignore[index]
    )
    page.goto(live_server.url + "/")
    wait_ready(page)
    page.get_by_label("Ouvert maintenant").check()
    next_step = page.locator("#next-steps")
    expect(next_step).to_contain_text("Aucun lieu ouvert maintenant")
    expect(next_step.get_by_role("link", name=soonest["name"])).to_be_visible()  # type: ignore[index]
    expect(next_step).to_contain_text(soonest["next_opening"]["text"])  # type: ignore[index]
    screenshot(page, "citizen-open-now-sunday")
    page.get_by_role("button", name="ouverts ou non").click()
    wait_ready(page)
    expect(page.locator("#results > li")).to_have_count(len(closed))
    expect(page.get_by_label("Ouvert maintenant")).not_to_be_checked()


def test_nothing_within_the_radius_offers_the_nearest_places_beyond(
    page: Page, live_server: LiveServer
) -> None:
    near = f"near={SAINT_GEORGES['latitude']},{SAINT_GEORGES['longitude']}"
    assert api(live_server, f"?category=velos&{near}&radius_km=5") == []
    nearest = api(live_server, f"?category=velos&{near}&limit=3")
    page.goto(live_server.url + f"/?category=velos&{near}&radius_km=5")
    wait_ready(page)
    expect(page.locator("#next-steps")).to_contain_text("Aucun lieu à moins de 5 km")
    offered = page.locator("#next-steps .result-name")
    expect(offered).to_have_text([f["properties"]["name"] for f in nearest])  # type: ignore[index]
    page.get_by_role("button", name="Chercher dans toute la région").click()
    wait_ready(page)
    assert "radius_km" not in page.url
    expect(page.locator("#results > li").first).to_contain_text(
        nearest[0]["properties"]["name"]  # type: ignore[index]
    )


def test_words_we_do_not_know_offer_the_categories(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?q=zorglub")
    wait_ready(page)
    next_step = page.locator("#next-steps")
    expect(next_step).to_contain_text("« zorglub »")
    assert serious_violations(page) == []
    next_step.get_by_role("button", name="Meubles").click()
    wait_ready(page)
    assert "category=meubles" in page.url
    assert "q=" not in page.url
    expect(page.locator("#results > li")).to_have_count(len(api(live_server, "?category=meubles")))


def test_back_to_the_map_keeps_the_search_and_the_exact_position(
    browser: Browser, live_server: LiveServer
) -> None:
    context = browser.new_context(
        geolocation=SAINT_GEORGES, permissions=["geolocation"], locale="fr-CA"
    )
    page = context.new_page()
    page.route("http://tiles.test.invalid/**", lambda route: route.abort())
    page.goto(live_server.url + "/?action=acheter")
    wait_ready(page)
    page.get_by_role("combobox", name="Quel objet").fill("vêtements")
    page.get_by_role("combobox", name="Quel objet").press("Enter")
    wait_ready(page)
    page.get_by_role("button", name="Près de moi").click()
    expect(page.locator("#location-status")).to_contain_text("plus proche")
    wait_ready(page)
    search_url = page.url
    exact = api(live_server, f"?q={quote('vêtements')}&action=acheter&near=46.11850,-70.67000")
    first = exact[0]["properties"]
    card = page.locator("#results > li").first
    expect(card.locator(".distance")).to_contain_text(
        f"{first['distance_km']:.1f}".replace(".", ",")
    )  # type: ignore[index]
    card.locator("a").first.click()
    expect(page.locator("h1")).to_have_text(first["name"])  # type: ignore[index]

    page.get_by_role("link", name="Retour à la carte").click()
    wait_ready(page)
    assert page.url == search_url
    assert "mrc=" not in page.url
    expect(page.get_by_role("combobox", name="Quel objet")).to_have_value("vêtements")
    expect(page.get_by_role("radio", name="Acheter d'occasion")).to_be_checked()
    expect(page.locator("#results > li").first.locator(".distance")).to_contain_text(
        f"{first['distance_km']:.1f}".replace(".", ",")  # type: ignore[index]
    )
    page.locator("#results > li a").first.click()
    expect(page.locator("h1")).to_have_text(first["name"])  # type: ignore[index]
    page.go_back()
    wait_ready(page)
    assert page.url == search_url
    expect(page.get_by_role("combobox", name="Quel objet")).to_have_value("vêtements")
    context.close()


def test_an_english_browser_gets_the_page_in_english(
    browser: Browser, live_server: LiveServer
) -> None:
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.route("http://tiles.test.invalid/**", lambda route: route.abort())
    page.goto(live_server.url + "/")
    wait_ready(page)
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("heading", name="Where to give your things?")).to_be_visible()
    expect(page.locator("#result-count")).to_contain_text("places")
    context.close()


def test_on_a_phone_open_now_and_the_action_switch_need_no_drawer(
    phone_page: Page, live_server: LiveServer
) -> None:
    page = phone_page
    page.goto(live_server.url + "/")
    wait_ready(page)
    expect(page.locator("#filters")).to_be_hidden()
    for control in (page.locator(".chip", has_text="Ouvert maintenant"),
                    page.locator(".segment", has_text="Acheter d'occasion")):  # fmt: skip
        expect(control).to_be_in_viewport()
        box = control.bounding_box()
        assert box is not None
        assert box["height"] >= 44
    page.locator(".segment", has_text="Acheter d'occasion").tap()
    wait_ready(page)
    expect(page.locator("#map-app")).to_have_attribute(
        "data-count", str(len(api(live_server, "?action=acheter")))
    )
    screenshot(page, "citizen-phone-buy")
    # The map view keeps both in sight too.
    page.get_by_role("button", name="Carte").click()
    expect(page.locator(".chip", has_text="Ouvert maintenant")).to_be_visible()
    expect(page.locator(".segment", has_text="Faire réparer")).to_be_visible()
    assert serious_violations(page) == []


def suggestions(live_server: LiveServer, words: str) -> dict[str, list[dict[str, object]]]:
    with urlopen(f"{live_server.url}/api/v1/suggest?q={quote(words)}&lang=fr") as response:
        found: dict[str, list[dict[str, object]]] = json.load(response)
        return found


def test_one_search_box_groups_objects_places_types_and_towns(
    page: Page, live_server: LiveServer
) -> None:
    page.goto(live_server.url + "/")
    wait_ready(page)
    box = page.get_by_role("combobox", name="Quel objet")

    # A town is a position, not words.
    town = suggestions(live_server, "Saint-Georges")["municipalities"][0]
    box.fill("Saint-Georges")
    group = page.get_by_role("group", name="Municipalités")
    expect(group.get_by_role("option", name=str(town["name"]))).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "citizen-suggest-town")
    box.press("ArrowDown")
    box.press("Enter")
    expect(page.locator("#location-status")).to_contain_text(str(town["name"]))
    wait_ready(page)
    assert f"near={town['lat']:.5f},{town['lon']:.5f}" in page.url
    assert "q=" not in page.url
    expect(box).to_have_value("")
    nearest = api(live_server, f"?near={town['lat']:.5f},{town['lon']:.5f}")[0]
    expect(page.locator("#results .result-name").first).to_have_text(
        nearest["properties"]["name"]  # type: ignore[index]
    )

    # A kind of place filters on it.
    kind = suggestions(live_server, "friperie")["place_types"][0]
    box.fill("friperie")
    page.get_by_role("group", name="Types de lieux").get_by_role(
        "option", name=str(kind["label"])
    ).click()
    wait_ready(page)
    shops = api(live_server, f"?q={quote(str(kind['label']))}")
    assert shops
    assert {f["properties"]["place_type"] for f in shops} == {kind["code"]}  # type: ignore[index]
    # Still sorted from the town: the list shows those in the map's view, the count all.
    expect(page.locator("#map-app")).to_have_attribute("data-count", str(len(shops)))
    assert "near=" in page.url

    # A place opens its page.
    place = suggestions(live_server, "Coffre à trésors")["places"][0]
    box.fill("Coffre à trésors")
    page.get_by_role("group", name="Lieux").get_by_role("option", name=str(place["name"])).click()
    expect(page.locator("h1")).to_have_text(str(place["name"]))


def test_pneus_and_tires_say_where_tires_go_instead(page: Page, live_server: LiveServer) -> None:
    for words, lang in (("pneus", "fr"), ("tires", "en")):
        with urlopen(f"{live_server.url}/api/v1/items?q={words}&lang={lang}") as response:
            item = json.load(response)[0]
        assert item["category"] is None
        assert item["guidance"]
        page.goto(f"{live_server.url}/?q={words}&lang={lang}")
        wait_ready(page)
        expect(page.locator("#search-notice")).to_contain_text(item["guidance"])
        expect(page.locator("#map-app")).to_have_attribute("data-next-step", "guidance")
        expect(page.locator("#next-steps")).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "citizen-tires-en")
