"""The API's contract: an OpenAPI 3.1 document built from the code's own lists, and its page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from flask import Response, jsonify, render_template, request
from sqlalchemy import select

from .. import clusters, geocoder, placeindex, places, ratelimits
from ..extensions import db
from ..geo.geocoding import WarningKind
from ..models import GeocodePrecision, GeocodeSource, OutlineSource, PlaceType
from .views import GEOJSON, bp

OPENAPI_VERSION = "3.1.0"
JSON = "application/json"


class _Text:
    """French or English: the document speaks the language its reader asked for."""

    def __init__(self, lang: str) -> None:
        self.english = lang == "en"

    def __call__(self, fr: str, en: str) -> str:
        return en if self.english else fr


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    nullable = {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        # An enum is checked on its own: without null in it, null would still be refused.
        nullable["enum"] = [*schema["enum"], None]
    return nullable


def _codes(values: list[str]) -> dict[str, Any]:
    # An empty list (reference data not loaded) would make an enum nothing can satisfy.
    return {"type": "string", "enum": values} if values else {"type": "string"}


def _code_list(values: list[str]) -> dict[str, Any]:
    return {"type": "array", "items": _codes(values), "uniqueItems": True}


def _schemas(t: _Text, taxonomy: places.Taxonomy, place_types: list[str]) -> dict[str, Any]:
    string, boolean, number = {"type": "string"}, {"type": "boolean"}, {"type": "number"}
    labels = {
        "code": string,
        "label_fr": {**string, "description": t("Libellé français", "French label")},
        "label_en": {**string, "description": t("Libellé anglais", "English label")},
    }
    colour = {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"}
    point = {
        "type": "object",
        "required": ["type", "coordinates"],
        "properties": {
            "type": {"const": "Point"},
            "coordinates": {
                "type": "array",
                "items": number,
                "minItems": 2,
                "maxItems": 2,
                "description": t("longitude, latitude (WGS 84)", "longitude, latitude (WGS 84)"),
            },
        },
    }
    place_properties: dict[str, Any] = {
        "name": string,
        "slug": {**string, "description": t("Identifiant stable", "Stable identifier")},
        "place_type": _codes(place_types),
        "address": string,
        "municipality": _nullable(string),
        "postal_code": _nullable(string),
        "mrc": _nullable(_codes(taxonomy.mrcs)),
        "categories": _code_list(taxonomy.categories),
        "actions": {
            "type": "object",
            "description": t(
                "Pour chaque action, les catégories acceptées",
                "For each action, the categories taken",
            ),
            "propertyNames": _codes(taxonomy.actions),
            "additionalProperties": _code_list(taxonomy.categories),
        },
        "phone": _nullable(string),
        "website": _nullable(string),
        "opening_hours": {
            **_nullable(string),
            "description": t("Syntaxe OpenStreetMap", "OpenStreetMap syntax"),
        },
        "open_now": {
            **_nullable(boolean),
            "description": t(
                "Ouvert au moment demandé (`at`, sinon maintenant) ; null si inconnu",
                "Open at the moment asked (`at`, or now); null when unknown",
            ),
        },
        "hours_text": string,
        "next_opening": {
            **_nullable(
                {
                    "type": "object",
                    "required": ["at", "text"],
                    "properties": {
                        "at": {**string, "format": "date-time"},
                        "text": {
                            **string,
                            "description": t(
                                "« lundi 9 h », dans `lang`", "“Monday 9 am”, in `lang`"
                            ),
                        },
                    },
                }
            ),
            "description": t(
                "Prochaine ouverture d'un lieu fermé au moment demandé ; null s'il est ouvert "
                "ou si ses heures sont inconnues",
                "Next opening of a place closed at the moment asked; null when open or when "
                "its hours are unknown",
            ),
        },
        "demo": {**boolean, "description": t("Lieu fictif", "Fictitious place")},
        "donation_status": {
            "type": "object",
            "description": t(
                "« accepting », ou « paused » jusqu'à `until` (inclus) pour `categories` "
                "(vide : toutes), avec `reason` ; le lieu ne répond plus « donner » ni "
                "« ramassage » pour ces catégories pendant la pause",
                "'accepting', or 'paused' until `until` (included) for `categories` (empty: "
                "all), with `reason`; meanwhile the place no longer answers 'donner' or "
                "'ramassage' for those categories",
            ),
            "properties": {
                "state": {**string, "enum": ["accepting", "paused"]},
                "until": {**string, "format": "date"},
                "categories": {"type": "array", "items": string},
                "reason": {**string, "nullable": True},
            },
        },
        "url": {**string, "format": "uri", "description": t("Page du lieu", "Place page")},
        "refuses": {
            "type": "array",
            "description": t(
                "Objets que le lieu refuse, par action (même si la catégorie est acceptée)",
                "Items the place refuses, per action (even when their category is taken)",
            ),
            "items": {
                "type": "object",
                "required": ["action", "item", "label"],
                "properties": {
                    "action": _codes(taxonomy.actions),
                    "item": {**string, "description": t("Code de l'objet", "Item code")},
                    "label": {**string, "description": t("Nom dans `lang`", "Name in `lang`")},
                },
            },
        },
        "match": {
            **_nullable(
                {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            *("action", "action_label", "category", "category_label"),
                            *("item", "item_label", "conditions"),
                        ],
                        "properties": {
                            "action": _codes(taxonomy.actions),
                            "action_label": string,
                            "category": _codes(taxonomy.categories),
                            "category_label": string,
                            "item": {
                                **_nullable(string),
                                "description": t(
                                    "L'objet que les mots désignent ; null si seule une "
                                    "catégorie correspond",
                                    "The item the words mean; null when only a category matched",
                                ),
                            },
                            "item_label": _nullable(string),
                            "conditions": {
                                **_nullable(string),
                                "description": t(
                                    "Conditions de cette action, dans `lang`",
                                    "This action's conditions, in `lang`",
                                ),
                            },
                        },
                    },
                }
            ),
            "description": t(
                "Pourquoi le lieu répond, avec `q` ou `category` : une entrée par action "
                "demandée et catégorie acceptée ; null sans `q` ni `category`",
                "Why the place answers, with `q` or `category`: one entry per action asked "
                "for and category taken; null without `q` or `category`",
            ),
        },
        "distance_km": {
            **number,
            "description": t("Seulement avec `near`", "Only with `near`"),
        },
        "picks_up_here": {
            **boolean,
            "description": t(
                "Seulement avec `near` : ramasse à ce point", "Only with `near`: picks up there"
            ),
        },
    }
    error_fields = {
        "error": string,
        "message": {**string, "description": t("Message à afficher", "Message to show")},
    }
    return {
        "Point": point,
        "PlaceProperties": {
            "type": "object",
            "description": t(
                "Toutes les propriétés, ou celles demandées par `fields`",
                "Every property, or those asked for with `fields`",
            ),
            "properties": place_properties,
            "additionalProperties": False,
        },
        "PlaceFeature": {
            "type": "object",
            "required": ["type", "id", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": "integer"},
                "geometry": {"oneOf": [{"$ref": "#/components/schemas/Point"}, {"type": "null"}]},
                "properties": {"$ref": "#/components/schemas/PlaceProperties"},
            },
        },
        "PlaceCollection": {
            "type": "object",
            "required": ["type", "features"],
            "properties": {
                "type": {"const": "FeatureCollection"},
                "features": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/PlaceFeature"},
                },
            },
        },
        "ClusterCollection": {
            "type": "object",
            "required": ["type", "total", "in_view", "features"],
            "properties": {
                "type": {"const": "FeatureCollection"},
                "in_view": {
                    "type": "integer",
                    "description": t(
                        "Lieux de ces filtres dans la vue (ce que la liste parcourt avec bbox)",
                        "Places for these filters inside the view (what the list pages with bbox)",
                    ),
                },
                "total": {
                    "type": "integer",
                    "description": t(
                        "Lieux trouvés pour ces filtres, dans la vue ou non",
                        "Places found for these filters, in the view or not",
                    ),
                },
                "features": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["type", "geometry", "properties"],
                        "properties": {
                            "type": {"const": "Feature"},
                            "geometry": {"$ref": "#/components/schemas/Point"},
                            "properties": {
                                "type": "object",
                                "required": ["cluster"],
                                "properties": {
                                    "cluster": {"type": "boolean"},
                                    "point_count": {"type": "integer"},
                                    "expansion_zoom": {"type": "integer"},
                                    "slug": string,
                                    "name": string,
                                    "place_type": _codes(place_types),
                                },
                            },
                        },
                    },
                },
            },
        },
        "MrcFeature": {
            "type": "object",
            "required": ["type", "id", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": _codes(taxonomy.mrcs),
                "geometry": {
                    "type": ["object", "null"],
                    "required": ["type", "coordinates"],
                    "properties": {
                        "type": {"enum": ["Polygon", "MultiPolygon"]},
                        "coordinates": {"type": "array"},
                    },
                },
                "properties": {
                    "type": "object",
                    "required": ["slug", "name", "codes", "former_name", "outline_source"],
                    "properties": {
                        "slug": _codes(taxonomy.mrcs),
                        "name": string,
                        "codes": {
                            "type": "object",
                            "properties": {
                                "sda": string,
                                "mamh": _nullable(string),
                                "cduid": string,
                            },
                        },
                        "former_name": _nullable(string),
                        "outline_source": {"enum": [str(s) for s in OutlineSource]},
                    },
                },
            },
        },
        "MrcCollection": {
            "type": "object",
            "required": ["type", "features"],
            "properties": {
                "type": {"const": "FeatureCollection"},
                "features": {"type": "array", "items": {"$ref": "#/components/schemas/MrcFeature"}},
            },
        },
        "ItemSuggestion": {
            "type": "object",
            "required": [
                "item",
                "label",
                "category",
                "category_label",
                "score",
                "matched",
                "guidance",
            ],
            "properties": {
                "item": {
                    **_nullable(string),
                    "description": t(
                        "Code de l’objet du catalogue (data/items.csv) ; null : catégorie seule",
                        "Catalogue item code (data/items.csv); null: a category alone",
                    ),
                },
                "label": string,
                "category": {
                    **_nullable(_codes(taxonomy.categories)),
                    "description": t(
                        "null : un objet que les lieux de réemploi ne prennent pas",
                        "null: an item reuse places do not take",
                    ),
                },
                "category_label": _nullable(string),
                "score": number,
                "matched": {**string, "description": t("Terme reconnu", "Term recognised")},
                "guidance": {
                    **_nullable(string),
                    "description": t(
                        "Où va l'objet ailleurs (écocentre, programme de récupération)",
                        "Where the item goes instead (eco-centre, take-back program)",
                    ),
                },
            },
        },
        "Suggestions": {
            "type": "object",
            "required": ["items", "places", "place_types", "municipalities"],
            "properties": {
                "items": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ItemSuggestion"},
                },
                "places": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["slug", "name", "municipality", "url"],
                        "properties": {
                            "slug": string,
                            "name": string,
                            "municipality": _nullable(string),
                            "url": string,
                        },
                    },
                },
                "place_types": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["code", "label"],
                        "properties": {"code": _codes(place_types), "label": string},
                    },
                },
                "municipalities": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["name", "mrc", "lat", "lon"],
                        "properties": {
                            "name": string,
                            "mrc": _codes(taxonomy.mrcs),
                            "lat": number,
                            "lon": number,
                        },
                    },
                },
            },
        },
        "GeocodeResult": {
            "type": "object",
            "required": ["lat", "lon", "source", "precision", "municipality", "mrc", "warnings"],
            "properties": {
                "lat": number,
                "lon": number,
                "source": {"enum": [*(str(s) for s in GeocodeSource), None]},
                "precision": {"enum": [*(str(p) for p in GeocodePrecision), None]},
                "municipality": _nullable(string),
                "mrc": _nullable(string),
                "warnings": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["kind", "message"],
                        "properties": {
                            "kind": {"enum": [str(k) for k in WarningKind]},
                            "message": string,
                        },
                    },
                },
            },
        },
        "Category": {
            "type": "object",
            "required": ["code", "label_fr", "label_en", "colour", "icon"],
            "properties": {**labels, "colour": colour, "icon": string},
        },
        "Action": {
            "type": "object",
            "required": ["code", "label_fr", "label_en"],
            "properties": labels,
        },
        "PlaceType": {
            "type": "object",
            "required": ["code", "label_fr", "label_en", "colour"],
            "properties": {**labels, "colour": colour},
        },
        "BadRequest": {
            "type": "object",
            "required": ["error", "message"],
            "properties": {
                **error_fields,
                "error": {
                    # "Bad Request": refused before any view reads it (a NUL byte).
                    "enum": ["unknown_parameter", "bad_request", "Bad Request"],
                    "description": t(
                        "unknown_parameter : paramètre inconnu ; bad_request : valeur illisible",
                        "unknown_parameter: unknown parameter; bad_request: unreadable value",
                    ),
                },
                "parameter": {
                    **string,
                    "description": t("Le paramètre en cause", "The parameter at fault"),
                },
                "unknown": {
                    "type": "array",
                    "items": string,
                    "description": t("Paramètres ou codes inconnus", "Unknown parameters or codes"),
                },
                "valid": {
                    "type": "array",
                    "items": string,
                    "description": t("Ceux qui sont acceptés", "Those accepted"),
                },
            },
        },
        "NotFound": {
            "type": "object",
            "required": ["error", "message", "query"],
            "properties": {**error_fields, "error": {"const": "not_found"}, "query": string},
        },
        "Error": {"type": "object", "required": ["error", "message"], "properties": error_fields},
    }


def _response(description: str, media: str, schema: dict[str, Any], **headers: Any) -> Any:
    answer: dict[str, Any] = {"description": description, "content": {media: {"schema": schema}}}
    if headers:
        answer["headers"] = {name.replace("_", "-"): value for name, value in headers.items()}
    return answer


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, schema: dict[str, Any], description: str, **more: Any) -> dict[str, Any]:
    parameter: dict[str, Any] = {
        "name": name,
        "in": "query",
        "description": description,
        "schema": schema,
    }
    if schema.get("type") == "array":
        # mrc=levis,bellechasse: one parameter, values separated by commas.
        parameter.update(style="form", explode=False)
    return {**parameter, **more}


def _operations(t: _Text, taxonomy: places.Taxonomy) -> dict[str, tuple[str, dict[str, Any]]]:
    """Endpoint → (path under /api/v1, GET operation)."""
    lang = _query(
        "lang",
        {"type": "string", "enum": ["fr", "en"], "default": "fr"},
        t("Langue des libellés et des messages", "Language of labels and messages"),
    )
    headers = {
        "X_Served_Stale": {
            "description": t(
                "Présent quand la base ne répond pas : la dernière réponse connue est servie",
                "Present when the database is down: the last answer known is served",
            ),
            "schema": {"type": "string"},
        },
        "Warning": {
            "description": t(
                "Avec X-Served-Stale : 110 (réponse périmée)", "With X-Served-Stale: 110"
            ),
            "schema": {"type": "string"},
        },
    }
    retry = {
        "description": t("Secondes à attendre", "Seconds to wait"),
        "schema": {"type": "string"},
    }
    bad_request = _response(
        t(
            "Paramètre inconnu (`unknown`, `valid`) ou valeur illisible (`parameter`)",
            "Unknown parameter (`unknown`, `valid`) or unreadable value (`parameter`)",
        ),
        JSON,
        _ref("BadRequest"),
    )
    too_many = _response(
        t("Trop de demandes : réessayer après Retry-After", "Too many: retry after Retry-After"),
        JSON,
        _ref("Error"),
        Retry_After=retry,
    )
    unavailable = _response(
        t(
            "Base de données indisponible, sans réponse en cache",
            "Database unavailable, no cached answer",
        ),
        JSON,
        _ref("Error"),
        Retry_After=retry,
    )

    def operation(
        summary: str,
        parameters: list[dict[str, Any]],
        ok: dict[str, Any],
        *,
        extra: dict[str, Any] | None = None,
        database: bool = True,
        tag: str = "data",
        description: str = "",
    ) -> dict[str, Any]:
        responses: dict[str, Any] = {"200": ok, "400": bad_request}
        responses.update(extra or {})
        if database:
            responses["503"] = unavailable
        return {
            "summary": summary,
            **({"description": description} if description else {}),
            "tags": [tag],
            "parameters": [*parameters, lang],
            "responses": dict(sorted(responses.items())),
        }

    def listing(name: str) -> dict[str, Any]:
        return {"type": "array", "items": _ref(name)}

    ok = t("Réponse", "Answer")
    coordinate = {"type": "number"}
    place_filters = [
        _query("mrc", _code_list(taxonomy.mrcs), t("MRC (codes)", "MRCs (codes)")),
        _query(
            "category",
            _code_list(taxonomy.categories),
            t("Catégories acceptées (l'une d'elles)", "Categories taken (any of them)"),
        ),
        _query(
            "action",
            _code_list(taxonomy.actions),
            t("Actions (donner, ramassage…)", "Actions (give, pickup…)"),
        ),
        _query(
            "q",
            {"type": "string"},
            t("Mots d'objet : « divan », « laveuse »", "Item words: « sofa », « washer »"),
        ),
        _query(
            "near",
            {"type": "array", "items": coordinate, "minItems": 2, "maxItems": 2},
            t(
                "lat,lon : tri par distance, avec `distance_km`",
                "lat,lon: sorted by distance, with `distance_km`",
            ),
            example=[46.8, -71.18],
        ),
        _query(
            "radius_km",
            {"type": "number", "minimum": 0.1, "maximum": 500},
            t("Rayon autour de `near`", "Radius around `near`"),
        ),
        _query(
            "open_now",
            {"type": "boolean"},
            t(
                "Ouverts maintenant (heure du Québec) ou à `at`",
                "Open now (Québec time) or at `at`",
            ),
        ),
        _query(
            "at",
            {"type": "string", "format": "date-time"},
            t("Moment ISO 8601 pour `open_now`", "ISO 8601 moment for `open_now`"),
        ),
        _query(
            "bbox",
            {"type": "array", "items": coordinate, "minItems": 4, "maxItems": 4},
            "min_lon,min_lat,max_lon,max_lat",
            example=[-71.5, 46.0, -70.0, 47.0],
        ),
        _query(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": 10_000},
            t(
                "Nombre maximal de lieux (avec « near » : les 100 plus proches par défaut)",
                "Most places answered (with “near”: the nearest 100 by default)",
            ),
        ),
        _query(
            "fields",
            _code_list(list(placeindex.PROPERTY_NAMES)),
            t("Propriétés à garder", "Properties to keep"),
        ),
        {
            "name": "If-None-Match",
            "in": "header",
            "description": t("ETag d'une réponse déjà reçue", "ETag of an answer already held"),
            "schema": {"type": "string"},
        },
    ]
    place_headers = {
        **headers,
        "ETag": {"schema": {"type": "string"}},
        "Cache-Control": {"schema": {"type": "string"}},
    }
    geocode_rate = geocoder.PUBLIC_GEOCODE_PER_MINUTE
    built_rate = ratelimits.API_BUILT_ANSWERS.replace("/minute", t(" par minute", " a minute"))
    q_items = _query("q", {"type": "string", "maxLength": 200}, t("Mots tapés", "Words typed"))
    not_modified = {
        "description": t("Inchangé depuis cet ETag", "Unchanged since that ETag"),
        "headers": {"ETag": {"schema": {"type": "string"}}},
    }
    return {
        "api.list_places": (
            "/places",
            operation(
                t("Lieux publiés (GeoJSON)", "Published places (GeoJSON)"),
                place_filters,
                _response(ok, GEOJSON, _ref("PlaceCollection"), **place_headers),
                description=t(
                    f"Au plus {built_rate} réponses construites par client ; celles "
                    "du cache et les 304 ne comptent pas.",
                    f"At most {built_rate} answers built per client; cached answers "
                    "and 304s do not count.",
                ),
                extra={
                    "429": too_many,
                    "304": not_modified,
                },
            ),
        ),
        "api.show_place": (
            "/places/{slug}",
            operation(
                t("Un lieu publié", "One published place"),
                [
                    {
                        "name": "slug",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "description": t("Identifiant du lieu", "The place's identifier"),
                    }
                ],
                _response(ok, GEOJSON, _ref("PlaceFeature"), **headers),
                extra={
                    "404": _response(
                        t("Aucun lieu publié sous ce nom", "No published place by that name"),
                        JSON,
                        _ref("Error"),
                    )
                },
            ),
        ),
        "api.list_clusters": (
            "/clusters",
            operation(
                t("Groupes de lieux d'une vue de carte", "Clusters of places in one map view"),
                [
                    *[
                        {**f, "required": True} if f.get("name") == "bbox" else f
                        for f in place_filters
                    ],
                    _query(
                        "zoom",
                        {"type": "integer", "minimum": 0, "maximum": clusters.MAX_ZOOM},
                        t("Niveau de zoom de la carte", "Map zoom level"),
                        required=True,
                    ),
                ],
                _response(ok, GEOJSON, _ref("ClusterCollection"), **place_headers),
                description=t(
                    "Chaque élément est un groupe (`cluster`, `point_count`, `expansion_zoom` : "
                    "le zoom qui l'ouvre) ou un lieu seul (`slug`, `name`, `place_type`).",
                    "Each feature is a cluster (`cluster`, `point_count`, `expansion_zoom`: the "
                    "zoom that opens it) or a single place (`slug`, `name`, `place_type`).",
                ),
                extra={"304": not_modified},
            ),
        ),
        "api.suggest_items": (
            "/items",
            operation(
                t("Ce que des mots désignent", "What words mean"),
                [q_items],
                _response(ok, JSON, listing("ItemSuggestion"), **headers),
            ),
        ),
        "api.suggest": (
            "/suggest",
            operation(
                t(
                    "Suggestions de la boîte de recherche : objets, lieux, types de lieux, "
                    "municipalités",
                    "Search box suggestions: items, places, place types, municipalities",
                ),
                [q_items],
                _response(ok, JSON, _ref("Suggestions"), **headers),
            ),
        ),
        "api.geocode": (
            "/geocode",
            operation(
                t(
                    f"Code postal, municipalité ou adresse → point ({geocode_rate} par minute)",
                    f"Postal code, municipality or address → point ({geocode_rate} a minute)",
                ),
                [{**q_items, "required": True, "schema": {**q_items["schema"], "minLength": 1}}],
                _response(ok, JSON, _ref("GeocodeResult"), **headers),
                extra={
                    "404": _response(
                        t("Introuvable ou hors région", "Not found or outside the region"),
                        JSON,
                        _ref("NotFound"),
                    ),
                    "429": too_many,
                },
            ),
        ),
        "api.list_categories": (
            "/categories",
            operation(
                t("Catégories d'objets", "Item categories"),
                [],
                _response(ok, JSON, listing("Category"), **headers),
                tag="taxonomy",
            ),
        ),
        "api.list_actions": (
            "/actions",
            operation(
                t("Actions", "Actions"),
                [],
                _response(ok, JSON, listing("Action"), **headers),
                tag="taxonomy",
            ),
        ),
        "api.list_place_types": (
            "/place-types",
            operation(
                t("Types de lieux", "Place types"),
                [],
                _response(ok, JSON, listing("PlaceType"), **headers),
                tag="taxonomy",
            ),
        ),
        "api.list_mrcs": (
            "/mrcs",
            operation(
                t(
                    "Contours des MRC ; avec un point, la MRC qui le contient",
                    "MRC outlines; with a point, the MRC containing it",
                ),
                [
                    _query("lat", {"type": "number", "minimum": -90, "maximum": 90}, "latitude"),
                    _query("lon", {"type": "number", "minimum": -180, "maximum": 180}, "longitude"),
                ],
                _response(ok, GEOJSON, _ref("MrcCollection"), **headers),
                tag="territory",
            ),
        ),
        "api.openapi_document": (
            "/openapi.json",
            operation(
                t("Ce document", "This document"),
                [],
                _response(ok, JSON, {"type": "object", "required": ["openapi", "paths"]}),
                tag="contract",
            ),
        ),
        "api.docs": (
            "/docs",
            operation(
                t("Ce document, en page lisible", "This document, as a readable page"),
                [],
                {"description": ok, "content": {"text/html": {"schema": {"type": "string"}}}},
                tag="contract",
            ),
        ),
    }


def build_document(lang: str = "fr") -> dict[str, Any]:
    """The OpenAPI document; codes come from the database, so they are those the API checks."""
    t = _Text(lang)
    taxonomy = places.Taxonomy.load()
    place_types = list(
        db.session.execute(select(PlaceType.code).order_by(PlaceType.sort_order)).scalars()
    )
    operations = _operations(t, taxonomy)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "Récupère-DON! API",
            "version": "1",
            "description": t(
                "Lieux de réemploi de Chaudière-Appalaches. Tout paramètre inconnu est refusé "
                "(400, avec la liste `valid`). Les codes sont stables.",
                "Reuse places of Chaudière-Appalaches. Any unknown parameter is refused "
                "(400, with the `valid` list). Codes are stable.",
            ),
        },
        "servers": [{"url": bp.url_prefix or "/"}],
        "paths": {
            path: {"get": {"operationId": endpoint.split(".", 1)[1], **spec}}
            for endpoint, (path, spec) in operations.items()
        },
        "components": {"schemas": _schemas(t, taxonomy, place_types)},
    }


# ---- the readable page: the same document, flattened into rows a template can show ----


@dataclass
class Row:
    name: str
    kind: str
    description: str = ""
    required: bool = False


@dataclass
class PageResponse:
    status: str
    description: str
    media: str
    headers: list[str]
    rows: list[Row]


@dataclass
class PageOperation:
    path: str
    summary: str
    operation_id: str
    parameters: list[Row]
    description: str = ""
    responses: list[PageResponse] = field(default_factory=list)


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = document["components"]["schemas"][name]
    return schema


def _kind(document: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = _resolve(document, schema)
    if "const" in schema:
        return f"« {schema['const']} »"
    if "oneOf" in schema:
        return " | ".join(_kind(document, s) for s in schema["oneOf"])
    if "enum" in schema:
        shown = ", ".join("null" if v is None else str(v) for v in schema["enum"][:12])
        more = "…" if len(schema["enum"]) > 12 else ""
        return f"{{{shown}{more}}}"
    types = schema.get("type", "any")
    text = " | ".join(types) if isinstance(types, list) else str(types)
    if text == "array" and "items" in schema:
        text = f"array of {_kind(document, schema['items'])}"
    if "minimum" in schema:
        text += f" [{schema['minimum']:g}…{schema['maximum']:g}]"
    return text


def _rows(document: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> Iterator[Row]:
    """One row per property, nested ones named like `features[].properties.name`."""
    schema = _resolve(document, schema)
    if schema.get("type") == "array" and "items" in schema:
        yield from _rows(document, schema["items"], f"{prefix}[]")
        return
    for choice in schema.get("oneOf", []):
        yield from _rows(document, choice, prefix)
    required = set(schema.get("required", []))
    for name, child in schema.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        resolved = _resolve(document, child)
        yield Row(path, _kind(document, child), resolved.get("description", ""), name in required)
        if "properties" in resolved or ("items" in resolved and resolved.get("type") == "array"):
            yield from _rows(document, child, path)


def page_operations(document: dict[str, Any]) -> list[PageOperation]:
    result = []
    for path, methods in document["paths"].items():
        spec = methods["get"]
        operation = PageOperation(
            path=f"{document['servers'][0]['url']}{path}",
            summary=spec["summary"],
            operation_id=spec["operationId"],
            description=spec.get("description", ""),
            parameters=[
                Row(
                    p["name"] + (" (header)" if p["in"] == "header" else ""),
                    _kind(document, p["schema"]),
                    p.get("description", ""),
                    p.get("required", False),
                )
                for p in spec["parameters"]
            ],
        )
        for status, answer in spec["responses"].items():
            media, content = next(iter(answer.get("content", {"": {}}).items()))
            schema = content.get("schema", {})
            operation.responses.append(
                PageResponse(
                    status,
                    answer["description"],
                    media,
                    list(answer.get("headers", {})),
                    list(_rows(document, schema)),
                )
            )
        result.append(operation)
    return result


def page_labels(lang: str) -> dict[str, str]:
    """The page's own words, kept with the document's: one place to translate the contract."""
    t = _Text(lang)
    return {
        "title": t("Documentation de l'API", "API documentation"),
        "operations": t("Opérations", "Operations"),
        "parameters": t("Paramètres", "Parameters"),
        "name": t("Nom", "Name"),
        "type": "Type",
        "description": "Description",
        "required": t("obligatoire", "required"),
        "optional": t("facultatif", "optional"),
        "responses": t("Réponses", "Responses"),
        "headers": t("En-têtes", "Headers"),
        "fields": t("Champs de la réponse", "Fields of the answer"),
        "field": t("Champ", "Field"),
        "none": t("Aucun, sauf lang", "None but lang"),
    }


def _lang() -> str:
    return "en" if request.args.get("lang") == "en" else "fr"


@bp.get("/openapi.json")
def openapi_document() -> Response:
    return jsonify(build_document(_lang()))


@bp.get("/docs")
def docs() -> str:
    document = build_document(_lang())
    return render_template(
        "api/docs.html",
        document=document,
        operations=page_operations(document),
        text=page_labels(_lang()),
    )
