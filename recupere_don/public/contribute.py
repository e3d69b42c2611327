"""Public forms without an account: suggest a place, propose a correction, use an update link."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, abort, render_template
from sqlalchemy import select

from .. import places, placewrites, ratelimits, suggestions, updatelinks
from ..admin.forms import item_labels
from ..extensions import db
from ..hours import QUEBEC
from ..models import Action, Category, Municipality, Place, PlaceType
from .forms import PlaceProposalForm, form_data, proposal_form, proposal_values, update_form

bp = Blueprint("contribute", __name__)


def _taxonomy() -> tuple[list[Action], list[Category]]:
    actions = db.session.execute(select(Action).order_by(Action.sort_order)).scalars().all()
    categories = db.session.execute(select(Category).order_by(Category.sort_order)).scalars()
    return list(actions), list(categories)


def place_proposal_form(data: dict[str, Any] | None = None) -> PlaceProposalForm:
    """The proposal form with the taxonomy's choices (the moderation queue uses it too)."""
    actions, categories = _taxonomy()
    types = db.session.execute(select(PlaceType).order_by(PlaceType.sort_order)).scalars()
    towns = db.session.execute(select(Municipality).order_by(Municipality.name)).scalars()
    return proposal_form(actions, categories, list(types), list(towns), data)


def _proposal_page(place: Place | None) -> str:
    """The form, or once it validates the suggestion stored (unless a robot sent it) and thanks."""
    current = placewrites.snapshot(place) if place is not None else {}
    form = place_proposal_form(form_data(current, datetime.now(QUEBEC).date()))
    if not form.validate_on_submit():
        return render_template("contribute/proposal.html", form=form, place=place)
    if not form.from_robot:
        suggestions.submit(
            suggestions.SuggestionKind.CORRECTION
            if place
            else suggestions.SuggestionKind.NEW_PLACE,
            proposal_values(form, current.get("takes")),
            place=place,
            message=form.message.data or "",
            contact_email=form.contact_email.data or "",
        )
    # A robot is thanked too: it learns nothing about the honeypot.
    return render_template("contribute/thanks.html")


@bp.route("/suggerer", methods=["GET", "POST"])
@ratelimits.suggestions
def suggest_place() -> str:
    return _proposal_page(None)


@bp.route("/lieux/<slug>/corriger", methods=["GET", "POST"])
@ratelimits.suggestions
def propose_correction(slug: str) -> str:
    place = places.get_public_place(slug)
    if place is None:
        abort(404)
    return _proposal_page(place)


@bp.route("/mise-a-jour/<token>", methods=["GET", "POST"])
@ratelimits.update_link
def update_with_link(token: str) -> str | tuple[str, int]:
    link = updatelinks.find_usable(token)
    if link is None:
        # Unknown, revoked and expired look the same: a guesser learns nothing.
        return render_template("contribute/link_refused.html"), 404
    place = link.place
    current = placewrites.snapshot(place)
    actions, categories = _taxonomy()
    form = update_form(actions, categories, form_data(current, datetime.now(QUEBEC).date()))
    if form.validate_on_submit():
        live = False
        if not form.from_robot:
            values = proposal_values(form, current["takes"])
            live = updatelinks.submit(link, values, form.message.data or "")
        return render_template("contribute/thanks.html", live=live, place=place)
    return render_template(
        "contribute/update.html", form=form, place=place, item_labels=item_labels()
    )
