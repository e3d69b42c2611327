"""Citizen pages: the map with its filters, and one page per place."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any

from flask import Blueprint, abort, current_app, render_template, request, url_for
from sqlalchemy import select

from .. import activity, donations, hours, mrcdata, places
from ..api.filters import BadQueryError, InvalidFilterError, parse_filters, split_codes
from ..extensions import db
from ..geo import mapbuilder
from ..i18n import current_language, label
from ..models import Action, Category
from ..security import csp_nonce
from .maptext import MAP_FIELDS, map_text
from .modes import GIVE, MODES, Mode, mode_of, mode_texts

bp = Blueprint("public", __name__)


def _tiles() -> mapbuilder.TileSettings:
    return mapbuilder.TileSettings(
        current_app.config["TILE_URL"], current_app.config["TILE_ATTRIBUTION"]
    )


@bp.get("/")
def index() -> str:
    taxonomy = places.Taxonomy.load()

    def known(name: str, valid: list[str]) -> tuple[str, ...]:
        # A shared link with a stale code still opens the map; unknown codes are dropped.
        return tuple(c for c in split_codes(request.args.get(name)) if c in valid)

    radius = request.args.get("radius_km", "")
    mode = mode_of(known("action", taxonomy.actions))
    filters = places.PlaceFilters(
        mrcs=known("mrc", taxonomy.mrcs),
        categories=known("category", taxonomy.categories),
        actions=mode.actions,
        open_now=request.args.get("open_now") == "1",
        radius_km=float(radius) if radius.isdigit() else None,
    )
    categories = list(db.session.execute(select(Category).order_by(Category.sort_order)).scalars())
    query = request.args.get("q", "")[:200]
    texts = mode_texts()
    activity.note(activity.PAGE, "carte", filters.mrcs[0] if len(filters.mrcs) == 1 else "")
    server_clusters = (
        len(places.published_records()) > current_app.config["MAP_SERVER_CLUSTERS_ABOVE"]
    )
    return render_template(
        "index.html",
        # With server clusters the first view asks for its clusters, not for every place.
        initial_api=None if server_clusters else _initial_places_url(mode),
        server_clusters=server_clusters,
        map_fields=MAP_FIELDS,
        map=mapbuilder.region_map(_tiles(), csp_nonce()),
        mrcs=mrcdata.all_mrcs(),
        categories=categories,
        modes=MODES,
        mode=mode,
        mode_texts=texts,
        default_actions=",".join(GIVE.actions),
        filters=filters,
        query=query,
        map_text=map_text(categories),
        listed=_listed_without_script(replace(filters, query=query, lang=current_language())),
        list_url=_with_list(),
    )


# What a browser without JavaScript lists (the script lists them on every other browser).
LISTED_WITHOUT_SCRIPT = 50
LISTED_FIELDS = ("name", "slug", "place_type", "municipality", "open_now", "hours_text")


def _listed_without_script(filters: places.PlaceFilters) -> list[dict[str, Any]] | None:
    """The places a search sent without JavaScript finds; None for every other page view.

    Only the forms' own buttons send `liste=1`, and the script intercepts them: an ordinary
    view neither searches twice nor counts a missed search twice.
    """
    if request.args.get("liste") != "1":
        return None
    wanted = replace(filters, limit=LISTED_WITHOUT_SCRIPT, fields=LISTED_FIELDS)
    activity.note_places_search(wanted)
    features: list[dict[str, Any]] = places.feature_collection(wanted)["features"]
    return features


def _with_list() -> str:
    """This page's address asking for the list without JavaScript."""
    # url_for reads _external, _scheme… as its own options: never take those from the visitor.
    args: dict[str, Any] = {
        k: v for k, v in request.args.items() if not k.startswith("_") and k != "liste"
    }
    return url_for("public.index", **args, liste="1")


def _initial_places_url(mode: Mode) -> str | None:
    """The API answer the page will ask for first, so that the browser fetches it at once.

    None when the request cannot be known in advance (open now depends on the visitor's clock)
    or would be refused: the script then asks itself.
    """
    names = ("mrc", "category", "q", "near", "radius_km")
    args = {k: request.args[k] for k in names if request.args.get(k)}
    args["action"] = ",".join(mode.actions)
    if request.args.get("open_now"):
        return None
    try:
        parse_filters(args)
    except (InvalidFilterError, BadQueryError):
        return None
    values: dict[str, Any] = {**args, "lang": current_language(), "fields": MAP_FIELDS}
    return url_for("api.list_places", **values)


@bp.get("/lieux/<slug>")
def place_detail(slug: str) -> str:
    place = places.get_public_place(slug)
    if place is None:
        abort(404)
    activity.note(activity.PAGE, "lieu", place.mrc.slug if place.mrc else "")
    small_map = None
    if place.latitude is not None and place.longitude is not None:
        small_map = mapbuilder.place_map(_tiles(), csp_nonce(), place.latitude, place.longitude)
    actions = {a.code: a for a in db.session.execute(select(Action)).scalars()}
    now = datetime.now(hours.QUEBEC)
    status = hours.status_at(place.opening_hours, now)
    lang = current_language()
    category_names = {c.code: label(c) for c in db.session.execute(select(Category)).scalars()}
    return render_template(
        "place.html",
        donation_paused=donations.active_pause(place.donation_pause, now.date()) is not None,
        # Only where one can give: « Dons acceptés » on a repair shop would mislead.
        donation_text=donations.describe(place.donation_pause, now.date(), category_names)
        if any(p.action_code in donations.GIVING_ACTIONS for p in place.propositions)
        else "",
        place=place,
        actions=actions,
        item_names=partial(places.item_names, lang=lang),
        address=places.full_address(place),
        map=small_map,
        hours_status=status,
        hours_text=hours.describe(status, now, lang),
        schedule=hours.week_schedule(place.opening_hours, now, lang),
        share_url=url_for(
            "public.place_detail",
            slug=place.slug,
            _external=True,
            **({"lang": lang} if lang != "fr" else {}),
        ),
    )
