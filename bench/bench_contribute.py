"""What the public proposal forms cost a worker, against a place page measured in the same run.

An SQLite database with the demo places; requests through Flask's test client (no network), so
the figures are the app's own work: the place page (baseline), the « Suggérer un lieu » form,
a correction form, a sent suggestion, and the staff queue holding 200 suggestions.
Run: .venv/bin/python bench/bench_contribute.py [--rounds 100]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import summary  # type: ignore[import-not-found]

from recupere_don import create_app, suggestions
from recupere_don.admin import accounts
from recupere_don.cli import init_database
from recupere_don.places import seed_demo_places

DATA = Path(__file__).resolve().parent.parent / "data"
TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def timed(action: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    # Kept until the process ends: the activity counters are written at exit.
    tmp = tempfile.mkdtemp(prefix="bench-contribute-")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite",
            "SECRET_KEY": "bench",
            "NOMINATIM_URL": "off",
            "RATELIMIT_ENABLED": False,
        }
    )
    with app.app_context():
        init_database()
        seed_demo_places(DATA / "demo_places.json")
        accounts.create_user("bench@example.org", "un-mot-de-passe-solide", "admin")
        for i in range(200):
            suggestions.submit(suggestions.SuggestionKind.NEW_PLACE, {"name": f"Lieu {i}"})
    client = app.test_client()
    slug = client.get("/api/v1/places?limit=1").get_json()["features"][0]["properties"]["slug"]
    page = client.get("/suggerer").get_data(as_text=True)
    found = TOKEN.search(page)
    assert found is not None
    town = re.search(r'<option value="(\d+)">Montmagny', page)
    assert town is not None
    form = {
        "csrf_token": found.group(1), "name": "Friperie", "place_type_code": "friperie",
        "municipality": town.group(1), "takes_donner": "vetements", "phone": "418 555-0123",
    }  # fmt: skip
    staff = app.test_client()
    login = TOKEN.search(staff.get("/admin/login").get_data(as_text=True))
    assert login is not None
    staff.post(
        "/admin/login",
        data={
            "csrf_token": login.group(1),
            "email": "bench@example.org",
            "password": "un-mot-de-passe-solide",
        },
    )
    cases: list[tuple[str, Callable[[], object]]] = [
        ("GET place page (baseline)", lambda: client.get(f"/lieux/{slug}")),
        ("GET /suggerer", lambda: client.get("/suggerer")),
        ("GET correction form", lambda: client.get(f"/lieux/{slug}/corriger")),
        ("POST /suggerer (stored)", lambda: client.post("/suggerer", data=form)),
        ("GET staff queue, 200 waiting", lambda: staff.get("/admin/suggestions")),
    ]
    for _name, action in cases:
        timed(action, 3)  # warm-up
    results = [(name, timed(action, args.rounds)) for name, action in cases]
    base = sorted(results[0][1])[len(results[0][1]) // 2]
    for name, times in results:
        median = sorted(times)[len(times) // 2]
        print(f"{name:32} {summary(times)}  x{median / base:.2f}")


if __name__ == "__main__":
    main()
