"""Embed presets and looks: lenient for partner URLs, strict for staff forms, narrow-only scope."""

from __future__ import annotations

import pytest

from recupere_don.embed.settings import (
    DEFAULT_HEIGHT,
    InvalidSettingsError,
    Look,
    Preset,
    look_from_args,
    parse_bbox,
    preset_from_args,
    scoped_args,
    validate,
)
from recupere_don.places import Taxonomy

TAXONOMY = Taxonomy(
    mrcs=["bellechasse", "levis", "montmagny"],
    categories=["meubles", "velos", "vetements"],
    actions=["donner", "acheter"],
)


def test_partner_urls_drop_unknown_codes_instead_of_breaking() -> None:
    preset = preset_from_args(
        {"mrc": "Bellechasse, nulle-part", "category": "meubles,meubles", "q": "  vieux   divan "},
        TAXONOMY,
    )
    assert preset == Preset(mrcs=("bellechasse",), categories=("meubles",), query="vieux divan")


def test_preset_token_round_trips_and_stays_readable() -> None:
    preset = Preset(
        mrcs=("levis", "bellechasse"),
        categories=("velos",),
        actions=("donner",),
        query="vélo d'enfant & casque",
        bbox=(-71.3, 46.5, -70.5, 46.9),
    )
    token = preset.token()
    assert token.startswith("mrc=levis,bellechasse&category=velos&action=donner&q=")
    assert Preset.from_token(token, TAXONOMY) == preset
    assert Preset().token() == "all"
    assert Preset.from_token("all", TAXONOMY).is_empty


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("-71.3,46.5,-70.5,46.9", (-71.3, 46.5, -70.5, 46.9)),
        ([-71.3, 46.5, -70.5, 46.9], (-71.3, 46.5, -70.5, 46.9)),
        ("-70.5,46.5,-71.3,46.9", None),  # min after max
        ("1,2,3", None),
        ("a,b,c,d", None),
        ("-200,46,-70,47", None),
        (None, None),
    ],
)
def test_bbox(raw: object, expected: object) -> None:
    assert parse_bbox(raw) == expected


def test_look_from_args_defaults_and_bounds() -> None:
    assert look_from_args({}) == Look()
    assert look_from_args({"view": "list", "controls": "0", "height": "5000"}) == Look(
        "list", False, 1200
    )
    assert look_from_args({"view": "carte", "height": "abc"}) == Look("both", True, DEFAULT_HEIGHT)
    assert Look("map", False, 300).as_args() == {"view": "map", "controls": "0", "height": "300"}


def test_scope_can_be_narrowed_never_widened() -> None:
    preset = Preset(mrcs=("bellechasse", "levis"), categories=("meubles",), query="divan")
    assert scoped_args(preset, {}) == {
        "mrc": "bellechasse,levis",
        "category": "meubles",
        "q": "divan",
    }
    narrowed = scoped_args(preset, {"mrc": "levis", "q": "vélo", "open_now": "1"})
    assert narrowed == {"mrc": "levis", "category": "meubles", "q": "divan", "open_now": "1"}
    # Asking for another MRC than the partner's finds nothing, rather than the other MRC.
    assert scoped_args(preset, {"mrc": "montmagny"}) is None
    assert scoped_args(Preset(), {"category": "velos"}) == {"category": "velos"}


def _valid(**overrides: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "slug": "mrc-bellechasse",
        "name": "MRC de Bellechasse",
        "mrcs": ["bellechasse"],
        "categories": [],
        "actions": [],
        "query": "",
        "bbox": "",
        "view": "both",
        "controls": True,
        "height": 450,
        "taxonomy": TAXONOMY,
    }
    fields.update(overrides)
    return fields


def test_validate_accepts_a_good_configuration() -> None:
    slug, name, settings = validate(
        **_valid(slug=" MRC-Bellechasse ", name="  MRC  de Bellechasse")
    )  # type: ignore[arg-type]
    assert (slug, name) == ("mrc-bellechasse", "MRC de Bellechasse")
    assert settings.preset.mrcs == ("bellechasse",)


def test_validate_names_every_problem() -> None:
    with pytest.raises(InvalidSettingsError) as caught:
        validate(
            **_valid(  # type: ignore[arg-type]
                slug="MRC Bellechasse!",
                name=" ",
                mrcs=["bellechasse", "atlantide"],
                bbox="1,2,3",
                view="galerie",
                height=50,
            )
        )
    assert set(caught.value.problems) == {"slug", "name", "mrc", "bbox", "view", "height"}
    assert "atlantide" in caught.value.problems["mrc"]
