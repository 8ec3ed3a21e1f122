#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout19 with exact offsets.

    python3 tests/gold/heldout19/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout19/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout19/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun, `ce dernier`, `celle-ci`, relative),
role (role noun or description standing for a named person), func (a person
known only by function), inst (institution, party, body, group, city).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

MINCP = "ministre des Comptes publics"

# ---------------------------------------------------------------- 01
SPEC["01_debat_budget"] = (
    [E("Assemblée nationale", "ORG"), E("Assemblée", "ORG", "Assemblée nationale"),
     E("Comptes publics", "ORG", opt=True), E("Palais-Bourbon", "LOC", opt=True),
     E("Evrard Kessler-Dumoulin", "PER"), E("Renaissance", "ORG"), E("La France insoumise", "ORG"),
     E("Nadège Oyono-Barthès", "PER"), E("Oyono-Barthès", "PER", "Nadège Oyono-Barthès"),
     E("Seine-Saint-Denis", "LOC"), E("Aymeric de Saint-Pastour", "PER"), E("LR", "ORG"),
     E("Cantal", "LOC"), E("Rassemblement national", "ORG"), E("LFI", "ORG", "La France insoumise"),
     E("Clémentine Audouard-Weiss", "PER")],
    [
     Q(D, "un mur d'amendements", MINCP, None, nth=0, v="func"),
     Q(D, "Ce budget n'est pas un budget d'austérité, c'est un budget de responsabilité", MINCP, "a-t-elle lancé", v="pron"),
     Q(D, "Nous sommes face à un mur d'amendements, et je le dis sans détour : ce mur, nous le franchirons", MINCP, "a ajouté la ministre", v="func"),
     Q(I, "le déficit devait revenir à 4,6 % du produit intérieur brut l'an prochain", MINCP, "rappeler"),
     Q(I, "un budget « sérieux et sincère »", "Evrard Kessler-Dumoulin", "a salué", opt=True),
     Q(D, "sérieux et sincère", "Evrard Kessler-Dumoulin", "a salué", v="name"),
     Q(I, "la taxe sur les rachats d'actions « ne passera pas en l'état »", "Evrard Kessler-Dumoulin", "a reconnu"),
     Q(D, "ne passera pas en l'état", "Evrard Kessler-Dumoulin", "a reconnu", v="pron"),
     Q(D, "Il faudra bouger, sinon nous irons droit au 49.3", "Evrard Kessler-Dumoulin", "a-t-il glissé", v="pron"),
     Q(I, "« un hold-up sur les classes moyennes »", "Nadège Oyono-Barthès", "a dénoncé", opt=True),
     Q(D, "un hold-up sur les classes moyennes", "Nadège Oyono-Barthès", "a dénoncé", v="name"),
     Q(I, "le gel du barème de l'impôt sur le revenu toucherait « 400 000 foyers de plus »", "Nadège Oyono-Barthès", "a affirmé"),
     Q(D, "400 000 foyers de plus", "Nadège Oyono-Barthès", "a affirmé", v="role"),
     Q(D, "Vous reprenez d'une main ce que vous prétendez donner de l'autre", "Nadège Oyono-Barthès", "a-t-elle accusé", v="pron"),
     Q(I, "la majorité « a perdu le contrôle de la dépense »", "Aymeric de Saint-Pastour", "juge"),
     Q(D, "a perdu le contrôle de la dépense", "Aymeric de Saint-Pastour", "juge", v="name"),
     Q(I, "l'exécutif devra choisir « entre la rigueur et la censure »", "Aymeric de Saint-Pastour", "Pour"),
     Q(D, "entre la rigueur et la censure", "Aymeric de Saint-Pastour", "Pour", v="role"),
     Q(I, "Son groupe déposera une motion de rejet préalable", "Aymeric de Saint-Pastour", "a-t-il annoncé"),
     Q(D, "examiner chaque article", "Rassemblement national", "se dit", v="inst"),
     Q(D, "Si la surtaxe sur l'électricité reste, on votera contre tout.", None, "prévient"),
     Q(D, "On a l'habitude, ça fait trois budgets qu'on fait ça", None, "souffle"),
     Q(I, "il manquerait une trentaine de voix pour une adoption sans recours à l'article 49.3", "présidence du groupe Renaissance", "Selon"),
     Q(D, "Le 49.3, ils l'ont déjà dans la poche. Ce débat, c'est du théâtre.", "Nadège Oyono-Barthès", None, v="name")],
    [("Politique", "Politique"), ("Lire aussi", "de finances"), ("Mots-clés", "LFI, LR")])


# ---------------------------------------------------------------- 02
SMN = "Solenn Marchetti-Ndiaye"
RVA = "Ruben Vandervelde-Aït Ouali"
SPEC["02_congres_ecologistes"] = (
    [E("Écologistes", "ORG", "Les Écologistes"), E(SMN, "PER"), E("Marchetti-Ndiaye", "PER", SMN),
     E("Tours", "LOC"), E("TOURS", "LOC", "Tours"), E("Gironde", "LOC"), E(RVA, "PER"),
     E("Vinci", "LOC", opt=True), E("La France insoumise", "ORG"), E("Parti socialiste", "ORG"),
     E("Matthias Grünewald-Sarr", "PER"), E("Loïc Abgrall-Ferreira", "PER"),
     E("Municipales 2026", "MISC", opt=True), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("Bluesky", "ORG", opt=True)],
    [
     Q(D, "la fin d'une guerre de tranchées", SMN, None, nth=0, v="name"),
     Q(I, "« rester vigilant »", RVA, "promet"),
     Q(D, "rester vigilant", RVA, "promet", v="role"),
     Q(I, "Solenn Marchetti-Ndiaye, 41 ans, l'a emporté avec 54,2 % des suffrages exprimés", "commission électorale", "a annoncé"),
     Q(D, "Ce soir, c'est la fin d'une guerre de tranchées. Je serai la secrétaire nationale de tous les écologistes, pas d'un clan", SMN, "a déclaré la nouvelle dirigeante", v="role"),
     Q(I, "elle proposerait « dès janvier » une plateforme commune à La France insoumise et au Parti socialiste pour les municipales", SMN, "a assuré"),
     Q(D, "dès janvier", SMN, "a assuré", v="pron"),
     Q(D, "Les militants ont tranché, je respecte leur choix", RVA, "a dit l'élu strasbourgeois", v="role"),
     Q(D, "Mais je resterai vigilant sur la ligne. L'écologie ne se dissout pas dans une alliance.", RVA, "a aussitôt ajouté", v="pron"),
     Q(I, "un vote des adhérents sur tout accord national", RVA, "réclame", opt=True),
     Q(D, "On a perdu de 300 voix, ce n'est rien", None, "soupirait"),
     Q(I, "le congrès avait été « mal organisé, trop vite »", "Matthias Grünewald-Sarr", "a estimé"),
     Q(D, "mal organisé, trop vite", "Matthias Grünewald-Sarr", "a estimé", v="name"),
     Q(I, "une partie des votes par procuration « n'ont jamais été vérifiés »", "Matthias Grünewald-Sarr", "Selon"),
     Q(D, "n'ont jamais été vérifiés", "Matthias Grünewald-Sarr", "Selon", v="pron"),
     Q(I, "toute irrégularité", "commission électorale", "a démenti"),
     Q(D, "Elle a gagné parce qu'elle parle aux gens qui ne nous votent pas encore", "Loïc Abgrall-Ferreira", "estime", v="name"),
     Q(I, "la priorité est de « reconquérir les villes moyennes » perdues en 2020", "Loïc Abgrall-Ferreira", "Pour"),
     Q(D, "reconquérir les villes moyennes", "Loïc Abgrall-Ferreira", "Pour", v="pron"),
     Q(I, "« une clarification bienvenue »", "Parti socialiste", "a salué", opt=True),
     Q(D, "une clarification bienvenue", "Parti socialiste", "a salué", v="inst"),
     Q(I, "il rencontrerait Mme Marchetti-Ndiaye « dans les prochains jours »", "premier secrétaire du Parti socialiste", "a indiqué"),
     Q(D, "dans les prochains jours", "premier secrétaire du Parti socialiste", "a indiqué", v="func"),
     Q(D, "On jugera sur les actes", None, "a réagi"),
     Q(D, "Chaque chose en son temps. J'ai un parti à rassembler.", SMN, None, v="role")],
    [("Politique | Partis", "Partis"), ("À lire aussi", "est lancée"), ("Partager :", "Bluesky")])


# ---------------------------------------------------------------- 03
LRP = "président du groupe Les Républicains à l'Assemblée"
SPEC["03_remaniement"] = (
    [E("Élysée", "ORG", only=[0, 2]), E("Élysée", "ORG", opt=True, only=[1]), E("Matignon", "ORG"),
     E("Français", "MISC"), E("ministère de l'Intérieur", "ORG", opt=True), E("Occitanie", "LOC"),
     E("Ombeline Cazenave-Ruiz", "PER"), E("Autonomie", "ORG", opt=True), E("Logement", "ORG", opt=True),
     E("X", "ORG"), E("Rennes", "LOC"), E("Les Républicains", "ORG"),
     E("Assemblée", "ORG", "Assemblée nationale"), E("Rassemblement national", "ORG"),
     E("Capucine Ferhat-Lindholm", "PER"), E("TF1", "ORG"), E("Conseil des ministres", "ORG", opt=True),
     E("Maël Tcherkassky", "PER"), E("Inès Delabarre-Koné", "PER")],
    [
     Q(D, "resserré", "Matignon", "s'accordent", opt=True, nth=0),
     Q(D, "un jeu de chaises musicales", "opposition", "dénonce", opt=True, nth=0),
     Q(I, "« un jeu de chaises musicales »", "opposition", "dénonce", opt=True),
     Q(I, "Un gouvernement « resserré, efficace et tourné vers les Français »", "Matignon", "selon"),
     Q(D, "resserré, efficace et tourné vers les Français", "Matignon", "selon", v="inst"),
     Q(D, "C'est un choix de compétence, pas un choix politique", None, "assure-t-on"),
     Q(D, "Il fallait quelqu'un qui connaisse la maison et qui ne fasse pas d'ombre.", None, None),
     Q(I, "avoir appris sa nomination « à 17 h 30, par un SMS »", "Ombeline Cazenave-Ruiz", "dit"),
     Q(D, "à 17 h 30, par un SMS", "Ombeline Cazenave-Ruiz", "dit", v="pron"),
     Q(D, "Je n'ai pas de carte politique. Je viens pour faire, pas pour durer", "Ombeline Cazenave-Ruiz", "a-t-elle expliqué", v="pron"),
     Q(D, "On m'a remercié par voie de presse. Je retiens les 80 000 logements lancés.", "ministre du Logement", "a publié", v="func"),
     Q(I, "il « réfléchit à la suite » et qu'il pourrait se présenter aux municipales à Rennes", None, "on assure"),
     Q(D, "réfléchit à la suite", None, "on assure"),
     Q(I, "ce remaniement est « un jeu de chaises musicales qui ne règle rien »", LRP, "Pour"),
     Q(D, "un jeu de chaises musicales qui ne règle rien", LRP, "Pour", v="func"),
     Q(I, "« un gouvernement de techniciens sans cap »", "Rassemblement national", "a dénoncé", opt=True),
     Q(D, "un gouvernement de techniciens sans cap", "Rassemblement national", "a dénoncé", v="inst"),
     Q(I, "le Premier ministre « s'enferme avec ses fidèles »", "Capucine Ferhat-Lindholm", "a jugé"),
     Q(D, "s'enferme avec ses fidèles", "Capucine Ferhat-Lindholm", "a jugé", v="name"),
     Q(I, "il y détaillera « la feuille de route des cent jours »", "Matignon", "Selon"),
     Q(D, "la feuille de route des cent jours", "Matignon", "Selon", v="inst")],
    [("Sur le même sujet", "départ du ministre"), ("Politique · Gouvernement", "Matignon")])


# ---------------------------------------------------------------- 04
PCE = "président du Conseil européen"
PRF = "président français"
PCOM = "présidente de la Commission européenne"
SPEC["04_sommet_bruxelles"] = (
    [E("Europe", "LOC", opt=True, only=[0]), E("Europe", "LOC", only=[1]), E("Europe centrale", "LOC"),
     E("Newsletter Europe", "MISC", opt=True), E("Conseil européen", "ORG"), E("Bruxelles", "LOC"),
     E("BRUXELLES", "LOC", "Bruxelles"), E("Vingt-Sept", "MISC", opt=True),
     E("Agathe Wierzbicka-Lenoir", "PER"), E("Europa", "LOC", opt=True), E("Pays-Bas", "LOC"),
     E("Autriche", "LOC"), E("Suède", "LOC"), E("Pologne", "LOC"), E("Union", "ORG", "Union européenne"),
     E("Paris", "LOC"), E("Commission européenne", "ORG"), E("Commission", "ORG", "Commission européenne"),
     E("Parlement européen", "ORG"), E("Ottilie Järvinen-Castaño", "PER"), E("Renew", "ORG"),
     E("Hedwige de Montlaur-Sachs", "PER"), E("PPE", "ORG"), E("Moscou", "LOC"), E("Ukraine", "LOC"),
     E("Conseil", "ORG", "Conseil européen"), E("Edip", "MISC")],
    [
     Q(D, "On a perdu une nuit", None, "résume", nth=0),
     Q(D, "Nous n'avons pas d'accord ce soir, mais nous avons un chemin", PCE, "a-t-il déclaré", v="pron"),
     Q(I, "un nouveau sommet “avant la fin janvier”", PCE, "promettant", opt=True),
     Q(D, "avant la fin janvier", PCE, "promettant", v="pron"),
     Q(D, "Nos contribuables ne paieront pas deux fois.", "Premier ministre néerlandais", "l'a répété", v="func"),
     Q(I, "le fonds “vital”", "Pologne", "juge", opt=True),
     Q(D, "vital", "Pologne", "juge", v="inst"),
     Q(I, "“un sursaut européen”", PRF, "a plaidé pour", opt=True),
     Q(D, "un sursaut européen", PRF, "a plaidé pour", v="func"),
     Q(I, "l'Union “ne peut pas sous-traiter sa sécurité”", PRF, "estimant"),
     Q(D, "ne peut pas sous-traiter sa sécurité", PRF, "estimant", v="func"),
     Q(I, "Paris était prêt à accepter un montant réduit à 100 milliards “si les règles de préférence européenne sont strictes”", None, "Selon"),
     Q(D, "si les règles de préférence européenne sont strictes", None, "Selon"),
     Q(D, "On a perdu une nuit, et on a perdu un peu de crédibilité.", None, "résume"),
     Q(D, "Certains veulent la sécurité sans en payer le prix", None, "lâche-t-il"),
     Q(I, "un compromis reste “à portée de main” d'ici au printemps", PCOM, "D'après"),
     Q(D, "à portée de main", PCOM, "D'après", v="pron"),
     Q(I, "la Commission présenterait une nouvelle proposition le 20 janvier", "Commission européenne", "a précisé"),
     Q(D, "Chaque fois que l'Europe doit décider vite, elle décide lentement. Moscou, elle, n'attend pas", "Ottilie Järvinen-Castaño", "a-t-elle réagi", v="pron"),
     Q(I, "le désaccord porte “sur les modalités, pas sur le principe”", "Hedwige de Montlaur-Sachs", "pour"),
     Q(D, "sur les modalités, pas sur le principe", "Hedwige de Montlaur-Sachs", "pour", v="role"),
     Q(I, "Le sommet a toutefois permis d'avancer sur l'Ukraine : les Vingt-Sept ont confirmé une enveloppe de 18 milliards d'euros pour 2027", "Conseil européen", "a indiqué")],
    [("Europe | Conseil européen", "Conseil européen"), ("Lire aussi", "programme Edip"),
     ("Newsletter Europe", "actualité européenne")])


# ---------------------------------------------------------------- 05
PR = "président de la République"
PMP = "Premier ministre portugais"
SPEC["05_visite_lisbonne"] = (
    [E("Lisbonne", "LOC"), E("Portugal", "LOC"), E("Élysée", "ORG"), E("Raphaël Ostrowski-Diallo", "PER"),
     E("Belém", "LOC", opt=True), E("France", "LOC"), E("Pyrénées", "LOC"), E("Madrid", "LOC"),
     E("Europe", "LOC"), E("Espagne", "LOC"), E("Conceição Baptista-Rebelo", "PER"),
     E("Champigny-sur-Marne", "LOC"), E("Florimond Achterberg-Sousa", "PER"), E("Portugais", "MISC"),
     E("Público", "ORG"), E("Porto", "LOC"), E("Paris", "LOC")],
    [
     Q(D, "relancer l'axe atlantique", PR, "veut", v="func"),
     Q(I, '"relancer l\'axe atlantique"', PR, "veut", opt=True),
     Q(D, "coopération sans précédent", "Élysée", "promet", v="inst"),
     Q(I, 'une "coopération sans précédent"', "Élysée", "promet", opt=True),
     Q(D, "Le Portugal et la France ont une histoire commune, ils doivent désormais avoir un avenir industriel commun", PR, "a déclaré le chef de l'État", v="func"),
     Q(I, 'Ce dernier dossier, longtemps bloqué, "avance enfin"', PMP, "s'est félicité"),
     Q(D, "avance enfin", PMP, "s'est félicité", v="func"),
     Q(I, 'les premiers travaux pourraient débuter "en 2028 au plus tard"', PMP, "a précisé"),
     Q(D, "en 2028 au plus tard", PMP, "a précisé", v="pron"),
     Q(I, "la dimension européenne de la visite", None, "on insiste sur", opt=True),
     Q(D, "Il ne s'agit pas d'un axe contre Madrid, mais d'un axe pour l'Europe", None, "assure"),
     Q(I, "un sommet trilatéral avec l'Espagne pourrait se tenir au printemps", "présidence", "Selon"),
     Q(D, "On nous parle d'amitié depuis cinquante ans. Nous voulons des actes", "Conceição Baptista-Rebelo", "a-t-elle résumé", v="pron"),
     Q(I, '"un groupe de travail d\'ici à l\'été"', PR, "aurait promis", opt=True),
     Q(D, "un groupe de travail d'ici à l'été", PR, "aurait promis", v="func"),
     Q(D, "les Portugais ont dix ans d'avance sur nous pour les permis", "Florimond Achterberg-Sousa", "Pour", v="name"),
     Q(D, "Ici, un parc offshore se fait en quatre ans. Chez nous, c'est le double", "Florimond Achterberg-Sousa", "soupire-t-il", v="pron"),
     Q(D, "visite de charme sans argent", "Público", "titre", v="inst"),
     Q(I, 'les accords "sans contenu budgétaire"', "opposition", "juge", opt=True),
     Q(D, "sans contenu budgétaire", "opposition", "juge", v="inst")],
    [("International › Diplomatie", "Diplomatie")])


# ---------------------------------------------------------------- 06
BLM = "Bertrand Loisel-Mbarga"
YOH = "Yasmina Ould-Hamouda"
SPEC["06_municipales_besancon"] = (
    [E("Besançon en commun", "ORG"), E("Besançon", "LOC"), E(BLM, "PER"), E("Loisel-Mbarga", "PER", BLM),
     E("Léonie Faivre-Tchang", "PER"), E("Proudhon", "LOC", opt=True), E("Les Républicains", "ORG"),
     E("Horizons", "ORG"), E("Anatole Guyon-Saadi", "PER"), E(YOH, "PER"), E("CHU Jean-Minjoz", "ORG"),
     E("Planoise", "LOC"), E("Rassemblement national", "ORG"), E("Noël", "MISC", opt=True), E("Ifop", "ORG"),
     E("L'Est républicain", "ORG"), E("Gwendal Pétrequin-Abadie", "PER"), E("Dijon", "LOC"),
     E("Municipales 2026", "MISC", opt=True), E("Municipales", "MISC", opt=True), E("Doubs", "LOC")],
    [
     Q(D, "La ville mérite mieux qu'une gestion de syndic", "opposition", "attaque", opt=True, nth=0),
     Q(D, "La ville mérite mieux qu'une gestion de syndic. On gère les affaires courantes, on ne construit plus rien", BLM, "a-t-il lancé", v="pron"),
     Q(I, "« remettre des policiers municipaux dans chaque quartier » et de geler la taxe foncière pendant six ans", BLM, "promet"),
     Q(D, "remettre des policiers municipaux dans chaque quartier", BLM, "promet", v="role"),
     Q(I, "la dette de la ville avait « doublé en douze ans »", BLM, "a affirmé"),
     Q(D, "doublé en douze ans", BLM, "a affirmé", v="pron"),
     Q(D, "M. Loisel-Mbarga confond une ville et une entreprise. Nous avons investi dans les écoles et le tramway, pas dans des slogans", "Anatole Guyon-Saadi", "réplique", v="name"),
     Q(I, "l'endettement par habitant reste « dans la moyenne des villes comparables »", "Anatole Guyon-Saadi", "Selon"),
     Q(D, "dans la moyenne des villes comparables", "Anatole Guyon-Saadi", "Selon", v="pron"),
     Q(I, "il présentera son bilan le 15 janvier", "équipe de campagne", "fait savoir"),
     Q(I, "« sortir du duel des notables »", YOH, "veut", opt=True),
     Q(D, "sortir du duel des notables", YOH, "veut", v="name"),
     Q(D, "Les gens de Planoise ne se reconnaissent ni dans l'un ni dans l'autre, dit-elle. Ils veulent qu'on parle de leurs loyers et de leurs bus.", YOH, "dit-elle", v="pron"),
     Q(I, "avoir déjà réuni « plus de 500 bénévoles »", YOH, "assure"),
     Q(D, "plus de 500 bénévoles", YOH, "assure", v="pron"),
     Q(I, "l'annonce interviendra « avant Noël »", None, "D'après"),
     Q(D, "avant Noël", None, "D'après"),
     Q(D, "Rien n'est joué, prévient le politologue Gwendal Pétrequin-Abadie. Dans une ville de cette taille, la participation fera tout.", "Gwendal Pétrequin-Abadie", "prévient", v="name")],
    [("Municipales 2026", "Municipales 2026"), ("Lire aussi", "part divisée"), ("Tags :", "Doubs")])


# ---------------------------------------------------------------- 07
LEM = "Ludivine Esterházy-Morel"
SPEC["07_portrait_caen"] = (
    [E(LEM, "PER"), E("Caen", "LOC"), E("Calvados", "LOC"), E("Octave Rimbert-Nakamura", "PER"),
     E("Saint-Sauveur", "LOC", opt=True), E("Hérouville-Saint-Clair", "LOC"), E("Grande-Delle", "LOC"),
     E("Geneviève", "PER"), E("Code civil", "MISC"), E("Rouen", "LOC"), E("Paris", "LOC"),
     E("Renaissance", "ORG"), E("Hippolyte Vasseur-Ngom", "PER"), E("Baptiste Le Meur-Andrade", "PER"),
     E("Marie-Aude Kouyaté", "PER")],
    [
     Q(D, "bosseuse", LEM, None, nth=0, v="name"),
     Q(D, "Je suis une bosseuse, pas une héritière. Personne ne m'a rien donné", LEM, "dit-elle", v="pron"),
     Q(I, "d'une enfant « qui lisait le Code civil à douze ans, pour le plaisir »", "Geneviève", "se souvient", opt=True),
     Q(D, "qui lisait le Code civil à douze ans, pour le plaisir", "Geneviève", "se souvient", v="name"),
     Q(D, "Je ne sais pas d'où elle tient ça. Pas de moi !", "Geneviève", "s'amuse la retraitée", v="role"),
     Q(D, "dépassement", "président de la République", "promis", opt=True),
     Q(D, "Elle connaît ses dossiers mieux que les ministres, et elle le leur fait sentir", None, "sourit"),
     Q(I, "elle a « parfois confondu fermeté et raideur »", "Hippolyte Vasseur-Ngom", "selon"),
     Q(D, "parfois confondu fermeté et raideur", "Hippolyte Vasseur-Ngom", "selon", v="pron"),
     Q(I, "il soutenait l'un de ses adjoints, Baptiste Le Meur-Andrade", "maire de Caen", "avait fait savoir"),
     Q(D, "On ne parachute pas quelqu'un à six mois du scrutin. Caen n'est pas une circonscription de repli", "Baptiste Le Meur-Andrade", "a-t-il lâché", v="pron"),
     Q(D, "Parachutée ? J'habite à 800 mètres d'ici", LEM, "rétorque-t-elle", v="pron"),
     Q(I, "elle tendra la main à son rival « dès le premier tour, s'il le veut »", LEM, "assure"),
     Q(D, "dès le premier tour, s'il le veut", LEM, "assure", v="pron"),
     Q(I, "la députée « est la candidate la plus dangereuse » de la droite et du centre", "Marie-Aude Kouyaté", "Pour"),
     Q(D, "est la candidate la plus dangereuse", "Marie-Aude Kouyaté", "Pour", v="name"),
     Q(D, "Elle a la discipline d'une marathonienne", None, "résume"),
     Q(D, "Vous verrez, je gagne toujours en appel.", LEM, "lâche", v="pron")],
    [("Portrait", "Portrait")])


# ---------------------------------------------------------------- 08
ALQ = "Anselme Le Quintrec"
SPEC["08_entretien_senateur"] = (
    [E(ALQ, "PER"), E("Sénat", "ORG"), E("Finistère", "LOC"), E("palais du Luxembourg", "LOC", opt=True),
     E("Sixtine Abou-Jaoudé", "PER"), E("Assemblée", "ORG", "Assemblée nationale"),
     E("Comptes publics", "ORG", opt=True), E("Parlement", "ORG"), E("LR", "ORG"),
     E("Gaspard de Villeneuve-Okoro", "PER")],
    [
     Q(D, "Le Sénat ne sera pas la chambre d'enregistrement du gouvernement", ALQ, None, v="name"),
     Q(I, "l'exécutif contre « la tentation du passage en force »", ALQ, "met en garde", opt=True),
     Q(D, "la tentation du passage en force", ALQ, "met en garde", v="pron"),
     Q(D, "corriger", "gouvernement", "compte sur", opt=True),
     Q(I, "ces chiffres étaient « prudents »", MINCP, "m'a assuré"),
     Q(D, "prudents", MINCP, "m'a assuré", v="func"),
     Q(I, "la prudence, ce n'est pas la fiction", ALQ, "Je lui ai répondu"),
     Q(I, "être ouvert au compromis", "Premier ministre", "dit"),
     Q(D, "c'est à prendre ou à laisser", None, "On nous dit"),
     Q(I, "la suppression de la surtaxe sur les grandes entreprises", "LR", "réclament", opt=True),
     Q(I, "elle « fera fuir les sièges sociaux »", "Gaspard de Villeneuve-Okoro", "estime"),
     Q(D, "fera fuir les sièges sociaux", "Gaspard de Villeneuve-Okoro", "estime", v="name"),
     Q(D, "asphyxiés", "maires du Finistère", "se disent", v="inst"),
     Q(D, "Je ne sais pas si je pourrai payer le chauffage de l'école en février.", None, "m'a écrit")],
    [("Idées | Entretien", "Entretien"), ("Lire aussi", "largement réécrit"), ("Article réservé", "abonnés")])


# ---------------------------------------------------------------- 09
SPEC["09_chronique_retraites"] = (
    [E("Hortense Mavridis-Lacombe", "PER"), E("Travail", "ORG", opt=True), E("France Inter", "ORG"),
     E("Économie", "ORG", opt=True), E("Sénat", "ORG"), E("Conseil des ministres", "ORG", opt=True),
     E("Palais-Bourbon", "LOC", opt=True), E("Jean-Eudes Vautrin-Sall", "PER"), E("Loiret", "LOC"),
     E("Élysée", "ORG"), E("Château", "ORG", "Élysée", opt=True), E("CFDT", "ORG"),
     E("Maryvonne Ekambi-Ruault", "PER"), E("PowerPoint", "MISC", opt=True), E("Force ouvrière", "ORG"),
     E("Medef", "ORG"), E("Renaissance", "ORG"), E("RN", "ORG", "Rassemblement national"),
     E("Killian Moravec-Brunet", "PER"), E("Soraya Benmansour-Lind", "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(I, "la réforme des retraites serait présentée « avant l'été, sans faute »", "ministre du Travail", "jurait"),
     Q(D, "avant l'été, sans faute", "ministre du Travail", "jurait", v="func"),
     Q(D, "aucun calendrier n'est arrêté", "ministre de l'Économie", "assurait", v="func"),
     Q(I, "d'un texte « mûr mais pas pressé »", "porte-parole du gouvernement", "parlait", opt=True),
     Q(D, "mûr mais pas pressé", "porte-parole du gouvernement", "parlait", v="func"),
     Q(D, "Quand trois ministres disent trois choses, c'est qu'aucun des trois n'a eu l'arbitrage. Le seul qui sait, c'est l'Élysée, et l'Élysée se tait.", "Jean-Eudes Vautrin-Sall", None, v="pron"),
     Q(I, "le président « a fixé un cap »", "Élysée", "rappeler"),
     Q(D, "a fixé un cap", "Élysée", "rappeler", v="inst"),
     Q(D, "On nous a promis une concertation. On a eu trois réunions et un PowerPoint.", "Maryvonne Ekambi-Ruault", "m'a dit", v="name"),
     Q(I, "d'une journée de mobilisation en février", "Force ouvrière", "menace", opt=True),
     Q(I, "il jugeait « irresponsable » toute remise en cause de l'âge légal", "président du Medef", "a fait savoir"),
     Q(D, "irresponsable", "président du Medef", "a fait savoir", v="func"),
     Q(D, "On attend de savoir ce qu'on doit penser.", None, "résume"),
     Q(D, "On a fait campagne sur le travail. On risque de finir sur l'immobilisme.", None, None),
     Q(I, "« une motion de censure le jour même » du dépôt du texte", "Killian Moravec-Brunet", "promet", opt=True),
     Q(D, "une motion de censure le jour même", "Killian Moravec-Brunet", "promet", v="name"),
     Q(D, "Vous n'avez pas de réforme, vous avez un feuilleton !", "Soraya Benmansour-Lind", "a lancé", v="name"),
     Q(D, "quand le moment sera venu", None, None)],
    [("Chronique", "Chronique"), ("Partager sur Facebook", "par e-mail")])


# ---------------------------------------------------------------- 10
TOM = "Thérèse Okonjo-Maillard"
APQ = "Arnaud Pélissier-Quaye"
SPEC["10_analyse_coalition"] = (
    [E("Ve République", "MISC", opt=True), E("Félicien Ravanel-Osei", "PER"), E(TOM, "PER"),
     E("Sciences Po Bordeaux", "ORG"), E("Les Républicains", "ORG"),
     E("Républicains", "ORG", "Les Républicains"), E("Enguerrand Dallaire-Hwang", "PER"), E("MoDem", "ORG"),
     E("Vienne", "LOC"), E("Frédérique Ngata-Lévêque", "PER"), E("Matignon", "ORG"), E(APQ, "PER"),
     E("Elabe", "ORG"), E("Français", "MISC"), E("Assemblée", "ORG", "Assemblée nationale"),
     E("Sécurité sociale", "ORG", opt=True)],
    [
     Q(D, "socle commun", None, None, opt=True),
     Q(I, "le gouvernement a perdu onze scrutins sur dix-huit depuis la rentrée, un record sous la Ve République", None, "Selon", opt=True),
     Q(I, "la coalition souffre d'un « péché originel »", TOM, "Pour"),
     Q(D, "péché originel", TOM, "Pour", v="name"),
     Q(D, "Elle s'est construite contre quelque chose, jamais pour quelque chose. Quand la menace s'éloigne, il ne reste plus de ciment", TOM, "analyse-t-elle", v="pron"),
     Q(I, "les électorats des partis concernés « n'ont jamais autant divergé »", TOM, "observe"),
     Q(D, "n'ont jamais autant divergé", TOM, "observe", v="role"),
     Q(I, "un « tour de vis migratoire » avant la fin de l'hiver", "Les Républicains", "exigent", opt=True),
     Q(D, "tour de vis migratoire", "Les Républicains", "exigent", v="inst"),
     Q(I, "il « ne resterait pas au gouvernement pour faire de la figuration »", "président des Républicains", "a prévenu"),
     Q(D, "ne resterait pas au gouvernement pour faire de la figuration", "président des Républicains", "a prévenu", v="func"),
     Q(I, "une sortie du gouvernement « est désormais une hypothèse de travail »", "Enguerrand Dallaire-Hwang", "d'après"),
     Q(D, "est désormais une hypothèse de travail", "Enguerrand Dallaire-Hwang", "d'après", v="pron"),
     Q(I, "une « droitisation » qui ferait fuir son électorat", "MoDem", "redoute", opt=True),
     Q(D, "droitisation", "MoDem", "redoute", v="inst"),
     Q(D, "Si on devient l'aile gauche des Républicains, on disparaît.", "Frédérique Ngata-Lévêque", "l'a dit", v="name"),
     Q(D, "Je l'ai dit et je le redis", "Frédérique Ngata-Lévêque", "confirme-t-elle", v="pron"),
     Q(D, "Les coalitions, ça grince, c'est normal. L'important, c'est qu'elles votent les budgets", None, "fait valoir"),
     Q(I, "la censure n'a jamais réuni plus de 260 voix", None, "fait aussi remarquer"),
     Q(I, "l'opinion « ne suit plus ces querelles »", APQ, "Pour"),
     Q(D, "ne suit plus ces querelles", APQ, "Pour", v="name"),
     Q(D, "Les Français ne savent pas qui est dans la majorité et qui n'y est pas. Ils veulent des résultats", APQ, "tranche-t-il", v="pron"),
     Q(I, "Une dissolution, selon lui, « ne réglerait rien, et tout le monde le sait »", APQ, "selon"),
     Q(D, "ne réglerait rien, et tout le monde le sait", APQ, "selon", v="pron")],
    [("Analyse", "Analyse"), ("Lire aussi", "au plus bas")])


# ---------------------------------------------------------------- 11
MDA = "ministre déléguée à l'Agriculture"
ABQ = "Amaury Bélanger-Quispe"
IVL = "Iris Van Loo-Benabdallah"
SPEC["11_senat_eau"] = (
    [E("Sénat", "ORG"), E("Rozenn Kergoat-Dalmasso", "PER"), E("Agriculture", "ORG", opt=True),
     E("palais du Luxembourg", "LOC", opt=True), E("LR", "ORG"), E("Vendée", "LOC"),
     E("Hugues Marchal-Tsitsipas", "PER"), E(ABQ, "PER"), E("Drôme", "LOC"), E(IVL, "PER"),
     E("FNSEA", "ORG"), E("Confédération paysanne", "ORG"), E("Deux-Sèvres", "LOC")],
    [
     Q(D, "Je ne céderai ni aux lobbys ni aux caricatures", MDA, "a déclaré", v="func"),
     Q(I, "le retrait de l'amendement gouvernemental qui facilitait les forages", MDA, "annoncer", opt=True),
     Q(D, "C'est un reniement. On nous avait promis l'inverse en commission !", "Hugues Marchal-Tsitsipas", "s'est emporté", v="name"),
     Q(I, "le retrait de l'amendement « ne change rien à l'équilibre du texte », puisque la commission avait déjà adopté une rédaction proche", ABQ, "Selon"),
     Q(D, "ne change rien à l'équilibre du texte", ABQ, "Selon", v="pron"),
     Q(D, "Madame la ministre, je vous demande simplement de nous dire la vérité sur le calendrier des décrets", ABQ, "a-t-il ajouté", v="pron"),
     Q(I, "« un moment de lucidité »", IVL, "a salué", opt=True),
     Q(D, "un moment de lucidité", IVL, "a salué", v="name"),
     Q(D, "Pour une fois, le gouvernement écoute les hydrologues plutôt que les bétonneurs, a-t-elle ironisé. Profitons-en, ça ne durera pas.", IVL, "a-t-elle ironisé", v="pron"),
     Q(I, "il s'abstiendrait sur l'article", "groupe communiste", "a annoncé"),
     Q(I, "le syndicat « prendra ses responsabilités » si le texte final ne comporte pas de « simplification réelle »", "président de la FNSEA", "a fait savoir"),
     Q(D, "prendra ses responsabilités", "président de la FNSEA", "a fait savoir", v="func"),
     Q(D, "simplification réelle", "président de la FNSEA", "a fait savoir", v="func"),
     Q(I, "d'une « victoire du bon sens »", "Confédération paysanne", "s'est félicitée", opt=True),
     Q(D, "victoire du bon sens", "Confédération paysanne", "s'est félicitée", v="inst"),
     Q(D, "J'ai des agriculteurs qui manquent d'eau et des rivières à sec. Mon travail, c'est de tenir les deux bouts, a-t-elle expliqué. Ceux qui veulent des solutions simples n'ont qu'à venir voir les nappes en août.", MDA, "a-t-elle expliqué", v="pron"),
     Q(I, "plus de 200 amendements restent à examiner", None, "D'après")],
    [("Parlement", "Parlement"), ("À lire aussi", "Deux-Sèvres")])


# ---------------------------------------------------------------- 12
CAH = "Corentin Aubertin-Halvorsen"
MAE = "ministère des Affaires étrangères"
MAZ = "ministère azerbaïdjanais des Affaires étrangères"
SPEC["12_quai_bakou"] = (
    [E("Paris", "LOC"), E("Azerbaïdjan", "LOC"), E("Quai d'Orsay", "ORG"), E(CAH, "PER"),
     E("Corentin", "PER", CAH), E("Bakou", "LOC"), E("Noémie Sarkissian-Blondel", "PER"), E("France", "LOC"),
     E("ministère de l'Europe et des Affaires étrangères", "ORG", opt=True), E("Radio France", "ORG"),
     E("Le Temps", "ORG"), E("Malika Issaoui-Nordqvist", "PER"), E("Haut-Karabakh", "LOC"),
     E(MAE, "ORG", opt=True), E("Reporters sans frontières", "ORG"), E("Ségolène Ahanda-Keller", "PER"),
     E("Europe de l'Est", "LOC"), E("Arménie", "LOC"), E("Thorvald Mikaelian-Roux", "PER"),
     E("Institut français des relations internationales", "ORG"),
     E("Ifri", "ORG", "Institut français des relations internationales"), E("Caucase", "LOC"), E("Lyon", "LOC")],
    [
     Q(I, "la libération « sans délai » de Corentin Aubertin-Halvorsen", "Quai d'Orsay", "exige", opt=True),
     Q(D, "sans délai", "Quai d'Orsay", "exige", v="inst"),
     Q(I, "d'« espionnage »", "autorités azerbaïdjanaises", "accusent", opt=True),
     Q(D, "espionnage", "autorités azerbaïdjanaises", "accusent", v="inst"),
     Q(I, "L'ambassadeur d'Azerbaïdjan en France a été reçu lundi matin au ministère de l'Europe et des Affaires étrangères", "Quai d'Orsay", "a annoncé"),
     Q(D, "Nous lui avons fait part de notre profonde préoccupation et demandé un accès consulaire immédiat", "Quai d'Orsay", "a-t-il précisé", v="pron"),
     Q(I, "il est soupçonné d'avoir « collecté des informations sensibles pour le compte d'un service étranger »", "parquet azerbaïdjanais", "Selon"),
     Q(D, "collecté des informations sensibles pour le compte d'un service étranger", "parquet azerbaïdjanais", "Selon", v="inst"),
     Q(D, "Corentin faisait un reportage sur les réfugiés du Haut-Karabakh. Il n'a jamais été espion de quoi que ce soit, c'est absurde", "Malika Issaoui-Nordqvist", "affirme-t-elle", v="pron"),
     Q(I, "n'avoir eu « aucune nouvelle » depuis dimanche soir", "Malika Issaoui-Nordqvist", "dit"),
     Q(D, "aucune nouvelle", "Malika Issaoui-Nordqvist", "dit", v="role"),
     Q(I, "une « ingérence » française dans une « procédure judiciaire souveraine »", MAZ, "a dénoncé", opt=True),
     Q(D, "ingérence", MAZ, "a dénoncé", v="inst"),
     Q(D, "procédure judiciaire souveraine", MAZ, "a dénoncé", v="inst"),
     Q(I, "Paris de « mener une campagne hostile » contre l'Azerbaïdjan depuis plusieurs années", MAZ, "a accusé"),
     Q(D, "mener une campagne hostile", MAZ, "a accusé", v="inst"),
     Q(I, "les autorités françaises à « hausser le ton »", "Reporters sans frontières", "a appelé"),
     Q(D, "hausser le ton", "Reporters sans frontières", "a appelé", v="inst"),
     Q(D, "La diplomatie discrète a ses limites. Trois journalistes étrangers sont déjà détenus en Azerbaïdjan", "Ségolène Ahanda-Keller", "rappelle", v="name"),
     Q(I, "l'affaire s'inscrit dans un contexte de fortes tensions", None, "Pour", opt=True),
     Q(D, "Bakou reproche à la France son soutien à l'Arménie. Chaque incident devient un levier", "Thorvald Mikaelian-Roux", "explique", v="name"),
     Q(I, "l'affaire pourrait se régler « en quelques semaines, si personne ne perd la face »", None, "juge"),
     Q(D, "en quelques semaines, si personne ne perd la face", None, "juge"),
     Q(I, "la France ne « lâcherait pas » son ressortissant", PR, "promettant"),
     Q(D, "lâcherait pas", PR, "promettant", v="func")],
    [("Diplomatie", "Diplomatie"), ("Lire aussi", "accord de paix")])


if __name__ == "__main__":
    main(SPEC, HERE)
