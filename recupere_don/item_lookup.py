"""Domain operations for citizen search: item words to categories, and the log of misses."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from flask import current_app, g, has_request_context
from flask_limiter.util import get_remote_address
from limits import parse as parse_limit
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from . import dataversion
from .catalogue import Catalogue, load_catalogue
from .extensions import db
from .itemsearch import ItemIndex, ItemMatch, normalise
from .models import Category, SearchMiss, Synonym, utcnow
from .versioned_cache import per_process, versioned

# Categories within this many points of the best match count as what the citizen meant.
CATEGORY_TIE_MARGIN = 5.0
MISS_TEXT_LIMIT = 200
# Distinct texts kept in the log of misses; beyond, the rarest and oldest one makes room.
MISS_TABLE_CAP = 5000
# Misses logged per client: past this, the citizen still gets the answer, nothing is written.
MISS_LOG_RATE = "20/minute"
_RESOLUTIONS_KEPT = 4096


@dataclass(frozen=True)
class _CachedIndex:
    index: ItemIndex
    labels: dict[str, dict[str, str]]  # code → {"fr": …, "en": …}
    # Normalised query → the categories it means: a committed search is resolved once.
    resolved: OrderedDict[str, tuple[str, ...]] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)


def current_catalogue() -> Catalogue:
    """The app's item catalogue (DATA_DIR/items.csv), read once per process."""
    return load_catalogue(Path(current_app.config["DATA_DIR"]) / "items.csv")


def _cached_index() -> _CachedIndex:
    """The synonym index, rebuilt when staff change a synonym or a category label."""
    return versioned("item_index", dataversion.current(dataversion.TAXONOMY), _build_index)


def _build_index() -> _CachedIndex:
    synonyms = db.session.execute(select(Synonym.term, Synonym.category_code)).all()
    categories = db.session.execute(select(Category)).scalars().all()
    entries = [(s.term, s.category_code) for s in synonyms]
    for category in categories:
        entries += [(category.label_fr, category.code), (category.label_en, category.code)]
    labels = {c.code: {"fr": c.label_fr, "en": c.label_en} for c in categories}
    return _CachedIndex(ItemIndex(entries), labels)


def item_index() -> ItemIndex:
    return _cached_index().index


def suggest_items(query: str, lang: str, limit: int = 8) -> list[dict[str, Any]]:
    """Ranked suggestions for the search box: [{category, label, score, matched}]."""
    cached = _cached_index()
    lang = "en" if lang == "en" else "fr"
    return [
        {
            "category": m.category,
            "label": cached.labels[m.category][lang],
            "score": m.score,
            "matched": m.matched,
        }
        for m in cached.index.search(query, limit=limit)
    ]


def resolve_query(query: str) -> tuple[str, ...]:
    """The categories a committed search means, best first; () when it means nothing. Pure."""
    cached = _cached_index()
    key = normalise(query[:MISS_TEXT_LIMIT])
    with cached.lock:
        meant = cached.resolved.get(key)
        if meant is not None:
            cached.resolved.move_to_end(key)
            return meant
    matches: list[ItemMatch] = cached.index.search(query[:MISS_TEXT_LIMIT])
    best = matches[0].score if matches else 0.0
    meant = tuple(m.category for m in matches if m.score >= best - CATEGORY_TIE_MARGIN)
    with cached.lock:
        cached.resolved[key] = meant
        while len(cached.resolved) > _RESOLUTIONS_KEPT:
            cached.resolved.popitem(last=False)
    return meant


def categories_for_query(query: str) -> tuple[str, ...]:
    """The categories a committed search means; logs the search when it means nothing."""
    meant = resolve_query(query)
    if not meant:
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
