#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written22 with exact offsets.

    python3 tests/gold/written22/make_gold.py          # write NAME.json, check
    python3 tests/gold/written22/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written22/make_gold.py --show   # print every annotation in context

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

HML = "Hervé-Marie Lancelin"
YBC = "Yanis Bouzid-Carrère"
LW = "Lukas Wiśniewski"
OSA = "Olympique Saint-Auréol"
FCR = "FC Rouen 1899"
ERC = "entraîneur du FC Rouen 1899"
JBR = "Jean-Baptiste Ravelomanana"
# ---------------------------------------------------------------- 01
SPEC["01_foot_national_remontada"] = (
    [E("OUEST-COURRIER", "ORG", "Ouest-Courrier"), E("National", "MISC", opt=True), E(OSA, "ORG"),
     E("Saint-Auréol", "ORG", OSA, opt=True), E("Rouen", "ORG", FCR, opt=True), E(HML, "PER"),
     E("Gaëlle Pinçon-Tessier", "PER"), E("stade de la Garenne", "LOC", opt=True), E(FCR, "ORG"),
     E(YBC, "PER"), E("Mathias Oyono", "PER"), E("Killian Ferreira-Dumont", "PER"), E(LW, "PER"),
     E("Lukas", "PER", LW), E("Wiśniewski", "PER", LW), E("Théo N'Guessan-Arnaud", "PER"),
     E("Fédération française de football", "ORG"), E(JBR, "PER"), E("Versailles", "LOC", opt=True),
     E("Coupe de France", "MISC"), E("Lorient", "ORG", opt=True), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "un match de caractère", HML, "pour", nth=0, v="name"),
     Q(D, "C'est un match de caractère. À la mi-temps, je n'ai pas crié, j'ai juste demandé aux garçons s'ils voulaient rentrer chez eux avec ça", HML, "a raconté", v="name"),
     Q(D, "On a pris des risques, on l'assume. Lukas nous a donné de la profondeur", HML, "a-t-il expliqué", v="pron"),
     Q(D, "Il venait à tous les matchs, il s'asseyait toujours au même endroit. Ce soir, j'ai regardé sa place vide avant de tirer.", YBC, None, v="ctx"),
     Q(D, "un penalty très généreux", ERC, "a dénoncé", v="func"),
     Q(I, "« un penalty très généreux »", ERC, "a dénoncé", opt=True),
     Q(I, "son équipe avait « arrêté de jouer » après la pause", ERC, "estimé"),
     Q(D, "arrêté de jouer", ERC, "estimé", v="func"),
     Q(I, "Rouen « n'a pas su gérer l'ambiance »", ERC, "Selon"),
     Q(D, "n'a pas su gérer l'ambiance", ERC, "Selon", v="pron"),
     Q(I, "il déposerait une réserve auprès de la Fédération française de football sur l'arbitrage vidéo, absent en National", FCR, "a annoncé"),
     Q(D, "On a une équipe jeune, il fallait une soirée comme celle-là pour y croire", JBR, "a-t-il confié", v="pron")],
    [("OUEST-COURRIER", "OUEST-COURRIER"), ("Accueil > Sports", "Football > National"),
     ("Lecture : 3 min", "Lecture : 3 min"), ("Lire aussi : Coupe", "FC Rouen 1899")])


MEL = "Maxime Etcheverry-Lacoste"
MSP = "manager de la Section paloise"
MST = "manager du Stade Toulousain"
# ---------------------------------------------------------------- 02
SPEC["02_afp_rugby_top14"] = (
    [E("Pau", "ORG", "Section paloise", opt=True, only=[0, 1]), E("Pau", "LOC", only=[2]),
     E("PAU", "LOC", "Pau"), E("Stade Toulousain", "ORG"), E("AFP", "ORG", "Agence France-Presse"),
     E("Agence France-Presse", "ORG"), E("Section paloise", "ORG"), E("Section", "ORG", "Section paloise", opt=True),
     E("stade du Hameau", "LOC", opt=True), E("Hameau", "LOC"), E("Top 14", "MISC", opt=True),
     E("Béarnais", "MISC"), E("Toulousains", "MISC"), E("Palois", "MISC"), E("Sud-Africains", "MISC"),
     E("Josaia Raqona-Vunibola", "PER"), E(MEL, "PER"), E("Etcheverry-Lacoste", "PER", MEL),
     E("Gaëtan Sarrail-Bonnafous", "PER"), E("Nicolas-Yves Darrigrand", "PER"),
     E("Ligue nationale de rugby", "ORG"), E("LNR", "ORG", "Ligue nationale de rugby"),
     E("Toulouse", "ORG", "Stade Toulousain", opt=True), E("Clermont", "LOC", opt=True),
     E("Sharks", "ORG"), E("Champions Cup", "MISC", opt=True)],
    [
     Q(D, "une soirée historique", MSP, "salue", nth=0, v="func"),
     Q(I, "« une soirée historique »", MSP, "salue", opt=True),
     Q(D, "C'est une soirée historique pour ce club et pour cette ville", MSP, "a déclaré", v="func"),
     Q(D, "On a défendu comme des chiens pendant vingt minutes. Je ne sais pas où les garçons sont allés chercher ça.", MSP, None, v="ctx"),
     Q(I, "la décision était « juste »", MST, "a estimé"),
     Q(D, "juste", MST, "a estimé", v="func"),
     Q(D, "un manque de lucidité", MST, "a regretté", v="func"),
     Q(I, "« un manque de lucidité » de ses joueurs dans les zones de marque", MST, "a regretté", opt=True),
     Q(D, "On a eu les ballons pour gagner ce match. On ne les a pas utilisés. Pau a mérité", MST, "a-t-il reconnu", v="pron"),
     Q(I, "la victoire doit beaucoup au public", MEL, "Pour"),
     Q(D, "Quand le Hameau pousse comme ça, tu ne peux pas lâcher.", MEL, None, v="ctx"),
     Q(I, "il n'avait « jamais connu une ambiance pareille » depuis ses débuts en professionnel", MEL, "a indiqué"),
     Q(D, "jamais connu une ambiance pareille", MEL, "a indiqué", v="role"),
     Q(I, "14 872 spectateurs ont assisté à la rencontre, record d'affluence de la saison à Pau", "Ligue nationale de rugby", "Selon")],
    [("jmr/pgr/mcd", "© Agence France-Presse")])


CVO = "Clémentine Vasseur-Oudin"
FMD = "Florian Maes-Daurignac"
OSB = "Ophélie Stanek-Baudry"
NGM = "Nolwenn Guéguen-Mahé"
SVP = "Sem Vanderhaeghen-Pauwels"
FFC = "Fédération française de cyclisme"
# ---------------------------------------------------------------- 03
SPEC["03_cyclocross_coupe"] = (
    [E("Vélo Passion", "ORG"), E(CVO, "PER"), E("Bréhan-Loudéac", "LOC"), E("Romain Achterberg", "PER"),
     E("Bretonne", "MISC"), E("Armor Cyclisme", "ORG"), E("Coupe de France", "MISC"),
     E("Coupe de France 2026-2027", "MISC"), E(FMD, "PER"), E("Decathlon AG2R La Mondiale", "ORG"),
     E("Albi", "LOC"), E("Quelneuc", "LOC"), E("Morbihannaise", "MISC"), E(OSB, "PER"),
     E("Groupama-FDJ", "ORG"), E(NGM, "PER"), E("Francilienne", "MISC"), E("Belge", "MISC"), E(SVP, "PER"),
     E("Kempen Cross Team", "ORG"), E(FFC, "ORG"), E("Flamanville", "LOC"), E("Pontchâteau", "LOC")],
    [
     Q(D, "enfin libérée", CVO, None, nth=0, v="name"),
     Q(D, "Je me sens enfin libérée. Depuis Albi, j'avais l'impression de courir avec un sac à dos plein de cailloux", CVO, "a-t-elle souri", v="pron"),
     Q(D, "On a fait des radios jeudi matin. Rien de cassé, alors on l'a laissée décider", NGM, "a-t-elle expliqué", v="pron"),
     Q(I, "la coureuse “n'a jamais posé la question de ne pas partir”", NGM, "Selon"),
     Q(D, "n'a jamais posé la question de ne pas partir", NGM, "Selon", v="pron"),
     Q(I, "avoir été “battue par plus forte”", OSB, "a reconnu"),
     Q(D, "battue par plus forte", OSB, "a reconnu", v="name"),
     Q(I, "le parcours, raccourci la veille en raison des pluies, “ne favorisait pas les rouleuses”", OSB, "estime"),
     Q(D, "ne favorisait pas les rouleuses", OSB, "estime", v="role"),
     Q(I, "avoir retiré une section en sous-bois jugée dangereuse après le passage des juniors", "organisateurs", "ont expliqué"),
     Q(D, "Je n'avais pas besoin de gagner aujourd'hui. Il fallait ne pas tomber", FMD, "a résumé", v="role"),
     Q(D, "Dans la boue, je le rattrape. Dans les relances, il me reprend dix mètres à chaque fois.", SVP, None, v="role"),
     Q(I, "la cinquième manche se disputerait comme prévu le 20 décembre à Flamanville", FFC, "a confirmé")],
    [("Vélo Passion", "Cyclisme > Cyclo-cross"), ("3 min de lecture", "3 min de lecture"),
     ("À lire aussi", "cyclo-cross, Coupe de France, Armor Cyclisme")])


PAM = "Patrice-Alain Moysan"
MLG = "Maryvonne Le Goff-Sanséau"
DKB = "Dylan Kerouédan-Baptista"
ESP = "Entente sportive de Plounévez"
# ---------------------------------------------------------------- 04
SPEC["04_foot_amateur_coupe"] = (
    [E("La Gazette du Trégor", "ORG"), E("Plounévez-Quintin", "LOC"), E("Stade Lavallois", "ORG"),
     E("Coupe de France", "MISC"), E("Erwan Le Dantec-Moal", "PER"), E("DIR Ouest", "ORG"),
     E("Régional 2", "MISC", opt=True), E(ESP, "ORG"), E("ESP", "ORG", ESP), E("Ligue 2", "MISC", opt=True),
     E(PAM, "PER"), E("Fédération française de football", "ORG"), E("Côtes-d'Armor", "LOC"),
     E("Guingamp", "LOC"), E("stade du Roudourou", "LOC", opt=True), E(MLG, "PER"),
     E("Ligue de Bretagne de football", "ORG"), E(DKB, "PER"), E("Laval", "ORG", "Stade Lavallois", opt=True),
     E("Rostrenen", "LOC"), E("Tango", "ORG", "Stade Lavallois", opt=True), E("Mehdi Aït-Larbi", "PER"),
     E("Anthony Goasdoué", "PER"), E("Le Penalty", "LOC", opt=True), E("Plounévez", "ORG", ESP, opt=True),
     E("Callac", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "petits poucets", None, None, opt=True),
     Q(D, "Quand j'ai vu le nom sortir, j'ai cru à une blague", PAM, "raconte", v="name"),
     Q(D, "Les gars hurlaient, il y en a un qui a renversé la friteuse. On s'en souviendra.", PAM, None, v="ctx"),
     Q(I, "un repli sur Guingamp, au stade du Roudourou, est \"l'option la plus probable\"", "district des Côtes-d'Armor", "Selon"),
     Q(D, "l'option la plus probable", "district des Côtes-d'Armor", "Selon", v="inst"),
     Q(D, "Jouer ici, devant nos gens, ce serait le plus beau cadeau qu'on puisse faire à la commune", MLG, "plaide", v="role"),
     Q(D, "Laval, c'est une autre planète. Mais sur un match, avec un terrain un peu gras et nos supporters, tout peut arriver", DKB, "sourit", v="role"),
     Q(I, "l'équipe s'entraînera \"comme d'habitude, le mardi et le vendredi\", sans stage ni régime particulier", DKB, "assure"),
     Q(D, "comme d'habitude, le mardi et le vendredi", DKB, "assure", v="pron"),
     Q(D, "costaud mais pas très rapide", PAM, "juge", v="pron"),
     Q(I, "la défense lavalloise \"costaud mais pas très rapide\"", PAM, "juge", opt=True),
     Q(D, "On ne va pas jouer le bloc bas pendant 90 minutes. Ce n'est pas notre ADN", PAM, "prévient-il", v="pron"),
     Q(I, "il se déplacerait \"avec respect et sérieux\" et qu'une partie de sa recette serait reversée à l'école de football de l'ESP", "Stade Lavallois", "a indiqué"),
     Q(D, "avec respect et sérieux", "Stade Lavallois", "a indiqué", v="inst")],
    [("La Gazette du Trégor", "La Gazette du Trégor"), ("Sports | Football amateur", "Sports | Football amateur"),
     ("Lire aussi : Coupe", "(2 commentaires)")])


SLB = "Sacha Lindqvist-Bonnet"
BDV = "Bérénice de Villemontée"
ASP = "Awa Sissoko-Prat"
RAD = "Ruben Achour-Delahaye"
EDC = "Les Écrans du Cotentin"
# ---------------------------------------------------------------- 05
SPEC["05_cinema_festival_cotentin"] = (
    [E(EDC, "MISC"), E("Écrans du Cotentin", "MISC", EDC), E("Marée basse", "MISC"), E(SLB, "PER"),
     E("Grand Prix", "MISC", opt=True), E("Valognes", "LOC"), E("Hélène Caradec-Fournier", "PER"),
     E("Hague", "LOC"), E("Manche", "LOC"), E(BDV, "PER"), E(ASP, "PER"), E("CNC", "ORG"),
     E("Parisiens", "MISC"), E("Le Pacte", "ORG"), E(RAD, "PER"), E("Les Films du Goéland", "ORG"),
     E("Veilleurs de Tromsø", "MISC"), E("Norvégienne", "MISC"), E("Ingrid Solbakken-Reyes", "PER"),
     E("Doux Venin", "MISC"), E("Marocaine", "MISC"), E("Leïla Benkirane-Ortiz", "PER"),
     E("Thibaut Mahé-Lisowski", "PER"), E("Facebook", "ORG", opt=True), E("Bluesky", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "Marée basse", None, None, opt=True, nth=0),
     Q(D, "un film d'une justesse rare", BDV, "a salué", nth=0, v="role"),
     Q(I, "« un film d'une justesse rare »", BDV, "a salué", opt=True),
     Q(D, "un film d'une justesse rare, qui ne regarde jamais ses personnages de haut", BDV, "a parlé", v="name"),
     Q(I, "« un film d'une justesse rare, qui ne regarde jamais ses personnages de haut »", BDV, "a parlé", opt=True),
     Q(D, "qui a hypothéqué sa maison quand le CNC a dit non la première fois", SLB, "a d'abord remercié", v="role"),
     Q(D, "Ici, on m'a toujours dit que le cinéma, c'était pour les Parisiens. Ce soir, j'ai envie de dire aux gamins du coin que c'est faux.", SLB, "a évoqué", v="pron"),
     Q(I, "avoir « longtemps hésité » avant d'accepter le rôle", ASP, "confiait"),
     Q(D, "longtemps hésité", ASP, "confiait", v="name"),
     Q(D, "Je ne savais pas marcher dans la vase. Les pêcheuses m'ont appris, elles ont été d'une patience infinie", ASP, "a-t-elle raconté", v="pron"),
     Q(I, "une partie du tournage a dû être refaite après une grande marée d'équinoxe qui avait emporté le décor", ASP, "Selon"),
     Q(D, "trois cents copies", RAD, "espère", v="name"),
     Q(D, "un vrai bouche-à-oreille", RAD, "espère", v="name"),
     Q(I, "« trois cents copies » et « un vrai bouche-à-oreille »", RAD, "espère", opt=True),
     Q(I, "21 400 entrées, en hausse de 12 %", EDC, "annonce", opt=True),
     Q(I, "l'édition 2027 serait consacrée au cinéma nordique", "Thibaut Mahé-Lisowski", "a indiqué"),
     Q(D, "Marée basse", None, None, opt=True, nth=2)],
    [("Culture / Cinéma", "Culture / Cinéma"), ("Temps de lecture : 4 min", "Temps de lecture : 4 min"),
     ("Lire aussi", "pour réagir")])


MQA = "Maëlle Quintin-Abassi"
OB = "Les Orties Blanches"
BON = "Baptiste Ollivier-Nkemba"
# ---------------------------------------------------------------- 06
SPEC["06_musique_orties_blanches"] = (
    [E("Lille", "LOC", opt=True, only=[0, 2]), E("Lille", "LOC", only=[1]), E(OB, "ORG"),
     E("Orties Blanches", "ORG", OB), E("Aéronef", "LOC"), E("Zénith", "LOC", opt=True),
     E("Clément Haudebourg", "PER"), E(MQA, "PER"), E("Cendres de juillet", "MISC"), E("Roubaix", "LOC"),
     E("Terre brûlée", "MISC"), E("Disques Pélican", "ORG"), E("Amiens", "LOC"), E("Wazemmes", "LOC"),
     E("Inès Hadjadj-Carpentier", "PER"), E("Solène Marchetti-Vanhove", "PER"), E("Tournai", "LOC"),
     E("Martine", "PER"), E(BON, "PER"), E("France Inter", "ORG"), E("Nord", "LOC"),
     E("Vieilles Charrues", "MISC"), E("Main Square", "MISC")],
    [
     Q(D, "Cendres de juillet", None, None, opt=True, nth=0),
     Q(D, "Lille, vous êtes notre maison", MQA, "a lancé", v="role"),
     Q(I, "l'album s'est déjà vendu à 60 000 exemplaires, «un chiffre inespéré pour un groupe indépendant»", "Disques Pélican", "Selon"),
     Q(D, "un chiffre inespéré pour un groupe indépendant", "Disques Pélican", "Selon", v="inst"),
     Q(D, "On a voulu commencer ici parce que c'est ici que tout a commencé. Les premiers concerts, on les jouait dans des bars de Wazemmes devant vingt personnes", "Inès Hadjadj-Carpentier", "a rappelé", v="name"),
     Q(D, "Il tient, ne vous inquiétez pas!", "Solène Marchetti-Vanhove", "a-t-elle crié", v="pron"),
     Q(I, "avoir découvert le groupe «à la radio, un matin, en voiture» et ne plus l'avoir lâché depuis", "Martine", "dit"),
     Q(D, "à la radio, un matin, en voiture", "Martine", "dit", v="name"),
     Q(D, "Ça me rappelle mes vingt ans. Sauf qu'à mes vingt ans, c'étaient des garçons qui chantaient ça.", "Martine", None, v="ctx"),
     Q(D, "moment rare", BON, "parle", v="name"),
     Q(I, "un «moment rare» pour la salle", BON, "parle", opt=True),
     Q(I, "le succès du groupe doit beaucoup à France Inter, qui a diffusé «Cendres de juillet» en boucle au printemps", BON, "estime"),
     Q(D, "Cendres de juillet", None, None, opt=True, nth=1),
     Q(D, "Une radio nationale qui prend un risque sur un groupe du Nord, ça change une carrière.", BON, None, v="ctx"),
     Q(I, "Les Orties Blanches joueront aussi aux Vieilles Charrues en juillet", "Vieilles Charrues", "a confirmé"),
     Q(D, "Terre brûlée", None, None, opt=True, nth=1)],
    [("Sortir à Lille | Musique", "Sortir à Lille | Musique"), ("LIRE AUSSI", "je m'inscris")])


ADN = "Aurore Delacroix-N'Diaye"
MTO = "Margaux Thévenin-Ossama"
GA = "Goulven Abgrall"
LHB = "Les Heures blanches"
# ---------------------------------------------------------------- 07
SPEC["07_livre_heures_blanches"] = (
    [E("LE TÉLÉGRAMME DES MONTS", "ORG", "Le Télégramme des Monts"), E(ADN, "PER"), E("Le Bateau Ivre", "ORG"),
     E("Bateau Ivre", "ORG", "Le Bateau Ivre"), E("Morlaix", "LOC"), E(LHB, "MISC"), E("Heures blanches", "MISC", LHB),
     E("Youenn Kervella-Santos", "PER"), E("éditions de l'Aube", "ORG", opt=True), E("Brest", "LOC"),
     E("Yvonne", "PER"), E("Mireille", "PER"), E("Gaëlle", "PER"), E("Paris", "LOC"), E(MTO, "PER"),
     E("prix des Lectrices de Bretagne", "MISC", opt=True), E("Rennes", "LOC"), E("Loïc Hamon-Rostand", "PER"),
     E(GA, "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "J'ai écrit ce roman contre l'oubli", ADN, None, nth=0, v="name"),
     Q(D, "J'ai écrit ce roman contre l'oubli. Ma grand-mère a travaillé trente ans à l'arsenal, et personne ne s'en souvient", ADN, "a expliqué", v="role"),
     Q(I, "Le titre, a-t-elle précisé, désigne les nuits de travail posté, « ces heures où l'on ne sait plus si l'on dort ou si l'on veille »", ADN, "a-t-elle précisé"),
     Q(D, "ces heures où l'on ne sait plus si l'on dort ou si l'on veille", ADN, "a-t-elle précisé", v="pron"),
     Q(I, "avoir « beaucoup emprunté » à sa propre famille", ADN, "reconnaît"),
     Q(D, "beaucoup emprunté", ADN, "reconnaît", v="role"),
     Q(D, "Tout est vrai, rien n'est exact", ADN, "a-t-elle résumé", v="pron"),
     Q(I, "le livre a déjà été réimprimé deux fois depuis sa sortie en septembre", MTO, "assure"),
     Q(D, "On l'a tiré à 5 000 exemplaires en pensant être optimistes. On en est à 32 000", MTO, "s'amuse-t-elle", v="pron"),
     Q(I, "le livre « rend leur voix à celles qui n'en avaient pas »", "jury", "Pour"),
     Q(D, "rend leur voix à celles qui n'en avaient pas", "jury", "Pour", v="inst"),
     Q(I, "avoir lu le manuscrit « d'une traite, dans la nuit »", GA, "a raconté"),
     Q(D, "d'une traite, dans la nuit", GA, "a raconté", v="pron"),
     Q(D, "C'est le genre de livre qu'on met entre les mains des clients sans rien dire", GA, "confie-t-il", v="pron"),
     Q(D, "Vous avez raconté nos nuits. Merci, madame.", None, None)],
    [("LE TÉLÉGRAMME DES MONTS", "LE TÉLÉGRAMME DES MONTS"), ("Culture > Livres", "Culture > Livres"),
     ("Temps de lecture : 3 minutes", "Temps de lecture : 3 minutes"), ("À lire aussi :", "Copier le lien")])


SLJ = "Salon du livre et de la presse jeunesse de Montreuil"
DIR = "directrice du Salon du livre et de la presse jeunesse de Montreuil"
CVM = "Clotilde Van Asbroeck-Mérieux"
CHA = "Charte des auteurs et illustrateurs jeunesse"
MIN = "ministre de l'Éducation nationale"
# ---------------------------------------------------------------- 08
SPEC["08_salon_livre_montreuil"] = (
    [E("Salon du livre jeunesse de Montreuil", "MISC", SLJ), E(SLJ, "MISC"), E("Salon", "MISC", SLJ, opt=True),
     E("Seine-Saint-Denis", "LOC"), E("Samia Berrada-Lefort", "PER"), E("Syndicat national de l'édition", "ORG"),
     E("SNE", "ORG", "Syndicat national de l'édition"), E("Les Éditions du Lampion", "ORG"), E("Nantes", "LOC"),
     E(CVM, "PER"), E("Noël", "MISC", opt=True), E(CHA, "ORG"), E("Charte", "ORG", CHA),
     E("Mamadou Keïta-Bellanger", "PER"), E("Le Loup qui avait peur du noir", "MISC"), E("Gallimard Jeunesse", "ORG"),
     E("Éducation nationale", "ORG", opt=True), E("Fatou Diabaté-Rousseau", "PER"), E("Pépite d'or", "MISC", opt=True),
     E("Sous la neige, il y a un jardin", "MISC"), E("Québécoise", "MISC"), E("Rosalie Tremblay-Ouédraogo", "PER"),
     E("Angoulême 2027", "MISC")],
    [
     Q(I, "un record : 198 000 visiteurs en six jours", "organisateurs", "selon"),
     Q(D, "On a vu des enfants qui entraient pour la première fois dans un lieu rempli de livres. C'est exactement pour ça que ce salon existe", DIR, "s'est félicitée", v="func"),
     Q(I, "l'édition 2027 s'ouvrirait à la bande dessinée pour adolescents, « un public que nous perdons vers douze ans »", DIR, "a annoncé"),
     Q(D, "un public que nous perdons vers douze ans", DIR, "a annoncé", v="pron"),
     Q(I, "le marché du livre jeunesse a reculé de 6 % en 2026, après trois années de baisse", "Syndicat national de l'édition", "juge"),
     Q(I, "les lecteurs « ne manquent pas », mais que « les familles arbitrent »", CVM, "estime"),
     Q(D, "ne manquent pas", CVM, "estime", v="name"),
     Q(D, "les familles arbitrent", CVM, "estime", v="name"),
     Q(D, "Un album à 16 euros, pour beaucoup de parents, c'est devenu un achat de Noël, plus un achat du samedi", CVM, "constate-t-elle", v="pron"),
     Q(I, "une rémunération pour chaque intervention en classe", CHA, "réclame", opt=True),
     Q(D, "On nous demande de faire lire les enfants, mais on ne nous paie pas pour venir les voir", "Mamadou Keïta-Bellanger", "a résumé", v="name"),
     Q(D, "un plan lecture à l'école", MIN, "a promis", v="func"),
     Q(I, "« un plan lecture à l'école » pour la rentrée prochaine, sans en préciser le budget", MIN, "a promis", opt=True),
     Q(D, "une annonce sans moyens", CHA, "a dénoncé", v="inst"),
     Q(I, "« une annonce sans moyens »", CHA, "a dénoncé", opt=True),
     Q(I, "son soutien pour trois ans", "département de la Seine-Saint-Denis", "a confirmé", opt=True),
     Q(D, "investissement, pas d'une dépense", "Fatou Diabaté-Rousseau", "a parlé", v="name"),
     Q(I, "un « investissement, pas d'une dépense »", "Fatou Diabaté-Rousseau", "a parlé", opt=True)],
    [("Culture | Festivals", "Culture | Festivals"), ("Lecture 3 min", "Lecture 3 min"),
     ("Sur le même sujet", "S'inscrire")])


TCR = "Thibault Castaing-Roux"
GHM = "Gilles-Henri Mazeau"
VDA = "Véronique Dussol-Ahmed"
FDC = "fédération départementale des chasseurs"
# ---------------------------------------------------------------- 09
SPEC["09_fait_divers_chasse"] = (
    [E("L'Indépendant du Périgord", "ORG"), E("Dordogne", "LOC", opt=True, only=[0]),
     E("Dordogne", "LOC", only=[1, 2, 3]), E("Thiviers", "LOC"), E("CHU de Limoges", "ORG"),
     E("Périgueux", "LOC"), E("Anne-Laure Pouget-Mendès", "PER"), E("Nantheuil", "LOC"),
     E("Jean-Claude Lafarge-Sarlandie", "PER"), E("Corrèze", "LOC"), E(TCR, "PER"), E(GHM, "PER"), E(VDA, "PER"),
     E("RN21", "LOC", opt=True), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(I, "il aurait été touché à l'abdomen par un tir d'un autre participant, à une cinquantaine de mètres", None, "Selon"),
     Q(I, "Dimanche soir, son pronostic vital restait engagé", None, "a-t-on appris"),
     Q(D, "Il est effondré. Il connaît la victime depuis vingt ans, ils chassaient ensemble tous les hivers", TCR, "a confié", v="name"),
     Q(D, "Toutes les règles de sécurité seront examinées, notamment l'angle de tir et le port du gilet fluorescent", "procureur de la République de Périgueux", "a précisé", v="func"),
     Q(I, "les consignes avaient été rappelées au rond du matin « comme à chaque fois »", GHM, "assure"),
     Q(D, "comme à chaque fois", GHM, "assure", v="pron"),
     Q(D, "On fait signer la feuille, on répète les angles de trente degrés. Je ne comprends pas ce qui s'est passé.", GHM, None, v="ctx"),
     Q(I, "le brouillard était « épais » au moment du tir", GHM, "Selon"),
     Q(D, "épais", GHM, "Selon", v="pron"),
     Q(D, "profonde émotion", FDC, "a exprimé", v="inst"),
     Q(I, "sa « profonde émotion »", FDC, "a exprimé", opt=True),
     Q(I, "la Dordogne avait connu deux accidents mortels depuis 2022", FDC, "rappelé"),
     Q(I, "une formation obligatoire de remise à niveau pour tous les chefs de battue", FDC, "annonce", opt=True),
     Q(I, "avoir demandé depuis longtemps que les battues soient interdites le samedi, « jour où les familles se promènent »", VDA, "dit"),
     Q(D, "jour où les familles se promènent", VDA, "dit", v="name"),
     Q(D, "Ce n'est pas une guerre entre chasseurs et promeneurs. Mais il faut partager la forêt autrement", VDA, "estime", v="role")],
    [("L'Indépendant du Périgord", "L'Indépendant du Périgord"), ("Dordogne > Faits divers", "Dordogne > Faits divers"),
     ("Lecture 2 min", "Lecture 2 min"), ("Lire aussi", "Connectez-vous.")])


RHL = "Régine Hennequin-Lorrain"
PHL = "Patrick Hennequin-Lorrain"
BMJ = "Bernard Maître-Jeannin"
CMA = "chambre de métiers et de l'artisanat de Haute-Saône"
# ---------------------------------------------------------------- 10
SPEC["10_boulangerie_derniere"] = (
    [E("Le Journal de Haute-Saône", "ORG"), E("Villersexel", "LOC", opt=True, only=[0]),
     E("Villersexel", "LOC", only=[1]), E("Pays de Villersexel", "ORG", opt=True), E("Saint-Aubin-la-Côte", "LOC"),
     E("Kevin Dubois-Mathelin", "PER"), E(RHL, "PER"), E("Régine", "PER", RHL), E(PHL, "PER"),
     E("place de l'Église", "LOC", opt=True), E(CMA, "ORG", opt=True), E("Haute-Saône", "LOC", only=[0]),
     E("Haute-Saône", "LOC", opt=True, only=[1]), E("Odette", "PER"), E("Yannick Perrin-Kouassi", "PER"),
     E(BMJ, "PER"), E("L'Arrosoir", "ORG"), E("Lure", "LOC"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "On perd plus qu'un commerce", BMJ, None, nth=0, v="role"),
     Q(D, "On a cherché pendant trois ans. On a passé des annonces, on est allé voir la chambre des métiers, on a même baissé le prix du fonds", RHL, "raconte", v="name"),
     Q(I, "Son mari, qui se lève à 2h30 depuis l'âge de seize ans, a le dos \"en miettes\"", RHL, "dit-elle"),
     Q(D, "en miettes", RHL, "dit-elle", v="pron"),
     Q(D, "Il a tenu jusqu'au bout. Maintenant, c'est fini.", RHL, None, v="ctx"),
     Q(I, "une quarantaine de boulangeries du département cherchent actuellement un repreneur", CMA, "Selon"),
     Q(I, "les jeunes artisans \"préfèrent s'installer en ville, où le chiffre d'affaires est plus sûr\"", "président de la " + CMA, "explique"),
     Q(D, "préfèrent s'installer en ville, où le chiffre d'affaires est plus sûr", "président de la " + CMA, "explique", v="func"),
     Q(D, "sa", None, None, opt=True, nth=3),
     Q(D, "Le pain, c'est l'excuse. Je viens ici pour parler à quelqu'un", "Odette", "glisse-t-elle", v="pron"),
     Q(D, "Qui va faire douze kilomètres pour une baguette quand il y a du verglas ?", "Yannick Perrin-Kouassi", "s'inquiète", v="name"),
     Q(I, "la commune ne restera pas sans pain", BMJ, "promet"),
     Q(I, "un dépôt serait ouvert dès janvier à l'épicerie associative L'Arrosoir, approvisionné par un boulanger de Villersexel", BMJ, "a annoncé"),
     Q(D, "C'est une solution d'attente. On perd plus qu'un commerce, on perd un lieu de vie. Ce que nous voulons, c'est une vraie boulangerie, et nous sommes prêts à racheter les murs", BMJ, "a-t-il affirmé", v="pron"),
     Q(D, "Une machine, ça ne vous demande pas des nouvelles de votre petit-fils.", RHL, None, v="name"),
     Q(D, "Ils ne voulaient pas qu'on parte en douce", PHL, "sourit", v="name")],
    [("Le Journal de Haute-Saône", "Le Journal de Haute-Saône"),
     ("Vie locale | Villersexel et environs", "Vie locale | Villersexel et environs"),
     ("Lire aussi : Haute-Saône", "chaque matin.")])


PHP = "préfecture des Hautes-Pyrénées"
PGH = "PGHM de Pierrefitte-Nestalas"
ALF = "Arnaud Lespinasse-Ferré"
PYC = "Pierre-Yves Cazaux"
# ---------------------------------------------------------------- 11
SPEC["11_afp_avalanche_pyrenees"] = (
    [E("Pyrénées", "LOC"), E("TOULOUSE", "LOC", "Toulouse"), E("Toulouse", "LOC"), E("AFP", "ORG", "Agence France-Presse"),
     E("Agence France-Presse", "ORG"), E("Néouvielle", "LOC"), E("Hautes-Pyrénées", "LOC"),
     E("pic de Madamète", "LOC", opt=True), E("lac d'Aumar", "LOC", opt=True),
     E("peloton de gendarmerie de haute montagne", "ORG", opt=True), E("PGHM", "ORG"),
     E("Pierrefitte-Nestalas", "LOC"), E("Pau", "LOC"), E("Lannemezan", "LOC"), E("Tarbes", "LOC"),
     E("Météo-France", "ORG"), E(ALF, "PER"), E("refuge de la Glère", "LOC", opt=True), E(PYC, "PER")],
    [
     Q(I, "Deux skieurs de randonnée ont été dégagés vivants dimanche d'une avalanche dans le massif du Néouvielle (Hautes-Pyrénées) et un troisième était toujours recherché en fin d'après-midi", PHP, "a indiqué"),
     Q(I, "L'avalanche s'est déclenchée vers 11h30 sous le pic de Madamète, à environ 2.600 mètres d'altitude, au passage d'un groupe de cinq skieurs partis du lac d'Aumar", PGH, "selon"),
     Q(D, "Ils ont fait exactement ce qu'il fallait. Grâce à leurs détecteurs, ils ont localisé un premier camarade en moins de dix minutes", "commandant du " + PGH, "a salué", v="func"),
     Q(I, "Les deux rescapés ont été transportés à l'hôpital de Lannemezan, en état d'hypothermie légère", PHP, "a précisé"),
     Q(D, "Nous continuerons tant que la lumière et la sécurité des sauveteurs le permettront", "préfet des Hautes-Pyrénées", "a déclaré", v="func"),
     Q(I, "ce niveau « marqué » concentrait « la majorité des accidents mortels » en montagne", ALF, "a rappelé"),
     Q(D, "marqué", ALF, "a rappelé", v="name"),
     Q(D, "la majorité des accidents mortels", ALF, "a rappelé", v="name"),
     Q(I, "avoir croisé le groupe samedi soir", PYC, "a dit"),
     Q(D, "Ce sont des gens expérimentés, bien équipés. Ils m'ont parlé de la neige, ils savaient que c'était délicat", PYC, "a-t-il raconté", v="pron"),
     Q(I, "Depuis le début de la saison, quatre personnes ont trouvé la mort dans des avalanches dans les Pyrénées françaises", "Agence France-Presse", "selon")],
    [("cor-ldf/ico", "© Agence France-Presse")])


MAO = "Marie-Ange Oyarzun-Belkacem"
FFR = "Fédération française de rugby"
# ---------------------------------------------------------------- 12
SPEC["12_entretien_entraineuse_rugby"] = (
    [E("SUD-PYRÉNÉES DIMANCHE", "ORG", "Sud-Pyrénées Dimanche"), E(MAO, "PER"), E("Damien Lacrouts-Weber", "PER"),
     E("RC Vallée d'Ossau", "ORG"), E("Élite 2", "MISC", opt=True), E("Élite 1", "MISC", opt=True),
     E("XV de France", "ORG"), E("Bordeaux", "ORG", opt=True), E("Toulouse", "ORG", opt=True),
     E("Lisa Etchegaray-Monnier", "PER"), E("Laruns", "LOC"), E("Fédération", "ORG", FFR), E(FFR, "ORG"),
     E("Ligue Occitanie", "ORG"), E("Bielle", "LOC"), E("vallée d'Ossau", "LOC", opt=True),
     E("Vallée d'Ossau", "LOC", opt=True), E("Département", "ORG", opt=True), E("Ainhoa Berrueta-Sow", "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "Le rugby féminin n'a plus besoin qu'on lui tienne la main", MAO, None, v="name", nth=0),
     Q(I, "on viserait le maintien", MAO, "j'ai dit"),
     Q(D, "Coach, le maintien, c'est pour les autres.", "Lisa Etchegaray-Monnier", "m'a répondu", v="name"),
     Q(D, "On ne gagne pas le dimanche, on gagne le mardi sous la pluie.", "père de " + MAO, "disait", v="func"),
     Q(I, "une réforme des championnats féminins", FFR, "parle", opt=True),
     Q(I, "elle veut « professionnaliser » l'élite", FFR, "dit"),
     Q(D, "professionnaliser", FFR, "dit", v="inst"),
     Q(I, "réduire l'Élite 2 à huit clubs", FFR, "propose", opt=True),
     Q(I, "rien n'était décidé", None, "m'a assuré"),
     Q(I, "le rugby féminin était traité avec condescendance", MAO, "Vous avez souvent dit"),
     Q(D, "Les filles, c'est bien pour la buvette.", None, "m'a dit"),
     Q(I, "des vestiaires neufs pour 2028", "maire de Bielle", "m'a promis", opt=True),
     Q(I, "je viendrais vérifier avec un casque de chantier", MAO, "Je lui ai dit"),
     Q(D, "Je n'y serais jamais arrivée sans la vallée.", "Ainhoa Berrueta-Sow", "m'a envoyé un message", v="pron")],
    [("SUD-PYRÉNÉES DIMANCHE", "SUD-PYRÉNÉES DIMANCHE"), ("Sports > Rugby > Entretien", "Sports > Rugby > Entretien"),
     ("Lecture 5 min", "Lecture 5 min"), ("À lire aussi", "WhatsApp")])


if __name__ == "__main__":
    main(SPEC, HERE)
