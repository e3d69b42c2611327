"""What staff read instead of codes: names of MRCs, categories, actions and place types, and
French labels for history fields, spreadsheet columns and where a position came from.

Template helpers only: stored values and the history keep their codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import g
from sqlalchemy import select

from .. import places
from ..extensions import db
from ..i18n import _, _l, current_language, label
from ..imports import COLUMN_LABELS, column_label
from ..models import Action, Category, GeocodePrecision, GeocodeSource, Mrc, PlaceType
from . import operations

__all__ = ["COLUMN_LABELS", "column_label"]

SOURCE_LABELS = {
    GeocodeSource.NOMINATIM: _l("service d'adresses en ligne"),
    GeocodeSource.POSTAL_CODE: _l("code postal"),
    GeocodeSource.MUNICIPALITY: _l("centre de la municipalité"),
    GeocodeSource.MANUAL: _l("repère placé à la main"),
}
PRECISION_LABELS = {
    GeocodePrecision.ADDRESS: _l("à l'adresse"),
    GeocodePrecision.STREET: _l("à la rue"),
    GeocodePrecision.POSTAL_CODE: _l("au code postal"),
    GeocodePrecision.MUNICIPALITY: _l("à la municipalité"),
}


@dataclass(frozen=True)
class _Names:
    mrcs: dict[str, str]
    categories: dict[str, str]
    actions: dict[str, str]
    place_types: dict[str, str]


def _names() -> _Names:
    """Read once per request: a page may name hundreds of codes."""
    names: _Names | None = g.get("_staff_names")
    if names is None:
        names = _Names(
            mrcs=dict(db.session.execute(select(Mrc.slug, Mrc.name)).all()),
            categories={c.code: label(c) for c in db.session.execute(select(Category)).scalars()},
            actions={a.code: label(a) for a in db.session.execute(select(Action)).scalars()},
            place_types={t.code: label(t) for t in db.session.execute(select(PlaceType)).scalars()},
        )
        g._staff_names = names
    return names


def mrc_name(slug: str | None) -> str:
    if not slug:
        return "—"
    return _names().mrcs.get(slug, slug)


def _enum_label(labels: dict[Any, Any], value: Any) -> str:
    try:
        return str(labels[value])
    except (KeyError, ValueError):
        return str(value)


def position_label(source: str | None, precision: str | None) -> str:
    """Where a point came from, e.g. « Service d'adresses en ligne, à la rue »."""
    if not source:
        return "—"
    words = _enum_label(SOURCE_LABELS, source)
    if precision and precision != source and source != GeocodeSource.MANUAL:
        precise = _enum_label(PRECISION_LABELS, precision)
        words = _("%(source)s, %(precision)s", source=words, precision=precise)
    return words[:1].upper() + words[1:]


def _takes(value: dict[str, Any]) -> str:
    names = _names()
    parts = []
    for action, take in value.items():
        categories = ", ".join(names.categories.get(c, c) for c in take.get("categories", []))
        text = f"{names.actions.get(action, action)} : {categories}"
        if take.get("refuses"):
            text += _(
                " — refuse : %(items)s",
                items=places.item_names(take["refuses"], current_language()),
            )
        if take.get("conditions_fr"):
            text += f" ({take['conditions_fr']})"
        parts.append(text)
    return " ; ".join(parts)


def history_value(field: str, value: Any) -> str:
    """A history value in names, never codes; the stored revision keeps the codes."""
    if value is None or value == "" or value == {} or value == []:
        return "—"
    names = _names()
    if field == "takes" and isinstance(value, dict):
        return _takes(value)
    if field == "mrc":
        return mrc_name(str(value))
    if field == "place_type_code":
        return names.place_types.get(str(value), str(value))
    if field == "geocode_source":
        return _enum_label(SOURCE_LABELS, value).capitalize()
    if field == "geocode_precision":
        return _enum_label(PRECISION_LABELS, value).capitalize()
    if field == "donation_pause" and isinstance(value, dict):
        categories = ", ".join(names.categories.get(c, c) for c in value.get("categories", []))
        text = _("jusqu'au %(date)s", date=value.get("until", "?"))
        text += f" ({categories or _('toutes les catégories')})"
        return f"{text} : {value['reason']}" if value.get("reason") else text
    if field == "service_area" and isinstance(value, dict):
        if value.get("mrcs"):
            return ", ".join(mrc_name(slug) for slug in value["mrcs"])
        if value.get("radius_km"):
            return _("%(km)s km autour du lieu", km=value["radius_km"])
    return operations.describe_value(field, value)


def template_helpers() -> dict[str, Any]:
    return {
        "mrc_name": mrc_name,
        "column_label": column_label,
        "position_label": position_label,
        "history_value": history_value,
    }
