"""Item search: what people type ('divan', 'laveuse à linge', 'tires') to items and categories.

Pure and in memory. The rules a citizen notices:
- a compound beats its parts: in 'laveuse à linge' the whole term is meant, not 'linge';
- a term typed whole, anywhere in the query, counts ('vieux laptop' is a laptop);
- typing as you go matches the start of a term, but only in the query's own language: 'tires'
  is an English word, so it never completes to the French 'tire-lait';
- typos are tolerated when nothing else matched.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from .geo.names import strip_accents

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Words so common in queries that they must not match a term on their own.
_STOP_WORDS = frozenset(
    """a au aux de des du d l la le les un une et ou en pour avec sur vieux vieille vieilles
    vieil old my the of for an and with usage usagee usages usagees used mon ma mes""".split()  # noqa: SIM905
)
LANGS = ("fr", "en")

T = TypeVar("T")


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
class Entry:
    """What one term names: an item of the catalogue (with its category) or a category alone."""

    item: str | None
    category: str | None
    lang: str


@dataclass(frozen=True)
class ItemMatch:
    item: str | None
    category: str | None
    score: float
    matched: str


@dataclass(frozen=True)
class _Hit:
    key: str
    score: float
    span: tuple[int, int]  # the query words the term covers, [start, end)


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]


class ItemIndex:
    """Terms (catalogue words, staff synonyms, category labels) → items and categories."""

    EXACT = 100.0
    PHRASE = 95.0
    PREFIX = 90.0
    FUZZY_CUTOFF = 82.0
    _FUZZY_WEIGHT = 0.89  # a typo never outranks a word typed right

    def __init__(self, entries: Iterable[tuple[str, Entry]]) -> None:
        self._entries: dict[str, list[Entry]] = {}
        self._display: dict[str, str] = {}
        for term, entry in entries:
            key = normalise(term)
            if not key:
                continue
            named = self._entries.setdefault(key, [])
            if entry not in named:
                named.append(entry)
            self._display.setdefault(key, term)
        self._keys = sorted(self._entries)

    def __len__(self) -> int:
        return len(self._keys)

    def search(self, query: str, limit: int = 8) -> list[ItemMatch]:
        """Items and categories ranked by how well one of their terms matches the query."""
        text = normalise(query)
        if len(text) < 2:
            return []
        words = text.split()
        hits = self._whole_terms(words)
        hits += self._started_terms(words, self._langs_of(hits))
        if not hits:
            hits = self._typos(text, words)
        # Compound words beat their parts: 'laveuse à linge' drops 'linge' and 'laveuse'.
        kept = [h for h in hits if not any(_contains(o.span, h.span) for o in hits)]
        return self._ranked(kept, limit)

    def _whole_terms(self, words: Sequence[str]) -> list[_Hit]:
        """Terms typed whole: the query itself, or a run of its words ('vieux divan brun')."""
        hits = []
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                key = " ".join(words[start:end])
                if key not in self._entries or key in _STOP_WORDS:
                    continue
                if (start, end) == (0, len(words)):
                    score = self.EXACT
                else:
                    score = self.PHRASE + min(len(key), 20) / 10
                hits.append(_Hit(key, score, (start, end)))
        return hits

    def _langs_of(self, hits: Sequence[_Hit]) -> set[str]:
        langs = {e.lang for h in hits for e in self._entries[h.key]}
        return langs or set(LANGS)

    def _started_terms(self, words: Sequence[str], langs: set[str]) -> list[_Hit]:
        """Terms starting with the query's last words, as one types ('frig', 'laveuse a lin').

        Only in the languages the query's whole words are in: an English word typed in full
        is not the start of a French one.
        """
        hits = []
        for start in range(len(words)):
            if words[start] in _STOP_WORDS:
                continue
            tail = " ".join(words[start:])
            if len(tail) < 3:
                continue
            first = bisect_left(self._keys, tail)
            for key in self._keys[first : first + 50]:
                if not key.startswith(tail):
                    break
                if key != tail and any(e.lang in langs for e in self._entries[key]):
                    score = self.PREFIX - (1.0 if start else 0.0)
                    hits.append(_Hit(key, score, (start, len(words))))
        return hits

    def _typos(self, text: str, words: Sequence[str]) -> list[_Hit]:
        hits = []
        candidates = {text: (0, len(words))}
        for i, word in enumerate(words):
            if word not in _STOP_WORDS:
                candidates.setdefault(word, (i, i + 1))
        for candidate, span in candidates.items():
            if len(candidate) < 4:
                continue
            for key, score, _ in process.extract(
                candidate,
                self._keys,
                scorer=fuzz.ratio,
                score_cutoff=self.FUZZY_CUTOFF,
                limit=5,
            ):
                # People rarely mistype a word's first letter: « culturels » is not « sculptures ».
                if key[0] == candidate[0]:
                    hits.append(_Hit(key, float(score) * self._FUZZY_WEIGHT, span))
        return hits

    def _ranked(self, hits: Sequence[_Hit], limit: int) -> list[ItemMatch]:
        """The best score per item, and per category for the terms naming a category alone.

        At equal scores items come first: 'divan' is a sofa, then furniture in general.
        """
        best: dict[tuple[str | None, str | None], tuple[float, str]] = {}
        for hit in hits:
            for entry in self._entries[hit.key]:
                target = (entry.item, entry.category)
                if hit.score > best.get(target, (0.0, ""))[0]:
                    best[target] = (hit.score, self._display[hit.key])
        matches = [
            ItemMatch(item=item, category=category, score=round(score, 1), matched=matched)
            for (item, category), (score, matched) in best.items()
        ]
        matches.sort(key=lambda m: (-m.score, m.item is None, m.item or m.category or ""))
        return matches[:limit]


@dataclass(frozen=True)
class NameMatch(Generic[T]):
    value: T
    name: str
    score: float


class NameIndex(Generic[T]):
    """Proper names (places, place types, municipalities) found by what people type.

    `key` folds a name for comparison (default: case, accents, plurals; municipalities also
    fold St-/Ste-). A name is found whole (100), as a run of its words (96 to 99, the more of
    the name typed the higher), or, for suggestions only, by the start of its words.
    """

    EXACT = 100.0
    PHRASE = 96.0
    STARTS = 88.0

    def __init__(
        self, entries: Iterable[tuple[str, T]], key: Callable[[str], str] = normalise
    ) -> None:
        self._key = key
        self._names: list[tuple[str, list[str], str, T]] = []
        # Names by the first two and three letters of each of their words: whatever matches,
        # the first typed word starts one of the name's words, so only those are compared.
        self._by_start: dict[str, list[int]] = {}
        for name, value in entries:
            folded = normalise(key(name))
            if folded:
                for start in {w[:n] for w in folded.split() for n in (2, 3)}:
                    self._by_start.setdefault(start, []).append(len(self._names))
                self._names.append((folded, folded.split(), name, value))

    def find(self, query: str, typing: bool = False, limit: int = 8) -> list[NameMatch[T]]:
        """Names the query names; with `typing`, also names whose words start as typed."""
        text = normalise(self._key(query))
        words = text.split()
        if len(text) < 2 or not [w for w in words if w not in _STOP_WORDS]:
            return []
        if len(words[0]) >= 2:
            candidates: Iterable[int] = self._by_start.get(words[0][:3], [])
        else:
            candidates = range(len(self._names))
        found = []
        for number in candidates:
            folded, name_words, name, value = self._names[number]
            score = self._score(text, words, folded, name_words, typing)
            if score:
                found.append(NameMatch(value, name, score))
        ranked = sorted(found, key=lambda m: (-m.score, m.name))
        return ranked[:limit]

    def _score(
        self, text: str, words: list[str], folded: str, name_words: list[str], typing: bool
    ) -> float:
        if text == folded:
            return self.EXACT
        if f" {text} " in f" {folded} ":
            return round(self.PHRASE + 3 * len(words) / len(name_words), 1)
        if typing and _starts_words(words, name_words):
            return self.STARTS
        return 0.0


def _starts_words(words: list[str], name_words: list[str]) -> bool:
    """Each typed word starts a word of the name, in order ('st geo' → 'saint georges')."""
    position = 0
    for word in words:
        while position < len(name_words) and not name_words[position].startswith(word):
            position += 1
        if position == len(name_words):
            return False
        position += 1
    return True
