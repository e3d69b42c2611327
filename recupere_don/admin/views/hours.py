"""The editor's hours preview: what the typed hours were read as, in words, and the coming week."""

from __future__ import annotations

from datetime import datetime

from flask import Response, jsonify, request

from ... import hours, hours_text
from ...i18n import current_language
from ..blueprint import bp

# The field holds at most 500 characters; the preview reads no more than that.
_MAX_TEXT = 500


@bp.get("/api/hours")
def api_hours() -> Response:
    """{osm, problems, description, next_days, week} for ?text=…, as the editor would store it.

    `week` fills the per-day picker (null when the hours are more than one plain week)."""
    text = request.args.get("text", "")[:_MAX_TEXT]
    lang = current_language()
    reading = hours_text.read_hours(text)
    days = (
        hours_text.next_days(reading.osm, datetime.now(hours.QUEBEC), 7, lang)
        if reading.osm
        else []
    )
    return jsonify(
        osm=reading.osm,
        problems=reading.problems,
        description=hours_text.describe(reading.osm, lang),
        next_days=[
            {"date": d.day.isoformat(), "weekday": d.weekday, "ranges": d.ranges} for d in days
        ],
        week=hours_text.weekly(reading.osm),
    )
