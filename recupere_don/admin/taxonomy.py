"""Taxonomy edits by admins: category labels in both languages and the synonym list.

Codes never change: embed URLs and the API depend on them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, delete, func, or_, select

from ..extensions import db
from ..i18n import _
from ..item_lookup import miss_key
from ..models import Category, SearchMiss, Synonym


class TaxonomyError(ValueError):
    pass


def categories() -> list[Category]:
    return list(db.session.execute(select(Category).order_by(Category.sort_order)).scalars())


def synonyms(category_code: str | None = None) -> list[Synonym]:
    stmt = select(Synonym).order_by(Synonym.category_code, Synonym.lang, Synonym.term)
    if category_code:
        stmt = stmt.where(Synonym.category_code == category_code)
    return list(db.session.execute(stmt).scalars())


def rename_category(code: str, label_fr: str, label_en: str) -> Category:
    category = db.get_or_404(Category, code)
    label_fr, label_en = label_fr.strip(), label_en.strip()
    if not label_fr or not label_en:
        raise TaxonomyError(_("Le nom est obligatoire dans les deux langues."))
    category.label_fr = label_fr
    category.label_en = label_en
    db.session.commit()
    return category


def add_synonym(term: str, lang: str, category_code: str) -> Synonym:
    """Add a word for a category, and clear the citizen searches it now answers."""
    term = " ".join(term.split())
    if not term:
        raise TaxonomyError(_("Le mot est vide."))
    if lang not in {"fr", "en"}:
        raise TaxonomyError(_("Langue inconnue."))
    if db.session.get(Category, category_code) is None:
        raise TaxonomyError(_("Catégorie inconnue."))
    existing = db.session.execute(
        select(Synonym).where(
            func.lower(Synonym.term) == term.lower(),
            Synonym.lang == lang,
            Synonym.category_code == category_code,
        )
    ).scalar_one_or_none()
    synonym = existing or Synonym(term=term, lang=lang, category_code=category_code)
    db.session.add(synonym)
    db.session.execute(delete(SearchMiss).where(_same_miss(term)))
    db.session.commit()
    return synonym


def delete_synonym(synonym_id: int) -> None:
    synonym = db.get_or_404(Synonym, synonym_id)
    db.session.delete(synonym)
    db.session.commit()


def _same_miss(text: str) -> ColumnElement[bool]:
    """The misses that are this text, by the key item_lookup.log_miss counts them under."""
    unkeyed = and_(SearchMiss.key.is_(None), func.lower(SearchMiss.text) == text.strip().lower())
    return or_(SearchMiss.key == miss_key(text), unkeyed)


def dismiss_miss(text: str) -> int:
    result = db.session.execute(delete(SearchMiss).where(_same_miss(text)))
    db.session.commit()
    return int(getattr(result, "rowcount", 0) or 0)
