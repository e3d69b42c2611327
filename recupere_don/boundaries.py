"""Official MRC boundaries: replace the derived outlines from a GeoJSON file, then re-check places.

Public API (stable; the CLI `boundaries import` calls it)
---------------------------------------------------------
import_boundaries(source, *, dry_run=False) -> BoundariesReport
    `source` is the GeoJSON's bytes or a binary stream: a FeatureCollection in WGS84 lon/lat
    (EPSG:4326), one feature per MRC, matched by code (census division, SDA or MAMH code) or by
    name. Invalid geometry is repaired; projected coordinates are refused. One transaction:
    either every matched outline is replaced, or nothing is.
BoundariesError
    The file cannot be used; `str(error)` says why and what to do, in French.
MAX_FILE_BYTES
    The largest file read (checked before parsing); the web form refuses larger uploads.

Every feature must be an object whose `properties` is an object and whose geometry is a Polygon
or MultiPolygon of finite numbers; a matched outline must be plausible for its MRC (near its
approximate outline in data/mrc_outlines.geojson, not far larger): otherwise nothing changes.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import shapely
from flask import current_app
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from .extensions import db
from .geo.geocoding import TerritoryCheck
from .geo.names import name_key
from .geo.territory import TerritoryIndex
from .geocoder import forget_geocoding_data
from .models import Mrc, Municipality, OutlineSource, Place

__all__ = ["MAX_FILE_BYTES", "BoundariesError", "BoundariesReport", "import_boundaries"]

# The whole province's MRCs, finely drawn, fit in a few MB; more is not an outline file.
MAX_FILE_BYTES = 20 * 1024 * 1024
# An official outline is within ±30 % of our approximate one; three times is another shape.
MAX_AREA_RATIO = 3.0
# How far (degrees) an outline may reach beyond the region's box: islands, the river's middle.
REGION_MARGIN_DEGREES = 0.5
# The approximate outlines are coarse (about 1:1,000,000): an official one must come this close.
OUTLINE_TOLERANCE_DEGREES = 0.05

# Property names that carry an MRC's code or name in the files we have met (SDA, StatCan, ours).
CODE_PROPERTIES = (
    "cduid",
    "mrc_code_sda",
    "mrc_code_mamh",
    "code_sda",
    "code_mamh",
    "mrs_co_mrc",
    "mrc_code",
    "code",
)
NAME_PROPERTIES = ("slug", "name", "mrc_name", "mrs_nm_mrc", "nom", "nom_mrc", "cdname")
_WGS84 = re.compile(r"(EPSG:{1,2}4326|CRS84|WGS ?84)$", re.IGNORECASE)


class BoundariesError(ValueError):
    """The boundaries file cannot be used; the message says what to do, in French."""


@dataclass
class BoundariesReport:
    matched: dict[str, str] = field(default_factory=dict)  # slug → feature label
    repaired: list[str] = field(default_factory=list)
    ignored_features: list[str] = field(default_factory=list)
    missing_mrcs: list[str] = field(default_factory=list)
    changed_mrc: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    now_outside: list[str] = field(default_factory=list)
    disagreements: list[tuple[str, str, str | None]] = field(default_factory=list)
    municipalities_outside_own_mrc: list[tuple[str, str, str | None]] = field(default_factory=list)
    dry_run: bool = False
    # Names for the summary: staff read « Lévis », not the slug `levis`.
    mrc_names: dict[str, str] = field(default_factory=dict)
    place_names: dict[str, str] = field(default_factory=dict)

    def _mrc(self, slug: str | None, none: str) -> str:
        return self.mrc_names.get(slug, slug) if slug else none

    def _place(self, slug: str) -> str:
        return self.place_names.get(slug, slug)

    def summary_lines(self) -> list[str]:
        matched = sorted(self._mrc(slug, "") for slug in self.matched)
        lines = [
            f"Contours officiels {'lus (simulation : rien écrit)' if self.dry_run else 'importés'}"
            f" pour {len(self.matched)} MRC : {', '.join(matched)}."
        ]
        if self.repaired:
            lines.append(f"Géométries réparées : {', '.join(self.repaired)}.")
        if self.ignored_features:
            lines.append(
                f"Entités ignorées (hors région ou sans code reconnu) : "
                f"{len(self.ignored_features)}."
            )
        if self.missing_mrcs:
            lines.append(
                "MRC sans contour dans le fichier (inchangées) : "
                f"{', '.join(self._mrc(slug, '') for slug in self.missing_mrcs)}."
            )
        for slug, old, new in self.changed_mrc:
            lines.append(
                f"  Lieu « {self._place(slug)} » : MRC {self._mrc(old, '—')} → "
                f"{self._mrc(new, 'hors région')}."
            )
        for slug in self.now_outside:
            lines.append(
                f"  Lieu « {self._place(slug)} » : maintenant hors de la région, à vérifier."
            )
        for slug, expected, found in self.disagreements:
            lines.append(
                f"  Lieu « {self._place(slug)} » : sa municipalité est dans "
                f"{self._mrc(expected, '—')}, son point dans {self._mrc(found, 'aucune MRC')} ; "
                "à vérifier."
            )
        for name, expected, found in self.municipalities_outside_own_mrc:
            lines.append(
                f"  Municipalité {name} ({self._mrc(expected, '—')}) : son point tombe dans "
                f"{self._mrc(found, 'aucune MRC')}."
            )
        if not (self.changed_mrc or self.now_outside or self.disagreements):
            lines.append("Aucun lieu n'a changé de MRC.")
        return lines


def _refuse_constant(name: str) -> float:
    raise BoundariesError(
        f"Valeur « {name} » dans le fichier : les coordonnées doivent être des nombres. "
        "Corrigez ou réexportez le fichier."
    )


def _load(source: bytes | IO[bytes]) -> dict[str, Any]:
    raw = source if isinstance(source, bytes) else source.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise BoundariesError(
            f"Fichier trop gros ({MAX_FILE_BYTES // (1024 * 1024)} Mo au plus) : ne gardez que "
            "les MRC de Chaudière-Appalaches ou simplifiez les contours (QGIS, mapshaper), puis "
            "recommencez."
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BoundariesError(
            f"Ce n'est pas un fichier GeoJSON lisible ({error}). Exportez les contours en "
            "GeoJSON, encodé en UTF-8."
        ) from None
    except RecursionError:
        # The parser gives up on thousands of nested lists long before the stack does.
        raise BoundariesError(
            "Fichier imbriqué trop profondément pour être un GeoJSON de contours : "
            "réexportez-le en GeoJSON."
        ) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise BoundariesError(
            "Le fichier doit être une FeatureCollection GeoJSON (une entité par MRC)."
        )
    if not isinstance(data.get("features"), list):
        raise BoundariesError(
            "La FeatureCollection n'a pas de liste « features » : une entité par MRC."
        )
    crs = data.get("crs")
    if isinstance(crs, dict):
        crs_name = str((crs.get("properties") or {}).get("name", ""))
        if crs_name and not _WGS84.search(crs_name):
            raise BoundariesError(
                f"Coordonnées projetées ({crs_name}) : reprojetez le fichier en WGS84 "
                "longitude/latitude (EPSG:4326), par exemple avec QGIS ou "
                "« ogr2ogr -t_srs EPSG:4326 », puis recommencez."
            )
    return data


def _check_rings(rings: Any, where: str) -> None:
    """A Polygon's coordinates: rings of at least four [lon, lat] positions of finite numbers."""
    if not isinstance(rings, list) or not rings:
        raise BoundariesError(f"{where} : un polygone doit être une liste d'anneaux.")
    for ring in rings:
        if not isinstance(ring, list) or len(ring) < 4:
            raise BoundariesError(
                f"{where} : chaque anneau d'un polygone est une liste d'au moins quatre points."
            )
        for position in ring:
            if not (
                isinstance(position, list)
                and 2 <= len(position) <= 3
                and all(type(value) in (int, float) and math.isfinite(value) for value in position)
            ):
                raise BoundariesError(
                    f"{where} : point {str(position)[:40]} illisible ; chaque point est "
                    "[longitude, latitude] en nombres."
                )


def _check_feature(feature: Any, number: int) -> dict[str, Any]:
    """The feature's properties, once its shape is known to be a Feature of (multi)polygons."""
    where = f"Entité {number}"
    if not isinstance(feature, dict):
        raise BoundariesError(f"{where} : ce n'est pas un objet GeoJSON « Feature ».")
    properties = feature.get("properties")
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise BoundariesError(
            f"{where} : « properties » doit être un objet (nom : valeur), pas une liste ni "
            "une valeur seule."
        )
    where = f"Entité {number} « {_label(properties)} »"
    geometry = feature.get("geometry")
    if geometry is None:
        return properties
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if kind == "Polygon":
        _check_rings(coordinates, where)
    elif kind == "MultiPolygon":
        if not isinstance(coordinates, list) or not coordinates:
            raise BoundariesError(f"{where} : un MultiPolygon doit être une liste de polygones.")
        for polygon in coordinates:
            _check_rings(polygon, where)
    else:
        raise BoundariesError(
            f"{where} : géométrie « {str(kind)[:40]} » ; un contour de MRC est un Polygon ou un "
            "MultiPolygon."
        )
    return properties


_APPROXIMATE: dict[str, tuple[dict[str, BaseGeometry], BaseGeometry]] = {}


def _approximate_outlines() -> tuple[dict[str, BaseGeometry], BaseGeometry]:
    """Our approximate outlines (data/mrc_outlines.geojson) and the region they make."""
    path = Path(current_app.config["DATA_DIR"]) / "mrc_outlines.geojson"
    key = str(path)
    if key not in _APPROXIMATE:
        collection = json.loads(path.read_text(encoding="utf-8"))
        by_slug = {f["properties"]["slug"]: shape(f["geometry"]) for f in collection["features"]}
        _APPROXIMATE[key] = (by_slug, shapely.union_all(list(by_slug.values())))
    return _APPROXIMATE[key]


def _check_plausible(outline: BaseGeometry, mrc: Mrc, where: str) -> None:
    """Refuse an outline that cannot be this MRC's: elsewhere, or far larger than it."""
    approximate, region = _approximate_outlines()
    west, south, east, north = region.bounds
    expected = approximate.get(mrc.slug)
    if not outline.intersects(region):
        lon, lat = outline.representative_point().coords[0]
        raise BoundariesError(
            f"{where} : le contour de {mrc.name} est hors de Chaudière-Appalaches (vers "
            f"{lat:.2f}, {lon:.2f}) : vérifiez que c'est le bon fichier et que ses coordonnées "
            "sont en WGS84."
        )
    o_west, o_south, o_east, o_north = outline.bounds
    margin = REGION_MARGIN_DEGREES
    if (
        o_west < west - margin
        or o_east > east + margin
        or o_south < south - margin
        or o_north > north + margin
    ):
        raise BoundariesError(
            f"{where} : le contour de {mrc.name} s'étend loin hors de Chaudière-Appalaches "
            f"(de {o_south:.1f}, {o_west:.1f} à {o_north:.1f}, {o_east:.1f}) : ce n'est pas le "
            "contour de cette MRC."
        )
    if expected is None:
        return
    ratio = outline.area / expected.area
    if ratio > MAX_AREA_RATIO:
        raise BoundariesError(
            f"{where} : le contour de {mrc.name} couvre {ratio:.0f} fois sa surface connue : "
            "ce n'est pas le contour de cette MRC."
        )
    if not outline.intersects(expected.buffer(OUTLINE_TOLERANCE_DEGREES)):
        raise BoundariesError(
            f"{where} : le contour ne recouvre pas la MRC {mrc.name} : le code ou le nom de "
            "l'entité désigne-t-il la bonne MRC ?"
        )


def _check_lonlat(geometry: BaseGeometry, label: str) -> None:
    west, south, east, north = geometry.bounds
    if not (
        -180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90
    ):
        raise BoundariesError(
            f"« {label} » : coordonnées hors des bornes longitude/latitude ({west:.0f}, "
            f"{south:.0f}) : le fichier est en coordonnées projetées (mètres). Reprojetez-le en "
            "WGS84 (EPSG:4326) puis recommencez."
        )
    if 40 <= west <= 50 and -80 <= south <= -60:
        raise BoundariesError(
            f"« {label} » : latitude et longitude semblent inversées. GeoJSON écrit "
            "[longitude, latitude]."
        )


def _polygonal(geometry: BaseGeometry) -> tuple[BaseGeometry, bool]:
    """Valid (Multi)Polygon from whatever came in, and whether it needed repair."""
    repaired = not geometry.is_valid
    if repaired:
        geometry = shapely.make_valid(geometry)
    parts = [g for g in shapely.get_parts(geometry) if g.geom_type in {"Polygon", "MultiPolygon"}]
    if not parts:
        return shapely.Polygon(), repaired
    merged = shapely.union_all(parts)
    return merged, repaired or len(parts) != len(shapely.get_parts(geometry))


def _scalars(properties: dict[str, Any]) -> dict[str, Any]:
    """Properties that can name or code an MRC, keys lowered (nested values never do)."""
    return {
        str(k).lower(): v
        for k, v in properties.items()
        if isinstance(v, (str, int, float)) and not isinstance(v, bool)
    }


def _label(properties: dict[str, Any]) -> str:
    lowered = _scalars(properties)
    for key in NAME_PROPERTIES:
        if lowered.get(key):
            return str(lowered[key])[:100]
    return "(sans nom)"


def _match(properties: dict[str, Any], mrcs: list[Mrc]) -> Mrc | None:
    lowered = _scalars(properties)
    codes = {str(lowered[k]).strip() for k in CODE_PROPERTIES if lowered.get(k) not in (None, "")}
    if codes:
        by_cduid = [m for m in mrcs if m.cduid in codes]
        if by_cduid:
            return by_cduid[0]
        by_code = [m for m in mrcs if {m.code_sda, m.code_mamh} & codes]
        if len(by_code) == 1:
            return by_code[0]
    names = {name_key(str(lowered[k])) for k in NAME_PROPERTIES if lowered.get(k)}
    for mrc in mrcs:
        known = {name_key(mrc.name), name_key(mrc.slug)}
        if mrc.former_name:
            known.add(name_key(mrc.former_name))
        # 'MRC de Bellechasse', 'La MRC des Etchemins': drop the prefix.
        stripped = {re.sub(r"^(la )?mrc (de la|de l|des|du|de|d)?\s*", "", n) for n in names}
        if known & (names | stripped):
            return mrc
    return None


def import_boundaries(source: bytes | IO[bytes], *, dry_run: bool = False) -> BoundariesReport:
    """Replace the matched MRCs' outlines with the file's, then re-check every place."""
    data = _load(source)
    mrcs = list(db.session.execute(select(Mrc).order_by(Mrc.slug)).scalars())
    report = BoundariesReport(dry_run=dry_run)
    outlines: dict[str, BaseGeometry] = {}
    origins: dict[str, list[str]] = {}
    for number, feature in enumerate(data["features"], start=1):
        properties = _check_feature(feature, number)
        label = _label(properties)
        if not feature.get("geometry"):
            report.ignored_features.append(f"{number}: {label} (sans géométrie)")
            continue
        mrc = _match(properties, mrcs)
        if mrc is None:
            report.ignored_features.append(f"{number}: {label}")
            continue
        try:
            geometry = shape(feature["geometry"])
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise BoundariesError(
                f"Entité {number} « {label} » : géométrie illisible ({error})."
            ) from None
        _check_lonlat(geometry, label)
        geometry, repaired = _polygonal(geometry)
        if geometry.is_empty:
            raise BoundariesError(
                f"Entité {number} « {label} » : aucune surface (ni Polygon ni MultiPolygon)."
            )
        if repaired:
            report.repaired.append(mrc.slug)
        if mrc.slug in outlines:
            geometry = shapely.union_all([outlines[mrc.slug], geometry])
        outlines[mrc.slug] = geometry
        origins.setdefault(mrc.slug, []).append(f"{number} « {label} »")
        report.matched[mrc.slug] = label
    if not outlines:
        raise BoundariesError(
            "Aucune entité du fichier ne correspond à une MRC de Chaudière-Appalaches (codes "
            "de division de recensement 24xx, codes SDA/MAMH ou noms)."
        )
    for mrc in mrcs:
        if mrc.slug in outlines:
            where = f"Entité {' + '.join(origins[mrc.slug])}"
            _check_plausible(outlines[mrc.slug], mrc, where)
    report.missing_mrcs = [m.slug for m in mrcs if m.slug not in outlines]

    try:
        for mrc in mrcs:
            if mrc.slug in outlines:
                mrc.outline = mapping(outlines[mrc.slug])
                mrc.outline_source = OutlineSource.OFFICIAL
        _recheck(report, {m.slug: m for m in mrcs})
        if dry_run:
            db.session.rollback()
        else:
            db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    forget_geocoding_data()
    return report


def _recheck(report: BoundariesReport, mrcs: dict[str, Mrc]) -> None:
    index = TerritoryIndex.from_geojson({slug: m.outline for slug, m in mrcs.items()})
    check = TerritoryCheck(index)
    report.mrc_names = {slug: m.name for slug, m in mrcs.items()}
    for municipality in db.session.execute(
        select(Municipality).options(joinedload(Municipality.mrc)).order_by(Municipality.name)
    ).scalars():
        found = check.mrc_of_point(municipality.latitude, municipality.longitude)
        if found != municipality.mrc.slug:
            report.municipalities_outside_own_mrc.append(
                (municipality.name, municipality.mrc.slug, found)
            )
    places = db.session.execute(
        select(Place)
        .options(joinedload(Place.municipality).joinedload(Municipality.mrc), joinedload(Place.mrc))
        .where(Place.latitude.is_not(None), Place.longitude.is_not(None))
        .order_by(Place.slug)
    ).scalars()
    for place in places:
        assert place.latitude is not None
        assert place.longitude is not None
        found = check.mrc_of_point(place.latitude, place.longitude)
        current = place.mrc.slug if place.mrc else None
        report.place_names[place.slug] = place.name
        if place.municipality is not None:
            # The MRC follows the municipality; the outline only cross-checks the point.
            expected = place.municipality.mrc.slug
            if found != expected:
                report.disagreements.append((place.slug, expected, found))
            continue
        if found != current:
            report.changed_mrc.append((place.slug, current, found))
            place.mrc = mrcs.get(found) if found else None
            if found is None:
                report.now_outside.append(place.slug)
