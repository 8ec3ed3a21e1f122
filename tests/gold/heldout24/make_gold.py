#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout24 (BLIND) with exact offsets.

    python3 tests/gold/heldout24/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout24/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout24/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this set) are
given below as strings, per ../shared/docs/ANNOTATION.md and the conventions
of README.md (which follows tests/gold/written*/README.md). The machinery
(offsets, checks, self-score, --check/--show) is tests/gold/goldspec.py.
v says how a reader finds the speaker of a scored direct quote: name,
pron (pronoun), role (role noun or description standing for a named person,
or a headline repeating body words), func (a person known only by function
or relation), inst (institution, body or group), ctx (no cue: the speaker
named or quoted just before).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}
NET = [E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)]

YBF = "Yanis Belkhodja-Faure"
GRV = "Gaëtan de La Roche-Vernet"
RK = "Rodolphe Kaminski"
MO = "Matthias Oberhauser"
PASM = "président de l'AS Montbrison"
# ---------------------------------------------------------------- 01
SPEC["01_foot_national3"] = (
    [E("Le Courrier du Forez", "ORG"), E("National 3", "MISC", opt=True), E("AS Montbrison", "ORG"),
     E("Annonay", "ORG", opt=True), E("Montbrisonnais", "MISC"), E("stade Jean-Ravel", "LOC", opt=True),
     E(YBF, "PER"), E("Belkhodja-Faure", "PER", YBF), E("Yanis", "PER", YBF), E("Clémence Arnaud-Tissot", "PER"),
     E("Loïc N'Guessan", "PER"), E(MO, "PER"), E("FC Annonay-Vivarais", "ORG"), E("Dario Conte-Ferreira", "PER"),
     E(GRV, "PER"), E(RK, "PER"), E("Stéphane Aubry-Lacaze", "PER"), E("Roanne", "LOC", opt=True),
     E("FC Roanne-Loire", "ORG"), E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(D, "Je n'ai même pas vu le ballon entrer, j'ai juste entendu le bruit", YBF, "a raconté", v="role"),
     Q(D, "On a été naïfs pendant vingt minutes, on leur a donné le ballon", GRV, "a reconnu", v="name"),
     Q(D, "Je leur ai dit qu'on jouait chez nous et qu'on n'avait pas le droit de subir comme ça.", GRV, "il a haussé le ton", v="pron"),
     Q(D, "Yanis, c'est un joueur qui ne lâche jamais. Il peut rater trois occasions et marquer la quatrième", GRV, "a salué", v="role"),
     Q(I, "son équipe « a manqué de maîtrise dans les dix dernières minutes »", RK, "Selon"),
     Q(D, "a manqué de maîtrise dans les dix dernières minutes", RK, "Selon", v="name"),
     Q(D, "On ne peut pas perdre un match comme celui-là. On menait, on avait le contrôle, et on a reculé", RK, "a-t-il regretté", v="pron"),
     Q(D, "Il reste quinze matches, rien n'est perdu.", "Stéphane Aubry-Lacaze", "préférait regarder devant", v="name"),
     Q(I, "il n'a « rien pu faire » sur le but décisif, dévié par un défenseur", MO, "assure"),
     Q(D, "rien pu faire", MO, "assure", v="name"),
     Q(I, "le club allait « tenir parole »", PASM, "a indiqué"),
     Q(D, "tenir parole", PASM, "a indiqué", v="func")],
    [("Le Courrier du Forez", "Le Courrier du Forez"), ("Accueil > Sport", "National 3"),
     ("Lire aussi : National 3", "WhatsApp")])


MSD = "Malick Sy-Delorme"
BOC = "Bertrand Olivier-Castaing"
SOM = "Sabrina Oukacha-Meunier"
UTL = "US Tourcoing-Lys"
ORS = "Olympique Rhône-Saône"
# ---------------------------------------------------------------- 02
SPEC["02_mercato_milieu"] = (
    [E("Tribune Sport", "ORG"), E(MSD, "PER"), E("Malick", "PER", MSD), E("Sy-Delorme", "PER", MSD), E(UTL, "ORG"),
     E(ORS, "ORG"), E("ORS", "ORG", ORS), E("Hugo Vandenberghe", "PER"), E("Ligue 2", "MISC", opt=True), E(BOC, "PER"),
     E("Bundesliga", "MISC", opt=True), E("Tourcoing", "ORG", opt=True), E(SOM, "PER"), E("Pieter van Aalst", "PER"),
     E("L'Équipe", "ORG"), E("Grenoble", "ORG", opt=True), E("Virage Saône", "ORG"), E("Tiago Almeida-Rocha", "PER")],
    [
     Q(I, "Le montant du transfert avoisinerait 4 millions d’euros", None, "selon", opt=True),
     Q(D, "C’est un club qui joue, qui presse haut, exactement ce que je cherchais", MSD, "a expliqué", v="role"),
     Q(D, "Nous suivions Malick depuis dix-huit mois. Il a la lucidité d’un joueur de trente ans", BOC, "a-t-il assuré", v="pron"),
     Q(I, "plusieurs clubs de Bundesliga s’étaient également positionnés au début de l’automne", BOC, "Selon"),
     Q(I, "d’un “crève-cœur sportif” mais d’une “opération logique pour un club formateur”", SOM, "parle", opt=True),
     Q(D, "crève-cœur sportif", SOM, "parle", v="name"),
     Q(D, "opération logique pour un club formateur", SOM, "parle", v="name"),
     Q(D, "On savait qu’on ne pourrait pas le garder. Notre rôle, c’est aussi de les voir partir", SOM, "confie-t-elle", v="pron"),
     Q(I, "l’indemnité serait “intégralement réinvestie dans le centre de formation”", UTL, "a indiqué"),
     Q(D, "intégralement réinvestie dans le centre de formation", UTL, "a indiqué", v="inst"),
     Q(I, "toute tension avec l’ancien club", "Pieter van Aalst", "a démenti", opt=True),
     Q(D, "Il n’y a jamais eu de bras de fer. Tout s’est fait dans le respect.", "Pieter van Aalst", "a démenti", v="name"),
     Q(I, "le milieu pourrait découvrir son nouveau maillot dès samedi face à Grenoble", "L'Équipe", "D’après"),
     Q(D, "Enfin un vrai numéro 8", None, "s’enthousiasmait"),
     Q(I, "“tout donner dès le premier match”", MSD, "a promis"),
     Q(D, "tout donner dès le premier match", MSD, "a promis", v="role")],
    [("Tribune Sport", "Tribune Sport"), ("Football › Mercato", "Football › Mercato"),
     ("À lire aussi", "chaque matin")])


AGK = "Anne-Gaëlle Kervella"
NEG = "Nour El-Ghazi"
CM = "Cotentin Musiques"
MAIRIE3 = "mairie de Cherbourg-en-Cotentin"
ADJ3 = "adjoint à la culture de Cherbourg-en-Cotentin"
# ---------------------------------------------------------------- 03
SPEC["03_festival_marees"] = (
    [E("La Voix du Cotentin", "ORG"), E("Festival Marées Hautes", "MISC"),
     E("Marées Hautes", "MISC", "Festival Marées Hautes"), E("Cherbourg-en-Cotentin", "LOC"), E("Cherbourg", "LOC"),
     E(AGK, "PER"), E(NEG, "PER"), E("quai Alexandre-III", "LOC", opt=True), E("Sel et Cendres", "MISC"),
     E("Les Héliotropes", "ORG"), E("Quentin Le Bihan-Moreau", "PER"), E(CM, "ORG"), E("Manche", "LOC")] + NET,
    [
     Q(D, "trois jours hors du temps", AGK, "pour", nth=0, v="role"),
     Q(I, "41 300 billets ont été vendus en trois jours, contre 36 000 l'an dernier", "organisateurs", "Selon"),
     Q(D, "On a vécu trois jours hors du temps. Le public a tout accepté, même la pluie de vendredi", AGK, "résume", v="name"),
     Q(D, "Je joue ici pour la troisième fois, et c'est toujours la même émotion", NEG, "a-t-elle lancé", v="pron"),
     Q(D, "On a appris qu'on jouait ici mercredi. On a dormi trois heures", "Quentin Le Bihan-Moreau", "s'amuse", v="name"),
     Q(I, "des « ratés »", CM, "reconnaît", opt=True),
     Q(D, "ratés", CM, "reconnaît", v="inst"),
     Q(I, "« un plan de transport revu de fond en comble » pour 2027", CM, "promet", opt=True),
     Q(D, "un plan de transport revu de fond en comble", CM, "promet", v="inst"),
     Q(D, "Nous avons sous-estimé l'affluence du samedi", AGK, "admet", v="role"),
     Q(I, "« une vitrine exceptionnelle pour le territoire »", MAIRIE3, "a salué", opt=True),
     Q(D, "une vitrine exceptionnelle pour le territoire", MAIRIE3, "a salué", v="inst"),
     Q(I, "le festival a généré « plusieurs millions d'euros » de retombées pour les commerces", ADJ3, "estime"),
     Q(D, "plusieurs millions d'euros", ADJ3, "estime", v="func"),
     Q(I, "l'enjeu est désormais de préserver l'esprit du festival", AGK, "Pour"),
     Q(D, "On ne veut pas devenir une usine. Si on grandit, ce sera sur les bords, jamais au détriment de l'accueil.", AGK, "Pour", v="role")],
    [("La Voix du Cotentin", "La Voix du Cotentin"), ("Culture | Musique", "Culture | Musique"),
     ("Lecture 3 min.", "Lecture 3 min."), ("Lire aussi", "Envoyer par e-mail")])


YMB = "Ysolde Marchetti-Brun"
MOD = "Marthe Okonkwo-Daguerre"
BDL = "Baptiste Dumont-Lévêque"
# ---------------------------------------------------------------- 04
SPEC["04_roman_rentree"] = (
    [E("Les Échos du Livre", "ORG"), E(YMB, "PER"), E("Les Vergers de Tarnos", "MISC"), E("Tarnos", "LOC"),
     E("Rémi Ostrowski-Lamarque", "PER"), E("Lasserre", "ORG"), E("Éditions Cardinale", "ORG"), E(MOD, "PER"),
     E("Joaquim Esteves", "PER"), E("La Marge", "ORG"), E("Bayonne", "LOC"), E(BDL, "PER"),
     E("Renaudot", "MISC", opt=True), E("Rentrée littéraire 2026", "MISC", opt=True),
     E("Rentrée littéraire", "MISC", opt=True)],
    [
     Q(D, "J'ai écrit ce livre contre l'oubli", YMB, None, nth=0, v="name"),
     Q(D, "J'ai écrit ce livre contre l'oubli. Ces femmes ont fait tourner une ville entière et personne n'a jamais écrit leurs noms", YMB, "explique-t-elle", v="pron"),
     Q(I, "« un grand roman social, mais écrit à hauteur de visage »", MOD, "y voit", opt=True),
     Q(D, "un grand roman social, mais écrit à hauteur de visage", MOD, "y voit", v="name"),
     Q(I, "le premier tirage a été porté à 25 000 exemplaires, un chiffre rare pour une autrice encore peu connue", MOD, "Selon"),
     Q(D, "Certaines n'avaient jamais raconté leur vie à personne, pas même à leurs enfants", YMB, "confie-t-elle", v="pron"),
     Q(I, "les personnages sont inventés mais que « chaque scène de l'atelier a été vécue par quelqu'un »", YMB, "assure"),
     Q(D, "chaque scène de l'atelier a été vécue par quelqu'un", YMB, "assure", v="pron"),
     Q(D, "Je l'ai lu d'une traite et je l'ai mis en vitrine le lendemain", "Joaquim Esteves", "raconte", v="name"),
     Q(I, "le livre « a les défauts de sa générosité », avec quelques longueurs au milieu, mais s'impose comme « l'un des romans les plus justes de la rentrée »", BDL, "Pour"),
     Q(D, "a les défauts de sa générosité", BDL, "Pour", v="name"),
     Q(D, "l'un des romans les plus justes de la rentrée", BDL, "Pour", v="name"),
     Q(I, "Le roman figure déjà dans la première sélection du prix Renaudot", "jury du prix Renaudot", "a annoncé"),
     Q(D, "Les prix, c'est une loterie. Ce qui compte, c'est que les anciennes de chez Lasserre le lisent.", YMB, "refuse de se projeter", v="role")],
    [("Les Échos du Livre", "Les Échos du Livre"), ("Culture > Livres", "Rentrée littéraire"),
     ("Sur le même sujet", "nos coups de cœur")])


if __name__ == "__main__":
    main(SPEC, HERE)
