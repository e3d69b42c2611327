"""Flask extensions, created without an app and bound in create_app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from flask_babel import Babel
from flask_compress import Compress
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints so that migrations and PostgreSQL error messages stay readable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
babel = Babel()
csrf = CSRFProtect()
compress = Compress()
# Schema changes ship as Alembic revisions in migrations/ at the repository root, next to
# templates/ and data/ (the app runs from its checkout). Batch mode: SQLite cannot ALTER columns.
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
migrate = Migrate(db=db, directory=str(MIGRATIONS_DIR), render_as_batch=True, compare_type=True)
# Limits are declared where the costly work is (login, geocoding, search logging…); the client
# address is the one ProxyFix recovered from TRUSTED_PROXY_COUNT proxies.
limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)

# Flask-SQLAlchemy builds db.Model at run time, which mypy cannot follow; give it the typed base.
if TYPE_CHECKING:

    class Model(Base):
        __abstract__ = True

else:
    Model = db.Model
