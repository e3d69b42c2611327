"""Staff accounts: sign-in, sign-out, one's own password, and (admins) everyone's accounts."""

from __future__ import annotations

import re

from flask import flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from ... import ratelimits
from ...extensions import db
from ...i18n import _
from .. import accounts
from ..blueprint import admin_required, bp, staff
from ..forms import ChangePasswordForm, LoginForm, NewUserForm, UserForm, VersionForm
from ..models import User

Page = str | BaseResponse | tuple[str, int] | tuple[str, int, dict[str, str]]

# A path inside the admin, in printable ASCII without backslash: browsers read `/\evil.example`
# as `//evil.example` and drop tabs and newlines, and a newline in a Location header is a 500.
_SAFE_NEXT = re.compile(r"/admin(?:[/?#][!-\[\]-~]*)?")


def safe_next(target: str | None) -> str:
    """`target` when it is a path inside this site's admin; else the admin's home page."""
    if target and _SAFE_NEXT.fullmatch(target):
        return target
    return url_for("admin.index")


@bp.route("/login", methods=["GET", "POST"])
@ratelimits.login
def login() -> Page:
    if accounts.current_user() is not None and request.method == "GET":
        return redirect(safe_next(request.args.get("next")))
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    status = 200
    if form.validate_on_submit():
        try:
            user = accounts.authenticate(
                form.email.data, form.password.data, request.remote_addr or ""
            )
        except accounts.TooManyAttemptsError as error:
            # Answered at once: the worker never sleeps on behalf of a guesser.
            form.form_errors.append(str(error))
            page = render_template("admin/login.html", form=form)
            return page, 429, {"Retry-After": str(error.seconds)}
        except accounts.AccountError as error:
            form.form_errors.append(str(error))
            status = 401
        else:
            accounts.log_in(user)
            return redirect(safe_next(form.next.data))
    return render_template("admin/login.html", form=form), status


@bp.post("/logout")
def logout() -> BaseResponse:
    accounts.log_out()
    flash(_("Vous êtes déconnecté."), "info")
    return redirect(url_for("admin.login"))


@bp.route("/password", methods=["GET", "POST"])
def change_password() -> Page:
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(staff(), form.current.data, form.new.data)
        except accounts.AccountError as error:
            form.form_errors.append(str(error))
        else:
            accounts.log_in(staff())
            flash(_("Mot de passe changé."), "success")
            return redirect(url_for("admin.index"))
    return render_template("admin/password.html", form=form)


@bp.route("/users", methods=["GET", "POST"])
@admin_required
def users() -> Page:
    form = NewUserForm()
    status = 200
    if form.validate_on_submit():
        try:
            user = accounts.create_user(form.email.data, form.password.data, form.role.data)
        except accounts.AccountError as error:
            form.form_errors.append(str(error))
            status = 422
        else:
            flash(_("Compte créé pour %(email)s.", email=user.email), "success")
            return redirect(url_for("admin.users"))
    return render_template(
        "admin/users.html", users=accounts.all_users(), form=form, csrf_form=VersionForm()
    ), status


@bp.post("/users/<int:user_id>")
@admin_required
def user_update(user_id: int) -> BaseResponse:
    user = db.get_or_404(User, user_id)
    form = UserForm()
    if form.validate_on_submit():
        if user.id == staff().id and (form.role.data != "admin" or not form.active.data):
            flash(_("Vous ne pouvez pas retirer vos propres droits d'administrateur."), "error")
        else:
            accounts.set_role(user, form.role.data, bool(form.active.data))
            flash(_("Compte de %(email)s mis à jour.", email=user.email), "success")
    return redirect(url_for("admin.users"))
