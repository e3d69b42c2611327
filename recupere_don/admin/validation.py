"""The editor's field checks: the normalisers of recupere_don.normalise, under their old names.

Each function returns the normalised value or raises InvalidValueError with a French message.
"""

from __future__ import annotations

from .. import hours, normalise
from ..i18n import _
from ..normalise import InvalidValueError

__all__ = [
    "InvalidValueError",
    "email",
    "hours_problem",
    "opening_hours",
    "phone",
    "postal_code",
    "website",
]

postal_code = normalise.postal_code
phone = normalise.phone
website = normalise.website
email = normalise.email


def opening_hours(raw: str) -> str:
    """Hours in OpenStreetMap syntax, checked by the real parser; its message is shown as is."""
    text = " ".join(raw.split())
    if not text:
        return ""
    # The same parser as the citizen "open now", so what passes here is what the map reads.
    message = hours.validation_error(text)
    if message is not None:
        raise InvalidValueError(
            _(
                "Heures d'ouverture invalides (syntaxe OpenStreetMap, par exemple "
                "« Mo-Fr 09:00-17:00; Sa 10:00-16:00 ») : %(message)s",
                message=message,
            )
        )
    return text


def hours_problem(text: str) -> str | None:
    """Why stored hours need attention (missing or unreadable), or None when they are fine."""
    if not text.strip():
        return _("Heures d'ouverture manquantes")
    try:
        opening_hours(text)
    except InvalidValueError as error:
        return str(error)
    return None
