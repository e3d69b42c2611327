"""Serve Leaflet and MarkerCluster from their PyPI XStatic packages: no third-party CDN."""

from __future__ import annotations

from pathlib import Path

import xstatic.pkg.leaflet as leaflet
import xstatic.pkg.leaflet_markercluster as markercluster
from flask import Blueprint, Response, abort, send_from_directory

bp = Blueprint("vendor", __name__, url_prefix="/vendor")

PACKAGES: dict[str, Path] = {
    "leaflet": Path(leaflet.BASE_DIR),
    "markercluster": Path(markercluster.BASE_DIR),
}
VERSIONS: dict[str, str] = {
    "leaflet": leaflet.VERSION,
    "markercluster": markercluster.VERSION,
}
ONE_YEAR = 365 * 24 * 3600


@bp.app_context_processor
def inject_vendor_versions() -> dict[str, dict[str, str]]:
    return {"vendor_versions": VERSIONS}


@bp.route("/<package>/<version>/<path:filename>")
def asset(package: str, version: str, filename: str) -> Response:
    # The version is in the URL so that the files can be cached for a year.
    if package not in PACKAGES or version != VERSIONS[package]:
        abort(404)
    return send_from_directory(PACKAGES[package], filename, max_age=ONE_YEAR)
