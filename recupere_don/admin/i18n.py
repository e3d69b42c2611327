"""Typed gettext helpers for the admin: French msgids, English from the catalogue when asked."""

from __future__ import annotations

from typing import Any

from flask import has_request_context
from flask_babel import gettext, lazy_gettext


def _(text: str, **variables: Any) -> str:
    if not has_request_context():
        # The CLI speaks French: there is no request to choose a language from.
        return text % variables if variables else text
    return str(gettext(text, **variables))


def _l(text: str, **variables: Any) -> Any:
    """Lazy: for form labels and messages defined at import time."""
    return lazy_gettext(text, **variables)
