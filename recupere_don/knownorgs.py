"""Load organisations known from public sources as drafts to verify; remove the demo places.

`flask seed-known FILE.csv` reads a file shaped like ../shared/known/
organisations_from_public_sources.csv (see its README): one organisation per row, with its
kind, what it says it accepts, how people give, its municipality's point and its source pages.
Each donation point becomes a DRAFT written by placewrites (author `sources publiques: <file>`),
its sources kept beside it (placesources.PlaceSource); rows that are not donation points are
refused with the reason. Nothing here was confirmed with the organisations: staff call them
and publish from the review queue. Safe to run twice: a row is found again by its stable key
(name and municipality code), or by a place of the same name in the same municipality.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from flask import Flask
from flask.cli import with_appcontext
from sqlalchemy import select

from . import normalise, placewrites
from .extensions import db
from .geo.names import name_key, strip_accents
from .i18n import _
from .models import GeocodePrecision, GeocodeSource, Municipality, Place, PlaceStatus
from .placesources import PlaceSource, sources_of

COLUMNS = (
    "name",
    "org_type",
    "is_donation_point",
    "civic_address",
    "municipality",
    "code_geo",
    "mrc",
    "postal_code",
    "items_accepted",
    "donation_modes",
    "latitude",
    "longitude",
    "coord_precision",
    "notes",
    "source_url",
    "source_date",
)
REQUIRED_COLUMNS = ("name", "org_type", "is_donation_point", "code_geo", "items_accepted")
AUTHOR_PREFIX = "sources publiques: "
DEMO_REMOVAL_LABEL = "retrait des lieux de démonstration"

# Words of the `org_type` column → place type; the earliest word in the text wins, so
# "ressourcerie / friperie" is a ressourcerie and "comptoir / friperie" a comptoir.
_KIND_WORDS = (
    ("bouquinerie", "bouquinerie"),
    ("ressourcerie", "ressourcerie"),
    ("comptoir vestimentaire", "friperie"),
    ("friperie", "friperie"),
    ("comptoir", "comptoir"),
    ("boutique", "comptoir"),
    ("magasin", "comptoir"),
    ("ecocentre", "ecocentre"),
    ("atelier", "atelier"),
    ("reparation", "atelier"),
)
# Food aid shares the word "comptoir" but says nothing about objects.
_NOT_A_KIND = re.compile(r"(comptoir|aide) alimentaire")
# Kinds that sell what they receive: citizens can also buy there.
_SELLS = frozenset({"bouquinerie", "ressourcerie", "friperie", "comptoir"})
_PICKUP = re.compile(r"collecte a domicile|ramassage|cueillette", re.IGNORECASE)
# "368, rue …" or "12 A rue …" has a civic number; "1re Avenue", "10e Avenue" do not.
_CIVIC_NUMBER = re.compile(r"^\s*\d+(?:-\d+)?\s*([A-Za-zè]*)[\s,]")
_ORDINAL = frozenset({"e", "re", "er", "eme", "ème", "ieme", "ième", "nd", "st", "th"})
_PARENTHESES = re.compile(r"\([^)]*\)")
_ITEM_SPLIT = re.compile(r"[;,/]|\bet\b|\band\b")


class KnownFileError(ValueError):
    """The file cannot be read at all (encoding, missing columns): nothing written."""


@dataclass
class RowResult:
    line: int
    name: str
    status: str  # created | unchanged | matched | refused
    place_id: int | None = None
    mrc: str | None = None
    warnings: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class SeedReport:
    filename: str
    rows: list[RowResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        return Counter(r.status for r in self.rows)

    def summary_lines(self) -> list[str]:
        c = self.counts
        lines = [
            _(
                "%(file)s : %(created)d brouillons créés, %(matched)d lieux déjà présents "
                "complétés de leurs sources, %(unchanged)d inchangés, %(refused)d refusés.",
                file=self.filename,
                created=c["created"],
                matched=c["matched"],
                unchanged=c["unchanged"],
                refused=c["refused"],
            )
        ]
        for row in self.rows:
            if row.status == "refused":
                lines.append(
                    _(
                        "Ligne %(line)d, %(name)s : refusée. %(reason)s",
                        line=row.line,
                        name=row.name,
                        reason=row.reason,
                    )
                )
            elif row.status == "created":
                for warning in row.warnings:
                    lines.append(
                        _(
                            "Ligne %(line)d, %(name)s : %(warning)s",
                            line=row.line,
                            name=row.name,
                            warning=warning,
                        )
                    )
        return lines


@dataclass
class Mapped:
    """A row as placewrites values, with what staff must check."""

    key: str
    values: dict[str, Any]
    source: dict[str, Any]
    warnings: list[str]


def read_rows(raw: bytes) -> list[tuple[int, dict[str, str]]]:
    """The file's rows as (line number, cells); KnownFileError when it cannot be used."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise KnownFileError(_("Le fichier doit être en UTF-8.")) from error
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise KnownFileError(
            _(
                "Colonnes manquantes : %(missing)s. Colonnes attendues : %(expected)s.",
                missing=", ".join(missing),
                expected=",".join(COLUMNS),
            )
        )
    reader.fieldnames = header
    return [
        (reader.line_num, {k: (v or "").strip() for k, v in row.items() if k is not None})
        for row in reader
    ]


def place_type_for(kind: str) -> str | None:
    """The place type the kind's earliest known word names; None when no word is known."""
    text = _NOT_A_KIND.sub(" ", strip_accents(kind).casefold())
    found = [(text.find(word), -len(word), code) for word, code in _KIND_WORDS if word in text]
    return min(found)[2] if found else None


def categories_for(
    items: str, resolve: Callable[[str], tuple[str, ...]]
) -> tuple[list[str], list[str]]:
    """The categories the accepted items name, and the words that name none (for a warning)."""
    codes: list[str] = []
    unknown: list[str] = []
    for piece in _ITEM_SPLIT.split(_PARENTHESES.sub(" ", items)):
        # "dons triés au sous-sol: vêtements" → the items follow the colon.
        word = " ".join(piece.split(":")[-1].split())
        if not word:
            continue
        meant = resolve(word)
        if not meant:
            unknown.append(word)
        codes += [c for c in meant if c not in codes]
    return sorted(codes), unknown


def has_civic_number(address: str) -> bool:
    match = _CIVIC_NUMBER.match(address)
    return match is not None and match.group(1).casefold() not in _ORDINAL


def _donation_point(cell: str) -> tuple[bool, str]:
    """Whether the row is a donation point, and the remark that follows yes/no/unclear."""
    text = cell.strip()
    answer = text.casefold()
    remark = text[3 if answer.startswith("yes") else 2 :].strip(" —–-:;()")
    if answer.startswith("no"):
        return False, remark or text
    if answer.startswith("yes"):
        return True, _PARENTHESES.sub("", remark).strip() or remark
    return True, text


def map_row(
    cells: dict[str, str],
    municipality: Municipality | None,
    resolve: Callable[[str], tuple[str, ...]],
) -> Mapped | str:
    """The row as draft values, or the reason it is refused (French)."""
    name = cells.get("name", "")
    if not name:
        return _("La ligne n'a pas de nom.")
    is_point, remark = _donation_point(cells.get("is_donation_point", ""))
    if not is_point:
        return _(
            "Ce n'est pas un point de dépôt d'objets (« %(remark)s ») : rien n'est ajouté.",
            remark=remark,
        )
    if municipality is None:
        return _(
            "Code de municipalité inconnu (« %(code)s ») : corrigez la colonne code_geo.",
            code=cells.get("code_geo", ""),
        )
    warnings: list[str] = []
    answer = cells.get("is_donation_point", "").casefold()
    if not answer.startswith("yes"):
        warnings.append(_("Point de dépôt incertain (« %(cell)s ») : à confirmer.", cell=remark))
    elif remark:
        warnings.append(_("La source précise : « %(remark)s ».", remark=remark))
    place_type = place_type_for(cells.get("org_type", ""))
    if place_type is None:
        place_type = "autre"
        warnings.append(
            _(
                "Type de lieu inconnu (« %(kind)s ») : « Autre » en attendant.",
                kind=cells.get("org_type", ""),
            )
        )
    codes, unknown = categories_for(cells.get("items_accepted", ""), resolve)
    for word in unknown:
        warnings.append(_("Objet non reconnu : « %(word)s » (aucune catégorie).", word=word))
    if not codes:
        warnings.append(_("Aucune catégorie d'objets connue : à demander avant de publier."))
    modes = cells.get("donation_modes", "")
    takes: dict[str, dict[str, Any]] = {
        "donner": {"categories": codes, "conditions_fr": modes[:500]}
    }
    if place_type in _SELLS:
        takes["acheter"] = {"categories": codes}
    if _PICKUP.search(strip_accents(modes)):
        takes["ramassage"] = {"categories": codes}
        warnings.append(
            _("Ramassage à domicile mentionné : confirmez les objets et le territoire desservi.")
        )
    address = cells.get("civic_address", "")
    if not has_civic_number(address):
        warnings.append(
            _(
                "Aucun numéro civique connu : le repère est au centre de %(municipality)s ; "
                "placez-le à l'adresse après vérification.",
                municipality=municipality.name,
            )
        )
    stated_mrc = cells.get("mrc", "")
    if stated_mrc and name_key(stated_mrc) != name_key(municipality.mrc.name):
        warnings.append(
            _(
                "Le fichier dit MRC %(stated)s, mais %(municipality)s est dans la MRC %(mrc)s.",
                stated=stated_mrc,
                municipality=municipality.name,
                mrc=municipality.mrc.name,
            )
        )
    values: dict[str, Any] = {
        "name": name[:200],
        "place_type_code": place_type,
        "address": address[:250] if has_civic_number(address) else "",
        "municipality": municipality.code_geo,
        "postal_code": normalise.postal_code(cells.get("postal_code", "")),
        "latitude": municipality.latitude,
        "longitude": municipality.longitude,
        "geocode_source": GeocodeSource.MUNICIPALITY.value,
        "geocode_precision": GeocodePrecision.MUNICIPALITY.value,
        "takes": takes,
    }
    source = {
        "urls": [u.strip() for u in cells.get("source_url", "").split("|") if u.strip()],
        "dated": cells.get("source_date", "")[:100],
        "caveats": cells.get("notes", ""),
        "facts": {
            "kind": cells.get("org_type", ""),
            "items": cells.get("items_accepted", ""),
            "modes": modes,
            "address": address,
            "donation_point": cells.get("is_donation_point", ""),
            "warnings": warnings,
        },
    }
    return Mapped(stable_key(name, municipality.code_geo), values, source, warnings)


def stable_key(name: str, code_geo: str) -> str:
    return f"{name_key(name)}|{code_geo}"[:300]


def _same_place(name: str, municipality: Municipality) -> Place | None:
    """A place staff already have under this name in this municipality (not archived)."""
    key = name_key(name)
    candidates = db.session.execute(
        select(Place).where(
            Place.municipality_id == municipality.id, Place.status != PlaceStatus.ARCHIVED
        )
    ).scalars()
    return next((p for p in candidates if name_key(p.name) == key), None)


def seed_known(raw: bytes, filename: str) -> SeedReport:
    """Load the file's donation points as drafts; refuse the other rows; safe to run again."""
    from .item_lookup import resolve_query

    rows = read_rows(raw)
    label = f"{AUTHOR_PREFIX}{filename}"[:200]
    lookups = placewrites.Lookups()
    known = {s.key: s for s in db.session.execute(select(PlaceSource)).scalars()}
    report = SeedReport(filename)
    for line, cells in rows:
        municipality = lookups.municipality(cells.get("code_geo"))
        mapped = map_row(cells, municipality, lambda word: resolve_query(word).categories)
        if isinstance(mapped, str):
            report.rows.append(RowResult(line, cells.get("name", ""), "refused", reason=mapped))
            continue
        assert municipality is not None
        existing = known.get(mapped.key)
        if existing is not None:
            _refresh(existing, mapped.source, filename)
            place = existing.place
            status = "unchanged"
        else:
            place_or_none = _same_place(mapped.values["name"], municipality)
            status = "matched" if place_or_none is not None else "created"
            place = place_or_none or placewrites.create(
                mapped.values,
                None,
                source=label,
                status=PlaceStatus.DRAFT,
                data_source=label,
                commit=False,
                lookups=lookups,
            )
            known[mapped.key] = PlaceSource(place=place, key=mapped.key, origin=filename)
            _refresh(known[mapped.key], mapped.source, filename)
            db.session.add(known[mapped.key])
        db.session.flush()
        report.rows.append(
            RowResult(
                line,
                place.name,
                status,
                place_id=place.id,
                mrc=place.mrc.slug if place.mrc else None,
                warnings=mapped.warnings,
            )
        )
    db.session.commit()
    return report


def _refresh(record: PlaceSource, source: dict[str, Any], filename: str) -> None:
    # Assign only what differs, so a second run of the same file writes nothing.
    for name, value in (*source.items(), ("origin", filename)):
        if getattr(record, name) != value:
            setattr(record, name, value)


def remove_demo_places() -> int:
    """Archive every demo place still shown (history kept, nothing destroyed); how many."""
    demo = (
        db.session.execute(
            select(Place).where(Place.is_demo.is_(True), Place.status != PlaceStatus.ARCHIVED)
        )
        .scalars()
        .all()
    )
    for place in demo:
        placewrites.set_status(
            place, PlaceStatus.ARCHIVED, None, place.version, source=DEMO_REMOVAL_LABEL
        )
    return len(demo)


@click.command("seed-known")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
@with_appcontext
def seed_known_command(ctx: click.Context, file: Path) -> None:
    """Load organisations known from public sources (CSV) as drafts to verify; safe to rerun."""
    try:
        report = seed_known(file.read_bytes(), file.name)
    except KnownFileError as error:
        click.echo(f"Fichier refusé, rien n'a été écrit : {error}", err=True)
        ctx.exit(1)
    for line in report.summary_lines():
        click.echo(line)


@click.command("remove-demo")
@with_appcontext
def remove_demo_command() -> None:
    """Archive the demonstration places (before loading the real network)."""
    click.echo(f"Lieux de démonstration archivés : {remove_demo_places()}.")


def init_app(app: Flask) -> None:
    app.cli.add_command(seed_known_command)
    app.cli.add_command(remove_demo_command)
    # The editor, the review queue and the public place page show a place's sources.
    app.jinja_env.globals["place_sources"] = sources_of
