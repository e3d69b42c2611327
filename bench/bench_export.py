"""The standalone map export (/export/carte.html) with 5,000 places, against the places API.

Prints the time and size of a first and a repeated request for the export and, as a baseline
measured in the same run, for /api/v1/places at the same size (these machines are shared and
noisy, so the ratios matter more than the seconds).
Run: .venv/bin/python bench/bench_export.py [--places 5000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import time
from urllib.parse import urlsplit

from common import served_app  # type: ignore[import-not-found]

PATHS = {
    "export, whole region": "/export/carte.html",
    "export, one MRC": "/export/carte.html?mrc=levis",
}
BASELINE = "/api/v1/places"


def timed_get(base: str, path: str) -> tuple[float, int]:
    """Seconds and bytes of one GET on a fresh connection (no gzip: what a download costs)."""
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=300)
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    assert response.status == 200, (path, response.status, body[:200])
    return elapsed, len(body)


def first_and_repeated(base: str, path: str, repeats: int) -> tuple[float, float, int]:
    first, size = timed_get(base, path)
    again = [timed_get(base, path)[0] for _ in range(repeats)]
    return first, statistics.median(again), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with served_app(args.places) as (_app, base, _files):
        print(f"== {args.places} places; repeated = median of {args.repeats} more requests")
        api_first, api_again, api_bytes = first_and_repeated(base, BASELINE, args.repeats)
        print(
            f"{'baseline ' + BASELINE:32} first {api_first:7.3f} s  repeated {api_again:7.3f} s"
            f"  {api_bytes / 1e6:6.2f} MB"
        )
        for title, path in PATHS.items():
            first, again, size = first_and_repeated(base, path, args.repeats)
            print(
                f"{title:32} first {first:7.3f} s  repeated {again:7.3f} s"
                f"  {size / 1e6:6.2f} MB"
                f"   (x{first / api_first:.1f} / x{again / api_again:.1f} the API's time,"
                f" x{size / api_bytes:.2f} its bytes)"
            )


if __name__ == "__main__":
    main()
