"""The /admin blueprint and its gate: nobody but signed-in staff gets past it."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Blueprint, Response, abort, g, jsonify, redirect, request, url_for

from ..i18n import _
from .accounts import current_user
from .models import User

bp = Blueprint("admin", __name__, url_prefix="/admin")

# The only admin endpoints an anonymous visitor may reach.
PUBLIC_ENDPOINTS = frozenset({"admin.login"})

F = TypeVar("F", bound=Callable[..., Any])


def is_api_request() -> bool:
    return request.path.startswith("/admin/api/")


@bp.before_request
def require_staff() -> Response | None:
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    user = current_user()
    if user is None:
        if is_api_request():
            response = jsonify(
                error="unauthorized", message=_("Connectez-vous pour utiliser l'administration.")
            )
            response.status_code = 401
            return response
        target = request.full_path if request.method == "GET" else url_for("admin.index")
        return cast(Response, redirect(url_for("admin.login", next=target.rstrip("?"))))
    g.user = user
    return None


@bp.after_request
def no_store(response: Response) -> Response:
    # Staff pages hold unpublished data: never kept by a shared cache or the back button.
    response.headers["Cache-Control"] = "no-store"
    return response


def staff() -> User:
    user: User = g.user
    return user


def admin_required(view: F) -> F:
    """Refuse editors: users, taxonomy, imports and boundaries are for admins only."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not staff().is_admin:
            abort(403, _("Cette page est réservée aux administrateurs."))
        return view(*args, **kwargs)

    return cast(F, wrapper)
