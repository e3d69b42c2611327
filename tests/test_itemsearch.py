"""Item words to items and categories: Québec French, English, accents, plurals, typos, parts."""

from __future__ import annotations

import csv

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.catalogue import load_catalogue
from recupere_don.extensions import db
from recupere_don.item_lookup import resolve_query
from recupere_don.itemsearch import Entry, ItemIndex, normalise
from recupere_don.models import SearchMiss, Synonym
from tests.conftest import DATA_DIR


def vocabulary() -> list[tuple[str, Entry]]:
    """What the app indexes: the catalogue's words, the synonyms, the category labels."""
    entries = list(load_catalogue(DATA_DIR / "items.csv").entries())
    with (DATA_DIR / "synonyms.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entries.append((row["term"], Entry(None, row["category"], row["lang"])))
    with (DATA_DIR / "categories.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entries.append((row["label_fr"], Entry(None, row["code"], "fr")))
            entries.append((row["label_en"], Entry(None, row["code"], "en")))
    return entries


@pytest.fixture(scope="module")
def index() -> ItemIndex:
    return ItemIndex(vocabulary())


def top(index: ItemIndex, query: str) -> str | None:
    found = index.search(query)
    return found[0].category if found else None


def test_normalise_folds_case_accents_plurals_and_punctuation() -> None:
    assert normalise("Laveuses à VAISSELLE") == "laveuse a vaisselle"
    assert normalise("  sofa-lit ") == "sofa lit"
    assert normalise("Bébelles") == normalise("bebelle")


@pytest.mark.parametrize(
    ("query", "category"),
    [
        ("divan", "meubles"),
        ("DIVANS", "meubles"),
        ("causeuse", "meubles"),
        ("laveuse", "electromenagers"),
        ("sécheuse", "electromenagers"),
        ("secheuse", "electromenagers"),
        ("frigidaire", "electromenagers"),
        ("frigo", "electromenagers"),
        ("linge", "vetements"),
        ("ordi", "electronique"),
        ("poussette", "bebe-enfants"),
        ("bicycle", "velos"),
        ("couch", "meubles"),
        ("washer", "electromenagers"),
        ("stroller", "bebe-enfants"),
        ("paint", "peinture-rdd"),
    ],
)
def test_words_people_type_find_their_category(index: ItemIndex, query: str, category: str) -> None:
    assert top(index, query) == category


def test_a_word_with_two_meanings_gives_both(index: ItemIndex) -> None:
    assert {m.category for m in index.search("bébelles")} >= {"jouets", "decoration"}


def test_typos_are_tolerated(index: ItemIndex) -> None:
    assert top(index, "frigidère") == "electromenagers"
    assert top(index, "poussete") == "bebe-enfants"


def test_a_term_inside_a_longer_sentence_is_found(index: ItemIndex) -> None:
    found = index.search("vieux divan brun")
    assert found[0].category == "meubles"
    assert found[0].matched == "divan"


def test_typing_a_prefix_suggests(index: ItemIndex) -> None:
    assert "electromenagers" in {m.category for m in index.search("frig")}


def test_nonsense_and_tiny_queries_find_nothing(index: ItemIndex) -> None:
    assert index.search("zzzzqx") == []
    assert index.search("a") == []
    assert index.search("") == []


def test_items_api_ranks_and_labels_in_the_asked_language(client: FlaskClient) -> None:
    french = client.get("/api/v1/items?q=divan").get_json()
    assert french[0] == {
        "item": "canape",
        "label": "Canapé",
        "category": "meubles",
        "category_label": "Meubles",
        "score": 100.0,
        "matched": "divan",
        "guidance": None,
    }
    english = client.get("/api/v1/items?q=sofa&lang=en").get_json()
    assert english[0]["item"] == "canape"
    assert english[0]["label"] == "Sofa"
    assert english[0]["category_label"] == "Furniture"


def test_a_word_naming_only_a_category_gives_no_item(client: FlaskClient) -> None:
    found = client.get("/api/v1/items?q=meubles").get_json()
    assert found[0]["item"] is None
    assert found[0]["category"] == "meubles"
    assert found[0]["label"] == "Meubles"


def test_an_item_reuse_places_do_not_take_says_where_it_goes(client: FlaskClient) -> None:
    tires = client.get("/api/v1/items?q=tires&lang=en").get_json()[0]
    assert tires["item"] == "pneus"
    assert tires["category"] is None
    assert tires["category_label"] is None
    assert "garage" in tires["guidance"]
    pneus = client.get("/api/v1/items?q=pneus").get_json()[0]
    assert "garage" in pneus["guidance"]
    assert "Les pneus" in pneus["guidance"]


def test_suggestions_do_not_log_but_a_committed_search_that_finds_nothing_does(
    app: Flask, client: FlaskClient
) -> None:
    assert client.get("/api/v1/items?q=gizmotron").get_json() == []
    response = client.get("/api/v1/places?q=gizmotron")
    assert response.get_json()["features"] == []
    with app.app_context():
        misses = db.session.scalars(db.select(SearchMiss)).all()
        assert [m.text for m in misses] == ["gizmotron"]
        assert misses[0].created_at is not None


def test_a_synonym_added_by_staff_is_searchable_at_once(app: Flask, client: FlaskClient) -> None:
    assert client.get("/api/v1/items?q=gizmotron").get_json() == []
    with app.app_context():
        db.session.add(Synonym(term="gizmotron", lang="fr", category_code="electronique"))
        db.session.commit()
    assert client.get("/api/v1/items?q=gizmotron").get_json()[0]["category"] == "electronique"


def test_places_q_filters_to_the_matching_categories(client: FlaskClient) -> None:
    features = client.get("/api/v1/places?q=divan").get_json()["features"]
    assert features
    assert all("meubles" in f["properties"]["categories"] for f in features)
    everything = client.get("/api/v1/places?category=meubles").get_json()["features"]
    assert {f["id"] for f in features} == {f["id"] for f in everything}


def small_index() -> ItemIndex:
    """A handful of words chosen so that each rule alone decides the answer."""
    return ItemIndex(
        [
            ("tire-lait", Entry("tire-lait", "bebe-enfants", "fr")),
            ("tires", Entry("pneus", None, "en")),
            ("laveuse", Entry("laveuse", "electromenagers", "fr")),
            ("laveuse à linge", Entry("laveuse", "electromenagers", "fr")),
            ("linge", Entry(None, "vetements", "fr")),
            ("poêle", Entry("cuisiniere", "electromenagers", "fr")),
            ("poêle à frire", Entry("casseroles", "cuisine", "fr")),
            ("frigidaire", Entry("refrigerateur", "electromenagers", "fr")),
            ("tireuse", Entry(None, "cuisine", "fr")),
        ]
    )


def test_an_english_word_typed_whole_is_not_the_start_of_a_french_one() -> None:
    found = small_index().search("tires")
    assert [(m.item, m.category) for m in found] == [("pneus", None)]


def test_the_start_of_a_word_completes_in_its_own_language() -> None:
    # 'tir' is no whole word yet: it may still become either language's word.
    assert {m.category for m in small_index().search("tir")} == {None, "bebe-enfants", "cuisine"}
    assert small_index().search("frig")[0].item == "refrigerateur"


def test_a_compound_beats_its_parts() -> None:
    found = small_index().search("laveuse à linge")
    assert [(m.item, m.category) for m in found] == [("laveuse", "electromenagers")]
    found = small_index().search("vieille poêle à frire")
    assert [m.category for m in found] == ["cuisine"]


def test_a_compound_being_typed_already_beats_its_parts() -> None:
    found = small_index().search("laveuse a lin")
    assert [m.category for m in found] == ["electromenagers"]


def test_the_stove_and_the_frying_pan_are_both_offered_the_stove_first() -> None:
    found = small_index().search("poêle")
    assert [m.item for m in found] == ["cuisiniere", "casseroles"]
    assert found[0].score > found[1].score


def test_items_come_before_the_categories_the_same_word_names() -> None:
    index = ItemIndex(
        [
            ("divan", Entry("canape", "meubles", "fr")),
            ("divan", Entry(None, "meubles", "fr")),
            ("divan", Entry(None, "decoration", "fr")),
        ]
    )
    found = index.search("divan")
    assert [(m.item, m.category) for m in found] == [
        ("canape", "meubles"),
        (None, "decoration"),
        (None, "meubles"),
    ]


def test_typos_find_items_too(index: ItemIndex) -> None:
    assert index.search("sécheuze")[0].item == "secheuse"
    assert index.search("matela")[0].item == "matelas"


def test_a_close_word_with_another_first_letter_is_not_a_typo(index: ItemIndex) -> None:
    """« culturels » is as close to « sculptures » as a typo, but means something else."""
    assert index.search("biens culturels") == []


def test_places_q_means_a_place_type(client: FlaskClient) -> None:
    features = client.get("/api/v1/places?q=friperie").get_json()["features"]
    assert features
    assert {f["properties"]["place_type"] for f in features} == {"friperie"}
    depots = client.get("/api/v1/places?q=%C3%A9cocentres").get_json()["features"]
    assert {f["properties"]["place_type"] for f in depots} == {"ecocentre"}


def test_places_q_finds_a_place_by_its_name(client: FlaskClient) -> None:
    features = client.get("/api/v1/places?q=Coffre+%C3%A0+tr%C3%A9sors").get_json()["features"]
    assert [f["properties"]["slug"] for f in features] == ["ressourcerie-le-coffre-a-tresors"]


def test_places_q_naming_a_town_finds_its_places(client: FlaskClient) -> None:
    features = client.get("/api/v1/places?q=St-Georges").get_json()["features"]
    assert features
    assert {f["properties"]["municipality"] for f in features} == {"Saint-Georges"}


def test_places_q_for_tires_finds_no_bike_shop_and_logs_no_miss(
    app: Flask, client: FlaskClient
) -> None:
    for words in ("pneus", "tires"):
        assert client.get(f"/api/v1/places?q={words}").get_json()["features"] == []
    with app.app_context():
        assert db.session.scalars(db.select(SearchMiss)).all() == []


def test_places_q_for_a_washing_machine_leaves_out_clothing_only_places(
    client: FlaskClient,
) -> None:
    features = client.get("/api/v1/places?q=laveuse+%C3%A0+linge").get_json()["features"]
    assert features
    assert all("electromenagers" in f["properties"]["categories"] for f in features)


def test_a_place_named_in_full_is_that_place_not_every_place_of_its_type(
    client: FlaskClient,
) -> None:
    query = "Ressourcerie du Littoral"
    features = client.get("/api/v1/places", query_string={"q": query}).get_json()["features"]
    assert [f["properties"]["name"] for f in features] == [query]


def test_a_committed_search_says_which_items_it_means_for_refusals(app: Flask) -> None:
    with app.test_request_context():
        mattress = resolve_query("vieux matelas queen")
        assert mattress.items == ("matelas",)
        assert mattress.categories == ("meubles",)
        tires = resolve_query("tires")
        assert tires.items == ("pneus",)
        assert tires.categories == ()
        assert not tires.empty
        thrift = resolve_query("friperies")
        assert thrift.place_types == ("friperie",)
        assert thrift.items == thrift.place_slugs == ()
        assert resolve_query("gizmotron").empty
