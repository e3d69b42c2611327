"""Serve Leaflet and MarkerCluster from their PyPI XStatic packages: no third-party CDN."""

from __future__ import annotations

import gzip
import mimetypes
from functools import lru_cache
from pathlib import Path

import xstatic.pkg.leaflet as leaflet
import xstatic.pkg.leaflet_markercluster as markercluster
from flask import Blueprint, Response, abort, request, send_from_directory
from werkzeug.security import safe_join

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
    if filename.endswith((".js", ".css")) and request.accept_encodings.quality("gzip") > 0:
        compressed = _gzipped(package, filename)
        if compressed is not None:
            response = Response(compressed, mimetype=mimetypes.guess_type(filename)[0])
            response.headers["Content-Encoding"] = "gzip"
            response.vary.add("Accept-Encoding")
            response.cache_control.public = True
            response.cache_control.max_age = ONE_YEAR
            return response
    return send_from_directory(PACKAGES[package], filename, max_age=ONE_YEAR)


@lru_cache(maxsize=32)
def _gzipped(package: str, filename: str) -> bytes | None:
    """Leaflet's script is 147 kB, 42 kB gzipped: compress each file once per process."""
    path = safe_join(str(PACKAGES[package]), filename)
    if path is None or not Path(path).is_file():
        return None
    return gzip.compress(Path(path).read_bytes(), compresslevel=9)
