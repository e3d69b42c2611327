"""The staff coverage map: MRC outlines shaded by their share of gaps, municipalities by distance.

The data reaches the page as one JSON text literal (js_string), parsed in the browser: folium
compiles scripts again as Jinja source, and its own tooltips paste text unescaped. Labels are set
with textContent, never as HTML.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

from .mapbuilder import (
    REGION_CENTRE,
    REGION_ZOOM,
    MapFragments,
    TileSettings,
    base_map,
    js_string,
    render,
)


@dataclass(frozen=True)
class TownPoint:
    latitude: float
    longitude: float
    colour: str
    label: str


@dataclass(frozen=True)
class MrcShape:
    outline: dict[str, Any]
    colour: str
    label: str


class _CoverageLayers(MacroElement):
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
          var data = JSON.parse({{ this.data_js }});
          function label(text) {
            var span = document.createElement("span");
            span.textContent = text;
            return span;
          }
          var shown = L.featureGroup().addTo(map);
          data.mrcs.forEach(function (mrc) {
            L.geoJSON(mrc.outline, {
              style: { color: "#3b4a42", weight: 1, fillColor: mrc.colour, fillOpacity: 0.5 }
            }).bindTooltip(label(mrc.label), { sticky: true }).addTo(shown);
          });
          data.towns.forEach(function (town) {
            L.circleMarker([town.lat, town.lon], {
              radius: 6, color: "#1c1c1c", weight: 1, fillColor: town.colour, fillOpacity: 1
            }).bindTooltip(label(town.label)).addTo(shown);
          });
          function fit() {
            map.invalidateSize();
            if (shown.getLayers().length) { map.fitBounds(shown.getBounds(), { padding: [8, 8] }); }
          }
          fit();
          // Printing lays the page out again at paper width: the map follows its box.
          window.addEventListener("beforeprint", fit);
          if (window.ResizeObserver) { new ResizeObserver(fit).observe(map.getContainer()); }
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "CoverageLayers"
        self.data_js = js_string(json.dumps(data, ensure_ascii=False))


def coverage_map(
    tiles: TileSettings, nonce: str, towns: Sequence[TownPoint], mrcs: Sequence[MrcShape]
) -> MapFragments:
    folium_map = base_map(tiles, REGION_CENTRE, REGION_ZOOM, min_zoom=6)
    data = {
        "towns": [
            {"lat": t.latitude, "lon": t.longitude, "colour": t.colour, "label": t.label}
            for t in towns
        ],
        "mrcs": [{"outline": m.outline, "colour": m.colour, "label": m.label} for m in mrcs],
    }
    folium_map.add_child(_CoverageLayers(data))
    return render(folium_map, nonce)
