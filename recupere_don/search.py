"""Domain operations for citizen search: item words to categories, and the log of misses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import select

from . import dataversion
from .extensions import db
from .itemsearch import ItemIndex, ItemMatch
from .models import Category, SearchMiss, Synonym

_INDEX_KEY = "recupere_don.item_index"
# Categories within this many points of the best match count as what the citizen meant.
CATEGORY_TIE_MARGIN = 5.0
MISS_TEXT_LIMIT = 200


@dataclass(frozen=True)
class _CachedIndex:
    version: int
    index: ItemIndex
    labels: dict[str, dict[str, str]]  # code → {"fr": …, "en": …}


def _cached_index() -> _CachedIndex:
    """The synonym index, rebuilt when staff change a synonym or a category label."""
    version = dataversion.current(dataversion.TAXONOMY)
    cached: _CachedIndex | None = current_app.extensions.get(_INDEX_KEY)
    if cached is None or cached.version != version:
        synonyms = db.session.execute(select(Synonym.term, Synonym.category_code)).all()
        categories = db.session.execute(select(Category)).scalars().all()
        entries = [(s.term, s.category_code) for s in synonyms]
        for category in categories:
            entries += [(category.label_fr, category.code), (category.label_en, category.code)]
        labels = {c.code: {"fr": c.label_fr, "en": c.label_en} for c in categories}
        cached = _CachedIndex(version, ItemIndex(entries), labels)
        current_app.extensions[_INDEX_KEY] = cached
    return cached


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


def categories_for_query(query: str) -> list[str]:
    """The categories a committed search means; logs the search when it means nothing."""
    matches: list[ItemMatch] = item_index().search(query)
    if not matches:
        log_miss(query)
        return []
    best = matches[0].score
    return [m.category for m in matches if m.score >= best - CATEGORY_TIE_MARGIN]


def log_miss(query: str) -> None:
    text = " ".join(query.split())[:MISS_TEXT_LIMIT]
    if len(text) < 2:
        return
    db.session.add(SearchMiss(text=text))
    db.session.commit()
