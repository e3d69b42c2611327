"""Admin-only: CSV import in the browser (preview, then confirm), through the CLI's function."""

from __future__ import annotations

from flask import render_template
from werkzeug.wrappers import Response as BaseResponse

from .blueprint import admin_required, bp
from .forms import ImportForm

Page = str | BaseResponse | tuple[str, int]


@bp.route("/import", methods=["GET", "POST"])
@admin_required
def import_places() -> Page:
    form = ImportForm()
    return render_template("admin/import.html", form=form, report=None)
