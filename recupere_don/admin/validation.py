"""Checks and normalisation of what staff type, with messages a non-developer understands.

Each function returns the normalised value or raises InvalidValueError with a French msgid.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .. import hours
from ..i18n import _

_POSTAL_CODE = re.compile(r"^([A-Z]\d[A-Z])\s*-?\s*(\d[A-Z]\d)$")
_PHONE_EXTENSION = re.compile(r"\s*(?:poste|post|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
# A plain address and nothing more: no `?subject=`, `&cc=`, spaces or line breaks, which a
# mailto: link would turn into headers of the visitor's message.
_EMAIL = re.compile(r"[\w.+-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")
_HOST = re.compile(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?$")


class InvalidValueError(ValueError):
    pass


def postal_code(raw: str) -> str:
    """'g6v4j8', 'G6V-4J8', 'G6V 4J8' all give 'G6V 4J8'; empty stays empty."""
    text = raw.strip().upper()
    if not text:
        return ""
    match = _POSTAL_CODE.match(text)
    if match is None:
        raise InvalidValueError(
            _("Code postal invalide : écrivez-le comme A1A 1A1 (par exemple G6V 4J8).")
        )
    return f"{match.group(1)} {match.group(2)}"


def phone(raw: str) -> str:
    """Ten digits written the Québec way, '418 603-2546', with an optional ' poste 12'."""
    text = raw.strip()
    if not text:
        return ""
    extension = ""
    match = _PHONE_EXTENSION.search(text)
    if match is not None:
        extension = f" poste {match.group(1)}"
        text = text[: match.start()]
    if re.search(r"[^\d\s().+\-]", text):
        raise InvalidValueError(
            _("Numéro de téléphone invalide : écrivez 10 chiffres, par exemple 418 603-2546.")
        )
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise InvalidValueError(
            _("Numéro de téléphone invalide : écrivez 10 chiffres, par exemple 418 603-2546.")
        )
    return f"{digits[:3]} {digits[3:6]}-{digits[6:]}{extension}"


def website(raw: str) -> str:
    """An http(s) address; 'exemple.org' becomes 'https://exemple.org'; anything else refused."""
    text = raw.strip()
    if not text:
        return ""
    if "://" not in text and ":" not in text.split("/")[0].rstrip("0123456789"):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in {"http", "https"}:
        raise InvalidValueError(
            _("Adresse Web refusée : elle doit commencer par https:// ou http://.")
        )
    if not _HOST.match(parts.netloc) or re.search(r"[\s<>\"']", text):
        raise InvalidValueError(
            _("Adresse Web invalide : écrivez-la comme https://exemple.org/page.")
        )
    return text


def email(raw: str) -> str:
    text = raw.strip()
    if not text:
        return ""
    if not _EMAIL.fullmatch(text):
        raise InvalidValueError(_("Adresse courriel invalide : écrivez-la comme nom@exemple.org."))
    return text


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
