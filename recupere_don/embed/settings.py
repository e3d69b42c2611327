"""What an embed shows (its preset filters) and how (its look), read from a URL or a saved config.

Partner URLs are lenient, like the citizen map: a stale code is dropped rather than breaking a
partner's page. Staff forms are strict: validate() names every problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..api.filters import parse_filters, split_codes
from ..places import PlaceFilters, Taxonomy

VIEWS = ("both", "map", "list")
DEFAULT_HEIGHT = 450
MIN_HEIGHT = 200
MAX_HEIGHT = 1200
MAX_QUERY = 200
SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$")
# Query parameters a partner may put on /embed or in embed.js data-* attributes.
FILTER_PARAMS = ("mrc", "category", "action", "q", "bbox")
LOOK_PARAMS = ("view", "controls", "height")
BBox = tuple[float, float, float, float]
ALL = "all"  # the token of an empty preset: the whole region


class InvalidSettingsError(ValueError):
    """Every problem found in a staff form, by field name, in French (translated when shown)."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{name}: {text}" for name, text in self.problems.items()))


@dataclass(frozen=True)
class Preset:
    """The places an embed is about: a partner's territory, item types, actions, a search."""

    mrcs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    query: str = ""
    bbox: BBox | None = None

    def as_args(self) -> dict[str, str]:
        """URL parameters, in a stable order so that equal presets give equal URLs."""
        args = {"mrc": ",".join(self.mrcs), "category": ",".join(self.categories)}
        args["action"] = ",".join(self.actions)
        args["q"] = self.query
        args["bbox"] = ",".join(f"{v:g}" for v in self.bbox) if self.bbox else ""
        return {name: value for name, value in args.items() if value}

    def as_json(self) -> dict[str, Any]:
        return {
            "mrc": list(self.mrcs),
            "category": list(self.categories),
            "action": list(self.actions),
            "q": self.query,
            "bbox": list(self.bbox) if self.bbox else None,
        }

    def token(self) -> str:
        """The preset as one URL path segment, for the embed's own places endpoint."""
        return urlencode(self.as_args(), safe=",") or ALL

    @classmethod
    def from_token(cls, token: str, taxonomy: Taxonomy) -> Preset:
        args = {} if token == ALL else dict(parse_qsl(token, keep_blank_values=False))
        return preset_from_args(args, taxonomy)

    @property
    def is_empty(self) -> bool:
        return not self.as_args()


@dataclass(frozen=True)
class Look:
    view: str = "both"
    controls: bool = True
    height: int = DEFAULT_HEIGHT  # of the map, in CSS pixels

    def as_args(self) -> dict[str, str]:
        """Only what differs from the defaults, to keep partner snippets short."""
        args: dict[str, str] = {}
        if self.view != "both":
            args["view"] = self.view
        if not self.controls:
            args["controls"] = "0"
        if self.height != DEFAULT_HEIGHT:
            args["height"] = str(self.height)
        return args

    def as_json(self) -> dict[str, Any]:
        return {"view": self.view, "controls": self.controls, "height": self.height}

    @property
    def frame_height(self) -> int:
        """A good fixed height for a plain <iframe>, which cannot resize itself."""
        return 640 if self.view == "list" else self.height + 110


@dataclass(frozen=True)
class EmbedSettings:
    preset: Preset = field(default_factory=Preset)
    look: Look = field(default_factory=Look)

    def as_args(self) -> dict[str, str]:
        return {**self.preset.as_args(), **self.look.as_args()}


# --- lenient reading: partner URLs and stored configurations ------------------------------------


def _known(codes: Sequence[str], valid: Sequence[str]) -> tuple[str, ...]:
    return tuple(code for code in codes if code in valid)


def _codes(raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):
        return split_codes(raw)
    if isinstance(raw, list | tuple):
        return split_codes(",".join(str(item) for item in raw))
    return ()


def parse_bbox(raw: object) -> BBox | None:
    """min_lon,min_lat,max_lon,max_lat, or None when it is not a valid box."""
    if isinstance(raw, str):
        parts: list[Any] = raw.split(",")
    elif isinstance(raw, list | tuple):
        parts = list(raw)
    else:
        return None
    try:
        values = [float(part) for part in parts]
    except (TypeError, ValueError):
        return None
    if len(values) != 4:
        return None
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        return None
    return min_lon, min_lat, max_lon, max_lat


def clean_query(raw: object) -> str:
    return " ".join(str(raw or "").split())[:MAX_QUERY]


def preset_from_args(args: Mapping[str, Any], taxonomy: Taxonomy) -> Preset:
    return Preset(
        mrcs=_known(_codes(args.get("mrc")), taxonomy.mrcs),
        categories=_known(_codes(args.get("category")), taxonomy.categories),
        actions=_known(_codes(args.get("action")), taxonomy.actions),
        query=clean_query(args.get("q")),
        bbox=parse_bbox(args.get("bbox")),
    )


def _height(raw: object) -> int:
    try:
        value = int(str(raw))
    except ValueError:
        return DEFAULT_HEIGHT
    return min(max(value, MIN_HEIGHT), MAX_HEIGHT)


def look_from_args(args: Mapping[str, Any]) -> Look:
    view = str(args.get("view") or "both")
    controls = args.get("controls", True)
    return Look(
        view=view if view in VIEWS else "both",
        controls=controls not in {"0", "false", "no", "off", False},
        height=_height(args.get("height", DEFAULT_HEIGHT)),
    )


def settings_from_args(args: Mapping[str, Any], taxonomy: Taxonomy) -> EmbedSettings:
    return EmbedSettings(preset_from_args(args, taxonomy), look_from_args(args))


def settings_from_config(
    filters: Mapping[str, Any], look: Mapping[str, Any], taxonomy: Taxonomy
) -> EmbedSettings:
    """A stored configuration; a category removed since it was saved is simply dropped."""
    return EmbedSettings(preset_from_args(filters, taxonomy), look_from_args(look))


# --- strict reading: the staff form ------------------------------------------------------------


def validate(
    *,
    slug: str,
    name: str,
    mrcs: Sequence[str],
    categories: Sequence[str],
    actions: Sequence[str],
    query: str,
    bbox: str,
    view: str,
    controls: bool,
    height: int | None,
    taxonomy: Taxonomy,
) -> tuple[str, str, EmbedSettings]:
    """Check a staff member's configuration; return (slug, name, settings) or raise."""
    problems: dict[str, str] = {}
    slug = slug.strip().lower()
    if not SLUG_PATTERN.match(slug):
        problems["slug"] = (
            "Identifiant invalide : lettres minuscules sans accents, chiffres et traits d'union, "
            "60 caractères au plus (p. ex. « mrc-bellechasse »)."
        )
    name = " ".join(name.split())
    if not name:
        problems["name"] = "Donnez un nom à cette configuration."
    elif len(name) > 120:
        problems["name"] = "Le nom est limité à 120 caractères."
    for parameter, codes, valid in (
        ("mrc", mrcs, taxonomy.mrcs),
        ("category", categories, taxonomy.categories),
        ("action", actions, taxonomy.actions),
    ):
        unknown = [code for code in codes if code not in valid]
        if unknown:
            problems[parameter] = f"Code(s) inconnu(s) : {', '.join(unknown)}."
    if len(query.strip()) > MAX_QUERY:
        problems["q"] = f"La recherche est limitée à {MAX_QUERY} caractères."
    box = parse_bbox(bbox) if bbox.strip() else None
    if bbox.strip() and box is None:
        problems["bbox"] = (
            "Zone invalide : longitude ouest, latitude sud, longitude est, latitude nord, "
            "séparées par des virgules, p. ex. -71.2,46.5,-70.5,46.9."
        )
    if view not in VIEWS:
        problems["view"] = "Affichage inconnu."
    if height is None or not MIN_HEIGHT <= height <= MAX_HEIGHT:
        problems["height"] = f"La hauteur de la carte doit être entre {MIN_HEIGHT} et {MAX_HEIGHT}."
    if problems:
        raise InvalidSettingsError(problems)
    preset = Preset(
        mrcs=tuple(dict.fromkeys(mrcs)),
        categories=tuple(dict.fromkeys(categories)),
        actions=tuple(dict.fromkeys(actions)),
        query=clean_query(query),
        bbox=box,
    )
    return slug, name, EmbedSettings(preset, Look(view, controls, height or DEFAULT_HEIGHT))


# --- what the embed's places endpoint answers ---------------------------------------------------


def _narrowed(scope: tuple[str, ...], chosen: tuple[str, ...]) -> tuple[str, ...] | None:
    """The visitor's choice within the embed's scope; None when nothing of it is in scope."""
    if not chosen:
        return scope
    if not scope:
        return chosen
    inside = tuple(code for code in chosen if code in scope)
    return inside or None


def scoped_args(preset: Preset, args: Mapping[str, str]) -> dict[str, str] | None:
    """The API arguments for a visitor's filters inside an embed's preset, or None for none.

    The preset is a scope, not a starting point: a visitor can narrow it (pick one of its
    categories) but never widen it (see places of another MRC).
    """
    merged = dict(args)
    for parameter, scope in (
        ("mrc", preset.mrcs),
        ("category", preset.categories),
        ("action", preset.actions),
    ):
        narrowed = _narrowed(scope, split_codes(args.get(parameter)))
        if narrowed is None:
            return None
        merged[parameter] = ",".join(narrowed)
    if preset.query:
        merged["q"] = preset.query
    if preset.bbox:
        merged["bbox"] = ",".join(repr(v) for v in preset.bbox)
    return {name: value for name, value in merged.items() if value}


def place_filters(
    preset: Preset, args: Mapping[str, str], taxonomy: Taxonomy
) -> PlaceFilters | None:
    """Filters for the embed's scope narrowed by the visitor (None: nothing can match).

    Raises InvalidFilterError or BadQueryError like the API does.
    """
    scoped = scoped_args(preset, args)
    return None if scoped is None else parse_filters(scoped, taxonomy)
