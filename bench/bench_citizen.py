"""Citizen-facing speed with 5,000 places: places API vs a static file, item search, map load.

Prints figures; compares against a baseline measured in the same run (these machines are
shared and noisy, so ratios matter more than milliseconds). The map loads three ways in the
same run: plain folium (every marker inline), the citizen map with server clusters
(MAP_SERVER_CLUSTERS_ABOVE=0) and the citizen map loading every place (clusters in the browser).
Run: .venv/bin/python bench/bench_citizen.py [--places 5000] [--requests 200] [--browser-only]
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import folium
import xstatic.pkg.jquery as jquery
from common import percentile, served_app, summary  # type: ignore[import-not-found]
from flask import Flask
from folium.plugins import MarkerCluster

QUERIES = [
    "",
    "mrc=levis",
    "category=meubles,velos",
    "action=ramassage&mrc=beauce-sartigan",
    "near=46.1185,-70.67&radius_km=25",
    "open_now=1&at=2026-11-26T15:00:00-05:00",  # a Thursday afternoon
]
ITEM_QUERIES = [
    "divan",
    "laveuse",
    "frigidère",
    "linge d'enfant",
    "vieux divan brun",
    "bike",
    "ordi",
    "poussette",
    "bébelles",
    "zzzz",
    "sécheuse",
    "chaudrons",
]


def timed_get(conn: http.client.HTTPConnection, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status == 200, (path, response.status, body[:200])
    return elapsed, len(body)


def measure(base: str, path: str, count: int) -> tuple[list[float], int]:
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)
    timed_get(conn, path)  # warm up: the first answer builds the cache
    times, size = [], 0
    for _ in range(count):
        elapsed, size = timed_get(conn, path)
        times.append(elapsed)
    conn.close()
    return times, size


def api_vs_static(base: str, files: Path, count: int) -> None:
    print(f"\n== /api/v1/places vs the same bytes as a static file ({count} requests each)")
    for query in QUERIES:
        path = "/api/v1/places" + (f"?{query}" if query else "")
        conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)
        conn.request("GET", path)
        body = conn.getresponse().read()
        conn.close()
        name = f"static-{abs(hash(query))}.json"
        (files / name).write_bytes(body)
        features = len(json.loads(body)["features"])
        api_times, api_bytes = measure(base, path, count)
        static_times, static_bytes = measure(base, f"/bench-files/{name}", count)
        ratio50 = percentile(api_times, 0.5) / percentile(static_times, 0.5)
        ratio95 = percentile(api_times, 0.95) / percentile(static_times, 0.95)
        print(f"?{query or '(no filter)'}: {features} features")
        print(f"   api    {summary(api_times)}  {api_bytes} bytes on the wire (gzip)")
        print(f"   static {summary(static_times)}  {static_bytes} bytes on the wire")
        print(f"   ratio api/static: p50 {ratio50:.2f}x  p95 {ratio95:.2f}x  (target <= 2x)")
    # What a cache miss costs: a distinct `at` makes a distinct answer each time.
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)
    misses = [
        timed_get(conn, f"/api/v1/places?at=2026-11-26T15:{i:02d}:00-05:00")[0] for i in range(10)
    ]
    conn.close()
    print(f"uncached answer (all places, built from the database): {summary(misses)}")


def item_search(base: str, count: int) -> None:
    print(f"\n== /api/v1/items ({count} requests over {len(ITEM_QUERIES)} queries)")
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)
    times = []
    for i in range(count):
        query = ITEM_QUERIES[i % len(ITEM_QUERIES)]
        elapsed, _ = timed_get(conn, "/api/v1/items?q=" + quote(query))
        times.append(elapsed)
    conn.close()
    print(f"item search over HTTP: {summary(times)}  (target p95 < 20 ms)")


def folium_inline_page(base: str, files: Path) -> tuple[str, int]:
    """The plain folium way: every marker and popup inline in one HTML page.

    The same places the citizen map shows when opened: those that take things (giving).
    """
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)
    conn.request("GET", "/api/v1/places?action=donner,ramassage")
    features = json.loads(conn.getresponse().read())["features"]
    conn.close()
    fmap = folium.Map(location=(46.45, -70.85), zoom_start=8, tiles=None)
    # Served locally too, or it would wait on CDNs this machine cannot reach.
    shutil.copy(Path(jquery.BASE_DIR) / "jquery.min.js", files / "jquery.min.js")
    fmap.default_js = [
        ("leaflet", "/vendor/leaflet/1.9.3/leaflet.js"),
        ("jquery", "/bench-files/jquery.min.js"),  # folium's popups call $
    ]
    fmap.default_css = [("leaflet_css", "/vendor/leaflet/1.9.3/leaflet.css")]
    folium.TileLayer("http://tiles.bench.invalid/{z}/{x}/{y}.png", attr="tiles").add_to(fmap)
    cluster = MarkerCluster()
    cluster.default_js = [("markercluster", "/vendor/markercluster/1.4.1/leaflet.markercluster.js")]
    cluster.default_css = [
        ("markercluster_css", "/vendor/markercluster/1.4.1/MarkerCluster.css"),
        ("markercluster_default", "/vendor/markercluster/1.4.1/MarkerCluster.Default.css"),
    ]
    cluster.add_to(fmap)
    for feature in features:
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        popup = f"<b>{props['name']}</b><br>{props['address']}<br>{', '.join(props['categories'])}"
        folium.Marker((lat, lon), popup=folium.Popup(popup), tooltip=props["name"]).add_to(cluster)
    (files / "folium.html").write_text(fmap.get_root().render(), encoding="utf-8")
    return "/bench-files/folium.html", len(features)


LOAD_METRICS = """() => {
  const entries = [...performance.getEntriesByType('navigation'),
                   ...performance.getEntriesByType('resource')];
  return {bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0),
          requests: entries.length};
}"""


# A phone on a middling mobile connection (Chromium's "Fast 3G" preset): bytes cost time there.
PHONE_NETWORK = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6 * 1024 * 1024 / 8,
    "uploadThroughput": 750 * 1024 / 8,
}
# ...and a phone's processor: Chromium's "4x slowdown" of the desktop's.
PHONE_CPU_SLOWDOWN = 4
SERVER_CLUSTERS = "map, server clusters"
ALL_PLACES = "map, all places"
FOLIUM = "plain folium inline"


def browser_load(app: Flask, base: str, files: Path, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    folium_path, expected = folium_inline_page(base, files)
    # (label, path, MAP_SERVER_CLUSTERS_ABOVE, what "the first full view is drawn" means)
    pages = [
        (
            SERVER_CLUSTERS,
            "/",
            0,
            "document.querySelector('#map-app').dataset.state === 'ready'"
            " && document.querySelectorAll('.server-cluster, .place-marker').length > 0"
            " && document.querySelectorAll('#results > li').length > 0",
        ),
        (
            ALL_PLACES,
            "/",
            10**9,
            "document.querySelector('#map-app').dataset.state === 'ready'"
            " && window.recupereDon.cluster.getLayers().length === " + str(expected),
        ),
        (
            FOLIUM,
            folium_path,
            None,
            "document.querySelectorAll('.marker-cluster,"
            " .leaflet-marker-icon').length > 0 && document.readyState === 'complete'",
        ),
    ]
    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        phone = "phone, Fast 3G, CPU 4x slower"
        for network, conditions in [("loopback", None), (phone, PHONE_NETWORK)]:
            print(f"\n== headless Chromium, {network}: navigation to the first full view")
            print(f"   ({expected} places answer; all places: every marker in the browser)")
            results: dict[str, tuple[list[float], int]] = {}
            for label, path, threshold, ready in pages:
                if threshold is not None:
                    app.config["MAP_SERVER_CLUSTERS_ABOVE"] = threshold
                times, size = [], 0
                # One unmeasured load first: each way is measured with the server's caches warm.
                for run in range(runs + 1):
                    # The wait predicate is evaluated as a string; the page CSP forbids that.
                    context = browser.new_context(bypass_csp=True)
                    page = context.new_page()
                    if conditions:
                        cdp = context.new_cdp_session(page)
                        cdp.send("Network.enable")
                        cdp.send("Network.emulateNetworkConditions", conditions)
                        cdp.send("Emulation.setCPUThrottlingRate", {"rate": PHONE_CPU_SLOWDOWN})
                    page.route("http://tiles.bench.invalid/**", lambda route: route.abort())
                    start = time.perf_counter()
                    page.goto(base + path, wait_until="commit", timeout=180_000)
                    page.wait_for_function(ready, timeout=180_000, polling=20)
                    if run:
                        times.append((time.perf_counter() - start) * 1000)
                    size = page.evaluate(LOAD_METRICS)["bytes"]
                    context.close()
                results[label] = (times, size)
                print(f"{label:22s} {summary(times)}  {size / 1024:8.0f} KiB transferred")
            folium_times, folium_bytes = results[FOLIUM]
            for label in (SERVER_CLUSTERS, ALL_PLACES):
                times, size = results[label]
                slower = percentile(folium_times, 0.5) / percentile(times, 0.5)
                print(
                    f"folium / {label}: {slower:.1f}x slower, {folium_bytes / max(size, 1):.1f}x"
                    " more bytes (targets: >= 3x, >= 5x)"
                )
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--browser-runs", type=int, default=5)
    parser.add_argument("--browser-only", action="store_true", help="only the map loads")
    args = parser.parse_args()
    started = time.perf_counter()
    with served_app(args.places) as (app, base, files):
        print(f"{args.places} generated places ready in {time.perf_counter() - started:.1f} s")
        if not args.browser_only:
            api_vs_static(base, files, args.requests)
            item_search(base, args.requests * 5)
        browser_load(app, base, files, args.browser_runs)


if __name__ == "__main__":
    main()
