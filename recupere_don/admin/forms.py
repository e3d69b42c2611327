"""Flask-WTF forms of the admin; every form carries the CSRF token."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    Field,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from .. import item_lookup, normalise
from ..i18n import _, _l, current_language, label
from ..models import Action, Category, GeocodePrecision, GeocodeSource, Mrc, Municipality, PlaceType
from . import validation
from .models import Role
from .operations import TEXT_FIELDS

Choices = list[SelectChoice]


def choices(pairs: Any) -> Choices:
    """WTForms 3.3 wants SelectChoice objects rather than (value, label) tuples."""
    return [SelectChoice(value, label) for value, label in pairs]


def normalised(check: Callable[[str], str]) -> Callable[[Any, Field], None]:
    """A validator that replaces the field's data by its normalised form, or explains why not."""

    def validator(form: Any, field: Field) -> None:
        try:
            field.data = check(field.data or "")
        except validation.InvalidValueError as error:
            raise ValidationError(str(error)) from None

    return validator


def known_items(form: Any, field: Field) -> None:
    """Refused items must be objects of the catalogue: an unknown word is a field error."""
    try:
        normalise.refused_items(field.data or "", item_lookup.current_catalogue())
    except normalise.InvalidValueError as error:
        raise ValidationError(str(error)) from None


def refused_codes(text: str | None) -> list[str]:
    """The refused items' codes, sorted as stored; known_items checked the text already."""
    return sorted(normalise.refused_items(text or "", item_lookup.current_catalogue()))


def refusals_field() -> StringField:
    """One action's refused items, typed as names: the editor's and the update link's field."""
    return StringField(
        _l("Objets refusés"),
        [Length(max=1000), known_items],
        description=_l(
            "Objets de ces catégories que le lieu refuse pour cette action, séparés par "
            "des points-virgules : Matelas; Sommier"
        ),
        render_kw={"list": "catalogue-items", "autocomplete": "off", "data-refusals": ""},
    )


def item_labels() -> list[str]:
    """Every catalogue item's name in the page's language, sorted: the refusals' suggestions."""
    lang = current_language()
    return sorted((item.label(lang) for item in item_lookup.current_catalogue()), key=str.casefold)


def refused_labels(codes: list[str]) -> str:
    """« Matelas; Sommier »: what the refusals field shows, which known_items reads back."""
    catalogue = item_lookup.current_catalogue()
    lang = current_language()
    return "; ".join(item.label(lang) if (item := catalogue.item(c)) else c for c in codes)


ROLE_CHOICES = choices(
    [(Role.EDITOR.value, _l("Éditeur")), (Role.ADMIN.value, _l("Administrateur"))]
)
LANG_CHOICES = choices([("fr", _l("français")), ("en", _l("anglais"))])


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class LoginForm(FlaskForm):
    email = StringField(_l("Courriel"), validators=[InputRequired(), Length(max=200)])
    password = PasswordField(_l("Mot de passe"), validators=[InputRequired(), Length(max=200)])
    next = HiddenField()


class ChangePasswordForm(FlaskForm):
    current = PasswordField(_l("Mot de passe actuel"), validators=[InputRequired()])
    new = PasswordField(
        _l("Nouveau mot de passe (au moins 10 caractères)"),
        validators=[InputRequired(), Length(min=10, max=200)],
    )
    confirm = PasswordField(
        _l("Nouveau mot de passe, encore une fois"),
        validators=[
            InputRequired(),
            EqualTo("new", message=_l("Les deux nouveaux mots de passe diffèrent.")),
        ],
    )


class NewUserForm(FlaskForm):
    email = StringField(_l("Courriel"), validators=[InputRequired(), Length(max=200)])
    role = SelectField(
        _l("Rôle"),
        choices=choices(
            [(Role.EDITOR.value, _l("Éditeur")), (Role.ADMIN.value, _l("Administrateur"))]
        ),
    )
    password = PasswordField(
        _l("Mot de passe provisoire (au moins 10 caractères)"),
        validators=[InputRequired(), Length(min=10, max=200)],
    )


class UserForm(FlaskForm):
    role = SelectField(
        _l("Rôle"),
        choices=choices(
            [(Role.EDITOR.value, _l("Éditeur")), (Role.ADMIN.value, _l("Administrateur"))]
        ),
    )
    active = BooleanField(_l("Compte actif"))


class VersionForm(FlaskForm):
    """The small forms behind status buttons and revert: CSRF token plus the version seen."""

    version = HiddenField()


class CategoryForm(FlaskForm):
    label_fr = StringField(_l("Nom en français"), validators=[InputRequired(), Length(max=120)])
    label_en = StringField(_l("Nom en anglais"), validators=[InputRequired(), Length(max=120)])


def synonym_category_choices(categories: Sequence[Category]) -> Choices:
    """An empty first choice: a synonym filed under a category nobody chose misleads citizens."""
    empty = SelectChoice("", _("— Choisissez une catégorie —"))
    return [empty, *choices((c.code, label(c)) for c in categories)]


_CATEGORY_CHOSEN = InputRequired(_l("Choisissez la catégorie de ce mot."))


class SynonymForm(FlaskForm):
    term = StringField(_l("Mot"), validators=[InputRequired(), Length(max=120)])
    lang = SelectField(_l("Langue"), choices=LANG_CHOICES)
    category_code = SelectField(_l("Catégorie"), choices=[], validators=[_CATEGORY_CHOSEN])


class MissToSynonymForm(FlaskForm):
    category_code = SelectField(_l("Catégorie"), choices=[], validators=[_CATEGORY_CHOSEN])
    lang = SelectField(_l("Langue"), choices=LANG_CHOICES)


class ImportForm(FlaskForm):
    file = FileField(
        _l("Fichier CSV"),
        validators=[
            FileRequired(_l("Choisissez un fichier CSV.")),
            FileAllowed(["csv", "txt"], _l("Le fichier doit être un CSV (.csv).")),
        ],
    )
    as_draft = BooleanField(_l("Tout importer en brouillon"))
    allow_outside = BooleanField(_l("Accepter les lieux hors de la région"))


class KnownOrganisationsForm(FlaskForm):
    """A file of organisations known from public sources: loaded as drafts to confirm."""

    known_file = FileField(
        _l("Fichier des organismes connus (CSV)"),
        validators=[
            FileRequired(_l("Choisissez un fichier CSV.")),
            FileAllowed(["csv", "txt"], _l("Le fichier doit être un CSV (.csv).")),
        ],
    )


class ConfirmImportForm(FlaskForm):
    token = HiddenField(validators=[InputRequired()])


def _coordinate(low: float, high: float) -> Callable[[Any, Field], None]:
    def validator(form: Any, field: Field) -> None:
        raw = (field.data or "").strip()
        if not raw:
            field.data = ""
            return
        try:
            value = float(raw)
        except ValueError:
            raise ValidationError(_("Position invalide : utilisez « Localiser ».")) from None
        if not low <= value <= high:
            raise ValidationError(_("Position invalide : utilisez « Localiser »."))

    return validator


class PlaceFormBase(FlaskForm):
    version = HiddenField()
    name = StringField(
        _l("Nom de l'organisme"),
        validators=[InputRequired(_l("Le nom est obligatoire.")), Length(max=200)],
    )
    place_type_code = SelectField(_l("Type de lieu"), choices=[])
    description_fr = TextAreaField(_l("Description (français)"), validators=[Length(max=4000)])
    description_en = TextAreaField(_l("Description (anglais)"), validators=[Length(max=4000)])
    address = StringField(
        _l("Adresse (numéro et rue)"),
        validators=[Length(max=250)],
        description=_l("Par exemple : 2150, chemin du Sault"),
    )
    municipality = SelectField(
        _l("Municipalité"),
        choices=[],
        validators=[InputRequired(_l("Choisissez la municipalité."))],
    )
    postal_code = StringField(
        _l("Code postal"),
        validators=[normalised(validation.postal_code)],
        description=_l("A1A 1A1"),
    )
    latitude = HiddenField(validators=[_coordinate(-90, 90)])
    longitude = HiddenField(validators=[_coordinate(-180, 180)])
    geocode_source = HiddenField()
    geocode_precision = HiddenField()
    phone = StringField(
        _l("Téléphone"),
        validators=[normalised(validation.phone)],
        description=_l("Par exemple : 418 603-2546 poste 12"),
    )
    email = StringField(_l("Courriel"), validators=[Length(max=200), normalised(validation.email)])
    website = StringField(
        _l("Site Web"),
        validators=[Length(max=300), normalised(validation.website)],
        description=_l("Commence par https://"),
    )
    opening_hours = StringField(
        _l("Heures d'ouverture"),
        validators=[Length(max=500), normalised(validation.opening_hours)],
        description=_l(
            "Écrivez-les comme sur une affiche, par exemple : lun-ven 9h-17h, sam 10h-16h ; "
            "ou choisissez-les jour par jour ci-dessous."
        ),
    )
    hours_note_fr = StringField(_l("Note sur les heures (français)"), [Length(max=500)])
    hours_note_en = StringField(_l("Note sur les heures (anglais)"), [Length(max=500)])
    service_area_mrcs = MultiCheckboxField(_l("MRC desservies"), choices=[])
    service_area_radius_km = IntegerField(
        _l("ou rayon autour du lieu (km)"),
        validators=[Optional(), NumberRange(min=1, max=300)],
    )
    verified = BooleanField(_l("J'ai vérifié ces informations auprès de l'organisme aujourd'hui"))

    actions: Sequence[Action] = ()

    def take_fields(self, action_code: str) -> tuple[Field, Field, Field, Field]:
        """Categories, refused items, conditions in French and in English, for one action."""
        return (
            self[f"take_{action_code}_categories"],
            self[f"take_{action_code}_refuses"],
            self[f"take_{action_code}_conditions_fr"],
            self[f"take_{action_code}_conditions_en"],
        )

    def validate_geocode_source(self, field: Field) -> None:
        if field.data and field.data not in {s.value for s in GeocodeSource}:
            field.data = GeocodeSource.MANUAL.value

    def validate_geocode_precision(self, field: Field) -> None:
        if field.data and field.data not in {p.value for p in GeocodePrecision}:
            field.data = GeocodePrecision.ADDRESS.value

    def validate(self, extra_validators: Any = None) -> bool:
        valid = bool(super().validate(extra_validators))
        pickup = self._fields.get("take_ramassage_categories")
        if (
            pickup is not None
            and pickup.data
            and not (self.service_area_mrcs.data or self.service_area_radius_km.data)
        ):
            self.service_area_mrcs.errors = [
                *self.service_area_mrcs.errors,
                _("Le ramassage à domicile demande un territoire : cochez des MRC ou un rayon."),
            ]
            valid = False
        return valid


def place_form_class(actions: Sequence[Action]) -> type[PlaceFormBase]:
    """The editor form with one block (categories, refused items, conditions) per action."""
    attrs: dict[str, Any] = {"actions": list(actions)}
    for action in actions:
        attrs[f"take_{action.code}_categories"] = MultiCheckboxField(label(action), choices=[])
        attrs[f"take_{action.code}_refuses"] = refusals_field()
        attrs[f"take_{action.code}_conditions_fr"] = StringField(
            _l("Conditions (français)"), [Length(max=500)]
        )
        attrs[f"take_{action.code}_conditions_en"] = StringField(
            _l("Conditions (anglais)"), [Length(max=500)]
        )
    return type("PlaceForm", (PlaceFormBase,), attrs)


def fill_choices(
    form: PlaceFormBase,
    place_types: Sequence[PlaceType],
    municipalities: Sequence[Municipality],
    categories: Sequence[Category],
    mrcs: Sequence[Mrc],
) -> None:
    form.place_type_code.choices = choices((t.code, label(t)) for t in place_types)
    form.municipality.choices = choices(
        [("", _("— Choisir —"))]
        + [(m.code_geo, f"{m.name} ({m.mrc.name})") for m in municipalities]
    )
    form.service_area_mrcs.choices = choices((m.slug, m.name) for m in mrcs)
    category_choices = choices((c.code, f"{c.icon} {label(c)}".strip()) for c in categories)
    for action in form.actions:
        form.take_fields(action.code)[0].choices = category_choices


def form_values(form: PlaceFormBase) -> dict[str, Any]:
    """The form's data in the shape operations.apply_values takes."""
    latitude = float(form.latitude.data) if form.latitude.data else None
    longitude = float(form.longitude.data) if form.longitude.data else None
    has_point = latitude is not None and longitude is not None
    takes: dict[str, dict[str, Any]] = {}
    for action in form.actions:
        categories, refuses, conditions_fr, conditions_en = form.take_fields(action.code)
        if categories.data:
            takes[action.code] = {
                "categories": sorted(categories.data),
                "refuses": refused_codes(refuses.data),
                "conditions_fr": (conditions_fr.data or "").strip(),
                "conditions_en": (conditions_en.data or "").strip(),
            }
    service_area: dict[str, Any] | None = None
    if "ramassage" in takes:
        if form.service_area_mrcs.data:
            service_area = {"mrcs": sorted(form.service_area_mrcs.data)}
        elif form.service_area_radius_km.data:
            service_area = {"radius_km": int(form.service_area_radius_km.data)}
    values: dict[str, Any] = {
        "name": form.name.data.strip(),
        "place_type_code": form.place_type_code.data,
        "description_fr": (form.description_fr.data or "").strip(),
        "description_en": (form.description_en.data or "").strip(),
        "address": (form.address.data or "").strip(),
        "municipality": form.municipality.data or None,
        "postal_code": form.postal_code.data,
        "latitude": latitude if has_point else None,
        "longitude": longitude if has_point else None,
        "geocode_source": (form.geocode_source.data or GeocodeSource.MANUAL.value)
        if has_point
        else None,
        "geocode_precision": (form.geocode_precision.data or GeocodePrecision.ADDRESS.value)
        if has_point
        else None,
        "phone": form.phone.data,
        "email": form.email.data,
        "website": form.website.data,
        "opening_hours": form.opening_hours.data,
        "hours_note_fr": (form.hours_note_fr.data or "").strip(),
        "hours_note_en": (form.hours_note_en.data or "").strip(),
        "service_area": service_area,
        "takes": takes,
    }
    return values


def fill_from_place(form: PlaceFormBase, snapshot: dict[str, Any], version: int) -> None:
    """Put a place's current values into a fresh form (GET)."""
    for name in TEXT_FIELDS:
        form[name].data = snapshot.get(name) or ""
    form.municipality.data = snapshot.get("municipality") or ""
    for name in ("latitude", "longitude"):
        value = snapshot.get(name)
        form[name].data = "" if value is None else repr(float(value))
    area = snapshot.get("service_area") or {}
    form.service_area_mrcs.data = list(area.get("mrcs", []))
    form.service_area_radius_km.data = area.get("radius_km")
    for action in form.actions:
        take = snapshot.get("takes", {}).get(action.code, {})
        categories, refuses, conditions_fr, conditions_en = form.take_fields(action.code)
        categories.data = list(take.get("categories", []))
        refuses.data = refused_labels(take.get("refuses", []))
        conditions_fr.data = take.get("conditions_fr", "")
        conditions_en.data = take.get("conditions_en", "")
    form.version.data = str(version)


class BoundariesForm(FlaskForm):
    file = FileField(
        _l("Fichier GeoJSON des MRC (coordonnées en degrés, WGS84)"),
        validators=[
            FileRequired(_l("Choisissez un fichier GeoJSON.")),
            FileAllowed(["geojson", "json"], _l("Le fichier doit être un GeoJSON (.geojson).")),
        ],
    )
    dry_run = BooleanField(_l("Simulation : vérifier seulement, ne rien remplacer"), default=True)
