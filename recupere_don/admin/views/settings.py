"""Admin-only pages: category labels and synonyms, official MRC boundaries."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response as BaseResponse

from ...boundaries import MAX_FILE_BYTES, BoundariesError, import_boundaries
from ...i18n import _
from .. import taxonomy, wording
from ..blueprint import admin_required, bp
from ..forms import (
    BoundariesForm,
    CategoryForm,
    SynonymForm,
    VersionForm,
    synonym_category_choices,
)

Page = str | BaseResponse | tuple[str, int]

# Names instead of codes in every staff template (history, import report, review queue).
bp.app_context_processor(wording.template_helpers)


def _synonym_form() -> SynonymForm:
    form = SynonymForm()
    form.category_code.choices = synonym_category_choices(taxonomy.categories())
    return form


@bp.get("/taxonomy")
@admin_required
def taxonomy_page() -> str:
    return render_template(
        "admin/taxonomy.html",
        categories=taxonomy.categories(),
        synonyms=taxonomy.synonyms(),
        synonym_form=_synonym_form(),
        csrf_form=VersionForm(),
    )


@bp.post("/taxonomy/categories/<code>")
@admin_required
def taxonomy_category(code: str) -> BaseResponse:
    form = CategoryForm()
    if form.validate_on_submit():
        try:
            taxonomy.rename_category(code, form.label_fr.data, form.label_en.data)
        except taxonomy.TaxonomyError as error:
            flash(str(error), "error")
        else:
            flash(_("Catégorie renommée (son code ne change pas)."), "success")
    else:
        flash(_("Le nom est obligatoire dans les deux langues (120 caractères au plus)."), "error")
    return redirect(url_for("admin.taxonomy_page") + f"#category-{code}")


@bp.post("/taxonomy/synonyms")
@admin_required
def taxonomy_synonym_add() -> BaseResponse:
    form = _synonym_form()
    if form.validate_on_submit():
        try:
            taxonomy.add_synonym(form.term.data, form.lang.data, form.category_code.data)
        except taxonomy.TaxonomyError as error:
            flash(str(error), "error")
        else:
            flash(_("Synonyme ajouté."), "success")
    else:
        flash(_("Écrivez le mot et choisissez sa catégorie."), "error")
    return redirect(url_for("admin.taxonomy_page") + "#synonyms")


@bp.post("/taxonomy/synonyms/<int:synonym_id>/delete")
@admin_required
def taxonomy_synonym_delete(synonym_id: int) -> BaseResponse:
    if VersionForm().validate_on_submit():
        taxonomy.delete_synonym(synonym_id)
        flash(_("Synonyme retiré."), "info")
    return redirect(url_for("admin.taxonomy_page") + "#synonyms")


# The file plus the form's other fields and multipart boundaries.
BOUNDARIES_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024


@bp.url_value_preprocessor
def bound_boundaries_upload(endpoint: str | None, values: dict[str, Any] | None) -> None:
    # Runs before the hooks that read the form (CSRF): a larger body is refused from its
    # Content-Length, never read nor spooled to disk; a body without one stops at the limit.
    if endpoint != "admin.boundaries":
        return
    request.max_content_length = BOUNDARIES_REQUEST_BYTES
    if (request.content_length or 0) > BOUNDARIES_REQUEST_BYTES:
        raise RequestEntityTooLarge(
            _(
                "Fichier de contours trop gros (%(mb)d Mo au plus) : rien n'a été changé. Ne "
                "gardez que les MRC de Chaudière-Appalaches ou simplifiez les contours.",
                mb=MAX_FILE_BYTES // (1024 * 1024),
            )
        )


@bp.route("/boundaries", methods=["GET", "POST"])
@admin_required
def boundaries() -> Page:
    form = BoundariesForm()
    lines: list[str] = []
    status = 200
    if form.validate_on_submit():
        try:
            report = import_boundaries(form.file.data, dry_run=bool(form.dry_run.data))
        except BoundariesError as error:
            form.form_errors.append(str(error))
            status = 422
        else:
            lines = report.summary_lines()
            if not report.dry_run:
                flash(_("Contours remplacés ; les lieux ont été revérifiés."), "success")
    elif request.method == "POST":
        status = 422
    return render_template("admin/boundaries.html", form=form, lines=lines), status
