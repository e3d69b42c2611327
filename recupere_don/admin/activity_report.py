"""The yearly activity report: places, changes, searches, gaps and views over a chosen period.

Each part is a ReportTable that the page shows (with a chart drawn from one column), and the CSV
writes as it is. Counts of what people did (searches, views) are `private`: anything exported
shows a count under 5 as « < 5 ». A week belongs to the period its Monday falls in.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from .. import activity, item_lookup
from ..coverage import Coverage
from ..embed.models import EmbedConfig
from ..extensions import db
from ..hours import QUEBEC
from ..i18n import _, current_language, label
from ..models import ActivityCount, Category, Mrc, Place, PlaceStatus, PlaceType, SearchMiss
from .exports import neutralise
from .models import PlaceRevision

PRIVATE_BELOW = 5
TOP = 10
MAX_DAYS = 3 * 366
# Searched this often from an MRC where the object has no place nearby: « demande sans offre ».
DEMAND_MIN = 5
# An MRC without a municipality to tell where a search came from: unserved when this share of
# its municipalities are gaps.
UNSERVED_SHARE = 0.5

Cell = str | int


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included

    @classmethod
    def last_twelve_months(cls, today: date | None = None) -> Period:
        end = today or datetime.now(QUEBEC).date()
        try:
            start = end.replace(year=end.year - 1) + timedelta(days=1)
        except ValueError:  # 29 February
            start = end.replace(year=end.year - 1, day=28) + timedelta(days=1)
        return cls(start, end)

    @classmethod
    def read(cls, start: str | None, end: str | None) -> Period:
        """The period staff asked for; ValueError with a French message if it cannot be used."""
        default = cls.last_twelve_months()
        try:
            chosen = cls(
                date.fromisoformat(start) if start else default.start,
                date.fromisoformat(end) if end else default.end,
            )
        except ValueError:
            raise ValueError(_("Dates attendues sous la forme AAAA-MM-JJ.")) from None
        if chosen.start > chosen.end:
            raise ValueError(_("La date de début doit précéder la date de fin."))
        if (chosen.end - chosen.start).days > MAX_DAYS:
            raise ValueError(_("La période est limitée à trois ans."))
        return chosen

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Québec midnights at both ends, in UTC as the database stores moments (naive)."""
        low = datetime.combine(self.start, time(), QUEBEC).astimezone(UTC).replace(tzinfo=None)
        high = datetime.combine(self.end + timedelta(days=1), time(), QUEBEC)
        return low, high.astimezone(UTC).replace(tzinfo=None)

    def months(self) -> list[date]:
        first, months = self.start.replace(day=1), []
        while first <= self.end:
            months.append(first)
            first = (first + timedelta(days=32)).replace(day=1)
        return months


@dataclass(frozen=True)
class ReportTable:
    key: str  # the CSV's section name
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    private: bool = False  # people's searches and views: « < 5 » under 5
    chart: int | None = None  # the column the bar chart draws
    total_row: bool = False  # the last row sums the others: not drawn

    def shown(self, value: Cell) -> str:
        return shown(value, self.private)

    def bars(self) -> list[tuple[str, int]]:
        """(label, value) for the chart; a masked count draws no bar."""
        if self.chart is None:
            return []
        result = []
        for row in self.rows[:-1] if self.total_row else self.rows:
            value = row[self.chart]
            number = value if isinstance(value, int) else 0
            if self.private and number < PRIVATE_BELOW:
                number = 0
            result.append((str(row[0]), number))
        return result


def shown(value: Cell, private: bool) -> str:
    if private and isinstance(value, int) and 0 < value < PRIVATE_BELOW:
        return "< 5"
    return str(value)


@dataclass
class ActivityReport:
    period: Period
    gap_category: str
    gap_km: float
    headline: list[tuple[str, Cell, bool]] = field(default_factory=list)  # label, value, private
    tables: dict[str, ReportTable] = field(default_factory=dict)


def _mrc_names() -> dict[str, str]:
    return dict(db.session.execute(select(Mrc.slug, Mrc.name).order_by(Mrc.name)).all())


def _counts(period: Period, kind: str) -> list[tuple[date, str, str, str, int]]:
    rows = db.session.execute(
        select(
            ActivityCount.week,
            ActivityCount.subject,
            ActivityCount.mrc,
            ActivityCount.municipality,
            ActivityCount.count,
        ).where(
            ActivityCount.kind == kind,
            ActivityCount.week >= period.start,
            ActivityCount.week <= period.end,
        )
    ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def _places_table(mrcs: dict[str, str]) -> ReportTable:
    types = list(db.session.execute(select(PlaceType).order_by(PlaceType.sort_order)).scalars())
    counted: dict[tuple[str | None, str], int] = {
        (slug, kind): n
        for slug, kind, n in db.session.execute(
            select(Mrc.slug, Place.place_type_code, func.count(Place.id))
            .outerjoin(Mrc, Mrc.id == Place.mrc_id)
            .where(Place.status == PlaceStatus.PUBLISHED)
            .group_by(Mrc.slug, Place.place_type_code)
        ).all()
    }
    used = [t for t in types if any(kind == t.code for _, kind in counted)]
    rows: list[tuple[Cell, ...]] = []
    for slug, name in mrcs.items():
        cells = [counted.get((slug, t.code), 0) for t in used]
        rows.append((name, *cells, sum(cells)))
    totals = [sum(int(row[i + 1]) for row in rows) for i in range(len(used) + 1)]
    rows.append((_("Région"), *totals))
    return ReportTable(
        "places",
        _("Lieux publiés aujourd'hui, par MRC et type"),
        (_("MRC"), *(label(t) for t in used), _("Total")),
        rows,
        chart=len(used) + 1,
        total_row=True,
    )


def _changes_table(period: Period, mrcs: dict[str, str]) -> ReportTable:
    low, high = period.utc_bounds()

    def by_mrc(query: object) -> dict[str | None, int]:
        return dict(db.session.execute(query).all())  # type: ignore[call-overload]

    new = by_mrc(
        select(Mrc.slug, func.count(Place.id))
        .outerjoin(Mrc, Mrc.id == Place.mrc_id)
        .where(Place.created_at >= low, Place.created_at < high)
        .where(Place.status == PlaceStatus.PUBLISHED)
        .group_by(Mrc.slug)
    )
    verified = by_mrc(
        select(Mrc.slug, func.count(Place.id))
        .outerjoin(Mrc, Mrc.id == Place.mrc_id)
        .where(Place.verified_at >= low, Place.verified_at < high)
        .group_by(Mrc.slug)
    )
    archived = by_mrc(
        select(Mrc.slug, func.count(func.distinct(PlaceRevision.place_id)))
        .join(Place, Place.id == PlaceRevision.place_id)
        .outerjoin(Mrc, Mrc.id == Place.mrc_id)
        .where(PlaceRevision.kind == "archive")
        .where(PlaceRevision.created_at >= low, PlaceRevision.created_at < high)
        .group_by(Mrc.slug)
    )
    rows: list[tuple[Cell, ...]] = [
        (name, new.get(slug, 0), verified.get(slug, 0), archived.get(slug, 0))
        for slug, name in mrcs.items()
    ]
    rows.append((_("Région"), sum(new.values()), sum(verified.values()), sum(archived.values())))
    return ReportTable(
        "changes",
        _("Lieux nouveaux, vérifiés et archivés pendant la période"),
        (_("MRC"), _("Nouveaux publiés"), _("Vérifiés"), _("Archivés")),
        rows,
        total_row=True,
    )


def _month_label(month: date) -> str:
    return f"{month.year}-{month.month:02d}"


def build(period: Period, coverage: Coverage, gap_category: str, gap_km: float) -> ActivityReport:
    """Everything the report shows for the period; gaps from the current coverage."""
    report = ActivityReport(period, gap_category, gap_km)
    mrcs = _mrc_names()
    unknown = _("Non précisée")
    categories = {c.code: label(c) for c in db.session.execute(select(Category)).scalars()}
    searches = _counts(period, activity.SEARCH)
    misses = _counts(period, activity.MISS)
    pages = _counts(period, activity.PAGE)
    embeds = _counts(period, activity.EMBED)

    places = _places_table(mrcs)
    changes = _changes_table(period, mrcs)
    report.tables["places"] = places
    report.tables["changes"] = changes

    by_month: dict[date, list[int]] = {m: [0, 0] for m in period.months()}
    for rows, column in ((searches, 0), (misses, 1)):
        for week, *_rest, count in rows:
            month = week.replace(day=1)
            if month in by_month:
                by_month[month][column] += count
    report.tables["searches_by_month"] = ReportTable(
        "searches_by_month",
        _("Recherches par mois"),
        (_("Mois"), _("Recherches"), _("Sans résultat")),
        [(_month_label(m), *counts) for m, counts in by_month.items()],
        private=True,
        chart=1,
    )

    per_category: dict[str, int] = defaultdict(int)
    for _week, subject, _mrc, _town, count in searches:
        per_category[subject] += count
    top = sorted(per_category.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    per_item: dict[str, int] = defaultdict(int)
    for _week, code, _mrc, _town, count in _counts(period, activity.ITEM):
        per_item[code] += count
    catalogue, lang = item_lookup.current_catalogue(), current_language()
    report.tables["top_items"] = ReportTable(
        "top_items",
        _("Objets du catalogue les plus cherchés"),
        (_("Objet"), _("Recherches")),
        [
            (item.label(lang) if (item := catalogue.item(code)) else code, n)
            for code, n in sorted(per_item.items(), key=lambda entry: (-entry[1], entry[0]))[:TOP]
        ],
        private=True,
    )
    report.tables["top_categories"] = ReportTable(
        "top_categories",
        _("Types d'objets les plus recherchés"),
        (_("Type d'objet"), _("Recherches")),
        [(categories.get(code, code), n) for code, n in top],
        private=True,
        chart=1,
    )

    # Searches, missed searches, map pages and place pages, by MRC.
    per_mrc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rows, column in ((searches, 0), (misses, 1)):
        for _week, _subject, mrc, _town, count in rows:
            per_mrc[mrc][column] += count
    for _week, page, mrc, _town, count in pages:
        per_mrc[mrc][2 if page == "carte" else 3] += count
    by_mrc: list[tuple[Cell, ...]] = [
        (name, *per_mrc.get(slug, [0, 0, 0, 0])) for slug, name in [*mrcs.items(), ("", unknown)]
    ]
    report.tables["by_mrc"] = ReportTable(
        "by_mrc",
        _("Recherches et pages vues par MRC (position ou territoire choisi)"),
        (_("MRC"), _("Recherches"), _("Sans résultat"), _("Carte vue"), _("Fiches vues")),
        by_mrc,
        private=True,
        chart=1,
    )

    report.tables["demand_gaps"] = _demand_without_supply(
        searches, coverage, gap_km, mrcs, categories
    )
    report.tables["gaps"] = _gaps_table(coverage, gap_category, gap_km, categories)

    low, _high = period.utc_bounds()
    frequent_misses = db.session.execute(
        select(SearchMiss.text, SearchMiss.count)
        .where(SearchMiss.last_seen >= low)
        .order_by(SearchMiss.count.desc(), SearchMiss.text)
        .limit(TOP)
    ).all()
    report.tables["misses"] = ReportTable(
        "misses",
        _("Recherches sans résultat les plus fréquentes"),
        (_("Texte cherché"), _("Fois (depuis le premier relevé)")),
        [(text, count) for text, count in frequent_misses],
        private=True,
    )

    embed_names = dict(db.session.execute(select(EmbedConfig.slug, EmbedConfig.name)).all())
    per_embed: dict[tuple[str, str], int] = defaultdict(int)
    for _week, slug, mrc, _town, count in embeds:
        per_embed[(slug, mrc)] += count
    report.tables["embeds"] = ReportTable(
        "embeds",
        _("Affichages des cartes intégrées chez les partenaires"),
        (_("Intégration"), _("MRC"), _("Affichages")),
        [
            (embed_names.get(slug, slug) or _("Sans configuration"), mrcs.get(mrc, unknown), n)
            for (slug, mrc), n in sorted(per_embed.items(), key=lambda item: -item[1])
        ],
        private=True,
        chart=2,
    )

    published = int(places.rows[-1][-1])
    report.headline = [
        (_("Lieux publiés"), published, False),
        (_("Nouveaux publiés"), changes.rows[-1][1], False),
        (_("Vérifiés"), changes.rows[-1][2], False),
        (_("Archivés"), changes.rows[-1][3], False),
        (_("Recherches"), sum(r[-1] for r in searches), True),
        (_("Sans résultat"), sum(r[-1] for r in misses), True),
        (_("Pages vues"), sum(r[-1] for r in pages), True),
        (_("Affichages intégrés"), sum(r[-1] for r in embeds), True),
    ]
    return report


def _demand_without_supply(
    searches: Sequence[tuple[date, str, str, str, int]],
    coverage: Coverage,
    gap_km: float,
    mrcs: dict[str, str],
    categories: dict[str, str],
) -> ReportTable:
    """Objects searched often from where no place takes them within the distance."""
    row_of = {town.code: row for row, town in enumerate(coverage.towns)}
    share: dict[tuple[str, str], float] = {}
    unserved: dict[tuple[str, str], int] = defaultdict(int)
    for _week, category, mrc, town, count in searches:
        if category not in coverage.categories or not mrc:
            continue
        column = coverage.column(category)
        if town in row_of:
            far = bool(coverage.distances_km[row_of[town], column] > gap_km)
        else:
            if (mrc, category) not in share:
                summaries = {s.slug: s for s in coverage.by_mrc(category, gap_km)}
                summary = summaries.get(mrc)
                share[(mrc, category)] = summary.gap_share if summary else 0.0
            far = share[(mrc, category)] >= UNSERVED_SHARE
        if far:
            unserved[(mrc, category)] += count
    found = sorted(
        ((key, n) for key, n in unserved.items() if n >= DEMAND_MIN), key=lambda item: -item[1]
    )
    return ReportTable(
        "demand_gaps",
        _(
            "Demande sans offre : recherches venues d'endroits sans lieu à moins de %(km)s km",
            km=f"{gap_km:g}",
        ),
        (_("MRC"), _("Type d'objet"), _("Recherches")),
        [(mrcs.get(mrc, mrc), categories.get(code, code), n) for (mrc, code), n in found],
        private=True,
    )


def _gaps_table(
    coverage: Coverage, category: str, gap_km: float, categories: dict[str, str]
) -> ReportTable:
    per_mrc: dict[str, list[str]] = defaultdict(list)
    for entry in coverage.gaps(category, gap_km):
        per_mrc[entry.town.mrc_name].append(entry.town.name)
    return ReportTable(
        "gaps",
        _(
            "Zones blanches : « %(category)s » à plus de %(km)s km",
            category=categories.get(category, category),
            km=f"{gap_km:g}",
        ),
        (_("MRC"), _("Municipalités"), _("Lesquelles")),
        [(mrc, len(names), ", ".join(sorted(names))) for mrc, names in sorted(per_mrc.items())],
    )


def report_csv(report: ActivityReport) -> bytes:
    """Every table, one after the other, as Excel (fr-CA) opens it; private counts masked."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            _("Rapport d'activité Récupère-DON!"),
            report.period.start.isoformat(),
            report.period.end.isoformat(),
        ]
    )
    for table in report.tables.values():
        writer.writerow([])
        writer.writerow([neutralise(table.title)])
        writer.writerow([neutralise(c) for c in table.columns])
        for row in table.rows:
            writer.writerow([neutralise(table.shown(cell)) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
