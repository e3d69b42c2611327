"""Opening hours as people write them (`lun-ven 9h-17h`, `Mon-Fri 9am-5pm`) read into OSM syntax.

Pure: text in, values out. `read_hours` turns Québec French or English wording into an
OpenStreetMap `opening_hours` string and names, in French, each part it could not read;
`describe` says an OSM string back in plain words; `next_days` lists the coming days' openings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from . import hours
from .i18n import _

__all__ = ["HoursReading", "describe", "next_days", "read_hours", "weekly"]

DAY_CODES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTH_CODES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ALL_DAYS = frozenset(range(7))
DAY_END = 24 * 60


@dataclass(frozen=True)
class HoursReading:
    """`osm` is None when nothing could be read; `unread` holds the parts left out, as typed."""

    osm: str | None
    problems: list[str]
    unread: list[str] = field(default_factory=list)


# --- words -------------------------------------------------------------------------------------

_DAY_WORDS = {
    0: "lundi lun lu monday mon mo",
    1: "mardi mar ma tuesday tues tue tu",
    2: "mercredi mercr merc mer me wednesday wed we",
    3: "jeudi jeu je thursday thurs thur thu th",
    4: "vendredi vendr vend ven ve friday fri fr",
    5: "samedi sam sa saturday sat",
    6: "dimanche dim di sunday sun su",
}
DAYS = {word: day for day, words in _DAY_WORDS.items() for word in words.split()}
_MONTH_WORDS = {
    1: "janvier janv jan january",
    2: "fevrier fevr fev feb february",
    3: "mars march",
    4: "avril avr apr april",
    5: "mai may",
    6: "juin jun june",
    7: "juillet juil jul july",
    8: "aout aug august",
    9: "septembre sept sep september",
    10: "octobre oct october",
    11: "novembre nov november",
    12: "decembre dec december",
}
MONTHS = {word: month for month, words in _MONTH_WORDS.items() for word in words.split()}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CLOSED_WORDS = _words(
    "ferme fermee fermes fermees closed off sauf except excepte exceptes excepted"
)
# Extra openings on days already open: `jeudi soir 18h-21h` adds to the day, it does not replace.
ADDITIVE_WORDS = _words("soir soirs aussi egalement also evening evenings")
BETWEEN_WORDS = _words("entre between")
FILLER_WORDS = _words(
    """de du des d l le la les qu ouvert ouverte ouverts ouvertes open opened from on the at in
    heure heures hre hres hr hrs h horaire horaires hours hour ouverture opening business jour
    jours day days tous toutes chaque every each seulement uniquement only inclusivement inclus
    incl en pendant durant during matin matins morning mornings apres-midi afternoon afternoons
    nous are is"""
)

_AMPM = r"(?:\s*(?P<{0}>[ap])\.?\s*m\b\.?)"
_TOKEN = re.compile(
    r"""
    (?P<always>24\s*/\s*7
      |24\s*h(?:eures?|res?|rs?)?\s*(?:/|sur)\s*24(?:\s*h(?:eures?|res?|rs?)?)?\s*[,/]?\s*(?:et\s+)?
       7\s*j(?:ours?|rs?)?\s*(?:/|sur)\s*7(?:\s*j(?:ours?|rs?)?)?
      |24\s*hours\s*a\s*day\s*,?\s*7\s*days\s*a\s*week)
    |(?P<allday>24\s*h(?:eures?|res?|rs?)?\s*(?:/|sur)\s*24(?:\s*h(?:eures?|res?|rs?)?)?
      |24\s*hours(?:\s*a\s*day)?|toute\s+la\s+journee|all\s+day)
    |(?P<everyday>7\s*j(?:ours?|rs?)?\s*(?:/|sur)\s*7(?:\s*j(?:ours?|rs?)?)?|7\s*/\s*7
      |tous\s+les\s+jours|chaque\s+jour|every\s*day|daily|7\s*days(?:\s*a\s*week)?)
    |(?P<weekend>fins?\s+de\s+semaine|week-?ends?)
    |(?P<weekdays>(?:en|la|les\s+jours\s+de|jours\s+de)\s+semaine|weekdays|semaine)
    |(?P<holiday>(?:les\s+)?(?:jours|journees|conges)\s+feries|(?:les\s+)?feries
      |(?:public\s+|statutory\s+|stat\s+|bank\s+)?holidays?)
    |(?P<until>jusqu\s*'?\s*(?:a|au|aux)\b|jusque?\b|until\b|till?\b)
    |(?P<filler_phrase>a\s+partir\s+d(?:e\b|u\b|')|a\s+compter\s+d(?:e\b|u\b|')|starting\s+at)
    |(?P<clock>(?P<ch>\d{1,2})\s*:\s*(?P<cm>\d{2})"""
    + _AMPM.format("cap")
    + r"""?)
    |(?P<hclock>(?P<hh>\d{1,2})\s*h(?:eures?|res?|rs?)?(?![a-z])(?:\s*(?P<hm>\d{2})\b)?"""
    + _AMPM.format("hap")
    + r"""?)
    |(?P<ampm>(?P<ah>\d{1,2})"""
    + _AMPM.format("aap")
    + r""")
    |(?P<named>midi|minuit|noon|midnight)
    |(?P<number>\d{1,2})(?P<ordinal>er|re|e|st|nd|rd|th)?(?![\d:])
    |(?P<range>-|\b(?:a|au|aux|to|through|thru)\b)
    |(?P<list>,|&|\+|/|\b(?:et|and|ou|or)\b)
    |(?P<sep>[;.()|\[\]\n])
    |(?P<colon>:)
    |(?P<elision>\b(?:d|l|qu)')
    |(?P<word>[a-z]+(?:-[a-z]+)*)
    |(?P<space>\s+)
    |(?P<other>.)
    """,
    re.VERBOSE,
)


@dataclass
class _Token:
    kind: str
    start: int
    end: int
    value: object = None


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so spans point into the original."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0].lower()
        if char in "’‘ʼ`´":
            base = "'"
        elif char in "–—‑−":
            base = "-"
        elif char in "\u00a0\u202f\t\r":
            base = " " if char != "\r" else "\n"
        elif len(base) != 1:
            base = " "
        out.append(base)
    return "".join(out)


@dataclass(frozen=True)
class _Time:
    minutes: int
    suffix: str | None  # 'a' / 'p' when written with am/pm
    bare: bool  # a number alone (`9-17`) or `9:00` without am/pm: English may mean pm


def _make_time(hour: int, minute: int, suffix: str | None, bare: bool) -> _Time | None:
    if suffix is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "p" else 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return _Time(hour * 60 + minute, suffix, bare)


def _tokenize(text: str) -> list[_Token]:
    folded = _fold(text)
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(folded):
        kind = match.lastgroup or "other"
        group = match.group
        start, end = match.start(), match.end()
        value: object = None
        if kind == "space":
            continue
        if kind in {"clock", "hclock", "ampm"}:
            hour = int(group("ch") or group("hh") or group("ah"))
            minute = int(group("cm") or group("hm") or 0)
            suffix = group("cap") or group("hap") or group("aap")
            value = _make_time(hour, minute, suffix, kind == "clock" and suffix is None)
            kind = "time" if value is not None else "unknown"
        elif kind == "named":
            noon = group("named") in {"midi", "noon"}
            value = _Time(12 * 60 if noon else 0, "n" if noon else "m", False)
            kind = "time"
        elif kind == "number":
            value = int(group("number"))
            kind = "ordinal" if group("ordinal") else "number"
        elif kind == "word":
            word = group("word")
            kind, value = _classify(word)
            parts = word.split("-")
            if len(parts) > 1 and all(_classify(p)[0] in {"day", "month"} for p in parts):
                # `lun-ven`, `avril-novembre`: a range, not a compound word like `rendez-vous`.
                offset = start
                for k, part in enumerate(parts):
                    if k:
                        tokens.append(_Token("range", offset, offset + 1))
                        offset += 1
                    part_kind, part_value = _classify(part)
                    tokens.append(_Token(part_kind, offset, offset + len(part), part_value))
                    offset += len(part)
                continue
            if kind in {"day", "month"} and folded[end : end + 1] == ".":
                end += 1  # `lun.`, `sept.`: the dot closes the abbreviation, not the sentence
        elif kind == "list":
            value = group("list")
        elif kind in {"elision", "filler_phrase"}:
            kind = "filler"
        elif kind == "weekend":
            kind, value = "days", frozenset({5, 6})
        elif kind == "weekdays":
            kind, value = "days", frozenset(range(5))
        elif kind == "everyday":
            kind, value = "days", ALL_DAYS
        elif kind == "other":
            kind = "unknown"
        tokens.append(_Token(kind, start, end, value))
    # An abbreviation's dot was consumed above: drop the separator the regex also saw there.
    kept: list[_Token] = []
    for token in tokens:
        if kept and token.kind == "sep" and token.start < kept[-1].end:
            continue
        kept.append(token)
    return kept


def _classify(word: str) -> tuple[str, object]:
    if word in MONTHS:
        return "month", MONTHS[word]
    for candidate in (word, word[:-1] if len(word) > 4 and word.endswith("s") else ""):
        if candidate in DAYS:
            return "day", DAYS[candidate]
    if word in CLOSED_WORDS:
        return "closed", None
    if word in ADDITIVE_WORDS:
        return "additive", None
    if word in BETWEEN_WORDS:
        return "between", None
    if word in FILLER_WORDS:
        return "filler", None
    return "unknown", None


# --- from tokens to rules ----------------------------------------------------------------------

_OPENING_KINDS = {"time", "number", "always", "allday"}
_WHEN_KINDS = {"day", "days", "holiday", "month"}


def _clauses(tokens: list[_Token]) -> list[list[_Token]]:
    """Pieces between punctuation: the unit a problem is reported for."""
    clauses: list[list[_Token]] = [[]]
    for token in tokens:
        if token.kind == "sep" or (token.kind == "list" and token.value in {",", "/"}):
            clauses[-1].append(token)
            clauses.append([])
        else:
            clauses[-1].append(token)
    return [c for c in clauses if c]


@dataclass
class _Rule:
    months: str | None = None
    days: set[int] = field(default_factory=set)
    holiday: bool = False
    times: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = False
    until: int | None = None
    additive: bool = False
    lone: bool = False  # an opening time without its closing one: `dès 9h`
    what_first: bool = False  # `9h-17h du lundi au vendredi`, `fermé dimanche et lundi`
    start: int = -1
    end: int = -1

    @property
    def has_when(self) -> bool:
        return bool(self.days) or self.holiday

    @property
    def has_what(self) -> bool:
        return bool(self.times) or self.closed or self.until is not None or self.lone

    def touch(self, token: _Token) -> None:
        self.start = token.start if self.start < 0 else min(self.start, token.start)
        self.end = max(self.end, token.end)


@dataclass
class _Item:
    kind: str  # days, holiday, span, lone, until, closed, months, colon, additive, always
    start: int
    end: int
    value: object = None


def _span(first: _Time, last: _Time) -> tuple[int, int]:
    begin, end = first.minutes, last.minutes
    if last.suffix == "m" or (end == 0 and begin > 0):
        end = DAY_END  # `minuit` / `0h` as a closing time is the end of the day
    if first.suffix == "m":
        begin = 0
    if last.suffix == "p" and first.suffix is None and first.minutes < 12 * 60:
        # `1-5pm` is 13:00-17:00; `9-5pm` stays 9:00-17:00.
        if first.minutes + 12 * 60 < end:
            begin = first.minutes + 12 * 60
    elif first.bare and last.bare and end <= begin and end + 12 * 60 > begin:
        end += 12 * 60  # English `9:00-5:00`
    return begin, end


def _items(tokens: list[_Token]) -> list[_Item]:
    """Pair what goes in pairs: day, month and time ranges, `entre X et Y`, `jusqu'à X`."""
    meaningful = [t for t in tokens if t.kind not in {"filler", "sep"}]
    items: list[_Item] = []
    i = 0

    def at(k: int, *kinds: str) -> bool:
        return k < len(meaningful) and meaningful[k].kind in kinds

    while i < len(meaningful):
        token = meaningful[i]
        kind = token.kind
        if kind in {"number", "ordinal"} and at(i + 1, "month"):
            meaningful[i + 1].value = (meaningful[i + 1].value, token.value)
            meaningful[i + 1].start = token.start
            i += 1
            continue
        if kind == "month" and isinstance(token.value, int) and at(i + 1, "number"):
            token.value = (token.value, meaningful[i + 1].value)
            token.end = meaningful[i + 1].end
            del meaningful[i + 1]
        if kind == "number":
            # A bare number is an hour only inside a range: `9-17`, `9 à 5 pm`.
            value = token.value
            assert isinstance(value, int)
            made = _make_time(value, 0, None, True)
            if made is None:
                items.append(_Item("unknown", token.start, token.end))
                i += 1
                continue
            token.kind, token.value, kind = "time", made, "time"
        if kind == "day" and at(i + 1, "range") and at(i + 2, "day"):
            first, last = token.value, meaningful[i + 2].value
            assert isinstance(first, int)
            assert isinstance(last, int)
            days = {(first + k) % 7 for k in range((last - first) % 7 + 1)}
            items.append(_Item("days", token.start, meaningful[i + 2].end, days))
            i += 3
            continue
        if kind == "day":
            items.append(_Item("days", token.start, token.end, {token.value}))
        elif kind == "days":
            assert isinstance(token.value, frozenset)
            items.append(_Item("days", token.start, token.end, set(token.value)))
        elif kind == "month":
            months = _month_code(token.value)
            end = token.end
            if at(i + 1, "range") and at(i + 2, "month", "number", "ordinal"):
                last = meaningful[i + 2]
                if last.kind != "month" and at(i + 3, "month"):
                    last = meaningful[i + 3]
                    last.value = (last.value, meaningful[i + 2].value)
                    i += 1
                if last.kind == "month":
                    months = f"{months}-{_month_code(last.value)}"
                    end = last.end
                    i += 2
            items.append(_Item("months", token.start, end, months))
        elif kind == "time":
            first = token.value
            assert isinstance(first, _Time)
            if at(i + 1, "range", "until") and at(i + 2, "time", "number"):
                last_token = meaningful[i + 2]
                last = last_token.value
                if last_token.kind == "number":
                    assert isinstance(last, int)
                    last = _make_time(last, 0, None, True)
                if isinstance(last, _Time):
                    items.append(_Item("span", token.start, last_token.end, _span(first, last)))
                    i += 3
                    continue
            items.append(_Item("lone", token.start, token.end, first))
        elif kind == "between" and at(i + 1, "time") and at(i + 2, "list") and at(i + 3, "time"):
            first, last = meaningful[i + 1].value, meaningful[i + 3].value
            assert isinstance(first, _Time)
            assert isinstance(last, _Time)
            items.append(_Item("span", token.start, meaningful[i + 3].end, _span(first, last)))
            i += 4
            continue
        elif kind == "until" and at(i + 1, "time"):
            moment = meaningful[i + 1].value
            assert isinstance(moment, _Time)
            minutes = DAY_END if moment.suffix == "m" or moment.minutes == 0 else moment.minutes
            items.append(_Item("until", token.start, meaningful[i + 1].end, minutes))
            i += 2
            continue
        elif kind == "allday":
            items.append(_Item("span", token.start, token.end, (0, DAY_END)))
        elif kind in {"holiday", "closed", "colon", "additive", "always", "unknown"}:
            items.append(_Item(kind, token.start, token.end))
        elif kind in {"range", "until", "between", "list"}:
            pass  # a connector left alone: nothing to pair it with
        i += 1
    return items


def _month_code(value: object) -> str:
    if isinstance(value, tuple):
        month, day = value
        return f"{MONTH_CODES[month - 1]} {day:02d}"
    assert isinstance(value, int)
    return MONTH_CODES[value - 1]


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.rules: list[_Rule] = []
        self.problems: list[str] = []
        self.unread: list[str] = []
        self.scope: str | None = None
        self.current = _Rule()

    def part(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())

    def not_understood(self, start: int, end: int, why: str = "") -> None:
        part = self.part(start, end)
        self.unread.append(part)
        if why == "hours":
            message = _("Je n'ai pas compris « %(part)s » : il manque les heures.", part=part)
        elif why == "closing":
            message = _(
                "Je n'ai pas compris « %(part)s » : il manque l'heure de fermeture.", part=part
            )
        elif why == "opening":
            message = _(
                "Je n'ai pas compris « %(part)s » : il manque l'heure d'ouverture.", part=part
            )
        elif why == "days":
            message = _("Je n'ai pas compris « %(part)s » : quels jours ?", part=part)
        else:
            message = _("Je n'ai pas compris « %(part)s ».", part=part)
        self.problems.append(message)

    def read(self, tokens: list[_Token]) -> None:
        items: list[_Item] = []
        for clause in _clauses(tokens):
            items.extend(self.read_clause(clause))
        for index, item in enumerate(items):
            self.take(item, items[index + 1 :])
        self.flush()

    def read_clause(self, clause: list[_Token]) -> list[_Item]:
        unknown = [t for t in clause if t.kind == "unknown"]
        if unknown:
            rest = [t for t in clause if t.kind != "unknown"]
            kinds = {t.kind for t in rest}
            # Keep the rest only when it still says when it opens (`lun-ven 9h-17h sur
            # rendez-vous`); `samedi sur rendez-vous` is reported whole.
            complete = bool(kinds & _OPENING_KINDS) or (
                "closed" in kinds and bool(kinds & _WHEN_KINDS)
            )
            if not complete:
                words = [t for t in clause if t.kind not in {"sep", "list"}]
                if words:
                    self.not_understood(words[0].start, words[-1].end)
                return []
            for run_start, run_end in _runs(clause):
                self.not_understood(run_start, run_end)
            clause = rest
        return _items(clause)

    def take(self, item: _Item, upcoming: list[_Item]) -> None:
        rule = self.current
        if item.kind in {"days", "holiday"}:
            if rule.has_what and rule.has_when and not self.continues_list(rule, upcoming):
                rule = self.flush()
            if rule.has_what and not rule.has_when:
                rule.what_first = True
            if item.kind == "holiday":
                rule.holiday = True
            else:
                assert isinstance(item.value, set)
                rule.days |= item.value
        elif item.kind == "span":
            if (rule.closed and rule.has_when) or rule.what_first or rule.until is not None:
                rule = self.flush()
            assert isinstance(item.value, tuple)
            rule.times.append(item.value)
        elif item.kind == "until":
            if rule.has_what and (rule.has_when or rule.times):
                rule = self.flush()
            assert isinstance(item.value, int)
            rule.until = item.value
        elif item.kind == "closed":
            if rule.times or rule.until is not None:
                rule = self.flush()
            rule.closed = True
        elif item.kind == "always":
            if rule.has_what or rule.has_when:
                rule = self.flush()
            rule.days |= ALL_DAYS
            rule.times.append((0, DAY_END))
        elif item.kind == "months":
            assert isinstance(item.value, str)
            prefix = bool(upcoming) and upcoming[0].kind == "colon"
            if (rule.has_what or rule.has_when) and not prefix:
                rule.months = item.value  # `lun-ven 9h-17h de mai à octobre`: this rule only
            else:
                if rule.has_what:
                    rule = self.flush()
                self.scope = rule.months = item.value  # `d'avril à novembre : …` and what follows
        elif item.kind == "additive":
            rule.additive = True
        elif item.kind == "lone":
            if rule.has_what and rule.has_when:
                rule = self.flush()
            rule.lone = True
        elif item.kind == "unknown":
            self.not_understood(item.start, item.end)
            return
        else:
            return
        rule.touch(_Token(item.kind, item.start, item.end))

    @staticmethod
    def continues_list(rule: _Rule, upcoming: list[_Item]) -> bool:
        """`fermé dimanche et lundi`: more days for a rule that said what before saying when."""
        if not rule.what_first:
            return False
        for item in upcoming:
            if item.kind not in {"days", "holiday", "colon"}:
                return item.kind not in {"span", "closed", "until", "lone", "always", "additive"}
        return True

    def flush(self) -> _Rule:
        rule = self.current
        self.current = _Rule(months=self.scope)
        if rule.start < 0:
            return self.current
        if rule.lone:
            self.not_understood(rule.start, rule.end, "closing")
        elif not rule.has_what:
            self.not_understood(rule.start, rule.end, "hours")
        elif rule.until is not None and not rule.times and not rule.closed:
            previous = next(
                (r for r in reversed(self.rules) if r.times and r.times[-1][0] < rule.until), None
            )
            if previous is None:
                self.not_understood(rule.start, rule.end, "opening")
            else:
                # `lun-ven 9h-17h, jeudi jusqu'à 21h`: Thursday opens as the others, closes later.
                rule.times = [*previous.times[:-1], (previous.times[-1][0], rule.until)]
                rule.months = rule.months or previous.months
                if not rule.has_when:
                    rule.days = set(previous.days)
                self.rules.append(rule)
        elif rule.closed and rule.times and not rule.has_when:
            # `9 h à 17 h (fermé de 12 h à 13 h)`: a break inside the previous rule's hours.
            previous = next((r for r in reversed(self.rules) if r.times and not r.closed), None)
            if previous is None:
                self.not_understood(rule.start, rule.end, "opening")
            else:
                previous.times = _without(previous.times, rule.times)
        elif rule.closed and not rule.has_when and rule.months is None and self.rules:
            self.not_understood(rule.start, rule.end, "days")
        elif any(begin == end for begin, end in rule.times):
            self.not_understood(rule.start, rule.end)
        else:
            self.rules.append(rule)
        return self.current


def _without(times: list[tuple[int, int]], breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept = list(times)
    for pause_start, pause_end in breaks:
        pieces: list[tuple[int, int]] = []
        for begin, end in kept:
            if pause_end <= begin or pause_start >= end:
                pieces.append((begin, end))
                continue
            if begin < pause_start:
                pieces.append((begin, pause_start))
            if pause_end < end:
                pieces.append((pause_end, end))
        kept = pieces
    return kept


def _runs(clause: list[_Token]) -> list[tuple[int, int]]:
    """Spans of unknown words, with the small words between them (`sur rendez-vous`)."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    pending_end = -1
    for token in clause:
        if token.kind == "unknown":
            if start < 0:
                start = token.start
            end = token.end
            pending_end = -1
        elif token.kind == "filler" and start >= 0:
            pending_end = token.end
        elif start >= 0:
            runs.append((start, end))
            start = end = -1
    if start >= 0:
        runs.append((start, end))
    del pending_end
    return runs


# --- writing OSM -------------------------------------------------------------------------------


def _days_osm(days: set[int]) -> str:
    if days == set(ALL_DAYS):
        return "Mo-Su"
    parts: list[str] = []
    ordered = sorted(days)
    run: list[int] = []
    for day in [*ordered, None]:
        if day is not None and run and day == run[-1] + 1:
            run.append(day)
            continue
        if run:
            if len(run) >= 3:
                parts.append(f"{DAY_CODES[run[0]]}-{DAY_CODES[run[-1]]}")
            else:
                parts.extend(DAY_CODES[d] for d in run)
        run = [day] if day is not None else []
    return ",".join(parts)


def _clock_osm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _rule_osm(rule: _Rule) -> str:
    if not rule.months and rule.days == set(ALL_DAYS) and rule.times == [(0, DAY_END)]:
        return "24/7"
    selectors = []
    if rule.days:
        selectors.append(_days_osm(rule.days))
    if rule.holiday:
        selectors.append("PH")
    words = []
    if rule.months:
        words.append(f"{rule.months}:" if selectors or rule.times else rule.months)
    if selectors:
        words.append(",".join(selectors))
    if rule.closed:
        words.append("off")
    else:
        words.append(",".join(f"{_clock_osm(b)}-{_clock_osm(e)}" for b, e in rule.times))
    return " ".join(words)


def _rules_osm(rules: list[_Rule]) -> str:
    # What is closed is the exception to the rest (`fermé les jours fériés`): it comes last,
    # since in OSM a later rule wins over an earlier one for the same day.
    ordered = [r for r in rules if not r.closed] + [r for r in rules if r.closed]
    out = ""
    for rule in ordered:
        text = _rule_osm(rule)
        if out:
            out += ", " if rule.additive and not rule.closed else "; "
        out += text
    return out


def read_hours(text: str) -> HoursReading:
    """`lun-ven 9h-17h, sam 10h à 16h` → `Mo-Fr 09:00-17:00; Sa 10:00-16:00`, or the problems."""
    text = unicodedata.normalize("NFC", text or "").strip()
    if not text:
        return HoursReading(None, [])
    flat = " ".join(text.split())
    if hours.validation_error(flat) is None:
        return HoursReading(flat, [])  # already OSM: staff who know the syntax keep their text
    reader = _Reader(text)
    reader.read(_tokenize(text))
    if not reader.rules:
        if not reader.problems:
            reader.not_understood(0, len(text))
        return HoursReading(None, reader.problems, reader.unread)
    osm = _rules_osm(reader.rules)
    if hours.validation_error(osm) is not None:
        # Never hand on what the map cannot read; say it plainly instead of the parser's words.
        return HoursReading(None, [_("Je n'ai pas compris « %(part)s ».", part=flat)], [flat])
    return HoursReading(osm, reader.problems, reader.unread)


# --- saying OSM back in words ------------------------------------------------------------------

_MONTH_NAMES = {
    "fr": [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
}  # fmt: skip
_DAY_NAMES = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_OSM_DAY = "|".join(DAY_CODES)
_OSM_MONTH = "|".join(MONTH_CODES)
_OSM_TOKEN = re.compile(
    rf"""
    (?P<months>(?:{_OSM_MONTH})(?:\s\d{{1,2}})?(?:-(?:{_OSM_MONTH})(?:\s\d{{1,2}})?)?)(?![a-z])
    |(?P<days>(?:{_OSM_DAY})(?:-(?:{_OSM_DAY}))?|PH)(?![a-z])
    |(?P<times>\d{{2}}:\d{{2}}-\d{{2}}:\d{{2}})
    |(?P<off>off|closed)
    |(?P<colon>:)
    |(?P<comma>,)
    |(?P<semicolon>;)
    |(?P<space>\s+)
    |(?P<other>.)
    """,
    re.VERBOSE,
)


def _minutes(clock: str) -> int:
    hour, minute = clock.split(":")
    return int(hour) * 60 + int(minute)


def _parse_osm(osm: str) -> list[_Rule] | None:
    """The plain rules this module writes (months, days, times, off); None for anything richer."""
    if osm.strip() == "24/7":
        return [_Rule(days=set(ALL_DAYS), times=[(0, DAY_END)])]
    rules: list[_Rule] = []
    rule = _Rule()
    after_comma = False

    def new(additive: bool) -> _Rule:
        rules.append(rule)
        return _Rule(additive=additive)

    for match in _OSM_TOKEN.finditer(osm):
        kind, text = match.lastgroup, match.group()
        if kind == "other":
            return None
        if kind in {"months", "days"} and (rule.times or rule.closed):
            rule = new(additive=after_comma)
        if kind == "semicolon":
            rule = new(additive=False)
        elif kind == "months":
            rule.months = text
        elif kind == "days" and text == "PH":
            rule.holiday = True
        elif kind == "days":
            first, _sep, last = text.partition("-")
            a, b = DAY_CODES.index(first), DAY_CODES.index(last or first)
            rule.days |= {(a + k) % 7 for k in range((b - a) % 7 + 1)}
        elif kind == "times":
            begin, end = text.split("-")
            rule.times.append((_minutes(begin), _minutes(end)))
        elif kind == "off":
            rule.closed = True
        if kind != "space":
            after_comma = kind == "comma"
    rules.append(rule)
    if any(not (r.times or r.closed) for r in rules):
        return None
    return rules


Week = tuple[list[tuple[tuple[int, int], ...]], tuple[tuple[int, int], ...] | None]


def _week(rules: list[_Rule]) -> Week:
    """Each weekday's openings (and the holidays', when a rule names them), later rules winning."""
    days: list[tuple[tuple[int, int], ...]] = [() for _ in range(7)]
    holiday: tuple[tuple[int, int], ...] | None = None
    for rule in rules:
        times = () if rule.closed else tuple(rule.times)
        targets = rule.days or (set() if rule.holiday else set(ALL_DAYS))
        for day in targets:
            days[day] = days[day] + times if rule.additive else times
        if rule.holiday:
            holiday = (holiday or ()) + times if rule.additive else times
    return days, holiday


def _clock_words(minutes: int, lang: str) -> str:
    hour, minute = divmod(minutes % DAY_END, 60)
    if lang == "en":
        if minutes in {0, DAY_END}:
            return "midnight"
        if minutes == 12 * 60:
            return "noon"
        suffix = "am" if hour < 12 else "pm"
        hour = hour % 12 or 12
        return f"{hour}:{minute:02d} {suffix}" if minute else f"{hour} {suffix}"
    if minutes in {0, DAY_END}:
        return "minuit"
    return f"{hour} h {minute:02d}" if minute else f"{hour} h"


def _joined(words: list[str], lang: str) -> str:
    last = " and " if lang == "en" else " et "
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + last + words[-1]


def _times_words(times: tuple[tuple[int, int], ...], lang: str) -> str:
    if not times:
        return "closed" if lang == "en" else "fermé"
    if times == ((0, DAY_END),):
        return "open 24 hours" if lang == "en" else "24 h sur 24"
    link = " to " if lang == "en" else " à "
    return _joined([_clock_words(b, lang) + link + _clock_words(e, lang) for b, e in times], lang)


def _days_words(days: list[int], lang: str) -> str:
    names = _DAY_NAMES[lang]
    link = " to " if lang == "en" else " au "
    words: list[str] = []
    run: list[int] = []
    for day in [*days, None]:
        if day is not None and run and day == run[-1] + 1:
            run.append(day)
            continue
        if len(run) >= 3:
            words.append(names[run[0]] + link + names[run[-1]])
        else:
            words.extend(names[d] for d in run)
        run = [day] if day is not None else []
    text = _joined(words, lang)
    return text[0].upper() + text[1:]


def _week_lines(week: Week, lang: str) -> list[str]:
    days, holiday = week
    groups: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day, times in enumerate(days):
        groups.setdefault(times, []).append(day)
    # Open days first, in week order; the closed ones last, as a notice board reads.
    ordered = sorted(groups.items(), key=lambda pair: (not pair[0], pair[1][0]))
    lines = [
        f"{_days_words(group, lang)} : {_times_words(times, lang)}" for times, group in ordered
    ]
    if lang == "en":
        lines = [line.replace(" : ", ": ", 1) for line in lines]
    if holiday is not None:
        label = "Public holidays: " if lang == "en" else "Jours fériés : "
        lines.append(label + _times_words(holiday, lang))
    return lines


def _season_words(months: str, lang: str) -> str:
    names = _MONTH_NAMES[lang]

    def one(part: str) -> tuple[str, bool]:
        code, _space, day = part.partition(" ")
        name = names[MONTH_CODES.index(code)]
        if not day:
            return name, False
        return (f"{name} {int(day)}" if lang == "en" else f"{int(day)} {name}"), True

    first, _dash, last = months.partition("-")
    start, dated = one(first)
    if lang == "en":
        text = f"{start} to {one(last)[0]}" if last else f"In {start}"
        return text[0].upper() + text[1:]
    if not last:
        return f"En {start}"
    end = one(last)[0]
    if dated:
        return f"Du {start} au {end}"
    opening = "D'" if start[0] in "aeiouéèêâîô" else "De "
    return f"{opening}{start} à {end}"


def _season_months(months: str) -> set[int]:
    first, _dash, last = months.partition("-")
    a = MONTH_CODES.index(first.split(" ")[0])
    b = MONTH_CODES.index((last or first).split(" ")[0])
    return {(a + k) % 12 for k in range((b - a) % 12 + 1)}


def describe(osm: str | None, lang: str = "fr") -> list[str]:
    """« Lundi au vendredi : 9 h à 17 h », « Dimanche : fermé »; [] when there is nothing to say."""
    lang = "en" if lang == "en" else "fr"
    osm = (osm or "").strip()
    if not osm or hours.validation_error(osm) is not None:
        return []
    rules = _parse_osm(osm)
    if rules is None:
        return _described_by_evaluation(osm, lang)
    if osm == "24/7":
        return (
            ["Open 24 hours a day, 7 days a week"]
            if lang == "en"
            else ["Ouvert 24 h sur 24, 7 jours sur 7"]
        )
    seasons = list(dict.fromkeys(r.months for r in rules if r.months))
    if not seasons:
        return _week_lines(_week(rules), lang)
    lines: list[str] = []
    colon = ":" if lang == "en" else " :"
    covered: set[int] = set()
    for season in seasons:
        covered |= _season_months(season)
        week = _week([r for r in rules if r.months in (None, season)])
        header = _season_words(season, lang)
        if not any(week[0]):
            lines.append(f"{header}{colon} {_times_words((), lang)}")
            continue
        lines.append(header + colon)
        lines.extend(_week_lines(week, lang))
    if len(covered) < 12:
        rest = _week([r for r in rules if r.months is None])
        header = "Rest of the year" if lang == "en" else "Le reste de l'année"
        if any(rest[0]):
            lines.append(header + colon)
            lines.extend(_week_lines(rest, lang))
        else:
            lines.append(f"{header}{colon} {_times_words((), lang)}")
    return lines


# Opening plus the return from a lunch break: what the editor's per-day picker offers.
PICKER_RANGES = 2


def weekly(osm: str | None) -> list[list[str]] | None:
    """Each weekday's openings, Monday first (`['09:00-12:00', '13:00-17:00']`, `[]` closed),
    when the hours are one plain week the editor's per-day picker can show; None otherwise
    (seasons, holidays, more than two ranges a day, richer syntax)."""
    osm = (osm or "").strip()
    if not osm or hours.validation_error(osm) is not None:
        return None
    rules = _parse_osm(osm)
    if rules is None or any(r.months or r.holiday for r in rules):
        return None
    days, _holiday = _week(rules)
    if any(len(times) > PICKER_RANGES for times in days):
        return None
    return [[f"{_clock_osm(b)}-{_clock_osm(e)}" for b, e in sorted(times)] for times in days]


def _described_by_evaluation(osm: str, lang: str) -> list[str]:
    """Richer OSM (week numbers, sunrise…): say what the coming week holds, day by day."""
    week = hours.week_schedule(osm, datetime.now(hours.QUEBEC), lang)
    ordered = sorted(week, key=lambda d: d.day.weekday())
    closed = "closed" if lang == "en" else "fermé"
    separator = ": " if lang == "en" else " : "
    return [
        d.weekday[0].upper() + d.weekday[1:] + separator + (", ".join(d.ranges) or closed)
        for d in ordered
    ]


def next_days(osm: str, start: datetime, days: int = 7, lang: str = "fr") -> list[hours.DayHours]:
    """Each of the coming days from `start` with its openings in Québec time ([] if unreadable)."""
    return hours.week_schedule(osm, start, lang, days=days)
