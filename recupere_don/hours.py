"""Opening hours in OpenStreetMap syntax, evaluated in Québec's time zone: "open now" in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from opening_hours import OpeningHours, ParserError, State  # type: ignore[attr-defined]

QUEBEC = ZoneInfo("America/Toronto")
_WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip


class InvalidHoursError(ValueError):
    """The text is not valid opening_hours syntax; the message is the parser's."""


@lru_cache(maxsize=4096)
def parse(expression: str) -> OpeningHours:
    """Parse once per distinct text; many places share the same hours."""
    try:
        # A year ahead is enough to say "opens on April 1" and keeps evaluation fast.
        return OpeningHours(expression, timezone=QUEBEC, max_interval_days=366)
    except (ParserError, SyntaxError, ValueError) as error:
        raise InvalidHoursError(str(error).strip()) from None


def validation_error(expression: str) -> str | None:
    """None when the hours are valid (or empty), else the parser's message."""
    if not expression.strip():
        return None
    try:
        parse(expression.strip())
    except InvalidHoursError as error:
        return str(error)
    return None


@dataclass(frozen=True)
class HoursStatus:
    is_open: bool
    next_change: datetime | None


def status_at(expression: str, at: datetime) -> HoursStatus | None:
    """Open or closed at that moment and when that changes; None when hours are unknown."""
    if not expression.strip():
        return None
    try:
        hours = parse(expression.strip())
    except InvalidHoursError:
        return None
    moment = at.astimezone(QUEBEC)
    if hours.is_unknown(moment):
        return None
    change = hours.next_change(moment)
    return HoursStatus(
        is_open=hours.is_open(moment),
        next_change=change.astimezone(QUEBEC) if change is not None else None,
    )


def is_open_at(expression: str, at: datetime) -> bool:
    status = status_at(expression, at)
    return status is not None and status.is_open


def _clock(moment: datetime, lang: str) -> str:
    if lang == "en":
        hour = moment.hour % 12 or 12
        suffix = "am" if moment.hour < 12 else "pm"
        return f"{hour}:{moment.minute:02d} {suffix}" if moment.minute else f"{hour} {suffix}"
    return f"{moment.hour} h {moment.minute:02d}" if moment.minute else f"{moment.hour} h"


def _day(moment: datetime, today: date, lang: str) -> str:
    days = (moment.date() - today).days
    if days == 0:
        return ""
    if days == 1:
        return "tomorrow" if lang == "en" else "demain"
    if days < 7:
        return _WEEKDAYS[lang][moment.weekday()]
    if lang == "en":
        return f"on {moment.strftime('%B')} {moment.day}"
    return f"le {moment.day} {_MONTHS_FR[moment.month - 1]}"


def describe(status: HoursStatus | None, at: datetime, lang: str = "fr") -> str:
    """'Ouvert · ferme à 17 h', 'Fermé · ouvre demain à 9 h', 'Open · closes at 5 pm'."""
    lang = "en" if lang == "en" else "fr"
    if status is None:
        return "Hours not given" if lang == "en" else "Heures non précisées"
    state = (
        ("Open" if lang == "en" else "Ouvert")
        if status.is_open
        else ("Closed" if lang == "en" else "Fermé")
    )
    if status.next_change is None:
        return state
    today = at.astimezone(QUEBEC).date()
    day = _day(status.next_change, today, lang)
    clock = _clock(status.next_change, lang)
    if lang == "en":
        verb = "closes" if status.is_open else "opens"
        when = f"{day} at {clock}" if day else f"at {clock}"
    else:
        verb = "ferme" if status.is_open else "ouvre"
        when = f"{day} à {clock}" if day else f"à {clock}"
    return f"{state} · {verb} {when}"


def next_opening(
    expression: str, status: HoursStatus | None, at: datetime, lang: str = "fr"
) -> dict[str, str] | None:
    """When a place closed at `at` opens next: {"at": ISO 8601, "text": "lundi 9 h"}.

    None when it is open, its hours are unknown, or it does not open again within the year
    the hours are evaluated over. `status` is status_at(expression, at), already computed.
    """
    if status is None or status.is_open or status.next_change is None:
        return None
    opens = status.next_change
    if not is_open_at(expression, opens):
        return None  # the next change is to "unknown", not to open
    lang = "en" if lang == "en" else "fr"
    today = at.astimezone(QUEBEC).date()
    day = _day(opens, today, lang) or ("today" if lang == "en" else "aujourd'hui")
    clock = _clock(opens, lang)
    if (opens.date() - today).days >= 7:  # a date: « le 3 avril à 9 h »
        text = f"{day} at {clock}" if lang == "en" else f"{day} à {clock}"
    else:
        text = f"{day} {clock}"
    return {"at": opens.isoformat(), "text": text}


@dataclass(frozen=True)
class DayHours:
    day: date
    weekday: str
    ranges: list[str]  # '9 h – 17 h'; empty when closed that day


def week_schedule(
    expression: str, start: datetime, lang: str = "fr", days: int = 7
) -> list[DayHours]:
    """The next `days` days from `start`, in words a citizen reads; [] when hours are unknown."""
    if not expression.strip():
        return []
    try:
        hours = parse(expression.strip())
    except InvalidHoursError:
        return []
    lang = "en" if lang == "en" else "fr"
    first = start.astimezone(QUEBEC).replace(hour=0, minute=0, second=0, microsecond=0)
    days_ahead = [first.date() + timedelta(days=i) for i in range(days)]
    ranges: dict[date, list[str]] = {d: [] for d in days_ahead}
    for begin, end, state, _comment in hours.intervals(first, first + timedelta(days=days)):
        if state != State.OPEN:
            continue
        begin, end = begin.astimezone(QUEBEC), end.astimezone(QUEBEC)
        for day in days_ahead:
            midnight = datetime.combine(day, time(), QUEBEC)
            next_midnight = midnight + timedelta(days=1)
            opens, closes = max(begin, midnight), min(end, next_midnight)
            if opens >= closes:
                continue
            if opens == midnight and closes == next_midnight:
                ranges[day].append("open 24 hours" if lang == "en" else "24 h sur 24")
                continue
            last = _clock(closes, lang)
            if closes == next_midnight:
                last = "midnight" if lang == "en" else "minuit"
            ranges[day].append(f"{_clock(opens, lang)} – {last}")
    return [DayHours(d, _WEEKDAYS[lang][d.weekday()], ranges[d]) for d in days_ahead]
