"""A named embed configuration: partners embed /embed/<slug>, staff change it in one place."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import Model
from ..models import utcnow


class EmbedConfig(Model):
    """Filters (what the map shows) and look (how it shows it), both plain JSON.

    filters: {"mrc": [slug], "category": [code], "action": [code], "q": str, "bbox": [4 floats]}
    look: {"view": "both" | "map" | "list", "controls": bool, "height": int}
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    look: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:
        return f"<EmbedConfig {self.slug}>"
