"""Admin-only: CSV import in the browser (preview, then confirm), through the CLI's function."""

from __future__ import annotations

from typing import Any

from flask import g, render_template, request, session
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response as BaseResponse

from ... import knownorgs, ratelimits
from ...i18n import _
from ...imports import ImportFileError, RowStatus
from .. import import_uploads
from ..accounts import current_user
from ..blueprint import admin_required, bp, staff
from ..forms import ConfirmImportForm, ImportForm, KnownOrganisationsForm

Page = str | BaseResponse | tuple[str, int]
_SESSION_KEY = "admin_import"


def _warning_labels() -> dict[str, str]:
    return {
        "created": _("à créer"),
        "updated": _("à mettre à jour"),
        "unchanged": _("inchangé"),
        "refused": _("refusé"),
    }


def _too_large_message() -> str:
    return _(
        "Fichier trop gros (5 Mo et 5 000 lieux au plus) : coupez-le en plusieurs fichiers, "
        "chacun avec la ligne d'en-têtes, et importez-les l'un après l'autre."
    )


@bp.url_value_preprocessor
def bound_import_upload(endpoint: str | None, values: dict[str, Any] | None) -> None:
    # Runs before every before_request hook, and those (CSRF, NUL check) read the form: a larger
    # body is then refused from its Content-Length, never read nor spooled to disk.
    if endpoint == "admin.import_places":
        request.max_content_length = import_uploads.MAX_REQUEST_BYTES


@bp.context_processor
def known_organisations_form() -> dict[str, Any]:
    # The import page offers both files; only this view fills the second form.
    return {"known_organisations_form": KnownOrganisationsForm}


@bp.errorhandler(RequestEntityTooLarge)
def upload_too_large(error: RequestEntityTooLarge) -> tuple[str, int]:
    user = current_user()
    if request.endpoint != "admin.import_places" or user is None or not user.is_admin:
        return render_template("error.html", error=error), 413
    g.user = user  # the gate's hook did not run: the body was refused before it
    form = ImportForm(formdata=None)
    form.form_errors.append(_too_large_message())
    return render_template("admin/import.html", form=form, report=None), 413


@bp.route("/import", methods=["GET", "POST"])
@ratelimits.import_file
@admin_required
def import_places() -> Page:
    form = ImportForm()
    if not form.validate_on_submit():
        status = 422 if request.method == "POST" else 200
        return render_template("admin/import.html", form=form, report=None), status
    upload = form.file.data
    raw = upload.read(import_uploads.MAX_UPLOAD_BYTES + 1)
    if len(raw) > import_uploads.MAX_UPLOAD_BYTES:
        form.form_errors.append(_too_large_message())
        return render_template("admin/import.html", form=form, report=None), 413
    options = import_uploads.ImportOptions(
        as_draft=bool(form.as_draft.data),
        allow_outside=bool(form.allow_outside.data),
        filename=import_uploads.clean_filename(upload.filename),
    )
    try:
        report = import_uploads.preview(raw, options)
    except ImportFileError as error:
        form.form_errors.append(str(error))
        return render_template("admin/import.html", form=form, report=None), 422
    old = session.pop(_SESSION_KEY, None)
    if old:
        import_uploads.forget_upload(old["token"])
    token = import_uploads.keep_upload(raw)
    # The token is tied to this session: another account cannot confirm someone's upload.
    session[_SESSION_KEY] = {"token": token, **options.as_dict()}
    confirm_form = ConfirmImportForm(token=token)
    return render_template(
        "admin/import.html",
        form=ImportForm(formdata=None),
        report=report,
        confirm_form=confirm_form,
        statuses=_warning_labels(),
        writable=any(r.status != RowStatus.REFUSED for r in report.rows),
    )


@bp.post("/import/confirm")
@ratelimits.import_file
@admin_required
def import_confirm() -> Page:
    form = ConfirmImportForm()
    pending = session.get(_SESSION_KEY)
    if not form.validate_on_submit() or not pending or pending["token"] != form.token.data:
        form = ImportForm(formdata=None)
        form.form_errors.append(
            _("Cette vérification a expiré : choisissez le fichier de nouveau.")
        )
        return render_template("admin/import.html", form=form, report=None), 409
    options = import_uploads.ImportOptions(
        as_draft=pending["as_draft"],
        allow_outside=pending["allow_outside"],
        filename=pending["filename"],
    )
    try:
        raw = import_uploads.load_upload(pending["token"])
        report = import_uploads.confirm(raw, options, staff())
    except (FileNotFoundError, ImportFileError) as error:
        form = ImportForm(formdata=None)
        form.form_errors.append(
            str(error)
            if isinstance(error, ImportFileError)
            else _("Le fichier n'est plus disponible : choisissez-le de nouveau.")
        )
        return render_template("admin/import.html", form=form, report=None), 409
    finally:
        session.pop(_SESSION_KEY, None)
    import_uploads.forget_upload(pending["token"])
    return render_template(
        "admin/import.html",
        form=ImportForm(formdata=None),
        report=report,
        confirm_form=None,
        statuses=_warning_labels(),
        writable=False,
        done=True,
    )


@bp.post("/import/known")
@ratelimits.import_file
@admin_required
def import_known() -> Page:
    """Organisations known from public sources, as drafts for the review queue (seed-known)."""
    known_form = KnownOrganisationsForm()
    summary: list[str] = []
    status = 422
    if known_form.validate_on_submit():
        upload = known_form.known_file.data
        raw = upload.read(import_uploads.MAX_UPLOAD_BYTES + 1)
        if len(raw) > import_uploads.MAX_UPLOAD_BYTES:
            known_form.known_file.errors = [_too_large_message()]
        else:
            try:
                report = knownorgs.seed_known(raw, import_uploads.clean_filename(upload.filename))
            except knownorgs.KnownFileError as error:
                known_form.known_file.errors = [str(error)]
            else:
                summary, status = report.summary_lines(), 200
    return render_template(
        "admin/import.html",
        form=ImportForm(formdata=None),
        known_form=known_form,
        known_summary=summary,
        report=None,
    ), status
