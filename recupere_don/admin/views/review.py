"""Admin pages: the review queue and the export of places."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from ... import ratelimits
from ...i18n import _
from ...models import utcnow
from .. import exports, operations, review, taxonomy
from ..blueprint import admin_required, bp, staff
from ..forms import MissToSynonymForm, VersionForm, synonym_category_choices


def _review_labels() -> dict[str, str]:
    return {
        "position": _("Pas encore localisés"),
        "precision": _("Localisés seulement à la municipalité"),
        "mrc": _("MRC du repère différente de celle de la municipalité"),
        "outside": _("Hors de la région"),
        "hours": _("Heures manquantes ou invalides"),
        "stale": _("Pas vérifiés depuis 12 mois"),
    }


def confirm_checklist() -> dict[str, str]:
    """What staff check with the organisation before a draft from public sources is published."""
    return {
        "address": _("Adresse et numéro civique"),
        "hours": _("Heures d'ouverture"),
        "items": _("Objets acceptés et façons de donner"),
        "refusals": _("Objets refusés et conditions"),
    }


@bp.post("/places/<int:place_id>/confirm")
def confirm_place(place_id: int) -> BaseResponse:
    """« Confirmer et publier »: only once every point of the checklist is ticked."""
    place = operations.place_by_id(place_id)
    form = VersionForm()
    if form.validate_on_submit():
        ticked = set(request.form.getlist("confirmed"))
        missing = [label for key, label in confirm_checklist().items() if key not in ticked]
        version = int(form.version.data) if (form.version.data or "").isdigit() else None
        if missing:
            flash(_("À confirmer d'abord : %(items)s.", items=", ".join(missing)), "error")
        else:
            try:
                operations.confirm_and_publish(place, staff(), version)
            except (operations.EditConflictError, operations.PlaceRuleError) as error:
                flash(str(error), "error")
            else:
                flash(_("« %(name)s » est confirmé et publié.", name=place.name), "success")
    return redirect(url_for("admin.review") + "#to-confirm")


@bp.get("/review", endpoint="review")
def review_page() -> str:
    form = MissToSynonymForm()
    form.category_code.choices = synonym_category_choices(taxonomy.categories())
    return render_template(
        "admin/review.html",
        queue=review.review_queue(),
        kind_labels=_review_labels(),
        checklist=confirm_checklist(),
        miss_form=form,
        csrf_form=VersionForm(),
        format_datetime=operations.format_datetime,
    )


@bp.post("/review/misses/synonym")
@admin_required
def miss_to_synonym() -> BaseResponse:
    form = MissToSynonymForm()
    form.category_code.choices = synonym_category_choices(taxonomy.categories())
    text = request.form.get("text", "")
    if form.validate_on_submit():
        try:
            taxonomy.add_synonym(text, form.lang.data, form.category_code.data)
        except taxonomy.TaxonomyError as error:
            flash(str(error), "error")
        else:
            flash(
                _("« %(term)s » est maintenant un synonyme de cette catégorie.", term=text),
                "success",
            )
    else:
        flash(_("Choisissez la catégorie de « %(term)s » avant de l'ajouter.", term=text), "error")
    return redirect(url_for("admin.review") + "#misses")


@bp.post("/review/misses/dismiss")
@admin_required
def miss_dismiss() -> BaseResponse:
    form = VersionForm()
    if form.validate_on_submit():
        taxonomy.dismiss_miss(request.form.get("text", ""))
        flash(_("Recherche retirée de la liste."), "info")
    return redirect(url_for("admin.review") + "#misses")


def _attachment(body: bytes, mimetype: str, extension: str) -> Response:
    stamp = utcnow().strftime("%Y%m%d")
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="recupere-don-lieux-{stamp}.{extension}"'
    )
    return response


@bp.get("/export.csv")
@ratelimits.export
def export_csv() -> Response:
    places = operations.staff_places(operations.StaffFilters.from_args(request.args))
    return _attachment(exports.places_csv(places), "text/csv; charset=utf-8", "csv")


@bp.get("/export.geojson")
@ratelimits.export
def export_geojson() -> Response:
    places = operations.staff_places(operations.StaffFilters.from_args(request.args))
    body = exports.places_geojson(
        places, lambda p: url_for("public.place_detail", slug=p.slug, _external=True)
    )
    return _attachment(body, "application/geo+json", "geojson")
