"""The item catalogue (data/items.csv): common objects, the words people type, their category.

Pure and read once per process: `load_catalogue(path)` is cached by path. An item without a
category is one reuse places do not take; its guidance says where it goes instead.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .itemsearch import LANGS, Entry, normalise

COLUMNS = (
    "code",
    "category",
    "label_fr",
    "label_en",
    "terms_fr",
    "terms_en",
    "guidance_fr",
    "guidance_en",
)
_CODE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Item:
    code: str
    category: str | None
    label_fr: str
    label_en: str
    terms_fr: tuple[str, ...]
    terms_en: tuple[str, ...]
    guidance_fr: str
    guidance_en: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_fr

    def guidance(self, lang: str) -> str:
        """Where the object goes instead (or a tip), in `lang`; '' when there is nothing to say."""
        return self.guidance_en if lang == "en" else self.guidance_fr

    def words(self, lang: str) -> tuple[str, ...]:
        """The label and the terms of one language, label first."""
        if lang == "en":
            return (self.label_en, *self.terms_en)
        return (self.label_fr, *self.terms_fr)


class Catalogue:
    """The items in file order, by code and by every word that names them."""

    def __init__(self, items: list[Item]) -> None:
        self._items = items
        self._by_code: dict[str, Item] = {}
        self._by_word: dict[str, Item] = {}
        for item in items:
            if item.code in self._by_code:
                raise ValueError(f"items.csv: code « {item.code} » en double")
            self._by_code[item.code] = item
        # Codes and labels first: a label names its own item even when another item lists it
        # as a looser term ('ordi' is a term of both computers; 'Ordinateur de bureau' is one).
        for item in items:
            for word in (item.code, item.label_fr, item.label_en):
                self._by_word.setdefault(normalise(word), item)
        for item in items:
            for word in (*item.terms_fr, *item.terms_en):
                self._by_word.setdefault(normalise(word), item)

    def __iter__(self) -> Iterator[Item]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def item(self, code: str) -> Item | None:
        return self._by_code.get(code)

    def find(self, word: str) -> Item | None:
        """The item this exact word names (code, label or term), case, accents, plurals folded."""
        key = normalise(word)
        return self._by_word.get(key) if key else None

    def entries(self) -> Iterator[tuple[str, Entry]]:
        """Every word of every item, with what it names, for an itemsearch.ItemIndex."""
        for item in self._items:
            for lang in LANGS:
                for word in item.words(lang):
                    yield word, Entry(item.code, item.category, lang)

    def items_of(self, category: str | None) -> list[Item]:
        """The items of a category (None: the items reuse places do not take)."""
        return [item for item in self._items if item.category == category]


def _terms(cell: str) -> tuple[str, ...]:
    return tuple(term.strip() for term in cell.split("|") if term.strip())


def parse_items(rows: list[dict[str, str]]) -> list[Item]:
    items = []
    for number, row in enumerate(rows, start=2):
        code = row["code"].strip()
        if not _CODE.match(code):
            raise ValueError(f"items.csv ligne {number} : code « {code} » invalide")
        category = row["category"].strip() or None
        if category is None and not (row["guidance_fr"].strip() and row["guidance_en"].strip()):
            raise ValueError(f"items.csv ligne {number} : sans catégorie, il faut un conseil fr/en")
        items.append(
            Item(
                code=code,
                category=category,
                label_fr=row["label_fr"].strip(),
                label_en=row["label_en"].strip(),
                terms_fr=_terms(row["terms_fr"]),
                terms_en=_terms(row["terms_en"]),
                guidance_fr=row["guidance_fr"].strip(),
                guidance_en=row["guidance_en"].strip(),
            )
        )
    return items


@lru_cache(maxsize=4)
def load_catalogue(path: Path) -> Catalogue:
    """The catalogue in `path`, read once per process."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: colonnes attendues {','.join(COLUMNS)}")
        return Catalogue(parse_items(list(reader)))
