"""Import places from a partner's CSV spreadsheet: read, check, geocode, then write in one go.

Public API (stable; the CLI `import-places` and the admin upload call these)
---------------------------------------------------------------------------
import_places(source, *, dry_run=False, status=None, allow_outside_region=False,
              filename="", progress=None, use_network=True, max_rows=None,
              network_seconds=None, before_update=None, user=None,
              author_label="") -> ImportReport
    `source` is the file's bytes or a binary stream. `dry_run=True` is the preview: every row
    is checked and geocoded, the report says what would happen, nothing is written. `status`
    None publishes rows without warnings and keeps rows with warnings as drafts; "draft" makes
    everything a draft. `progress(done, total)` is called after each row is geocoded.
    `max_rows` refuses a longer file up front (the browser import, bound by the request
    timeout; the CLI has none). `network_seconds` bounds the time spent asking the remote
    geocoder: rows after it are placed from local data, and `report.network_stopped_at` says
    from which line (asked again on the next import). `before_update(place)` is called before an
    existing place is changed. Places are written by placewrites, each change a revision signed
    by `user` (the browser import's staff member) and `author_label` (`import: <filename>`).
ImportFileError
    The file cannot be imported at all (encoding, binary, a cell over 128 kB, missing columns,
    no rows, too many rows): nothing written.
    `str(error)` is a plain-French message saying what to do.
ImportReport
    `.rows` (one RowOutcome per data row), `.counts` (created/updated/unchanged/refused),
    `.warnings_by_kind`, `.unknown_columns`, `.summary_lines()` (French), `.as_json()`.
RowOutcome
    `line` (line number in the file, header = 1), `status`, `place_id`, `place_slug`, `name`,
    `mrc`, `municipality`, `geocode_source`, `geocode_precision`, `warnings`, `errors`
    (each error names its column), `kept_staff_edits` (fields left as staff set them).

Staff corrections survive a re-import. Each imported place keeps, in ImportRecord, the values
the import last wrote. On the next import a field whose current value differs from that record
was edited by staff and is left alone; so is the point of a place whose geocode_source is
`manual` (never geocoded again). A matching place that no import created (made in the admin) is
only completed: its non-empty fields count as staff's.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from . import item_lookup, normalise, placewrites
from .admin.models import User
from .catalogue import Catalogue
from .extensions import db
from .geo.geocoding import AddressQuery, GeocodeResult, GeocodeWarning
from .geo.names import name_key, normalise_postal_code, slugify
from .geocoder import Geocoder
from .i18n import _, _l
from .models import (
    Action,
    Category,
    GeocodePrecision,
    GeocodeSource,
    ImportRecord,
    Place,
    PlaceStatus,
    PlaceType,
    Proposition,
)

__all__ = [
    "COLUMNS",
    "REQUIRED_COLUMNS",
    "ROUND_TRIP_COLUMNS",
    "ImportFileError",
    "ImportReport",
    "RowOutcome",
    "RowStatus",
    "import_places",
]

COLUMNS = (
    "name",
    "address",
    "municipality",
    "postal_code",
    "categories",
    "actions",
    "place_type",
    "phone",
    "website",
    "email",
    "opening_hours",
    "description",
    "refuses",
)
REQUIRED_COLUMNS = ("name", "address", "municipality", "categories", "actions", "place_type")
# What an export adds so that a place comes back as it was (README, section Import): read when
# present, left alone when absent. `mrc` is written for people; the point decides it.
ROUND_TRIP_COLUMNS = (
    "id",
    "slug",
    "status",
    "mrc",
    "latitude",
    "longitude",
    "geocode_source",
    "geocode_precision",
    "description_en",
    "hours_note_fr",
    "hours_note_en",
    "service_area",
    "verified_at",
    "demo",
)
# One column of each per action code: `categories_donner`, `conditions_fr_donner`…
PER_ACTION_PREFIXES = ("categories_", "refuses_", "conditions_fr_", "conditions_en_")


def spreadsheet_columns(action_codes: Iterator[str] | list[str]) -> tuple[str, ...]:
    """The export's columns, which the import reads back: the import's, then round-trip ones."""
    per_action = [f"{prefix}{code}" for code in action_codes for prefix in PER_ACTION_PREFIXES]
    return (*COLUMNS, *ROUND_TRIP_COLUMNS, *per_action)


def _known_column(header: str) -> bool:
    return (
        header in COLUMNS or header in ROUND_TRIP_COLUMNS or header.startswith(PER_ACTION_PREFIXES)
    )


# French headers staff write in their own spreadsheets, normalised like name_key with '_'.
COLUMN_ALIASES = {
    "nom": "name",
    "nom_du_lieu": "name",
    "organisme": "name",
    "entreprise": "name",
    "adresse": "address",
    "adresse_civique": "address",
    "municipalite": "municipality",
    "ville": "municipality",
    "city": "municipality",
    "code_postal": "postal_code",
    "postal": "postal_code",
    "postcode": "postal_code",
    "categorie": "categories",
    "category": "categories",
    "action": "actions",
    "type": "place_type",
    "type_de_lieu": "place_type",
    "telephone": "phone",
    "tel": "phone",
    "site_web": "website",
    "site_internet": "website",
    "site": "website",
    "url": "website",
    "courriel": "email",
    "e_mail": "email",
    "heures": "opening_hours",
    "heures_d_ouverture": "opening_hours",
    "horaire": "opening_hours",
}
MAX_LENGTHS = {
    "name": 200,
    "address": 250,
    "municipality": 120,
    "phone": 40,
    "website": 300,
    "email": 200,
    "opening_hours": 500,
    "description": 5000,
}
# The import's columns as staff know them on screen; the code stays for their spreadsheet.
COLUMN_LABELS = {
    "name": _l("Nom"),
    "address": _l("Adresse"),
    "municipality": _l("Municipalité"),
    "postal_code": _l("Code postal"),
    "categories": _l("Catégories"),
    "actions": _l("Actions"),
    "place_type": _l("Type de lieu"),
    "phone": _l("Téléphone"),
    "website": _l("Site Web"),
    "email": _l("Courriel"),
    "opening_hours": _l("Heures d'ouverture"),
    "description": _l("Description"),
    "refuses": _l("Objets refusés"),
}


def column_label(column: str) -> str:
    """« Code postal (colonne postal_code) »: the French name, and the header to fix."""
    known = COLUMN_LABELS.get(column)
    if known is None:
        return column
    return _("%(label)s (colonne %(column)s)", label=known, column=column)


WARNING_LABELS_FR = {
    "unknown_municipality": "municipalité inconnue",
    "municipality_guessed": "municipalité devinée (orthographe proche)",
    "ambiguous_municipality": "municipalité ambiguë",
    "postal_code_invalid": "code postal illisible",
    "postal_code_unknown": "code postal inconnu",
    "postal_code_disagrees": "code postal en désaccord avec la municipalité",
    "postal_code_imprecise": "code postal imprécis",
    "mrc_mismatch": "point hors de la MRC de la municipalité",
    "outside_region": "hors de la région (autorisé)",
    "phone_format": "téléphone non reconnu",
    "website_invalid": "site web invalide",
    "email_invalid": "courriel invalide",
    "opening_hours_invalid": "heures d'ouverture non reconnues",
    "refusal_unknown": "objet refusé inconnu (ignoré)",
}
IMPORT_SOURCE_PREFIX = "Import CSV"


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message says what to do, in French."""


class RowStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class RowError:
    column: str
    message: str


@dataclass
class RowOutcome:
    line: int
    name: str = ""
    status: RowStatus = RowStatus.REFUSED
    place_id: int | None = None
    place_slug: str | None = None
    mrc: str | None = None
    municipality: str | None = None
    geocode_source: str | None = None
    geocode_precision: str | None = None
    warnings: list[GeocodeWarning] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kept_staff_edits: list[str] = field(default_factory=list)

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(column, message))

    def warn(self, kind: str, message: str) -> None:
        self.warnings.append(GeocodeWarning(kind, message))

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.line,
            "name": self.name,
            "status": str(self.status),
            "place_id": self.place_id,
            "place_slug": self.place_slug,
            "mrc": self.mrc,
            "municipality": self.municipality,
            "geocode_source": self.geocode_source,
            "geocode_precision": self.geocode_precision,
            "warnings": [{"kind": w.kind, "message": w.message} for w in self.warnings],
            "errors": [{"column": e.column, "message": e.message} for e in self.errors],
            "notes": self.notes,
            "kept_staff_edits": self.kept_staff_edits,
        }


@dataclass
class ImportReport:
    filename: str = ""
    dry_run: bool = False
    encoding: str = ""
    delimiter: str = ""
    unknown_columns: list[str] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    network_requests: int = 0
    network_stopped_at: int | None = None  # line from which the time for the network ran out

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(str(r.status) for r in self.rows)
        return {str(s): counted.get(str(s), 0) for s in RowStatus}

    @property
    def warnings_by_kind(self) -> dict[str, int]:
        kinds = Counter(
            w.kind for r in self.rows if r.status is not RowStatus.REFUSED for w in r.warnings
        )
        return dict(sorted(kinds.items()))

    @property
    def refused(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.status is RowStatus.REFUSED]

    def summary_lines(self) -> list[str]:
        counts = self.counts
        head = f"Import de « {self.filename or 'fichier'} » ({self.encoding}, séparateur « "
        head += ("tabulation" if self.delimiter == "\t" else self.delimiter) + " »)"
        if self.dry_run:
            head += " — simulation : rien n'a été écrit"
        lines = [
            head + ".",
            f"Lignes lues : {len(self.rows)}.",
            f"Créés : {counts['created']} · mis à jour : {counts['updated']} · "
            f"inchangés : {counts['unchanged']} · refusés : {counts['refused']}.",
        ]
        if self.warnings_by_kind:
            kinds = ", ".join(
                f"{WARNING_LABELS_FR.get(k, k)} ({k}) × {n}"
                for k, n in self.warnings_by_kind.items()
            )
            lines.append(f"Avertissements (lieux gardés en brouillon) : {kinds}.")
        kept = sum(len(r.kept_staff_edits) for r in self.rows)
        if kept:
            lines.append(f"Corrections du personnel conservées : {kept} champ(s).")
        if self.unknown_columns:
            lines.append(f"Colonnes inconnues ignorées : {', '.join(self.unknown_columns)}.")
        if self.network_stopped_at is not None:
            lines.append(self.network_stop_message)
        for row in self.refused:
            for error in row.errors:
                lines.append(f"  Ligne {row.line}, {column_label(error.column)} : {error.message}")
        return lines

    @property
    def network_stop_message(self) -> str:
        return (
            f"Temps de recherche des adresses écoulé à la ligne {self.network_stopped_at} : "
            "les lignes suivantes sont placées d'après le code postal ou la municipalité. "
            "Importez le même fichier de nouveau plus tard pour préciser leurs adresses (celles "
            "déjà trouvées sont gardées)."
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.filename,
            "dry_run": self.dry_run,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "counts": self.counts,
            "warnings_by_kind": self.warnings_by_kind,
            "unknown_columns": self.unknown_columns,
            "network_requests": self.network_requests,
            "network_stopped_at": self.network_stopped_at,
            "rows": [r.as_json() for r in self.rows],
        }

    def write_json(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(self.as_json(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")


# --- Reading the file ------------------------------------------------------------------------

# C0 controls, DEL and C1 controls: none belongs in a spreadsheet's text (C1 in UTF-8 text is
# the trace of a file converted twice).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SAVE_AS = "Enregistrez-le depuis Excel en « CSV UTF-8 (délimité par des virgules) »."
# The first bytes of files staff may pick by mistake instead of their CSV.
_NOT_TEXT = {
    b"\x89PNG": "une image PNG",
    b"\xff\xd8\xff": "une image JPEG",
    b"GIF8": "une image GIF",
    b"%PDF": "un document PDF",
    b"PK\x03\x04": "un classeur Excel (ou un fichier compressé)",
    b"\xd0\xcf\x11\xe0": "un classeur Excel",
}
# What French or English text decoded as Windows-1252 may hold beyond ASCII: accented Latin
# letters and typographic punctuation. Text in another encoding read as Windows-1252 (Shift-JIS,
# Mac Roman...) comes out as runs of other symbols (‚ƒ±¿¦...).
_PLAUSIBLE_CP1252 = frozenset(
    "àâäáãåæçèéêëìíîïñòóôöõøœùúûüýÿÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØŒÙÚÛÜÝŸß’‘“”«»–—…€°•·\xa0²³©®™§×½¼¾µ£"
)


def decode(raw: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding: UTF-8 (with or without BOM), Windows-1252."""
    save_as = _SAVE_AS
    if raw.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = raw[len(codecs.BOM_UTF8) :].decode("utf-8"), "UTF-8 (BOM)"
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise ImportFileError(
                f"Le fichier annonce de l'UTF-8 mais la ligne {line} n'en est pas. {save_as}"
            ) from None
        _refuse_controls(text)
        return text, encoding
    for magic, what in _NOT_TEXT.items():
        if raw.startswith(magic):
            raise ImportFileError(f"C'est {what}, pas un fichier CSV. {save_as}")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(raw[:4000]):
        raise ImportFileError(f"Le fichier est en UTF-16 (« texte Unicode »). {save_as}")
    if b"\x00" in raw:
        line_no = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(
            f"Octet nul à la ligne {line_no} : ce n'est pas un fichier texte CSV. {save_as}"
        )
    try:
        text, encoding = raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        utf8_lines, other_lines = [], []
        for number, chunk in enumerate(raw.split(b"\n"), start=1):
            if chunk.isascii():
                continue
            try:
                chunk.decode("utf-8")
                utf8_lines.append(number)
            except UnicodeDecodeError:
                other_lines.append(number)
        if utf8_lines:
            raise ImportFileError(
                "Le fichier mélange deux encodages : les lignes "
                f"{_few(utf8_lines)} sont en UTF-8, les lignes {_few(other_lines)} en "
                f"Windows-1252 (les accents s'afficheraient mal). {save_as}"
            ) from None
        try:
            text, encoding = raw.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError as error:
            line_no = raw[: error.start].count(b"\n") + 1
            raise ImportFileError(
                f"Encodage illisible à la ligne {line_no} (ni UTF-8 ni Windows-1252). {save_as}"
            ) from None
        _refuse_implausible_cp1252(text)
    _refuse_controls(text)
    return text, encoding


def _looks_utf16(sample: bytes) -> bool:
    """Text saved as UTF-16 without a BOM: every other byte of its ASCII letters is nul."""
    if len(sample) < 4:
        return False
    half = len(sample) // 2
    return max(sample[0::2].count(0), sample[1::2].count(0)) > half * 0.4


def _refuse_controls(text: str) -> None:
    found = _CONTROL.search(text)
    if found:
        line_no = text[: found.start()].count("\n") + 1
        raise ImportFileError(
            f"Caractères de contrôle à la ligne {line_no} : ce n'est pas un fichier texte. "
            f"{_SAVE_AS}"
        )


def _refuse_implausible_cp1252(text: str) -> None:
    """Windows-1252 decodes any byte; refuse when the result is not French or English text."""
    unusual = [i for i, ch in enumerate(text) if ord(ch) > 0x7F and ch not in _PLAUSIBLE_CP1252]
    beyond_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    # A stray « ± » or « ¿ » in a French file is fine; a tenth of odd symbols is not.
    if len(unusual) >= 2 and len(unusual) * 10 > beyond_ascii:
        line_no = text[: unusual[0]].count("\n") + 1
        raise ImportFileError(
            f"Encodage non reconnu à partir de la ligne {line_no} : le fichier n'est ni en "
            "UTF-8 ni en Windows-1252 (peut-être du Shift-JIS ou un autre encodage ; les "
            f"caractères seraient illisibles). {_SAVE_AS}"
        )


def _few(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + ("…" if len(numbers) > 5 else "")


def sniff_delimiter(header_line: str) -> str:
    """';' for Excel in French, ',' elsewhere, a tab from copy-paste: the most frequent wins."""
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def canonical_column(header: str) -> str:
    key = name_key(header).replace(" ", "_")
    return COLUMN_ALIASES.get(key, key)


@dataclass
class _RawRow:
    line: int
    values: dict[str, str]


def read_rows(text: str, *, max_rows: int | None = None) -> tuple[list[_RawRow], str, list[str]]:
    """Rows keyed by canonical column, the delimiter, and the unknown columns.

    With `max_rows`, a file with more data rows is refused as soon as the row past the bound is
    read, before any of it is checked or geocoded.
    """
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if not first_line:
        raise ImportFileError("Le fichier est vide : il faut une ligne d'en-têtes puis des lieux.")
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    header_line = 0
    last_line = 0
    rows: list[_RawRow] = []
    while True:
        start = last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise _unreadable_record(start, error) from None
        last_line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [canonical_column(c) for c in cells]
            header_line = start
            _check_header(header, header_line, delimiter)
            continue
        if max_rows is not None and len(rows) >= max_rows:
            raise ImportFileError(
                f"Trop de lieux : la ligne {start} dépasse la limite de {_thousands(max_rows)} "
                "lieux par fichier importé dans le navigateur. Coupez le fichier en plusieurs "
                "(gardez la ligne d'en-têtes dans chacun) et importez-les l'un après l'autre."
            )
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            values = {"__overflow__": str(len(cells))}
        else:
            values = {}
        cells = cells + [""] * (len(header) - len(cells))
        values.update({h: _unescape(cells[i]) for i, h in enumerate(header) if h})
        rows.append(_RawRow(start, values))
    assert header is not None
    unknown = [h for h in header if h and not _known_column(h)]
    if not rows:
        raise ImportFileError("Le fichier n'a que la ligne d'en-têtes : aucun lieu à importer.")
    return rows, delimiter, unknown


def _unescape(cell: str) -> str:
    """A cell an export protected from Excel ('=…, '-…) reads as it was written."""
    if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "|"):
        return cell[1:]
    return cell


def _unreadable_record(line: int, error: csv.Error) -> ImportFileError:
    if "field larger than field limit" in str(error):
        limit_kb = csv.field_size_limit() // 1024
        return ImportFileError(
            f"Ligne {line} : une cellule dépasse {limit_kb} ko, la taille la plus grande "
            "acceptée. C'est souvent un guillemet « \" » ouvert et jamais refermé, qui avale la "
            "suite du fichier : corrigez cette ligne, ou raccourcissez le texte."
        )
    return ImportFileError(
        f"Ligne {line} illisible comme CSV ({error}). Vérifiez les guillemets de cette ligne."
    )


def _thousands(number: int) -> str:
    """5000 → '5 000', as French writes it (narrow no-break space)."""
    return f"{number:,}".replace(",", "\u202f")


def _check_header(header: list[str], line: int, delimiter: str) -> None:
    duplicates = sorted({h for h in header if h and header.count(h) > 1})
    if duplicates:
        raise ImportFileError(
            f"Ligne {line} (en-têtes) : colonne(s) en double : {', '.join(duplicates)}. "
            "Gardez une seule colonne de chaque nom."
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ImportFileError(
            f"Ligne {line} (en-têtes) : colonne(s) obligatoire(s) absente(s) : "
            f"{', '.join(missing)}. Colonnes attendues : {','.join(COLUMNS)} "
            f"(séparateur lu : « {delimiter} »)."
        )


# --- Checking one row ------------------------------------------------------------------------


class _Taxonomy:
    """Codes and labels, so a row may say 'meubles', 'Meubles' or 'Furniture'."""

    def __init__(self) -> None:
        self.categories = self._index(db.session.execute(select(Category)).scalars())
        self.actions = self._index(db.session.execute(select(Action)).scalars())
        self.place_types = self._index(db.session.execute(select(PlaceType)).scalars())
        self.items = item_lookup.current_catalogue()

    @staticmethod
    def _index(rows: Iterator[Category] | Iterator[Action] | Iterator[PlaceType]) -> dict[str, str]:
        index: dict[str, str] = {}
        for row in rows:
            for text in (row.label_en, row.label_fr, row.code):
                index[name_key(text)] = row.code
        return index

    @staticmethod
    def valid(index: dict[str, str]) -> str:
        return ", ".join(sorted(set(index.values())))


def _split_codes(raw: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,|\n]", raw) if part.strip()]


def _codes(
    outcome: RowOutcome, column: str, raw: str, index: dict[str, str], what: str
) -> list[str]:
    if not raw.strip():
        outcome.error(
            column, f"Aucun(e) {what} : indiquez au moins un code ({_Taxonomy.valid(index)})."
        )
        return []
    codes: list[str] = []
    for part in _split_codes(raw):
        code = index.get(name_key(part))
        if code is None:
            outcome.error(
                column,
                f"{what.capitalize()} inconnue « {part} ». Codes valides : "
                f"{_Taxonomy.valid(index)}.",
            )
        elif code not in codes:
            codes.append(code)
    return codes


def _refused(outcome: RowOutcome, column: str, raw: str, catalogue: Catalogue) -> list[str]:
    """The item codes a refusals cell names; an unknown word is a warning, and left out."""
    try:
        return normalise.refused_items(raw, catalogue)
    except normalise.UnknownItemsError as error:
        words = ", ".join(f"« {word} »" for word in error.unknown)
        outcome.warn(
            "refusal_unknown",
            f"Objet(s) refusé(s) inconnu(s) dans la colonne {column} : {words} : ignoré(s). "
            "Écrivez le nom d'un objet du catalogue (matelas, sommier…) ou son code.",
        )
        return error.known


def _clean(value: str) -> str:
    return " ".join(value.replace("\x00", "").split())


@dataclass
class _Checked:
    """A row that passed the checks: the values the import owns, before geocoding."""

    outcome: RowOutcome
    name: str
    address: str
    municipality_text: str
    postal_code: str  # normalised, or '' when absent or unreadable
    postal_typed: str
    place_type: str
    takes: dict[str, list[str]]
    refuses: list[str] | None  # None: no `refuses` column, the place's refusals stay
    phone: str
    website: str
    email: str
    opening_hours: str
    hours_note: str
    description: str
    extra: dict[str, Any] = field(default_factory=dict)
    result: GeocodeResult | None = None
    key: str = ""
    place: Place | None = None
    record: ImportRecord | None = None


def _check_row(raw: _RawRow, taxonomy: _Taxonomy) -> _Checked | RowOutcome:
    values = raw.values
    outcome = RowOutcome(raw.line, name=_clean(values.get("name", "")))
    if "__overflow__" in values:
        outcome.error(
            "(ligne entière)",
            f"{values['__overflow__']} valeurs pour {len(values) - 1} colonnes : un séparateur "
            "en trop, ou un texte avec séparateur à mettre entre guillemets.",
        )
        return outcome
    text = {c: _clean(values.get(c, "")) for c in COLUMNS}
    text["description"] = values.get("description", "").strip()
    for column, limit in MAX_LENGTHS.items():
        if len(text[column]) > limit:
            outcome.error(
                column, f"Texte trop long ({len(text[column])} caractères, {limit} au plus)."
            )
    if not text["name"]:
        outcome.error("name", "Nom manquant : chaque lieu doit avoir un nom.")
    if not (text["municipality"] or text["postal_code"]):
        outcome.error(
            "municipality",
            "Ni municipalité ni code postal : indiquez au moins la municipalité.",
        )
    place_type = ""
    if not text["place_type"]:
        outcome.error(
            "place_type",
            f"Type de lieu manquant. Codes valides : {_Taxonomy.valid(taxonomy.place_types)}.",
        )
    else:
        place_type = taxonomy.place_types.get(name_key(text["place_type"]), "")
        if not place_type:
            outcome.error(
                "place_type",
                f"Type de lieu inconnu « {text['place_type']} ». Codes valides : "
                f"{_Taxonomy.valid(taxonomy.place_types)}.",
            )
    categories = _codes(
        outcome, "categories", values.get("categories", ""), taxonomy.categories, "catégorie"
    )
    actions = _codes(outcome, "actions", values.get("actions", ""), taxonomy.actions, "action")
    if outcome.errors:
        return outcome

    # The editor's normalisers: what one stores, the other stores the same way.
    try:
        phone = normalise.phone(text["phone"])
    except normalise.InvalidValueError:
        phone = text["phone"]
        outcome.warn(
            "phone_format",
            f"Téléphone « {text['phone']} » non reconnu (attendu : 418 603-2546) : "
            "gardé tel quel, à vérifier.",
        )
    try:
        website = normalise.website(text["website"])
    except normalise.InvalidValueError:
        website = ""
        outcome.warn(
            "website_invalid",
            f"Site web « {text['website']} » invalide (attendu : https://exemple.org) : ignoré.",
        )
    try:
        email = normalise.email(text["email"])
    except normalise.InvalidValueError:
        email = ""
        outcome.warn("email_invalid", f"Courriel « {text['email']} » invalide : ignoré.")
    hours, hours_note = "", ""
    if text["opening_hours"]:
        try:
            hours = normalise.opening_hours(text["opening_hours"])
        except normalise.InvalidValueError:
            hours_note = text["opening_hours"]
            outcome.warn(
                "opening_hours_invalid",
                f"Heures « {text['opening_hours']} » non reconnues "
                "(ex. « lun-ven 9 h - 17 h ; sam 10 h - 16 h ») : gardées comme note, à corriger.",
            )
    postal = normalise_postal_code(text["postal_code"]) or ""
    refuses = (
        _refused(outcome, "refuses", values["refuses"], taxonomy.items)
        if "refuses" in values
        else None
    )
    extra = _round_trip_values(values, outcome, hours_note, taxonomy.items)
    if outcome.errors:
        return outcome
    return _Checked(
        outcome=outcome,
        name=text["name"],
        address=text["address"],
        municipality_text=text["municipality"],
        postal_code=postal,
        postal_typed=text["postal_code"],
        place_type=place_type,
        takes={action: sorted(categories) for action in actions},
        refuses=refuses,
        phone=phone,
        website=website,
        email=email,
        opening_hours=hours,
        hours_note=hours_note,
        description=text["description"],
        extra=extra,
    )


def _number(raw: str) -> float | None:
    try:
        return float(raw.strip().replace(",", "."))
    except ValueError:
        return None


def _round_trip_values(
    values: dict[str, str], outcome: RowOutcome, hours_note: str, catalogue: Catalogue
) -> dict[str, Any]:
    """The export's own columns, in the shape `_desired_values` gives (only those present)."""
    extra: dict[str, Any] = {}
    cell = {k: v.strip() for k, v in values.items()}
    if cell.get("id"):
        if not cell["id"].isdigit():
            outcome.error("id", f"Identifiant « {cell['id']} » invalide : un nombre entier.")
        else:
            extra["id"] = int(cell["id"])
    if cell.get("slug"):
        extra["slug"] = slugify(cell["slug"])[:200]
    if cell.get("status"):
        if cell["status"] not in {s.value for s in PlaceStatus}:
            outcome.error("status", "Statut inconnu : draft, published ou archived.")
        else:
            extra["status"] = cell["status"]
    lat, lon = _number(cell.get("latitude", "")), _number(cell.get("longitude", ""))
    if lat is not None and lon is not None:
        source = cell.get("geocode_source", "")
        precision = cell.get("geocode_precision", "")
        extra["point"] = {
            "latitude": lat,
            "longitude": lon,
            "geocode_source": source if source in {s.value for s in GeocodeSource} else "manual",
            "geocode_precision": precision
            if precision in {p.value for p in GeocodePrecision}
            else "address",
        }
    for column in ("description_en", "hours_note_fr", "hours_note_en"):
        if column in values:
            extra[column] = values[column].strip()
    if "hours_note_fr" in extra and hours_note:
        extra["hours_note_fr"] = hours_note
    if "service_area" in values:
        extra["service_area"] = _service_area(cell["service_area"])
    if cell.get("verified_at"):
        extra["verified_at"] = cell["verified_at"]
    if cell.get("demo", "").lower() in {"1", "oui", "yes", "true"}:
        extra["demo"] = True  # a demonstration place stays one (set on creation only)
    actions = {
        h.removeprefix(prefix)
        for h in values
        for prefix in PER_ACTION_PREFIXES
        if h.startswith(prefix)
    }
    if actions:
        extra["conditions"] = {}
        for action in sorted(actions):
            if not cell.get(f"categories_{action}"):
                continue
            take: dict[str, Any] = {
                "categories": sorted(_split_codes(cell[f"categories_{action}"])),
                "conditions_fr": values.get(f"conditions_fr_{action}", "").strip(),
                "conditions_en": values.get(f"conditions_en_{action}", "").strip(),
            }
            column = f"refuses_{action}"
            refuses = _refused(outcome, column, cell[column], catalogue) if cell.get(column) else []
            if refuses:  # the snapshot's shape: no key without refusals
                take["refuses"] = refuses
            extra["conditions"][action] = take
    return extra


def _service_area(raw: str) -> dict[str, Any] | None:
    """'20 km' → a radius; 'beauce-centre;beauce-sartigan' → MRCs; empty → none."""
    if not raw:
        return None
    radius = re.fullmatch(r"(\d{1,3})\s*km", raw)
    if radius:
        return {"radius_km": int(radius.group(1))}
    return {"mrcs": sorted(_split_codes(raw))}


def service_area_text(area: dict[str, Any] | None) -> str:
    """The export's cell for a pickup area, which `_service_area` reads back."""
    if not area:
        return ""
    if area.get("mrcs"):
        return ";".join(area["mrcs"])
    return f"{area['radius_km']} km" if area.get("radius_km") else ""


# --- Matching, planning and writing ----------------------------------------------------------

_LOCATION_FIELDS = ("latitude", "longitude", "geocode_source", "geocode_precision", "mrc")


def _location_of(place: Place) -> dict[str, Any]:
    return {
        "latitude": round(place.latitude, 6) if place.latitude is not None else None,
        "longitude": round(place.longitude, 6) if place.longitude is not None else None,
        "geocode_source": str(place.geocode_source) if place.geocode_source else None,
        "geocode_precision": str(place.geocode_precision) if place.geocode_precision else None,
        "mrc": place.mrc.slug if place.mrc else None,
    }


def _current_values(place: Place) -> dict[str, Any]:
    """The place in the shape ImportRecord.values keeps."""
    return {
        "name": place.name,
        "address": place.address,
        "municipality": place.municipality.code_geo if place.municipality else None,
        "postal_code": place.postal_code,
        "place_type": place.place_type_code,
        "takes": {p.action_code: sorted(c.code for c in p.categories) for p in place.propositions},
        "refuses": sorted({code for p in place.propositions for code in p.refuses or ()}),
        "phone": place.phone,
        "website": place.website,
        "email": place.email,
        "opening_hours": place.opening_hours,
        "hours_note_fr": place.hours_note_fr,
        "description_fr": place.description_fr,
        "location": _location_of(place),
        "status": str(place.status),
        # Read only from the export's own columns (ROUND_TRIP_COLUMNS).
        "description_en": place.description_en,
        "hours_note_en": place.hours_note_en,
        "service_area": place.service_area,
        "verified_at": placewrites.snapshot_verified_at(place),
        "conditions": placewrites.snapshot_takes(place),
    }


def _desired_values(row: _Checked, status: PlaceStatus) -> dict[str, Any]:
    result = row.result
    assert result is not None
    mrc = (
        placewrites.mrc_slug_for(result.mrc, result.lat, result.lon)
        if result.lat is not None
        else result.mrc
    )
    extra = row.extra
    desired: dict[str, Any] = {
        "name": row.name,
        "address": row.address,
        "municipality": result.municipality.code_geo if result.municipality else None,
        "postal_code": row.postal_code,
        "place_type": row.place_type,
        "takes": row.takes,
        "phone": row.phone,
        "website": row.website,
        "email": row.email,
        "opening_hours": row.opening_hours,
        "hours_note_fr": row.hours_note,
        "description_fr": row.description,
        "location": {
            "latitude": result.lat,
            "longitude": result.lon,
            "geocode_source": str(result.source) if result.source else None,
            "geocode_precision": str(result.precision) if result.precision else None,
            "mrc": mrc,
        },
        "status": extra.get("status", str(status)),
    }
    for name in ("description_en", "hours_note_fr", "hours_note_en", "service_area"):
        if name in extra:
            desired[name] = extra[name]
    if "verified_at" in extra:
        desired["verified_at"] = extra["verified_at"]
    if "conditions" in extra:
        # Per-action columns say per action what is refused; `refuses` is then their union.
        desired["conditions"] = extra["conditions"]
        desired["takes"] = {a: t["categories"] for a, t in extra["conditions"].items()}
    elif row.refuses is not None:
        desired["refuses"] = row.refuses
    return desired


def _is_empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_is_empty(v) for v in value.values())
    return value in (None, "", [], {})


def _staff_owned(place: Place, record: ImportRecord | None) -> set[str]:
    """Fields staff changed since the last import (or, for a place no import made, filled)."""
    current = _current_values(place)
    if record is None:
        owned = {k for k, v in current.items() if not _is_empty(v)}
    else:
        # Empty and not recorded is no edit: a field an older import did not record yet.
        owned = {
            k
            for k, v in current.items()
            if v != record.values.get(k) and not (_is_empty(v) and k not in record.values)
        }
    if place.geocode_source == GeocodeSource.MANUAL:
        owned.add("location")
    if "municipality" in owned:
        owned.add("location")  # a point from another town than the staff's would contradict it
    return owned


class _Writer:
    """Turns planned import values into placewrites calls; knows the slugs and ids in use."""

    def __init__(self, filename: str, user: User | None, source: str) -> None:
        self.filename = filename
        self.user = user
        self.source = source
        self.lookups = placewrites.Lookups()
        self.slugs = set(db.session.execute(select(Place.slug)).scalars())
        self.ids = set(db.session.execute(select(Place.id)).scalars())

    def new_slug(self, name: str, town: str, wanted: str = "") -> str:
        if wanted and wanted not in self.slugs:
            self.slugs.add(wanted)
            return wanted
        base = slugify(f"{name} {town}")[:150] or "lieu"
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    @staticmethod
    def values(changes: dict[str, Any], place: Place | None) -> dict[str, Any]:
        """Import-shaped values in the shape placewrites takes (the history's)."""
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "place_type":
                values["place_type_code"] = value
            elif name == "location":
                values.update({k: v for k, v in value.items() if k != "mrc"})
            elif name == "takes" and "conditions" not in changes:
                # Staff's conditions on an action stay; only the categories follow the file.
                kept = placewrites.snapshot_takes(place) if place is not None else {}
                values["takes"] = {
                    action: {**kept.get(action, {}), "categories": codes}
                    for action, codes in value.items()
                }
            elif name == "conditions":
                values["takes"] = value
            elif name not in {"takes", "refuses"}:
                values[name] = value
        if "refuses" in changes and "conditions" not in changes:
            # One list for the whole row: every action the place keeps refuses the same items.
            takes = values.get("takes") or (
                placewrites.snapshot_takes(place) if place is not None else {}
            )
            values["takes"] = {
                action: {**take, "refuses": changes["refuses"]} for action, take in takes.items()
            }
        return values

    def create(self, row: _Checked, desired: dict[str, Any], slug: str) -> Place:
        wanted_id = row.extra.get("id")
        place_id = wanted_id if wanted_id is not None and wanted_id not in self.ids else None
        if place_id is not None:
            self.ids.add(place_id)
        values = self.values(desired, None)
        status = PlaceStatus(values.pop("status"))
        return placewrites.create(
            values,
            self.user,
            source=self.source,
            status=status,
            slug=slug,
            place_id=place_id,
            is_demo=bool(row.extra.get("demo")),
            data_source=f"{IMPORT_SOURCE_PREFIX} : {self.filename}",
            commit=False,
            lookups=self.lookups,
        )

    def change(self, place: Place, changes: dict[str, Any]) -> None:
        placewrites.write(
            place,
            self.values(changes, place),
            self.user,
            source=self.source,
            kind="update",
            lookups=self.lookups,
        )


class _Existing:
    """The places and import records already in the database, read once per import."""

    def __init__(self) -> None:
        self.records = {r.import_key: r for r in db.session.execute(select(ImportRecord)).scalars()}
        places = (
            db.session.execute(
                select(Place).options(
                    selectinload(Place.propositions).selectinload(Proposition.categories),
                    joinedload(Place.municipality),
                    joinedload(Place.mrc),
                )
            )
            .unique()
            .scalars()
        )
        self.places = {p.id: p for p in places}
        recorded = {r.place_id for r in self.records.values()}
        self.record_by_place = {r.place_id: r for r in self.records.values()}
        # Places staff made by hand (no import record), by town and normalised name.
        self.by_name: dict[tuple[str, str], Place] = {}
        for place in self.places.values():
            if place.id not in recorded and not place.is_demo and place.municipality:
                self.by_name.setdefault((place.municipality.code_geo, name_key(place.name)), place)

    def record_of(self, place: Place) -> ImportRecord | None:
        return self.record_by_place.get(place.id)

    def find(
        self, key: str, name: str, code_geo: str | None
    ) -> tuple[Place | None, ImportRecord | None]:
        """The place a row stands for: the one an import made under this key, else one staff
        made by hand with the same name in the same town (completed, not duplicated)."""
        record = self.records.get(key)
        if record is not None and record.place_id in self.places:
            return self.places[record.place_id], record
        if code_geo is None:
            return None, record
        return self.by_name.get((code_geo, name_key(name))), record


def _geocode_row(
    row: _Checked, geocoder: Geocoder, allow_outside_region: bool, use_remote: bool
) -> None:
    outcome = row.outcome
    manual = None
    if row.place is not None:
        owned = _staff_owned(row.place, row.record)
        if (
            "location" in owned
            and row.place.latitude is not None
            and row.place.longitude is not None
        ):
            manual = (row.place.latitude, row.place.longitude)
    point: dict[str, Any] = row.extra.get("point") or {}
    from_file = manual is None and bool(point)
    if from_file:
        # An exported place's own point: not geocoded again, source and precision kept.
        manual = (point["latitude"], point["longitude"])
    result = geocoder.chain.geocode(
        AddressQuery(
            street=row.address,
            municipality=row.municipality_text,
            postal_code=row.postal_typed,
            manual_point=manual,
        ),
        use_remote=use_remote,
    )
    if not use_remote and row.address and manual is None:
        result.notes.append(
            "Adresse pas cherchée en ligne (temps écoulé) : réimportez plus tard pour la préciser."
        )
    if from_file:
        result.source = GeocodeSource(point["geocode_source"])
        result.precision = GeocodePrecision(point["geocode_precision"])
    elif manual is not None and row.place is not None and row.place.geocode_source is not None:
        result.source = row.place.geocode_source
        result.precision = row.place.geocode_precision
    row.result = result
    outcome.notes.extend(result.notes)
    if not result.found:
        outcome.error(
            "municipality" if row.municipality_text else "postal_code",
            result.refusal or "Adresse introuvable.",
        )
        return
    if not result.in_region and not allow_outside_region:
        reason = next((w.message for w in result.warnings if w.kind == "outside_region"), "")
        outcome.error(
            "municipality" if row.municipality_text else "postal_code",
            f"{reason} Corrigez l'adresse ou le code postal, ou importez en autorisant les "
            "lieux hors région (--allow-outside-region).",
        )
        return
    outcome.warnings = [*outcome.warnings, *result.warnings]
    outcome.mrc = (
        placewrites.mrc_slug_for(result.mrc, result.lat, result.lon)
        if result.lat is not None
        else result.mrc
    )
    outcome.municipality = result.municipality.name if result.municipality else None
    outcome.geocode_source = str(result.source) if result.source else None
    outcome.geocode_precision = str(result.precision) if result.precision else None


def import_places(
    source: bytes | IO[bytes],
    *,
    dry_run: bool = False,
    status: PlaceStatus | str | None = None,
    allow_outside_region: bool = False,
    filename: str = "",
    progress: Callable[[int, int], None] | None = None,
    use_network: bool = True,
    max_rows: int | None = None,
    network_seconds: float | None = None,
    before_update: Callable[[Place], None] | None = None,
    user: User | None = None,
    author_label: str = "",
) -> ImportReport:
    """Check, geocode and write the places of a CSV file; see the module docstring.

    Every place written gets a revision by `user` (a staff member's browser import, or None)
    and `author_label` (by default `import: <filename>`).
    """
    forced_status = _forced_status(status)
    raw = source if isinstance(source, bytes) else source.read()
    text, encoding = decode(raw)
    raw_rows, delimiter, unknown = read_rows(text, max_rows=max_rows)
    report = ImportReport(
        filename=filename, dry_run=dry_run, encoding=encoding, delimiter=delimiter,
        unknown_columns=unknown,
    )  # fmt: skip

    # 1. Check and geocode every row; nothing is written, so no lock is held on the network.
    taxonomy = _Taxonomy()
    geocoder = Geocoder(use_network=use_network)
    existing = _Existing()
    first_line_of: dict[str, int] = {}
    accepted: list[_Checked] = []
    network_until = None if network_seconds is None else time.monotonic() + network_seconds
    for done, raw_row in enumerate(raw_rows, start=1):
        checked = _check_row(raw_row, taxonomy)
        if isinstance(checked, RowOutcome):
            report.rows.append(checked)
        else:
            report.rows.append(checked.outcome)
            use_remote = report.network_stopped_at is None
            if use_remote and network_until is not None and time.monotonic() > network_until:
                report.network_stopped_at = raw_row.line
                use_remote = False
            _locate(checked, geocoder, existing, allow_outside_region, first_line_of, use_remote)
            if not checked.outcome.errors:
                accepted.append(checked)
        if progress is not None:
            progress(done, len(raw_rows))
    report.network_requests = sum(1 for r in accepted if r.result and r.result.remote_asked)

    # 2. Plan each accepted row against the database, and write it all in one transaction.
    try:
        writer = _Writer(filename, user, author_label or f"import: {filename or 'fichier'}")
        for row in accepted:
            _plan_and_write(row, writer, forced_status, dry_run, before_update)
        if dry_run:
            db.session.rollback()
            return report
        geocoder.save_cache()
        db.session.flush()
        for row in accepted:
            if row.place is not None:
                row.outcome.place_id = row.place.id
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return report


def _forced_status(status: PlaceStatus | str | None) -> PlaceStatus | None:
    if status in (None, "", "auto"):
        return None
    if str(status) == PlaceStatus.DRAFT:
        return PlaceStatus.DRAFT
    raise ValueError(f"status must be None or 'draft', not {status!r}")


def _locate(
    row: _Checked,
    geocoder: Geocoder,
    existing: _Existing,
    allow_outside_region: bool,
    first_line_of: dict[str, int],
    use_remote: bool,
) -> None:
    # Match first: a place whose point staff placed is not geocoded again.
    if row.extra.get("id") in existing.places:
        row.place = existing.places[row.extra["id"]]
        row.record = existing.record_of(row.place)
    town = geocoder.chain.gazetteer.find(row.municipality_text) if row.municipality_text else None
    if town is not None:
        key = f"{name_key(row.name)}@{town.entry.code_geo}"
        if row.place is None:
            row.place, row.record = existing.find(key, row.name, town.entry.code_geo)
    _geocode_row(row, geocoder, allow_outside_region, use_remote)
    if row.outcome.errors:
        return
    assert row.result is not None
    found = row.result.municipality
    where = found.code_geo if found else "~" + name_key(row.municipality_text or row.postal_code)
    row.key = f"{name_key(row.name)}@{where}"
    if row.place is None:
        row.place, row.record = existing.find(row.key, row.name, found.code_geo if found else None)
    if row.key in first_line_of:
        row.outcome.error(
            "name",
            f"Même lieu que la ligne {first_line_of[row.key]} (même nom, même municipalité) : "
            "fusionnez les deux lignes.",
        )
        return
    first_line_of[row.key] = row.outcome.line


STAFF_MARK = "__staff__"


def _snapshot(
    desired: dict[str, Any], owned: set[str], record: ImportRecord | None
) -> dict[str, Any]:
    """What to remember as "last imported": for a field staff own, what it was before (or a
    mark), so that it stays theirs on the next import too."""
    values = dict(desired)
    for field_name in owned:
        previous = record.values.get(field_name, STAFF_MARK) if record else STAFF_MARK
        values[field_name] = previous
    return values


def _plan_and_write(
    row: _Checked,
    writer: _Writer,
    forced_status: PlaceStatus | None,
    dry_run: bool,
    before_update: Callable[[Place], None] | None = None,
) -> None:
    outcome = row.outcome
    status = forced_status or (PlaceStatus.DRAFT if outcome.warnings else PlaceStatus.PUBLISHED)
    desired = _desired_values(row, status)
    place = row.place
    if place is None:
        outcome.status = RowStatus.CREATED
        town = row.result.municipality.name if row.result and row.result.municipality else ""
        outcome.place_slug = writer.new_slug(
            row.name, town or row.municipality_text, row.extra.get("slug", "")
        )
        if dry_run:
            return
        if row.record is not None:
            db.session.delete(row.record)  # left by a place since deleted
            db.session.flush()
        place = writer.create(row, desired, outcome.place_slug)
        db.session.add(
            ImportRecord(
                place=place, import_key=row.key, values=desired, source_file=writer.filename
            )
        )
        row.place = place
        return

    outcome.place_slug = place.slug
    outcome.place_id = place.id
    owned = _staff_owned(place, row.record)
    current = _current_values(place)
    changes = {}
    for field_name, value in desired.items():
        if field_name in owned:
            # The point staff placed is not even geocoded: always say it was kept.
            if value != current[field_name] or field_name == "location":
                outcome.kept_staff_edits.append(field_name)
        elif value != current[field_name]:
            changes[field_name] = value
    outcome.status = RowStatus.UPDATED if changes else RowStatus.UNCHANGED
    if outcome.kept_staff_edits:
        outcome.notes.append(
            "Corrections du personnel conservées : " + ", ".join(outcome.kept_staff_edits) + "."
        )
    if "location" in owned:
        # The place keeps the staff's point and MRC, not the file's.
        outcome.mrc = current["location"]["mrc"]
        outcome.geocode_source = current["location"]["geocode_source"]
        outcome.geocode_precision = current["location"]["geocode_precision"]
    if dry_run:
        return
    if changes and before_update is not None:
        before_update(place)
    if changes:
        writer.change(place, changes)
    snapshot = _snapshot(desired, owned, row.record)
    if row.record is None or row.record.place_id != place.id:
        db.session.add(
            ImportRecord(
                place_id=place.id, import_key=row.key, values=snapshot, source_file=writer.filename
            )
        )
    elif row.record.values != snapshot:
        row.record.values = snapshot
        row.record.source_file = writer.filename
