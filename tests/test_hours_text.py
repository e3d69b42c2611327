"""Hours as staff and spreadsheets write them, read into OSM syntax, said back and evaluated."""

from __future__ import annotations

from datetime import datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.hours import QUEBEC, is_open_at, validation_error
from recupere_don.hours_text import describe, next_days, read_hours, weekly
from tests.test_admin_support import create_place, editor_client, get_place

__all__ = ["editor_client"]

# Expected forms written by hand from what each text means, not copied from the output.
READABLE = [
    # French, the Québec way
    ("lun-ven 9h-17h, sam 10h à 16h", "Mo-Fr 09:00-17:00; Sa 10:00-16:00"),
    ("du lundi au vendredi de 9 h à 17 h", "Mo-Fr 09:00-17:00"),
    ("fermé le dimanche", "Su off"),
    ("Lundi au vendredi : 8 h 30 à 16 h 30", "Mo-Fr 08:30-16:30"),
    ("lun. au ven. 9h00 à 17h00", "Mo-Fr 09:00-17:00"),
    ("Lun–Ven 8 h 30 – 16 h 30", "Mo-Fr 08:30-16:30"),
    ("mercr. 13 h 30 à 16 h", "We 13:30-16:00"),
    ("Jeu 9h-21h, sam. 9h-12h, dim fermé", "Th 09:00-21:00; Sa 09:00-12:00; Su off"),
    ("MARDI AU SAMEDI DE 10H À 17H", "Tu-Sa 10:00-17:00"),
    ("mardi au samedi de 10h a 17h", "Tu-Sa 10:00-17:00"),
    ("Lundi: fermé. Mardi au vendredi: 10h-17h. Samedi: 10h-16h.",
     "Tu-Fr 10:00-17:00; Sa 10:00-16:00; Mo off"),
    ("Mardi au samedi de 10h à 17h, fermé dimanche et lundi", "Tu-Sa 10:00-17:00; Mo,Su off"),
    ("Heures d'ouverture : lundi au vendredi 8h30 à 16h30", "Mo-Fr 08:30-16:30"),
    ("9h à 17h du lundi au vendredi, 10h à 16h le samedi", "Mo-Fr 09:00-17:00; Sa 10:00-16:00"),
    ("entre 9h et 17h du lundi au vendredi", "Mo-Fr 09:00-17:00"),
    ("les samedis de 9 h à midi", "Sa 09:00-12:00"),
    ("vendredi 17 heures à minuit", "Fr 17:00-24:00"),
    ("mardi 19h-2h", "Tu 19:00-02:00"),
    ("mer 9:00-16:00", "We 09:00-16:00"),
    ("jeu 13:30 à 20:00", "Th 13:30-20:00"),
    ("dim 10hres à 14hres", "Su 10:00-14:00"),
    # lists of days
    ("lun, mer, ven 9h-17h", "Mo,We,Fr 09:00-17:00"),
    ("lundi, mercredi et vendredi : 9 h à 16 h", "Mo,We,Fr 09:00-16:00"),
    ("9h à 17h lundi, mercredi et vendredi", "Mo,We,Fr 09:00-17:00"),
    ("mardi et jeudi 13h-16h", "Tu,Th 13:00-16:00"),
    ("lun, mar, mer, jeu, ven 8h-16h", "Mo-Fr 08:00-16:00"),
    ("sam-dim 10h-16h", "Sa,Su 10:00-16:00"),
    # every day, all the time, weekdays and weekends
    ("tous les jours 10h-18h", "Mo-Su 10:00-18:00"),
    ("7 jours sur 7 de 8 h à 20 h", "Mo-Su 08:00-20:00"),
    ("Ouvert 7j/7, 9h-21h", "Mo-Su 09:00-21:00"),
    ("24/7", "24/7"),
    ("ouvert 24h/24, 7 jours sur 7", "24/7"),
    ("24 heures sur 24, 7 jours sur 7", "24/7"),
    ("lun-ven 24h/24", "Mo-Fr 00:00-24:00"),
    ("en semaine 9h-17h, fin de semaine 10h-16h", "Mo-Fr 09:00-17:00; Sa,Su 10:00-16:00"),
    ("tous les jours 9h-17h sauf le dimanche", "Mo-Su 09:00-17:00; Su off"),
    # lunch breaks
    ("lun-ven 9h-12h et 13h-16h30", "Mo-Fr 09:00-12:00,13:00-16:30"),
    ("lun au ven 9h à 12h / 13h à 16h", "Mo-Fr 09:00-12:00,13:00-16:00"),
    ("lun au ven de 9h à 12h et de 13h à 16h", "Mo-Fr 09:00-12:00,13:00-16:00"),
    ("lundi au vendredi 9 h à 17 h (fermé de 12 h à 13 h)", "Mo-Fr 09:00-12:00,13:00-17:00"),
    ("mar-sam 9h-midi, 13h-17h", "Tu-Sa 09:00-12:00,13:00-17:00"),
    # a later closing on some days
    ("lun-ven 9h-17h, jeudi jusqu'à 21h", "Mo-Fr 09:00-17:00; Th 09:00-21:00"),
    ("lun-ven 9h-17h, jeudi et vendredi jusqu'à 21 h", "Mo-Fr 09:00-17:00; Th,Fr 09:00-21:00"),
    ("lun-ven 9h-12h et 13h-16h30, jeudi jusqu’à 20h",
     "Mo-Fr 09:00-12:00,13:00-16:30; Th 09:00-12:00,13:00-20:00"),
    ("lun-ven 9h-17h, jusqu'à 21h le jeudi", "Mo-Fr 09:00-17:00; Th 09:00-21:00"),
    ("lun-ven 9h-17h; jeudi soir 18h-21h", "Mo-Fr 09:00-17:00, Th 18:00-21:00"),
    # seasons
    ("d'avril à novembre : lun-sam 8h-16h", "Apr-Nov: Mo-Sa 08:00-16:00"),
    ("De mai à octobre, du lundi au vendredi, de 8 h à 16 h", "May-Oct: Mo-Fr 08:00-16:00"),
    ("lun-ven 9h-17h de mai à octobre", "May-Oct: Mo-Fr 09:00-17:00"),
    ("du 15 avril au 15 novembre : lun-ven 8h-16h", "Apr 15-Nov 15: Mo-Fr 08:00-16:00"),
    ("Avril à octobre: mer-dim 10h-17h; novembre à mars: sam-dim 10h-16h",
     "Apr-Oct: We-Su 10:00-17:00; Nov-Mar: Sa,Su 10:00-16:00"),
    ("lun-ven 9h-17h, fermé de décembre à mars", "Mo-Fr 09:00-17:00; Dec-Mar off"),
    ("juin à août: tous les jours 9h-20h", "Jun-Aug: Mo-Su 09:00-20:00"),
    # holidays
    ("lun-ven 9h-17h, fermé les jours fériés", "Mo-Fr 09:00-17:00; PH off"),
    ("lun-sam 9h-17h sauf les jours fériés", "Mo-Sa 09:00-17:00; PH off"),
    ("fermé les jours fériés", "PH off"),
    ("Mon-Fri 8am-4pm, closed on statutory holidays", "Mo-Fr 08:00-16:00; PH off"),
    # English
    ("Mon-Fri 9am-5pm", "Mo-Fr 09:00-17:00"),
    ("Monday to Friday, 9 a.m. to 5 p.m.", "Mo-Fr 09:00-17:00"),
    ("Mon-Fri 9-5pm, Sat 10-2pm", "Mo-Fr 09:00-17:00; Sa 10:00-14:00"),
    ("Mon-Fri 9:00-5:00", "Mo-Fr 09:00-17:00"),
    ("Mon to Fri 9:30am to 4:30pm; closed Sat & Sun", "Mo-Fr 09:30-16:30; Sa,Su off"),
    ("Open daily 7am-11pm", "Mo-Su 07:00-23:00"),
    ("Tues, Thurs 1-4 pm", "Tu,Th 13:00-16:00"),
    ("weekdays 8am-6pm, weekends 9am-noon", "Mo-Fr 08:00-18:00; Sa,Su 09:00-12:00"),
    ("Saturday 10am to midnight", "Sa 10:00-24:00"),
    # already OpenStreetMap: kept as written
    ("Mo-Fr 09:00-17:00; Sa 10:00-16:00", "Mo-Fr 09:00-17:00; Sa 10:00-16:00"),
    ("Tu-Sa 10:00-17:00; PH off", "Tu-Sa 10:00-17:00; PH off"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READABLE)
def test_hours_as_people_write_them_become_osm(text: str, expected: str) -> None:
    reading = read_hours(text)
    assert reading.problems == []
    assert reading.osm == expected
    assert validation_error(expected) is None  # the hand-written answer is itself valid OSM


UNREADABLE = [
    ("sur rendez-vous", "« sur rendez-vous »"),
    ("Sur appel seulement", "« Sur appel seulement »"),
    ("samedi sur rendez-vous", "« samedi sur rendez-vous »"),
    ("jeudi jusqu'à 21h", "« jeudi jusqu'à 21h » : il manque l'heure d'ouverture"),
    ("dès 9h le samedi", "il manque l'heure de fermeture"),
    ("lundi au vendredi", "« lundi au vendredi » : il manque les heures"),
    ("25h à 26h", "« 25h à 26h »"),
    ("Fermé temporairement", "« Fermé temporairement »"),
    ("l'été seulement", "« l'été seulement »"),
]


@pytest.mark.parametrize(("text", "named"), UNREADABLE)
def test_what_cannot_be_read_is_named_in_french_not_dumped(text: str, named: str) -> None:
    reading = read_hours(text)
    assert reading.osm is None
    assert reading.problems
    message = " ".join(reading.problems)
    assert message.startswith("Je n'ai pas compris")
    assert named in message
    assert "expected" not in message  # no parser dump
    assert "-->" not in message
    assert reading.unread


@pytest.mark.parametrize(
    ("text", "osm", "named"),
    [
        ("lun-ven 9h-17h, samedi sur rendez-vous", "Mo-Fr 09:00-17:00",
         "« samedi sur rendez-vous »"),
        ("lun-ven 9h-17h sur rendez-vous", "Mo-Fr 09:00-17:00", "« sur rendez-vous »"),
        ("lun-ven 9h-17h, sam dès 9h", "Mo-Fr 09:00-17:00", "« sam dès 9h »"),
        ("lun-ven 9h-17h, fermé", "Mo-Fr 09:00-17:00", "« fermé » : quels jours ?"),
    ],
)  # fmt: skip
def test_the_readable_part_is_kept_and_the_rest_named(text: str, osm: str, named: str) -> None:
    reading = read_hours(text)
    assert reading.osm == osm
    assert any(named in problem for problem in reading.problems)


def test_an_unreadable_part_is_kept_as_written_for_a_note() -> None:
    reading = read_hours("lun-ven 9h-17h, samedi sur rendez-vous")
    assert reading.unread == ["samedi sur rendez-vous"]
    assert reading.problems == ["Je n'ai pas compris « samedi sur rendez-vous »."]


def test_empty_text_is_no_hours_and_no_problem() -> None:
    assert read_hours("   ").osm is None
    assert read_hours("   ").problems == []


# 2025-06-04 is a Wednesday; Québec is UTC-4 in June.
WEDNESDAY = datetime(2025, 6, 4, tzinfo=QUEBEC)


def at(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    """A moment in Québec time: day of June 2025 (2 = Monday … 8 = Sunday)."""
    return datetime(2025, month, day, hour, minute, tzinfo=QUEBEC)


@pytest.mark.parametrize(
    ("text", "moment", "is_open"),
    [
        ("lun-ven 9h-17h", at(4, 10), True),  # Wednesday 10:00
        ("lun-ven 9h-17h", at(7, 10), False),  # Saturday 10:00
        ("lun-ven 9h-17h", at(4, 17, 30), False),
        ("lun-ven 9h-17h", at(4, 8, 59), False),
        ("lun-ven 9h-17h, sam 10h à 16h", at(7, 15), True),
        ("lun-ven 9h-17h, sam 10h à 16h", at(8, 12), False),  # Sunday
        ("lun-ven 9h-12h et 13h-16h30", at(4, 12, 30), False),  # lunch
        ("lun-ven 9h-12h et 13h-16h30", at(4, 16, 15), True),
        ("lun-ven 9h-17h, jeudi jusqu'à 21h", at(5, 20), True),  # Thursday evening
        ("lun-ven 9h-17h, jeudi jusqu'à 21h", at(6, 20), False),  # Friday evening
        ("Mon-Fri 9am-5pm", at(2, 16, 59), True),
        ("d'avril à novembre : lun-sam 8h-16h", at(4, 9), True),
        ("d'avril à novembre : lun-sam 8h-16h", datetime(2026, 1, 7, 9, tzinfo=QUEBEC), False),
        ("mardi 19h-2h", datetime(2025, 6, 4, 1, tzinfo=QUEBEC), True),  # after midnight
        ("24/7", at(8, 3), True),
    ],
)
def test_read_hours_evaluate_right_in_quebec_time(
    text: str, moment: datetime, is_open: bool
) -> None:
    osm = read_hours(text).osm
    assert osm is not None
    assert is_open_at(osm, moment) is is_open


def test_quebec_time_not_utc() -> None:
    osm = read_hours("lun-ven 9h-17h").osm
    assert osm is not None
    # 14:00 UTC on a Wednesday in June is 10:00 in Québec: open; 22:00 UTC is 18:00: closed.
    assert is_open_at(osm, datetime.fromisoformat("2025-06-04T14:00:00+00:00"))
    assert not is_open_at(osm, datetime.fromisoformat("2025-06-04T22:00:00+00:00"))


def test_describe_in_plain_french_and_english() -> None:
    osm = "Mo-Fr 09:00-17:00; Sa 10:00-16:00"
    assert describe(osm) == [
        "Lundi au vendredi : 9 h à 17 h",
        "Samedi : 10 h à 16 h",
        "Dimanche : fermé",
    ]
    assert describe(osm, "en") == [
        "Monday to Friday: 9 am to 5 pm",
        "Saturday: 10 am to 4 pm",
        "Sunday: closed",
    ]


def test_describe_later_thursday_lunch_break_and_holidays() -> None:
    assert describe("Mo-Fr 09:00-17:00; Th 09:00-21:00") == [
        "Lundi au mercredi et vendredi : 9 h à 17 h",
        "Jeudi : 9 h à 21 h",
        "Samedi et dimanche : fermé",
    ]
    assert describe("Mo-Fr 09:00-12:00,13:00-16:30; PH off") == [
        "Lundi au vendredi : 9 h à 12 h et 13 h à 16 h 30",
        "Samedi et dimanche : fermé",
        "Jours fériés : fermé",
    ]
    assert describe("Mo,We,Fr 09:00-17:00", "en") == [
        "Monday, Wednesday and Friday: 9 am to 5 pm",
        "Tuesday, Thursday, Saturday and Sunday: closed",
    ]


def test_describe_seasons_and_always() -> None:
    assert describe("Apr-Nov: Mo-Sa 08:00-16:00") == [
        "D'avril à novembre :",
        "Lundi au samedi : 8 h à 16 h",
        "Dimanche : fermé",
        "Le reste de l'année : fermé",
    ]
    assert describe("Mo-Fr 09:00-17:00; Dec-Mar off")[0] == "De décembre à mars : fermé"
    assert describe("24/7") == ["Ouvert 24 h sur 24, 7 jours sur 7"]
    assert describe("24/7", "en") == ["Open 24 hours a day, 7 days a week"]


def test_describe_richer_osm_by_its_coming_week() -> None:
    lines = describe("Mo-Fr 09:00-17:00; week 01-10 off")
    assert len(lines) == 7
    assert lines[0].startswith("Lundi : ")
    assert lines[-1] == "Dimanche : fermé"


def test_describe_of_nothing_or_unreadable_is_empty() -> None:
    assert describe(None) == []
    assert describe("lun-ven 9h-17h") == []


def test_next_days_in_quebec_time() -> None:
    osm = read_hours("lun-ven 9h-17h, jeudi jusqu'à 21h").osm
    assert osm is not None
    days = next_days(osm, WEDNESDAY)
    assert [d.weekday for d in days] == [
        "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lundi", "mardi",
    ]  # fmt: skip
    assert days[0].ranges == ["9 h – 17 h"]
    assert days[1].ranges == ["9 h – 21 h"]
    assert days[3].ranges == []
    english = next_days(osm, WEDNESDAY, days=3, lang="en")
    assert [d.weekday for d in english] == ["Wednesday", "Thursday", "Friday"]
    assert english[1].ranges == ["9 am – 9 pm"]


def test_next_days_splits_a_lunch_break() -> None:
    osm = read_hours("lun au ven 9h à 12h / 13h à 16h").osm
    assert osm is not None
    assert next_days(osm, WEDNESDAY)[0].ranges == ["9 h – 12 h", "13 h – 16 h"]


# --- the editor's per-day picker ------------------------------------------------------------------

LUNCH = ["09:00-12:00", "13:00-17:00"]


def test_weekly_gives_each_day_its_ranges_for_the_picker() -> None:
    assert weekly("Mo-Fr 13:00-17:00,09:00-12:00; Sa 10:00-16:00") == [
        LUNCH, LUNCH, LUNCH, LUNCH, LUNCH, ["10:00-16:00"], []
    ]  # fmt: skip
    # A later rule replaces a day; after a comma it adds an evening to it.
    assert weekly("Mo-Fr 09:00-17:00; We 18:00-21:00")[2] == ["18:00-21:00"]  # type: ignore[index]
    assert weekly("Mo-Fr 09:00-17:00, We 18:00-21:00")[2] == ["09:00-17:00", "18:00-21:00"]  # type: ignore[index]
    assert weekly("Sa 10:00-24:00") == [[], [], [], [], [], ["10:00-24:00"], []]
    assert weekly("24/7") == [["00:00-24:00"]] * 7


@pytest.mark.parametrize(
    "osm",
    [
        "Apr-Nov: Tu-Sa 08:00-16:00",  # a season
        "Mo-Fr 09:00-17:00; PH off",  # holidays
        "Mo 08:00-10:00,11:00-12:00,13:00-14:00",  # three ranges in a day
        "Mo-Fr 09:00-17:00; week 1-10 off",  # richer syntax
        "",
        "n'importe quoi",
    ],
)
def test_weekly_is_none_for_what_the_picker_cannot_show(osm: str) -> None:
    assert weekly(osm) is None


# --- the editor ---------------------------------------------------------------------------------


def test_the_editor_stores_hours_written_in_french_in_osm_form(
    app: Flask, editor_client: FlaskClient
) -> None:
    place_id = create_place(editor_client, app, opening_hours="lun-ven 9h-17h, sam 10h à 16h")
    assert get_place(app, place_id).opening_hours == "Mo-Fr 09:00-17:00; Sa 10:00-16:00"
    page = editor_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    assert "Mo-Fr 09:00-17:00; Sa 10:00-16:00" in page


def test_the_hours_preview_says_what_it_understood(app: Flask, editor_client: FlaskClient) -> None:
    answer = editor_client.get("/admin/api/hours", query_string={"text": "lun-ven 9h-17h"})
    assert answer.status_code == 200
    data = answer.get_json()
    assert data["osm"] == "Mo-Fr 09:00-17:00"
    assert data["problems"] == []
    assert data["description"] == ["Lundi au vendredi : 9 h à 17 h", "Samedi et dimanche : fermé"]
    assert data["week"] == [["09:00-17:00"]] * 5 + [[], []]
    assert len(data["next_days"]) == 7
    opened = [d for d in data["next_days"] if d["ranges"]]
    assert len(opened) == 5
    assert all(d["ranges"] == ["9 h – 17 h"] for d in opened)
    unread = editor_client.get("/admin/api/hours", query_string={"text": "sur rendez-vous"})
    assert unread.get_json() == {
        "osm": None,
        "problems": ["Je n'ai pas compris « sur rendez-vous »."],
        "description": [],
        "next_days": [],
        "week": None,
    }


def test_the_hours_preview_speaks_english_on_request(
    app: Flask, editor_client: FlaskClient
) -> None:
    query = {"text": "lun-ven 9h-17h, samedi sur rendez-vous", "lang": "en"}
    data = editor_client.get("/admin/api/hours", query_string=query).get_json()
    assert data["problems"] == ["I did not understand “samedi sur rendez-vous”."]
    assert data["description"][0] == "Monday to Friday: 9 am to 5 pm"
    assert data["next_days"][0]["weekday"] in {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    }


def test_the_hours_preview_is_for_staff_only(client: FlaskClient) -> None:
    answer = client.get("/admin/api/hours", query_string={"text": "lun-ven 9h-17h"})
    assert answer.status_code == 401
    assert "osm" not in answer.get_json()
