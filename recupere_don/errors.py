"""Error pages: JSON for the API, a plain bilingual page for people, never a stack trace."""

from __future__ import annotations

from flask import Flask, Response, current_app, jsonify, render_template, request
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import HTTPException, InternalServerError

from .extensions import db
from .i18n import _

# The database does not answer (down, unreachable, refusing connections, its file gone or
# read-only, every pooled connection busy): the visitor can only wait, so 503, not 500.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError, PoolTimeoutError)


def _wants_json() -> bool:
    if request.path.startswith("/api/"):
        return True
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return (
        best == "application/json"
        and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]
    )


def _bare_page(code: int) -> Response:
    text = (
        "Une erreur est survenue. Réessayez dans quelques minutes."
        if code >= 500
        else "Requête refusée."
    )
    if code == 503:
        text = "Le service est momentanément indisponible. Réessayez dans quelques instants."
    body = (
        '<!doctype html><html lang="fr"><meta charset="utf-8">'
        f"<title>{code} — Récupère-DON!</title><h1>{code}</h1><p>{text}</p>"
        '<p><a href="/">Retour à la carte</a></p></html>'
    )
    return Response(body, status=code, mimetype="text/html")


def _forget_failed_work() -> None:
    """Roll back what the request did; on a dead connection that can fail too, harmlessly."""
    try:
        db.session.rollback()
    except Exception:
        current_app.logger.warning("Rollback failed after a database error", exc_info=True)


def database_unavailable(error: Exception) -> Response:
    """503 with Retry-After: a page that needs no database, or JSON for the API."""
    _forget_failed_work()
    # One line per request: an outage hits every request, the trace would say nothing new.
    reason = str(getattr(error, "orig", None) or error).strip().splitlines() or [""]
    current_app.logger.warning(
        "Database unavailable on %s %s: %s: %s",
        request.method,
        request.path,
        type(error).__name__,
        reason[0],
    )
    message = _(
        "La carte est momentanément indisponible : notre base de données ne répond pas. "
        "Réessayez dans quelques instants."
    )
    response: Response
    if _wants_json():
        response = jsonify(error="Service Unavailable", message=message)
    else:
        try:
            response = Response(
                render_template("unavailable.html", message=message), mimetype="text/html"
            )
        except Exception:
            current_app.logger.exception("The unavailable page failed to render")
            response = _bare_page(503)
    response.status_code = 503
    response.headers["Retry-After"] = str(current_app.config["UNAVAILABLE_RETRY_AFTER_SECONDS"])
    # An outage page kept by a proxy or the browser would outlive the outage.
    response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    app.config.setdefault("UNAVAILABLE_RETRY_AFTER_SECONDS", 30)
    for error_class in DATABASE_UNAVAILABLE:
        app.register_error_handler(error_class, database_unavailable)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response | str, int]:
        code = error.code or 500
        if _wants_json():
            return jsonify(error=error.name, message=error.description), code
        try:
            return render_template("error.html", error=error), code
        except Exception:
            # The page around the message failed (a broken request it reads, a database down):
            # the visitor still gets the message, in a page that needs nothing.
            db.session.rollback()
            app.logger.exception("Error page failed on %s %s", request.method, request.path)
            return _bare_page(code), code

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> tuple[Response | str, int]:
        db.session.rollback()
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return http_error(InternalServerError())
