"""Item search: what people type ('divan', 'laveuse', 'bike') to categories, pure and in memory."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .geo.names import strip_accents

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Words so common in queries that they must not match a term on their own.
_STOP_WORDS = frozenset(
    """a au aux de des du d l la le les un une et ou en pour vieux vieille vieilles old my the
    of for an and usage usagee usages usagees used""".split()  # noqa: SIM905
)


def _singular(word: str) -> str:
    # French and English plurals mostly add -s or -x; good enough for matching, not for display.
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith("ss"):
        return word[:-1]
    return word


def normalise(text: str) -> str:
    """'Laveuses à VAISSELLE' gives 'laveuse a vaisselle'."""
    words = _NON_WORD.sub(" ", strip_accents(text).casefold()).split()
    return " ".join(_singular(w) for w in words)


@dataclass(frozen=True)
class ItemMatch:
    category: str
    score: float
    matched: str


class ItemIndex:
    """Terms (synonyms and category labels) → categories, with typo-tolerant lookup."""

    EXACT = 100.0
    PHRASE = 95.0
    PREFIX = 90.0
    FUZZY_CUTOFF = 82.0

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._categories: dict[str, set[str]] = {}
        self._display: dict[str, str] = {}
        for term, category in entries:
            key = normalise(term)
            if not key:
                continue
            self._categories.setdefault(key, set()).add(category)
            self._display.setdefault(key, term)
        self._keys = list(self._categories)

    def __len__(self) -> int:
        return len(self._keys)

    def search(self, query: str, limit: int = 8) -> list[ItemMatch]:
        """Categories ranked by how well one of their terms matches the query."""
        text = normalise(query)
        if len(text) < 2:
            return []
        best: dict[str, tuple[float, str]] = {}

        def offer(key: str, score: float) -> None:
            for category in self._categories[key]:
                if score > best.get(category, (0.0, ""))[0]:
                    best[category] = (score, self._display[key])

        padded = f" {text} "
        words = [w for w in text.split() if w not in _STOP_WORDS]
        for key in self._keys:
            if key == text:
                offer(key, self.EXACT)
            elif key not in _STOP_WORDS and f" {key} " in padded:
                # A whole term inside a longer query: 'vieux divan brun' → 'divan'.
                offer(key, self.PHRASE + min(len(key), 20) / 10)
            elif len(text) >= 3 and key.startswith(text):
                # Typing as you go: 'frig' → 'frigidaire'.
                offer(key, self.PREFIX)
        if not best:
            for candidate in {text, *words}:
                if len(candidate) < 4:
                    continue
                for key, score, _ in process.extract(
                    candidate,
                    self._keys,
                    scorer=fuzz.ratio,
                    score_cutoff=self.FUZZY_CUTOFF,
                    limit=5,
                ):
                    offer(key, float(score) * 0.89)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        return [ItemMatch(category=c, score=round(s, 1), matched=m) for c, (s, m) in ranked[:limit]]
