"""The item catalogue file: well formed, every category covered, words found however spelt."""

from __future__ import annotations

import csv

import pytest

from recupere_don.catalogue import Catalogue, load_catalogue, parse_items
from tests.conftest import DATA_DIR


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(DATA_DIR / "items.csv")


def category_codes() -> set[str]:
    with (DATA_DIR / "categories.csv").open(encoding="utf-8") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


def test_every_item_has_a_known_category_or_says_where_it_goes(catalogue: Catalogue) -> None:
    known = category_codes()
    for item in catalogue:
        assert all((item.label_fr, item.label_en, item.terms_fr, item.terms_en)), item.code
        if item.category is None:
            assert all((item.guidance("fr"), item.guidance("en"))), item.code
        else:
            assert item.category in known, item.code


def test_every_category_has_items(catalogue: Catalogue) -> None:
    assert {item.category for item in catalogue} >= category_codes()


def test_a_label_finds_its_own_item(catalogue: Catalogue) -> None:
    for item in catalogue:
        assert catalogue.find(item.label_fr) is item, item.label_fr
        assert catalogue.find(item.label_en) is item, item.label_en


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("matelas", "matelas"),
        ("MATELAS", "matelas"),
        ("Sommiers", "sommier"),
        ("canape", "canape"),
        ("causeuses", "causeuse"),
        ("divans", "canape"),
        ("laveuse à linge", "laveuse"),
        ("ordinateur-portable", "ordinateur-portable"),
        ("laptop", "ordinateur-portable"),
        ("Pneus d'hiver", "pneus"),
        ("médicaments", "medicaments"),
    ],
)
def test_find_folds_case_accents_plurals(catalogue: Catalogue, word: str, code: str) -> None:
    found = catalogue.find(word)
    assert found is not None
    assert found.code == code


def test_find_does_not_guess(catalogue: Catalogue) -> None:
    assert catalogue.find("matel") is None
    assert catalogue.find("") is None


def test_items_without_a_category_say_where_they_go_in_both_languages(catalogue: Catalogue) -> None:
    tires = catalogue.item("pneus")
    assert tires is not None
    assert tires.category is None
    assert "garage" in tires.guidance("fr")
    assert "garage" in tires.guidance("en")
    assert {i.code for i in catalogue.items_of(None)} >= {"pneus", "medicaments"}
    assert "matelas" in {i.code for i in catalogue.items_of("meubles")}


def test_a_bad_row_is_refused_with_its_line() -> None:
    row = dict.fromkeys(
        ("code", "category", "label_fr", "label_en", "terms_fr", "terms_en"), "x"
    ) | {"guidance_fr": "", "guidance_en": ""}
    with pytest.raises(ValueError, match="ligne 2"):
        parse_items([row | {"code": "Pas Un Code"}])
    with pytest.raises(ValueError, match="conseil"):
        parse_items([row | {"category": ""}])
