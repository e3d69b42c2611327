"""'Localiser' in the editor: turn a typed address into a point through the geocoding chain."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import GeocodePrecision, GeocodeSource, Municipality


@dataclass(frozen=True)
class Located:
    latitude: float
    longitude: float
    source: str
    precision: str


def locate(address: str, municipality: Municipality | None, postal_code: str) -> Located | None:
    """The best point for the address, or None when even the municipality is unknown."""
    # Until the geocoding chain is available, the municipality's own point is the answer.
    if municipality is None:
        return None
    return Located(
        latitude=municipality.latitude,
        longitude=municipality.longitude,
        source=GeocodeSource.MUNICIPALITY,
        precision=GeocodePrecision.MUNICIPALITY,
    )
