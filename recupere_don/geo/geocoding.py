"""The geocoding chain: a staff pin, then Nominatim (geopy), then the postal code, then the town.

Pure where it can be: it takes an address and the region's data (gazetteer, postal code book,
territory index, optionally a remote geocoder and a cache for its answers) and returns a point
with its source, precision, municipality, MRC and the warnings a person should review. No Flask,
no session: `recupere_don.geocoder` wires it to the app and the database.
"""

from __future__ import annotations

import http.client
import io
import logging
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol
from urllib.parse import urlsplit

import numpy as np
import shapely

from ..models import GeocodePrecision, GeocodeSource
from .gazetteer import Gazetteer, GazetteerEntry, GazetteerMatch, MatchKind
from .names import name_key, normalise_postal_code
from .postcodes import PostalCodeBook, PostalPoint
from .territory import TerritoryIndex, haversine_km

log = logging.getLogger(__name__)

# Simplified outlines are about 1:1,000,000: a point this close outside its MRC is taken as
# inside (quays of Lévis fall in the river). Kept under the ~1.3 km between Lévis and the old
# town of Québec across the river.
BORDER_TOLERANCE_KM = 1.0
# A postal code or street found farther than this from the stated town is another place.
FAR_FROM_MUNICIPALITY_KM = 15.0
# Chaudière-Appalaches with a margin: (west, south, east, north), used until outlines load.
REGION_BBOX = (-72.2, 45.2, -69.3, 47.6)


# --- What the chain takes and gives --------------------------------------------------------


@dataclass(frozen=True)
class AddressQuery:
    """An address as a spreadsheet or a form gives it; every part may be empty."""

    street: str = ""
    municipality: str = ""
    postal_code: str = ""
    # A point placed by staff (lat, lon): it wins, and geocoding never moves it.
    manual_point: tuple[float, float] | None = None


class WarningKind(StrEnum):
    """Stable codes of what a person should review; reports count them by kind."""

    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    MUNICIPALITY_GUESSED = "municipality_guessed"
    AMBIGUOUS_MUNICIPALITY = "ambiguous_municipality"
    POSTAL_CODE_INVALID = "postal_code_invalid"
    POSTAL_CODE_UNKNOWN = "postal_code_unknown"
    POSTAL_CODE_DISAGREES = "postal_code_disagrees"
    POSTAL_CODE_IMPRECISE = "postal_code_imprecise"
    MRC_MISMATCH = "mrc_mismatch"
    OUTSIDE_REGION = "outside_region"


@dataclass(frozen=True)
class GeocodeWarning:
    kind: str
    message: str  # plain French, for staff


class RemoteFailure(StrEnum):
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    MALFORMED = "malformed"
    UNAVAILABLE = "unavailable"
    CIRCUIT_OPEN = "circuit_open"


# Staff read these notes: they name the kind of service, not the product behind it.
ONLINE = "Le service d'adresses en ligne"
REMOTE_FAILURE_FR = {
    RemoteFailure.TIMEOUT: f"{ONLINE} n'a pas répondu à temps",
    RemoteFailure.RATE_LIMITED: f"{ONLINE} demande de ralentir",
    RemoteFailure.SERVER_ERROR: f"{ONLINE} a renvoyé une erreur",
    RemoteFailure.MALFORMED: f"{ONLINE} a renvoyé une réponse illisible",
    RemoteFailure.UNAVAILABLE: f"{ONLINE} est injoignable",
    RemoteFailure.CIRCUIT_OPEN: f"{ONLINE} est mis de côté un moment après des erreurs répétées",
}


@dataclass
class GeocodeResult:
    """Where an address is, how we know, and what to review.

    `lat`/`lon` are None when nothing could place the address; `refusal` then says why.
    `mrc` is the slug of the municipality's MRC when the municipality is known, else the MRC
    whose outline holds the point; None outside the region.
    """

    lat: float | None = None
    lon: float | None = None
    source: GeocodeSource | None = None
    precision: GeocodePrecision | None = None
    municipality: GazetteerEntry | None = None
    mrc: str | None = None
    in_region: bool = False
    warnings: list[GeocodeWarning] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    remote_failure: RemoteFailure | None = None
    remote_asked: bool = False  # the network was used (not the cache)
    refusal: str | None = None

    @property
    def found(self) -> bool:
        return self.lat is not None and self.lon is not None

    def warn(self, kind: WarningKind, message: str) -> None:
        self.warnings.append(GeocodeWarning(str(kind), message))

    @property
    def warning_kinds(self) -> list[str]:
        return [w.kind for w in self.warnings]


# --- The remote geocoder: geopy's Nominatim, rate limited, behind a circuit breaker ---------


@dataclass(frozen=True)
class RemoteCandidate:
    lat: float
    lon: float
    precision: GeocodePrecision
    label: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "lat": self.lat,
            "lon": self.lon,
            "precision": str(self.precision),
            "label": self.label,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RemoteCandidate:
        return cls(
            float(data["lat"]),
            float(data["lon"]),
            GeocodePrecision(data["precision"]),
            str(data.get("label", "")),
        )


@dataclass(frozen=True)
class RemoteQuery:
    street: str
    city: str
    postal_code: str

    @property
    def key(self) -> str:
        """The cache key: the same address however it was typed."""
        return "|".join([name_key(self.street), name_key(self.city), self.postal_code])


@dataclass(frozen=True)
class RemoteAnswer:
    candidates: tuple[RemoteCandidate, ...] = ()
    failure: RemoteFailure | None = None


class CircuitBreaker:
    """After `threshold` failures in a row, refuse calls for `cooldown_seconds`, then try once."""

    def __init__(
        self,
        threshold: int = 3,
        cooldown_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = max(1, threshold)
        self.cooldown_seconds = cooldown_seconds
        self.clock = clock
        self.failures = 0
        self.opened_at: float | None = None
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._open_now()

    def _open_now(self) -> bool:
        if self.opened_at is None:
            return False
        return self.clock() - self.opened_at < self.cooldown_seconds

    def allow(self) -> bool:
        """True when a call may go out (closed, or cooled down: one trial call)."""
        with self._lock:
            return not self._open_now()

    def record_success(self) -> None:
        with self._lock:
            self.failures = 0
            self.opened_at = None

    def record_failure(self, *, trip: bool = False) -> None:
        """Count a failure; `trip` opens at once (the service asked us to slow down)."""
        with self._lock:
            self.failures += 1
            if trip or self.failures >= self.threshold or self.opened_at is not None:
                self.opened_at = self.clock()


def _precision_of(raw: dict[str, Any]) -> GeocodePrecision:
    address = raw.get("address") or {}
    kind = str(raw.get("class", ""))
    place_type = str(raw.get("type", ""))
    address_type = str(raw.get("addresstype", ""))
    if (isinstance(address, dict) and address.get("house_number")) or place_type == "house":
        return GeocodePrecision.ADDRESS
    if kind in {"building", "shop", "amenity", "office", "craft"}:
        return GeocodePrecision.ADDRESS
    if kind == "highway" or address_type in {"road", "street"}:
        return GeocodePrecision.STREET
    if place_type == "postcode" or address_type == "postcode":
        return GeocodePrecision.POSTAL_CODE
    return GeocodePrecision.MUNICIPALITY


class _DeadlineReader(io.RawIOBase):
    """A socket's read side whose every read waits at most until the deadline.

    A socket timeout bounds one read; a server that drips a byte a second never trips it. Here
    each read gets what is left of the request's time, and no read starts after it.
    """

    def __init__(self, sock: socket.socket, deadline: float, read_timeout: float) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # keeps the socket open while we read
        self._deadline = deadline
        self._read_timeout = read_timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(_time_left(self._deadline, self._read_timeout))
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineSocket:
    """A connected (TLS) socket whose sends and reads all end by the deadline."""

    def __init__(self, sock: socket.socket, deadline: float, read_timeout: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._read_timeout = read_timeout

    def makefile(self, mode: str = "rb", *_args: Any, **_kwargs: Any) -> io.BufferedReader:
        if mode != "rb":  # http.client reads a response this way and writes with sendall
            raise ValueError(f"unsupported mode {mode!r}")
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline, self._read_timeout))

    def sendall(self, data: Any) -> None:
        self._sock.settimeout(_time_left(self._deadline, self._read_timeout))
        self._sock.sendall(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _time_left(deadline: float, read_timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("timed out (deadline)")  # geopy reads "timed out" as a timeout
    return min(left, read_timeout)


class _DeadlineConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline
        self.read_timeout = float(kwargs.get("timeout") or 3.0)

    def connect(self) -> None:
        # The TCP connection and the TLS handshake are bounded by the deadline too.
        self.timeout = _time_left(self.deadline, self.read_timeout)
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self.deadline, self.read_timeout)


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_DeadlineConnection, req, deadline=self.deadline)  # type: ignore[arg-type]


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: float, context: Any) -> None:
        super().__init__(context=context)
        self.deadline = deadline
        self.context = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = _DeadlineHTTPSConnection
        return self.do_open(connection, req, context=self.context, deadline=self.deadline)  # type: ignore[arg-type]


class DeadlineOpener:
    """urllib's opener, but every call (redirects included) is over `seconds` after it began."""

    def __init__(self, seconds: float, *, proxies: Any = None, ssl_context: Any = None) -> None:
        self.seconds = seconds
        self.proxies = proxies
        self.ssl_context = ssl_context

    def open(self, request: urllib.request.Request, timeout: float) -> Any:
        deadline = time.monotonic() + self.seconds
        opener = urllib.request.build_opener(
            _DeadlineHTTPHandler(deadline),
            _DeadlineHTTPSHandler(deadline, self.ssl_context),
            urllib.request.ProxyHandler(self.proxies),
        )
        return opener.open(request, timeout=min(timeout, self.seconds))


def deadline_adapter(seconds: float) -> Callable[..., Any]:
    """A geopy adapter factory: geopy's urllib adapter, each request ending within `seconds`."""

    def build(*, proxies: Any, ssl_context: Any) -> Any:
        from geopy.adapters import URLLibAdapter

        adapter = URLLibAdapter(proxies=proxies, ssl_context=ssl_context)
        # The adapter's one seam: every request it makes goes through `urlopen`.
        adapter.urlopen = DeadlineOpener(seconds, proxies=proxies, ssl_context=ssl_context).open
        return adapter

    return build


def _timed_out(error: BaseException) -> bool:
    """A timeout anywhere in the chain (geopy hides one that struck while reading the body)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class NominatimClient:
    """geopy's real Nominatim client, with its RateLimiter, short timeouts and a breaker.

    `base_url` is like 'https://nominatim.openstreetmap.org' (a path prefix is kept).
    """

    def __init__(
        self,
        base_url: str,
        contact: str,
        *,
        timeout: float = 3.0,
        deadline_seconds: float = 5.0,
        min_delay_seconds: float = 1.0,
        breaker: CircuitBreaker | None = None,
        viewbox: tuple[float, float, float, float] = REGION_BBOX,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        parts = urlsplit(base_url.rstrip("/"))
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"NOMINATIM_URL is not an http(s) URL: {base_url!r}")
        self.base_url = base_url
        self.user_agent = f"recupere-don/0.1 (+mailto:{contact})"
        # urllib, not requests: no hidden retries (requests' adapter retries a timeout twice).
        # `timeout` bounds one socket read; the deadline bounds the whole request, so a server
        # that drips a byte at a time cannot hold a worker longer.
        self.deadline_seconds = deadline_seconds
        self._nominatim = Nominatim(
            user_agent=self.user_agent,
            domain=parts.netloc + parts.path,
            scheme=parts.scheme,
            timeout=min(timeout, deadline_seconds),
            adapter_factory=deadline_adapter(deadline_seconds),
        )
        # No retries here either: the chain falls back offline, the breaker counts failures.
        self._geocode = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            error_wait_seconds=min_delay_seconds,
            swallow_exceptions=False,
        )
        self.breaker = breaker or CircuitBreaker()
        self.viewbox = viewbox
        self.requests_sent = 0

    def search(self, query: RemoteQuery) -> RemoteAnswer:
        """Up to three places for a structured query, inside the region's box; never raises."""
        from geopy import exc

        if not self.breaker.allow():
            return RemoteAnswer(failure=RemoteFailure.CIRCUIT_OPEN)
        structured = {"street": query.street, "state": "Québec", "country": "Canada"}
        if query.city:
            structured["city"] = query.city
        if query.postal_code:
            structured["postalcode"] = query.postal_code
        west, south, east, north = self.viewbox
        self.requests_sent += 1
        try:
            locations = self._geocode(
                structured,
                exactly_one=False,
                limit=3,
                addressdetails=True,
                country_codes="ca",
                viewbox=[(north, west), (south, east)],
                bounded=True,
            )
            candidates = tuple(
                RemoteCandidate(
                    float(loc.raw["lat"]),
                    float(loc.raw["lon"]),
                    _precision_of(loc.raw),
                    str(loc.raw.get("display_name", ""))[:300],
                )
                for loc in (locations or [])
            )
        except exc.GeocoderRateLimited:
            return self._failed(RemoteFailure.RATE_LIMITED, trip=True)
        except exc.GeocoderTimedOut:
            return self._failed(RemoteFailure.TIMEOUT)
        except exc.GeocoderUnavailable:
            return self._failed(RemoteFailure.UNAVAILABLE)
        except exc.GeocoderParseError:
            return self._failed(RemoteFailure.MALFORMED)
        except exc.GeocoderServiceError as error:
            if _timed_out(error):  # the deadline struck while the body was read
                return self._failed(RemoteFailure.TIMEOUT)
            return self._failed(RemoteFailure.SERVER_ERROR)
        except (KeyError, TypeError, ValueError, AttributeError):
            # JSON that parses but is not a list of places with lat/lon.
            log.warning("Nominatim answered something that is not a place list", exc_info=True)
            return self._failed(RemoteFailure.MALFORMED)
        self.breaker.record_success()
        return RemoteAnswer(candidates=candidates)

    def _failed(self, failure: RemoteFailure, *, trip: bool = False) -> RemoteAnswer:
        log.warning("Nominatim failed (%s); falling back to local data", failure)
        self.breaker.record_failure(trip=trip)
        return RemoteAnswer(failure=failure)


class RemoteCache(Protocol):
    """Where the remote geocoder's answers are kept by normalised address."""

    def get(self, key: str) -> tuple[RemoteCandidate, ...] | None: ...

    def put(self, key: str, candidates: tuple[RemoteCandidate, ...]) -> None: ...


# --- The chain -----------------------------------------------------------------------------

_STREET_NUMBER_COMMA = re.compile(r"^\s*(\d+[A-Za-z]?(?:-\d+)?)\s*,\s*")
_UNIT = re.compile(
    r",?\s*\b(bureau|local|suite|app|appartement|apt|porte|unit[ée]|entr[ée]e|c\.?\s?p\.?|"
    r"case postale)\b.*$",
    re.IGNORECASE,
)


def street_for_search(address: str) -> str:
    """'123, rue Principale, bureau 4' → '123 rue Principale': what Nominatim can match."""
    street = _STREET_NUMBER_COMMA.sub(r"\1 ", address.strip())
    street = _UNIT.sub("", street).strip(" ,")
    return street if re.search(r"[A-Za-zÀ-ÿ]{2,}", street) else ""


class TerritoryCheck:
    """Point-in-MRC answers that allow for the outlines' coarseness (BORDER_TOLERANCE_KM)."""

    def __init__(self, territory: TerritoryIndex) -> None:
        self.territory = territory
        self.has_outlines = len(territory.slugs) > 0
        self._outline_of = dict(zip(territory.slugs, territory.geometries, strict=True))

    def mrc_of_point(self, lat: float, lon: float) -> str | None:
        """The MRC whose outline holds the point (or lies within the tolerance); else None."""
        if not self.has_outlines:
            return None
        slug = self.territory.mrc_at(lon, lat)
        if slug is not None:
            return slug
        if self.territory.distance_to_region_km(lon, lat) > BORDER_TOLERANCE_KM:
            return None
        nearest = self.territory.tree.query_nearest(shapely.Point(lon, lat))
        return self.territory.slugs[int(np.asarray(nearest).ravel()[0])]

    def distance_to_mrc_km(self, slug: str, lat: float, lon: float) -> float:
        """How far the point lies outside that MRC's outline (0 inside or without outline)."""
        outline = self._outline_of.get(slug)
        if outline is None:
            return 0.0
        point = shapely.Point(lon, lat)
        if shapely.intersects(outline, point):
            return 0.0
        (lon1, lat1), (lon2, lat2) = shapely.shortest_line(outline, point).coords
        return haversine_km(lat1, lon1, lat2, lon2)


class GeocodingChain:
    """Manual pin → Nominatim (when allowed) → postal code → municipality, then territory."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        postcodes: PostalCodeBook,
        territory: TerritoryIndex,
        remote: NominatimClient | None = None,
        cache: RemoteCache | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.postcodes = postcodes
        self.territory = territory
        self.remote = remote
        self.cache = cache
        self.check = TerritoryCheck(territory)
        self._has_outlines = self.check.has_outlines
        self.mrc_of_point = self.check.mrc_of_point
        self.distance_to_mrc_km = self.check.distance_to_mrc_km

    def disagreement(self, lat: float, lon: float, entry: GazetteerEntry) -> str | None:
        """Why a point cannot be in that municipality, in French; None when it can."""
        if self._has_outlines and self.mrc_of_point(lat, lon) != entry.mrc:
            away = self.distance_to_mrc_km(entry.mrc, lat, lon)
            if away > BORDER_TOLERANCE_KM:
                return f"à {away:.0f} km hors de la MRC de {entry.name}"
        distance = haversine_km(lat, lon, entry.lat, entry.lon)
        # Lévis is a whole MRC on its own: its sectors lie far from its centre point.
        if self.gazetteer.mrc_sizes.get(entry.mrc, 0) > 1 and distance > FAR_FROM_MUNICIPALITY_KM:
            return f"à {distance:.0f} km de {entry.name}"
        return None

    # --- the chain ---

    def find_municipality(self, typed: str, result: GeocodeResult) -> GazetteerMatch | None:
        match = self.gazetteer.find(typed)
        if match is None:
            return None
        entry = match.entry
        if match.kind is MatchKind.FUZZY:
            result.warn(
                WarningKind.MUNICIPALITY_GUESSED,
                f"Municipalité « {typed} » lue comme « {entry.name} » (orthographe proche) : "
                "vérifiez.",
            )
        elif match.kind is MatchKind.ALIAS:
            result.notes.append(f"« {typed} » est un autre nom de {entry.name}.")
        if match.ambiguous_mrc:
            others = ", ".join(f"{h.name} ({h.mrc})" for h in match.homonyms)
            result.warn(
                WarningKind.AMBIGUOUS_MUNICIPALITY,
                f"« {typed} » peut désigner {entry.name} ({entry.mrc}) ou {others} : vérifiez.",
            )
        elif match.homonyms:
            result.notes.append(
                f"« {typed} » désigne deux municipalités de la même MRC ; "
                f"retenu : {entry.designation} de {entry.name}."
            )
        return match

    def geocode(self, query: AddressQuery, *, use_remote: bool = True) -> GeocodeResult:
        result = GeocodeResult()
        match = self.find_municipality(query.municipality, result) if query.municipality else None
        entry = match.entry if match else None

        postal: PostalPoint | None = None
        if query.postal_code.strip():
            code = normalise_postal_code(query.postal_code)
            if code is None:
                result.warn(
                    WarningKind.POSTAL_CODE_INVALID,
                    f"Code postal « {query.postal_code.strip()} » illisible (attendu : G6V 4J8) ;"
                    " ignoré.",
                )
            else:
                postal = self.postcodes.lookup(code)
                if postal is None:
                    result.warn(
                        WarningKind.POSTAL_CODE_UNKNOWN,
                        f"Code postal {code} introuvable dans la liste des codes postaux : "
                        "vérifiez-le.",
                    )
        if entry is None and postal is not None and not query.municipality.strip():
            # No town typed: the postal code's place name may name one of ours.
            inferred = self.gazetteer.find(postal.place_name, fuzzy=False)
            if (
                inferred is not None
                and self.disagreement(postal.lat, postal.lon, inferred.entry) is None
            ):
                entry = inferred.entry
                result.notes.append(f"Municipalité déduite du code postal : {entry.name}.")
        if query.municipality.strip() and entry is None:
            result.warn(
                WarningKind.UNKNOWN_MUNICIPALITY,
                f"« {query.municipality.strip()} » n'est pas une municipalité de "
                "Chaudière-Appalaches connue.",
            )
        result.municipality = entry

        if query.manual_point is not None:
            lat, lon = query.manual_point
            self._place(result, lat, lon, GeocodeSource.MANUAL, GeocodePrecision.ADDRESS)
        else:
            placed = use_remote and self._try_remote(query, entry, postal, result)
            placed = placed or self._try_postal(postal, entry, result)
            if not placed and entry is not None:
                self._place(
                    result, entry.lat, entry.lon, GeocodeSource.MUNICIPALITY,
                    GeocodePrecision.MUNICIPALITY,
                )  # fmt: skip
        self._check_territory(result, query)
        return result

    def _place(
        self,
        result: GeocodeResult,
        lat: float,
        lon: float,
        source: GeocodeSource,
        precision: GeocodePrecision,
    ) -> bool:
        result.lat, result.lon = round(lat, 6), round(lon, 6)
        result.source, result.precision = source, precision
        return True

    def _try_remote(
        self,
        query: AddressQuery,
        entry: GazetteerEntry | None,
        postal: PostalPoint | None,
        result: GeocodeResult,
    ) -> bool:
        street = street_for_search(query.street)
        if self.remote is None or not street:
            return False
        remote_query = RemoteQuery(
            street=street,
            city=entry.name if entry else query.municipality.strip(),
            postal_code=postal.code if postal else (normalise_postal_code(query.postal_code) or ""),
        )
        candidates = self.cache.get(remote_query.key) if self.cache else None
        if candidates is None:
            answer = self.remote.search(remote_query)
            result.remote_asked = answer.failure is not RemoteFailure.CIRCUIT_OPEN
            if answer.failure is not None:
                result.remote_failure = answer.failure
                result.notes.append(f"{REMOTE_FAILURE_FR[answer.failure]} : données locales.")
                return False
            candidates = answer.candidates
            if self.cache is not None:
                self.cache.put(remote_query.key, candidates)
        if not candidates:
            result.notes.append(f"{ONLINE} ne connaît pas cette adresse : données locales.")
            return False
        for candidate in candidates:
            if candidate.precision not in {GeocodePrecision.ADDRESS, GeocodePrecision.STREET}:
                continue
            if entry is not None:
                why = self.disagreement(candidate.lat, candidate.lon, entry)
                if why:
                    result.notes.append(f"Point du service d'adresses en ligne écarté ({why}).")
                    continue
            elif self.mrc_of_point(candidate.lat, candidate.lon) is None and self._has_outlines:
                result.notes.append(
                    "Point du service d'adresses en ligne hors de la région : écarté."
                )
                continue
            return self._place(
                result, candidate.lat, candidate.lon, GeocodeSource.NOMINATIM, candidate.precision
            )
        if not result.notes or not result.notes[-1].startswith("Point du service"):
            result.notes.append(f"{ONLINE} n'a situé que la municipalité : données locales.")
        return False

    def _try_postal(
        self, postal: PostalPoint | None, entry: GazetteerEntry | None, result: GeocodeResult
    ) -> bool:
        if postal is None:
            return False
        precision = GeocodePrecision.MUNICIPALITY if postal.rural else GeocodePrecision.POSTAL_CODE
        if postal.shared:
            if entry is not None:
                result.notes.append(
                    f"Le point du code postal {postal.code} est celui d'un secteur entier : "
                    f"point de {entry.name} retenu."
                )
                return False
            result.warn(
                WarningKind.POSTAL_CODE_IMPRECISE,
                f"Le code postal {postal.code} ne situe qu'un secteur entier et aucune "
                "municipalité n'est donnée : placez l'épingle à la main.",
            )
            return self._place(
                result, postal.lat, postal.lon, GeocodeSource.POSTAL_CODE,
                GeocodePrecision.MUNICIPALITY,
            )  # fmt: skip
        if entry is not None:
            why = self.disagreement(postal.lat, postal.lon, entry)
            if why:
                result.warn(
                    WarningKind.POSTAL_CODE_DISAGREES,
                    f"Le code postal {postal.code} situe le lieu {why} : point de la "
                    f"municipalité {entry.name} retenu ; vérifiez le code postal.",
                )
                return False
        return self._place(result, postal.lat, postal.lon, GeocodeSource.POSTAL_CODE, precision)

    def _check_territory(self, result: GeocodeResult, query: AddressQuery) -> None:
        entry = result.municipality
        if not result.found:
            what = " ".join(
                p for p in (query.street, query.municipality, query.postal_code) if p.strip()
            )
            result.refusal = (
                f"Impossible de situer « {what.strip() or '(vide)'} » : donnez une municipalité "
                "de Chaudière-Appalaches ou un code postal valide."
            )
            return
        assert result.lat is not None
        assert result.lon is not None
        point_mrc = self.mrc_of_point(result.lat, result.lon) if self._has_outlines else None
        if entry is not None:
            result.mrc = entry.mrc
            result.in_region = True
            if self._has_outlines and point_mrc != entry.mrc:
                away = self.distance_to_mrc_km(entry.mrc, result.lat, result.lon)
                if away > BORDER_TOLERANCE_KM:
                    where = f"dans la MRC {point_mrc}" if point_mrc else "hors de la région"
                    result.warn(
                        WarningKind.MRC_MISMATCH,
                        f"Le point est {where}, mais {entry.name} est dans la MRC {entry.mrc} : "
                        "vérifiez l'épingle.",
                    )
            return
        result.mrc = point_mrc
        result.in_region = point_mrc is not None or not self._has_outlines
        if not result.in_region:
            km = self.territory.distance_to_region_km(result.lon, result.lat)
            by = {
                GeocodeSource.POSTAL_CODE: f"le code postal {query.postal_code.strip()}",
                GeocodeSource.NOMINATIM: "l'adresse (trouvée par le service d'adresses en ligne)",
                GeocodeSource.MANUAL: "l'épingle",
            }.get(result.source or GeocodeSource.MANUAL, "l'adresse")
            town = (
                f"« {query.municipality.strip()} » n'est pas dans la région et "
                if (query.municipality.strip())
                else ""
            )
            result.warn(
                WarningKind.OUTSIDE_REGION,
                f"Hors de Chaudière-Appalaches : {town}{by} situe le lieu à {km:.0f} km de la "
                "région.",
            )
