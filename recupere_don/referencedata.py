"""Load the reference data in data/ (taxonomy, MRCs, gazetteer, derived outlines) into the database.

Loading only adds what is missing: staff edits to labels and imported official outlines survive
a second run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from .extensions import db
from .models import Action, Category, Mrc, Municipality, OutlineSource, PlaceType, Synonym


@dataclass
class LoadReport:
    added: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(f"{name}: {count} added" for name, count in self.added.items())


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _optional(value: str) -> str | None:
    return value.strip() or None


def load_taxonomy(data_dir: Path) -> dict[str, int]:
    added = {"categories": 0, "actions": 0, "place_types": 0}
    existing = set(db.session.execute(select(Category.code)).scalars())
    for row in read_csv(data_dir / "categories.csv"):
        if row["code"] not in existing:
            db.session.add(
                Category(
                    code=row["code"],
                    label_fr=row["label_fr"],
                    label_en=row["label_en"],
                    sort_order=int(row["sort_order"]),
                    colour=row["colour"],
                    icon=row.get("icon", ""),
                )
            )
            added["categories"] += 1
    existing = set(db.session.execute(select(Action.code)).scalars())
    for row in read_csv(data_dir / "actions.csv"):
        if row["code"] not in existing:
            db.session.add(
                Action(
                    code=row["code"],
                    label_fr=row["label_fr"],
                    label_en=row["label_en"],
                    sort_order=int(row["sort_order"]),
                )
            )
            added["actions"] += 1
    existing = set(db.session.execute(select(PlaceType.code)).scalars())
    for row in read_csv(data_dir / "place_types.csv"):
        if row["code"] not in existing:
            db.session.add(
                PlaceType(
                    code=row["code"],
                    label_fr=row["label_fr"],
                    label_en=row["label_en"],
                    sort_order=int(row["sort_order"]),
                    colour=row["colour"],
                )
            )
            added["place_types"] += 1
    existing_synonyms: set[tuple[str, str, str]] = {
        (term, lang, code)
        for term, lang, code in db.session.execute(
            select(Synonym.term, Synonym.lang, Synonym.category_code)
        )
    }
    added["synonyms"] = 0
    for row in read_csv(data_dir / "synonyms.csv"):
        key = (row["term"].strip(), row["lang"].strip(), row["category"].strip())
        if key[0] and key not in existing_synonyms:
            db.session.add(Synonym(term=key[0], lang=key[1], category_code=key[2]))
            existing_synonyms.add(key)
            added["synonyms"] += 1
    return added


def _read_outlines(path: Path) -> dict[str, dict[str, Any]]:
    collection = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["slug"]: f["geometry"] for f in collection["features"]}


def load_territories(data_dir: Path) -> dict[str, int]:
    added = {"mrcs": 0, "municipalities": 0, "outlines": 0}
    outlines = _read_outlines(data_dir / "mrc_outlines.geojson")
    mrcs = {m.slug: m for m in db.session.execute(select(Mrc)).scalars()}
    for row in read_csv(data_dir / "mrcs.csv"):
        mrc = mrcs.get(row["slug"])
        if mrc is None:
            mrc = Mrc(
                slug=row["slug"],
                name=row["name"],
                code_sda=row["code_sda"],
                code_mamh=_optional(row["code_mamh"]),
                cduid=row["cduid"],
                former_name=_optional(row["former_name"]),
            )
            db.session.add(mrc)
            mrcs[mrc.slug] = mrc
            added["mrcs"] += 1
        if mrc.outline is None and row["slug"] in outlines:
            mrc.outline = outlines[row["slug"]]
            mrc.outline_source = OutlineSource.APPROXIMATE
            added["outlines"] += 1
    existing = set(db.session.execute(select(Municipality.code_geo)).scalars())
    for row in read_csv(data_dir / "municipalities.csv"):
        if row["code_geo"] in existing:
            continue
        db.session.add(
            Municipality(
                code_geo=row["code_geo"],
                name=row["name"],
                designation=row["designation"],
                mrc=mrcs[row["mrc"]],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                aliases=[a.strip() for a in row["aliases"].split(";") if a.strip()],
            )
        )
        added["municipalities"] += 1
    return added


def load_reference_data(data_dir: Path) -> LoadReport:
    """Add the taxonomy, MRCs, municipalities and outlines that the database lacks; one commit."""
    added = load_taxonomy(data_dir)
    added.update(load_territories(data_dir))
    db.session.commit()
    return LoadReport(added)
