"""One normaliser per value a place holds (phone, website, e-mail, postal code, opening hours,
refused items).

Each function takes what a person typed and returns the one stored form ("" for nothing), or
raises InvalidValueError with a French message saying what to write instead. Callers decide
what a problem is: the editor shows it under the field, the import keeps the row with a warning.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import hours_text
from .geo.names import normalise_postal_code
from .i18n import _

if TYPE_CHECKING:
    from .catalogue import Catalogue


class InvalidValueError(ValueError):
    """The value cannot be stored; `str(error)` says why, in French."""


# --- phone -------------------------------------------------------------------------------------

# Several numbers in one cell: '418 603-2546 / 418 603-2547', '… ou …'.
_PHONE_SPLIT = re.compile(r"\s*(?:/|;|\bou\b|\bor\b)\s*", re.IGNORECASE)
_PHONE_EXTENSION = re.compile(
    r"\s*,?\s*(?:poste|post\.?|p\.|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE
)
_PHONE_CHARACTERS = re.compile(r"[^\d\s().+\-]")


def phone(raw: str) -> str:
    """'4186032546', '(418) 603-2546', '+1 418.603.2546 poste 12' → '418 603-2546, poste 12'.

    Several numbers are kept, joined by ' / '.
    """
    numbers = []
    for part in _PHONE_SPLIT.split(raw.strip()):
        if part:
            numbers.append(_one_phone(part))
    return " / ".join(numbers)


def _one_phone(text: str) -> str:
    extension = ""
    match = _PHONE_EXTENSION.search(text)
    if match is not None:
        extension = f", poste {match.group(1)}"
        text = text[: match.start()]
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if _PHONE_CHARACTERS.search(text.replace(".", " ")) or len(digits) != 10:
        raise InvalidValueError(
            _("Numéro de téléphone invalide : écrivez 10 chiffres, par exemple 418 603-2546.")
        )
    return f"{digits[:3]} {digits[3:6]}-{digits[6:]}{extension}"


# --- website -----------------------------------------------------------------------------------

_HOST = re.compile(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?$")


def website(raw: str) -> str:
    """An http(s) address; 'exemple.org' becomes 'https://exemple.org'; anything else refused."""
    text = raw.strip()
    if not text:
        return ""
    if "://" not in text and ":" not in text.split("/")[0].rstrip("0123456789"):
        text = "https://" + text.lstrip("/")
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


# --- e-mail ------------------------------------------------------------------------------------

# A plain address and nothing more: no `?subject=`, `&cc=`, spaces or line breaks, which a
# mailto: link would turn into headers of the visitor's message.
_EMAIL = re.compile(r"[\w.+-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")


def email(raw: str) -> str:
    """'nom@exemple.org' (a pasted 'mailto:' is dropped); parameters and spaces refused."""
    text = re.sub(r"^mailto:", "", raw.strip(), flags=re.IGNORECASE)
    if not text:
        return ""
    if not _EMAIL.fullmatch(text):
        raise InvalidValueError(_("Adresse courriel invalide : écrivez-la comme nom@exemple.org."))
    return text


# --- postal code -------------------------------------------------------------------------------


def postal_code(raw: str) -> str:
    """'g0r1a0', 'G0R-1A0', 'G0R 1AO' → 'G0R 1A0'; letters no Canadian code uses are refused.

    The same rule as the geocoder's (geo.names), so what the editor stores the geocoder reads.
    """
    if not raw.strip():
        return ""
    code = normalise_postal_code(raw)
    if code is None:
        raise InvalidValueError(
            _("Code postal invalide : écrivez-le comme A1A 1A1 (par exemple G6V 4J8).")
        )
    return code


# --- opening hours -----------------------------------------------------------------------------


def opening_hours(raw: str) -> str:
    """Hours in OpenStreetMap syntax, checked by the parser the citizen "open now" uses.

    Text already in that syntax is kept; wording people use (`lun-ven 9h-17h`) is read by
    hours_text; what cannot be read is refused with French problems naming the part.
    """
    text = " ".join(raw.split())
    if not text:
        return ""
    reading = hours_text.read_hours(text)
    if reading.osm and not reading.problems:
        return reading.osm
    raise InvalidValueError(
        " ".join(reading.problems) or _("Je n'ai pas compris « %(part)s ».", part=text)
    )


# --- refused items -----------------------------------------------------------------------------

_ITEM_SPLIT = re.compile(r"[;,|\n]")


class UnknownItemsError(InvalidValueError):
    """Words the catalogue does not know; `known` holds the item codes of the other words."""

    def __init__(self, unknown: list[str], known: list[str]) -> None:
        self.unknown = unknown
        self.known = known
        super().__init__(
            _(
                "Objet(s) inconnu(s) : %(words)s. Choisissez un objet proposé dans la liste "
                "(par exemple « Matelas » ou « Sommier »), séparés par des points-virgules.",
                words=", ".join(f"« {word} »" for word in unknown),
            )
        )


def refused_items(raw: str, catalogue: Catalogue) -> list[str]:
    """'Matelas; box spring' → ['matelas', 'sommier']: item codes, sorted, once each.

    A word may be an item's code, label or one of its terms, in French or English. Unknown
    words raise UnknownItemsError, which carries the codes of the known ones.
    """
    known: set[str] = set()
    unknown: list[str] = []
    for word in (part.strip() for part in _ITEM_SPLIT.split(raw)):
        if not word:
            continue
        item = catalogue.find(word)
        if item is None:
            unknown.append(word)
        else:
            known.add(item.code)
    if unknown:
        raise UnknownItemsError(unknown, sorted(known))
    return sorted(known)
