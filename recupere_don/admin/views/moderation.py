"""Admin pages: the suggestion queue, update links per place, places to verify again."""

from __future__ import annotations

from typing import Any

from flask import current_app, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from ... import mail, placewrites, suggestions, updatelinks
from ...geo import mapbuilder
from ...i18n import _
from ...models import Place, PlaceStatus, utcnow
from ...public.contribute import place_proposal_form
from ...public.forms import (
    DonationPauseForm,
    PlaceProposalForm,
    form_data,
    proposal_values,
    with_refusals_of,
)
from ...security import csp_nonce
from .. import operations, review, taxonomy
from ..blueprint import bp, staff
from ..forms import VersionForm


@bp.context_processor
def pending_count() -> dict[str, int]:
    """The number every staff page shows beside « Suggestions » (one COUNT on an index)."""
    return {"pending_suggestions": suggestions.pending_count() if g.get("user") else 0}


@bp.get("/suggestions", endpoint="suggestions")
def suggestion_queue() -> str:
    duplicates = suggestions.DuplicateFinder()
    return render_template(
        "admin/suggestions.html",
        queue=[
            (
                s,
                suggestions.changes(s),
                # Same town only here: geocoding every new place would slow the list.
                duplicates.find(s.values, None) if s.place is None else [],
            )
            for s in suggestions.pending()
        ],
        labels=operations.FIELD_LABELS,
        municipality_name=suggestions.municipality_name,
        format_datetime=operations.format_datetime,
        csrf_form=VersionForm(),
    )


def _form_for(suggestion: suggestions.Suggestion) -> PlaceProposalForm:
    base = placewrites.snapshot(suggestion.place) if suggestion.place else {}
    return place_proposal_form(form_data(base | suggestion.values, utcnow().date()))


@bp.get("/suggestions/<int:suggestion_id>", endpoint="suggestion")
def suggestion_page(suggestion_id: int) -> str:
    suggestion = suggestions.get(suggestion_id)
    return _suggestion_page(suggestion, _form_for(suggestion))


def _suggestion_page(suggestion: suggestions.Suggestion, form: PlaceProposalForm) -> str:
    pin = small_map = None
    duplicates: list[Place] = []
    if suggestion.place is None:
        pin = suggestions.pin(suggestion.values)
        duplicates = suggestions.DuplicateFinder().find(suggestion.values, pin)
        if pin is not None:
            tiles = mapbuilder.TileSettings(
                current_app.config["TILE_URL"], current_app.config["TILE_ATTRIBUTION"]
            )
            small_map = mapbuilder.place_map(tiles, csp_nonce(), pin.lat, pin.lon)
    return render_template(
        "admin/suggestion.html",
        suggestion=suggestion,
        changes=suggestions.changes(suggestion),
        labels=operations.FIELD_LABELS,
        form=form,
        pin=pin,
        duplicates=duplicates,
        map=small_map,
        format_datetime=operations.format_datetime,
        csrf_form=VersionForm(),
    )


@bp.post("/suggestions/<int:suggestion_id>/accept")
def suggestion_accept(suggestion_id: int) -> BaseResponse | str:
    """Accept as proposed (from the queue), or as staff edited it (from the suggestion page)."""
    suggestion = suggestions.get(suggestion_id)
    values: dict[str, Any] = dict(suggestion.values)
    if request.form.get("edited"):
        form = place_proposal_form()
        if not form.validate_on_submit():
            return _suggestion_page(suggestion, form)
        current = placewrites.snapshot(suggestion.place) if suggestion.place else {}
        takes = current.get("takes")
        if "takes" in suggestion.values:
            # The staff form has no refusals field: those proposed (by an update link) stand.
            takes = with_refusals_of(takes, suggestion.values["takes"])
        values = proposal_values(form, takes)
        if "donation_pause" in suggestion.values:
            values["donation_pause"] = suggestion.values["donation_pause"]
    elif not VersionForm().validate_on_submit():
        flash(_("La page a expiré : rechargez-la, puis recommencez."), "error")
        return redirect(url_for("admin.suggestions"))
    try:
        place = suggestions.accept(suggestion, values, staff())
    except (suggestions.SuggestionError, operations.EditConflictError) as error:
        flash(str(error), "error")
        return redirect(url_for("admin.suggestions"))
    if place.status == PlaceStatus.PUBLISHED:
        flash(
            _(
                "Suggestion #%(id)s acceptée : « %(name)s » est à jour.",
                id=suggestion.id,
                name=place.name,
            ),
            "success",
        )
    else:
        flash(
            _(
                "Suggestion #%(id)s acceptée : « %(name)s » est un brouillon à compléter "
                "(position ou objets acceptés).",
                id=suggestion.id,
                name=place.name,
            ),
            "info",
        )
    return redirect(url_for("admin.suggestions"))


@bp.post("/suggestions/<int:suggestion_id>/reject")
def suggestion_reject(suggestion_id: int) -> BaseResponse:
    suggestion = suggestions.get(suggestion_id)
    reason = (request.form.get("reason") or "").strip()
    if not VersionForm().validate_on_submit():
        flash(_("La page a expiré : rechargez-la, puis recommencez."), "error")
    elif not reason:
        flash(_("Indiquez la raison du refus de la suggestion #%(id)s.", id=suggestion.id), "error")
    else:
        try:
            suggestions.reject(suggestion, staff(), reason)
        except suggestions.SuggestionError as error:
            flash(str(error), "error")
        else:
            flash(_("Suggestion #%(id)s refusée.", id=suggestion.id), "info")
    return redirect(url_for("admin.suggestions"))


# --- update links -----------------------------------------------------------------------------


def _link_url(token: str) -> str:
    return url_for("contribute.update_with_link", token=token, _external=True)


@bp.get("/places/<int:place_id>/update-link", endpoint="update_link")
def update_link_page(place_id: int, new_url: str = "", composed: mail.Mail | None = None) -> str:
    place = operations.place_by_id(place_id)
    return render_template(
        "admin/update_link.html",
        place=place,
        links=updatelinks.links_of(place),
        current=updatelinks.current_link(place),
        new_url=new_url,
        composed=composed,
        mail_on=mail.is_configured(),
        format_datetime=operations.format_datetime,
        csrf_form=VersionForm(),
        now=utcnow(),
    )


@bp.post("/places/<int:place_id>/update-link")
def update_link_create(place_id: int) -> str | BaseResponse:
    """A new link, shown once on this page (never stored in clear, never put in a cookie)."""
    place = operations.place_by_id(place_id)
    if not VersionForm().validate_on_submit():
        flash(_("La page a expiré : rechargez-la, puis recommencez."), "error")
        return redirect(url_for("admin.update_link", place_id=place.id))
    _link, token = updatelinks.create_link(
        place, staff(), goes_live=request.form.get("goes_live") == "1"
    )
    url = _link_url(token)
    composed = mail.update_link_mail(place, url) if request.form.get("send") else None
    if composed is not None and place.email and mail.is_configured():
        try:
            mail.send(composed)
        except mail.MailError as error:
            flash(str(error), "error")
        else:
            flash(_("Lien envoyé à %(email)s.", email=place.email), "success")
            composed = None
    return update_link_page(place.id, new_url=url, composed=composed)


@bp.post("/places/<int:place_id>/update-link/revoke")
def update_link_revoke(place_id: int) -> BaseResponse:
    place = operations.place_by_id(place_id)
    link = updatelinks.current_link(place)
    if VersionForm().validate_on_submit() and link is not None:
        updatelinks.revoke(link)
        flash(_("Le lien de mise à jour est révoqué."), "info")
    return redirect(url_for("admin.update_link", place_id=place.id))


@bp.route("/places/<int:place_id>/donation-pause", methods=["GET", "POST"])
def donation_pause(place_id: int) -> str | BaseResponse:
    """Staff pause or resume a place's donations themselves (the organisation phoned)."""
    place = operations.place_by_id(place_id)
    form = DonationPauseForm(data=form_data(placewrites.snapshot(place), utcnow().date()))
    form.set_categories(taxonomy.categories())
    if form.validate_on_submit():
        raw_version = request.form.get("version", "")
        version = int(raw_version) if raw_version.isdigit() else None
        try:
            operations.update_place(place, {"donation_pause": form.pause_value()}, staff(), version)
        except operations.EditConflictError as error:
            flash(str(error), "error")
        else:
            flash(_("Statut des dons enregistré."), "success")
            return redirect(url_for("admin.place_edit", place_id=place.id))
    return render_template("admin/donation_pause.html", place=place, form=form)


@bp.get("/stale", endpoint="stale_places")
def stale_places() -> str:
    """Places not verified for 12 months, each with « send the update link »."""
    now = utcnow()
    stale = [p for p in review.active_places() if operations.is_stale(p, now)]
    return render_template(
        "admin/stale.html",
        places=stale,
        mail_on=mail.is_configured(),
        format_datetime=operations.format_datetime,
        csrf_form=VersionForm(),
    )
