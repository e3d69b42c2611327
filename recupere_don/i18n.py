"""Language choice (French first, English on a switch kept in the URL) and label helpers."""

from __future__ import annotations

from typing import Any, Protocol

from flask import Flask, Response, has_request_context, request, url_for
from flask_babel import LazyString, gettext
from werkzeug.routing import BuildError

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
# Pages for citizens follow the browser's language when their URL names none.
CITIZEN_BLUEPRINTS = ("public", "contribute")


class Labelled(Protocol):
    label_fr: str
    label_en: str


def _(text: str, **variables: Any) -> str:
    """gettext with French msgids, typed; the CLI (no request) speaks French."""
    if not has_request_context():
        return text % variables if variables else text
    return str(gettext(text, **variables))


def _l(text: str, **variables: Any) -> Any:
    """Lazy: for form labels and messages defined at import time; French outside a request."""
    return LazyString(_, text, **variables)


def select_locale() -> str:
    lang = request.args.get("lang", "")
    return lang if lang in LANGUAGES else language_without_parameter()


def language_without_parameter(endpoint: str | None = None) -> str:
    """The language a page (this request's, or `endpoint`'s) gets when its URL names none.

    A citizen page follows the browser (French first when it accepts both); the staff pages,
    the API and partner embeds stay French unless asked, so their answers never depend on it.
    """
    blueprint = endpoint.partition(".")[0] if endpoint else request.blueprint
    if blueprint in CITIZEN_BLUEPRINTS:
        return request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def current_language() -> str:
    from flask_babel import get_locale

    locale = get_locale()
    return locale.language if locale is not None else DEFAULT_LANGUAGE


def label(item: Labelled, lang: str | None = None) -> str:
    return item.label_en if (lang or current_language()) == "en" else item.label_fr


def localized(fr: str, en: str, lang: str | None = None) -> str:
    """English text when asked for and present, French otherwise (French is always filled)."""
    return en if (lang or current_language()) == "en" and en else fr


def url_for_lang(endpoint: str, **values: Any) -> str:
    """url_for that keeps the language chosen (`lang`) wherever the target would not choose it."""
    lang = current_language()
    if lang != language_without_parameter(endpoint):
        values.setdefault("lang", lang)
    return url_for(endpoint, **values)


def lang_switch_url(target: str) -> str:
    """The current page in another language, with its filters kept."""
    # url_for reads _method, _external… as its own options: never take those from the visitor.
    args = {k: v for k, v in request.args.items() if not k.startswith("_") and k != "lang"}
    # An English browser asking for French needs `lang=fr`: without it, it gets English again.
    language: dict[str, Any] = {"lang": target} if target != language_without_parameter() else {}
    values: dict[str, Any] = {**(request.view_args or {}), **args, **language}
    try:
        return url_for(request.endpoint or "public.index", **values)
    except BuildError:
        # Error pages (a 405, a path that matched nothing) still offer the other language.
        return url_for("public.index", **language)


def init_app(app: Flask) -> None:
    @app.after_request
    def vary_on_language(response: Response) -> Response:
        if request.blueprint in CITIZEN_BLUEPRINTS:
            # Without `lang`, the browser's language chooses French or English.
            response.vary.add("Accept-Language")
        return response

    @app.context_processor
    def inject_i18n() -> dict[str, Any]:
        return {
            "lang": current_language(),
            "label": label,
            "localized": localized,
            "url_for_lang": url_for_lang,
            "lang_switch_url": lang_switch_url,
        }
