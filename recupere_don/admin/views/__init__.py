"""The /admin pages by subject; each module adds its routes to the admin blueprints."""

from __future__ import annotations

from . import accounts, embeds, hours, moderation, places, review, settings, upload

__all__ = ["accounts", "embeds", "hours", "moderation", "places", "review", "settings", "upload"]
