"""Activity counters: searches, missed searches, page and embed views, per week and per MRC.

What is stored is a count per (week, kind, subject, MRC, municipality), nothing else: no
address, no point, no IP address, no cookie. A search made from a position keeps only the
municipality nearest that point within its MRC; a point outside the region keeps nothing.
Views note what they count during the request; after the answer, the counts join the process's
buffer, written every ACTIVITY_FLUSH_SECONDS with one batched upsert (and at shutdown): a counted
request costs a dictionary update, and a database that blinks delays counts, never an answer.
"""

from __future__ import annotations

import atexit
import re
import threading
import time
import weakref
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import numpy as np
from flask import Flask, Response, current_app, g, request
from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from . import dataversion, item_lookup
from .coverage import Town, load_towns
from .extensions import db
from .geo.territory import haversine_km
from .hours import QUEBEC
from .models import ActivityCount
from .mrcdata import territory_index
from .places import PlaceFilters
from .versioned_cache import per_process, versioned

SEARCH = "search"
ITEM = "item"  # the catalogue item (data/items.csv) the words mean best
MISS = "miss"
PAGE = "page"
EMBED = "embed"
# Robots would count as citizens; they say who they are.
_ROBOT = re.compile(r"bot|crawl|spider|slurp|preview|monitor|curl|wget|python", re.IGNORECASE)
_PENDING = "activity_pending"
Key = tuple[str, str, str, str]  # kind, subject, mrc, municipality
WeekKey = tuple[date, str, str, str, str]
FLUSH_SECONDS = 10.0
FLUSH_ROWS = 500  # distinct rows that make a flush due before its time
KEEP_ROWS = 20_000  # rows kept for a database that does not answer; past this, counts are lost


def week_of(moment: datetime | None = None) -> date:
    """The Monday of the week, in Québec."""
    day = (moment or datetime.now(QUEBEC)).astimezone(QUEBEC).date()
    return day - timedelta(days=day.weekday())


def _towns() -> list[Town]:
    return versioned("activity_towns", dataversion.current(dataversion.TERRITORY), load_towns)


def place_of(lat: float, lon: float) -> tuple[str, str]:
    """(MRC slug, municipality code) of a point: the nearest municipality of its MRC; ("", "")
    outside the region. The point itself goes no further than this function."""
    mrc = territory_index().mrc_at(lon, lat)
    if mrc is None:
        return "", ""
    towns = [t for t in _towns() if t.mrc == mrc]
    if not towns:
        return mrc, ""
    distances = [haversine_km(lat, lon, t.latitude, t.longitude) for t in towns]
    return mrc, towns[int(np.argmin(distances))].code


def note(kind: str, subject: str = "", mrc: str = "", municipality: str = "") -> None:
    """Count one event of this request; written after the answer (see _write_pending)."""
    if request.method != "GET" or _ROBOT.search(request.user_agent.string or "robot"):
        return
    pending: Counter[Key] = g.setdefault(_PENDING, Counter())
    pending[(kind, subject[:60], mrc[:40], municipality[:8])] += 1


def note_search(
    categories: Iterable[str],
    meant_nothing: bool,
    mrcs: Iterable[str] = (),
    near: tuple[float, float] | None = None,
    item: str = "",
) -> None:
    """A citizen's search: one count per category asked for, or one missed search; and the
    catalogue item the words mean, if any.

    Where: the municipality of the position used, else the MRC when the search names one.
    """
    mrc, municipality = place_of(*near) if near is not None else ("", "")
    if near is None:
        chosen = list(mrcs)
        mrc = chosen[0] if len(chosen) == 1 else ""
    if item:
        note(ITEM, item, mrc, municipality)
    if meant_nothing:
        note(MISS, "", mrc, municipality)
        return
    for category in dict.fromkeys(categories):
        note(SEARCH, category, mrc, municipality)


def note_places_search(filters: PlaceFilters) -> None:
    """A request for places that asks for an item or a category is a citizen's search."""
    if not (filters.query or filters.categories):
        return
    meaning = item_lookup.resolve_query(filters.query) if filters.query else None
    # The words' best item and category: a tie would count one search many times.
    asked = [*filters.categories, *(meaning.categories[:1] if meaning else ())]
    note_search(
        asked,
        meaning is not None and meaning.empty,
        filters.mrcs,
        filters.near,
        meaning.items[0] if meaning and meaning.items else "",
    )


def write(counts: Counter[Key], week: date | None = None) -> None:
    """Add these counts to the week's rows and commit."""
    monday = week or week_of()
    _write_rows(Counter({(monday, *key): n for key, n in counts.items()}))


def _write_rows(rows: Counter[WeekKey]) -> None:
    """One upsert statement for all the rows (sent in batches), one commit."""
    if not rows:
        return
    table = ActivityCount.__table__
    assert isinstance(table, Table)
    dialect = db.session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    upsert = insert.on_conflict_do_update(
        index_elements=["week", "kind", "subject", "mrc", "municipality"],
        set_={"count": table.c.count + insert.excluded.count},
    )
    db.session.execute(
        upsert,
        [
            {
                "week": week,
                "kind": kind,
                "subject": subject,
                "mrc": mrc,
                "municipality": municipality,
                "count": count,
            }
            for (week, kind, subject, mrc, municipality), count in sorted(rows.items())
        ],
    )
    db.session.commit()


class _Buffer:
    """This process's counts not written yet: a request adds to it, a flush empties it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.rows: Counter[WeekKey] = Counter()
        self.flushed_at = time.monotonic()

    def add(self, pending: Counter[Key], week: date) -> bool:
        """Add a request's counts; whether a flush is due."""
        with self.lock:
            for key, n in pending.items():
                self.rows[(week, *key)] += n
            due = time.monotonic() - self.flushed_at >= _flush_seconds()
            return due or len(self.rows) >= FLUSH_ROWS

    def take(self) -> Counter[WeekKey]:
        with self.lock:
            rows, self.rows = self.rows, Counter()
            self.flushed_at = time.monotonic()
            return rows

    def give_back(self, rows: Counter[WeekKey]) -> None:
        with self.lock:
            if len(self.rows) + len(rows) <= KEEP_ROWS:
                self.rows.update(rows)


def _flush_seconds() -> float:
    return float(current_app.config.get("ACTIVITY_FLUSH_SECONDS", FLUSH_SECONDS))


def _buffer() -> _Buffer:
    return per_process("activity_buffer", _Buffer)


def flush() -> None:
    """Write this process's counts now (tests, shutdown); kept for later if the database fails."""
    rows = _buffer().take()
    if not rows:
        return
    try:
        _write_rows(rows)
    except SQLAlchemyError:
        db.session.rollback()
        _buffer().give_back(rows)
        current_app.logger.warning("Activity counts not written yet", exc_info=True)


def _count_request(response: Response) -> Response:
    pending: Counter[Key] | None = g.pop(_PENDING, None)
    if pending and response.status_code < 400 and _buffer().add(pending, week_of()):
        # The answer is built: a failed write only delays the counts (see flush).
        flush()
    return response


def _flush_at_exit(app_ref: weakref.ref[Flask]) -> None:
    app = app_ref()
    if app is None:
        return
    with app.app_context():
        try:
            flush()
        except Exception:  # the database may be gone already at shutdown
            app.logger.warning("Activity counts lost at shutdown", exc_info=True)


def init_app(app: Flask) -> None:
    app.after_request(_count_request)
    atexit.register(_flush_at_exit, weakref.ref(app))
