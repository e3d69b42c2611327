"""The standalone map: one HTML file with Leaflet, MarkerCluster and the places inside it.

Opened from a disk with no network it still shows every marker (only tiles need the network).
folium builds only the base map, from numbers and configuration: branca compiles rendered output
again as Jinja source, so place data must never go through it. The places travel as a JSON island
(<script type="application/json">) that static/export-popup.js turns into markers and popups
with the DOM. The file is built once per data version and set of filters, then served as bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from flask import Flask, url_for
from markupsafe import Markup
from sqlalchemy import select

from .. import places
from ..api.cache import AnswerCache, EncodedAnswer
from ..extensions import db
from ..geo.mapbuilder import REGION_CENTRE, REGION_ZOOM, TileSettings, base_map
from ..i18n import label
from ..models import Category, PlaceType
from ..placeindex import PlaceRecord
from ..places import PlaceFilters
from ..vendor import PACKAGES
from ..versioned_cache import per_process

COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
DEFAULT_COLOUR = "#4f5b55"
ISLAND_ID = "recupere-don-places"
# Each entry is a whole file (8 MB at 5,000 places before the JSON island): keep few.
CACHE_CAPACITY = 16


def inline_safe(text: str) -> str:
    """Text that can sit inside an inline <script> or <style> without closing it early."""
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


@cache
def vendor_text(package: str, filename: str) -> str:
    return inline_safe((PACKAGES[package] / filename).read_text(encoding="utf-8"))


def inlined_assets() -> dict[str, Markup]:
    """Leaflet and MarkerCluster, read from their XStatic packages, ready to inline."""
    # Safe: files of pinned PyPI packages, with any closing tag neutralised by inline_safe.
    return {
        "leaflet_css": Markup(vendor_text("leaflet", "leaflet.css")),  # noqa: S704
        "leaflet_js": Markup(vendor_text("leaflet", "leaflet.js")),  # noqa: S704
        "cluster_css": Markup(  # noqa: S704
            vendor_text("markercluster", "MarkerCluster.css")
            + vendor_text("markercluster", "MarkerCluster.Default.css")
        ),
        "cluster_js": Markup(vendor_text("markercluster", "leaflet.markercluster.js")),  # noqa: S704
    }


def json_island(value: Any) -> Markup:
    """JSON to sit inside <script type="application/json">, read back with JSON.parse."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # Inside <script type="application/json">: nothing may close the element or open a comment.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # Safe: JSON with every <, > and & escaped, so no tag can start inside it.
    return Markup(text)  # noqa: S704


@dataclass(frozen=True)
class ExportPlace:
    """What one marker shows; every text is shown with textContent."""

    name: str
    kind: str
    address: str
    phone: str
    takes: str
    url: str
    demo: bool
    latitude: float
    longitude: float
    colour: str


def _address(record: PlaceRecord) -> str:
    """As places.full_address, from the in-memory record."""
    text = ", ".join(p for p in (record.address, record.municipality or "") if p)
    return f"{text} {record.postal_code}".strip() if record.postal_code else text


def export_places(filters: PlaceFilters | None) -> list[ExportPlace]:
    """The places of a file, from the API's in-memory records (no query per place)."""
    hits = places.search_published(filters) if filters is not None else []
    categories = {c.code: label(c) for c in db.session.execute(select(Category)).scalars()}
    types = {t.code: t for t in db.session.execute(select(PlaceType)).scalars()}
    # Slugs are URL-safe, so one url_for gives every detail page's address.
    prefix, suffix = url_for("public.place_detail", slug="__slug__", _external=True).split(
        "__slug__"
    )
    items = []
    for hit in hits:
        record = hit.record
        if record.latitude is None or record.longitude is None:
            continue
        place_type = types.get(record.place_type)
        items.append(
            ExportPlace(
                name=record.name,
                kind=label(place_type) if place_type else record.place_type,
                address=_address(record),
                phone=record.phone,
                takes=", ".join(categories[c] for c in record.categories if c in categories),
                url=f"{prefix}{record.slug}{suffix}",
                demo=record.demo,
                latitude=record.latitude,
                longitude=record.longitude,
                colour=place_type.colour if place_type else DEFAULT_COLOUR,
            )
        )
    return items


@dataclass(frozen=True)
class ExportMap:
    html: Markup
    script: Markup
    data: Markup


def build_map(
    tiles: TileSettings, items: Sequence[ExportPlace], labels: dict[str, str]
) -> ExportMap:
    """The base map from folium, and the places and labels as JSON for export-popup.js."""
    folium_map = base_map(tiles, REGION_CENTRE, REGION_ZOOM)
    figure: Any = folium_map.get_root()
    figure.render()
    bounds = None
    if items:
        lats = [p.latitude for p in items]
        lons = [p.longitude for p in items]
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    data = {
        "map": folium_map.get_name(),
        "bounds": bounds,
        "labels": labels,
        "places": [
            {**vars(item), "colour": item.colour if COLOUR.match(item.colour) else DEFAULT_COLOUR}
            for item in items
        ],
    }
    # Safe: folium's output from numbers and configuration only (see geo/mapbuilder.py).
    return ExportMap(
        html=Markup(figure.html.render()),  # noqa: S704
        script=Markup(inline_safe(figure.script.render())),  # noqa: S704
        data=json_island(data),
    )


def file_name(mrcs: Sequence[str]) -> str:
    suffix = "-".join(mrcs[:3]) if mrcs else "chaudiere-appalaches"
    return f"recupere-don-carte-{suffix}.html"


def popup_script(static_folder: str) -> Markup:
    """The markers and popups builder (static/export-popup.js), inlined like the vendor files."""
    text = (Path(static_folder) / "export-popup.js").read_text(encoding="utf-8")
    return Markup(inline_safe(text))  # noqa: S704


# --- built once per data version -----------------------------------------------------------------


def file_etag(*parts: object) -> str:
    """The cache key and ETag of one file: whatever its bytes depend on, nothing else."""
    return hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()


def export_cache(app: Flask | None = None) -> AnswerCache:
    return per_process("export_cache", lambda: AnswerCache(CACHE_CAPACITY), app)


def cached_file(etag: str, build: Callable[[], bytes]) -> EncodedAnswer:
    """The file's bytes for this ETag, built by build() on a miss."""
    store = export_cache()
    answer = store.get(etag)
    if answer is None:
        answer = store.put(etag, build())
    return answer
