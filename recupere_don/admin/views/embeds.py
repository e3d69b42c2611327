"""Staff pages for saved embed configurations, under /admin/embeds, behind the admin's gate.

Every signed-in staff member may read them and copy their code; only admins create, change or
delete them, since a change shows at once on every partner site using that configuration.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.wrappers import Response as BaseResponse
from wtforms import BooleanField, IntegerField, SelectField, StringField
from wtforms.validators import Optional

from ...embed import operations
from ...embed.models import EmbedConfig
from ...embed.settings import DEFAULT_HEIGHT, EmbedSettings, InvalidSettingsError, validate
from ...extensions import db
from ...i18n import _, _l, label
from ...models import Action, Category
from ...mrcdata import all_mrcs
from ...places import Taxonomy
from ..blueprint import admin_required, no_store, require_staff, staff
from ..forms import MultiCheckboxField, choices

bp = Blueprint("embed_admin", __name__, url_prefix="/admin/embeds")
bp.before_request(require_staff)
bp.after_request(no_store)

Page = str | BaseResponse | tuple[str, int]


class EmbedConfigForm(FlaskForm):  # type: ignore[misc]
    # Name, slug, codes and sizes are checked by settings.validate, shared with other callers.
    name = StringField(_l("Nom (pour l'équipe)"))
    slug = StringField(_l("Identifiant dans l'adresse"))
    mrc = MultiCheckboxField(_l("Territoires (MRC)"), choices=[])
    category = MultiCheckboxField(_l("Types d'objets"), choices=[])
    action = MultiCheckboxField(_l("Actions"), choices=[])
    q = StringField(_l("Recherche d'objet (facultatif)"))
    bbox = StringField(
        _l(
            "Zone (facultatif) : longitude ouest, latitude sud, longitude est, latitude nord, "
            "séparées par des virgules"
        )
    )
    view = SelectField(
        _l("Affichage"),
        choices=choices(
            [
                ("both", _l("Carte et liste")),
                ("map", _l("Carte seulement")),
                ("list", _l("Liste seulement")),
            ]
        ),
    )
    controls = BooleanField(_l("Laisser le visiteur filtrer par type d'objet"), default=True)
    height = IntegerField(
        _l("Hauteur de la carte (pixels)"), default=DEFAULT_HEIGHT, validators=[Optional()]
    )


def _form(config: EmbedConfig | None = None) -> EmbedConfigForm:
    form = EmbedConfigForm()
    form.mrc.choices = choices([(m.slug, m.name) for m in all_mrcs()])
    form.category.choices = choices(
        [
            (c.code, label(c))
            for c in db.session.execute(select(Category).order_by(Category.sort_order)).scalars()
        ]
    )
    form.action.choices = choices(
        [
            (a.code, label(a))
            for a in db.session.execute(select(Action).order_by(Action.sort_order)).scalars()
        ]
    )
    if config is not None and not form.is_submitted():
        settings = operations.config_settings(config)
        form.name.data = config.name
        form.slug.data = config.slug
        form.mrc.data = list(settings.preset.mrcs)
        form.category.data = list(settings.preset.categories)
        form.action.data = list(settings.preset.actions)
        form.q.data = settings.preset.query
        form.bbox.data = ",".join(f"{v:g}" for v in settings.preset.bbox or ())
        form.view.data = settings.look.view
        form.controls.data = settings.look.controls
        form.height.data = settings.look.height
    return form


def _save(form: EmbedConfigForm, config: EmbedConfig | None) -> EmbedConfig | None:
    """Validate and save; on a refusal, put each problem under its field and return None.

    The domain checks run even when WTForms already refused (a missing token, say), so that
    the staff member sees every problem at once.
    """
    if not form.is_submitted():
        return None
    form_ok = form.validate()
    try:
        slug, name, settings = validate(
            slug=form.slug.data or "",
            name=form.name.data or "",
            mrcs=form.mrc.data or [],
            categories=form.category.data or [],
            actions=form.action.data or [],
            query=form.q.data or "",
            bbox=form.bbox.data or "",
            view=form.view.data or "",
            controls=bool(form.controls.data),
            height=form.height.data,
            taxonomy=Taxonomy.load(),
        )
        if not form_ok:
            return None
        return operations.save_config(config, slug, name, settings)
    except InvalidSettingsError as error:
        db.session.rollback()
        for field_name, problem in error.problems.items():
            form[field_name].errors = [*form[field_name].errors, _(problem)]
        return None


def _summary(settings: EmbedSettings) -> list[str]:
    """What a configuration shows, in words a staff member reads (names, not codes)."""
    mrcs = {m.slug: m.name for m in all_mrcs()}
    categories = {c.code: label(c) for c in db.session.execute(select(Category)).scalars()}
    actions = {a.code: label(a) for a in db.session.execute(select(Action)).scalars()}
    preset = settings.preset
    words = [mrcs.get(code, code) for code in preset.mrcs]
    words += [categories.get(code, code) for code in preset.categories]
    words += [actions.get(code, code) for code in preset.actions]
    if preset.query:
        words.append(f"« {preset.query} »")
    if preset.bbox:
        words.append(_("zone délimitée"))
    return words


@bp.get("/")
def index() -> str:
    taxonomy = Taxonomy.load()
    rows = []
    for config in operations.all_configs():
        settings = operations.config_settings(config, taxonomy)
        rows.append((config, _summary(settings)))
    return render_template("admin/embeds.html", configs=rows)


@bp.route("/new", methods=["GET", "POST"])
@admin_required
def create() -> Page:
    form = _form()
    config = _save(form, None)
    if config is not None:
        flash(_("Configuration « %(name)s » créée.", name=config.name), "success")
        return redirect(url_for("embed_admin.edit", config_id=config.id))
    status = 422 if form.is_submitted() else 200
    return render_template("admin/embed_edit.html", form=form, config=None), status


@bp.route("/<int:config_id>", methods=["GET", "POST"])
def edit(config_id: int) -> Page:
    config = db.get_or_404(EmbedConfig, config_id)
    form = _form(config)
    if form.is_submitted():
        admin_only()
        saved = _save(form, config)
        if saved is not None:
            flash(_("Configuration enregistrée : les sites partenaires la voient déjà."), "success")
            return redirect(url_for("embed_admin.edit", config_id=config.id))
        status = 422
    else:
        status = 200
    settings = operations.config_settings(config)
    return render_template(
        "admin/embed_edit.html",
        form=form,
        config=config,
        code=operations.embed_code(settings, slug=config.slug),
    ), status


@bp.post("/<int:config_id>/delete")
@admin_required
def delete(config_id: int) -> BaseResponse:
    config = db.get_or_404(EmbedConfig, config_id)
    name = config.name
    operations.delete_config(config)
    flash(_("Configuration « %(name)s » supprimée.", name=name), "success")
    return redirect(url_for("embed_admin.index"))


def admin_only() -> None:
    if not staff().is_admin:
        abort(403, _("Seuls les administrateurs modifient les intégrations des partenaires."))
