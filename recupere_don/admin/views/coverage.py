"""Admin page: coverage per municipality and category, its « zones blanches » and MRC summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flask import abort, current_app, render_template, request
from sqlalchemy import select

from ... import coverage, item_lookup
from ...catalogue import Catalogue, Item
from ...extensions import db
from ...geo import coveragemap, mapbuilder
from ...i18n import _, current_language, label
from ...models import Category, Mrc
from ...security import csp_nonce
from ..blueprint import bp

SORTS = ("name", "mrc", "distance")
MAX_GAP_KM = 300.0
# Municipality points: near, within the threshold, beyond it, nothing anywhere.
TOWN_COLOURS = ("#1a9850", "#f2c200", "#d73027", "#3a3a3a")
# MRC outlines by their share of gaps: none, < 25 %, < 50 %, < 75 %, more.
MRC_COLOURS = ("#e5f5e0", "#fee5d9", "#fcae91", "#fb6a4a", "#cb181d")


def read_gap(
    args: Mapping[str, str], categories: list[str], allowed: Sequence[str]
) -> tuple[str, float]:
    """The category and distance of a gap; a clear French message (ValueError) otherwise."""
    unknown = sorted(set(args) - set(allowed))
    if unknown:
        raise ValueError(_("Paramètre(s) inconnu(s) : %(names)s.", names=", ".join(unknown)))
    default = "electronique" if "electronique" in categories else categories[0]
    category = args.get("category") or default
    if category not in categories:
        raise ValueError(_("Catégorie inconnue : %(code)s.", code=category))
    raw_km = args.get("km") or str(coverage.DEFAULT_GAP_KM)
    try:
        gap_km = float(raw_km.replace(",", "."))
    except ValueError:
        gap_km = -1.0
    if not 0 < gap_km <= MAX_GAP_KM:
        raise ValueError(
            _("La distance doit être un nombre de kilomètres entre 1 et %(max)s.", max=300)
        )
    return category, gap_km


@dataclass(frozen=True)
class CoverageQuery:
    category: str
    gap_km: float
    sort: str
    descending: bool
    item: Item | None = None  # one object of the category, when staff chose one

    @classmethod
    def from_args(
        cls, args: Mapping[str, str], categories: list[str], catalogue: Catalogue
    ) -> CoverageQuery:
        """The page's settings; a clear French message (ValueError) for anything unreadable."""
        allowed = ("category", "item", "km", "sort", "order", "lang")
        item = catalogue.item(args["item"]) if args.get("item") else None
        if args.get("item") and (item is None or not item.category):
            raise ValueError(_("Objet inconnu : %(code)s.", code=args["item"]))
        if item is not None and item.category:
            # The item's category, whatever the form's category said.
            args = {**args, "category": item.category}
        category, gap_km = read_gap(args, categories, allowed)
        sort = args.get("sort") or "distance"
        if sort not in SORTS:
            raise ValueError(_("Tri inconnu : %(sort)s.", sort=sort))
        order = args.get("order") or ("desc" if sort == "distance" else "asc")
        if order not in ("asc", "desc"):
            raise ValueError(_("Ordre inconnu : %(order)s.", order=order))
        return cls(category, gap_km, sort, order == "desc", item)

    def key(self, computed: coverage.Coverage) -> str:
        """The coverage column: the item's own when some place refuses it, else its category."""
        if self.item is not None and self.item.code in computed.keys:
            return self.item.code
        return self.category


def town_colour(distance_km: float, gap_km: float) -> str:
    if distance_km == coverage.NOWHERE:
        return TOWN_COLOURS[3]
    if distance_km > gap_km:
        return TOWN_COLOURS[2]
    return TOWN_COLOURS[0] if distance_km <= gap_km / 2 else TOWN_COLOURS[1]


def mrc_colour(share: float) -> str:
    if share == 0:
        return MRC_COLOURS[0]
    return MRC_COLOURS[min(4, 1 + int(share * 4))]


def format_km(distance_km: float) -> str:
    if distance_km == coverage.NOWHERE:
        return _("aucun lieu")
    text = f"{distance_km:.1f} km"
    return text if current_language() == "en" else text.replace(".", ",")


def _sorted(
    entries: list[coverage.TownCoverage], query: CoverageQuery
) -> list[coverage.TownCoverage]:
    keys = {
        "name": lambda e: (e.town.name,),
        "mrc": lambda e: (e.town.mrc_name, e.town.name),
        "distance": lambda e: (e.distance_km, e.town.name),
    }
    return sorted(entries, key=keys[query.sort], reverse=query.descending)


def gap_map(
    entries: Sequence[coverage.TownCoverage],
    summaries: Sequence[coverage.MrcSummary],
    gap_km: float,
) -> mapbuilder.MapFragments:
    """The choropleth of one category's coverage: MRCs by share of gaps, towns by distance."""
    outlines: dict[str, dict[str, Any] | None] = dict(
        db.session.execute(select(Mrc.slug, Mrc.outline)).all()
    )
    towns = [
        coveragemap.TownPoint(
            e.town.latitude,
            e.town.longitude,
            town_colour(e.distance_km, gap_km),
            _("%(town)s : %(distance)s", town=e.town.name, distance=format_km(e.distance_km)),
        )
        for e in entries
    ]
    shapes = [
        coveragemap.MrcShape(
            outline,
            mrc_colour(s.gap_share),
            _(
                "%(mrc)s : %(gaps)s municipalités sur %(towns)s à plus de %(km)s km",
                mrc=s.name,
                gaps=s.gaps,
                towns=s.towns,
                km=f"{gap_km:g}",
            ),
        )
        for s in summaries
        if (outline := outlines.get(s.slug))
    ]
    tiles = mapbuilder.TileSettings(
        current_app.config["TILE_URL"], current_app.config["TILE_ATTRIBUTION"]
    )
    return coveragemap.coverage_map(tiles, csp_nonce(), towns, shapes)


@bp.get("/coverage", endpoint="coverage")
def coverage_page() -> str:
    categories = list(db.session.execute(select(Category).order_by(Category.sort_order)).scalars())
    try:
        query = CoverageQuery.from_args(
            request.args, [c.code for c in categories], item_lookup.current_catalogue()
        )
    except ValueError as error:
        abort(400, str(error))
    computed = coverage.coverage_now()
    key = query.key(computed)
    entries = computed.for_category(key)
    summaries = computed.by_mrc(key, query.gap_km)
    lang = current_language()
    category_label = label(next(c for c in categories if c.code == query.category))
    return render_template(
        "admin/coverage.html",
        query=query,
        categories=categories,
        category_label=query.item.label(lang) if query.item else category_label,
        items=[(label(c), item_lookup.current_catalogue().items_of(c.code)) for c in categories],
        lang=lang,
        entries=_sorted(entries, query),
        gaps=computed.gaps(key, query.gap_km),
        summaries=summaries,
        gap_counts=computed.gap_counts(query.gap_km),
        map=gap_map(entries, summaries, query.gap_km),
        town_colours=TOWN_COLOURS,
        mrc_colours=MRC_COLOURS,
        format_km=format_km,
    )
