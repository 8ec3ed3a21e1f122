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
     Q(D, "Je leur ai dit qu'on jouait chez nous et qu'on n'avait pas le droit de subir comme ça.", GRV, "a haussé le ton", v="pron"),
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

IVG = "Inès Vasconcelos-Grimaud"
CNC = "Centre national du cinéma"
# ---------------------------------------------------------------- 05
SPEC["05_entretien_realisatrice"] = (
    [E("Ciné Regards", "ORG"), E(IVG, "PER"), E("Le Sel des Aubes", "MISC"), E("Adrien Lapeyre-Moussa", "PER"),
     E("Festival de Locarno", "MISC"), E("Locarno 2026", "MISC"), E("Locarno", "MISC", "Festival de Locarno", opt=True),
     E("Lars Henriksen", "PER"), E("Mauritanie", "LOC"), E("Nouadhibou", "LOC"), E(CNC, "ORG"),
     E("Mamadou Sow-Kane", "PER"), E("Ousmane Diagana", "PER"), E("Porto", "LOC"), E("Cheikh Ould Ahmed", "PER")],
    [
     Q(D, "Le cinéma doit regarder là où personne ne regarde", IVG, None, nth=0, v="name"),
     Q(I, "« une obstinée magnifique »", "Lars Henriksen", "la décrit comme", opt=True),
     Q(D, "une obstinée magnifique", "Lars Henriksen", "la décrit comme", v="name"),
     Q(D, "Personne n'ira voir deux heures de film sur des pêcheurs.", "distributeur approché par " + IVG, "m'a dit", v="func"),
     Q(I, "le dossier était « trop fragile »", CNC, "a répondu"),
     Q(D, "trop fragile", CNC, "a répondu", v="inst"),
     Q(I, "si le film allait « rendre le poisson »", "Ousmane Diagana", "m'a demandé"),
     Q(D, "rendre le poisson", "Ousmane Diagana", "m'a demandé", v="name"),
     Q(I, "d'un film « d'une rare pudeur »", "jury du Festival de Locarno", "a parlé", opt=True),
     Q(D, "d'une rare pudeur", "jury du Festival de Locarno", "a parlé", v="inst"),
     Q(D, "On ne filme pas les gens, on filme avec eux.", "mère d'" + IVG, "disait", v="func")],
    [("Ciné Regards", "Ciné Regards"), ("Cinéma > Entretiens", "Cinéma > Entretiens"),
     ("Vous aimerez aussi", "Abonnez-vous à Ciné Regards")])


JPMS = "Jean-Philippe Morin-Saulnier"
FBR = "Fatima Benali-Roux"
SAA = "Saint-Amand Autrement"
SAR = "Saint-Amand-la-Reyssouze"
CABB = "communauté d'agglomération du Bassin de Bourg-en-Bresse"
# ---------------------------------------------------------------- 06
SPEC["06_conseil_municipal"] = (
    [E("L'Écho de la Bresse", "ORG"), E("Ain", "LOC"), E(SAR, "LOC"), E("Saint-Amand", "LOC", SAR),
     E("Nathanaël Bouvier-Sarr", "PER"), E("Champ-de-Foire", "LOC", opt=True), E(JPMS, "PER"),
     E("Bourg-en-Bresse", "LOC"), E(SAA, "ORG"), E(FBR, "PER"), E("Odile Perrichon", "PER"), E("Hervé Lachenal", "PER"),
     E("Bassin de Bourg-en-Bresse", "ORG", CABB, opt=True)],
    [
     Q(D, "une décision prise sans les habitants", FBR, "dénonce", nth=0, v="role"),
     Q(D, "Je ne ferme pas une piscine par plaisir. Je la ferme parce qu'elle nous coûte 180 000 euros par an pour deux mois d'ouverture", JPMS, "a justifié", v="name"),
     Q(I, "le bassin perdait près de 30 mètres cubes d'eau par jour", JPMS, "a rappelé"),
     Q(D, "Les réparations dépasseraient le million. Nous n'avons pas ce million", JPMS, "a-t-il ajouté", v="pron"),
     Q(I, "en échange des navettes gratuites vers le centre aquatique de Bourg-en-Bresse", JPMS, "promet", opt=True),
     Q(I, '"une décision prise sans les habitants"', FBR, "a dénoncé", opt=True, nth=1),
     Q(D, "une décision prise sans les habitants", FBR, "a dénoncé", nth=1, v="name"),
     Q(D, "On nous parle de chiffres, mais où est la consultation qu'on nous avait promise en 2024 ?", FBR, "a-t-elle interrogé", v="pron"),
     Q(I, "une rénovation partielle aurait coûté moitié moins", FBR, "Selon"),
     Q(D, "Nous avons fait faire deux études. Les deux disent la même chose.", "Odile Perrichon", None, v="ctx"),
     Q(I, 'd\'un "crève-cœur" pour des générations d\'enfants', "Hervé Lachenal", "parle", opt=True),
     Q(D, "crève-cœur", "Hervé Lachenal", "parle", v="pron"),
     Q(I, 'le terrain resterait "propriété communale" et qu\'aucune vente n\'était envisagée', "directeur général des services de " + SAR, "a précisé"),
     Q(D, "propriété communale", "directeur général des services de " + SAR, "a précisé", v="func"),
     Q(I, 'il "saisira le tribunal administratif si la délibération est entachée d\'irrégularité"', SAA, "annonce"),
     Q(D, "saisira le tribunal administratif si la délibération est entachée d'irrégularité", SAA, "annonce", v="inst"),
     Q(I, 'les navettes pourraient être mises en place "dès juin 2027"', CABB, "indique"),
     Q(D, "dès juin 2027", CABB, "indique", v="inst")],
    [("L'Écho de la Bresse", "L'Écho de la Bresse"), ("Ain > Saint-Amand-la-Reyssouze", "Ain > Saint-Amand-la-Reyssouze"),
     ("Lire aussi : Bourg-en-Bresse", "Imprimer")])


PREF7 = "préfet de l'Aude"
JRM = "Josiane Ribes-Mahmoudi"
SDIS7 = "service départemental d'incendie et de secours de l'Aude"
MININT = "ministre de l'Intérieur"
# ---------------------------------------------------------------- 07
SPEC["07_afp_crue_aude"] = (
    [E("Aude", "LOC"), E("CARCASSONNE", "LOC", "Carcassonne"), E("Carcassonne", "LOC"),
     E("AFP", "ORG", "Agence France-Presse"), E("Orbieu", "LOC"), E("Météo-France", "ORG"), E("Corbières", "LOC"),
     E(JRM, "PER"), E("Villardière-sur-Orbieu", "LOC"),
     E("service départemental d'incendie et de secours", "ORG", opt=True),
     E("Sdis", "ORG", "service départemental d'incendie et de secours"), E("X", "ORG"), E("Castelnou-d'Orbieu", "LOC"),
     E("Bernard Azéma", "PER"), E("Intérieur", "ORG", opt=True), E("Montpellier", "LOC"),
     E("Agence France-Presse", "ORG")],
    [
     Q(I, "à « ne pas prendre la route »", PREF7, "appelle"),
     Q(D, "ne pas prendre la route", PREF7, "appelle", nth=0, v="func"),
     Q(I, "Quelque 600 habitants de deux communes de l'Aude ont été évacués dans la nuit de dimanche à lundi après la crue brutale de l'Orbieu, placé en vigilance rouge par Météo-France", "préfecture de l'Aude", "a annoncé"),
     Q(D, "La situation reste très dangereuse. Nous demandons à chacun de ne pas prendre la route sauf nécessité absolue", PREF7, "a déclaré", v="func"),
     Q(I, "plus de 90 millimètres de pluie sont tombés en six heures sur les Corbières", PREF7, "Selon"),
     Q(D, "L'eau est montée d'un mètre en quarante minutes. On a réveillé les gens porte à porte", JRM, "a raconté", v="name"),
     Q(I, "avoir vu « des voitures emportées comme des bouchons » dans la rue principale", JRM, "dit"),
     Q(D, "des voitures emportées comme des bouchons", JRM, "dit", v="pron"),
     Q(D, "Je n'avais jamais vu ça en trente ans de mandat", JRM, "a-t-elle ajouté", v="pron"),
     Q(I, "avoir mené « plus de 140 interventions » depuis dimanche soir, dont 37 hélitreuillages", SDIS7, "a indiqué"),
     Q(D, "plus de 140 interventions", SDIS7, "a indiqué", v="inst"),
     Q(D, "Nos équipes ont travaillé toute la nuit dans des conditions extrêmes", SDIS7, "a souligné", v="inst"),
     Q(D, "Les cumuls observés restent exceptionnels pour un mois de décembre", "Météo-France", "a relevé", v="inst"),
     Q(D, "En 2018, on avait tout perdu. On venait juste de finir les travaux", "Bernard Azéma", "soupire", v="role"),
     Q(I, "l'état de catastrophe naturelle serait reconnu « dans les meilleurs délais »", MININT, "a promis"),
     Q(D, "dans les meilleurs délais", MININT, "a promis", v="func"),
     Q(I, "Les écoles des deux communes resteront fermées lundi", "rectorat de Montpellier", "selon")],
    [("jb-asc/mpm/dch", "© Agence France-Presse")])


DEP = "Département de l'Isère"
MOTG = "Marc-Olivier Tissot-Guérin"
VP8 = "vice-président du Département de l'Isère chargé des routes"
# ---------------------------------------------------------------- 08
SPEC["08_travaux_falaise"] = (
    [E("Le Journal du Grésivaudan", "ORG"), E("Isère", "LOC"), E("Grésivaudan", "LOC"),
     E("Saint-Vincent-la-Combe", "LOC"), E("RD 523", "LOC", opt=True), E("Églantine Rousset-Mbarga", "PER"),
     E(DEP, "ORG", opt=True), E("Département", "ORG", DEP, opt=True), E(MOTG, "PER"), E("Crolles", "LOC"),
     E("place de l'Église", "LOC", opt=True), E("Sandrine Vacheron-Lopes", "PER"), E("Youssef Haddad-Brunel", "PER"),
     E("Sdis", "ORG"), E("RD 1090", "LOC", opt=True)] + NET,
    [
     Q(I, "la route départementale 523, qui traverse Saint-Vincent-la-Combe, sera fermée à toute circulation du 5 janvier au 30 avril", DEP, "l'a confirmé"),
     Q(D, "La falaise bouge. Un bloc de quatre tonnes est tombé en octobre à vingt mètres d'une voiture. On ne peut plus attendre", VP8, "a expliqué", v="func"),
     Q(I, "les camions de chantier circuleront uniquement de nuit", "direction des mobilités du " + DEP, "Selon"),
     Q(I, "comprendre la décision", MOTG, "dit", opt=True),
     Q(I, "« un vrai accompagnement » pour les commerces du bourg", MOTG, "réclame", opt=True),
     Q(D, "un vrai accompagnement", MOTG, "réclame", v="name"),
     Q(D, "Quatre mois sans passage, pour une boulangerie, c'est une saison perdue", MOTG, "insiste-t-il", v="pron"),
     Q(I, "la déviation soit signalée « dès la sortie de Crolles »", MOTG, "demande"),
     Q(D, "dès la sortie de Crolles", MOTG, "demande", v="pron"),
     Q(D, "On fait 60 % de notre chiffre avec les gens qui passent. Si la route ferme, ils iront acheter leur pain ailleurs, et certains ne reviendront pas.", "Sandrine Vacheron-Lopes", None, v="ctx"),
     Q(I, "étudier une aide exceptionnelle", DEP, "assure"),
     Q(D, "Un fonds d'indemnisation sera présenté à la commission permanente de février", DEP, "indique-t-on", v="inst"),
     Q(D, "Avec la déviation, l'ambulance mettra vingt minutes de plus", "Youssef Haddad-Brunel", "s'alarme", v="name"),
     Q(I, "un véhicule de secours serait prépositionné dans le village pendant toute la durée des travaux", "Sdis de l'Isère", "a indiqué"),
     Q(D, "Les routes de la vallée ne sont pas faites pour ça", "préfecture de l'Isère", "justifie-t-elle", v="inst")],
    [("Le Journal du Grésivaudan", "Le Journal du Grésivaudan"), ("Isère › Grésivaudan", "Transports"),
     ("3 min de lecture", "3 min de lecture"), ("À lire aussi", "E-mail")])

PVM = "Philippe Vandenbroucke-Mertens"
NEMH = "Nadia El Mansouri-Hock"
CAB9 = "cabinet du ministre fédéral des Entreprises publiques"
# ---------------------------------------------------------------- 09
SPEC["09_belgique_bureau_poste"] = (
    [E("Le Quotidien de Namur", "ORG"), E("Belgique", "LOC"), E("rue de Namur", "LOC", opt=True), E("Namur", "LOC"),
     E("Wavremont", "LOC"), E("bpost", "ORG"), E("Gilles Dewaele", "PER"), E(PVM, "PER"), E("Les Engagés", "ORG"),
     E("Affaires sociales", "ORG", opt=True), E(NEMH, "PER"), E("MR", "ORG"), E("Luc Gérardy", "PER"), E("PS", "ORG"),
     E("Entreprises publiques", "ORG", opt=True)],
    [
     Q(D, "mise devant le fait accompli", PVM, "se dit", opt=True),
     Q(D, "J'ai appris la fermeture en ouvrant une lettre. Pas un coup de fil, pas une réunion. On nous met devant le fait accompli", PVM, "s'indigne", v="name"),
     Q(I, "le bureau n'accueille plus qu'une trentaine de clients par jour, contre plus de cent il y a dix ans", "bpost", "Selon"),
     Q(D, "Le réseau doit s'adapter aux usages. Nos clients se tournent massivement vers le numérique et les points poste", "bpost", "fait valoir", v="inst"),
     Q(I, "aucun emploi ne sera supprimé et que les quatre agents seront réaffectés à Namur", "bpost", "assure"),
     Q(D, "Un tiers de nos habitants a plus de 65 ans. Beaucoup n'ont pas d'ordinateur, et certains ne conduisent plus", PVM, "rappelle-t-il", v="pron"),
     Q(I, "à être reçu « d'urgence » par la direction", PVM, "a demandé"),
     Q(D, "d'urgence", PVM, "a demandé", v="pron"),
     Q(I, "avoir reçu « des dizaines d'appels » depuis jeudi", NEMH, "dit"),
     Q(D, "des dizaines d'appels", NEMH, "dit", v="name"),
     Q(D, "Les gens viennent au guichet pour leur pension, pour un recommandé, pour parler aussi. On ne remplace pas ça par une borne", NEMH, "estime-t-elle", v="pron"),
     Q(I, "la majorité d'avoir « laissé pourrir le dossier » depuis deux ans", "Luc Gérardy", "accuse"),
     Q(D, "laissé pourrir le dossier", "Luc Gérardy", "accuse", v="name"),
     Q(D, "On savait depuis 2024 que le bureau était menacé", "Luc Gérardy", "affirme-t-il", v="pron"),
     Q(I, "le contrat de gestion de bpost impose « au moins un point poste par commune »", CAB9, "indique"),
     Q(D, "au moins un point poste par commune", CAB9, "indique", v="inst"),
     Q(D, "Ce minimum sera respecté à Wavremont", CAB9, "y assure-t-on", v="inst")],
    [("Le Quotidien de Namur", "Le Quotidien de Namur"), ("Belgique | Régions", "Namur"),
     ("Lire aussi", "chaque matin à 7 h")])


PN = "Pro Natura"
OFEV = "Office fédéral de l'environnement"
CF10 = "conseiller fédéral chargé de l'Environnement"
BIZ = "Beat Imhof-Zurbriggen"
LMK = "Léonie Mauron-Kessler"
CEV = "Conseil d'État vaudois"
# ---------------------------------------------------------------- 10
SPEC["10_suisse_loup"] = (
    [E("La Tribune lémanique", "ORG"), E("Suisse", "LOC", only=[0, 1]), E("Suisse", "LOC", opt=True, only=[2]),
     E("Conseil fédéral", "ORG"), E("Berne", "LOC"), E(PN, "ORG"), E("Corinne Aebischer-Nzeyimana", "PER"),
     E("Environnement", "ORG", opt=True), E(OFEV, "ORG"), E("OFEV", "ORG", OFEV), E("Valais", "LOC"),
     E("Haut-Valais", "LOC"), E(BIZ, "PER"), E("Vaud", "LOC"), E("Conseil d'État", "ORG"), E("WWF Suisse", "ORG"),
     E(LMK, "PER"), E("Jura", "LOC"), E("Parlement", "ORG", opt=True), E("UDC", "ORG"), E("Parti socialiste", "ORG"),
     E("Conthey", "LOC")],
    [
     Q(I, "un «permis de tuer»", PN, "dénonce", opt=True, nth=0),
     Q(D, "permis de tuer", PN, "dénonce", nth=0, v="inst"),
     Q(D, "importants", "Conseil fédéral", "a adopté", opt=True),
     Q(D, "Nous devons protéger les troupeaux sans mettre en danger l'espèce", CF10, "a déclaré", v="func"),
     Q(I, "la Suisse comptait l'an dernier 36 meutes, soit environ 320 loups", OFEV, "Selon"),
     Q(I, "la population «restera viable» même avec une régulation accrue", OFEV, "estime"),
     Q(D, "restera viable", OFEV, "estime", v="inst"),
     Q(D, "C'est un premier pas. Nos éleveurs ont perdu plus de 600 bêtes cet été", "conseillère d'État valaisanne chargée de la chasse", "a réagi", v="func"),
     Q(I, "Berne «arrive trop tard pour cette saison»", BIZ, "Pour"),
     Q(D, "arrive trop tard pour cette saison", BIZ, "Pour", v="name"),
     Q(D, "Il faudra encore des mois avant le premier tir", BIZ, "regrette-t-il", v="pron"),
     Q(I, "il n'entendait «pas recourir systématiquement» aux nouvelles possibilités offertes par l'ordonnance", CEV, "a fait savoir"),
     Q(D, "pas recourir systématiquement", CEV, "a fait savoir", v="inst"),
     Q(I, "d'un «permis de tuer»", PN, "parle", opt=True),
     Q(D, "permis de tuer", PN, "parle", nth=1, v="inst"),
     Q(D, "On traite le loup comme un nuisible, alors que les mesures de protection fonctionnent là où elles sont appliquées", LMK, "affirme", v="name"),
     Q(I, "les chiens de protection ont réduit de moitié les attaques dans le Jura", LMK, "Selon"),
     Q(I, "la révision «timide»", "UDC", "juge", opt=True),
     Q(D, "timide", "UDC", "juge", v="inst"),
     Q(I, "une «capitulation devant le lobby agricole»", "Parti socialiste", "dénonce", opt=True),
     Q(D, "capitulation devant le lobby agricole", "Parti socialiste", "dénonce", v="inst")],
    [("La Tribune lémanique", "La Tribune lémanique"), ("Suisse > Politique", "Suisse > Politique"),
     ("Articles en lien", "chaque soir")])


PMQ = "premier ministre du Québec"
MT11 = "ministre des Transports"
JSTN = "Jean-Sébastien Thibodeau-Nakamura"
AOS = "Annabelle Ouellet-Sanogo"
BAPE = "Bureau d'audiences publiques sur l'environnement"
# ---------------------------------------------------------------- 11
SPEC["11_quebec_tramway"] = (
    [E("L'Écho de la Capitale", "ORG"), E("Québec", "LOC"), E("QUÉBEC", "LOC", "Québec"),
     E("Marie-Soleil Gagnon-Abiola", "PER"), E("Assemblée nationale", "ORG"), E("Transports", "ORG", opt=True),
     E("Parti québécois", "ORG"), E(JSTN, "PER"), E("Université Laval", "ORG"), E("Mobilité Capitale", "ORG"),
     E(AOS, "PER"), E("Limoilou", "LOC"), E("Sainte-Foy", "LOC"), E(BAPE, "ORG"), E("BAPE", "ORG", BAPE),
     E("Montréal", "LOC")],
    [
     Q(I, "une mise en service « avant 2032 »", PMQ, "promet", opt=True),
     Q(D, "avant 2032", PMQ, "promet", nth=0, v="func"),
     Q(I, "l'État injectera 1,2 milliard de dollars supplémentaires dans le projet de tramway de la capitale", PMQ, "a annoncé"),
     Q(D, "Ce projet va se faire, et il va se faire avant 2032. Les citoyens de Québec ont assez attendu", PMQ, "a-t-il lancé", v="pron"),
     Q(I, "les travaux de la ligne principale reprendraient « au printemps prochain », une fois les derniers contrats attribués", MT11, "a précisé"),
     Q(D, "au printemps prochain", MT11, "a précisé", v="pron"),
     Q(I, "le coût total du projet atteint désormais 8,4 milliards", MT11, "Selon"),
     Q(D, "On va regarder les détails, mais c'est une excellente nouvelle pour les gens de la capitale", "cabinet du maire de Québec", "a réagi", v="inst"),
     Q(I, "d'un « énième recommencement »", "Parti québécois", "parle", opt=True),
     Q(D, "énième recommencement", "Parti québécois", "parle", v="inst"),
     Q(D, "On nous a promis ce tramway trois fois. Permettez-nous d'attendre de voir les rails", "porte-parole du Parti québécois en matière de transports", "a ironisé", v="func"),
     Q(I, "le calendrier reste « ambitieux, mais réaliste si le gouvernement cesse de changer d'idée »", JSTN, "Pour"),
     Q(D, "ambitieux, mais réaliste si le gouvernement cesse de changer d'idée", JSTN, "Pour", v="name"),
     Q(D, "Le vrai risque, c'est politique, pas technique", JSTN, "estime-t-il", v="pron"),
     Q(D, "soulagée", AOS, "se dit", v="name"),
     Q(D, "On a perdu dix ans. Il ne faut plus perdre une seule année", AOS, "insiste-t-elle", v="pron"),
     Q(I, "les quartiers de Limoilou et de Sainte-Foy soient desservis « dès la première phase »", AOS, "demande"),
     Q(D, "dès la première phase", AOS, "demande", v="pron")],
    [("L'Écho de la Capitale", "L'Écho de la Capitale"), ("Actualités › Politique", "Politique québécoise"),
     ("À lire aussi", "infolettre")])


CNPAS = "Collectif national des pêcheurs artisanaux du Sénégal"
MP12 = "ministre des Pêches et de l'Économie maritime"
MLSD = "Mamadou Lamine Sarr-Diop"
FBD = "Fatou Binetou Diallo"
ASB = "Aminata Sow-Badji"
# ---------------------------------------------------------------- 12
SPEC["12_senegal_code_peche"] = (
    [E("L'Observateur de Dakar", "ORG"), E("Code de la pêche maritime", "MISC", opt=True),
     E("Code de la pêche", "MISC", "Code de la pêche maritime", opt=True), E("Assemblée nationale", "ORG"),
     E("Aïssatou Ndiaye-Fall", "PER"), E("Dakar", "LOC"), E("Pêches et de l'Économie maritime", "ORG", opt=True),
     E("CFA", "MISC", opt=True), E("Kayar", "LOC"), E("Joal", "LOC"), E(CNPAS, "ORG"), E("CNPAS", "ORG", CNPAS),
     E(MLSD, "PER"), E(FBD, "PER"), E(ASB, "PER"), E("Greenpeace Afrique", "ORG"), E("Sénégalais", "MISC"),
     E("Takku Wallu", "ORG"), E("Union européenne", "ORG"), E("Sénégal", "LOC")],
    [
     Q(D, "restent sur leur faim", CNPAS, None, opt=True),
     Q(D, "Nos océans ne sont pas à vendre. Chaque licence sera désormais publiée et contrôlée", MP12, "a assuré", v="func"),
     Q(D, "La pêche illicite coûte au pays des dizaines de milliards de francs CFA par an", MP12, "a-t-il rappelé", v="pron"),
     Q(I, "“une loi de souveraineté”", "Premier ministre", "a salué", opt=True),
     Q(D, "une loi de souveraineté", "Premier ministre", "a salué", v="func"),
     Q(I, "le texte “reste sur sa faim”", CNPAS, "estime"),
     Q(D, "reste sur sa faim", CNPAS, "estime", v="inst"),
     Q(D, "Les bateaux étrangers raclent le fond, et nos pirogues reviennent vides", MLSD, "déplore", v="name"),
     Q(D, "À Kayar, un pêcheur ramène deux fois moins qu'il y a dix ans.", MLSD, None, v="ctx"),
     Q(I, "le prix du poisson a doublé sur les marchés de Dakar en trois ans", MLSD, "D'après"),
     Q(I, "la loi “arrive tard mais va dans le bon sens”", FBD, "Pour"),
     Q(D, "arrive tard mais va dans le bon sens", FBD, "Pour", v="name"),
     Q(D, "Ce qu'on veut, c'est que les contrôles se fassent vraiment en mer", FBD, "explique-t-elle", v="pron"),
     Q(I, "l'absence de mesures contre les usines de farine de poisson, qui “détournent le poisson des Sénégalais”", ASB, "regrette", opt=True),
     Q(D, "détournent le poisson des Sénégalais", ASB, "regrette", v="name"),
     Q(I, "“un manque de concertation avec les communautés de pêcheurs”", "Takku Wallu", "dénonçant", opt=True),
     Q(D, "un manque de concertation avec les communautés de pêcheurs", "Takku Wallu", "dénonçant", v="inst"),
     Q(I, "les décrets d'application seraient publiés “avant la fin du premier trimestre 2027”", MP12, "a promis"),
     Q(D, "avant la fin du premier trimestre 2027", MP12, "a promis", v="func")],
    [("L'Observateur de Dakar", "L'Observateur de Dakar"), ("Économie | Pêche", "Économie | Pêche"),
     ("Lire aussi", "Partagez cet article")])


if __name__ == "__main__":
    main(SPEC, HERE)
