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
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from markupsafe import Markup

from ..api.cache import AnswerCache, EncodedAnswer
from ..geo.mapbuilder import REGION_CENTRE, REGION_ZOOM, TileSettings, base_map
from ..vendor import PACKAGES

COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
DEFAULT_COLOUR = "#4f5b55"
ISLAND_ID = "recupere-don-places"
# Each entry is a whole file (8 MB at 5,000 places before the JSON island): keep few.
CACHE_CAPACITY = 16
_CACHE_KEY = "recupere_don.export_cache"
# Inside <script type="application/json">: nothing may close the element or open a comment.
_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


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
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
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
            {**asdict(item), "colour": item.colour if COLOUR.match(item.colour) else DEFAULT_COLOUR}
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
    app = app or current_app
    found: AnswerCache | None = app.extensions.get(_CACHE_KEY)
    if found is None:
        found = app.extensions.setdefault(_CACHE_KEY, AnswerCache(CACHE_CAPACITY))
    return found


def cached_file(etag: str, build: Callable[[], bytes]) -> EncodedAnswer:
    """The file's bytes for this ETag, built by build() on a miss."""
    store = export_cache()
    answer = store.get(etag)
    if answer is None:
        answer = store.put(etag, build())
    return answer
