"""Domain operations for citizen search: what the words mean, suggestions, and the log of misses.

Words mean items of the catalogue (data/items.csv) and categories (staff synonyms, category
labels), or a place type, a published place's name or a municipality. Every index is built once
per data version; a committed search and a suggestion are answered from memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from flask import current_app, g, has_request_context, url_for
from flask_limiter.util import get_remote_address
from limits import parse as parse_limit
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from . import dataversion
from .catalogue import Catalogue, load_catalogue
from .extensions import db
from .geo.names import name_key
from .itemsearch import Entry, ItemIndex, ItemMatch, NameIndex, NameMatch, normalise
from .models import (
    Category,
    Mrc,
    Municipality,
    Place,
    PlaceStatus,
    PlaceType,
    SearchMiss,
    Synonym,
    utcnow,
)
from .versioned_cache import per_process, versioned

# Items and categories within this many points of the best match count as what the citizen meant.
CATEGORY_TIE_MARGIN = 5.0
# A kind of meaning (items, place types, place names, towns) counts only this close to the best:
# 'friperie' is the place type, not every friperie's name; 'Coffre à trésors' a place, not a chest.
KIND_TIE_MARGIN = 2.0
MISS_TEXT_LIMIT = 200
# Distinct texts kept in the log of misses; beyond, the rarest and oldest one makes room.
MISS_TABLE_CAP = 5000
# Misses logged per client: past this, the citizen still gets the answer, nothing is written.
MISS_LOG_RATE = "20/minute"
_ANSWERS_KEPT = 4096
SUGGESTED_ITEMS = 8
SUGGESTED_NAMES = 5

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True)
class QueryMeaning:
    """What a committed search means, each tuple best first; all empty when nothing is known."""

    items: tuple[str, ...] = ()  # item codes of the catalogue
    categories: tuple[str, ...] = ()
    place_types: tuple[str, ...] = ()
    place_slugs: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()  # official names (two Disraeli share one)

    @property
    def empty(self) -> bool:
        return not (
            self.items
            or self.categories
            or self.place_types
            or self.place_slugs
            or self.municipalities
        )


@dataclass(frozen=True)
class Town:
    name: str
    mrc: str
    lat: float
    lon: float


@dataclass(frozen=True)
class NamedPlace:
    slug: str
    name: str
    municipality: str | None


@dataclass
class _Memo:
    """A bounded memo of answers for one data version: a word is resolved once per process."""

    kept: OrderedDict[Any, Any] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, key: K, build: Callable[[], V]) -> V:
        with self.lock:
            if key in self.kept:
                self.kept.move_to_end(key)
                found: V = self.kept[key]
                return found
        value = build()
        with self.lock:
            self.kept[key] = value
            while len(self.kept) > _ANSWERS_KEPT:
                self.kept.popitem(last=False)
        return value


@dataclass(frozen=True)
class _Vocabulary:
    """The taxonomy's words: items and categories, place types; rebuilt when staff change them."""

    index: ItemIndex
    labels: dict[str, dict[str, str]]  # category code → {"fr": …, "en": …}
    place_types: NameIndex[str]
    place_type_labels: dict[str, dict[str, str]]


def current_catalogue() -> Catalogue:
    """The app's item catalogue (DATA_DIR/items.csv), read once per process."""
    return load_catalogue(Path(current_app.config["DATA_DIR"]) / "items.csv")


def _vocabulary() -> _Vocabulary:
    return versioned("item_index", dataversion.current(dataversion.TAXONOMY), _build_vocabulary)


def _build_vocabulary() -> _Vocabulary:
    entries = list(current_catalogue().entries())
    synonyms = db.session.execute(select(Synonym.term, Synonym.lang, Synonym.category_code))
    entries += [(term, Entry(None, code, lang)) for term, lang, code in synonyms]
    categories = db.session.execute(select(Category)).scalars().all()
    for category in categories:
        entries.append((category.label_fr, Entry(None, category.code, "fr")))
        entries.append((category.label_en, Entry(None, category.code, "en")))
    types = db.session.execute(select(PlaceType).order_by(PlaceType.sort_order)).scalars().all()
    type_names = [(name, t.code) for t in types for name in (t.label_fr, t.label_en, t.code)]
    # 'Reuse centre (ressourcerie)': each part is a name people type.
    type_names += [
        (part, t.code) for t in types for part in t.label_en.replace(")", "").split(" (")
    ]
    return _Vocabulary(
        ItemIndex(entries),
        {c.code: {"fr": c.label_fr, "en": c.label_en} for c in categories},
        NameIndex(type_names),
        {t.code: {"fr": t.label_fr, "en": t.label_en} for t in types},
    )


def item_index() -> ItemIndex:
    return _vocabulary().index


def _towns() -> NameIndex[Town]:
    return versioned("town_names", dataversion.current(dataversion.TERRITORY), _build_towns)


def _build_towns() -> NameIndex[Town]:
    rows = db.session.execute(select(Municipality, Mrc.slug).join(Mrc)).all()
    names: list[tuple[str, Town]] = []
    for municipality, mrc in rows:
        town = Town(municipality.name, mrc, municipality.latitude, municipality.longitude)
        names += [(name, town) for name in [municipality.name, *municipality.aliases]]
    return NameIndex(names, key=name_key)


def _place_names() -> NameIndex[NamedPlace]:
    return versioned("place_names", dataversion.current(), _build_place_names)


def _build_place_names() -> NameIndex[NamedPlace]:
    rows = db.session.execute(
        select(Place.slug, Place.name, Municipality.name)
        .outerjoin(Municipality, Place.municipality_id == Municipality.id)
        .where(Place.status == PlaceStatus.PUBLISHED)
        .order_by(Place.name)
    )
    return NameIndex((name, NamedPlace(slug, name, town)) for slug, name, town in rows)


def _memo() -> _Memo:
    versions = tuple(
        dataversion.current(c)
        for c in (dataversion.TAXONOMY, dataversion.TERRITORY, dataversion.PLACES)
    )
    return versioned("search_answers", versions, _Memo)


def item_rows(matches: list[ItemMatch], lang: str) -> list[dict[str, Any]]:
    """Matches as the API shows them: the item's or the category's label in `lang`."""
    labels = _vocabulary().labels
    catalogue = current_catalogue()
    rows = []
    for m in matches:
        item = catalogue.item(m.item) if m.item else None
        category_label = labels[m.category][lang] if m.category in labels else None
        rows.append(
            {
                "item": m.item,
                "label": item.label(lang) if item else category_label,
                "category": m.category,
                "category_label": category_label,
                "score": m.score,
                "matched": m.matched,
                "guidance": (item.guidance(lang) or None) if item else None,
            }
        )
    return rows


def suggest_items(query: str, lang: str, limit: int = SUGGESTED_ITEMS) -> list[dict[str, Any]]:
    """Ranked items and categories for the search box (see item_rows)."""
    lang = "en" if lang == "en" else "fr"
    text = query[:MISS_TEXT_LIMIT]
    return _memo().get(
        ("items", normalise(text), lang, limit),
        lambda: item_rows(item_index().search(text, limit=limit), lang),
    )


def suggest(query: str, lang: str) -> dict[str, list[dict[str, Any]]]:
    """The search box's suggestions grouped by kind: items, places, place types, towns."""
    lang = "en" if lang == "en" else "fr"
    text = query[:MISS_TEXT_LIMIT]
    return _memo().get(("suggest", name_key(text), lang), lambda: _suggest(text, lang))


def _suggest(text: str, lang: str) -> dict[str, list[dict[str, Any]]]:
    vocabulary = _vocabulary()
    places = _place_names().find(text, typing=True, limit=SUGGESTED_NAMES)
    types = vocabulary.place_types.find(text, typing=True, limit=SUGGESTED_NAMES)
    towns = _unique(_towns().find(text, typing=True, limit=3 * SUGGESTED_NAMES))
    return {
        "items": suggest_items(text, lang),
        "places": [
            {
                "slug": m.value.slug,
                "name": m.value.name,
                "municipality": m.value.municipality,
                "url": url_for("public.place_detail", slug=m.value.slug, lang=lang),
            }
            for m in places
        ],
        "place_types": [
            {"code": code, "label": vocabulary.place_type_labels[code][lang]}
            for code in _unique(types)
        ],
        "municipalities": [
            {"name": t.name, "mrc": t.mrc, "lat": t.lat, "lon": t.lon}
            for t in towns[:SUGGESTED_NAMES]
        ],
    }


def _unique(matches: list[NameMatch[V]]) -> list[V]:
    """The values in order, once each (a town is found by its name and by an alias)."""
    return list(dict.fromkeys(m.value for m in matches))


def resolve_query(query: str) -> QueryMeaning:
    """What a committed search means (items, categories, place types, places, towns); no log."""
    text = query[:MISS_TEXT_LIMIT]
    return _memo().get(("meaning", normalise(text)), lambda: _meaning(text))


def _meaning(text: str) -> QueryMeaning:
    vocabulary = _vocabulary()
    matches = vocabulary.index.search(text, limit=20)
    best_item = matches[0].score if matches else 0.0
    close = [m for m in matches if m.score >= best_item - CATEGORY_TIE_MARGIN]
    types = vocabulary.place_types.find(text)
    places = _place_names().find(text)
    towns = [m for m in _towns().find(text) if m.score == NameIndex.EXACT]
    bests = {
        "items": best_item,
        "types": types[0].score if types else 0.0,
        "places": places[0].score if places else 0.0,
        "towns": towns[0].score if towns else 0.0,
    }
    top = max(bests.values())
    kept = {kind for kind, score in bests.items() if score and score >= top - KIND_TIE_MARGIN}
    if "items" not in kept:
        close = []
    return QueryMeaning(
        items=tuple(dict.fromkeys(m.item for m in close if m.item)),
        categories=tuple(dict.fromkeys(m.category for m in close if m.category)),
        place_types=tuple(_unique(types)) if "types" in kept else (),
        place_slugs=tuple(m.value.slug for m in places if m.score >= top - KIND_TIE_MARGIN),
        municipalities=tuple(dict.fromkeys(t.name for t in _unique(towns)))
        if "towns" in kept
        else (),
    )


def categories_for_query(query: str) -> tuple[str, ...]:
    """The categories a committed search means; logs the search when it means nothing."""
    return meaning_of_search(query).categories


def meaning_of_search(query: str) -> QueryMeaning:
    """What a committed search means; logs the search when it means nothing at all."""
    meant = resolve_query(query)
    if meant.empty:
        log_miss(query)
    return meant


def miss_key(text: str) -> str:
    """What makes two searches the same miss: « Canapé », « canape » and « canapés » share it."""
    return normalise(" ".join(text.split())[:MISS_TEXT_LIMIT])[:MISS_TEXT_LIMIT]


def log_miss(query: str) -> None:
    """Count one more search for this text: one row per normalised text, the table capped.

    Logged at most once per request (the answer and its ETag both resolve the words) and
    MISS_LOG_RATE times per client, so a script cannot fill the table or the disk.
    """
    text = " ".join(query.split())[:MISS_TEXT_LIMIT]
    key = miss_key(text)
    if len(key) < 2 or not _first_in_request(key) or not _client_may_log():
        return
    now = utcnow()
    counted = update(SearchMiss).where(SearchMiss.key == key)
    result = db.session.execute(counted.values(count=SearchMiss.count + 1, last_seen=now))
    if cast("CursorResult[Any]", result).rowcount:
        db.session.commit()
        return
    _make_room(int(current_app.config.get("SEARCH_MISS_CAP", MISS_TABLE_CAP)) - 1)
    try:
        with db.session.begin_nested():
            db.session.add(SearchMiss(key=key, text=text, count=1, created_at=now, last_seen=now))
    except IntegrityError:
        # Another worker added the same text meanwhile: count on its row.
        db.session.execute(counted.values(count=SearchMiss.count + 1, last_seen=now))
    db.session.commit()


def _first_in_request(key: str) -> bool:
    if not has_request_context():
        return True
    logged: set[str] = g.setdefault("search_misses_logged", set())
    if key in logged:
        return False
    logged.add(key)
    return True


def _client_may_log() -> bool:
    """Whether this client's misses still count this minute (the CLI has no client: yes).

    Counters live where the rate limiter's do (RATELIMIT_STORAGE_URI), but in this app's own
    limiter: turning request limits off must not turn off the protection of the table.
    """
    if not has_request_context():
        return True
    miss_limiter = per_process("miss_limiter", _miss_limiter)
    rate = parse_limit(current_app.config.get("SEARCH_MISS_LOG_RATE", MISS_LOG_RATE))
    return miss_limiter.hit(rate, "search-miss", get_remote_address() or "-")


def _miss_limiter() -> FixedWindowRateLimiter:
    storage = storage_from_string(current_app.config.get("RATELIMIT_STORAGE_URI", "memory://"))
    return FixedWindowRateLimiter(storage)


def _make_room(keep: int) -> None:
    """Remove the rarest, least recent texts beyond `keep`: frequent misses are what staff need."""
    total = db.session.execute(select(func.count(SearchMiss.id))).scalar_one()
    if total <= keep:
        return
    doomed = (
        select(SearchMiss.id)
        .order_by(SearchMiss.count, SearchMiss.last_seen, SearchMiss.id)
        .limit(total - keep)
    )
    db.session.execute(
        delete(SearchMiss).where(SearchMiss.id.in_(list(db.session.scalars(doomed))))
    )
