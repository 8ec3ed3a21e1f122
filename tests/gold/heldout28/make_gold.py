#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout28 (BLIND) with exact offsets.

    python3 tests/gold/heldout28/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout28/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout28/make_gold.py --show   # print every annotation in context

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

PV = "Patrice Vandamme"
AQD = "Armelle Quéméner-Diallo"
SO = "Sandrine Oyono"
HDK = "Hugues de Kerangal"
PRES = "président du tribunal correctionnel de Saint-Nazaire"
SUB = "substitute du procureur de la République de Saint-Nazaire"
# ---------------------------------------------------------------- 01
SPEC["01_audience_abus_confiance"] = (
    [E("L'Écho de la Loire", "ORG"), E("Loire-Atlantique", "LOC"), E("Saint-Nazaire", "LOC"),
     E("Gwenaëlle Le Roux-Benhamou", "PER"), E(PV, "PER"), E("Société nautique de Pornichet", "ORG"),
     E("Pornichet", "LOC"), E(AQD, "PER"), E("Kerlédé", "LOC"), E(SO, "PER"), E(HDK, "PER"),
     E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(I, "d'avoir détourné près de 46 000 euros en quatre ans", "parquet de Saint-Nazaire", "reproche", opt=True),
     Q(D, "J'ai voulu boucher des trous", PV, "a-t-il expliqué", nth=0, v="role"),
     Q(D, "J'ai voulu boucher des trous, je pensais tout rembourser avant l'assemblée générale", PV, "a expliqué", v="role"),
     Q(D, "Je n'en dormais plus.", PV, None, v="ctx"),
     Q(D, "Quarante-sept virements, monsieur. Ce n'est pas un moment d'égarement, c'est une organisation", PRES, "a-t-il relevé", v="pron"),
     Q(I, "un club « au bord du dépôt de bilan »", AQD, "a décrit", opt=True),
     Q(D, "au bord du dépôt de bilan", AQD, "a décrit", v="name"),
     Q(I, "l'association a dû annuler deux stages d'été et vendre un catamaran pour régler ses fournisseurs", AQD, "Selon"),
     Q(D, "Ce sont des enfants du quartier de Kerlédé qui n'ont pas navigué cet été", AQD, "a-t-elle insisté", v="pron"),
     Q(I, "avoir découvert les anomalies en reprenant la comptabilité", SO, "a raconté"),
     Q(I, "les adhérents « ne demandent pas de vengeance, seulement la vérité »", SO, "a assuré"),
     Q(D, "ne demandent pas de vengeance, seulement la vérité", SO, "a assuré", v="pron"),
     Q(I, "huit mois d'emprisonnement avec sursis et une interdiction de gérer toute association pendant cinq ans", SUB, "a demandé", opt=True),
     Q(D, "La confiance des bénévoles est le seul capital de ces structures. Le prévenu l'a dilapidé", SUB, "a-t-elle lancé", v="pron"),
     Q(D, "près de 9 000 euros correspondent à des avances réellement faites pour le club", HDK, "D'après", v="role"),
     Q(D, "juger un homme malade, pas un escroc", HDK, "a demandé", v="pron")],
    [("L'Écho de la Loire", "L'Écho de la Loire"), ("Accueil > Loire-Atlantique", "Faits divers"),
     ("Lecture 3 min.", "Lecture 3 min."), ("Lire aussi", "prise illégale d'intérêts"),
     ("Partager :", "chaque matin")])


PROC = "procureure de la République de Nîmes"
LFAO = "Loïc Ferrand-Ait Ouali"
SP = "Stanislas Pétrovitch"
FMN = "Florent Maréchal-Nkoulou"
# ---------------------------------------------------------------- 02
SPEC["02_afp_procureure_joggeuse"] = (
    [E("Gard", "LOC"), E("NÎMES", "LOC", "Nîmes"), E("AFP", "ORG", "Agence France-Presse"), E("Uzès", "LOC"),
     E("Nîmes", "LOC"), E("Saint-Quentin-la-Poterie", "LOC"), E(LFAO, "PER"), E(SP, "PER"), E(FMN, "PER"),
     E("Elles Debout 30", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(I, "un « acharnement »", PROC, "évoque", opt=True),
     Q(D, "acharnement", PROC, "évoque", nth=0, v="func"),
     Q(I, "Un homme de 34 ans a été mis en examen pour meurtre et placé en détention provisoire après la mort d'une joggeuse retrouvée mercredi dans un bois près d'Uzès (Gard)", PROC, "a annoncé"),
     Q(I, "« un acharnement d'une rare violence »", PROC, "a décrit", opt=True),
     Q(D, "un acharnement d'une rare violence", PROC, "a décrit", v="func"),
     Q(I, "La victime, une infirmière de 41 ans, a reçu « au moins quatorze coups » selon les premières conclusions de l'autopsie", PROC, "a-t-elle précisé"),
     Q(D, "au moins quatorze coups", PROC, "a-t-elle précisé", v="pron"),
     Q(D, "Il a reconnu sa présence sur les lieux mais conteste être l'auteur des coups", PROC, "a indiqué", v="func"),
     Q(D, "les éléments matériels recueillis sont accablants", PROC, "ajoutant", v="func"),
     Q(I, "la victime avait déposé plainte contre lui en juin, une plainte classée sans suite faute de preuves", "parquet de Nîmes", "Selon"),
     Q(I, "cette décision « sera examinée avec la plus grande attention »", PROC, "a reconnu"),
     Q(D, "sera examinée avec la plus grande attention", PROC, "a reconnu", v="func"),
     Q(D, "Je ne me déroberai pas à cette question", PROC, "a-t-elle assuré", v="pron"),
     Q(I, "« la mobilisation de soixante enquêteurs pendant quatre jours »", LFAO, "a salué", opt=True),
     Q(D, "la mobilisation de soixante enquêteurs pendant quatre jours", LFAO, "a salué", v="name"),
     Q(I, "des analyses ADN étaient encore en cours", LFAO, "a précisé"),
     Q(I, "« une instruction menée à charge dès la première heure »", SP, "a dénoncé", opt=True),
     Q(D, "une instruction menée à charge dès la première heure", SP, "a dénoncé", v="name"),
     Q(I, "Son client « est présumé innocent et le restera tant qu'un tribunal n'en aura pas décidé autrement »", SP, "a ajouté", opt=True),
     Q(D, "est présumé innocent et le restera tant qu'un tribunal n'en aura pas décidé autrement", SP, "a ajouté", v="role"),
     Q(D, "que toute la lumière soit faite, y compris sur la plainte de juin", FMN, "a demandé", v="name"),
     Q(I, "à un rassemblement samedi devant le palais de justice de Nîmes", "Elles Debout 30", "a appelé", opt=True),
     Q(I, "Une marche blanche est prévue dimanche à Uzès", "mairie d'Uzès", "a indiqué")],
    [("bur-mdh/cbn/ial", "© Agence France-Presse")])


ARSF = "agence régionale de santé Bourgogne-Franche-Comté"
DG = "directeur général de l'agence régionale de santé Bourgogne-Franche-Comté"
JCAM = "Jean-Christophe Abadie-Morin"
MKF = "Maëva Kouassi-Ferrer"
PCD = "présidente du conseil départemental de la Nièvre"
# ---------------------------------------------------------------- 03
SPEC["03_ars_maternite_decize"] = (
    [E("Le Journal du Nivernais", "ORG"), E("Nièvre", "LOC"), E("Decize", "LOC"), E("ARS", "ORG", ARSF),
     E("Timothée Lagarde-Mbemba", "PER"), E("agence régionale de santé", "ORG", ARSF, opt=True),
     E("Bourgogne-Franche-Comté", "LOC"), E("Dijon", "LOC"), E("Nevers", "LOC"), E(JCAM, "PER"), E(MKF, "PER"),
     E("Sud Santé Sociaux", "ORG"), E("Bourgogne", "LOC")] + NET,
    [
     Q(I, "“la sécurité des mères”", DG, "invoque", opt=True),
     Q(D, "la sécurité des mères", DG, "invoque", nth=0, v="func"),
     Q(D, "Nous ne pouvons pas garantir la sécurité des mères et des nouveau-nés avec deux gynécologues-obstétriciens au lieu de six", DG, "a justifié", v="func"),
     Q(I, "l'intérim ne permettait plus de couvrir qu'un jour sur deux", DG, "Selon"),
     Q(I, "Les futures mères seront orientées vers Nevers, à quarante minutes, où “des lits supplémentaires seront ouverts dès lundi”", DG, "a-t-il ajouté"),
     Q(D, "des lits supplémentaires seront ouverts dès lundi", DG, "a-t-il ajouté", v="pron"),
     Q(I, "d'une décision “douloureuse mais responsable”", JCAM, "parle", opt=True),
     Q(D, "douloureuse mais responsable", JCAM, "parle", v="name"),
     Q(D, "Je préfère fermer temporairement que de laisser partir une patiente en hélicoptère faute d'anesthésiste", JCAM, "a expliqué", v="role"),
     Q(I, "un plan de recrutement “d'ici au printemps”", JCAM, "promet", opt=True),
     Q(D, "d'ici au printemps", JCAM, "promet", v="role"),
     Q(D, "On nous parle de sécurité, mais qui va accompagner une femme qui accouche sur le bord de la nationale ?", MKF, "interroge", v="name"),
     Q(I, "l'équipe avait proposé “un fonctionnement en maison de naissance” qui n'a “jamais été étudié”", MKF, "affirme"),
     Q(D, "un fonctionnement en maison de naissance", MKF, "affirme", v="role"),
     Q(D, "jamais été étudié", MKF, "affirme", v="role"),
     Q(I, "“une fermeture définitive qui ne dit pas son nom”", "Sud Santé Sociaux", "dénonce", opt=True),
     Q(D, "une fermeture définitive qui ne dit pas son nom", "Sud Santé Sociaux", "dénonce", v="inst"),
     Q(I, "à être reçue par le ministre chargé de la santé", PCD, "a demandé", opt=True),
     Q(I, "Le département “ne laissera pas le sud de la Nièvre devenir un désert obstétrical”", PCD, "a-t-elle écrit", opt=True),
     Q(D, "ne laissera pas le sud de la Nièvre devenir un désert obstétrical", PCD, "a-t-elle écrit", v="pron"),
     Q(I, "la suspension sera réévaluée “chaque mois” avec les élus et les soignants", ARSF, "assure"),
     Q(D, "chaque mois", ARSF, "assure", v="inst")],
    [("Le Journal du Nivernais", "Nièvre | Santé"), ("À lire aussi", "en Bourgogne"),
     ("Partager sur Facebook", "Maternité")])


RN = "Rodolphe Ngassa"
CHVM = "Claire-Hélène Villebois-Mareuil"
ARA = "agence régionale de santé Auvergne-Rhône-Alpes"
# ---------------------------------------------------------------- 04
SPEC["04_hopital_montlucon_cgt"] = (
    [E("Allier Nouvelles", "ORG"), E("Montluçon", "LOC"), E("CGT", "ORG"), E("Inès Barbosa-Lemaire", "PER"),
     E(RN, "PER"), E(CHVM, "PER"), E("Force ouvrière", "ORG"), E("Josiane Perrichon", "PER"),
     E(ARA, "ORG", opt=True), E("Allier", "LOC"), E("Vichy", "LOC")],
    [
     Q(I, "\"des lits fermés en plein hiver\"", "CGT", "dénonce", opt=True),
     Q(D, "des lits fermés en plein hiver", "CGT", "dénonce", v="inst"),
     Q(D, "On ferme des lits au moment précis où l'épidémie de grippe arrive. C'est incompréhensible", RN, "a lancé", v="name"),
     Q(I, "les brancards s'alignent déjà dans les couloirs des urgences et que \"des patients âgés y passent parfois deux nuits\"", RN, "affirme"),
     Q(D, "des patients âgés y passent parfois deux nuits", RN, "affirme", v="role"),
     Q(I, "vingt-deux postes d'infirmiers sont vacants", "CGT", "Selon"),
     Q(I, "\"un plan d'embauches immédiat plutôt que des primes ponctuelles\"", "CGT", "réclame", opt=True),
     Q(D, "un plan d'embauches immédiat plutôt que des primes ponctuelles", "CGT", "réclame", v="inst"),
     Q(D, "Je ne fermerai jamais un lit par plaisir. Mais un lit sans infirmière, c'est un lit dangereux", CHVM, "a-t-elle répondu", v="pron"),
     Q(I, "les patients seront répartis dans les autres services et qu'une unité de \"lits tampons\" sera ouverte en cas de pic épidémique", CHVM, "explique"),
     Q(D, "lits tampons", CHVM, "explique", v="role"),
     Q(I, "douze infirmières diplômées en juillet ont été recrutées", CHVM, "assure"),
     Q(D, "Nous recrutons plus que nous ne perdons depuis septembre, c'est la première fois depuis cinq ans.", CHVM, None, v="ctx"),
     Q(I, "la fermeture \"inévitable\" mais regrette \"un manque total de concertation\"", "Force ouvrière", "juge", opt=True),
     Q(D, "inévitable", "Force ouvrière", "juge", v="inst"),
     Q(D, "un manque total de concertation", "Force ouvrière", "regrette", v="inst"),
     Q(D, "Mon père a attendu quatorze heures sur un brancard en novembre", "Josiane Perrichon", "raconte", v="name"),
     Q(I, "suivre \"avec attention\" la situation", ARA, "indique"),
     Q(D, "avec attention", ARA, "indique", v="inst"),
     Q(I, "la réorganisation relève de la seule direction de l'établissement", ARA, "rappelle")],
    [("Allier Nouvelles", "Montluçon › Santé"), ("À lire aussi", "enfin en service"),
     ("Réagir | Partager", "newsletter")])


if __name__ == "__main__":
    main(SPEC, HERE)
