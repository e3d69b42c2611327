"""'Localiser' in the editor: turn a typed address into a point through the geocoding chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..extensions import db
from ..geocoder import geocode_address
from ..models import Municipality


@dataclass(frozen=True)
class Located:
    latitude: float
    longitude: float
    source: str
    precision: str
    # What the chain noticed (postal code far from the town, point outside the region…).
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class NotLocated:
    reason: str | None


def locate(
    address: str, municipality: Municipality | None, postal_code: str
) -> Located | NotLocated:
    """The best point for the address: Nominatim when on, else postal code, else the town."""
    result = geocode_address(
        street=address,
        municipality=municipality.name if municipality else "",
        postal_code=postal_code,
    )
    # The chain put any new remote answer in the cache table: keep it for next time.
    db.session.commit()
    if result.lat is None or result.lon is None or result.source is None:
        return NotLocated(result.refusal)
    return Located(
        latitude=result.lat,
        longitude=result.lon,
        source=str(result.source),
        precision=str(result.precision or ""),
        notes=[w.message for w in result.warnings] + list(result.notes),
    )
