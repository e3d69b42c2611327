"""The texts the citizen map's script needs, shared by the map page and the embed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..extensions import db
from ..i18n import _, label
from ..models import Category, PlaceType

# What the map and its list show: a fraction of each feature's bytes (see bench/).
MAP_FIELDS = (
    "name,slug,place_type,address,municipality,categories,open_now,hours_text,demo,"
    "distance_km,picks_up_here"
)


def map_text(categories: list[Category]) -> dict[str, Any]:
    """Labels and sentences static/map.js reads from #map-i18n, in the page's language.

    The map page and the embed share it; tests/test_embed.py checks map.js finds every key.
    """
    place_types = (
        db.session.execute(select(PlaceType).order_by(PlaceType.sort_order)).scalars().all()
    )
    return {
        "place_types": {t.code: {"label": label(t), "colour": t.colour} for t in place_types},
        # JSON objects lose their order in the page; the legend follows the taxonomy's.
        "place_type_order": [t.code for t in place_types],
        "categories": {c.code: {"label": label(c), "colour": c.colour} for c in categories},
        "count_zero": _("Aucun lieu ne correspond à ces filtres."),
        "count_one": _("1 lieu"),
        "count_many": _("%(n)s lieux", n="{n}"),
        "details": _("Voir la fiche"),
        "demo": _("Démonstration"),
        "error": _("Impossible de charger les lieux. Vérifiez votre connexion et réessayez."),
        "in_view": _(
            "%(shown)s affichés sur la carte, %(total)s en tout", shown="{shown}", total="{total}"
        ),
        "km": _("%(km)s km", km="{km}"),
        "more": _("Afficher plus de lieux (%(n)s autres)", n="{n}"),
        "picks_up": _("Ramasse à votre adresse"),
        "locating": _("Recherche de votre position…"),
        "located": _("Lieux triés du plus proche au plus loin de votre position."),
        "located_at": _("Lieux triés par distance de : %(place)s", place="{place}"),
        "locate_denied": _(
            "Position non disponible. Tapez plutôt votre code postal ou votre municipalité."
        ),
        "locate_unknown": _(
            "Lieu introuvable en Chaudière-Appalaches. Vérifiez le code postal ou le nom."
        ),
        "clear_location": _("Oublier la position"),
        "no_suggestion": _("Aucun type d'objet ne correspond. Essayez un autre mot."),
        "matched": _("« %(word)s »", word="{word}"),
    }
