"""What a citizen wants to do on the map page: give, buy or repair, and the API actions of each.

The page keeps one mode in its URL (`?action=acheter`); giving, the default, needs no parameter
and asks the API for drop-off and home pickup together. Partner embeds keep every action.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import _


@dataclass(frozen=True)
class Mode:
    value: str  # what the page's URL carries in `action` ("" for the default)
    actions: tuple[str, ...]  # what the API is asked for


GIVE = Mode("", ("donner", "ramassage"))
BUY = Mode("acheter", ("acheter",))
REPAIR = Mode("reparer", ("reparer",))
MODES = (GIVE, BUY, REPAIR)


def mode_of(actions: Sequence[str]) -> Mode:
    """The mode a URL's actions mean; links from the old checkboxes fall back to giving."""
    return next((m for m in (BUY, REPAIR) if tuple(actions) == m.actions), GIVE)


def mode_texts() -> dict[str, dict[str, str]]:
    """Per mode: the switch's label, the page heading and the search box's label."""
    return {
        GIVE.value: {
            "switch": _("Donner"),
            "heading": _("Où donner vos objets ?"),
            "search": _("Quel objet voulez-vous donner ?"),
        },
        BUY.value: {
            "switch": _("Acheter d'occasion"),
            "heading": _("Où acheter d'occasion ?"),
            "search": _("Quel objet cherchez-vous d'occasion ?"),
        },
        REPAIR.value: {
            "switch": _("Faire réparer"),
            "heading": _("Où faire réparer vos objets ?"),
            "search": _("Quel objet voulez-vous faire réparer ?"),
        },
    }
