"""Embed views: the framed map, its data, the configurator, oEmbed and the standalone export."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from markupsafe import Markup
from sqlalchemy import select
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from werkzeug.wrappers import Response as BaseResponse

from .. import activity, dataversion, mrcdata, places, ratelimits
from ..api.cache import send_encoded
from ..api.filters import BadQueryError, InvalidFilterError, collection_etag
from ..extensions import csrf, db
from ..geo import mapbuilder
from ..hours import QUEBEC
from ..i18n import _, current_language
from ..models import Action, Category
from ..public.maptext import MAP_FIELDS, map_text
from ..security import content_security_policy, csp_nonce, tile_origin
from . import export, operations
from .settings import (
    FILTER_PARAMS,
    EmbedSettings,
    Preset,
    look_from_args,
    place_filters,
    settings_from_args,
)

bp = Blueprint("embed", __name__)
csrf.exempt(bp)

# Endpoints a CMS may ask oEmbed about: the citizen map and the embeds themselves.
OEMBED_ENDPOINTS = frozenset({"public.index", "embed.frame", "embed.scoped", "embed.saved"})
ORIGIN = re.compile(r"^(https?://)?(\*\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
MAX_OEMBED_WIDTH = 2000


def frame_ancestors() -> str:
    """The CSP frame-ancestors of /embed, from EMBED_ALLOWED_ORIGINS (spaces or commas)."""
    configured = current_app.config.get("EMBED_ALLOWED_ORIGINS") or "*"
    items = configured.replace(",", " ").split() if isinstance(configured, str) else configured
    if "*" in items:
        return "*"
    allowed = []
    for item in items:
        if ORIGIN.match(item):
            allowed.append(item.rstrip("/"))
        else:
            current_app.logger.warning("EMBED_ALLOWED_ORIGINS: %r is not an origin, ignored", item)
    # The configurator previews embeds on this very site.
    return " ".join(["'self'", *allowed])


def _tiles() -> mapbuilder.TileSettings:
    return mapbuilder.TileSettings(
        current_app.config["TILE_URL"], current_app.config["TILE_ATTRIBUTION"]
    )


def _full_site_url(preset: Preset) -> str:
    args = {k: v for k, v in preset.as_args().items() if k in {"mrc", "category"}}
    lang = current_language()
    if lang != "fr":
        args["lang"] = lang
    return url_for("public.index", _external=True, **args)


def _render_frame(settings: EmbedSettings, slug: str | None = None) -> Response:
    preset, look = settings.preset, settings.look
    activity.note(activity.EMBED, slug or "", preset.mrcs[0] if len(preset.mrcs) == 1 else "")
    categories = list(db.session.execute(select(Category).order_by(Category.sort_order)).scalars())
    # Controls offer what is inside the scope, and only when there is a choice to make.
    mrc_choices = [m for m in mrcdata.all_mrcs() if not preset.mrcs or m.slug in preset.mrcs]
    category_choices = [
        c for c in categories if not preset.categories or c.code in preset.categories
    ]
    nonce = csp_nonce()
    html = render_template(
        "embed/frame.html",
        settings=settings,
        look=look,
        slug=slug,
        map=mapbuilder.region_map(_tiles(), nonce),
        data_api=url_for("embed.places", token=preset.token()),
        outlines_api=url_for("embed.outlines", token=preset.token()),
        mrc_choices=mrc_choices,
        category_choices=category_choices,
        map_text=map_text(categories),
        map_fields=MAP_FIELDS,
        full_site_url=_full_site_url(preset),
        oembed_url=operations.oembed_href(request.url),
        title=operations.frame_title(current_language()),
        preset=preset,
    )
    response = make_response(html)
    response.headers["Content-Security-Policy"] = content_security_policy(
        nonce, current_app.config["TILE_URL"], frame_ancestors=frame_ancestors()
    )
    return response


@bp.get("/embed")
def frame() -> Response | BaseResponse:
    """The URL partners write; a preset moves into the path of /embed/p/<token>.

    map.js keeps the visitor's own filters in the frame's query string and rewrites it on each
    change; were the partner's preset there too, the visitor could clear it ("Tout afficher")
    and a reload or a back-and-forward would lose the partner's territory.
    """
    settings = settings_from_args(request.args, places.Taxonomy.load())
    if settings.preset.is_empty:
        return _render_frame(settings)
    rest: dict[str, Any] = {k: v for k, v in request.args.items() if k not in FILTER_PARAMS}
    return redirect(url_for("embed.scoped", token=settings.preset.token(), **rest))


@bp.get("/embed/p/<token>")
def scoped(token: str) -> Response:
    """The frame for a preset; its query holds the look, then the visitor's own filters."""
    preset = Preset.from_token(token, places.Taxonomy.load())
    return _render_frame(EmbedSettings(preset, look_from_args(request.args)))


@bp.get("/embed/mrcs/<token>", endpoint="outlines")
def outlines_in_scope(token: str) -> Response:
    """The outlines map.js draws: only the partner's territory when the preset names one."""
    preset = Preset.from_token(token, places.Taxonomy.load())
    collection = mrcdata.mrc_collection()
    if preset.mrcs:
        collection["features"] = [f for f in collection["features"] if f["id"] in preset.mrcs]
    response = jsonify(collection)
    response.mimetype = "application/geo+json"
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    return response


@bp.get("/embed/<slug>")
def saved(slug: str) -> Response:
    config = operations.config_by_slug(slug)
    if config is None:
        abort(404)
    return _render_frame(operations.config_settings(config), slug=slug)


def _bad_request(message: str, **details: object) -> tuple[Response, int]:
    return jsonify(error="bad_request", message=message, **details), 400


@bp.get("/embed/places/<token>", endpoint="places")
def places_in_scope(token: str) -> Response | tuple[Response, int]:
    """The places API inside an embed's preset: a visitor may narrow it, never widen it."""
    taxonomy = places.Taxonomy.load()
    preset = Preset.from_token(token, taxonomy)
    try:
        filters = place_filters(preset, request.args.to_dict(), taxonomy)
    except InvalidFilterError as error:
        return _bad_request(
            str(error), parameter=error.parameter, unknown=error.unknown, valid=error.valid
        )
    except BadQueryError as error:
        return _bad_request(str(error), parameter=error.parameter)
    if filters is not None and (request.args.get("q") or request.args.get("category")):
        # The visitor's own search; the partner's preset alone is not one.
        activity.note_places_search(filters)
    if filters is None:
        payload: dict[str, Any] = {"type": "FeatureCollection", "features": []}
        response = jsonify(payload)
    else:
        etag = collection_etag(token.encode() + b"?" + request.query_string, filters)
        if request.if_none_match.contains(etag):
            response = Response(status=304)
        else:
            response = jsonify(places.feature_collection(filters))
        response.set_etag(etag)
    if response.status_code == 200:
        response.mimetype = "application/geo+json"
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response


# --- the configurator ---------------------------------------------------------------------------


def _code_payload(settings: EmbedSettings) -> dict[str, Any]:
    code = operations.embed_code(settings, current_language())
    return {
        "frame_url": code.frame_url,
        "script_url": code.script_url,
        "script_attributes": code.script_attributes,
        "script": code.script,
        "iframe": code.iframe,
        "export_url": code.export_url,
        "oembed_url": operations.oembed_href(code.frame_url),
    }


@bp.get("/integrer")
def configurator() -> str:
    """Public page: pick filters and look, preview, copy the script or the iframe."""
    taxonomy = places.Taxonomy.load()
    settings = settings_from_args(request.args, taxonomy)
    code = operations.embed_code(settings, current_language())
    return render_template(
        "embed/configurator.html",
        settings=settings,
        code=code,
        mrcs=mrcdata.all_mrcs(),
        categories=db.session.execute(select(Category).order_by(Category.sort_order)).scalars(),
        actions=db.session.execute(select(Action).order_by(Action.sort_order)).scalars(),
    )


@bp.get("/integrer/code")
def configurator_code() -> Response:
    """The snippets for some settings, so that the page's script never builds them itself."""
    return jsonify(_code_payload(settings_from_args(request.args, places.Taxonomy.load())))


# --- oEmbed -------------------------------------------------------------------------------------


class NotEmbeddableError(Exception):
    """oEmbed's answer for a URL it will not embed: 404, as the specification says."""


class MalformedUrlError(ValueError):
    """The url parameter is not a URL at all (an unclosed IPv6 bracket…): 400."""


def _own_page(url: str) -> tuple[str, dict[str, Any], dict[str, str]]:
    """(endpoint, view args, query) of a map URL of this site; NotEmbeddableError otherwise."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise MalformedUrlError(url) from None
    if parts.scheme not in {"http", "https"} or parts.netloc.lower() != request.host.lower():
        raise NotEmbeddableError(_("Cette adresse n'est pas une carte de ce site."))
    root = request.script_root
    path = parts.path or "/"
    if root and not path.startswith(root):
        raise NotEmbeddableError(_("Cette adresse n'est pas une carte de ce site."))
    adapter = current_app.url_map.bind(request.host, script_name=root or "/")
    try:
        endpoint, view_args = adapter.match(path[len(root) :] or "/", method="GET")
    except (HTTPException, RequestRedirect):
        raise NotEmbeddableError(_("Cette adresse n'est pas une carte de ce site.")) from None
    if endpoint not in OEMBED_ENDPOINTS:
        raise NotEmbeddableError(_("Seules la carte et ses intégrations peuvent être intégrées."))
    query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
    return str(endpoint), dict(view_args), query


def _bounded(name: str, default: int) -> int:
    raw = request.args.get(name, "")
    if not raw.isdigit():
        return default
    return min(int(raw), default)


@bp.get("/oembed")
def oembed() -> Response | tuple[Response, int]:
    """oEmbed 1.0 (https://oembed.com): a rich type answer with an <iframe> for the URL."""
    response_format = request.args.get("format", "json")
    if response_format != "json":
        return jsonify(error="not_implemented", message=_("Seul le format JSON est offert.")), 501
    url = request.args.get("url", "").strip()
    if not url:
        return _bad_request(_("Le paramètre « url » est obligatoire."), parameter="url")
    try:
        endpoint, view_args, query = _own_page(url)
    except NotEmbeddableError as error:
        return jsonify(error="not_found", message=str(error)), 404
    except MalformedUrlError:
        return _bad_request(
            _("Le paramètre « url » n'est pas une adresse web valide."), parameter="url"
        )
    taxonomy = places.Taxonomy.load()
    lang = query.get("lang") if query.get("lang") in {"fr", "en"} else current_language()
    slug = None
    if endpoint == "embed.saved":
        config = operations.config_by_slug(str(view_args["slug"]))
        if config is None:
            return jsonify(error="not_found", message=_("Cette intégration n'existe plus.")), 404
        settings = operations.config_settings(config, taxonomy)
        slug = config.slug
        title = config.name
    else:
        settings = settings_from_args(query, taxonomy)
        if endpoint == "embed.scoped":
            preset = Preset.from_token(str(view_args["token"]), taxonomy)
            settings = EmbedSettings(preset, settings.look)
        if endpoint == "public.index":
            # The citizen map's URL carries filters, not a look: embed it with the default look.
            settings = EmbedSettings(settings.preset, look_from_args({}))
        title = operations.frame_title(lang or "fr")
    width = _bounded("maxwidth", 800)
    height = _bounded("maxheight", settings.look.frame_height)
    code = operations.embed_code(settings, lang or "fr", slug)
    payload = {
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": "Récupère-DON!",
        "provider_url": url_for("public.index", _external=True),
        "cache_age": 3600,
        "width": width,
        "height": height,
        "html": operations.iframe_snippet(code.frame_url, code.title, height),
    }
    return jsonify(payload)


def oembed_link() -> Markup:
    """The oEmbed discovery <link> for the citizen map, for base.html's <head>."""
    if request.endpoint != "public.index":
        return Markup("")
    return Markup(
        '<link rel="alternate" type="application/json+oembed" href="{}" title="{}">'
    ).format(operations.oembed_href(request.url), _("Récupère-DON! — Carte du réemploi"))


# --- the standalone export ----------------------------------------------------------------------


@bp.get("/export/carte.html", endpoint="export")
@ratelimits.export
def export_map() -> Response:
    """« Télécharger la carte (HTML) »: one file with everything inside, for a set of filters."""
    taxonomy = places.Taxonomy.load()
    preset = settings_from_args(request.args, taxonomy).preset
    today = datetime.now(QUEBEC).date().isoformat()
    # The cache key holds what the bytes depend on: never the raw query string.
    etag = export.file_etag(
        dataversion.current(dataversion.PLACES),
        dataversion.current(dataversion.TAXONOMY),
        dataversion.current(dataversion.TERRITORY),
        preset.token(),
        current_language(),
        request.host_url,
        today,
        _tiles(),
    )
    if request.if_none_match.contains(etag):
        response = Response(status=304)
    else:
        answer = export.cached_file(etag, lambda: _export_file(preset, taxonomy, today))
        response = Response(mimetype="text/html")
        send_encoded(response, answer)
    response.set_etag(etag)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{export.file_name(preset.mrcs)}"'
    )
    return response


def _export_file(preset: Preset, taxonomy: places.Taxonomy, today: str) -> bytes:
    items = export.export_places(place_filters(preset, {}, taxonomy))
    labels = {"demo": _("Démonstration"), "takes": _("Accepte :")}
    html = render_template(
        "embed/export.html",
        map=export.build_map(_tiles(), items, labels),
        island_id=export.ISLAND_ID,
        items=items,
        mrc_names=[m.name for m in mrcdata.all_mrcs() if m.slug in preset.mrcs],
        preset=preset,
        assets=export.inlined_assets(),
        popup_script=export.popup_script(current_app.static_folder or "static"),
        tile_origin=_tile_origin(),
        full_site_url=_full_site_url(preset),
        now_date=today,
    )
    return html.encode()


def _tile_origin() -> str:
    return tile_origin(current_app.config["TILE_URL"])


def init_app(app: Flask) -> None:
    app.jinja_env.globals["oembed_link"] = oembed_link
