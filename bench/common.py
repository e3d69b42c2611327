"""Shared helpers for the benchmarks: a populated app served on 127.0.0.1, timing statistics."""

from __future__ import annotations

import logging
import random
import statistics
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, Response, send_from_directory
from sqlalchemy import select
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recupere_don import create_app  # noqa: E402
from recupere_don.cli import init_database  # noqa: E402
from recupere_don.extensions import db  # noqa: E402
from recupere_don.models import (  # noqa: E402
    Category,
    GeocodePrecision,
    GeocodeSource,
    Municipality,
    Place,
    PlaceStatus,
    Proposition,
)

HOURS = [
    "Tu-Fr 09:00-17:00; Sa 10:00-16:00",
    "Mo-Fr 08:30-12:00,13:00-16:30",
    "We-Su 10:00-17:00; Th 10:00-20:00",
    "Apr-Nov: Tu-Sa 08:00-16:00",
    "",
]
TYPES = ["ressourcerie", "friperie", "comptoir", "ecocentre", "bouquinerie", "atelier", "autre"]
ACTIONS = ["donner", "ramassage", "acheter", "reparer"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def summary(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values):7.2f} ms  p95 {percentile(values, 0.95):7.2f} ms"
        f"  (n={len(values)})"
    )


def populate(app: Flask, count: int, seed: int = 12) -> None:
    """`count` generated published places spread over the region's municipalities."""
    rng = random.Random(seed)
    # Refusals drawn apart, so that the places themselves are those of earlier runs.
    refusing = random.Random(seed + 1)
    with app.app_context():
        init_database()
        municipalities = db.session.execute(select(Municipality)).scalars().all()
        categories = db.session.execute(select(Category)).scalars().all()
        for i in range(count):
            town = rng.choice(municipalities)
            propositions = [
                Proposition(
                    action_code=action, categories=rng.sample(categories, rng.randint(2, 5))
                )
                for action in rng.sample(ACTIONS, rng.randint(1, 3))
            ]
            for proposition in propositions:
                # A third of furniture takers refuse mattresses, as the demo places do.
                if any(c.code == "meubles" for c in proposition.categories):
                    proposition.refuses = ["matelas"] if refusing.random() < 1 / 3 else []
            db.session.add(
                Place(
                    slug=f"lieu-genere-{i}",
                    name=f"Lieu généré {i} de {town.name}",
                    place_type_code=rng.choice(TYPES),
                    address=f"{rng.randint(1, 999)}, rue Principale",
                    municipality=town,
                    mrc=town.mrc,
                    postal_code="G0R 1A0",
                    latitude=town.latitude + rng.uniform(-0.03, 0.03),
                    longitude=town.longitude + rng.uniform(-0.03, 0.03),
                    geocode_source=GeocodeSource.MUNICIPALITY,
                    geocode_precision=GeocodePrecision.MUNICIPALITY,
                    phone="418 555-0100",
                    opening_hours=rng.choice(HOURS),
                    status=PlaceStatus.PUBLISHED,
                    service_area={"mrcs": [town.mrc.slug]}
                    if "ramassage" in [p.action_code for p in propositions]
                    else None,
                    propositions=propositions,
                )
            )
        db.session.commit()


@contextmanager
def served_app(count: int) -> Iterator[tuple[Flask, str, Path]]:
    """An app on a temporary SQLite database with `count` places, served on 127.0.0.1.

    Files written into the yielded folder are served at /bench-files/<name>: as a static file
    for .json (send_file), and through the app's compression for .html, like a real page.
    """
    with tempfile.TemporaryDirectory() as tmp:
        files = Path(tmp) / "files"
        files.mkdir()
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite",
                "SECRET_KEY": "bench",
                "NOMINATIM_URL": "off",
                "TILE_URL": "http://tiles.bench.invalid/{z}/{x}/{y}.png",
            }
        )
        populate(app, count)

        def bench_file(name: str) -> Response:
            if name.endswith(".html"):
                return Response((files / name).read_bytes(), mimetype="text/html")
            return send_from_directory(files, name)

        app.add_url_rule("/bench-files/<name>", "bench_file", bench_file)
        # The benchmark reads figures, not the access log.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield app, f"http://127.0.0.1:{server.server_port}", files
        finally:
            server.shutdown()
            thread.join(timeout=5)
