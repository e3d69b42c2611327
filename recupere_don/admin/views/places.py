"""Admin pages for places: the list, the editor, statuses, history, the editor's map JSON."""

from __future__ import annotations

from typing import Any

from flask import (
    Response,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select
from werkzeug.wrappers import Response as BaseResponse

from ... import ratelimits
from ...extensions import db
from ...i18n import _
from ...models import Action, Category, Mrc, PlaceStatus, PlaceType, utcnow
from .. import operations
from ..blueprint import bp, staff
from ..forms import (
    PlaceFormBase,
    VersionForm,
    fill_choices,
    fill_from_place,
    form_values,
    item_labels,
    place_form_class,
)
from ..locating import NotLocated, locate
from .accounts import safe_next

Page = str | BaseResponse | tuple[str, int] | tuple[str, int, dict[str, str]]


def _version(form: VersionForm | PlaceFormBase) -> int | None:
    raw = form.version.data or ""
    return int(raw) if raw.isdigit() else None


# --- places ----------------------------------------------------------------------------------


@bp.get("/")
def index() -> BaseResponse:
    return redirect(url_for("admin.places"))


@bp.get("/places")
def places() -> str:
    filters = operations.StaffFilters.from_args(request.args)
    return render_template(
        "admin/places.html",
        places=operations.staff_places(filters),
        filters=filters,
        counts=operations.status_counts(),
        mrcs=db.session.execute(select(Mrc).order_by(Mrc.name)).scalars().all(),
        categories=db.session.execute(select(Category).order_by(Category.sort_order))
        .scalars()
        .all(),
    )


def _place_form(obj_data: bool = True) -> PlaceFormBase:
    actions = db.session.execute(select(Action).order_by(Action.sort_order)).scalars().all()
    form = place_form_class(actions)()
    fill_choices(
        form,
        db.session.execute(select(PlaceType).order_by(PlaceType.sort_order)).scalars().all(),
        operations.choices_municipalities(),
        db.session.execute(select(Category).order_by(Category.sort_order)).scalars().all(),
        db.session.execute(select(Mrc).order_by(Mrc.name)).scalars().all(),
    )
    return form


def _values_with_verification(form: PlaceFormBase) -> dict[str, Any]:
    values = form_values(form)
    if form.verified.data:
        values["verified_at"] = utcnow().isoformat()
    return values


def _render_editor(form: PlaceFormBase, place: Any = None, status: int = 200) -> Page:
    return (
        render_template(
            "admin/place_edit.html",
            form=form,
            place=place,
            warnings=operations.place_warnings(place) if place is not None else [],
            status_form=VersionForm(),
            tile_url=current_app.config["TILE_URL"],
            tile_attribution=current_app.config["TILE_ATTRIBUTION"],
            item_labels=item_labels(),
        ),
        status,
    )


@bp.route("/places/new", methods=["GET", "POST"])
def place_new() -> Page:
    form = _place_form()
    if request.method == "GET":
        form.place_type_code.data = "ressourcerie"
    if form.validate_on_submit():
        place = operations.create_place(_values_with_verification(form), staff())
        flash(_("Lieu créé en brouillon. Publiez-le quand il est prêt."), "success")
        return redirect(url_for("admin.place_edit", place_id=place.id))
    return _render_editor(form, status=422 if request.method == "POST" else 200)


@bp.route("/places/<int:place_id>", methods=["GET", "POST"])
def place_edit(place_id: int) -> Page:
    place = operations.place_by_id(place_id)
    form = _place_form()
    if request.method == "GET":
        fill_from_place(form, operations.snapshot(place), place.version)
    elif form.validate_on_submit():
        try:
            revision = operations.update_place(
                place, _values_with_verification(form), staff(), _version(form)
            )
        except operations.EditConflictError as error:
            form.form_errors.append(str(error))
            return _render_editor(form, error.place, status=409)
        if revision is None:
            flash(_("Aucun changement à enregistrer."), "info")
        else:
            flash(_("Modifications enregistrées."), "success")
        return redirect(url_for("admin.place_edit", place_id=place.id))
    else:
        return _render_editor(form, place, status=422)
    return _render_editor(form, place)


STATUS_ACTIONS = {
    "publish": PlaceStatus.PUBLISHED,
    "unpublish": PlaceStatus.DRAFT,
    "archive": PlaceStatus.ARCHIVED,
    "restore": PlaceStatus.DRAFT,
}


def _status_message(action: str) -> str:
    return {
        "publish": _("Lieu publié : il est visible sur la carte."),
        "unpublish": _("Lieu retiré de la carte (brouillon)."),
        "archive": _("Lieu archivé : il n'est plus visible sur la carte. Restaurez-le au besoin."),
        "restore": _("Lieu restauré en brouillon."),
    }[action]


@bp.post("/places/<int:place_id>/<any(publish, unpublish, archive, restore):action>")
def place_status(place_id: int, action: str) -> BaseResponse:
    place = operations.place_by_id(place_id)
    form = VersionForm()
    status = STATUS_ACTIONS[action]
    if form.validate_on_submit():
        try:
            operations.set_status(place, status, staff(), _version(form))
        except operations.EditConflictError as error:
            flash(str(error), "error")
        except operations.PlaceRuleError as error:
            flash(str(error), "error")
        else:
            flash(_status_message(action), "success")
    return redirect(
        safe_next(request.form.get("back"))
        if request.form.get("back")
        else url_for("admin.place_edit", place_id=place.id)
    )


@bp.post("/places/<int:place_id>/verify")
def place_verify(place_id: int) -> BaseResponse:
    place = operations.place_by_id(place_id)
    form = VersionForm()
    if form.validate_on_submit():
        try:
            operations.mark_verified(place, staff(), _version(form))
        except operations.EditConflictError as error:
            flash(str(error), "error")
        else:
            flash(_("Vérification notée pour aujourd'hui."), "success")
    return redirect(url_for("admin.place_edit", place_id=place.id))


@bp.get("/places/<int:place_id>/history")
def place_history(place_id: int) -> str:
    place = operations.place_by_id(place_id)
    return render_template(
        "admin/history.html",
        place=place,
        revisions=operations.history(place),
        form=VersionForm(),
        labels=operations.FIELD_LABELS,
        kinds=operations.KIND_LABELS,
        describe_value=operations.describe_value,
        format_datetime=operations.format_datetime,
    )


@bp.post("/places/<int:place_id>/history/<int:revision_id>/revert")
def place_revert(place_id: int, revision_id: int) -> BaseResponse:
    place = operations.place_by_id(place_id)
    revision = operations.revision_by_id(place, revision_id)
    form = VersionForm()
    if form.validate_on_submit():
        try:
            new = operations.revert(revision, staff(), _version(form))
        except operations.EditConflictError as error:
            flash(str(error), "error")
        else:
            if new is None:
                flash(_("Rien à annuler : le lieu a déjà ces valeurs."), "info")
            else:
                flash(
                    _("Changement annulé. L'annulation est elle-même dans l'historique."), "success"
                )
    return redirect(url_for("admin.place_history", place_id=place.id))


# --- JSON for the editor's map ---------------------------------------------------------------


def _municipality_arg() -> Any:
    code = request.args.get("municipality", "")
    return operations._municipality(code) if code else None


@bp.get("/api/geocode")
@ratelimits.staff_geocode
def api_geocode() -> Response | tuple[Response, int]:
    municipality = _municipality_arg()
    found = locate(
        request.args.get("address", "")[:250],
        municipality,
        request.args.get("postal_code", "")[:10],
    )
    if isinstance(found, NotLocated):
        message = _("Adresse introuvable : choisissez la municipalité, puis réessayez.")
        return jsonify(error="not_found", message=message, reason=found.reason), 404
    territory = operations.territory_at(found.latitude, found.longitude, municipality)
    return jsonify(
        lat=found.latitude,
        lon=found.longitude,
        source=found.source,
        precision=found.precision,
        mrc=territory.mrc_slug,
        mrc_name=territory.mrc_name,
        warnings=territory.warnings,
        notes=found.notes,
    )


@bp.get("/api/territory")
def api_territory() -> Response | tuple[Response, int]:
    try:
        lat = float(request.args["lat"])
        lon = float(request.args["lon"])
    except (KeyError, ValueError):
        return jsonify(error="bad_request", message=_("Position invalide.")), 400
    territory = operations.territory_at(lat, lon, _municipality_arg())
    return jsonify(
        mrc=territory.mrc_slug,
        mrc_name=territory.mrc_name,
        in_region=territory.in_region,
        warnings=territory.warnings,
    )
