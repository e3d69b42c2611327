"""Typed gettext helpers for the admin: French msgids, English from the catalogue when asked."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext, lazy_gettext


def _(text: str, **variables: Any) -> str:
    return str(gettext(text, **variables))


def _l(text: str, **variables: Any) -> Any:
    """Lazy: for form labels and messages defined at import time."""
    return lazy_gettext(text, **variables)
