"""The public proposal forms: suggest a place, correct one, update one's own through a link.

Staff accept a suggestion with the same form (prefilled with the proposal), so a value is
checked by the same normaliser whoever types it. Every form carries the CSRF token and a
honeypot field that people never see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from flask_wtf import FlaskForm
from wtforms import DateField, Field, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from .. import donations, normalise
from ..admin.forms import (
    MultiCheckboxField,
    choices,
    normalised,
    refusals_field,
    refused_codes,
    refused_labels,
)
from ..hours import QUEBEC
from ..i18n import _, _l, label
from ..models import Action, Category, Municipality, PlaceType
from ..suggestions import PROPOSED_FIELDS

PAUSE_LONGEST = timedelta(days=366)


class HoneypotForm(FlaskForm):
    # Hidden from people by CSS; a robot filling every field fills this one too.
    homepage = StringField(_l("Ne pas remplir ce champ"), validators=[Optional()])

    @property
    def from_robot(self) -> bool:
        return bool((self.homepage.data or "").strip())


class ContactHoursForm(HoneypotForm):
    phone = StringField(_l("Téléphone"), validators=[Length(max=40), normalised(normalise.phone)])
    email = StringField(
        _l("Courriel du lieu (public)"), validators=[Length(max=200), normalised(normalise.email)]
    )
    website = StringField(
        _l("Site Web"), validators=[Length(max=300), normalised(normalise.website)]
    )
    opening_hours = StringField(
        _l("Heures d'ouverture (p. ex. lun-ven 9h-17h; sam 10h-16h)"),
        validators=[Length(max=500), normalised(normalise.opening_hours)],
    )
    hours_note_fr = StringField(_l("Note sur les heures"), validators=[Length(max=500)])
    message = TextAreaField(_l("Message à l'équipe (facultatif)"), validators=[Length(max=2000)])

    def take_fields(self) -> list[tuple[str, Field]]:
        return [
            (name[len("takes_") :], self[name])
            for name in self._fields
            if name.startswith("takes_")
        ]


class PlaceProposalForm(ContactHoursForm):
    name = StringField(_l("Nom du lieu"), validators=[InputRequired(), Length(max=200)])
    place_type_code = SelectField(_l("Type de lieu"), choices=[])
    address = StringField(_l("Adresse (numéro et rue)"), validators=[Length(max=250)])
    municipality = SelectField(
        _l("Municipalité"),
        choices=[],
        validators=[InputRequired(_l("Choisissez la municipalité."))],
    )
    postal_code = StringField(
        _l("Code postal"), validators=[Length(max=10), normalised(normalise.postal_code)]
    )
    contact_email = StringField(
        _l("Votre courriel, pour vous répondre (facultatif, jamais publié)"),
        validators=[Length(max=200), normalised(normalise.email)],
    )


class DonationPauseForm(FlaskForm):
    """Whether the place takes gifts now: the update link's and the staff's own form."""

    pause = RadioField(
        _l("Acceptez-vous les dons en ce moment ?"),
        choices=choices(
            [("accepting", _l("Dons acceptés")), ("paused", _l("Dons en pause jusqu'à une date"))]
        ),
        default="accepting",
    )
    pause_until = DateField(_l("Dernier jour de la pause"), validators=[Optional()])
    pause_categories = MultiCheckboxField(
        _l("Catégories en pause (aucune cochée : toutes)"), choices=[]
    )
    pause_reason = StringField(
        _l("Raison affichée (p. ex. entrepôt plein)"),
        validators=[Length(max=donations.REASON_MAX)],
    )

    def validate(self, extra_validators: Any = None) -> bool:
        # Not an inline validator: Optional() stops those when the date is left empty.
        valid = bool(super().validate(extra_validators))
        if self.pause.data != "paused":
            return valid
        today = datetime.now(QUEBEC).date()
        until = self.pause_until.data
        if until is None:
            problem = _("Indiquez le dernier jour de la pause.")
        elif not today <= until <= today + PAUSE_LONGEST:
            problem = _("Choisissez une date entre aujourd'hui et dans un an.")
        else:
            return valid
        self.pause_until.errors = [*self.pause_until.errors, problem]
        return False

    def set_categories(self, categories: Sequence[Category]) -> None:
        self.pause_categories.choices = choices((c.code, label(c)) for c in categories)

    def pause_value(self) -> dict[str, Any] | None:
        """The pause in the stored shape, or None for « Dons acceptés »."""
        if self.pause.data != "paused" or self.pause_until.data is None:
            return None
        return donations.make_pause(
            self.pause_until.data, self.pause_categories.data or [], self.pause_reason.data or ""
        )


class UpdateLinkForm(ContactHoursForm, DonationPauseForm):
    """What an enterprise changes through its private link."""


def _with_takes(
    base: type[ContactHoursForm],
    actions: Sequence[Action],
    categories: Sequence[Category],
    *,
    refusals: bool = False,
) -> type[ContactHoursForm]:
    """The form class with one group of category boxes per action (what the place takes),
    and with `refusals` the items refused for that action."""
    options = choices((c.code, label(c)) for c in categories)
    fields: dict[str, Any] = {}
    for action in actions:
        fields[f"takes_{action.code}"] = MultiCheckboxField(label(action), choices=options)
        if refusals:
            fields[f"refuses_{action.code}"] = refusals_field()
    return type(base.__name__, (base,), fields)


def proposal_form(
    actions: Sequence[Action],
    categories: Sequence[Category],
    place_types: Sequence[PlaceType],
    municipalities: Sequence[Municipality],
    data: Mapping[str, Any] | None = None,
) -> PlaceProposalForm:
    form_class = _with_takes(PlaceProposalForm, actions, categories)
    form = form_class(data=data)
    assert isinstance(form, PlaceProposalForm)
    form.place_type_code.choices = choices((t.code, label(t)) for t in place_types)
    empty = [("", _("— Choisissez —"))]
    form.municipality.choices = choices(empty + [(m.code_geo, m.name) for m in municipalities])
    return form


def update_form(
    actions: Sequence[Action], categories: Sequence[Category], data: Mapping[str, Any] | None
) -> UpdateLinkForm:
    form = _with_takes(UpdateLinkForm, actions, categories, refusals=True)(data=data)
    assert isinstance(form, UpdateLinkForm)
    form.set_categories(categories)
    return form


def form_data(snapshot: Mapping[str, Any], today: date) -> dict[str, Any]:
    """A place's (or a proposal's) values as the forms' initial data."""
    data: dict[str, Any] = {k: v for k, v in snapshot.items() if isinstance(v, str)}
    for action, take in (snapshot.get("takes") or {}).items():
        data[f"takes_{action}"] = list(take.get("categories", []))
        if take.get("refuses"):
            data[f"refuses_{action}"] = refused_labels(take["refuses"])
    held = donations.active_pause(snapshot.get("donation_pause"), today)
    data["pause"] = "paused" if held else "accepting"
    if held:
        data["pause_until"] = donations.pause_end(held)
        data["pause_categories"] = list(held.get("categories") or [])
        data["pause_reason"] = held.get("reason") or ""
    return data


def proposal_values(
    form: ContactHoursForm, current_takes: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """The form's values in the history's shape; conditions already on the place are kept, and
    its refused items too unless the form has a field for them."""
    values: dict[str, Any] = {}
    for name in PROPOSED_FIELDS:
        if name not in {"takes", "donation_pause"} and name in form:
            values[name] = " ".join(str(form[name].data or "").split())
    takes: dict[str, dict[str, Any]] = {}
    for action, field in form.take_fields():
        if field.data:
            # Conditions (and whatever else the action holds) are not on these forms: kept.
            kept: dict[str, Any] = {"conditions_fr": "", "conditions_en": ""}
            kept |= (current_takes or {}).get(action, {})
            kept["categories"] = sorted(field.data)
            if f"refuses_{action}" in form:
                # Stored only when there are some, as the place's own snapshot has them.
                kept.pop("refuses", None)
                if refused := refused_codes(form[f"refuses_{action}"].data):
                    kept["refuses"] = refused
            takes[action] = kept
    values["takes"] = takes
    if isinstance(form, DonationPauseForm):
        values["donation_pause"] = form.pause_value()
    return values


def with_refusals_of(
    takes: Mapping[str, Mapping[str, Any]] | None, proposed: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The place's takes with each action's refused items as `proposed` has them."""
    merged: dict[str, dict[str, Any]] = {}
    for action in {*(takes or {}), *proposed}:
        take = {k: v for k, v in (takes or {}).get(action, {}).items() if k != "refuses"}
        if refused := proposed.get(action, {}).get("refuses"):
            take["refuses"] = refused
        merged[action] = take
    return merged
