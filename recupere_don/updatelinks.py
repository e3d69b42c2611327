"""Private update links: an enterprise keeps its own place true without an account.

Staff create a link per place; the token (32 random bytes) is shown once and only its SHA-256
is stored, so a copy of the database opens nothing. A link expires, can be revoked, and
records its last use. Staff choose per link whether what the enterprise sends goes live at
once (through placewrites, author « lien de mise à jour ») or waits in the moderation queue.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import placewrites, suggestions
from .admin.models import User
from .extensions import Model, db
from .models import Place, utcnow

AUTHOR_LABEL = "lien de mise à jour"
DEFAULT_LIFETIME = timedelta(days=365)


class UpdateLink(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    goes_live: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]

    place: Mapped[Place] = relationship()
    created_by: Mapped[User | None] = relationship()

    def is_usable(self, now: datetime) -> bool:
        return self.revoked_at is None and placewrites.as_utc(self.expires_at) > now


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_link(
    place: Place, user: User | None, *, goes_live: bool, lifetime: timedelta = DEFAULT_LIFETIME
) -> tuple[UpdateLink, str]:
    """A new link for the place, revoking the ones before it; returns it with its token."""
    now = utcnow()
    for old in links_of(place):
        if old.revoked_at is None:
            old.revoked_at = now
    token = secrets.token_urlsafe(32)
    link = UpdateLink(
        place=place,
        token_hash=_hash(token),
        goes_live=goes_live,
        created_by=user,
        created_at=now,
        expires_at=now + lifetime,
    )
    db.session.add(link)
    db.session.commit()
    return link, token


def links_of(place: Place) -> list[UpdateLink]:
    return list(
        db.session.execute(
            select(UpdateLink)
            .where(UpdateLink.place_id == place.id)
            .order_by(UpdateLink.created_at.desc(), UpdateLink.id.desc())
        ).scalars()
    )


def current_link(place: Place) -> UpdateLink | None:
    now = utcnow()
    return next((link for link in links_of(place) if link.is_usable(now)), None)


def revoke(link: UpdateLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        db.session.commit()


def find_usable(token: str) -> UpdateLink | None:
    """The link this token opens, if it is neither revoked nor expired; None otherwise."""
    if not token or len(token) > 100:
        return None
    link = db.session.execute(
        select(UpdateLink).where(UpdateLink.token_hash == _hash(token))
    ).scalar_one_or_none()
    if link is None or not link.is_usable(utcnow()):
        return None
    return link


def submit(link: UpdateLink, values: Mapping[str, Any], message: str = "") -> bool:
    """Apply the enterprise's values now (True) or queue them for moderation (False)."""
    place = link.place
    link.last_used_at = utcnow()
    if link.goes_live:
        wanted = {k: v for k, v in values.items() if k in suggestions.PROPOSED_FIELDS}
        wanted["verified_at"] = utcnow().isoformat()
        placewrites.update(place, wanted, None, place.version, source=AUTHOR_LABEL)
        db.session.commit()
        return True
    suggestions.submit(
        suggestions.SuggestionKind.CORRECTION,
        values,
        place=place,
        message=message,
        origin=suggestions.SuggestionOrigin.UPDATE_LINK,
    )
    return False
