"""The places API with 5,000 places: all places, a filtered query, an item search with a position.

Serves the app on 127.0.0.1 (werkzeug, threaded) and sends requests from `--clients` threads on
keep-alive connections; prints req/s and p50/p95 for each query, and the ratio of each to the
unfiltered (cached) request measured in the same run: these machines are shared and noisy, so
ratios matter more than milliseconds.
Run: .venv/bin/python bench/bench_api.py [--places 5000] [--seconds 5] [--clients 2]
"""

from __future__ import annotations

import argparse
import http.client
import threading
import time
from collections.abc import Callable
from urllib.parse import quote, urlsplit

from common import served_app, summary  # type: ignore[import-not-found]
from flask import Flask

ITEMS = ["divan", "laveuse", "frigidère", "vieux divan brun", "bike", "poussette", "sécheuse"]


def fixed(path: str) -> Callable[[int], str]:
    return lambda _i: path


def item_near_varied(i: int) -> str:
    """A different word and a different point each time: nothing can be served from a cache."""
    item = quote(ITEMS[i % len(ITEMS)])
    return f"/api/v1/places?q={item}&near={46.0 + (i % 997) / 5000:.4f},-70.67"


def near_varied(i: int) -> str:
    return f"/api/v1/places?near={46.0 + (i % 997) / 5000:.4f},-70.67"


CASES: list[tuple[str, Callable[[int], str]]] = [
    ("all places (baseline)", fixed("/api/v1/places")),
    ("filtered mrc+category", fixed("/api/v1/places?mrc=levis&category=meubles")),
    ("q+near", fixed("/api/v1/places?q=divan&near=46.12,-70.67")),
    ("q+near, 2 words", fixed("/api/v1/places?q=vieux%20divan%20brun&near=46.12,-70.67")),
    ("near only, varied points", near_varied),
    ("q+near, varied words/points", item_near_varied),
]


def run(base: str, path_of: Callable[[int], str], seconds: float, clients: int) -> list[float]:
    """Latencies (ms) of every request sent by `clients` threads during `seconds`."""
    netloc = urlsplit(base).netloc
    times: list[float] = []
    counter = iter(range(10**9))
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection(netloc, timeout=60)
        local = []
        while time.perf_counter() < deadline:
            with lock:
                i = next(counter)
            start = time.perf_counter()
            conn.request("GET", path_of(i), headers={"Accept-Encoding": "gzip"})
            response = conn.getresponse()
            body = response.read()
            local.append((time.perf_counter() - start) * 1000)
            assert response.status == 200, (response.status, body[:200])
        conn.close()
        with lock:
            times.extend(local)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def run_in_process(app: Flask, path_of: Callable[[int], str], seconds: float) -> list[float]:
    """Latencies through the Flask test client: one worker's work, without HTTP parsing."""
    client = app.test_client()
    times: list[float] = []
    deadline = time.perf_counter() + seconds
    i = 0
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        response = client.get(path_of(i), headers={"Accept-Encoding": "gzip"})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (response.status_code, response.data[:200])
        i += 1
    return times


def report(label: str, times: list[float], seconds: float, baseline: float) -> float:
    rate = len(times) / seconds
    baseline = baseline or rate
    print(f"{label:30s} {rate:8.1f} req/s  {summary(times)}  ratio {rate / baseline:5.2f}")
    return baseline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=2)
    args = parser.parse_args()
    with served_app(args.places) as (app, base, _files):
        print(
            f"== HTTP (werkzeug, threaded), {args.places} places, {args.clients} clients,"
            f" {args.seconds:g} s each"
        )
        baseline = 0.0
        for label, path_of in CASES:
            run(base, path_of, 0.5, 1)  # warm up: loads the records, builds the caches
            baseline = report(
                label, run(base, path_of, args.seconds, args.clients), args.seconds, baseline
            )
        print(f"\n== in process (Flask test client, one thread), {args.seconds:g} s each")
        baseline = 0.0
        for label, path_of in CASES:
            run_in_process(app, path_of, 0.5)
            baseline = report(
                label, run_in_process(app, path_of, args.seconds), args.seconds, baseline
            )


if __name__ == "__main__":
    main()
