"""Staff accounts: creation, password checks, the login rate limit and the signed-in user.

The rate limit is kept in the database (LoginAttempt rows), so it holds across worker processes
and restarts: a few failures per account and more per address within a sliding window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import current_app, g, session
from sqlalchemy import delete, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..i18n import _
from ..models import utcnow
from .models import LoginAttempt, Role, User

MIN_PASSWORD_LENGTH = 10
EMAIL_PATTERN = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z]{2,}$")
# Checked when the e-mail is unknown, so that a wrong address takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-real-password-just-for-timing")


class AccountError(ValueError):
    """A refusal a person can read (French msgid, translated when shown)."""


class TooManyAttemptsError(AccountError):
    def __init__(self, minutes: int) -> None:
        self.minutes = minutes
        super().__init__(
            _(
                "Trop de tentatives de connexion. Par sécurité, réessayez dans %(minutes)d "
                "minutes ou demandez à un administrateur de vérifier votre compte.",
                minutes=minutes,
            )
        )


@dataclass(frozen=True)
class RateLimits:
    per_account: int
    per_address: int
    window: timedelta

    @classmethod
    def from_config(cls) -> RateLimits:
        config = current_app.config
        return cls(
            per_account=int(config.get("LOGIN_MAX_FAILURES_PER_ACCOUNT", 5)),
            per_address=int(config.get("LOGIN_MAX_FAILURES_PER_ADDRESS", 20)),
            window=timedelta(minutes=int(config.get("LOGIN_WINDOW_MINUTES", 15))),
        )


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_email(email: str) -> str:
    email = normalise_email(email)
    if not EMAIL_PATTERN.match(email):
        raise AccountError(_("Adresse courriel invalide : %(email)s", email=email))
    return email


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(
            _(
                "Le mot de passe doit contenir au moins %(count)d caractères.",
                count=MIN_PASSWORD_LENGTH,
            )
        )


def find_user(email: str) -> User | None:
    return db.session.execute(
        select(User).where(User.email == normalise_email(email))
    ).scalar_one_or_none()


def create_user(email: str, password: str, role: Role | str = Role.EDITOR) -> User:
    email = check_email(email)
    check_password_strength(password)
    if find_user(email) is not None:
        raise AccountError(_("Un compte existe déjà pour %(email)s.", email=email))
    user = User(email=email, password_hash=generate_password_hash(password), role=Role(role))
    db.session.add(user)
    db.session.commit()
    return user


def set_password(user: User, password: str) -> None:
    check_password_strength(password)
    user.password_hash = generate_password_hash(password)
    user.session_generation += 1
    db.session.commit()


def change_password(user: User, current: str, new: str) -> None:
    if not check_password_hash(user.password_hash, current):
        raise AccountError(_("Le mot de passe actuel est incorrect."))
    set_password(user, new)


def set_role(user: User, role: Role | str, active: bool) -> None:
    user.role = Role(role)
    user.active = active
    user.session_generation += 1
    db.session.commit()


def all_users() -> list[User]:
    return list(db.session.execute(select(User).order_by(User.email)).scalars())


def _failures(*conditions: Any) -> int:
    stmt = select(func.count(LoginAttempt.id)).where(LoginAttempt.success.is_(False), *conditions)
    return int(db.session.execute(stmt).scalar_one())


def _check_rate_limit(email: str, address: str, limits: RateLimits) -> None:
    since = utcnow() - limits.window
    # A successful login forgives the account's earlier failures, not the address's.
    last_success = (
        select(func.max(LoginAttempt.at))
        .where(LoginAttempt.email == email, LoginAttempt.success.is_(True))
        .scalar_subquery()
    )
    minutes = int(limits.window.total_seconds() // 60)
    account_failures = _failures(
        LoginAttempt.email == email,
        LoginAttempt.at >= since,
        LoginAttempt.at > func.coalesce(last_success, since),
    )
    if account_failures >= limits.per_account:
        raise TooManyAttemptsError(minutes)
    if _failures(LoginAttempt.address == address, LoginAttempt.at >= since) >= limits.per_address:
        raise TooManyAttemptsError(minutes)


def authenticate(email: str, password: str, address: str) -> User:
    """The active user with this e-mail and password; raise AccountError (rate-limited)."""
    email = normalise_email(email)[:200]
    address = (address or "unknown")[:64]
    limits = RateLimits.from_config()
    _check_rate_limit(email, address, limits)
    user = find_user(email)
    valid = check_password_hash(user.password_hash if user else _DUMMY_HASH, password)
    ok = bool(user and valid and user.active)
    db.session.add(LoginAttempt(email=email, address=address, success=ok))
    # Old rows are useless to the limiter; keep the table small.
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - timedelta(days=30)))
    if ok and user is not None:
        user.last_login_at = utcnow()
    db.session.commit()
    if not ok or user is None:
        raise AccountError(_("Courriel ou mot de passe incorrect."))
    return user


def log_in(user: User) -> None:
    # A fresh session on login: nothing carried over from before (session fixation).
    session.clear()
    session.permanent = True
    session["user_id"] = user.id
    session["user_generation"] = user.session_generation


def log_out() -> None:
    session.clear()


def current_user() -> User | None:
    """The signed-in, active staff member of this request, or None."""
    if "staff_user" in g:
        cached: User | None = g.staff_user
        return cached
    user = None
    user_id = session.get("user_id")
    if isinstance(user_id, int):
        candidate = db.session.get(User, user_id)
        if (
            candidate is not None
            and candidate.active
            and session.get("user_generation") == candidate.session_generation
        ):
            user = candidate
    g.staff_user = user
    return user
