"""Domain operations for citizen search: item words to categories, and the log of misses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import func, select

from .extensions import db
from .i18n import label
from .itemsearch import ItemIndex, ItemMatch
from .models import Category, SearchMiss, Synonym

_INDEX_KEY = "recupere_don.item_index"
# Categories within this many points of the best match count as what the citizen meant.
CATEGORY_TIE_MARGIN = 5.0
MISS_TEXT_LIMIT = 200


@dataclass(frozen=True)
class _CachedIndex:
    fingerprint: tuple[Any, ...]
    index: ItemIndex


def _fingerprint() -> tuple[Any, ...]:
    # Cheap to compute; changes whenever staff add, remove or rename a synonym or a category.
    synonyms = db.session.execute(select(func.count(Synonym.id), func.max(Synonym.id))).one()
    labels = db.session.execute(select(Category.code, Category.label_fr, Category.label_en)).all()
    return (*synonyms, hash(tuple(labels)))


def item_index() -> ItemIndex:
    """The synonym index, rebuilt when the synonyms or category labels change."""
    fingerprint = _fingerprint()
    cached: _CachedIndex | None = current_app.extensions.get(_INDEX_KEY)
    if cached is None or cached.fingerprint != fingerprint:
        synonyms = db.session.execute(select(Synonym.term, Synonym.category_code)).all()
        categories = db.session.execute(select(Category)).scalars()
        entries = [(s.term, s.category_code) for s in synonyms]
        for category in categories:
            entries += [(category.label_fr, category.code), (category.label_en, category.code)]
        cached = _CachedIndex(fingerprint, ItemIndex(entries))
        current_app.extensions[_INDEX_KEY] = cached
    return cached.index


def suggest_items(query: str, lang: str, limit: int = 8) -> list[dict[str, Any]]:
    """Ranked suggestions for the search box: [{category, label, score, matched}]."""
    matches = item_index().search(query, limit=limit)
    labels = {c.code: c for c in db.session.execute(select(Category)).scalars()}
    return [
        {
            "category": m.category,
            "label": label(labels[m.category], lang),
            "score": m.score,
            "matched": m.matched,
        }
        for m in matches
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
