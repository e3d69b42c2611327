"""Municipality names as people type them → the municipality, its point and its MRC (offline).

Pure: built from plain entries (the municipalities table or data/municipalities.csv), no session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from .names import name_key

# A typo this close to one name is read as that name, with a warning to check it.
FUZZY_MIN_SCORE = 88.0
# Among homonyms (the two Disraeli), the one whose designation comes first here is chosen.
DESIGNATION_ORDER = ("ville", "municipalite", "village", "paroisse", "canton", "cantons unis")
_DESIGNATION_WORDS = r"(ville|municipalite|village|paroisse|canton|cantons unis|cite)"
_DESIGNATION_PREFIX = re.compile(rf"^{_DESIGNATION_WORDS}\s+(de la|de l|des|du|de|d)?\s*")
_PARENTHESES = re.compile(r"[()\[\]]")
_SECTOR_WORDS = re.compile(r"\b(secteur|arrondissement|quartier)\b\s*(de la|de l|des|du|de|d)?\s*")


@dataclass(frozen=True)
class GazetteerEntry:
    code_geo: str
    name: str
    designation: str
    mrc: str  # slug
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()


class MatchKind(StrEnum):
    NAME = "name"  # the official name, however typed
    ALIAS = "alias"  # a Lévis sector, a former name, a pre-merger name
    FUZZY = "fuzzy"  # a near spelling: needs a human look


@dataclass(frozen=True)
class GazetteerMatch:
    entry: GazetteerEntry
    kind: MatchKind
    typed: str
    matched_name: str  # the name or alias that matched
    homonyms: tuple[GazetteerEntry, ...] = field(default=())

    @property
    def ambiguous_mrc(self) -> bool:
        """Homonyms in different MRCs: the MRC itself is uncertain."""
        return any(h.mrc != self.entry.mrc for h in self.homonyms)


def _designation_rank(entry: GazetteerEntry) -> int:
    key = name_key(entry.designation)
    return DESIGNATION_ORDER.index(key) if key in DESIGNATION_ORDER else len(DESIGNATION_ORDER)


class Gazetteer:
    """All municipalities of the region, indexed by normalised name and alias."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entries: list[GazetteerEntry] = list(entries)
        self._by_key: dict[str, list[tuple[GazetteerEntry, MatchKind, str]]] = {}
        for entry in self.entries:
            self._add(name_key(entry.name), entry, MatchKind.NAME, entry.name)
        # Aliases after names: an official name always wins over another's alias.
        for entry in self.entries:
            for alias in entry.aliases:
                self._add(name_key(alias), entry, MatchKind.ALIAS, alias)
        self._keys = list(self._by_key)
        self.mrc_sizes: dict[str, int] = {}
        for entry in self.entries:
            self.mrc_sizes[entry.mrc] = self.mrc_sizes.get(entry.mrc, 0) + 1

    def _add(self, key: str, entry: GazetteerEntry, kind: MatchKind, name: str) -> None:
        found = self._by_key.setdefault(key, [])
        if all(e.code_geo != entry.code_geo for e, _, _ in found):
            found.append((entry, kind, name))

    def by_code(self, code_geo: str) -> GazetteerEntry | None:
        return next((e for e in self.entries if e.code_geo == code_geo), None)

    def find(self, typed: str, *, fuzzy: bool = True) -> GazetteerMatch | None:
        """The municipality meant by what someone typed, or None.

        Tries the whole text, then without a designation ('Paroisse de Disraeli'), then each
        part around parentheses or commas ('Lévis (Saint-Romuald)', 'Saint-Nicolas, Lévis'),
        then, if allowed, a close spelling.
        """
        if not typed.strip():
            return None
        key = name_key(_PARENTHESES.sub(" ", typed))
        designation = None
        stripped = _DESIGNATION_PREFIX.sub("", key)
        if stripped != key:
            designation = key[: len(key) - len(stripped)].split()[0]
        candidates = [key, stripped, _SECTOR_WORDS.sub("", stripped)]
        parts = [p for p in re.split(r"[(),;/\[\]]", typed) if p.strip()]
        if len(parts) > 1:
            # The most specific part first: a sector name tells more than the city name.
            candidates += [name_key(p) for p in reversed(parts)]
            candidates += [
                _SECTOR_WORDS.sub("", _DESIGNATION_PREFIX.sub("", name_key(p))) for p in parts
            ]
        for candidate in candidates:
            designation = designation or _trailing_designation(candidate)
            candidate = _strip_trailing_designation(candidate)
            found = self._by_key.get(candidate)
            if found:
                return self._pick(found, typed, designation)
        if fuzzy and self._keys:
            best = process.extractOne(
                stripped, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE
            )
            if best is not None:
                match = self._pick(self._by_key[best[0]], typed, designation)
                return GazetteerMatch(
                    match.entry, MatchKind.FUZZY, typed, match.matched_name, match.homonyms
                )
        return None

    def _pick(
        self,
        found: list[tuple[GazetteerEntry, MatchKind, str]],
        typed: str,
        designation: str | None,
    ) -> GazetteerMatch:
        ranked = sorted(found, key=lambda f: (f[1] != MatchKind.NAME, _designation_rank(f[0])))
        if designation:
            wanted = [f for f in ranked if name_key(f[0].designation) == designation]
            ranked = wanted + [f for f in ranked if f not in wanted]
        entry, kind, name = ranked[0]
        homonyms = tuple(f[0] for f in ranked[1:]) if not designation else ()
        return GazetteerMatch(entry, kind, typed, name, homonyms)


def _trailing_designation(key: str) -> str | None:
    match = re.search(rf"\s{_DESIGNATION_WORDS}$", key)
    return match.group(1) if match else None


def _strip_trailing_designation(key: str) -> str:
    return re.sub(rf"\s{_DESIGNATION_WORDS}$", "", key)
