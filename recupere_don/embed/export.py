"""The standalone map: one HTML file built with folium, Leaflet and MarkerCluster inside it.

Opened from a disk with no network it still shows every marker (only tiles need the network).
Folium pastes popup and tooltip text into JavaScript template literals unescaped, so this module
gives place data to the page as JSON and builds popups with the DOM, never from HTML strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template
from markupsafe import Markup

from ..geo.mapbuilder import REGION_CENTRE, REGION_ZOOM, TileSettings, base_map
from ..vendor import PACKAGES

COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
DEFAULT_COLOUR = "#4f5b55"


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


def js_template_literal_safe(text: str) -> str:
    """HTML-escaped text that also cannot end or interpolate a JS template literal.

    For any text that must go through folium's popup or tooltip templates.
    """
    escaped = str(Markup.escape(text))
    return escaped.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


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


class DataPopup(MacroElement):
    """A popup whose content is built in the browser from JSON by window.recupereDonPopup."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindPopup(function () {
                return window.recupereDonPopup({{ this.data|tojson }});
            });
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "DataPopup"
        self.data = data


class ExposeLayers(MacroElement):
    """window.recupereDonExport = {map, cluster}: for people who script the file, and for tests."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            window.recupereDonExport = {
                map: {{ this.map_name }}, cluster: {{ this.cluster_name }}
            };
        {% endmacro %}
        """
    )

    def __init__(self, map_name: str, cluster_name: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "ExposeLayers"
        self.map_name = map_name
        self.cluster_name = cluster_name


@dataclass(frozen=True)
class ExportMap:
    html: Markup
    script: Markup


def build_map(tiles: TileSettings, items: Sequence[ExportPlace]) -> ExportMap:
    # The file carries Leaflet itself: base_map adds no CDN link (jQuery, Bootstrap…).
    folium_map = base_map(tiles, REGION_CENTRE, REGION_ZOOM)
    cluster = MarkerCluster(options={"showCoverageOnHover": False})  # type: ignore[no-untyped-call]
    cluster.default_js = []
    cluster.default_css = []
    cluster.add_to(folium_map)
    for item in items:
        colour = item.colour if COLOUR.match(item.colour) else DEFAULT_COLOUR
        marker = folium.Marker(
            (item.latitude, item.longitude),
            icon=folium.DivIcon(
                html=f'<span style="background:{colour}"></span>',
                icon_size=(22, 22),
                icon_anchor=(11, 11),
                class_name="place-marker",
            ),
            # Leaflet sets these as DOM properties, not HTML: safe for any name.
            title=item.name,
            alt=item.name,
        )
        marker.add_child(  # type: ignore[no-untyped-call]
            DataPopup(
                {
                    "name": item.name,
                    "kind": item.kind,
                    "address": item.address,
                    "phone": item.phone,
                    "takes": item.takes,
                    "url": item.url,
                    "demo": item.demo,
                }
            )
        )
        marker.add_to(cluster)
    if items:
        lats = [p.latitude for p in items]
        lons = [p.longitude for p in items]
        folium_map.fit_bounds(
            [[min(lats), min(lons)], [max(lats), max(lons)]], padding=(24, 24), max_zoom=13
        )
    folium_map.add_child(ExposeLayers(folium_map.get_name(), cluster.get_name()))
    figure: Any = folium_map.get_root()
    figure.render()
    # Safe: folium's output, where every place text went through tojson (JSON in a script).
    return ExportMap(
        html=Markup(figure.html.render()),  # noqa: S704
        script=Markup(inline_safe(figure.script.render())),  # noqa: S704
    )


def file_name(mrcs: Sequence[str]) -> str:
    suffix = "-".join(mrcs[:3]) if mrcs else "chaudiere-appalaches"
    return f"recupere-don-carte-{suffix}.html"


def popup_script(static_folder: str) -> Markup:
    """The DOM builder for popups (static/export-popup.js), inlined like the vendor files."""
    text = (Path(static_folder) / "export-popup.js").read_text(encoding="utf-8")
    return Markup(inline_safe(text))  # noqa: S704
