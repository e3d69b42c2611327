"""Item words to categories: Québec French, English, accents, plurals, typos, several words."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.extensions import db
from recupere_don.itemsearch import ItemIndex, normalise
from recupere_don.models import SearchMiss, Synonym


@pytest.fixture(scope="module")
def index() -> ItemIndex:
    import csv

    from tests.conftest import DATA_DIR

    with (DATA_DIR / "synonyms.csv").open(encoding="utf-8") as handle:
        return ItemIndex((row["term"], row["category"]) for row in csv.DictReader(handle))


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
        "category": "meubles",
        "label": "Meubles",
        "score": 100.0,
        "matched": "divan",
    }
    english = client.get("/api/v1/items?q=sofa&lang=en").get_json()
    assert english[0]["category"] == "meubles"
    assert english[0]["label"] == "Furniture"


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
