"""Normalise place names the way people type them (St-, no accents, odd hyphens) to one key."""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATIONS = [
    (re.compile(r"\bste\b"), "sainte"),
    (re.compile(r"\bst\b"), "saint"),
]
_SEPARATORS = re.compile(r"[\s\-‐‑–—_'’`.,/]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
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
