"""Item search speed: the matcher before and after the catalogue, and /api/v1/items over HTTP.

1. The pure matcher: the first release's ItemIndex (synonyms and category labels, read from git
   at BEFORE) against today's (catalogue + synonyms + labels, compounds and language rules), on
   the same queries; ratio after / before.
2. /api/v1/items and /api/v1/suggest over HTTP: words never asked before (nothing memoised) and
   asked again, against /api/v1/categories (a fixed answer) in the same run.
Run: .venv/bin/python bench/bench_items.py [--places 2000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import csv
import http.client
import importlib.util
import subprocess
import sys
import time
from types import ModuleType
from typing import Any
from urllib.parse import quote, urlsplit

from common import ROOT, served_app, summary  # type: ignore[import-not-found]

from recupere_don.catalogue import load_catalogue
from recupere_don.itemsearch import Entry, ItemIndex

BEFORE = "092a6b9"  # main before the catalogue landed
QUERIES = [
    "divan", "laveuse", "laveuse à linge", "frigidère", "linge d'enfant", "vieux divan brun",
    "bike", "ordi", "poussette", "bébelles", "zzzz", "sécheuse", "chaudrons", "tires", "pneus",
    "poêle à frire", "canapé", "vieux laptop", "set de cuisine", "écran plat", "frig", "lav",
    "matelas queen", "chesterfield", "mitaines", "bassinette", "toaster", "micro-ondes",
    "pneus d'hiver", "coffre à outils", "souffleuse à neige", "table de cuisine en bois",
]  # fmt: skip


def old_module() -> ModuleType:
    """The first release's itemsearch.py, imported from git as a sibling module."""
    source = subprocess.run(
        ["git", "show", f"{BEFORE}:recupere_don/itemsearch.py"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    spec = importlib.util.spec_from_loader("recupere_don._itemsearch_before", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "recupere_don"
    sys.modules[spec.name] = module  # dataclasses look their module up
    exec(compile(source, "itemsearch_before.py", "exec"), module.__dict__)
    return module


def rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def time_queries(search: Any, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            search(query)
            times.append((time.perf_counter() - start) * 1000)
    return times


def matchers(rounds: int) -> None:
    synonyms, categories = rows("synonyms.csv"), rows("categories.csv")
    labels = [(c[f"label_{lang}"], c["code"], lang) for c in categories for lang in ("fr", "en")]
    old = old_module().ItemIndex(
        [(s["term"], s["category"]) for s in synonyms] + [(t, c) for t, c, _ in labels]
    )
    entries = list(load_catalogue(ROOT / "data" / "items.csv").entries())
    entries += [(s["term"], Entry(None, s["category"], s["lang"])) for s in synonyms]
    entries += [(t, Entry(None, c, lang)) for t, c, lang in labels]
    new = ItemIndex(entries)
    print(f"\n== matcher alone ({len(QUERIES)} queries x {rounds})")
    before, after = time_queries(old.search, rounds), time_queries(new.search, rounds)
    print(f"before ({len(old)} terms): {summary(before)}")
    print(f"after  ({len(new)} terms): {summary(after)}")
    print(f"ratio after / before (total time): {sum(after) / sum(before):.2f}")


def timed_get(conn: http.client.HTTPConnection, path: str) -> float:
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    assert response.status == 200, (path, response.status)
    return (time.perf_counter() - start) * 1000


def over_http(base: str, rounds: int) -> None:
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)
    print(f"\n== over HTTP ({len(QUERIES)} queries)")
    # The first answers build the indexes, once per data version.
    built = timed_get(conn, "/api/v1/items?q=divan") + timed_get(conn, "/api/v1/suggest?q=sofa")
    print(f"first /items and /suggest (indexes built): {built:.0f} ms")
    baseline = [timed_get(conn, "/api/v1/categories") for _ in range(len(QUERIES) * rounds)]
    print(f"/api/v1/categories (baseline): {summary(baseline)}")
    for endpoint in ("items", "suggest"):
        first = [timed_get(conn, f"/api/v1/{endpoint}?q={quote(q)}") for q in QUERIES]
        again = [
            timed_get(conn, f"/api/v1/{endpoint}?q={quote(q)}")
            for _ in range(rounds)
            for q in QUERIES
        ]
        print(f"/api/v1/{endpoint}, words never asked: {summary(first)}")
        print(f"/api/v1/{endpoint}, asked again:       {summary(again)}")
        ratio = (sum(first) / len(first)) / (sum(baseline) / len(baseline))
        print(f"ratio {endpoint} never asked / baseline (mean): {ratio:.2f}")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    matchers(args.rounds)
    with served_app(args.places) as (_app, base, _files):
        over_http(base, args.rounds)


if __name__ == "__main__":
    main()
