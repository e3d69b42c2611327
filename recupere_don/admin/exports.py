"""Exports for staff: CSV that opens in Excel in French, and GeoJSON, for any filter."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select

from ..extensions import db
from ..imports import service_area_text, spreadsheet_columns
from ..models import Action, Place
from ..places import place_feature
from ..placewrites import snapshot_takes, snapshot_verified_at

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); the
# import takes the apostrophe off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|")
_NUMBER = re.compile(r"^-?\d+([,.]\d+)?$")


def neutralise(value: str) -> str:
    """Prefix a would-be formula with an apostrophe so that Excel shows it as text."""
    if value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def csv_columns() -> tuple[str, ...]:
    """The import's own columns, then what a place holds besides (imports.spreadsheet_columns)."""
    actions = db.session.execute(select(Action.code).order_by(Action.sort_order)).scalars()
    return spreadsheet_columns(list(actions))


def _decimal(value: float | None, comma: bool) -> str:
    # Every digit, so a re-import finds the same point; Excel in French reads 46,81 as a number.
    if value is None:
        return ""
    text = repr(float(value))
    return text.replace(".", ",") if comma else text


def csv_row(place: Place, comma_decimals: bool = True) -> dict[str, str]:
    takes = snapshot_takes(place)
    row = {
        "id": str(place.id),
        "name": place.name,
        "address": place.address,
        "municipality": place.municipality.name if place.municipality else "",
        "postal_code": place.postal_code,
        "categories": ";".join(sorted({c for t in takes.values() for c in t["categories"]})),
        "actions": ";".join(takes),
        "place_type": place.place_type_code,
        "phone": place.phone,
        "website": place.website,
        "email": place.email,
        "opening_hours": place.opening_hours,
        "description": place.description_fr,
        "description_en": place.description_en,
        "hours_note_fr": place.hours_note_fr,
        "hours_note_en": place.hours_note_en,
        "service_area": service_area_text(place.service_area),
        "status": str(place.status),
        "mrc": place.mrc.slug if place.mrc else "",
        "latitude": _decimal(place.latitude, comma_decimals),
        "longitude": _decimal(place.longitude, comma_decimals),
        "geocode_source": str(place.geocode_source or ""),
        "geocode_precision": str(place.geocode_precision or ""),
        "verified_at": snapshot_verified_at(place) or "",
        "slug": place.slug,
        "demo": "1" if place.is_demo else "",
        "refuses": ";".join(sorted({c for t in takes.values() for c in t.get("refuses", [])})),
    }
    for action, take in takes.items():
        row[f"categories_{action}"] = ";".join(take["categories"])
        row[f"refuses_{action}"] = ";".join(take.get("refuses", []))
        row[f"conditions_fr_{action}"] = take["conditions_fr"]
        row[f"conditions_en_{action}"] = take["conditions_en"]
    return row


def places_csv(places: Sequence[Place], excel: bool = True) -> bytes:
    """The places as the import reads them back.

    `excel`: UTF-8 with a byte-order mark, `;` between cells and decimal commas, what Excel
    (fr-CA) opens cleanly; otherwise plain UTF-8 with `,`.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=csv_columns(),
        delimiter=";" if excel else ",",
        lineterminator="\r\n",
        restval="",
    )
    writer.writeheader()
    for place in places:
        writer.writerow({k: neutralise(v) for k, v in csv_row(place, excel).items()})
    return (("\ufeff" if excel else "") + buffer.getvalue()).encode("utf-8")


def places_geojson(places: Sequence[Place], url_for_place: Callable[[Place], str]) -> bytes:
    features: list[dict[str, Any]] = []
    for place in places:
        feature = place_feature(place, url_for_place(place))
        feature["properties"]["status"] = str(place.status)
        feature["properties"]["geocode_source"] = place.geocode_source
        feature["properties"]["geocode_precision"] = place.geocode_precision
        features.append(feature)
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=1).encode("utf-8")
