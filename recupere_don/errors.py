"""Error pages: JSON for the API, a plain bilingual page for people, never a stack trace."""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from .extensions import db


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
    body = (
        '<!doctype html><html lang="fr"><meta charset="utf-8">'
        f"<title>{code} — Récupère-DON!</title><h1>{code}</h1><p>{text}</p>"
        '<p><a href="/">Retour à la carte</a></p></html>'
    )
    return Response(body, status=code, mimetype="text/html")


def init_app(app: Flask) -> None:
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
