"""Folium map builder: the Leaflet map shell, with every asset served by the app itself.

branca compiles every element's rendered script again as Jinja source, so only numbers and
names we generate may reach folium: text (even configuration) goes through js_string first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template
from markupsafe import Markup

from ..bytes_cache import BytesBoundedCache

# Centre of Chaudière-Appalaches; the page fits the markers once they load.
REGION_CENTRE = (46.45, -70.85)
REGION_ZOOM = 8

_SCRIPT_TAG = re.compile(r"<script>")
# Braces make Jinja delimiters; <, > and & could close or confuse an inline <script>.
_INERT = {ord(c): f"\\u{ord(c):04x}" for c in "{}<>&\u2028\u2029"}


def js_string(text: str) -> str:
    """A JavaScript string literal that stays inert as Jinja source and inside <script>."""
    return json.dumps(text, ensure_ascii=False).translate(_INERT)


@dataclass(frozen=True)
class MapFragments:
    """What a page needs to place a folium map: the container, its script and its JS name."""

    html: Markup
    script: Markup
    name: str


@dataclass(frozen=True)
class TileSettings:
    url: str
    attribution: str


Rendered = tuple[str, str, str]
# Each place page has its own map (~1 KB of text): kept by bytes, so a worker serving every
# place of the province stays flat while the most visited maps are not rendered again.
RENDERED_BYTES = 512 * 1024


def rendered_size(parts: Rendered) -> int:
    """Bytes a rendered map holds: its ASCII text and each string's header."""
    return sum(len(part) + 64 for part in parts)


_RENDERED: BytesBoundedCache[Rendered] = BytesBoundedCache(RENDERED_BYTES, rendered_size)


def _rendered(
    tiles: TileSettings, location: tuple[float, float], zoom: int, marker: bool, min_zoom: int
) -> Rendered:
    """folium's HTML, script and map name, built once per map: rendering costs ~20 ms."""
    return _RENDERED.get_or_build(
        (tiles, location, zoom, marker, min_zoom),
        lambda: _render(tiles, location, zoom, marker, min_zoom),
    )


def _render(
    tiles: TileSettings, location: tuple[float, float], zoom: int, marker: bool, min_zoom: int
) -> Rendered:
    options = {"min_zoom": min_zoom} if min_zoom else {}
    folium_map = base_map(tiles, location, zoom, **options)
    if marker:
        folium.Marker(location).add_to(folium_map)
    return _parts(folium_map)


def _parts(folium_map: folium.Map) -> Rendered:
    figure: Any = folium_map.get_root()
    figure.render()
    return figure.html.render(), figure.script.render(), folium_map.get_name()


def render(folium_map: folium.Map, nonce: str) -> MapFragments:
    """The fragments of a map built for one page (not cached: its data changes)."""
    return _fragments(_parts(folium_map), nonce)


def _fragments(rendered: Rendered, nonce: str) -> MapFragments:
    html, script, name = rendered
    # Folium writes inline scripts; each gets the request's nonce so the CSP can stay strict.
    script = _SCRIPT_TAG.sub(f'<script nonce="{nonce}">', f"<script>{script}</script>")
    # Safe: folium generated this from numbers and our configuration, never from user text.
    return MapFragments(
        html=Markup(html),  # noqa: S704
        script=Markup(script),  # noqa: S704
        name=name,
    )


def base_map(
    tiles: TileSettings, location: tuple[float, float], zoom: int, **options: Any
) -> folium.Map:
    """A folium map with our tile layer and no asset links of its own."""
    folium_map = folium.Map(
        location=location,
        zoom_start=zoom,
        tiles=None,
        control_scale=True,
        width="100%",
        height="100%",
        **options,
    )
    # The page (or the exported file) carries Leaflet itself: folium must add no CDN link.
    folium_map.default_js = []
    folium_map.default_css = []
    folium_map.add_child(_TileLayer(tiles))
    return folium_map


class _TileLayer(MacroElement):
    """Our tile layer: folium's would hand TILE_URL and TILE_ATTRIBUTION to Jinja as source."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.tileLayer(
                {{ this.url_js }}, { maxZoom: 19, attribution: {{ this.attribution_js }} }
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: TileSettings) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "TileLayer"
        self.url_js = js_string(tiles.url)
        self.attribution_js = js_string(tiles.attribution)


def region_map(tiles: TileSettings, nonce: str) -> MapFragments:
    """The citizen map: markers and outlines are added by static/map.js from the API."""
    return _fragments(_rendered(tiles, REGION_CENTRE, REGION_ZOOM, False, 6), nonce)


def place_map(tiles: TileSettings, nonce: str, lat: float, lon: float) -> MapFragments:
    """A small map centred on one place, with its marker.

    No folium tooltip or popup: folium pastes their text into a JS template literal unescaped,
    and place names are typed by staff and imports.
    """
    return _fragments(_rendered(tiles, (lat, lon), 15, True, 0), nonce)
