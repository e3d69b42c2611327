"""Donation pauses: a place that takes no gifts (of some categories) until an end date.

A pause is stored on the place as {"until": "2027-01-15", "categories": [...], "reason": "..."}
(no categories: every category). It holds through its end date and lifts by itself the day
after: nothing has to run at midnight, every reader asks `active_pause(pause, today)`.
While it holds, the place answers neither "donner" nor "ramassage" for the paused categories;
buying and repairs are untouched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .i18n import _

# What a paused category no longer answers: the two ways of giving.
GIVING_ACTIONS = ("donner", "ramassage")
REASON_MAX = 200


def make_pause(until: date, categories: Sequence[str], reason: str) -> dict[str, Any]:
    """The stored shape of a pause (the history's and the place's)."""
    return {
        "until": until.isoformat(),
        "categories": sorted(set(categories)),
        "reason": " ".join(reason.split())[:REASON_MAX],
    }


def pause_end(pause: Mapping[str, Any] | None) -> date | None:
    if not pause or not pause.get("until"):
        return None
    try:
        return date.fromisoformat(str(pause["until"]))
    except ValueError:
        return None


def active_pause(pause: Mapping[str, Any] | None, today: date) -> Mapping[str, Any] | None:
    """The pause when it still holds on `today` (its end date included), else None."""
    end = pause_end(pause)
    return pause if end is not None and today <= end else None


def giving_actions(
    actions: Mapping[str, Sequence[str]], pause: Mapping[str, Any] | None, today: date
) -> dict[str, tuple[str, ...]]:
    """What the place takes per action on `today`, the paused categories taken out of giving."""
    held = active_pause(pause, today)
    if held is None:
        return {action: tuple(codes) for action, codes in actions.items()}
    paused = set(held.get("categories") or ())
    result: dict[str, tuple[str, ...]] = {}
    for action, codes in actions.items():
        kept = tuple(codes)
        if action in GIVING_ACTIONS:
            kept = tuple(c for c in codes if paused and c not in paused)
        if kept:
            result[action] = kept
    return result


def status(pause: Mapping[str, Any] | None, today: date) -> dict[str, Any]:
    """The API's `donation_status`: {"state": "accepting"} or the pause that holds."""
    held = active_pause(pause, today)
    if held is None:
        return {"state": "accepting"}
    return {
        "state": "paused",
        "until": held["until"],
        "categories": list(held.get("categories") or []),
        "reason": held.get("reason") or None,
    }


def describe(
    pause: Mapping[str, Any] | None, today: date, category_labels: Mapping[str, str]
) -> str:
    """The sentence a citizen reads: « Dons en pause jusqu'au 2027-01-15 (Meubles) : … »."""
    held = active_pause(pause, today)
    if held is None:
        return _("Dons acceptés")
    names = [category_labels.get(c, c) for c in held.get("categories") or []]
    text = (
        _(
            "Dons en pause jusqu'au %(date)s pour : %(categories)s",
            date=held["until"],
            categories=", ".join(names),
        )
        if names
        else _("Dons en pause jusqu'au %(date)s", date=held["until"])
    )
    reason = held.get("reason")
    return f"{text} : {reason}" if reason else text
