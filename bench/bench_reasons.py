"""CPU time to build one places answer from a new position, with and without reasons to give.

`match` (why each place answers) is built for searches with words or a category, and each
feature carries `refuses` and `next_opening`: this measures what that costs per answer, as
CPU time of this process (the machines are shared: wall time mostly measures the others), with
the ratio to the position-only answer measured in the same run. Run it on two trees to compare
a change: `PYTHONPATH=. .venv/bin/python bench/bench_reasons.py [--places 5000] [--answers 300]`
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time

from common import populate  # type: ignore[import-not-found]
from flask import request

from recupere_don import create_app, places
from recupere_don.api.filters import parse_filters

CASES = {
    "near only (baseline)": "",
    "q=divan+near": "q=divan",
    "q=matelas+giving+near": "q=matelas&action=donner,ramassage",
    "category+near": "category=meubles",
}
SOUTH, NORTH, WEST, EAST = 45.85, 47.31, -71.99, -69.73


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--answers", type=int, default=300)
    args = parser.parse_args()
    points = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite",
                "SECRET_KEY": "bench",
                "NOMINATIM_URL": "off",
                "TILE_URL": "http://tiles.bench.invalid/{z}/{x}/{y}.png",
            }
        )
        populate(app, args.places)
        baseline = 0.0
        with app.app_context():
            for label, query in CASES.items():

                def answer(query: str = query) -> None:
                    lat, lon = points.uniform(SOUTH, NORTH), points.uniform(WEST, EAST)
                    with app.test_request_context(f"/api/v1/places?{query}&near={lat},{lon}"):
                        places.feature_collection_json(parse_filters(request.args))

                for _ in range(20):  # warm up: the index, the encoded features, the words
                    answer()
                start = time.process_time()
                for _ in range(args.answers):
                    answer()
                ms = (time.process_time() - start) / args.answers * 1000
                baseline = baseline or ms
                print(f"{label:24s} {ms:6.2f} ms CPU per answer  ratio {ms / baseline:5.2f}")


if __name__ == "__main__":
    main()
