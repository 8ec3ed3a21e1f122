#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout9 with exact offsets.

    python3 tests/gold/heldout9/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout9/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout9/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows the READMEs of tests/gold/written*,
heldout7 and heldout8). The machinery (offsets, checks, self-score,
--check/--show) is tests/gold/goldspec.py. v says how a reader finds the
speaker of a scored direct quote: name, pron (pronoun), role (role noun or
description standing for a named person), head (headline or standfirst
quotation whose speaker is the body's person), func (a person known only by
function), inst (institution, company, medium, body or group).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

MIN = "ministre chargée des Comptes publics"

# ---------------------------------------------------------------- 01
SPEC["01_senat_budget"] = (
    [E("Sénat", "ORG"), E("Hugues Vernadet", "PER"), E("Vernadet", "PER", "Hugues Vernadet"),
     E("Les Républicains", "ORG"), E("Claire Ambrosino", "PER"), E("Mathieu Serrand", "PER"),
     E("Palais du Luxembourg", "LOC", opt=True), E("LR", "ORG", "Les Républicains"),
     E("Haute-Savoie", "LOC"), E("Comptes publics", "ORG", opt=True),
     E("Nadège Kerlouan", "PER"), E("Finistère", "LOC"),
     E("CAC 40", "MISC", opt=True), E("TotalEnergies", "ORG"), E("LVMH", "ORG"),
     E("Bastien Morel-Aubry", "PER"), E("Conseil constitutionnel", "ORG"), E("Medef", "ORG"),
     E("Laurent Quéméner", "PER"), E("BFM Business", "ORG"), E("Europe", "LOC"),
     E("Matignon", "ORG"), E("Assemblée nationale", "ORG"), E("RN", "ORG", "Rassemblement national"),
     E("Parti socialiste", "ORG")],
    [
     Q(D, "On ne votera pas un budget de matraquage", "Hugues Vernadet", "prévient", nth=0, v="name"),
     Q(D, "On ne votera pas un budget de matraquage. Les entreprises ont joué le jeu l'an dernier, on leur avait promis que ce serait une seule fois", "Hugues Vernadet", "a-t-il lancé", v="pron"),
     Q(I, "un vote « irresponsable »", MIN, "a dénoncé", opt=True),
     Q(D, "irresponsable", MIN, "a dénoncé", v="func"),
     Q(I, "la suppression de la surtaxe creuse le déficit de près de 4 milliards d'euros", MIN, "Selon"),
     Q(D, "Chaque milliard que vous retirez ici, il faudra le trouver ailleurs, a-t-elle averti. Je n'ai entendu aucune proposition d'économie en face.", MIN, "a-t-elle averti", v="pron"),
     Q(D, "un cadeau aux actionnaires", None, "on dénonce", opt=True),
     Q(I, "les dividendes versés par les entreprises du CAC 40 avaient atteint un niveau record en 2026", "Nadège Kerlouan", "a rappelé"),
     Q(D, "Les mêmes qui nous expliquent qu'il n'y a plus d'argent pour l'hôpital trouvent 4 milliards pour TotalEnergies et LVMH", "Nadège Kerlouan", "a-t-elle lancé", v="pron"),
     Q(I, "le débat « surréaliste »", "Bastien Morel-Aubry", "a jugé", opt=True),
     Q(D, "surréaliste", "Bastien Morel-Aubry", "a jugé", v="name"),
     Q(I, "son groupe saisira le Conseil constitutionnel si la mesure survit à la commission mixte paritaire", "Bastien Morel-Aubry", "affirme"),
     Q(I, "la surtaxe a déjà coûté « plusieurs milliers d'emplois » dans l'industrie", "Medef", "D'après"),
     Q(D, "plusieurs milliers d'emplois", "Medef", "D'après", v="inst"),
     Q(I, "les entreprises françaises étaient « les plus taxées d'Europe »", "Laurent Quéméner", "a estimé"),
     Q(D, "les plus taxées d'Europe", "Laurent Quéméner", "a estimé", v="name"),
     Q(D, "On nous demande de réindustrialiser avec un boulet au pied", "Laurent Quéméner", "a-t-il ajouté", v="pron"),
     Q(I, "« rien n'est joué » et que le texte reviendra à l'Assemblée nationale « dans sa version équilibrée »", None, "assure"),
     Q(D, "rien n'est joué", None, "assure"),
     Q(D, "dans sa version équilibrée", None, "assure"),
     Q(I, "il « n'excluait rien » pour la suite", "Hugues Vernadet", "a glissé"),
     Q(D, "n'excluait rien", "Hugues Vernadet", "a glissé", v="role"),
     Q(D, "Je fais mon travail de rapporteur. Le reste, on verra", "Hugues Vernadet", "a-t-il souri", v="pron")],
    [("Partager", "Lecture 4 min."), ("Lire aussi : Budget", "finances pour 2027\n"), ("Sur le même sujet", "premier mois"), ("Mots-clés", "Impôts")])


if __name__ == "__main__":
    main(SPEC, HERE)
