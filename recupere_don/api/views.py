"""Public JSON API (v1): places as GeoJSON, the taxonomy, the MRC outlines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flask import Blueprint, Response, current_app, g, jsonify, request, url_for
from sqlalchemy import select

from .. import activity, clusters, geocoder, item_lookup, mrcdata, places, ratelimits
from ..errors import DATABASE_UNAVAILABLE, database_unavailable
from ..extensions import csrf, db
from ..i18n import _
from ..models import Action, Category, PlaceType
from .cache import (
    STALE_HEADER,
    STALE_WARNING,
    EncodedAnswer,
    LastAnswer,
    answer_cache,
    last_answers,
    send_encoded,
)
from .filters import (
    FILTER_PARAMETERS,
    BadQueryError,
    InvalidFilterError,
    UnknownParameterError,
    answer_key,
    canonical_filters,
    check_parameters,
    collection_etag,
    parse_filters,
)

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)

GEOJSON = "application/geo+json"
# What each endpoint reads from the query string; anything else is refused, not ignored.
# `lang` is everywhere: it chooses the language of every message, errors included.
PARAMETERS: dict[str, tuple[str, ...]] = {
    "api.list_places": FILTER_PARAMETERS,
    "api.list_clusters": (*FILTER_PARAMETERS, "zoom"),
    "api.suggest_items": ("q", "lang"),
    "api.suggest": ("q", "lang"),
    "api.list_mrcs": ("lat", "lon", "lang"),
    "api.geocode": ("q", "lang"),
}


@bp.before_request
def refuse_unknown_parameters() -> tuple[Response, int] | None:
    """`?nocache=<random>` would make every answer new: a 400 says which parameters exist."""
    valid = PARAMETERS.get(request.endpoint or "", ("lang",))
    try:
        check_parameters(request.args.keys(), valid)
    except UnknownParameterError as error:
        return jsonify(
            error="unknown_parameter",
            message=_(
                "Paramètre(s) inconnu(s) : %(unknown)s. Paramètres acceptés : %(valid)s.",
                unknown=", ".join(error.unknown),
                valid=", ".join(error.valid) or _("aucun"),
            ),
            unknown=error.unknown,
            valid=error.valid,
        ), 400
    return None


def _geojson(payload: object) -> Response:
    response = jsonify(payload)
    response.mimetype = GEOJSON
    return response


def _request_key() -> str | None:
    """What names this request's answer without asking the database; None if it cannot be told.

    The places collection is named by its parsed filters (the item words as typed: what they
    mean takes the database), every other answer by its endpoint and query string.
    """
    if request.endpoint == "api.list_places":
        filters: places.PlaceFilters | None = g.get("api_filters")
        if filters is None:
            return None
        # The item words as typed: what they mean needs the database that just failed.
        return repr(("places", *canonical_filters(filters, filters.query.casefold())))
    return repr((request.endpoint, sorted(request.args.items(multi=True))))


def _cached_geojson(
    etag: str, build: Callable[[], bytes], keep: bool = True, slot: str | None = None
) -> Response:
    cache = answer_cache()
    # A position is new with every phone: kept, its answers (MBs) would only evict the others.
    answer = cache.get(etag) if keep else None
    if answer is None:
        answer = cache.put(etag, build(), slot) if keep else EncodedAnswer(build())
        ratelimits.mark_built()
    key = _request_key() if keep else None
    if key is not None:
        last_answers().remember(key, LastAnswer(answer, GEOJSON, etag))
    # Not kept for an outage either: no phone asks from that very point again.
    g.answer_remembered = True
    response = Response(mimetype=GEOJSON)
    send_encoded(response, answer)
    return response


@bp.after_request
def remember_fresh_answer(response: Response) -> Response:
    """Keep every good answer the database gave, to serve it again if the database goes away."""
    if (
        request.method == "GET"
        and response.status_code == 200
        and not response.is_streamed
        and not g.get("answer_remembered")
        and STALE_HEADER not in response.headers
        and (key := _request_key()) is not None
    ):
        last = LastAnswer(EncodedAnswer(response.get_data()), response.mimetype or GEOJSON)
        last_answers().remember(key, last)
    return response


def serve_last_answer(error: Exception) -> Response:
    """The database does not answer: the last fresh answer to this request, marked stale.

    Without one, the JSON 503 every other page gets. Nothing is kept from the outage, so the
    first request after the database returns is answered fresh.
    """
    key = _request_key()
    last = last_answers().get(key) if key is not None else None
    if last is None:
        return database_unavailable(error)
    try:
        db.session.rollback()
    except Exception:
        current_app.logger.warning("Rollback failed after a database error", exc_info=True)
    current_app.logger.warning(
        "Database unavailable on %s %s: served the last answer (%s)",
        request.method,
        request.path,
        type(error).__name__,
    )
    response = Response(mimetype=last.mimetype)
    if last.etag is not None:
        response.set_etag(last.etag)
    if last.etag is not None and request.if_none_match.contains(last.etag):
        response.status_code = 304
    else:
        send_encoded(response, last.answer)
    response.headers["Warning"] = STALE_WARNING
    response.headers[STALE_HEADER] = "1"
    # Kept by a proxy or the browser, the stale answer would outlive the outage.
    response.headers["Cache-Control"] = "no-store"
    return response


for _unavailable in DATABASE_UNAVAILABLE:
    bp.register_error_handler(_unavailable, serve_last_answer)


def _bad_request(message: str, **details: object) -> tuple[Response, int]:
    return jsonify(error="bad_request", message=message, **details), 400


@bp.get("/places")
@ratelimits.api_built_answers
def list_places() -> Response | tuple[Response, int]:
    try:
        filters = parse_filters(request.args)
    except InvalidFilterError as error:
        return _bad_request(
            str(error), parameter=error.parameter, unknown=error.unknown, valid=error.valid
        )
    except BadQueryError as error:
        return _bad_request(str(error), parameter=error.parameter)
    g.api_filters = filters
    activity.note_places_search(filters)
    # Built from the parsed filters, never the raw query string; resolving the item words
    # here also logs a search that means nothing, even when the answer comes from the cache.
    etag = collection_etag(b"", filters)
    if request.if_none_match.contains(etag):
        response = Response(status=304)
    else:
        response = _cached_geojson(
            etag,
            lambda: places.feature_collection_json(filters),
            keep=filters.near is None,
            slot=repr(answer_key(filters)),
        )
    response.set_etag(etag)
    # Short: staff edits must show up soon; the ETag makes revalidation nearly free.
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response


@bp.get("/places/<slug>")
def show_place(slug: str) -> Response | tuple[Response, int]:
    """One published place, as in the list: what a popup or a list entry fetches on demand."""
    place = places.get_public_place(slug)
    if place is None:
        return jsonify(error="not_found", message=_("Aucun lieu publié à cette adresse.")), 404
    url = url_for("public.place_detail", slug=place.slug, _external=True)
    lang = "en" if request.args.get("lang") == "en" else "fr"
    response = _geojson(places.place_feature(place, url, lang=lang))
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response


@bp.get("/clusters")
def list_clusters() -> Response | tuple[Response, int]:
    """The clusters and single places of one map view: what the map draws, whatever the size."""
    try:
        filters = parse_filters(request.args)
        zoom = _zoom(request.args.get("zoom", ""))
    except InvalidFilterError as error:
        return _bad_request(
            str(error), parameter=error.parameter, unknown=error.unknown, valid=error.valid
        )
    except BadQueryError as error:
        return _bad_request(str(error), parameter=error.parameter)
    if filters.bbox is None:
        return _bad_request(
            "« bbox » est requis : min_lon,min_lat,max_lon,max_lat de la vue.", parameter="bbox"
        )
    g.api_filters = filters
    key = (answer_key(replace(filters, bbox=None, fields=())), clusters.moment_key(filters))
    etag = collection_etag(repr(("clusters", filters.bbox, zoom)).encode(), filters)
    if request.if_none_match.contains(etag):
        response = Response(status=304)
    else:
        response = _geojson(clusters.cluster_collection(filters, key, filters.bbox, zoom))
    response.set_etag(etag)
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response


def _zoom(raw: str) -> int:
    if not raw.strip().isdigit() or not 0 <= int(raw) <= clusters.MAX_ZOOM:
        raise BadQueryError(
            "zoom", f"« zoom » attend un entier de 0 à {clusters.MAX_ZOOM} (reçu : {raw[:20]!r})."
        )
    return int(raw)


def _search_words() -> str | tuple[Response, int]:
    query = request.args.get("q", "")
    if len(query) > 200:
        return _bad_request("« q » est limité à 200 caractères.", parameter="q")
    return query


def _suggestions(answer: object) -> Response:
    response = jsonify(answer)
    # The same words give the same answer until staff change the data: a minute is safe.
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response


@bp.get("/items")
def suggest_items() -> Response | tuple[Response, int]:
    query = _search_words()
    if not isinstance(query, str):
        return query
    lang = "en" if request.args.get("lang") == "en" else "fr"
    return _suggestions(item_lookup.suggest_items(query, lang))


@bp.get("/suggest")
def suggest() -> Response | tuple[Response, int]:
    query = _search_words()
    if not isinstance(query, str):
        return query
    lang = "en" if request.args.get("lang") == "en" else "fr"
    return _suggestions(item_lookup.suggest(query, lang))


@bp.get("/categories")
def list_categories() -> Response:
    rows = db.session.execute(select(Category).order_by(Category.sort_order)).scalars()
    return jsonify(
        [
            {
                "code": c.code,
                "label_fr": c.label_fr,
                "label_en": c.label_en,
                "colour": c.colour,
                "icon": c.icon,
            }
            for c in rows
        ]
    )


@bp.get("/actions")
def list_actions() -> Response:
    rows = db.session.execute(select(Action).order_by(Action.sort_order)).scalars()
    return jsonify([{"code": a.code, "label_fr": a.label_fr, "label_en": a.label_en} for a in rows])


@bp.get("/place-types")
def list_place_types() -> Response:
    rows = db.session.execute(select(PlaceType).order_by(PlaceType.sort_order)).scalars()
    return jsonify(
        [
            {"code": t.code, "label_fr": t.label_fr, "label_en": t.label_en, "colour": t.colour}
            for t in rows
        ]
    )


def _coordinate(name: str, low: float, high: float) -> float:
    raw = request.args.get(name, "")
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"« {name} » doit être un nombre décimal (reçu : {raw!r}).") from None
    if not low <= value <= high:
        raise ValueError(f"« {name} » doit être entre {low} et {high}.")
    return value


@bp.get("/mrcs")
def list_mrcs() -> Response | tuple[Response, int]:
    if "lat" in request.args or "lon" in request.args:
        try:
            lat = _coordinate("lat", -90, 90)
            lon = _coordinate("lon", -180, 180)
        except ValueError as error:
            return _bad_request(str(error))
        return _geojson(mrcdata.mrc_collection(lat=lat, lon=lon))
    return _geojson(mrcdata.mrc_collection())


@bp.get("/geocode")
@geocoder.public_rate_limit
def geocode() -> Response | tuple[Response, int]:
    """Where is what a citizen typed (address, postal code or town): local data first."""
    from .. import geocoder

    query = " ".join(request.args.get("q", "").split())
    if not query:
        return _bad_request(
            "Paramètre « q » manquant : une adresse, un code postal ou une municipalité.",
            parameter="q",
        )
    if len(query) > 200:
        return _bad_request("« q » est limité à 200 caractères.", parameter="q")
    result = geocoder.geocode_text(query)
    db.session.commit()  # keeps a remote answer in the cache, when one was asked
    if not result.found or not result.in_region:
        outside = next((w.message for w in result.warnings if w.kind == "outside_region"), None)
        message = outside or result.refusal or "Lieu introuvable."
        return jsonify(error="not_found", message=message, query=query), 404
    return jsonify(geocoder.result_as_json(result))
