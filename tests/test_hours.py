"""Opening hours evaluated in Québec time: open now, the words for it, and invalid input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from recupere_don.hours import (
    QUEBEC,
    describe,
    is_open_at,
    status_at,
    validation_error,
    week_schedule,
)

HOURS = "Tu-Fr 09:00-17:00; Th 09:00-20:00; Sa 10:00-16:00"
THURSDAY_3PM = datetime(2026, 11, 26, 15, 0, tzinfo=QUEBEC)


def test_open_now_is_evaluated_in_quebec_time_not_utc() -> None:
    # 21:30 UTC is 16:30 in Québec on a Friday: open. 22:30 UTC is 17:30: closed.
    assert is_open_at(HOURS, datetime(2026, 11, 27, 21, 30, tzinfo=UTC))
    assert not is_open_at(HOURS, datetime(2026, 11, 27, 22, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    ("moment", "lang", "expected"),
    [
        (THURSDAY_3PM, "fr", "Ouvert · ferme à 20 h"),
        (THURSDAY_3PM, "en", "Open · closes at 8 pm"),
        (datetime(2026, 11, 26, 21, 0, tzinfo=QUEBEC), "fr", "Fermé · ouvre demain à 9 h"),
        (datetime(2026, 11, 28, 17, 0, tzinfo=QUEBEC), "fr", "Fermé · ouvre mardi à 9 h"),
        (datetime(2026, 11, 28, 17, 0, tzinfo=QUEBEC), "en", "Closed · opens Tuesday at 9 am"),
        (datetime(2026, 11, 24, 8, 0, tzinfo=QUEBEC), "fr", "Fermé · ouvre à 9 h"),
    ],
)
def test_status_in_words(moment: datetime, lang: str, expected: str) -> None:
    assert describe(status_at(HOURS, moment), moment, lang) == expected


def test_seasonal_hours_name_the_reopening_date() -> None:
    december = datetime(2026, 12, 5, 10, 0, tzinfo=QUEBEC)
    text = describe(status_at("Apr-Nov: Tu-Sa 08:00-16:00", december), december)
    assert text == "Fermé · ouvre le 1 avril à 8 h"


def test_missing_hours_are_unknown_not_closed() -> None:
    assert status_at("", THURSDAY_3PM) is None
    assert describe(None, THURSDAY_3PM) == "Heures non précisées"
    assert not is_open_at("", THURSDAY_3PM)


def test_invalid_hours_give_the_parser_message() -> None:
    message = validation_error("Lu-Ve 9h-17h")
    assert message is not None
    assert "parse" in message.lower()
    assert validation_error("Mo-Fr 09:00-17:00") is None
    assert validation_error("") is None


def test_week_schedule_lists_seven_days_from_today() -> None:
    week = week_schedule(HOURS, THURSDAY_3PM)
    assert [d.weekday for d in week] == [
        "jeudi", "vendredi", "samedi", "dimanche", "lundi", "mardi", "mercredi",
    ]  # fmt: skip
    assert week[0].ranges == ["9 h – 20 h"]
    assert week[3].ranges == []
    assert week_schedule("Mo-Fr 08:30-12:00,13:00-16:30", THURSDAY_3PM, "en")[0].ranges == [
        "8:30 am – 12 pm",
        "1 pm – 4:30 pm",
    ]
