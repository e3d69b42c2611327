"""Coverage of 136 municipalities × every category at 5,000 places, and what counting costs.

Usage: .venv/bin/python bench/bench_coverage.py [--places N] [--repeat R]

Figures, each with a ratio to a baseline measured in the same run:
- coverage.Coverage (numpy over the in-memory index) against a plain Python loop applying
  PlaceRecord.takes / picks_up_at and geo.territory.haversine_km place by place (run on a sample
  of municipalities and scaled up: the full loop takes minutes); both must agree on the sample;
- the index build every data change already pays (the coverage is rebuilt at the same moments);
- what a counted search adds to its request (a buffered count), against reading the data
  version (what every request already does); one flush of a year of rows; the report's build.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import populate

from recupere_don import activity, create_app, dataversion, placeindex
from recupere_don.admin import activity_report
from recupere_don.admin.activity_report import Period
from recupere_don.coverage import DROP_OFF, Coverage, category_codes, load_towns
from recupere_don.extensions import db
from recupere_don.geo.territory import haversine_km
from recupere_don.placeindex import PICKUP

SAMPLE_TOWNS = 8


def timed(repeat: int, work: object) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def python_loop(
    records: list[placeindex.PlaceRecord], towns: list, categories: list[str]
) -> np.ndarray:
    result = np.full((len(towns), len(categories)), math.inf)
    for row, town in enumerate(towns):
        for column, category in enumerate(categories):
            best = math.inf
            for record in records:
                if record.latitude is None or record.longitude is None:
                    continue
                distance = haversine_km(
                    town.latitude, town.longitude, record.latitude, record.longitude
                )
                if record.takes([category], [PICKUP]) and record.picks_up_at(
                    town.latitude, town.longitude, town.mrc
                ):
                    distance = 0.0
                elif not record.takes([category], [DROP_OFF]):
                    continue
                best = min(best, distance)
            result[row, column] = best
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite",
                "SECRET_KEY": "bench",
                "NOMINATIM_URL": "off",
            }
        )
        populate(app, args.places)
        with app.test_request_context():
            towns, categories = load_towns(), category_codes()
            index = placeindex.PlaceIndex(placeindex.load_records())
            print(
                f"{len(towns)} municipalities × {len(categories)} categories, "
                f"{len(index.records)} published places"
            )
            build = timed(args.repeat, lambda: placeindex.PlaceIndex(placeindex.load_records()))
            computed = timed(args.repeat, lambda: Coverage(index, towns, categories))
            coverage = Coverage(index, towns, categories)

            sample = towns[:SAMPLE_TOWNS]
            start = time.perf_counter()
            looped = python_loop(index.records, sample, categories)
            loop_ms = (time.perf_counter() - start) * 1000 * len(towns) / len(sample)
            assert np.allclose(looped, coverage.distances_km[:SAMPLE_TOWNS], rtol=1e-9), (
                "the loop and the vectorised coverage disagree"
            )

            cov_ms = statistics.median(computed)
            build_ms = statistics.median(build)
            print(f"coverage (numpy)              {cov_ms:8.1f} ms  median of {args.repeat}")
            print(
                f"Python loop, same rules       {loop_ms:8.0f} ms  (extrapolated from "
                f"{SAMPLE_TOWNS} municipalities)  ratio {loop_ms / cov_ms:6.0f}×"
            )
            print(
                f"index build (every change)    {build_ms:8.1f} ms  coverage adds "
                f"{cov_ms / build_ms:5.2f}× the index build"
            )

            # What a counted search adds to its request: a dictionary update in the process.
            key = ("search", "electronique", "levis", "25213")
            buffer = activity._Buffer()
            week = activity.week_of()
            adds = timed(2000, lambda: buffer.add(Counter({key: 1}), week))
            versions = timed(
                200, lambda: db.session.execute(select(dataversion.DataVersion.value)).all()
            )
            add_ms, read_ms = statistics.median(adds), statistics.median(versions)
            print(
                f"counted search (buffered)     {add_ms * 1000:8.1f} µs  ratio "
                f"{add_ms / read_ms:5.3f}× reading the data version ({read_ms:.3f} ms)"
            )
            # What a flush writes (every ACTIVITY_FLUSH_SECONDS): here a whole year of rows at once.
            year = Counter(
                {
                    (week - timedelta(weeks=w), "search", c, m, ""): 3
                    for w in range(52)
                    for c in categories
                    for m in ("levis", "bellechasse", "l-islet", "")
                }
            )
            start = time.perf_counter()
            activity._write_rows(year)
            flush_ms = (time.perf_counter() - start) * 1000
            print(f"flush of {len(year)} rows         {flush_ms:8.1f} ms  (SQLite, one commit)")
            period = Period.last_twelve_months()
            reports = timed(
                args.repeat, lambda: activity_report.build(period, coverage, "electronique", 25)
            )
            print(
                f"activity report (12 months)   {statistics.median(reports):8.1f} ms  "
                f"({len(year)} count rows, {len(index.records)} places)"
            )


if __name__ == "__main__":
    main()
