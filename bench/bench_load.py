"""Load, soak and scale-out figures for the production server (gunicorn), loopback only.

    .venv/bin/python bench/bench_load.py                      # 5,000 places, 2 and 4 workers
    .venv/bin/python bench/bench_load.py --soak 600           # plus a 10-minute soak
    .venv/bin/python bench/bench_load.py --scale-out postgresql://postgres@127.0.0.1:5432/test

Every server runs `gunicorn --config gunicorn.conf.py wsgi:app`, the production command, on a
free 127.0.0.1 port. Clients are threads sending one request per connection (as phones
do), each with its own X-Forwarded-For address behind TRUSTED_PROXY_COUNT=1, so per-client rate
limits see many citizens rather than one. Each figure is also given as a ratio to /healthz
measured in the same run, because these machines are shared and noisy. Every loop is bounded
in time and in count.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from common import ROOT, percentile, populate

from recupere_don import create_app

GUNICORN = Path(sys.executable).parent / "gunicorn"
FLASK = Path(sys.executable).parent / "flask"
MAX_REQUESTS_PER_RUN = 50_000
PLACES = 5000  # set from --places
# Points spread over the region, as the phones of citizens would send them.
REGION_BOX = (45.9, -71.6, 47.3, -69.8)


def random_point(rng: random.Random) -> str:
    lat = rng.uniform(REGION_BOX[0], REGION_BOX[2])
    lon = rng.uniform(REGION_BOX[1], REGION_BOX[3])
    return f"{lat:.5f},{lon:.5f}"


# name → a function giving the next path (some vary per request, as real traffic does)
ENDPOINTS: dict[str, Callable[[random.Random], str]] = {
    "/healthz (baseline)": lambda rng: "/healthz",
    "/": lambda rng: "/",
    "/lieux/<slug>": lambda rng: f"/lieux/lieu-genere-{rng.randrange(PLACES)}",
    "/api/v1/places (all)": lambda rng: "/api/v1/places",
    "/api/v1/places (filtered)": lambda rng: "/api/v1/places?mrc=bellechasse&category=meubles",
    "/api/v1/places (q+near)": lambda rng: f"/api/v1/places?q=divan&near={random_point(rng)}",
    "/api/v1/items": lambda rng: "/api/v1/items?q=" + rng.choice(["divan", "laveuse", "livres"]),
}


@dataclass
class Result:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def worker_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each worker of a gunicorn master, from /proc."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s+(\d+)", text, re.MULTILINE)
        rss = re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE)
        if ppid and rss and int(ppid.group(1)) == master_pid:
            sizes.append(int(rss.group(1)) / 1024)
    return sorted(sizes)


@contextmanager
def gunicorn(
    database_url: str, workers: int, config: str = "gunicorn.conf.py", **extra_env: str
) -> Iterator[tuple[int, int]]:
    """A production server on a free loopback port; yields (port, master pid)."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        "APP_ENV": "production",
        "SECRET_KEY": uuid.uuid4().hex * 2,
        "NOMINATIM_URL": "off",
        "TRUSTED_PROXY_COUNT": "1",
        "TILE_URL": "http://tiles.bench.invalid/{z}/{x}/{y}.png",
        **extra_env,
    }
    process = subprocess.Popen(
        [str(GUNICORN), "--config", config, "wsgi:app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if request(port, "/healthz")[0] == 200 and len(worker_rss_mb(process.pid)) >= 1:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("gunicorn did not answer /healthz within 30 s")
        yield port, process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def request(
    port: int, path: str, client: str = "203.0.113.1", method: str = "GET", **headers: str
) -> tuple[int, bytes, http.client.HTTPResponse]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(
            method,
            path,
            headers={"X-Forwarded-For": client, "Accept-Encoding": "gzip", **headers},
        )
        response = connection.getresponse()
        body = response.read()
        if response.getheader("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return response.status, body, response
    finally:
        connection.close()


def load(port: int, paths: Callable[[random.Random], str], seconds: float, clients: int) -> Result:
    """`clients` threads sending requests for `seconds` (and at most MAX_REQUESTS_PER_RUN)."""
    result = Result()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        rng = random.Random(number)
        address = f"10.{number // 250}.{number % 250}.{rng.randrange(1, 250)}"
        while time.monotonic() < deadline and len(result.latencies_ms) < MAX_REQUESTS_PER_RUN:
            started = time.perf_counter()
            try:
                status, _, _ = request(port, paths(rng), client=address)
            except OSError:
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status == 200:
                    result.latencies_ms.append(elapsed)
                else:
                    result.errors += 1

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result


def sqlite_database(places: int, folder: Path) -> str:
    url = f"sqlite:///{folder / 'load.sqlite'}"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})
    populate(app, places)
    return url


def throughput(database_url: str, workers: int, seconds: float, clients: int) -> None:
    with gunicorn(database_url, workers) as (port, master):
        for path in ENDPOINTS.values():  # warm every cache once, as a running site would be
            load(port, path, 1.0, 2)
        print(f"\n== {workers} workers, {clients} clients, {seconds:g} s per endpoint")
        print(f"{'endpoint':28} {'req/s':>7} {'ratio':>6} {'p50':>7} {'p95':>7} {'p99':>7} errors")
        baseline = 0.0
        for name, path in ENDPOINTS.items():
            result = load(port, path, seconds, clients)
            baseline = baseline or result.rate
            lat = result.latencies_ms or [0.0]
            print(
                f"{name:28} {result.rate:7.1f} {result.rate / baseline:6.2f} "
                f"{percentile(lat, 0.5):6.1f}ms {percentile(lat, 0.95):6.1f}ms "
                f"{percentile(lat, 0.99):6.1f}ms {result.errors}"
                + (f" {result.statuses}" if result.errors else "")
            )
        rss = worker_rss_mb(master)
        print("worker memory (MB): " + ", ".join(f"{size:.0f}" for size in rss))


def megabytes(sizes: list[float]) -> str:
    return ", ".join(f"{size:.1f}" for size in sizes)


def soak(database_url: str, seconds: float, clients: int) -> None:
    """Mixed traffic for `seconds`; each worker's memory every minute, after warm-up to the end.

    With BENCH_TRACEMALLOC=FOLDER, each worker also writes what grew since its first minute
    (bench/tracemalloc_hook.py) into FOLDER: slower, for finding a leak, not for figures.
    """
    paths = list(ENDPOINTS.values())[1:]

    def mixed(rng: random.Random) -> str:
        return rng.choice(paths)(rng)

    traced = bool(os.environ.get("BENCH_TRACEMALLOC"))
    config = str(ROOT / "bench" / "tracemalloc_hook.py") if traced else "gunicorn.conf.py"
    with gunicorn(database_url, 2, config) as (port, master):
        load(port, mixed, 20, clients)
        samples = [worker_rss_mb(master)]
        print(f"\n== soak {seconds:g} s, 2 workers, {clients} clients; worker RSS (MB) per minute")
        print("   0 min: " + megabytes(samples[0]), flush=True)
        outcome: list[Result] = []

        def run() -> None:
            outcome.append(load(port, mixed, seconds, clients))

        runner = threading.Thread(target=run)
        runner.start()
        minute = 0
        while runner.is_alive():
            runner.join(timeout=60)
            if runner.is_alive():
                minute += 1
                samples.append(worker_rss_mb(master))
                print(f"  {minute:2d} min: " + megabytes(samples[-1]), flush=True)
        samples.append(worker_rss_mb(master))
        result = outcome[0]
    before, after = sum(samples[0]), sum(samples[-1])
    growth = (after - before) / before * 100
    print(
        "   end:   " + megabytes(samples[-1]) + "\n"
        f"== soak {seconds:g} s, 2 workers: {result.rate:.1f} req/s, {result.errors} errors "
        f"{result.statuses}; "
        f"workers {before:.0f} MB → {after:.0f} MB ({growth:+.1f} %, target ≤ +10 %)"
    )


def scale_out(server_url: str, places: int) -> None:
    """Two instances on one PostgreSQL: an edit through one is seen through the other."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"recupere_bench_{uuid.uuid4().hex[:10]}"
    admin_dsn = make_url(server_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    database_url = (
        make_url(server_url)
        .set(drivername="postgresql+psycopg", database=name)
        .render_as_string(hide_password=False)
    )
    try:
        app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
        populate(app, places)
        with app.app_context():
            from recupere_don.admin import accounts

            accounts.create_user("bench@tresca.example", "un-mot-de-passe-solide", "admin")
        with gunicorn(database_url, 2) as (port_a, _), gunicorn(database_url, 2) as (port_b, _):
            slug = "lieu-genere-7"
            assert request(port_b, f"/lieux/{slug}")[0] == 200
            archive_through(port_a, "Lieu généré 7 de")
            started = time.perf_counter()
            status_b = request(port_b, f"/lieux/{slug}")[0]
            seen = request(port_b, "/api/v1/places")[1].count(b'"slug"')
            print(
                f"\n== scale-out: archived through :{port_a}; next request through :{port_b} "
                f"answers {status_b} for the place page "
                f"({(time.perf_counter() - started) * 1000:.0f} ms), "
                f"API lists {seen} places (of {places})"
            )
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def archive_through(port: int, name: str) -> None:
    """Sign in and archive a place through the staff pages of one instance, as staff would."""
    import urllib.parse

    cookies: dict[str, str] = {}

    def call(method: str, path: str, body: dict[str, str] | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(body or {})
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request(method, path, body=data if body is not None else None, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            key, _, rest = header.partition("=")
            cookies[key] = rest.split(";", 1)[0]
        text = response.read().decode()
        connection.close()
        return response.status, text

    token = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
    _, page = call("GET", "/admin/login")
    match = token.search(page)
    assert match, "no CSRF token on the login page"
    credentials = {"email": "bench@tresca.example", "password": "un-mot-de-passe-solide"}
    status, _ = call("POST", "/admin/login", {"csrf_token": match.group(1), **credentials})
    assert status == 302, f"login answered {status}"
    _, listing = call("GET", f"/admin/places?q={urllib.parse.quote(name)}")
    place_id = re.search(r'href="/admin/places/(\d+)"', listing)
    assert place_id, "place not found in the staff list"
    _, editor = call("GET", f"/admin/places/{place_id.group(1)}")
    version = re.search(r'name="version" type="hidden" value="(\d+)"', editor)
    match = token.search(editor)
    assert version, "no version in the editor"
    assert match, "no CSRF token in the editor"
    status, _ = call(
        "POST",
        f"/admin/places/{place_id.group(1)}/archive",
        {"csrf_token": match.group(1), "version": version.group(1)},
    )
    assert status == 302, f"archive answered {status}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--soak", type=float, default=0.0, help="soak length in seconds")
    parser.add_argument("--scale-out", metavar="POSTGRES_URL", default="")
    args = parser.parse_args()
    global PLACES
    PLACES = args.places
    with tempfile.TemporaryDirectory() as folder:
        database_url = sqlite_database(args.places, Path(folder))
        print(f"{args.places} places on SQLite; gunicorn --config gunicorn.conf.py wsgi:app")
        for workers in args.workers:
            throughput(database_url, workers, args.seconds, args.clients)
        if args.soak:
            soak(database_url, args.soak, args.clients)
    if args.scale_out:
        scale_out(args.scale_out, min(args.places, 500))


if __name__ == "__main__":
    main()
