"""Staff accounts, login attempts (for the rate limit) and the history of every place change."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model
from ..models import Place, utcnow


class Role(enum.StrEnum):
    EDITOR = "editor"
    ADMIN = "admin"


class User(Model):
    """A staff member. Editors edit places; admins also manage users, taxonomy and imports."""

    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[Role] = mapped_column(String(12), default=Role.EDITOR)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    # Bumped on logout, password or role change: every session cookie issued before stops working.
    session_generation: Mapped[int] = mapped_column(default=1)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"


class LoginAttempt(Model):
    """One login try, kept for the login delays: failures per account and per address."""

    __table_args__ = (
        Index("ix_login_attempt_email_at", "email", "at"),
        Index("ix_login_attempt_address_at", "address", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    success: Mapped[bool] = mapped_column(default=False)


class PlaceRevision(Model):
    """One change to a place: who or what made it, when, and each field's value before and after.

    `user` is the staff account that made the change, if any; `author_label` names a source that
    is not a person (`import: partenaires.csv`, `seed`), or the file a staff member imported.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    author_label: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # create, update, publish, unpublish, archive, restore, revert, import
    kind: Mapped[str] = mapped_column(String(16))
    # [{"field": name, "before": value, "after": value}, ...] with JSON-safe values.
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    reverted_revision_id: Mapped[int | None] = mapped_column(ForeignKey("place_revision.id"))

    place: Mapped[Place] = relationship()
    user: Mapped[User | None] = relationship()

    @property
    def author(self) -> str:
        """Who or what made the change, as the history shows it."""
        who = self.user.email if self.user is not None else ""
        if who and self.author_label:
            return f"{self.author_label} ({who})"
        return who or self.author_label
