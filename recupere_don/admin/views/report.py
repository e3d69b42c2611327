"""Admin page: the activity report for a period, on screen, printable, and as CSV."""

from __future__ import annotations

from flask import Response, abort, render_template, request
from flask_babel import format_date
from sqlalchemy import select

from ... import coverage, ratelimits
from ...extensions import db
from ...models import Category
from .. import activity_report
from ..blueprint import bp
from .coverage import MRC_COLOURS, TOWN_COLOURS, format_km, gap_map, read_gap

PARAMETERS = ("start", "end", "category", "km", "lang")


def _report() -> tuple[activity_report.ActivityReport, list[Category]]:
    categories = list(db.session.execute(select(Category).order_by(Category.sort_order)).scalars())
    try:
        category, gap_km = read_gap(request.args, [c.code for c in categories], PARAMETERS)
        period = activity_report.Period.read(request.args.get("start"), request.args.get("end"))
    except ValueError as error:
        abort(400, str(error))
    built = activity_report.build(period, coverage.coverage_now(), category, gap_km)
    return built, categories


@bp.get("/report", endpoint="report")
def report_page() -> str:
    report, categories = _report()
    computed = coverage.coverage_now()
    entries = computed.for_category(report.gap_category)
    summaries = computed.by_mrc(report.gap_category, report.gap_km)
    return render_template(
        "admin/report.html",
        report=report,
        categories=categories,
        map=gap_map(entries, summaries, report.gap_km),
        town_colours=TOWN_COLOURS,
        mrc_colours=MRC_COLOURS,
        format_km=format_km,
        shown=activity_report.shown,
        format_date=format_date,
    )


@bp.get("/report.csv", endpoint="report_csv")
@ratelimits.export
def report_csv() -> Response:
    report, _categories = _report()
    response = Response(activity_report.report_csv(report), mimetype="text/csv; charset=utf-8")
    name = f"recupere-don-rapport-{report.period.start.isoformat()}-{report.period.end.isoformat()}"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
