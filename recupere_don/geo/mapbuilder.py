"""Folium map builder: the Leaflet map shell, with every asset served by the app itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import folium
from markupsafe import Markup

# Centre of Chaudière-Appalaches; the page fits the markers once they load.
REGION_CENTRE = (46.45, -70.85)
REGION_ZOOM = 8

_SCRIPT_TAG = re.compile(r"<script>")


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


def _render(folium_map: folium.Map, nonce: str) -> MapFragments:
    figure: Any = folium_map.get_root()
    figure.render()
    html = figure.html.render()
    # Folium writes inline scripts; each gets the request's nonce so the CSP can stay strict.
    script = _SCRIPT_TAG.sub(
        f'<script nonce="{nonce}">', f"<script>{figure.script.render()}</script>"
    )
    # Safe: folium generated this from numbers and our configuration, never from user text.
    return MapFragments(
        html=Markup(html),  # noqa: S704
        script=Markup(script),  # noqa: S704
        name=folium_map.get_name(),
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
    folium.TileLayer(
        tiles=tiles.url, attr=tiles.attribution, name="tiles", max_zoom=19, control=False
    ).add_to(folium_map)
    return folium_map


def region_map(tiles: TileSettings, nonce: str) -> MapFragments:
    """The citizen map: markers and outlines are added by static/map.js from the API."""
    return _render(base_map(tiles, REGION_CENTRE, REGION_ZOOM, min_zoom=6), nonce)


def place_map(tiles: TileSettings, nonce: str, lat: float, lon: float) -> MapFragments:
    """A small map centred on one place, with its marker.

    No folium tooltip or popup: folium pastes their text into a JS template literal unescaped,
    and place names are typed by staff and imports.
    """
    folium_map = base_map(tiles, (lat, lon), 15)
    folium.Marker((lat, lon)).add_to(folium_map)
    return _render(folium_map, nonce)
