"""The /admin pages by subject; each module adds its routes to the admin blueprints."""

from __future__ import annotations

from . import (
    accounts,
    coverage,
    embeds,
    hours,
    moderation,
    places,
    report,
    review,
    settings,
    upload,
)

__all__ = [
    "accounts",
    "coverage",
    "embeds",
    "hours",
    "moderation",
    "places",
    "report",
    "review",
    "settings",
    "upload",
]
