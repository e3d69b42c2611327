"""The map's cost at 500, 5,000 and 50,000 places: server-side clusters against the full list.

Places are generated over Québec's inhabited south (around its towns, not only the region), as a
province-wide instance would hold. For each size, in the same run: /healthz (the baseline), the
cluster answer for random map views at zooms 6 to 14 (p50/p95, bytes), the first view's bytes
(the region's default view) against the whole list the map loaded until now, and the memory of
the serving process.

Run: .venv/bin/python bench/bench_clusters.py [--sizes 500,5000,50000] [--requests 300]
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import logging
import math
import multiprocessing
import random
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from common import percentile  # type: ignore[import-not-found]
from sqlalchemy import insert, select
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recupere_don import create_app  # noqa: E402
from recupere_don.cli import init_database  # noqa: E402
from recupere_don.extensions import db  # noqa: E402
from recupere_don.models import (  # noqa: E402
    Category,
    Place,
    PlaceStatus,
    Proposition,
    proposition_category,
)

# Towns of southern Québec (lat, lon, weight ~ population share): places gather around them.
TOWNS = [
    (45.50, -73.57, 30), (46.81, -71.21, 12), (45.48, -75.70, 5), (45.40, -71.89, 3),
    (46.35, -72.55, 3), (48.43, -71.07, 3), (45.54, -73.70, 5), (45.61, -73.51, 4),
    (46.80, -71.18, 3), (45.30, -73.26, 2), (46.03, -73.44, 2), (45.88, -72.48, 2),
    (48.45, -68.52, 1.5), (46.12, -70.67, 1.5), (45.37, -72.73, 1.5), (46.06, -71.96, 1),
    (48.24, -79.02, 1), (48.10, -77.78, 1), (49.22, -68.15, 1), (47.83, -69.54, 1),
    (46.56, -72.74, 1), (45.63, -72.95, 1.5), (45.11, -72.99, 1), (46.55, -71.61, 0.5),
    (47.37, -70.03, 0.5), (48.83, -64.48, 0.5), (46.23, -70.78, 0.5), (45.95, -74.00, 1),
]  # fmt: skip
DEFAULT_VIEW = "bbox=-72.2,45.6,-69.2,47.3&zoom=8"  # Chaudière-Appalaches, as the map opens
ACTIONS = ["donner", "ramassage", "acheter", "reparer"]


def province_places(count: int, seed: int = 7) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    weights = [w for _lat, _lon, w in TOWNS]
    points = []
    for _ in range(count):
        lat, lon, _w = rng.choices(TOWNS, weights)[0]
        # Most places in town, some far out in the countryside.
        spread = 0.08 if rng.random() < 0.8 else 0.6
        points.append((lat + rng.gauss(0, spread), lon + rng.gauss(0, spread * 1.4)))
    return points


def populate(database_url: str, count: int) -> None:
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    rng = random.Random(count)
    with app.app_context():
        init_database()
        categories = list(db.session.execute(select(Category.code)).scalars())
        places, propositions, links = [], [], []
        for i, (lat, lon) in enumerate(province_places(count)):
            places.append(
                {
                    "id": i + 1,
                    "slug": f"lieu-{i}",
                    "name": f"Lieu {i}",
                    "place_type_code": rng.choice(["ressourcerie", "friperie", "comptoir"]),
                    "latitude": lat,
                    "longitude": lon,
                    "opening_hours": "Mo-Fr 09:00-17:00",
                    "status": PlaceStatus.PUBLISHED,
                    "version": 1,
                }
            )
            for action in rng.sample(ACTIONS, rng.randint(1, 2)):
                propositions.append({"id": len(propositions) + 1, "place_id": i + 1})
                propositions[-1]["action_code"] = action
                for code in rng.sample(categories, 3):
                    links.append({"proposition_id": len(propositions), "category_code": code})
        db.session.execute(insert(Place), places)
        db.session.execute(insert(Proposition), propositions)
        db.session.execute(insert(proposition_category), links)
        db.session.commit()


def get(conn: http.client.HTTPConnection, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status == 200, (path, response.status, body[:300])
    if response.getheader("Content-Encoding") != "gzip":
        body = gzip.compress(body)  # small answers go uncompressed: count them as sent
    return elapsed, len(body)


def random_view(rng: random.Random) -> str:
    zoom = rng.randint(6, 14)
    lat, lon, _w = rng.choice(TOWNS)
    # A 1,200 × 800 pixel screen at this zoom, around a town.
    half_lon = 600 * 360 / (256 * 2**zoom)
    half_lat = 400 * 360 / (256 * 2**zoom) * math.cos(math.radians(lat))
    bbox = f"{lon - half_lon:.4f},{lat - half_lat:.4f},{lon + half_lon:.4f},{lat + half_lat:.4f}"
    return f"/api/v1/clusters?bbox={bbox}&zoom={zoom}"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(count: int, requests: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        start = time.perf_counter()
        # In a child process: the memory measured below is the serving process's alone.
        maker = multiprocessing.get_context("spawn").Process(target=populate, args=(url, count))
        maker.start()
        maker.join()
        made = time.perf_counter() - start
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        conn = http.client.HTTPConnection(f"127.0.0.1:{server.server_port}", timeout=60)
        try:
            first_ms, _ = get(conn, f"/api/v1/clusters?{DEFAULT_VIEW}")  # builds the index
            _ms, first_bytes = get(conn, f"/api/v1/clusters?{DEFAULT_VIEW}")
            list_ms, list_bytes = get(conn, "/api/v1/places")
            rng = random.Random(1)
            health = [get(conn, "/healthz")[0] for _ in range(requests)]
            views = [get(conn, random_view(rng)) for _ in range(requests)]
        finally:
            conn.close()
            server.shutdown()
    times = [ms for ms, _size in views]
    return {
        "places": count,
        "populate_s": made,
        "first_cluster_ms": first_ms,
        "first_view_kib": first_bytes / 1024,
        "list_kib": list_bytes / 1024,
        "list_ms": list_ms,
        "health_p95": percentile(health, 0.95),
        "view_p50": percentile(times, 0.5),
        "view_p95": percentile(times, 0.95),
        "view_kib_p95": percentile([size / 1024 for _ms, size in views], 0.95),
        "rss_mb": rss_mb(),
    }


def _run_into(queue: Any, count: int, requests: int) -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # figures, not the access log
    queue.put(run(count, requests))


def in_own_process(count: int, requests: int) -> dict[str, float]:
    """run() in a fresh process: its peak memory is that size's alone."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_run_into, args=(queue, count, requests))
    process.start()
    row: dict[str, float] = queue.get(timeout=900)
    process.join()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,50000")
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    rows = [in_own_process(int(size), args.requests) for size in args.sizes.split(",")]
    print(
        f"{'places':>7} {'1st view KiB':>12} {'list KiB':>9} {'bytes ratio':>11} "
        f"{'view p50':>9} {'view p95':>9} {'/healthz p95':>12} {'p95 ratio':>9} "
        f"{'index build':>11} {'peak RSS':>9}"
    )
    for row in rows:
        print(
            f"{row['places']:>7,.0f} {row['first_view_kib']:>12.1f} {row['list_kib']:>9.0f} "
            f"{row['list_kib'] / row['first_view_kib']:>10.0f}× "
            f"{row['view_p50']:>6.2f} ms {row['view_p95']:>6.2f} ms {row['health_p95']:>9.2f} ms "
            f"{row['view_p95'] / row['health_p95']:>8.2f}× "
            f"{row['first_cluster_ms']:>8.0f} ms {row['rss_mb']:>6.0f} MB"
        )
    small, large = rows[0], rows[-1]
    print(
        f"first-view bytes at {large['places']:,.0f} / at {small['places']:,.0f}: "
        f"{large['first_view_kib'] / small['first_view_kib']:.2f}× (target ≤ 1.5×)"
    )
    print("(peak RSS: the serving process, one per size, after the views above)")


if __name__ == "__main__":
    main()
