#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written15 with exact offsets.

    python3 tests/gold/written15/make_gold.py          # write NAME.json, check
    python3 tests/gold/written15/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written15/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this development
set: live blogs, press conferences, radio and TV interviews, a council meeting,
a strike picket, a mixed zone, an election night) are given below as strings,
per ../shared/docs/ANNOTATION.md and the conventions of README.md (which
follows tests/gold/written*/README.md). The machinery is tests/gold/goldspec.py.
v says how a reader finds the speaker of a scored direct quote: name, pron
(pronoun), role (role noun or description standing for a named person), func
(a person known only by function), inst (institution, body or group), ctx (no
cue at all: the reader attributes the quotation from the surrounding entry or
paragraph).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

EKD = "Ewen Kerhervé-Daoudal"
MJT = "Marie-Josèphe Tanguy-Lebrun"
SPEC["01_direct_raffinerie"] = (
    [E("Donges", "LOC"), E("Loire-Atlantique", "LOC"), E("Vestrane Énergie", "ORG"), E("Ouest", "LOC"),
     E("CGT", "ORG"), E(EKD, "PER"), E(MJT, "PER"), E("Airbus", "ORG"), E("Saint-Nazaire", "LOC"),
     E("Ouest-France", "ORG"), E("Bertil Adjovi-Ramel", "PER"), E("FO", "ORG"), E("CFE-CGC", "ORG"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [Q(D, "On ne lâchera rien", "grévistes", "préviennent", opt=True, nth=0),
     Q(I, "« prête à rouvrir les négociations » dès lundi", "direction", "se dit", opt=True),
     Q(D, "prête à rouvrir les négociations", "direction", "se dit", v="inst"),
     Q(I, "« aucune pénurie n'est à craindre à court terme » dans les stations de l'Ouest", "direction", "assure"),
     Q(D, "aucune pénurie n'est à craindre à court terme", "direction", "assure", v="pron"),
     Q(D, "Des communiqués, on en a reçu dix. Ce qu'on veut, c'est une date et un chiffre.", EKD, "répond", v="name"),
     Q(I, "l'assemblée générale votera la reconduction demain matin", EKD, "ajoute"),
     Q(I, "38 stations-service du département sont en rupture partielle de gazole", "préfecture de Loire-Atlantique", "Selon"),
     Q(D, "Je n'ai jamais fait grève de ma vie. Là, je n'avais plus le choix.", MJT, None, v="name"),
     Q(I, "elle gagne 1 900 euros nets après deux décennies de travail posté", MJT, "explique"),
     Q(D, "Mon fils est chez Airbus, il gagne plus que moi en sortant de l'école.", MJT, None, v="ctx"),
     Q(I, "« au sens des responsabilités de chacun »", "préfet de Loire-Atlantique", "appelle", opt=True),
     Q(D, "au sens des responsabilités de chacun", "préfet de Loire-Atlantique", "appelle", v="func"),
     Q(I, "des réquisitions si la situation « devait se dégrader »", "préfet de Loire-Atlantique", "n'exclut pas", opt=True),
     Q(D, "devait se dégrader", "préfet de Loire-Atlantique", "n'exclut pas", v="pron"),
     Q(D, "Trois stations que je fais. Trois ! Je comprends les gars, mais moi je dois aller bosser.", None, None),
     Q(I, "le mouvement « peut durer une semaine sans effet majeur sur l'approvisionnement national »", "Bertil Adjovi-Ramel", "estime"),
     Q(D, "peut durer une semaine sans effet majeur sur l'approvisionnement national", "Bertil Adjovi-Ramel", "estime", v="name"),
     Q(D, "On ne lâchera rien.", EKD, None, v="name"),
     Q(I, "le groupe avait versé 1,2 milliard d'euros de dividendes l'an dernier", EKD, "a rappelé"),
     Q(D, "la grève n'est pas le bon outil à ce stade", "FO", "Pour", v="inst")],
    [("Accueil > Économie", "Social"), ("Lire aussi : Carburants", "à la hausse"), ("Partager : Facebook", "LinkedIn")])

PREF = "préfet des Pyrénées-Orientales"
ADF = "Aurélien Dalmau-Ferrer"
SPEC["02_conf_prefet_incendie"] = (
    [E("Pyrénées-Orientales", "LOC"), E("Albères", "LOC"), E("Nuria Coll-Berthomieu", "PER"),
     E("Argelès-sur-Mer", "LOC"), E("Sdis 66", "ORG"), E("Canadair", "MISC"), E(ADF, "PER"),
     E("Mas d'en Rière", "LOC", opt=True), E("Croix-Rouge", "ORG"), E("Sorède", "LOC"), E("Ilse Vandeputte", "PER")],
    [Q(D, "Le feu est fixé mais pas éteint", PREF, "annonce", nth=0, v="func"),
     Q(D, "Le feu est fixé mais pas éteint. Je demande à chacun de rester prudent, les reprises sont possibles jusqu'à la fin de la semaine", PREF, "a déclaré", v="func"),
     Q(I, "620 pompiers restaient mobilisés et que deux Canadair seraient maintenus sur zone", PREF, "a indiqué"),
     Q(D, "Une enquête est ouverte. Je ne ferai aucune hypothèse devant vous.", PREF, None, v="func"),
     Q(I, "les enquêteurs privilégient la piste d'un engin agricole", None, "Selon", opt=True),
     Q(I, "« une nuit extrêmement difficile », avec des vents de plus de 80 km/h", ADF, "a décrit", opt=True),
     Q(D, "une nuit extrêmement difficile", ADF, "a décrit", v="pron"),
     Q(D, "Mes hommes ont défendu maison par maison le lotissement du Mas d'en Rière. Aucune habitation n'a brûlé.", ADF, None, v="ctx"),
     Q(I, "le débroussaillement obligatoire avait « sauvé des vies »", ADF, "a estimé"),
     Q(D, "sauvé des vies", ADF, "a estimé", v="role"),
     Q(I, "les moyens aériens sont arrivés trop tard", None, "demande"),
     Q(D, "Non. Les premiers largages ont eu lieu quarante minutes après l'alerte. C'est dans nos délais", ADF, "répond-il", v="pron"),
     Q(I, "les 2 300 campeurs évacués pourraient regagner leurs emplacements mercredi matin", "maire d'Argelès-sur-Mer", "a annoncé"),
     Q(D, "Les gens ont été formidables. Personne n'a paniqué", "maire d'Argelès-sur-Mer", "a-t-il salué", v="pron"),
     Q(I, "avoir vu les flammes « à trois cents mètres du jardin »", "Ilse Vandeputte", "confie"),
     Q(D, "à trois cents mètres du jardin", "Ilse Vandeputte", "confie", v="name"),
     Q(D, "J'ai pris les chiens, les papiers, et je suis partie. On ne réfléchit pas.", "Ilse Vandeputte", None, v="ctx")],
    [("Pyrénées-Orientales", "Pyrénées-Orientales"), ("Lire aussi : Sécheresse", "renforcée"), ("Mots-clés :", "Argelès-sur-Mer\n")])

TF, GAP, MO, LB = "Teiva Faaravani", "Gaëtan d'Arcangues-Poey", "Matthias Oberholzer", "Lasha Beridze"
SPEC["03_zone_mixte_rugby"] = (
    [E("Pro D2", "MISC", opt=True), E("Biarritz", "ORG", opt=True), E("Oyonnax", "ORG", opt=True),
     E("BIARRITZ", "ORG", "Biarritz", opt=True), E("OYONNAX", "ORG", "Oyonnax", opt=True),
     E("Iñaki Etxeberria-Sallaberry", "PER"), E("Aguiléra", "LOC"), E(MO, "PER"), E("Oberholzer", "PER", MO),
     E("Biarrots", "MISC"), E("Basques", "MISC"), E(TF, "PER"), E("Faaravani", "PER", TF), E(GAP, "PER"), E("d'Arcangues-Poey", "PER", GAP),
     E("BO", "ORG"), E("Ligue nationale de rugby", "ORG"), E("Suisse", "MISC"), E("Genève", "LOC"),
     E(LB, "PER"), E("Beridze", "PER", LB), E("Colomiers", "LOC", opt=True), E("Irigoyen", "PER"), E("Mollard", "PER")],
    [Q(D, "On a fait quarante belles minutes et puis on a arrêté de jouer. Contre une équipe comme Oyonnax, ça ne pardonne pas.", TF, None, v="name"),
     Q(I, "la touche avait « complètement explosé » en seconde période", TF, "a reconnu"),
     Q(D, "complètement explosé", TF, "a reconnu", v="role"),
     Q(D, "L'arbitre n'y est pour rien. C'est nous qui faisons la faute à la 79e.", GAP, None, v="name"),
     Q(D, "Enfin, la mêlée d'avant, il faudra qu'on m'explique.", GAP, None, v="ctx"),
     Q(D, "Trois fois on nous pénalise en mêlée fermée sur le même schéma. Trois fois ! Je veux bien qu'on progresse, mais là...", "manager du BO", "a lâché", v="func"),
     Q(I, "envoyer les images à la Ligue nationale de rugby", "manager du BO", "a promis"),
     Q(D, "J'ai tapé celle-là comme à l'entraînement. Je n'ai pas regardé les poteaux, j'ai regardé mes pieds", MO, "a raconté", v="name"),
     Q(I, "il n'avait « jamais ressenti une telle pression »", MO, "a assuré"),
     Q(D, "jamais ressenti une telle pression", MO, "a assuré", v="role"),
     Q(I, "la victoire est « celle du caractère »", LB, "Pour"),
     Q(D, "celle du caractère", LB, "Pour", v="name"),
     Q(I, "le groupe visait désormais « le top 2 et rien d'autre »", LB, "a ajouté"),
     Q(D, "le top 2 et rien d'autre", LB, "a ajouté", v="role"),
     Q(D, "Je reviendrai. Je reviens toujours.", None, None)],
    [("RUGBY | Pro D2", "Pro D2"), ("Partager l'article", "Partager l'article")])

MQ = "maire de Quimperlé"
YQS, HAG, LBZ = "Yannick Quillévéré-Stéphan", "Hortense Akakpo-Guivarch", "Loïc Barazer"
SPEC["04_conseil_municipal"] = (
    [E("Quimperlé", "LOC"), E("Soazig Le Floc'h-Morvan", "PER"), E("Quimperlois", "MISC"), E(YQS, "PER"),
     E("Quimperlé en commun", "ORG"), E(HAG, "PER"), E(LBZ, "PER"), E("rue Savary", "LOC", opt=True),
     E("Finistère", "LOC"), E("Rias", "MISC"), E("Jules-Ferry", "ORG", opt=True),
     E("Newsletter Quimperlé", "MISC", opt=True)],
    [Q(I, "un projet « attendu par les commerçants »", MQ, "en défendant", opt=True),
     Q(D, "attendu par les commerçants", MQ, "en défendant", v="func"),
     Q(D, "Il ne s'agit pas de surveiller les Quimperlois, il s'agit de les protéger", MQ, "a-t-il insisté", v="pron"),
     Q(I, "les vols à l'étalage avaient augmenté de 30 % en deux ans, selon les chiffres de la gendarmerie", MQ, "rappelant"),
     Q(D, "Trente pour cent de quoi ? On passe de dix à treize plaintes !", YQS, "s'est exclamé", v="name"),
     Q(I, "la somme serait « mieux employée dans la prévention et l'éclairage public »", YQS, "a estimé"),
     Q(D, "mieux employée dans la prévention et l'éclairage public", YQS, "a estimé", v="role"),
     Q(D, "Vous nous parlez de sécurité, mais le poste de police municipale ferme à 18 heures.", HAG, None, v="name"),
     Q(I, "le projet soit soumis à une consultation citoyenne", HAG, "a demandé"),
     Q(I, "la consultation « avait eu lieu », lors des réunions de quartier de l'automne", LBZ, "a répondu"),
     Q(D, "avait eu lieu", LBZ, "a répondu", v="name"),
     Q(D, "Nous avons reçu quatre-vingts contributions, très majoritairement favorables.", LBZ, None, v="ctx"),
     Q(D, "S'il vous plaît. On n'est pas au théâtre.", MQ, None, v="ctx"),
     Q(I, "les caméras « ne changeront rien si personne ne les regarde »", None, "confiait"),
     Q(D, "ne changeront rien si personne ne les regarde", None, "confiait"),
     Q(I, "les premières caméras seront posées en juin", "mairie", "Selon")],
    [("Vie locale - Conseil", "municipal\n"), ("Lire aussi : Quimperlé", "stationnement"), ("Newsletter Quimperlé", "Inscrivez-vous")])

AKD, PZH = "Armelle Kouassi-Delorme", "Piotr Zawadzki-Hamon"
SPEC["05_radio_invitee"] = (
    [E(AKD, "PER"), E("France Info", "ORG"), E("Fédération des promoteurs de l'Ouest", "ORG"),
     E("ZAN", "MISC", opt=True), E("Mayenne", "LOC"), E("Seine-Saint-Denis", "LOC"), E(PZH, "PER"),
     E("université de Rennes", "ORG", opt=True), E("Bretagne", "LOC"),
     E("Fondation pour le logement des défavorisés", "ORG"), E("France", "LOC")],
    [Q(D, "Le zéro artificialisation nette est devenu un frein", AKD, "juge", v="name"),
     Q(I, "la crise du logement neuf « n'a jamais été aussi grave depuis 1991 »", AKD, "a estimé"),
     Q(D, "n'a jamais été aussi grave depuis 1991", AKD, "a estimé", v="name"),
     Q(D, "un effondrement silencieux", AKD, "a dénoncé", v="pron"),
     Q(D, "Derrière ces chiffres, il y a des maçons, des couvreurs, des électriciens qui perdent leur emploi. Personne n'en parle.", AKD, None, v="ctx"),
     Q(D, "Nos marges sont de 5 %. Ce qui a explosé, c'est le foncier et les normes.", AKD, "a répondu", v="role"),
     Q(I, "Le zéro artificialisation nette, le fameux ZAN, est selon elle « devenu un frein » dans les communes moyennes", AKD, "selon"),
     Q(D, "devenu un frein", AKD, "selon", nth=1, v="pron"),
     Q(D, "un choc d'offre", "ministre chargé du Logement", "avait promis", v="func"),
     Q(I, "se méfier", AKD, "dit", opt=True),
     Q(D, "On nous a promis trois chocs en cinq ans. J'attends de voir.", AKD, None, v="name"),
     Q(I, "remettre en cause le ZAN serait « une erreur historique »", PZH, "juge"),
     Q(D, "une erreur historique", PZH, "juge", v="name"),
     Q(I, "40 % des logements vacants de Bretagne se trouvent dans des centres-bourgs qu'il suffirait de rénover", PZH, "Selon"),
     Q(D, "On construit à la périphérie pendant que le cœur des villes se vide. C'est absurde.", PZH, None, v="ctx"),
     Q(I, "330 000 personnes sont sans domicile en France", "Fondation pour le logement des défavorisés", "rappelle"),
     Q(D, "Si rien ne bouge, les grues vont disparaître du paysage.", AKD, "a lâché", v="role")],
    [("Politique\n", "Politique\n"), ("Réagir à cet article", "commentaires)")])

MOL, CSV, AVD, JNB = "Maxence Oyono-Larrieu", "Clotilde Sabater-Vigo", "Anselme Van Damme-Ribes", "Joseph N'Guessan-Bardou"
SPEC["06_direct_soiree_electorale"] = (
    [E("Élections municipales 2027", "MISC"), E("Perpignan", "LOC"), E("Toulouse", "LOC"), E(MOL, "PER"),
     E("Toulousains", "MISC"), E(CSV, "PER"), E("Rassemblement national", "ORG"), E(AVD, "PER"),
     E("France 3 Occitanie", "ORG"), E("Sud", "LOC"), E(JNB, "PER"), E("Moulin-à-Vent", "LOC"),
     E("Perpignanais", "MISC"), E("Marseille", "LOC"), E("Ipsos", "ORG"), E("France Télévisions", "ORG"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "Les Toulousains ont choisi l'écologie et la justice sociale. Je serai le maire de tous.", MOL, None, v="name"),
     Q(I, "elle attend « les résultats définitifs des bureaux du centre »", None, "Selon"),
     Q(D, "les résultats définitifs des bureaux du centre", None, "Selon"),
     Q(D, "Ce soir, Perpignan confirme.", CSV, "a lancé", v="role"),
     Q(I, "« chaque bénévole, chaque colleur d'affiches »", CSV, "a remercié", opt=True),
     Q(D, "chaque bénévole, chaque colleur d'affiches", CSV, "a remercié", v="pron"),
     Q(I, "une participation de 52,8 % à 20 heures, en baisse de quatre points par rapport au premier tour", "ministre de l'Intérieur", "annonce", opt=True),
     Q(I, "ce scrutin « confirme l'ancrage local » du parti à la flamme dans le Sud", AVD, "juge"),
     Q(D, "confirme l'ancrage local", AVD, "juge", v="name"),
     Q(I, "la gauche « a payé ses divisions » à Perpignan", AVD, "estime"),
     Q(D, "a payé ses divisions", AVD, "estime", v="pron"),
     Q(D, "Deux listes au premier tour, c'est une de trop.", AVD, None, v="ctx"),
     Q(D, "Rien n'est joué. Il reste quatorze bureaux à dépouiller, dont ceux du Moulin-à-Vent.", JNB, None, v="name"),
     Q(I, "il resterait « dans l'opposition, au service des Perpignanais »", JNB, "a répondu"),
     Q(D, "dans l'opposition, au service des Perpignanais", JNB, "a répondu", v="pron"),
     Q(I, "le maire sortant arriverait en tête", "Ipsos", "selon", opt=True),
     Q(D, "C'est serré, très serré.", None, None)],
    [("Élections municipales 2027", "2027\n"), ("Ce direct est terminé", "sur notre site."), ("Partager sur Facebook", "Partager sur X")])

PROC = "procureure de la République de Lyon"
KOM, TLM, ASL = "Kwabena Osei-Mensah", "Théodore Lacaze-Mbarga", "Amadou Sy-Lefort"
SPEC["07_conf_procureure"] = (
    [E("Villeurbanne", "LOC"), E("Lyon", "LOC"), E(KOM, "PER"), E("Kwabena", "PER", KOM), E("Vaulx-en-Velin", "LOC"),
     E(TLM, "PER"), E("Livreurs unis 69", "ORG"), E("place Bellecour", "LOC", opt=True), E(ASL, "PER"),
     E("Zipeat", "ORG"), E("Ghana", "LOC")],
    [Q(I, "le suspect « a reconnu les faits »", PROC, "selon"),
     Q(D, "a reconnu les faits", PROC, "selon", nth=0, v="func"),
     Q(I, "Le suspect, un homme de 31 ans interpellé samedi à Vaulx-en-Velin, « a reconnu les faits en garde à vue »", PROC, "a indiqué"),
     Q(D, "a reconnu les faits en garde à vue", PROC, "a indiqué", v="role"),
     Q(D, "Il affirme avoir agi sous l'effet de la colère, après une altercation pour une commande qu'il estimait arrivée froide.", PROC, None, v="ctx"),
     Q(I, "l'homme était connu des services de police pour des faits de violences", PROC, "a précisé"),
     Q(I, "le caractère raciste de l'agression est envisagé", None, "demande"),
     Q(D, "À ce stade, rien dans la procédure ne permet de le retenir. Mais aucune piste n'est fermée", PROC, "a-t-elle répondu", v="pron"),
     Q(I, "la victime a été frappée de trois coups de couteau et n'a pas pu être réanimée", "police judiciaire de Lyon", "Selon"),
     Q(D, "la rapidité de l'enquête", TLM, "a salué", v="name"),
     Q(I, "la famille se constituerait partie civile et demanderait « toute la vérité sur les minutes qui ont précédé le drame »", TLM, "a indiqué"),
     Q(D, "toute la vérité sur les minutes qui ont précédé le drame", TLM, "a indiqué", v="pron"),
     Q(D, "La mère de Kwabena veut savoir si son fils a souffert. C'est la seule question qu'elle me pose.", TLM, None, v="ctx"),
     Q(D, "des conditions de travail qui mettent les livreurs en danger toutes les nuits", ASL, "dénonce", v="name"),
     Q(D, "On est seuls, sans protection, avec un téléphone qui nous dit de rouler plus vite.", ASL, None, v="ctx"),
     Q(I, "elle prendrait en charge les frais d'obsèques", "Zipeat", "a fait savoir"),
     Q(D, "C'était un garçon poli, toujours souriant. Il envoyait de l'argent à sa mère au Ghana.", None, None)],
    [("Faits divers - Justice", "Justice"), ("Lire aussi : Livreurs", "sous pression")])

RMA, AGZ = "Ruaridh McAllister", "Aurélien Guézennec"
DS = "directeur sportif de l'En Avant Guingamp"
SPEC["08_conf_coach_foot"] = (
    [E("Ligue 2", "MISC", opt=True), E("Guingamp", "ORG", opt=True), E("Laval", "ORG", opt=True), E(RMA, "PER"),
     E("Ruaridh", "PER", RMA), E("Gwendal Le Meur", "PER"), E("En Avant Guingamp", "ORG"), E("Pabu", "LOC"),
     E("Malick Diouf-Castel", "PER"), E("Jonas Vermeulen", "PER"), E("Ouest", "LOC"), E("Kop Rouge", "ORG"),
     E(AGZ, "PER"), E("Pascal Ndiaye-Roussel", "PER"), E("stade du Roudourou", "LOC", opt=True),
     E("Concarneau", "ORG", opt=True)],
    [Q(D, "On n'a pas le droit de trembler", RMA, None, nth=0, v="name"),
     Q(D, "Nous avons récupéré Malick Diouf-Castel, qui s'est entraîné normalement toute la semaine. En revanche, Jonas Vermeulen est forfait, c'est une entorse de la cheville. On ne prendra aucun risque.", RMA, None, v="ctx"),
     Q(I, "ce derby de l'Ouest était « un match à six points »", RMA, "a martelé"),
     Q(D, "un match à six points", RMA, "a martelé", v="name"),
     Q(D, "Laval est juste derrière nous. Si on perd, on se retrouve dans le ventre mou. On n'a pas le droit de trembler.", RMA, None, v="ctx"),
     Q(D, "Je comprends leur frustration. Ils ont le droit de s'exprimer, tant que c'est respectueux.", RMA, None, v="role"),
     Q(I, "son équipe n'avait perdu qu'une fois à domicile cette saison", RMA, "a rappelé"),
     Q(I, "le club aurait pourtant entamé des discussions avec un autre entraîneur", None, "Selon", opt=True),
     Q(D, "Il n'y a aucune discussion avec qui que ce soit. Ruaridh est notre entraîneur et il le restera.", DS, "a démenti", v="func"),
     Q(I, "le vestiaire était « derrière le coach, à cent pour cent »", AGZ, "a estimé"),
     Q(D, "derrière le coach, à cent pour cent", AGZ, "a estimé", v="name"),
     Q(D, "On a un groupe sain. Les résultats vont revenir, j'en suis sûr.", AGZ, None, v="ctx"),
     Q(D, "en confiance", "Laval", "se dit", opt=True)],
    [("Football - Ligue 2", "Ligue 2"), ("À lire aussi :", "à Concarneau")])

GDP, RCM, OK_, ABR = "Gaëlle Dorval-Pichon", "Rui Carvalho-Merdrignac", "Ondine Kerautret", "Anatole Benhamou-Riou"
ARSF = "directeur général de l'agence régionale de santé de Bretagne"
SPEC["09_piquet_hopital"] = (
    [E("Saint-Brieuc", "LOC"), E("Maëlle Le Quintrec", "PER"), E("Yves-Le Foll", "ORG", opt=True), E(GDP, "PER"),
     E(RCM, "PER"), E("Sud Santé", "ORG"), E(OK_, "PER"),
     E("agence régionale de santé de Bretagne", "ORG", opt=True), E("Lannion", "LOC"),
     E("ARS", "ORG", "agence régionale de santé de Bretagne"), E(ABR, "PER"), E("Bretagne", "LOC")],
    [Q(D, "On trie les malades dans le couloir", GDP, None, nth=0, v="name"),
     Q(D, "On trie les malades dans le couloir. Hier soir, on avait quarante-deux patients pour vingt-deux box", GDP, "raconte", v="name"),
     Q(D, "Regardez, c'est le planning de décembre. Il manque six infirmières. Six.", GDP, None, v="pron"),
     Q(I, "les arrêts maladie se multiplient dans l'équipe", RCM, "assure"),
     Q(D, "Les collègues craquent. Ce n'est pas de la paresse, c'est de l'épuisement.", RCM, None, v="ctx"),
     Q(I, "l'ouverture de huit lits d'aval et le recrutement immédiat de douze soignants", "Sud Santé", "réclame", opt=True),
     Q(I, "la direction « joue la montre »", OK_, "estime"),
     Q(D, "joue la montre", OK_, "estime", v="name"),
     Q(D, "On nous répond chaque semaine qu'un plan arrive. On attend toujours.", OK_, None, v="ctx"),
     Q(I, "« des recrutements sont en cours » et que l'intérim médical a été renforcé pour les fêtes", "direction", "affirme"),
     Q(D, "des recrutements sont en cours", "direction", "affirme", v="inst"),
     Q(I, "les urgences de Saint-Brieuc ont accueilli 58 000 passages en 2026, un record", "direction", "rappelle"),
     Q(I, "« une réponse rapide »", ARSF, "a promis", opt=True),
     Q(D, "une réponse rapide", ARSF, "a promis", v="func"),
     Q(I, "une enveloppe de 1,4 million d'euros est à l'étude", "ARS", "Selon"),
     Q(D, "Sept heures d'attente. Mais elles ont été gentilles, hein. Ce n'est pas leur faute.", None, None),
     Q(D, "partager le constat à cent pour cent", ABR, "dit", v="role")],
    [("Santé\n", "Santé\n"), ("Lire aussi : Hôpital", "Partager")])

SHV, BEF = "Solène Haddad-Varenne", "Benoît-Elie Fauconnier"
SPEC["10_tv_entretien"] = (
    [E(SHV, "PER"), E("BFMTV", "ORG"), E("Gironde", "LOC"), E("Assemblée nationale", "ORG"), E("Horizons", "ORG"),
     E("X", "ORG"), E(BEF, "PER"), E("Bordeaux", "LOC"), E("RTL", "ORG"), E("Hugo Marchetti-Laborde", "PER")],
    [Q(D, "Je ne me représenterai pas", SHV, None, nth=0, v="name"),
     Q(I, "elle ne briguerait pas de nouveau mandat", SHV, "a indiqué"),
     Q(D, "Je ne me représenterai pas. J'ai donné dix ans à cette circonscription, il est temps de passer la main", SHV, "a-t-elle déclaré", v="pron"),
     Q(D, "des raisons personnelles et familiales", SHV, "a évoqué", v="role"),
     Q(D, "Mon père est malade. Je veux être auprès de lui.", SHV, None, v="role"),
     Q(D, "L'hémicycle est devenu un ring. On ne débat plus, on se filme.", SHV, None, v="pron"),
     Q(I, "les réseaux sociaux avaient « abîmé la fonction parlementaire »", SHV, "a estimé"),
     Q(D, "abîmé la fonction parlementaire", SHV, "a estimé", v="pron"),
     Q(D, "une parlementaire exigeante et respectée", "Horizons", "saluant", v="inst"),
     Q(I, "il respectait « pleinement » sa décision", "président du groupe Horizons", "a assuré"),
     Q(D, "pleinement", "président du groupe Horizons", "a assuré", v="func"),
     Q(D, "Elle part avant d'être battue. C'est une stratégie comme une autre.", BEF, "a ironisé", v="name"),
     Q(I, "la circonscription était « promise à la gauche » en 2029", BEF, "a affirmé"),
     Q(D, "promise à la gauche", BEF, "a affirmé", v="pron"),
     Q(D, "On l'a appris en même temps que tout le monde, devant la télé", None, "soupire"),
     Q(D, "une femme de conviction", "Premier ministre", "a salué", v="func"),
     Q(I, "il ne commenterait pas « une décision intime »", "Premier ministre", "a assuré"),
     Q(D, "une décision intime", "Premier ministre", "a assuré", v="pron"),
     Q(I, "deux noms circulent déjà pour lui succéder, dont celui de son suppléant, Hugo Marchetti-Laborde", None, "Selon")],
    [("Médias - Télévision", "Télévision"), ("Réagir | Partager", "commentaires")])

BOF, KZB, YAR = "Bérénice Olawale-Fontaine", "Konrad Zielinski-Baud", "Yves-Alain de Roquemaurel"
SPEC["11_direct_proces"] = (
    [E("Valdrôme", "LOC"), E(BOF, "PER"), E(KZB, "PER"), E("Structalp", "ORG"), E(YAR, "PER"),
     E("Gap", "LOC"), E("Roanne", "LOC")],
    [Q(D, "Vous écrivez 'la structure tiendra'. Sur quoi vous fondiez-vous ?", BOF, "interroge", v="name"),
     Q(I, "il se fondait sur \"les calculs du bureau d'études\"", KZB, "répond"),
     Q(D, "les calculs du bureau d'études", KZB, "répond", v="pron"),
     Q(D, "Répondez à la question, monsieur. Pas à côté.", "président du tribunal", "rappelle", v="func"),
     Q(D, "J'ai signé ce document. Je n'ai jamais dit le contraire", KZB, "a-t-il déclaré", v="pron"),
     Q(D, "Mais je n'étais pas seul à décider.", KZB, None, v="ctx"),
     Q(D, "Il parle de béton, de charges, de coefficients. Ma fille avait dix-neuf ans.", None, "confie"),
     Q(I, "pourquoi les fissures signalées en 2023 n'avaient pas fait l'objet d'une inspection", "procureur", "a demandé"),
     Q(D, "Parce que personne ne me l'a demandé", KZB, "a répondu", v="role"),
     Q(I, "son client \"sert de bouc émissaire\"", YAR, "estime"),
     Q(D, "sert de bouc émissaire", YAR, "estime", v="name"),
     Q(I, "la commune de Valdrôme, propriétaire de l'ouvrage, \"n'a jamais débloqué les crédits d'entretien\"", YAR, "Selon"),
     Q(D, "n'a jamais débloqué les crédits d'entretien", YAR, "Selon", v="pron")],
    [("Justice\n", "Justice\n"), ("Suivez notre direct", "Partager")])

MIN, DSA, FAN = "ministre de l'Agriculture", "Dorian Sempé-Achiaï", "Florine Abadie-Nkemelu"
CHA = "président de la chambre d'agriculture du Gers"
SPEC["12_point_presse_ministre"] = (
    [E("Gers", "LOC"), E("Adrien Lasserre-Dubroca", "PER"), E("Mauvezin", "LOC"), E(DSA, "PER"), E(FAN, "PER"),
     E("Confédération paysanne", "ORG"), E("FDSEA du Gers", "ORG", opt=True), E("Météo-France", "ORG"),
     E("Cologne", "LOC"), E("Monfort", "LOC")],
    [Q(I, "des aides “sous quinze jours”", MIN, "promet", opt=True),
     Q(D, "sous quinze jours", MIN, "promet", nth=0, v="func"),
     Q(D, "Ce que j'ai vu ce matin est désolant. Des champs de tournesol entièrement hachés, des vignes sans une feuille", MIN, "a déclaré", v="func"),
     Q(I, "le fonds des calamités agricoles serait mobilisé et que des avances seraient versées “sous quinze jours” aux exploitants les plus touchés", MIN, "a annoncé"),
     Q(D, "sous quinze jours", MIN, "a annoncé", nth=1, v="pron"),
     Q(I, "ces aides suffiront", None, "demande"),
     Q(D, "Non, elles ne suffiront pas à elles seules. Personne ne le prétend. Mais elles permettront de passer l'été", MIN, "admet-elle", v="pron"),
     Q(D, "J'ai perdu 90 % de ma récolte. L'assurance couvre la moitié, et encore. Les avances, on les a déjà eues en 2025, on les attend toujours.", DSA, None, v="name"),
     Q(I, "moins d'un tiers des exploitations du département étaient assurées contre la grêle", CHA, "a rappelé"),
     Q(I, "le système “ne fonctionne pas pour les petites fermes”", CHA, "Pour"),
     Q(D, "ne fonctionne pas pour les petites fermes", CHA, "Pour", v="pron"),
     Q(D, "un fonds d'urgence sans franchise", FAN, "réclame", v="name"),
     Q(D, "les jeunes installés seront les premiers à jeter l'éponge", FAN, "affirme", v="pron"),
     Q(D, "une réaction rapide", "FDSEA du Gers", "salue", v="inst"),
     Q(I, "des grêlons de 6 centimètres ont été relevés à Cologne et à Monfort", "Météo-France", "Selon"),
     Q(D, "On ne vous lâchera pas.", MIN, "glisse", v="func"),
     Q(D, "On verra bien.", None, None)],
    [("Agriculture\n", "Agriculture\n"), ("Lire aussi : Assurance", "Agriculture\n")])

if __name__ == "__main__":
    main(SPEC, HERE)
