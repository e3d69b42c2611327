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
    """Hours as staff write them (`lun-ven 9h-17h`, `Mo-Fr 09:00-17:00`), stored in OSM syntax.

    Text that is not OSM goes through hours_text.read_hours (via normalise); what it cannot
    read is refused with its French message naming the part, never the parser's output.
    """
    return normalise.opening_hours(raw)


def hours_problem(text: str) -> str | None:
    """Why stored hours need attention (missing or unreadable), or None when they are fine."""
    if not text.strip():
        return _("Heures d'ouverture manquantes")
    if hours.validation_error(text.strip()) is None:
        return None
    try:
        opening_hours(text)
    except InvalidValueError as error:
        return str(error)
    # Readable, but stored as typed: the map only evaluates the OSM form saved by the editor.
    return _("Heures d'ouverture à enregistrer de nouveau pour que la carte puisse les lire")
