"""Exports for staff: CSV that opens in Excel in French, and GeoJSON, for any filter."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..imports import COLUMNS as IMPORT_COLUMNS
from ..models import Place
from ..places import place_feature

# The import's columns first, so an export can be corrected and imported again.
CSV_COLUMNS = (
    *IMPORT_COLUMNS,
    "status",
    "mrc",
    "latitude",
    "longitude",
    "geocode_source",
    "geocode_precision",
    "slug",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|")
_NUMBER = re.compile(r"^-?\d+(,\d+)?$")


def neutralise(value: str) -> str:
    """Prefix a would-be formula with an apostrophe so that Excel shows it as text."""
    if value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def _decimal(value: float | None) -> str:
    # Excel in French reads 46,81 as a number and 46.81 as text.
    return "" if value is None else f"{value:.6f}".replace(".", ",")


def csv_row(place: Place) -> dict[str, str]:
    actions = [p.action_code for p in place.propositions if p.categories]
    return {
        "name": place.name,
        "address": place.address,
        "municipality": place.municipality.name if place.municipality else "",
        "postal_code": place.postal_code,
        "categories": ";".join(place.category_codes),
        "actions": ";".join(actions),
        "place_type": place.place_type_code,
        "phone": place.phone,
        "website": place.website,
        "email": place.email,
        "opening_hours": place.opening_hours,
        "description": place.description_fr,
        "status": str(place.status),
        "mrc": place.mrc.slug if place.mrc else "",
        "latitude": _decimal(place.latitude),
        "longitude": _decimal(place.longitude),
        "geocode_source": str(place.geocode_source or ""),
        "geocode_precision": str(place.geocode_precision or ""),
        "slug": place.slug,
    }


def places_csv(places: Sequence[Place]) -> bytes:
    """UTF-8 with a byte-order mark and `;` between cells: what Excel (fr-CA) opens cleanly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for place in places:
        writer.writerow({k: neutralise(v) for k, v in csv_row(place).items()})
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


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
