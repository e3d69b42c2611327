"""Typed SQLAlchemy models: territories, taxonomy, places and what each place takes."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import Model


def utcnow() -> datetime:
    return datetime.now(UTC)


class OutlineSource(enum.StrEnum):
    APPROXIMATE = "approximate"
    OFFICIAL = "official"


class PlaceStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class GeocodeSource(enum.StrEnum):
    NOMINATIM = "nominatim"
    POSTAL_CODE = "postal_code"
    MUNICIPALITY = "municipality"
    MANUAL = "manual"


class GeocodePrecision(enum.StrEnum):
    ADDRESS = "address"
    STREET = "street"
    POSTAL_CODE = "postal_code"
    MUNICIPALITY = "municipality"


class Mrc(Model):
    """A regional county municipality, or the city of Lévis which stands in for one."""

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    code_sda: Mapped[str] = mapped_column(String(8))
    code_mamh: Mapped[str | None] = mapped_column(String(8))
    cduid: Mapped[str] = mapped_column(String(8))
    former_name: Mapped[str | None] = mapped_column(String(120))
    # GeoJSON geometry (Polygon or MultiPolygon), lon/lat WGS84; deferred: large, rarely needed.
    outline: Mapped[dict[str, Any] | None] = mapped_column(JSON, deferred=True)
    outline_source: Mapped[OutlineSource] = mapped_column(
        String(16), default=OutlineSource.APPROXIMATE
    )

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="mrc")

    def __repr__(self) -> str:
        return f"<Mrc {self.slug}>"


class Municipality(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    code_geo: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    designation: Mapped[str] = mapped_column(String(40))
    mrc_id: Mapped[int] = mapped_column(ForeignKey("mrc.id"))
    latitude: Mapped[float]
    longitude: Mapped[float]
    # Real alternate names (former names, Lévis sectors); spelling variants are normalised in code.
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)

    mrc: Mapped[Mrc] = relationship(back_populates="municipalities")

    def __repr__(self) -> str:
        return f"<Municipality {self.name}>"


class Category(Model):
    """A kind of item citizens bring; the code is stable because embed URLs depend on it."""

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)
    colour: Mapped[str] = mapped_column(String(7))
    icon: Mapped[str] = mapped_column(String(16), default="")


class Action(Model):
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)


class PlaceType(Model):
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)
    colour: Mapped[str] = mapped_column(String(7))


class Place(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(160), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description_fr: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    place_type_code: Mapped[str] = mapped_column(ForeignKey("place_type.code"))
    address: Mapped[str] = mapped_column(String(250), default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    postal_code: Mapped[str] = mapped_column(String(7), default="")
    mrc_id: Mapped[int | None] = mapped_column(ForeignKey("mrc.id"), index=True)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    geocode_source: Mapped[GeocodeSource | None] = mapped_column(String(16))
    geocode_precision: Mapped[GeocodePrecision | None] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    opening_hours: Mapped[str] = mapped_column(String(500), default="")
    hours_note_fr: Mapped[str] = mapped_column(String(500), default="")
    hours_note_en: Mapped[str] = mapped_column(String(500), default="")
    # For home pickup: {"mrcs": [slug, ...]} or {"radius_km": n}.
    service_area: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # No gifts (of some categories) until a date: see donations.py for the shape and the rules.
    donation_pause: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[PlaceStatus] = mapped_column(String(12), default=PlaceStatus.DRAFT, index=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    data_source: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    verified_at: Mapped[datetime | None]
    # Optimistic locking: a stale edit fails instead of silently overwriting another.
    version: Mapped[int] = mapped_column(default=1)

    place_type: Mapped[PlaceType] = relationship()
    municipality: Mapped[Municipality | None] = relationship()
    mrc: Mapped[Mrc | None] = relationship()
    propositions: Mapped[list[Proposition]] = relationship(
        back_populates="place", cascade="all, delete-orphan", order_by="Proposition.action_code"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def category_codes(self) -> list[str]:
        codes = {c.code for p in self.propositions for c in p.categories}
        return sorted(codes)

    def __repr__(self) -> str:
        return f"<Place {self.slug}>"


proposition_category = Table(
    "proposition_category",
    Model.metadata,
    Column("proposition_id", ForeignKey("proposition.id", ondelete="CASCADE"), primary_key=True),
    Column("category_code", ForeignKey("category.code"), primary_key=True),
    Index("ix_proposition_category_category", "category_code"),
)


class Proposition(Model):
    """What a place takes for one action: (place, action, categories, refused items, conditions)."""

    __table_args__ = (UniqueConstraint("place_id", "action_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    action_code: Mapped[str] = mapped_column(ForeignKey("action.code"))
    conditions_fr: Mapped[str] = mapped_column(String(500), default="")
    conditions_en: Mapped[str] = mapped_column(String(500), default="")
    # Item codes of the catalogue (data/items.csv) this action refuses although their category
    # is taken: "meubles" but not "matelas". Read with the place, never queried on its own.
    refuses: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")

    place: Mapped[Place] = relationship(back_populates="propositions")
    action: Mapped[Action] = relationship()
    categories: Mapped[list[Category]] = relationship(
        secondary=proposition_category, order_by="Category.sort_order"
    )


class Synonym(Model):
    """A word citizens type for a category ('divan' → meubles); staff add more from misses."""

    __table_args__ = (UniqueConstraint("term", "lang", "category_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(120))
    lang: Mapped[str] = mapped_column(String(2))
    category_code: Mapped[str] = mapped_column(ForeignKey("category.code"), index=True)

    category: Mapped[Category] = relationship()


class SearchMiss(Model):
    """Item searches that found nothing: one row per normalised text, how often and when last.

    Nothing about the person. `key` is itemsearch.normalise(text), set by item_lookup.log_miss (rows
    made otherwise may leave it empty); `text` is the first wording seen, for staff to read.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(200), unique=True)
    text: Mapped[str] = mapped_column(String(200), index=True)
    count: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class GeocodeCache(Model):
    """A remote geocoder's answer for one normalised address: asked once, reused on re-import.

    `answers` is a list of {lat, lon, precision, label}; an empty list records "not found".
    Failures (timeouts, errors) are not cached: the next run may ask again.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    provider: Mapped[str] = mapped_column(String(20), default="nominatim")
    query: Mapped[str] = mapped_column(Text)
    answers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ImportRecord(Model):
    """What the last CSV import wrote into a place, so a re-import can tell staff edits apart.

    A field whose current value differs from `values` was changed by staff and is kept.
    """

    place_id: Mapped[int] = mapped_column(
        ForeignKey("place.id", ondelete="CASCADE"), primary_key=True
    )
    import_key: Mapped[str] = mapped_column(String(400), unique=True)
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source_file: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    place: Mapped[Place] = relationship()


class ActivityCount(Model):
    """Weekly counters behind the activity report: what was searched or viewed, and where.

    Never who: no address, point, IP address or cookie. `municipality` (a code_geo) is the most
    precise place kept, and only for searches made from a position. See activity.py.
    """

    __table_args__ = (UniqueConstraint("week", "kind", "subject", "mrc", "municipality"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[date]  # the Monday of the week, Québec time
    kind: Mapped[str] = mapped_column(String(12))  # search, miss, page, embed
    subject: Mapped[str] = mapped_column(String(60), default="")  # category, page, embed slug
    mrc: Mapped[str] = mapped_column(String(40), default="")
    municipality: Mapped[str] = mapped_column(String(8), default="")
    count: Mapped[int] = mapped_column(default=0)
