"""Geocode addresses for the import, the admin and the API: local data first, Nominatim when on.

Public API (stable; the admin and the import call these)
--------------------------------------------------------
geocode_address(street="", municipality="", postal_code="", *, manual_point=None,
                use_network=True) -> GeocodeResult
    One address, as a form gives it. Remote answers are added to the session's cache table;
    the caller commits (or not) with the rest of its work.
geocode_text(q) -> GeocodeResult
    What a citizen types in one box: a postal code, a town, or "street, town[, postal code]".
    Offline first: the network is asked only when local data cannot place a street address.
Geocoder
    One batch (the import): `geocode(AddressQuery)` many times, then `save_cache()` inside the
    batch's transaction. Remote answers are held in memory until then, so no write lock is held
    while waiting on the network.
forget_geocoding_data()
    Drop the per-app gazetteer and chain after municipalities or outlines change.
GeocodeResult, GeocodeWarning, AddressQuery, WarningKind: re-exported from geo.geocoding.

GeocodeResult fields: lat, lon (None when not found), source (GeocodeSource), precision
(GeocodePrecision), municipality (GazetteerEntry: code_geo, name, mrc...), mrc (slug or None),
in_region, warnings (kind + French message), notes (informational French), refusal (French).

Configuration: NOMINATIM_URL ('off' disables the network), GEOCODER_CONTACT (in the user agent),
NOMINATIM_TIMEOUT_SECONDS (3), NOMINATIM_MIN_DELAY_SECONDS (1.0: at most one request a second),
NOMINATIM_FAILURE_THRESHOLD (3 failures in a row open the breaker), NOMINATIM_COOLDOWN_SECONDS
(300: how long the breaker stays open).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from typing import Any

from flask import current_app
from sqlalchemy import select

from . import dataversion
from .extensions import db, limiter
from .geo.gazetteer import Gazetteer, GazetteerEntry
from .geo.geocoding import (
    AddressQuery,
    CircuitBreaker,
    GeocodeResult,
    GeocodeWarning,
    GeocodingChain,
    NominatimClient,
    RemoteCandidate,
    WarningKind,
)
from .geo.names import find_postal_code
from .geo.postcodes import PostalCodeBook
from .i18n import _
from .models import GeocodeCache, Municipality
from .mrcdata import forget_territory_index, territory_index
from .versioned_cache import forget, per_process, versioned

__all__ = [
    "AddressQuery",
    "GeocodeResult",
    "GeocodeWarning",
    "Geocoder",
    "WarningKind",
    "forget_geocoding_data",
    "geocode_address",
    "geocode_text",
]

# Anyone may ask /api/v1/geocode, and a street may cost a Nominatim request (shared by every
# visitor: one a second at most); a person typing addresses stays far below this.
PUBLIC_GEOCODE_PER_MINUTE = 30
public_rate_limit = limiter.limit(
    f"{PUBLIC_GEOCODE_PER_MINUTE}/minute",
    error_message=lambda: _(
        "Trop de recherches d'adresse depuis votre connexion : réessayez dans une minute."
    ),
)

_POSTCODES: PostalCodeBook | None = None


def geocode_address(
    street: str = "",
    municipality: str = "",
    postal_code: str = "",
    *,
    manual_point: tuple[float, float] | None = None,
    use_network: bool = True,
) -> GeocodeResult:
    """Geocode one address; remote answers go into the session (the caller commits)."""
    geocoder = Geocoder(use_network=use_network)
    result = geocoder.geocode(
        AddressQuery(street, municipality, postal_code, manual_point=manual_point)
    )
    geocoder.save_cache()
    return result


def geocode_text(q: str) -> GeocodeResult:
    """What a citizen typed in one box, local data first; the network only for a street."""
    text = " ".join(q.split())
    found_code = find_postal_code(text)
    postal, rest = found_code if found_code else ("", text)
    street, town = split_street_and_town(rest)
    query = AddressQuery(street=street, municipality=town, postal_code=postal)
    use_network = bool(street) and remote_geocoder() is not None
    geocoder = Geocoder(use_network=use_network)
    result = geocoder.geocode(query)
    geocoder.save_cache()
    return result


def split_street_and_town(text: str) -> tuple[str, str]:
    """'12, rue Principale, Ste-Marie' or '12 rue Principale Ste-Marie' → (street, town)."""
    parts = [p.strip() for p in re.split(r"[,;]", text) if p.strip()]
    if not parts:
        return "", ""
    names = gazetteer()
    # The town is the last part that names one; what comes before is the street.
    for i in range(len(parts) - 1, -1, -1):
        if names.find(parts[i], fuzzy=False) is not None:
            return ", ".join(parts[:i]), parts[i]
    # No commas: the longest run of last words that names a town.
    words = parts[-1].split()
    for size in range(len(words) - 1, 0, -1):
        town = " ".join(words[-size:])
        if names.find(town, fuzzy=False) is not None:
            return ", ".join([*parts[:-1], " ".join(words[:-size])]), town
    if len(parts) == 1:
        # No number: a town, maybe misspelt (the chain reads near spellings); else a street.
        return (parts[0], "") if re.search(r"\d", parts[0]) else ("", parts[0])
    return ", ".join(parts[:-1]), parts[-1]


MEMO_SIZE = 5000


class _DatabaseCache:
    """Reads GeocodeCache rows; new answers wait in memory until save().

    Answers are also kept in a per-process memo, so that an import's preview (which writes
    nothing) and its confirmation a minute later ask the network only once.
    """

    def __init__(self) -> None:
        self.pending: dict[str, tuple[RemoteCandidate, ...]] = {}
        self.memo: dict[str, tuple[RemoteCandidate, ...]] = per_process("remote_memo", dict)

    @staticmethod
    def _hash(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def get(self, key: str) -> tuple[RemoteCandidate, ...] | None:
        if key in self.pending:
            return self.pending[key]
        row = db.session.execute(
            select(GeocodeCache).where(GeocodeCache.key_hash == self._hash(key))
        ).scalar_one_or_none()
        if row is not None:
            return tuple(RemoteCandidate.from_json(a) for a in row.answers)
        if key in self.memo:
            self.pending[key] = self.memo[key]  # saved with the next write
            return self.memo[key]
        return None

    def put(self, key: str, candidates: tuple[RemoteCandidate, ...]) -> None:
        self.pending[key] = candidates
        if len(self.memo) >= MEMO_SIZE:
            with contextlib.suppress(RuntimeError, StopIteration, KeyError):
                self.memo.pop(next(iter(self.memo)))  # the oldest; another thread may race
        self.memo[key] = candidates

    def save(self) -> int:
        added = 0
        for key, candidates in self.pending.items():
            key_hash = self._hash(key)
            exists = db.session.execute(
                select(GeocodeCache.id).where(GeocodeCache.key_hash == key_hash)
            ).first()
            if exists is None:
                db.session.add(
                    GeocodeCache(
                        key_hash=key_hash,
                        query=key,
                        answers=[c.as_json() for c in candidates],
                    )
                )
                added += 1
        self.pending.clear()
        return added


class Geocoder:
    """The chain bound to this app's data, for one batch of addresses."""

    def __init__(self, *, use_network: bool = True) -> None:
        self.cache = _DatabaseCache()
        remote = remote_geocoder() if use_network else None
        self.chain = GeocodingChain(
            gazetteer(), postal_code_book(), territory_index(), remote=remote, cache=self.cache
        )

    def geocode(self, query: AddressQuery) -> GeocodeResult:
        return self.chain.geocode(query)

    def save_cache(self) -> int:
        """Add the remote answers gathered so far to the session; returns how many."""
        return self.cache.save()


def _entry(municipality: Municipality, mrc_slug: str) -> GazetteerEntry:
    return GazetteerEntry(
        code_geo=municipality.code_geo,
        name=municipality.name,
        designation=municipality.designation,
        mrc=mrc_slug,
        lat=municipality.latitude,
        lon=municipality.longitude,
        aliases=tuple(municipality.aliases or ()),
    )


def gazetteer() -> Gazetteer:
    """The municipalities table as a gazetteer, rebuilt when it changed in any process."""
    return versioned("gazetteer", dataversion.current(dataversion.TERRITORY), _read_gazetteer)


def _read_gazetteer() -> Gazetteer:
    from .models import Mrc

    rows = db.session.execute(
        select(Municipality, Mrc.slug).join(Mrc).order_by(Municipality.code_geo)
    ).all()
    return Gazetteer(_entry(m, slug) for m, slug in rows)


def postal_code_book() -> PostalCodeBook:
    """One read-only book per process: its data never changes while we run."""
    global _POSTCODES
    if _POSTCODES is None:
        _POSTCODES = PostalCodeBook()
    return _POSTCODES


def remote_geocoder() -> NominatimClient | None:
    """This app's Nominatim client (its rate limiter and breaker outlive requests); None if off."""
    config = current_app.config
    url = str(config.get("NOMINATIM_URL") or "off").strip()
    if url.lower() in {"off", "none", "false", "0", ""}:
        return None
    if not url.startswith(("http://", "https://")):
        current_app.logger.error("NOMINATIM_URL %r is not an http(s) URL: geocoding offline", url)
        return None
    return versioned("nominatim", url, lambda: _nominatim_client(url))


def _nominatim_client(url: str) -> NominatimClient:
    config = current_app.config
    return NominatimClient(
        url,
        str(config.get("GEOCODER_CONTACT") or "info@recupere-don.example"),
        timeout=float(config.get("NOMINATIM_TIMEOUT_SECONDS", 3.0)),
        deadline_seconds=float(config.get("NOMINATIM_DEADLINE_SECONDS", 5.0)),
        min_delay_seconds=float(config.get("NOMINATIM_MIN_DELAY_SECONDS", 1.0)),
        breaker=CircuitBreaker(
            threshold=int(config.get("NOMINATIM_FAILURE_THRESHOLD", 3)),
            cooldown_seconds=float(config.get("NOMINATIM_COOLDOWN_SECONDS", 300.0)),
        ),
    )


def forget_geocoding_data() -> None:
    """After municipalities or outlines change: rebuild the gazetteer and territory on next use."""
    forget("gazetteer")
    forget_territory_index()


def result_as_json(result: GeocodeResult) -> dict[str, Any]:
    """The API's shape: {lat, lon, source, precision, municipality, mrc, warnings}."""
    return {
        "lat": result.lat,
        "lon": result.lon,
        "source": str(result.source) if result.source else None,
        "precision": str(result.precision) if result.precision else None,
        "municipality": result.municipality.name if result.municipality else None,
        "mrc": result.mrc,
        "warnings": [{"kind": w.kind, "message": w.message} for w in result.warnings],
    }
