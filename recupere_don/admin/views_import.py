"""Admin-only: CSV import in the browser (preview, then confirm), through the CLI's function."""

from __future__ import annotations

from flask import render_template, request, session
from werkzeug.wrappers import Response as BaseResponse

from ..i18n import _
from ..imports import ImportFileError, RowStatus
from . import importing
from .blueprint import admin_required, bp, staff
from .forms import ConfirmImportForm, ImportForm

Page = str | BaseResponse | tuple[str, int]
_SESSION_KEY = "admin_import"


def _warning_labels() -> dict[str, str]:
    return {
        "created": _("à créer"),
        "updated": _("à mettre à jour"),
        "unchanged": _("inchangé"),
        "refused": _("refusé"),
    }


@bp.route("/import", methods=["GET", "POST"])
@admin_required
def import_places() -> Page:
    form = ImportForm()
    if not form.validate_on_submit():
        status = 422 if request.method == "POST" else 200
        return render_template("admin/import.html", form=form, report=None), status
    upload = form.file.data
    raw = upload.read(importing.MAX_UPLOAD_BYTES + 1)
    if len(raw) > importing.MAX_UPLOAD_BYTES:
        form.file.errors.append(_("Fichier trop gros (5 Mo au plus) : coupez-le en plusieurs."))
        return render_template("admin/import.html", form=form, report=None), 413
    options = importing.ImportOptions(
        as_draft=bool(form.as_draft.data),
        allow_outside=bool(form.allow_outside.data),
        filename=(upload.filename or "import.csv")[:120],
    )
    try:
        report = importing.preview(raw, options)
    except ImportFileError as error:
        form.form_errors.append(str(error))
        return render_template("admin/import.html", form=form, report=None), 422
    old = session.pop(_SESSION_KEY, None)
    if old:
        importing.forget_upload(old["token"])
    token = importing.keep_upload(raw)
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
    options = importing.ImportOptions(
        as_draft=pending["as_draft"],
        allow_outside=pending["allow_outside"],
        filename=pending["filename"],
    )
    try:
        raw = importing.load_upload(pending["token"])
        report = importing.confirm(raw, options, staff())
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
    importing.forget_upload(pending["token"])
    return render_template(
        "admin/import.html",
        form=ImportForm(formdata=None),
        report=report,
        confirm_form=None,
        statuses=_warning_labels(),
        writable=False,
        done=True,
    )
