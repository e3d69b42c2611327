"""The API's query string read into PlaceFilters, and the key and ETag of each answer.

Parameters are checked strictly (unknown codes and names refused with what is valid): each
accepted spelling would otherwise be one more cache entry. The embed and the public page read
the same parameters through the same functions.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from flask import current_app

from .. import placeindex
from ..hours import QUEBEC
from ..places import PlaceFilters, Taxonomy, data_fingerprint, query_meaning


class InvalidFilterError(ValueError):
    """A filter named codes that do not exist; carries what a client needs to fix it."""

    def __init__(self, parameter: str, unknown: Sequence[str], valid: Sequence[str]) -> None:
        self.parameter = parameter
        self.unknown = list(unknown)
        self.valid = list(valid)
        super().__init__(
            f"Code(s) inconnu(s) pour « {parameter} » : {', '.join(unknown)}. "
            f"Codes valides : {', '.join(valid)}."
        )


class BadQueryError(ValueError):
    """A query parameter that cannot be read (not a number, out of range)."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        super().__init__(message)


class UnknownParameterError(ValueError):
    """Parameters the endpoint does not know: refused, or each one would be a new cache entry."""

    def __init__(self, unknown: Sequence[str], valid: Sequence[str]) -> None:
        self.unknown = list(unknown)
        self.valid = list(valid)
        super().__init__(
            f"Paramètre(s) inconnu(s) : {', '.join(self.unknown)}. "
            f"Paramètres acceptés : {', '.join(self.valid) or 'aucun'}."
        )


# Every parameter parse_filters reads; anything else changes nothing in the answer.
FILTER_PARAMETERS = (
    "mrc", "category", "action", "q", "near", "radius_km", "open_now", "at", "bbox", "limit",
    "lang", "fields",
)  # fmt: skip
# Opening hours are evaluated a year ahead; far dates overflow Québec time, and mean nothing here.
FIRST_YEAR, LAST_YEAR = 1970, 2199


def check_parameters(args: Iterable[str], valid: Sequence[str]) -> None:
    """Raise UnknownParameterError when `args` names a parameter outside `valid`."""
    unknown = sorted(set(args) - set(valid))
    if unknown:
        raise UnknownParameterError(unknown, valid)


def split_codes(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    codes = (code.strip().lower() for code in raw.split(","))
    return tuple(dict.fromkeys(code for code in codes if code))


def _checked(parameter: str, codes: tuple[str, ...], valid: list[str]) -> tuple[str, ...]:
    unknown = [code for code in codes if code not in valid]
    if unknown:
        raise InvalidFilterError(parameter, unknown, valid)
    return codes


def _number(args: Mapping[str, str], name: str, low: float, high: float) -> float | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        message = f"« {name} » doit être un nombre (reçu : {raw[:40]!r})."
        raise BadQueryError(name, message) from None
    # NaN passes no comparison, so the range check below also refuses it.
    if not low <= value <= high:
        raise BadQueryError(name, f"« {name} » doit être entre {low:g} et {high:g}.")
    return value


def _numbers(args: Mapping[str, str], name: str, count: int) -> list[float] | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        values = [float(v) for v in raw.split(",")]
    except ValueError:
        values = []
    if len(values) != count or not all(math.isfinite(v) for v in values):
        raise BadQueryError(name, f"« {name} » attend {count} nombres séparés par des virgules.")
    return values


def _near(args: Mapping[str, str]) -> tuple[float, float] | None:
    values = _numbers(args, "near", 2)
    if values is None:
        return None
    lat, lon = values
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadQueryError(
            "near", "« near » attend une latitude puis une longitude : near=46.12,-70.67."
        )
    return lat, lon


def _bbox(args: Mapping[str, str]) -> tuple[float, float, float, float] | None:
    values = _numbers(args, "bbox", 4)
    if values is None:
        return None
    min_lon, min_lat, max_lon, max_lat = values
    if not (min_lon <= max_lon and min_lat <= max_lat):
        raise BadQueryError("bbox", "« bbox » attend min_lon,min_lat,max_lon,max_lat.")
    return min_lon, min_lat, max_lon, max_lat


def _moment(args: Mapping[str, str]) -> datetime | None:
    raw = args.get("at", "").strip()
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise BadQueryError(
            "at", "« at » attend une date ISO 8601, p. ex. 2026-11-26T15:00-05:00."
        ) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise BadQueryError("at", f"« at » doit être une date entre {FIRST_YEAR} et {LAST_YEAR}.")
    moment = moment if moment.tzinfo else moment.replace(tzinfo=QUEBEC)
    # Hours change on the minute: the browser's milliseconds would make every answer new.
    return moment.astimezone(QUEBEC).replace(second=0, microsecond=0)


def parse_filters(args: Mapping[str, str], taxonomy: Taxonomy | None = None) -> PlaceFilters:
    """Read the API's filters; raise InvalidFilterError or BadQueryError with a clear message."""
    taxonomy = taxonomy or Taxonomy.load()
    limit = _number(args, "limit", 1, 10_000)
    near = _near(args)
    if near is not None and limit is None:
        # A position asks "who is nearest": the nearest hundred answer it, so an answer from a
        # new position (never cached: phones rarely repeat one) stays cheap at any size.
        limit = current_app.config["NEAR_DEFAULT_LIMIT"]
    return PlaceFilters(
        mrcs=_checked("mrc", split_codes(args.get("mrc")), taxonomy.mrcs),
        categories=_checked("category", split_codes(args.get("category")), taxonomy.categories),
        actions=_checked("action", split_codes(args.get("action")), taxonomy.actions),
        query=" ".join(args.get("q", "").split())[:200],
        near=near,
        radius_km=_number(args, "radius_km", 0.1, 500),
        open_now=args.get("open_now", "") in {"1", "true", "yes", "on"},
        at=_moment(args),
        bbox=_bbox(args),
        limit=int(limit) if limit is not None else None,
        lang="en" if args.get("lang") == "en" else "fr",
        fields=_checked("fields", split_codes(args.get("fields")), list(placeindex.PROPERTY_NAMES)),
    )


def answer_key(filters: PlaceFilters) -> tuple[Any, ...]:
    """What an answer depends on besides the data: the parsed filters, in a canonical order.

    Words count as what they mean, so 'divan' and 'sofa' share one answer, and lists whose
    order changes nothing are sorted: `?mrc=a&category=b` is `?category=b&mrc=a`.
    """
    return canonical_filters(filters, query_meaning(filters))


def canonical_filters(filters: PlaceFilters, words: object) -> tuple[Any, ...]:
    """The filters in a canonical order, the item words given as `words`."""
    return (
        tuple(sorted(filters.mrcs)),
        tuple(sorted(filters.categories)),
        tuple(sorted(filters.actions)),
        words,
        filters.near,
        filters.radius_km,
        filters.open_now,
        filters.at.isoformat() if filters.at else None,
        filters.bbox,
        filters.limit,
        filters.lang,
        tuple(sorted(filters.fields)),
    )


def collection_etag(scope: bytes, filters: PlaceFilters) -> str:
    """A validator for one answer: same data, same parsed filters, same minute for open_now.

    `scope` is what else the answer depends on (an embed's token; empty for the API).
    """
    parts: list[Any] = [data_fingerprint(), scope, answer_key(filters)]
    if filters.at is None:
        # Every answer says whether each place is open now: it changes with the minute.
        parts.append(datetime.now(QUEBEC).strftime("%Y%m%d%H%M"))
    return hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()
