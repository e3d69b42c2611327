"""Hard words people type, asked of /api/v1/items: Québec French, English, false friends, compounds.

Each word must come first as the right category, or, for what reuse places do not take, as an
item without a category that says where it goes instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.extensions import db
from tests.conftest import make_test_app, temporary_database

GUIDANCE = "guidance"  # no category: the answer says where the object goes instead

HARD_WORDS: list[tuple[str, str, str | set[str]]] = [
    # Furniture, Québec words first.
    ("canapé", "fr", "meubles"),
    ("causeuse", "fr", "meubles"),
    ("sectionnel", "fr", "meubles"),
    ("divan-lit", "fr", "meubles"),
    ("chesterfield", "fr", "meubles"),
    ("chesterfield", "en", "meubles"),
    ("davenport", "en", "meubles"),
    ("bureau", "fr", "meubles"),
    ("commode", "fr", "meubles"),
    ("bibliothèque", "fr", "meubles"),
    ("set de cuisine", "fr", "meubles"),
    ("set de chambre", "fr", "meubles"),
    ("chaise berçante", "fr", "meubles"),
    ("lazy-boy", "fr", "meubles"),
    ("matelas", "fr", "meubles"),
    ("sommier", "fr", "meubles"),
    ("box spring", "en", "meubles"),
    ("bunk beds", "en", "meubles"),
    ("dresser", "en", "meubles"),
    ("vaisselier", "fr", "meubles"),
    ("patio set", "en", "meubles"),
    # Appliances: the stove is a poêle, the frying pan a poêle à frire.
    ("poêle", "fr", "electromenagers"),
    ("poêle à frire", "fr", "cuisine"),
    ("laveuse", "fr", "electromenagers"),
    ("laveuse à linge", "fr", "electromenagers"),
    ("laveuse à vaisselle", "fr", "electromenagers"),
    ("sécheuse", "fr", "electromenagers"),
    ("frigidaire", "fr", "electromenagers"),
    ("frigo", "fr", "electromenagers"),
    ("congélo", "fr", "electromenagers"),
    ("balayeuse", "fr", "electromenagers"),
    ("micro-ondes", "fr", "electromenagers"),
    ("toaster", "en", "electromenagers"),
    ("toaster", "fr", "electromenagers"),
    ("air climatisé", "fr", "electromenagers"),
    ("washer", "en", "electromenagers"),
    ("dryer", "en", "electromenagers"),
    ("chaufferette", "fr", "electromenagers"),
    ("mijoteuse", "fr", {"electromenagers", "cuisine"}),
    ("crock-pot", "en", "electromenagers"),
    # Electronics.
    ("cell", "fr", "electronique"),
    ("cellulaire", "fr", "electronique"),
    ("laptop", "fr", "electronique"),
    ("vieux laptop", "fr", "electronique"),
    ("ordi", "fr", "electronique"),
    ("écran plat", "fr", "electronique"),
    ("télé", "fr", "electronique"),
    ("flat screen", "en", "electronique"),
    ("imprimante", "fr", "electronique"),
    ("manette", "fr", "electronique"),
    ("tourne-disque", "fr", "electronique"),
    ("record player", "en", "electronique"),
    # Clothing.
    ("mitaines", "fr", "vetements"),
    ("tuque", "fr", "vetements"),
    ("linge", "fr", "vetements"),
    ("coton ouaté", "fr", "vetements"),
    ("kangourou", "fr", {"vetements", "bebe-enfants"}),
    ("gougounes", "fr", "vetements"),
    ("runnings", "fr", "vetements"),
    ("claques", "fr", "vetements"),
    ("bas", "fr", "vetements"),
    ("sacoche", "fr", "vetements"),
    ("habit de neige", "fr", {"vetements", "bebe-enfants"}),
    ("robe de mariée", "fr", "vetements"),
    ("winter coat", "en", "vetements"),
    ("mittens", "en", "vetements"),
    ("toque", "en", "vetements"),
    # Household textiles.
    ("douillette", "fr", "textiles-maison"),
    ("catalogne", "fr", "textiles-maison"),
    ("débarbouillettes", "fr", "textiles-maison"),
    ("rideaux", "fr", "textiles-maison"),
    ("duvet", "en", "textiles-maison"),
    # Books and media; toys.
    ("livres", "fr", "livres-medias"),
    ("BD", "fr", "livres-medias"),
    ("vinyles", "fr", "livres-medias"),
    ("DVD", "fr", "livres-medias"),
    ("guitare", "fr", "livres-medias"),
    ("toutous", "fr", "jouets"),
    ("Lego", "fr", "jouets"),
    ("casse-tête", "fr", "jouets"),
    ("jeux de société", "fr", "jouets"),
    ("board games", "en", "jouets"),
    ("bébelles", "fr", {"jouets", "decoration"}),
    # Sports and bikes: a bike tire is a bike part.
    ("bicycle", "fr", "velos"),
    ("bicycle", "en", "velos"),
    ("bécik", "fr", "velos"),
    ("bike", "en", "velos"),
    ("pneu de vélo", "fr", "velos"),
    ("chambre à air", "fr", "velos"),
    ("vélo stationnaire", "fr", "sport-plein-air"),
    ("patins", "fr", "sport-plein-air"),
    ("raquettes", "fr", "sport-plein-air"),
    ("traîne sauvage", "fr", "sport-plein-air"),
    ("crazy carpet", "fr", "sport-plein-air"),
    ("poche de hockey", "fr", "sport-plein-air"),
    ("skis", "en", "sport-plein-air"),
    ("snowshoes", "en", "sport-plein-air"),
    # Kitchen and decor.
    ("chaudrons", "fr", "cuisine"),
    ("pots Mason", "fr", "cuisine"),
    ("vaisselle", "fr", "cuisine"),
    ("tupperware", "en", "cuisine"),
    ("cossins", "fr", "decoration"),
    ("cadres", "fr", "decoration"),
    ("lampe sur pied", "fr", "decoration"),
    ("sapin artificiel", "fr", "decoration"),
    # Babies.
    ("bassinette", "fr", "bebe-enfants"),
    ("parc pour bébé", "fr", "bebe-enfants"),
    ("poussette", "fr", "bebe-enfants"),
    ("banc d'auto", "fr", "bebe-enfants"),
    ("coquille", "fr", "bebe-enfants"),
    ("tire-lait", "fr", "bebe-enfants"),
    ("chaise haute", "fr", "bebe-enfants"),
    ("stroller", "en", "bebe-enfants"),
    ("crib", "en", "bebe-enfants"),
    # Building materials and tools.
    ("madriers", "fr", "materiaux"),
    ("porte-patio", "fr", "materiaux"),
    ("armoires de cuisine", "fr", "materiaux"),
    ("bain", "fr", "materiaux"),
    ("drill", "fr", "outils"),
    ("souffleuse", "fr", "outils"),
    ("tondeuse", "fr", "outils"),
    ("weed eater", "en", "outils"),
    ("brouette", "fr", "outils"),
    # Hazardous waste the eco-centres take.
    ("peinture", "fr", "peinture-rdd"),
    ("paint", "en", "peinture-rdd"),
    ("teinture", "fr", "peinture-rdd"),
    ("piles", "fr", "peinture-rdd"),
    ("batteries", "en", "peinture-rdd"),
    ("huile à moteur", "fr", "peinture-rdd"),
    ("propane", "fr", "peinture-rdd"),
    ("bonbonne", "fr", "peinture-rdd"),
    ("néons", "fr", "peinture-rdd"),
    # What reuse places do not take: false friends first.
    ("tires", "en", GUIDANCE),
    ("tires", "fr", GUIDANCE),
    ("pneus", "fr", GUIDANCE),
    ("pneus d'hiver", "fr", GUIDANCE),
    ("winter tires", "en", GUIDANCE),
    ("médicaments", "fr", GUIDANCE),
    ("pills", "en", GUIDANCE),
    ("seringues", "fr", GUIDANCE),
    ("lunettes", "fr", GUIDANCE),
    ("char", "fr", GUIDANCE),
    ("canettes", "fr", GUIDANCE),
]


@pytest.fixture(scope="module")
def hard_client(
    seeded_templates: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FlaskClient]:
    """One app for the whole list: the answers only read the reference data."""
    folder = tmp_path_factory.mktemp("hard_words")
    with temporary_database("sqlite", folder, seeded_templates["sqlite"]) as url:
        application: Flask = make_test_app(url)
        yield application.test_client()
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.mark.parametrize(("words", "lang", "expected"), HARD_WORDS)
def test_hard_words_come_first_as_the_right_category_or_guidance(
    hard_client: FlaskClient, words: str, lang: str, expected: str | set[str]
) -> None:
    found = hard_client.get("/api/v1/items", query_string={"q": words, "lang": lang}).get_json()
    assert found, f"nothing found for « {words} »"
    first = found[0]
    if expected == GUIDANCE:
        assert first["category"] is None, (words, first)
        assert first["guidance"], (words, first)
    elif isinstance(expected, set):
        assert first["category"] in expected, (words, first)
        assert {row["category"] for row in found} >= expected, (words, found)
    else:
        assert first["category"] == expected, (words, first)


def test_tires_never_suggest_a_breast_pump(hard_client: FlaskClient) -> None:
    for lang in ("fr", "en"):
        found = hard_client.get(f"/api/v1/items?q=tires&lang={lang}").get_json()
        assert "bebe-enfants" not in {row["category"] for row in found}
