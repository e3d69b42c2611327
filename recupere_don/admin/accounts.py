"""Staff accounts: creation, password checks, login throttling and the signed-in user.

Failed logins are kept in the database (LoginAttempt rows), so throttling holds across worker
processes and restarts. It slows guessing with short, growing delays per account and per client
address instead of locks: a lock that an attacker can trigger also locks the real user out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
    """Answered at once, without checking the password: try again after `seconds`."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(
            _(
                "Trop de tentatives de connexion. Réessayez dans %(seconds)d secondes.",
                seconds=seconds,
            )
        )


@dataclass(frozen=True)
class Throttle:
    """Failures allowed before delays start, the longest delay, and how long failures count."""

    free_per_account: int
    free_per_address: int
    max_delay: timedelta
    window: timedelta

    @classmethod
    def from_config(cls) -> Throttle:
        config = current_app.config
        return cls(
            free_per_account=int(config.get("LOGIN_FREE_FAILURES_PER_ACCOUNT", 3)),
            free_per_address=int(config.get("LOGIN_FREE_FAILURES_PER_ADDRESS", 10)),
            max_delay=timedelta(seconds=int(config.get("LOGIN_MAX_DELAY_SECONDS", 60))),
            window=timedelta(minutes=int(config.get("LOGIN_WINDOW_MINUTES", 15))),
        )

    def delay(self, failures: int, free: int) -> timedelta:
        """2 s after the first failure past the free ones, then 4, 8… up to max_delay."""
        if failures < free:
            return timedelta(0)
        return min(self.max_delay, timedelta(seconds=2 ** min(failures - free + 1, 30)))


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


def _failures(since: datetime, *conditions: Any) -> tuple[int, datetime | None]:
    """How many failures match since `since`, and when the latest one was."""
    stmt = select(func.count(LoginAttempt.id), func.max(LoginAttempt.at)).where(
        LoginAttempt.success.is_(False), LoginAttempt.at >= since, *conditions
    )
    count, latest = db.session.execute(stmt).one()
    return int(count), latest


def _wait(delay: timedelta, latest: datetime | None, now: datetime) -> int:
    """Whole seconds still to wait after the latest failure (0: go ahead)."""
    if latest is None or not delay:
        return 0
    remaining = (_aware(latest) + delay - now).total_seconds()
    return max(0, math.ceil(remaining))


def _aware(value: datetime) -> datetime:
    # SQLite gives back naive datetimes; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _check_throttle(email: str, address: str, throttle: Throttle, now: datetime) -> None:
    """Raise TooManyAttemptsError when this client must wait before its next try."""
    since = now - throttle.window
    address_failures, address_latest = _failures(since, LoginAttempt.address == address)
    wait = _wait(throttle.delay(address_failures, throttle.free_per_address), address_latest, now)
    # A successful login forgives the account's earlier failures, not the address's.
    last_success = (
        select(func.max(LoginAttempt.at))
        .where(LoginAttempt.email == email, LoginAttempt.success.is_(True))
        .scalar_subquery()
    )
    account = (LoginAttempt.email == email, LoginAttempt.at > func.coalesce(last_success, since))
    account_failures, _latest = _failures(since, *account)
    account_delay = throttle.delay(account_failures, throttle.free_per_account)
    if account_delay:
        # The delay grows with every failure on the account but runs from this client's own
        # last failure: someone guessing from elsewhere can slow the account down, never keep
        # the real user out for more than max_delay after their own last try.
        _own, own_latest = _failures(since, LoginAttempt.address == address, *account)
        wait = max(wait, _wait(account_delay, own_latest, now))
    if wait:
        raise TooManyAttemptsError(wait)


def authenticate(email: str, password: str, address: str, now: datetime | None = None) -> User:
    """The active user with this e-mail and password; raise AccountError (throttled)."""
    now = now or utcnow()
    email = normalise_email(email)[:200]
    address = (address or "unknown")[:64]
    _check_throttle(email, address, Throttle.from_config(), now)
    user = find_user(email)
    valid = check_password_hash(user.password_hash if user else _DUMMY_HASH, password)
    ok = bool(user and valid and user.active)
    db.session.add(LoginAttempt(email=email, address=address, success=ok, at=now))
    # Old rows are useless to the throttle; keep the table small.
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - timedelta(days=30)))
    if ok and user is not None:
        user.last_login_at = now
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
    """End this session and, on the server, every other one of this user.

    Clearing the cookie is not enough: a copy taken before logout would stay valid until it
    expires. Moving the generation on makes every cookie issued so far worthless.
    """
    user = current_user()
    if user is not None:
        user.session_generation += 1
        db.session.commit()
    session.clear()
    g.pop("staff_user", None)


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
