"""Domain operations on MRCs: the cached territory index and the MRC outlines as GeoJSON."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from . import dataversion
from .extensions import db
from .geo.territory import TerritoryIndex
from .models import Mrc
from .versioned_cache import forget, versioned


def all_mrcs() -> list[Mrc]:
    return list(db.session.execute(select(Mrc).order_by(Mrc.name)).scalars())


def territory_index() -> TerritoryIndex:
    """Built on first use per process, rebuilt when an outline changed in any process."""
    return versioned(
        "territory_index",
        dataversion.current(dataversion.TERRITORY),
        lambda: TerritoryIndex.from_geojson({m.slug: m.outline for m in all_mrcs()}),
    )


def forget_territory_index() -> None:
    forget("territory_index")


def mrc_feature(mrc: Mrc) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": mrc.slug,
        "geometry": mrc.outline,
        "properties": {
            "slug": mrc.slug,
            "name": mrc.name,
            "codes": {"sda": mrc.code_sda, "mamh": mrc.code_mamh, "cduid": mrc.cduid},
            "former_name": mrc.former_name,
            "outline_source": str(mrc.outline_source),
        },
    }


def mrc_collection(lat: float | None = None, lon: float | None = None) -> dict[str, Any]:
    """All outlines, or only the MRC containing (lat, lon): empty outside the region."""
    mrcs = all_mrcs()
    if lat is not None and lon is not None:
        slug = territory_index().mrc_at(lon, lat)
        mrcs = [m for m in mrcs if m.slug == slug]
    return {"type": "FeatureCollection", "features": [mrc_feature(m) for m in mrcs]}
