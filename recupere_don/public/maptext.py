"""The texts the citizen map's script needs, shared by the map page and the embed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..extensions import db
from ..i18n import _, label
from ..models import Category, PlaceType
from .modes import mode_texts

# What the map and its list show: a fraction of each feature's bytes (see bench/), with why a
# place answers (match, refuses), when it opens next and whether its donations are paused.
MAP_FIELDS = (
    "name,slug,place_type,address,municipality,categories,open_now,hours_text,demo,"
    "distance_km,picks_up_here,match,refuses,next_opening,donation_status"
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
        # With server clusters: the places in the view, and a cluster's accessible name.
        "in_view_server": _(
            "%(shown)s lieux dans la vue, %(total)s en tout", shown="{shown}", total="{total}"
        ),
        "cluster_places": _("%(n)s lieux", n="{n}"),
        "loading": _("Chargement…"),
        "km": _("%(km)s km", km="{km}"),
        "more": _("Afficher plus de lieux (%(n)s autres)", n="{n}"),
        "picks_up": _("Ramasse à votre adresse"),
        "paused": _("Dons en pause jusqu'au %(date)s", date="{date}"),
        "paused_for": _(
            "Dons en pause jusqu'au %(date)s pour : %(categories)s",
            date="{date}",
            categories="{categories}",
        ),
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
        "no_suggestion": _("Aucune suggestion. Appuyez sur Entrée pour chercher ces mots."),
        "matched": _("« %(word)s »", word="{word}"),
        "modes": mode_texts(),
        "suggestion_groups": {
            "items": _("Objets"),
            "places": _("Lieux"),
            "place_types": _("Types de lieux"),
            "municipalities": _("Municipalités"),
        },
        "use_as_position": _("trier par distance"),
        "located_shared": _(
            "Lieux triés par distance d'une position approximative (lien partagé)."
        ),
        "reasons": {
            "donner": _("Accepte en don"),
            "ramassage": _("Ramassage à domicile"),
            "acheter": _("Vend d'occasion"),
            "reparer": _("Répare"),
            "repair_only": _("Réparation seulement"),
            "separator": _(" : "),
        },
        "refuses": _("Refuse : %(items)s", items="{items}"),
        "guidance_title": _("Où apporter : %(item)s", item="{item}"),
        "advice_title": _("Bon à savoir : %(item)s", item="{item}"),
        "not_for_reuse": _(
            "Les lieux de réemploi ne prennent pas cet objet : voyez ci-dessus où l'apporter."
        ),
        "unknown_words": _(
            "Nous ne connaissons pas encore « %(word)s ». Choisissez plutôt un type d'objet :",
            word="{word}",
        ),
        "none_open": _("Aucun lieu ouvert maintenant."),
        "next_opening_before": _("Prochain à ouvrir : "),
        "next_opening_after": _(", %(when)s.", when="{when}"),
        "show_closed": _("Voir les %(n)s lieux, ouverts ou non", n="{n}"),
        "none_within": _("Aucun lieu à moins de %(km)s km. Les plus proches :", km="{km}"),
        "whole_region": _("Chercher dans toute la région"),
        "none_in_territory": _(
            "Aucun lieu dans ce territoire, mais %(n)s ailleurs dans la région.", n="{n}"
        ),
        "none_for_mode": _("Aucun lieu pour ce choix. D'autres lieux peuvent vous aider :"),
        "other_mode": _("%(mode)s : %(n)s lieux", mode="{mode}", n="{n}"),
        "nothing_at_all": _("Aucun lieu ne correspond, même en élargissant la recherche."),
        "show_all": _("Tout afficher"),
    }
