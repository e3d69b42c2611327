"""The places API with 5,000 places: all places, a filtered query, an item search with a position.

Serves the app on 127.0.0.1 (werkzeug, threaded) and sends requests from `--clients` threads on
keep-alive connections; prints req/s and p50/p95 for each query, and the ratio of each to the
unfiltered (cached) request measured in the same run: these machines are shared and noisy, so
ratios matter more than milliseconds.

The "distinct points" cases send a new random position in the region with every request, as
citizens' phones do: no answer can come from a cache, so they measure the search itself.
With --gunicorn, the same HTTP cases also run against `gunicorn -w 2` (the repository's
gunicorn.conf.py) on 127.0.0.1, each bounded by --seconds and --max-requests.
Run: .venv/bin/python bench/bench_api.py [--places 5000] [--seconds 5] [--clients 2] [--gunicorn]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlsplit

from common import served_app, summary  # type: ignore[import-not-found]
from flask import Flask

ITEMS = ["divan", "laveuse", "frigidère", "vieux divan brun", "bike", "poussette", "sécheuse"]


def fixed(path: str) -> Callable[[int], str]:
    return lambda _i: path


# The region's extent (its municipalities' centres): where citizens' positions fall.
SOUTH, NORTH, WEST, EAST = 45.85, 47.31, -71.99, -69.73
_points = random.Random(2024)
_points_lock = threading.Lock()


def random_point() -> str:
    """A new position each call, shared by every case and thread: never asked before."""
    with _points_lock:
        lat, lon = _points.uniform(SOUTH, NORTH), _points.uniform(WEST, EAST)
    return f"{lat:.5f},{lon:.5f}"


def near_distinct(_i: int) -> str:
    return f"/api/v1/places?near={random_point()}"


def divan_near_distinct(_i: int) -> str:
    return f"/api/v1/places?q=divan&near={random_point()}"


def item_near_distinct(i: int) -> str:
    item = quote(ITEMS[i % len(ITEMS)])
    return f"/api/v1/places?q={item}&near={random_point()}"


def matelas_giving_near_distinct(_i: int) -> str:
    # An item some places refuse, the citizen page's default actions: refusals and reasons.
    return f"/api/v1/places?q=matelas&action=donner,ramassage&near={random_point()}"


def category_near_distinct(_i: int) -> str:
    return f"/api/v1/places?category=meubles&near={random_point()}"


CASES: list[tuple[str, Callable[[int], str]]] = [
    ("all places (baseline)", fixed("/api/v1/places")),
    ("filtered mrc+category", fixed("/api/v1/places?mrc=levis&category=meubles")),
    ("q+near, one point", fixed("/api/v1/places?q=divan&near=46.12,-70.67")),
    ("near only, distinct points", near_distinct),
    ("q=divan+near, distinct points", divan_near_distinct),
    ("q+near, distinct words/points", item_near_distinct),
    ("q=matelas+giving, distinct pts", matelas_giving_near_distinct),
    ("category+near, distinct points", category_near_distinct),
    ("q=matelas, all places", fixed("/api/v1/places?q=matelas&action=donner,ramassage")),
]


def run(
    base: str,
    path_of: Callable[[int], str],
    seconds: float,
    clients: int,
    max_requests: int = 10**9,
) -> list[float]:
    """Latencies (ms) of every request sent by `clients` threads during `seconds`."""
    netloc = urlsplit(base).netloc
    times: list[float] = []
    counter = iter(range(max_requests))
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection(netloc, timeout=60)
        local = []
        while time.perf_counter() < deadline:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            start = time.perf_counter()
            # Each request from its own citizen (TRUSTED_PROXY_COUNT=1): the per-client limit
            # on built answers is not what this measures.
            client_address = f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"
            headers = {"Accept-Encoding": "gzip", "X-Forwarded-For": client_address}
            conn.request("GET", path_of(i), headers=headers)
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
        client_address = f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"
        headers = {"Accept-Encoding": "gzip", "X-Forwarded-For": client_address}
        response = client.get(path_of(i), headers=headers)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (response.status_code, response.data[:200])
        i += 1
    return times


def report(label: str, times: list[float], seconds: float, baseline: float) -> float:
    """One line of figures; `seconds` is the time the requests actually took."""
    rate = len(times) / seconds
    baseline = baseline or rate
    print(f"{label:30s} {rate:8.1f} req/s  {summary(times)}  ratio {rate / baseline:5.2f}")
    return baseline


def run_http_cases(base: str, seconds: float, clients: int, max_requests: int) -> None:
    baseline = 0.0
    for label, path_of in CASES:
        # Warm up every worker: loads the records, builds the caches.
        run(base, path_of, 0.5, clients)
        start = time.perf_counter()
        times = run(base, path_of, seconds, clients, max_requests)
        baseline = report(label, times, time.perf_counter() - start, baseline)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def run_gunicorn_cases(database: Path, seconds: float, clients: int, max_requests: int) -> None:
    """The HTTP cases against `gunicorn -w 2` on loopback, on the same database."""
    root = Path(__file__).resolve().parent.parent
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": "bench-" + "x" * 40,
        "NOMINATIM_URL": "off",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "TRUSTED_PROXY_COUNT": "1",
    }
    log = database.parent / "gunicorn.log"
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, "--config", "gunicorn.conf.py", "--access-logfile", "/dev/null"]
    with log.open("wb") as out:
        server = subprocess.Popen([*command, "wsgi:app"], cwd=root, env=env, stdout=out, stderr=out)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        print(
            f"\n== HTTP (gunicorn -w 2, gunicorn.conf.py), {clients} clients,"
            f" {seconds:g} s or {max_requests} requests each"
        )
        run_http_cases(base, seconds, clients, max_requests)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--gunicorn", action="store_true", help="also measure gunicorn -w 2")
    args = parser.parse_args()
    os.environ["TRUSTED_PROXY_COUNT"] = "1"  # read by the app served below
    with served_app(args.places) as (app, base, files):
        print(
            f"== HTTP (werkzeug, threaded), {args.places} places, {args.clients} clients,"
            f" {args.seconds:g} s each"
        )
        run_http_cases(base, args.seconds, args.clients, args.max_requests)
        print(f"\n== in process (Flask test client, one thread), {args.seconds:g} s each")
        baseline = 0.0
        for label, path_of in CASES:
            run_in_process(app, path_of, 0.5)
            baseline = report(
                label, run_in_process(app, path_of, args.seconds), args.seconds, baseline
            )
        if args.gunicorn:
            run_gunicorn_cases(
                files.parent / "bench.sqlite", args.seconds, args.clients, args.max_requests
            )


if __name__ == "__main__":
    main()
