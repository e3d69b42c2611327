"""The browser import's cost: the 5 MB file it used to accept against the largest it now takes.

Usage: .venv/bin/python bench/bench_import.py [--big-rows 77942]

Each case runs in its own process on a fresh SQLite database (network off), so its peak memory
(ru_maxrss above the process's size just before the request) is its own:
  before    the 77,942-row (5 MB) file previewed with no bound: what /admin/import did (and what
            the CLI's --dry-run still does);
  refused   the same file posted to /admin/import now: refused while reading;
  preview   the largest file now accepted (5,000 rows) posted to /admin/import;
  confirm   the same file previewed, then confirmed (the timed part is the confirmation).
gunicorn kills a worker after 30 s: every browser case must stay well under it.
For the figures before the change, run this same file from a checkout of the older commit.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recupere_don.imports import COLUMNS  # noqa: E402

PASSWORD = "un-mot-de-passe-de-banc"
EMAIL = "banc@recupere-don.example"
HEADER = list(COLUMNS[:7])  # name … place_type: what a partner's file holds at least
TYPES = ["friperie", "comptoir", "atelier"]
CATEGORIES = ["meubles", "vetements", "jouets"]


def build_file(rows: int, seed: int = 3) -> bytes:
    """Rows like a partner's, about 66 bytes each: 77,942 rows fill the 5 MB limit."""
    with (ROOT / "data" / "municipalities.csv").open(encoding="utf-8") as handle:
        towns = [t["name"] for t in csv.DictReader(handle)]
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(HEADER)
    for n in range(rows):
        writer.writerow(
            [
                f"Lieu{n}",
                f"{rng.randint(1, 999)}, 1re Rue",
                rng.choice(towns),
                "",
                rng.choice(CATEGORIES),
                "donner",
                rng.choice(TYPES),
            ]
        )
    return out.getvalue().encode("utf-8")


def rss_now_kb() -> int:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() // 1024


def run_case(case: str, rows: int) -> dict[str, Any]:
    """One case, in this process: returns seconds, peak MB above the start, status."""
    from recupere_don import create_app
    from recupere_don.admin import accounts
    from recupere_don.cli import init_database
    from recupere_don.extensions import db
    from recupere_don.geocoder import gazetteer
    from recupere_don.imports import import_places
    from recupere_don.mrcdata import territory_index

    raw = build_file(rows)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite",
                "SECRET_KEY": "bench",
                "NOMINATIM_URL": "off",
                "WTF_CSRF_ENABLED": False,
                "RATELIMIT_ENABLED": False,
            }
        )
        with app.app_context():
            init_database()
            accounts.create_user(EMAIL, PASSWORD, "admin")
            db.session.commit()
            gazetteer()
            territory_index()
        client = app.test_client()
        client.post("/admin/login", data={"email": EMAIL, "password": PASSWORD})

        def post_preview() -> Any:
            return client.post(
                "/admin/import",
                data={"file": (io.BytesIO(raw), "partenaire.csv")},
                content_type="multipart/form-data",
            )

        if case == "confirm":
            page = post_preview().get_data(as_text=True)
            token = re.search(r'name="token" type="hidden" value="([^"]+)"', page)
            assert token, page[:2000]
        start_kb = rss_now_kb()
        started = time.perf_counter()
        if case == "before":
            with app.app_context():
                report = import_places(raw, dry_run=True, filename="partenaire.csv")
            status = f"{len(report.rows)} rows previewed"
        elif case == "confirm":
            response = client.post("/admin/import/confirm", data={"token": token.group(1)})
            status = f"HTTP {response.status_code}"
        else:
            response = post_preview()
            status = f"HTTP {response.status_code}"
        seconds = time.perf_counter() - started
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return {
            "case": case,
            "rows": rows,
            "bytes": len(raw),
            "seconds": seconds,
            "peak_mb": max(0, peak_kb - start_kb) / 1024,
            "status": status,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big-rows", type=int, default=77942)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.rows)))
        return

    try:
        from recupere_don.admin.import_uploads import MAX_ROWS
    except ImportError:  # run on the code from before the bound, for its figures
        MAX_ROWS = 5000  # noqa: N806

    cases = [
        ("before", args.big_rows),
        ("refused", args.big_rows),
        ("preview", MAX_ROWS),
        ("confirm", MAX_ROWS),
    ]
    results = {}
    for case, rows in cases:
        done = subprocess.run(
            [sys.executable, __file__, "--case", case, "--rows", str(rows)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results[case] = result
        print(
            f"{case:8s} {result['rows']:6d} rows {result['bytes'] / 1e6:5.2f} MB file: "
            f"{result['seconds']:6.2f} s, peak +{result['peak_mb']:6.1f} MB  ({result['status']})"
        )
    before, preview = results["before"], results["preview"]
    print(
        f"largest accepted preview vs before: time ×{preview['seconds'] / before['seconds']:.3f}, "
        f"memory ×{preview['peak_mb'] / max(before['peak_mb'], 0.1):.3f}; "
        f"the old 5 MB file is refused in {results['refused']['seconds']:.2f} s"
    )


if __name__ == "__main__":
    main()
