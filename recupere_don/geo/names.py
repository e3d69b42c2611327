"""Normalise place names and postal codes the way people type them to one comparable key."""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATIONS = [
    (re.compile(r"\bstes\b"), "saintes"),
    (re.compile(r"\bsts\b"), "saints"),
    (re.compile(r"\bste\b"), "sainte"),
    (re.compile(r"\bst\b"), "saint"),
]
_SEPARATORS = re.compile(r"[\s\-‐‑–—_'’`.,/]+")

# Canadian postal codes never use D, F, I, O, Q, U (nor W, Z in first place).
_POSTAL_CODE = re.compile(
    r"^([ABCEGHJ-NPRSTVXY])(\d)([ABCEGHJ-NPRSTV-Z])(\d)([ABCEGHJ-NPRSTV-Z])(\d)$"
)
_POSTAL_CODE_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z][0-9Oo][A-Za-z])[\s\-]?([0-9Oo][A-Za-z][0-9Oo])(?![A-Za-z0-9])"
)
_DIGIT_POSITIONS = (1, 3, 5)


# Ligatures have no decomposition: 'Sacré-Cœur' must match 'Sacre-Coeur'.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """'Ste-Marie', 'SAINTE MARIE', 'sainte-marie' all give 'sainte marie'."""
    text = strip_accents(name).casefold()
    text = _SEPARATORS.sub(" ", text).strip()
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return text


def slugify(text: str) -> str:
    """URL slug: 'Friperie L'Envol (Lévis)' gives 'friperie-l-envol-levis'."""
    ascii_text = strip_accents(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def normalise_postal_code(text: str) -> str | None:
    """'g6v4j8', 'G6V-4J8', ' g6v 4j8 ', 'GOS 1AO' give 'G6V 4J8' / 'G0S 1A0'; None if not one.

    A letter O typed where a digit belongs is read as a zero: the slip is common and no
    Canadian postal code has an O in those places.
    """
    compact = re.sub(r"[\s\-]+", "", text).upper()
    if len(compact) != 6:
        return None
    chars = [("0" if i in _DIGIT_POSITIONS and ch == "O" else ch) for i, ch in enumerate(compact)]
    compact = "".join(chars)
    if not _POSTAL_CODE.match(compact):
        return None
    return f"{compact[:3]} {compact[3:]}"


def find_postal_code(text: str) -> tuple[str, str] | None:
    """The first postal code written inside free text: (normalised code, text without it)."""
    for match in _POSTAL_CODE_IN_TEXT.finditer(text):
        code = normalise_postal_code(match.group(1) + match.group(2))
        if code is not None:
            rest = (text[: match.start()] + text[match.end() :]).strip(" ,;")
            return code, re.sub(r"\s*,\s*,\s*", ", ", rest)
    return None
