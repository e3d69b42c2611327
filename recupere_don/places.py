"""Domain operations on places, shared by the public views, the API, the CLI and the import."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import current_app, url_for
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from . import dataversion, item_lookup, placeindex
from .extensions import db
from .geo.names import name_key
from .hours import QUEBEC
from .i18n import label
from .models import (
    Action,
    Category,
    GeocodePrecision,
    GeocodeSource,
    Mrc,
    Municipality,
    Place,
    PlaceStatus,
    Proposition,
)
from .mrcdata import territory_index
from .versioned_cache import versioned

_TAXONOMY_KEY = "recupere_don.taxonomy_codes"
DEMO_SOURCE = "Démonstration : données fictives"


@dataclass(frozen=True)
class PlaceFilters:
    mrcs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    query: str = ""
    near: tuple[float, float] | None = None  # (lat, lon)
    radius_km: float | None = None
    open_now: bool = False
    at: datetime | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    limit: int | None = None
    lang: str = "fr"
    fields: tuple[str, ...] = ()  # properties to keep; empty keeps them all


@dataclass
class Taxonomy:
    """The valid codes of MRCs, categories and actions: what filters are checked against."""

    mrcs: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> Taxonomy:
        """Codes never change once created, so one process reads them once."""
        cached: Taxonomy | None = current_app.extensions.get(_TAXONOMY_KEY)
        if cached is None or not (cached.mrcs and cached.categories and cached.actions):
            cached = current_app.extensions[_TAXONOMY_KEY] = cls.read()
        return cached

    @classmethod
    def read(cls) -> Taxonomy:
        return cls(
            mrcs=list(db.session.execute(select(Mrc.slug).order_by(Mrc.name)).scalars()),
            categories=list(
                db.session.execute(select(Category.code).order_by(Category.sort_order)).scalars()
            ),
            actions=list(
                db.session.execute(select(Action.code).order_by(Action.sort_order)).scalars()
            ),
        )


def published_index() -> placeindex.PlaceIndex:
    """Every published place, indexed for searches, rebuilt only when the data changed."""
    return versioned(
        "published_index",
        data_fingerprint(),
        lambda: placeindex.PlaceIndex(placeindex.load_records()),
    )


def published_records() -> list[placeindex.PlaceRecord]:
    """Every published place as a plain record."""
    return published_index().records


def query_meaning(filters: PlaceFilters) -> item_lookup.QueryMeaning | None:
    """What the words mean (None without words); a search that means nothing is logged.

    Cheap: the meaning is cached per data version and the log counts one row per text, at
    most once per request.
    """
    if not filters.query:
        return None
    return item_lookup.meaning_of_search(filters.query)


def _meant_items(codes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The items the words mean, with their category (items no place takes left out)."""
    catalogue = item_lookup.current_catalogue()
    return tuple(
        (code, item.category)
        for code in codes
        if (item := catalogue.item(code)) is not None and item.category is not None
    )


def wording(lang: str) -> placeindex.Wording:
    """Names of actions, categories and items in `lang`, read once per taxonomy version."""
    lang = "en" if lang == "en" else "fr"
    return versioned(
        f"wording_{lang}", dataversion.current(dataversion.TAXONOMY), lambda: _wording(lang)
    )


def item_names(codes: list[str], lang: str) -> str:
    """« Matelas, Sommier »: items by their names in `lang`, in the order given."""
    names = wording(lang).items
    return ", ".join(names.get(code, code) for code in codes)


def _wording(lang: str) -> placeindex.Wording:
    return placeindex.Wording(
        lang=lang,
        actions={a.code: label(a, lang) for a in db.session.execute(select(Action)).scalars()},
        categories={c.code: label(c, lang) for c in db.session.execute(select(Category)).scalars()},
        items={item.code: item.label(lang) for item in item_lookup.current_catalogue()},
    )


def search_published(filters: PlaceFilters) -> list[placeindex.Hit]:
    """What a citizen's search finds among published places, nearest first with `near`."""
    return _search(_criteria(filters))


def _search(criteria: placeindex.Criteria | None) -> list[placeindex.Hit]:
    if criteria is None:
        return []
    return placeindex.search(published_index(), criteria, territory_index().mrc_at)


def _criteria(filters: PlaceFilters) -> placeindex.Criteria | None:
    """The search the filters ask for; None when the words name nothing a place could answer.

    Words naming only an item reuse places do not take ('pneus') find no place: the answer
    gives the item's guidance instead.
    """
    meant = query_meaning(filters) or item_lookup.QueryMeaning()
    if filters.query and not (
        meant.categories or meant.place_types or meant.place_slugs or meant.municipalities
    ):
        return None
    return placeindex.Criteria(
        mrcs=filters.mrcs,
        categories=filters.categories,
        item_categories=meant.categories,
        items=_meant_items(meant.items),
        place_types=meant.place_types,
        place_slugs=meant.place_slugs,
        municipalities=meant.municipalities,
        actions=filters.actions,
        bbox=filters.bbox,
        open_at=(filters.at or datetime.now(QUEBEC)) if filters.open_now else None,
        on=(filters.at or datetime.now(QUEBEC)).date(),
        near=filters.near,
        radius_km=filters.radius_km,
        limit=filters.limit,
    )


@dataclass(frozen=True)
class PlaceHit:
    """A place found by a search, loaded through the ORM, with what the search learnt."""

    place: Place
    distance_km: float | None = None
    picks_up_here: bool = False


def find_places(filters: PlaceFilters) -> list[PlaceHit]:
    """The same search as the API's, as ORM objects in the same order."""
    hits = search_published(filters)
    loaded = {
        p.id: p
        for p in db.session.execute(
            select(Place).where(Place.id.in_([h.record.id for h in hits]))
        ).scalars()
    }
    return [PlaceHit(loaded[h.record.id], h.distance_km, h.picks_up_here) for h in hits]


def has_places() -> bool:
    return db.session.execute(select(Place.id).limit(1)).first() is not None


def get_public_place(slug: str) -> Place | None:
    """A place a citizen may see: published, not a draft or archived."""
    # Everything the detail page shows, in three queries rather than one per relationship.
    return db.session.execute(
        select(Place)
        .where(Place.slug == slug, Place.status == PlaceStatus.PUBLISHED)
        .options(
            joinedload(Place.place_type),
            joinedload(Place.municipality),
            joinedload(Place.mrc),
            selectinload(Place.propositions).options(
                joinedload(Proposition.action), selectinload(Proposition.categories)
            ),
        )
    ).scalar_one_or_none()


def full_address(place: Place) -> str:
    parts = [place.address, place.municipality.name if place.municipality else ""]
    text = ", ".join(p for p in parts if p)
    return f"{text} {place.postal_code}".strip() if place.postal_code else text


def place_feature(
    place: Place, url: str, moment: datetime | None = None, lang: str = "fr"
) -> dict[str, Any]:
    """One place as a GeoJSON feature, exactly as the public API shows it in `lang`."""
    moment = moment or datetime.now(QUEBEC)
    record = placeindex.record_of(place)
    [feature] = placeindex.features([placeindex.Hit(record)], lambda _: url, moment, wording(lang))
    return feature


def municipalities_named(name: str) -> list[Municipality]:
    """Municipalities whose official name or an alias matches, ignoring case, accents, St-/Ste-.

    Several can match: there are two Disraeli (the town and the parish).
    """
    key = name_key(name)
    return [
        m
        for m in db.session.execute(select(Municipality)).scalars()
        if key in {name_key(n) for n in [m.name, *m.aliases]}
    ]


def nearest_municipality(name: str, lat: float, lon: float) -> Municipality | None:
    """The municipality of that name closest to the point, for names shared by two."""
    candidates = municipalities_named(name)
    return min(
        candidates,
        key=lambda m: (m.latitude - lat) ** 2 + (m.longitude - lon) ** 2,
        default=None,
    )


def seed_demo_places(path: Path) -> int:
    """Add the demo places that are not in the database yet; return how many were added.

    Written by placewrites like any other place, each with a revision signed `seed`.
    """
    from . import placewrites  # placewrites reads mrcdata, which reads places' models

    demo = json.loads(path.read_text(encoding="utf-8"))
    existing = set(db.session.execute(select(Place.slug)).scalars())
    lookups = placewrites.Lookups()
    added = 0
    for item in demo:
        if item["slug"] in existing:
            continue
        municipality = nearest_municipality(
            item["municipality"], item["latitude"], item["longitude"]
        )
        if municipality is None:
            raise ValueError(f"Demo place {item['slug']}: unknown municipality")
        values = {
            "name": item["name"],
            "place_type_code": item["place_type"],
            "description_fr": item.get("description_fr") or "",
            "description_en": item.get("description_en") or "",
            "address": item["address"],
            "municipality": municipality.code_geo,
            "postal_code": item.get("postal_code") or "",
            "latitude": item["latitude"],
            "longitude": item["longitude"],
            "geocode_source": GeocodeSource.POSTAL_CODE.value,
            "geocode_precision": GeocodePrecision.POSTAL_CODE.value,
            "phone": item.get("phone") or "",
            "email": item.get("email") or "",
            "website": item.get("website") or "",
            "opening_hours": item.get("opening_hours") or "",
            "hours_note_fr": item.get("hours_note_fr") or "",
            "hours_note_en": item.get("hours_note_en") or "",
            "service_area": item.get("service_area"),
            "takes": {
                take["action"]: {
                    "categories": sorted(take["categories"]),
                    "refuses": sorted(take.get("refuses") or ()),
                    "conditions_fr": take.get("conditions_fr") or "",
                    "conditions_en": take.get("conditions_en") or "",
                }
                for take in item["takes"]
            },
        }
        placewrites.create(
            values,
            None,
            source="seed",
            status=PlaceStatus.PUBLISHED,
            slug=item["slug"],
            data_source=DEMO_SOURCE,
            is_demo=True,
            commit=False,
            lookups=lookups,
        )
        added += 1
    db.session.commit()
    return added


def data_fingerprint() -> int:
    """Changes whenever a place, what it takes, or its status changes: one row to read."""
    return dataversion.current()


def _detail_url_parts() -> tuple[str, str]:
    # Slugs are URL-safe, so one url_for gives every detail page's address.
    template = url_for("public.place_detail", slug="__slug__", _external=True)
    prefix, suffix = template.split("__slug__")
    return prefix, suffix


def feature_collection(filters: PlaceFilters) -> dict[str, Any]:
    moment = _moment_of(filters)
    prefix, suffix = _detail_url_parts()
    criteria = _criteria(filters)
    hits = _search(criteria)
    features = placeindex.features(
        hits,
        lambda slug: f"{prefix}{slug}{suffix}",
        moment,
        wording(filters.lang),
        criteria,
        filters.fields,
    )
    return {"type": "FeatureCollection", "features": features}


def feature_collection_json(filters: PlaceFilters) -> bytes:
    """feature_collection as the API sends it (the same bytes as encoding it), built cheaply.

    Each place's text is encoded once per data version and the answer is joined in the
    order found: a search from a new position costs a few milliseconds, not a full encoding.
    """
    if filters.fields:
        # Rare (a partner's trimmed answer) and cached: encoded the plain way.
        return current_app.json.dumps(feature_collection(filters)).encode()
    criteria = _criteria(filters)
    index = published_index()
    found = (
        placeindex.Found([])
        if criteria is None
        else placeindex.find(index, criteria, territory_index().mrc_at)
    )
    prefix, suffix = _detail_url_parts()
    return index.encoded.collection(
        found, prefix, suffix, _moment_of(filters), wording(filters.lang), criteria
    )


def _moment_of(filters: PlaceFilters) -> datetime:
    # To the minute, like `at` and the ETag: open-now texts are then shared by a minute's answers.
    return filters.at or datetime.now(QUEBEC).replace(second=0, microsecond=0)
