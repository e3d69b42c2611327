"""How release_d75bbcc_*.sql were made: the first release's own code fills a database.

Run with that release's code first on the path, from a worktree outside the repository:

    git worktree add /tmp/release d75bbcc
    cd /tmp/release && PYTHONPATH=/tmp/release /work/main/.venv/bin/python \
        /work/main/tests/data/release_d75bbcc_seed.py sqlite:////tmp/release.sqlite
    sqlite3 /tmp/release.sqlite .dump > tests/data/release_d75bbcc_sqlite.sql
    # PostgreSQL: the same into an empty database, then
    pg_dump --no-owner --no-privileges --inserts DB | grep -v '^\\' \
        > tests/data/release_d75bbcc_postgresql.sql
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from recupere_don import create_app
from recupere_don.admin import accounts, operations, taxonomy
from recupere_don.admin.models import Role
from recupere_don.cli import init_database
from recupere_don.embed import operations as embed_operations
from recupere_don.embed.settings import EmbedSettings, Look, Preset
from recupere_don.extensions import db
from recupere_don.models import Place, SearchMiss
from recupere_don.places import seed_demo_places

MISSES = [
    "Vélos d'exercice",
    "velo d'exercice",
    "VÉLO D'EXERCICE",
    "casque de hockey",
    "casques de Hockey",
    "trampoline",
    "!!",
]


def main(url: str) -> None:
    config = {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "x", "NOMINATIM_URL": "off"}
    app = create_app({**config, "TESTING": True})
    with app.app_context():
        init_database()
        seed_demo_places(Path("data/demo_places.json"))
        password = "Mot de passe de la release 1"
        admin = accounts.create_user("admin@example.org", password, Role.ADMIN)
        accounts.create_user("editrice@example.org", "Un autre mot de passe 22", Role.EDITOR)
        db.session.commit()
        place = db.session.scalars(select(Place).order_by(Place.id)).first()
        assert place is not None
        changes = {"phone": "418 555-0199", "hours_note_fr": "Fermé les jours fériés"}
        operations.update_place(place, changes, admin, place.version)
        taxonomy.add_synonym("patente à gosses", "fr", "jouets")
        look = Look(view="map", height=420)
        settings = EmbedSettings(preset=Preset(mrcs=("levis",), query="vélo"), look=look)
        embed_operations.save_config(None, "bibliotheque-levis", "Bibliothèque de Lévis", settings)
        first = datetime(2025, 3, 1, 12, 0)  # noqa: DTZ001 (the release stored naive UTC)
        for hour, text in enumerate(MISSES):
            db.session.add(SearchMiss(text=text, created_at=first + timedelta(hours=hour)))
        db.session.commit()
        print("places:", db.session.scalar(select(func.count(Place.id))))


if __name__ == "__main__":
    main(sys.argv[1])
