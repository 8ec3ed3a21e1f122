#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written20 with exact offsets.

    python3 tests/gold/written20/make_gold.py          # write NAME.json, check
    python3 tests/gold/written20/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written20/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this set, which
is development gold from the start) are given below as strings, per
../shared/docs/ANNOTATION.md and the conventions of README.md (which follows
tests/gold/written*/README.md). The machinery (offsets, checks, self-score,
--check/--show) is tests/gold/goldspec.py. v says how a reader finds the
speaker of a scored direct quote: name, pron (pronoun), role (role noun or
description standing for a named person), func (a person known only by
function), inst (institution, body, group or capital), ctx (no cue: the
speaker carries over from the context, or a headline repeats body words).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_afp_darfour"] = (
    [E("Soudan", "LOC"), E("Darfour", "LOC"), E("PAM", "ORG", "Programme alimentaire mondial"),
     E("El-Fasher", "LOC"), E("PORT-SOUDAN", "LOC", "Port-Soudan"), E("Port-Soudan", "LOC"),
     E("AFP", "ORG", "Agence France-Presse"), E("Programme alimentaire mondial", "ORG"),
     E("Cadre intégré de classification de la sécurité alimentaire", "ORG", opt=True),
     E("IPC", "ORG", "Cadre intégré de classification de la sécurité alimentaire", opt=True),
     E("Tina", "LOC"), E("Hawa Abakar-Thiongane", "PER"), E("Forces de soutien rapide", "ORG"),
     E("FSR", "ORG", "Forces de soutien rapide"), E("Telegram", "ORG"), E("Khartoum", "LOC"),
     E("ministère soudanais des Affaires étrangères", "ORG", opt=True),
     E("Médecins sans frontières", "ORG"), E("MSF", "ORG", "Médecins sans frontières"),
     E("Klaas van Riemsdijk-Oduya", "PER"), E("Conseil de sécurité", "ORG"), E("ONU", "ORG"),
     E("New York", "LOC"), E("Leïla Benmansour-Ortiz", "PER"),
     E("Institut de recherche pour le développement", "ORG"),
     E("IRD", "ORG", "Institut de recherche pour le développement"), E("Agence France-Presse", "ORG")],
    [
     Q(D, "les gens mangent des feuilles", "Programme alimentaire mondial", "alerte", nth=0, v="inst"),
     Q(D, "les gens mangent des feuilles et de la pâte d'arachide destinée au bétail", "Programme alimentaire mondial", "a déclaré", v="inst"),
     Q(I, "plus de 600 000 personnes vivent dans des conditions de famine dans la région, dont une majorité d'enfants", "Cadre intégré de classification de la sécurité alimentaire", "Selon"),
     Q(D, "Nos camions attendent depuis trois semaines à Tina, à la frontière tchadienne. Chaque jour perdu, ce sont des vies perdues", "Hawa Abakar-Thiongane", "a insisté", v="name"),
     Q(I, "les Forces de soutien rapide (FSR) exigeaient des « taxes de passage » à chaque point de contrôle", "Hawa Abakar-Thiongane", "a précisé"),
     Q(D, "taxes de passage", "Hawa Abakar-Thiongane", "a précisé", v="pron"),
     Q(I, "toute entrave à l'aide", "Forces de soutien rapide", "ont démenti"),
     Q(D, "Nous avons toujours facilité le travail des ONG sérieuses", "Forces de soutien rapide", "a affirmé", v="inst"),
     Q(I, "l'armée de bombarder les convois", "Forces de soutien rapide", "accusant"),
     Q(I, "« la complicité passive de la communauté internationale »", "ministère soudanais des Affaires étrangères", "a dénoncé", opt=True),
     Q(D, "la complicité passive de la communauté internationale", "ministère soudanais des Affaires étrangères", "a dénoncé", v="inst"),
     Q(I, "toute aide transite par Port-Soudan", "gouvernement soudanais", "exige"),
     Q(I, "une situation « hors de contrôle »", "Médecins sans frontières", "décrit", opt=True),
     Q(D, "hors de contrôle", "Médecins sans frontières", "décrit", v="inst"),
     Q(D, "Nous recevons des enfants qui pèsent la moitié de leur poids normal, raconte Klaas van Riemsdijk-Oduya, chef de mission de l'ONG. Certains arrivent trop tard.", "Klaas van Riemsdijk-Oduya", "raconte", v="name"),
     Q(I, "le seul hôpital encore ouvert fonctionne sans électricité depuis octobre", "Klaas van Riemsdijk-Oduya", "D'après"),
     Q(I, "les deux camps « utilisent la faim comme une arme »", None, "estime"),
     Q(D, "utilisent la faim comme une arme", None, "estime"),
     Q(I, "la reprise des pluies « ne changera rien si les routes restent fermées »", "Leïla Benmansour-Ortiz", "Pour"),
     Q(D, "ne changera rien si les routes restent fermées", "Leïla Benmansour-Ortiz", "Pour", v="name")],
    [("mk-sam/jmb", "Agence France-Presse")])


# ---------------------------------------------------------------- 02
SPEC["02_bolivie_election"] = (
    [E("Bolivie", "LOC"), E("Amériques", "LOC"), E("Inès Marqués-Dubreuil", "PER"), E("La Paz", "LOC"),
     E("Tribunal suprême électoral", "ORG"), E("TSE", "ORG", "Tribunal suprême électoral"),
     E("Rodrigo Quispe de la Fuente", "PER"), E("Quispe de la Fuente", "PER", "Rodrigo Quispe de la Fuente"),
     E("Mouvement vers le socialisme", "ORG"), E("MAS", "ORG", "Mouvement vers le socialisme"),
     E("Santa Cruz", "LOC"), E("María José Añez Villca", "PER"), E("Unidad Nacional", "ORG"),
     E("place du 24-Septembre", "LOC", opt=True), E("Cochabamba", "LOC"), E("Boliviens", "MISC"),
     E("El Alto", "LOC"), E("Union européenne", "ORG"), E("Annelies Van den Bossche", "PER"),
     E("Organisation des États américains", "ORG"), E("OEA", "ORG", "Organisation des États américains"),
     E("Washington", "LOC"), E("Brasilia", "LOC"), E("Teodoro Mamani", "PER"),
     E("calle Comercio", "LOC", opt=True), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "Nous ne signerons pas l'acte de notre propre défaite", "María José Añez Villca", "a lancé", v="role"),
     Q(I, "plus de 300 procès-verbaux de bureaux de vote de la région de Cochabamba « présentent des anomalies flagrantes »", "María José Añez Villca", "Selon"),
     Q(D, "présentent des anomalies flagrantes", "María José Añez Villca", "Selon", v="pron"),
     Q(I, "le décompte avait été « vérifié à trois reprises » et que les recours seraient examinés « dans la transparence »", "président du TSE", "a assuré"),
     Q(D, "vérifié à trois reprises", "président du TSE", "a assuré", v="func"),
     Q(D, "dans la transparence", "président du TSE", "a assuré", v="func"),
     Q(D, "Je serai le président de tous les Boliviens, y compris de ceux qui n'ont pas voté pour moi", "Rodrigo Quispe de la Fuente", "a déclaré", v="name"),
     Q(I, "« tendre la main » à l'opposition dès lundi", "Rodrigo Quispe de la Fuente", "a promis"),
     Q(D, "tendre la main", "Rodrigo Quispe de la Fuente", "a promis", v="pron"),
     Q(I, "« des irrégularités ponctuelles », mais « aucun élément permettant de remettre en cause le résultat global »", "mission d'observation de l'Union européenne", "a relevé", opt=True),
     Q(D, "des irrégularités ponctuelles", "mission d'observation de l'Union européenne", "a relevé", v="inst"),
     Q(D, "aucun élément permettant de remettre en cause le résultat global", "mission d'observation de l'Union européenne", "a relevé", v="inst"),
     Q(D, "Le jour du scrutin s'est déroulé dans le calme, a souligné la cheffe de mission lors d'une conférence de presse. Ce qui nous inquiète, c'est ce qui se passe depuis.", "Annelies Van den Bossche", "a souligné", v="role"),
     Q(D, "toutes les parties à la retenue", "Organisation des États américains", "a appelé", v="inst"),
     Q(D, "suivre la situation avec attention", "Brasilia", "a dit", v="inst"),
     Q(D, "En 2019, on a vu où ça menait", "Teodoro Mamani", "soupire", v="name"),
     Q(D, "Qu'ils se battent entre eux, nous on doit travailler.", None, None)],
    [("Bolivie | Amériques", "Bolivie | Amériques"), ("Lire aussi", "E-mail")])


# ---------------------------------------------------------------- 03
SPEC["03_goma_hopitaux"] = (
    [E("RDC", "LOC"), E("Goma", "LOC"), E("Sake", "LOC"), E("CICR", "ORG", "Comité international de la Croix-Rouge"),
     E("Kinshasa", "LOC"), E("Kigali", "LOC"), E("M23", "ORG"), E("Rwanda", "LOC"),
     E("Thibault Nkurunziza-Laval", "PER"), E("hôpital Ndosho", "ORG", opt=True),
     E("Espérance Mukeba-Lwango", "PER"), E("Mukeba-Lwango", "PER", "Espérance Mukeba-Lwango"),
     E("Comité international de la Croix-Rouge", "ORG"), E("Nord-Kivu", "LOC"),
     E("Pierre-Olivier d'Hauteville", "PER"),
     E("Forces armées de la république démocratique du Congo", "ORG"),
     E("FARDC", "ORG", "Forces armées de la république démocratique du Congo"),
     E("Lawrence Kanyamuhanga", "PER"), E("Communication", "ORG", opt=True), E("Bulengo", "LOC"),
     E("Furaha", "PER"), E("Monusco", "ORG"), E("ONU", "ORG"), E("Casques bleus", "MISC", opt=True)],
    [
     Q(D, "On opère jour et nuit. Hier, nous avons fait dix-neuf amputations", "Espérance Mukeba-Lwango", "souffle", v="name"),
     Q(I, "plus de 400 blessés par armes ont été admis dans les structures qu'il soutient au Nord-Kivu", "Comité international de la Croix-Rouge", "Selon"),
     Q(D, "Les civils paient le prix le plus lourd", "Pierre-Olivier d'Hauteville", "a déclaré", v="name"),
     Q(I, 'les belligérants à "épargner les hôpitaux et les ambulances"', "Pierre-Olivier d'Hauteville", "a appelé"),
     Q(D, "épargner les hôpitaux et les ambulances", "Pierre-Olivier d'Hauteville", "a appelé", v="role"),
     Q(I, 'l\'armée avait "repoussé l\'ennemi" au-delà de Sake', "Forces armées de la république démocratique du Congo", "a affirmé"),
     Q(D, "repoussé l'ennemi", "Forces armées de la république démocratique du Congo", "a affirmé", v="inst"),
     Q(I, 'ses hommes "tiennent toutes leurs positions"', "Lawrence Kanyamuhanga", "assure"),
     Q(D, "tiennent toutes leurs positions", "Lawrence Kanyamuhanga", "assure", v="name"),
     Q(I, 'le Rwanda de fournir "des troupes, des drones et des munitions" au M23', "gouvernement congolais", "a accusé"),
     Q(D, "des troupes, des drones et des munitions", "gouvernement congolais", "a accusé", v="inst"),
     Q(D, "Nous demandons des sanctions, pas des communiqués", "ministre de la Communication", "a tranché", v="func"),
     Q(I, '"des accusations sans fondement"', "Kigali", "rejette", opt=True),
     Q(D, "des accusations sans fondement", "Kigali", "rejette", v="inst"),
     Q(I, 'n\'avoir "aucun soldat sur le sol congolais"', "Kigali", "affirme"),
     Q(D, "aucun soldat sur le sol congolais", "Kigali", "affirme", v="inst"),
     Q(D, "On a fui Sake avec les enfants, on a marché toute la nuit. Maintenant on nous dit que la guerre arrive ici aussi", "Furaha", "raconte", v="name"),
     Q(I, '"suivre de près" la situation', "Monusco", "dit"),
     Q(D, "suivre de près", "Monusco", "dit", v="inst"),
     Q(I, 'les Casques bleus ont renforcé leurs patrouilles autour de Goma, mais n\'ont pas "vocation à se substituer à l\'armée nationale"', "chef adjoint de la Monusco", "D'après"),
     Q(D, "vocation à se substituer à l'armée nationale", "chef adjoint de la Monusco", "D'après", v="func"),
     Q(D, "Ce dont on a besoin, c'est du sang et du carburant pour les générateurs. Le reste, ce sont des mots.", "Espérance Mukeba-Lwango", None, v="name")],
    [])


# ---------------------------------------------------------------- 04
SPEC["04_seisme_herat"] = (
    [E("Afghanistan", "LOC"), E("Hérat", "LOC"), E("Organisation mondiale de la santé", "ORG"),
     E("OMS", "ORG", "Organisation mondiale de la santé"), E("Nasrin Haidari-Kellermann", "PER"),
     E("Sophie-Anne de Villequier", "PER"), E("Action contre la faim", "ORG"),
     E("ministère taliban de la Promotion de la vertu", "ORG", opt=True), E("Pajhwok", "ORG"),
     E("Union européenne", "ORG"), E("Commission", "ORG", "Commission européenne"), E("Iran", "LOC"),
     E("Irna", "ORG"), E("Zindajan", "LOC"), E("Gul Ahmad Rahimi", "PER")],
    [
     Q(D, "une deuxième catastrophe, sanitaire celle-là", "Nasrin Haidari-Kellermann", None, nth=0, v="ctx"),
     Q(I, "Plus de 2 100 morts", "autorités talibanes", "selon"),
     Q(I, "Le bilan provisoire s'élève à 2 140 morts et plus de 9 000 blessés", "gouvernement taliban", "a annoncé"),
     Q(I, "un appel à « l'aide de tous les pays frères »", "gouvernement taliban", "a lancé", opt=True),
     Q(D, "l'aide de tous les pays frères", "gouvernement taliban", "a lancé un appel", v="inst"),
     Q(D, "L'eau des puits est contaminée et les latrines n'existent pas. Si rien n'est fait d'ici une semaine, nous aurons une deuxième catastrophe, sanitaire celle-là", "Nasrin Haidari-Kellermann", "a averti", v="name"),
     Q(D, "Nos équipes médicales sont à 60 % masculines. Dans certains villages, les familles refusent qu'un homme examine une blessée", "Sophie-Anne de Villequier", "explique", v="name"),
     Q(I, "avoir obtenu, au cas par cas, des dérogations « verbales et fragiles » pour ses soignantes afghanes", "Sophie-Anne de Villequier", "affirme"),
     Q(D, "verbales et fragiles", "Sophie-Anne de Villequier", "affirme", v="pron"),
     Q(D, "les femmes médecins sont les bienvenues", None, "a assuré"),
     Q(I, "L'Union européenne a débloqué une aide d'urgence de 12 millions d'euros", "Commission européenne", "a indiqué"),
     Q(I, "les fonds transiteraient « exclusivement par des agences onusiennes »", "Commission européenne", "précisant"),
     Q(D, "exclusivement par des agences onusiennes", "Commission européenne", "précisant", v="inst"),
     Q(I, "L'Iran voisin a envoyé deux avions-cargos de tentes et de couvertures", "Irna", "selon"),
     Q(D, "J'étais aux champs. Quand je suis revenu, il n'y avait plus de maison, seulement de la poussière", "Gul Ahmad Rahimi", "dit-il", v="pron"),
     Q(I, "ne rien attendre des autorités", "Gul Ahmad Rahimi", "dit"),
     Q(D, "Ils sont venus une fois, ils ont pris des photos, ils sont repartis.", "Gul Ahmad Rahimi", None, v="pron")],
    [("INTERNATIONAL", "INTERNATIONAL"), ("Lire aussi", "toujours fermées")])


# ---------------------------------------------------------------- 05
SPEC["05_yemen_mascate"] = (
    [E("Yémen", "LOC"), E("Mascate", "LOC"), E("MASCATE", "LOC", "Mascate"),
     E("Affaires étrangères", "ORG", opt=True), E("ONU", "ORG"), E("Taëz", "LOC"),
     E("Abdelkarim al-Mutawakkil", "PER"), E("Arabie saoudite", "LOC"), E("Hodeïda", "LOC"),
     E("Al-Masirah", "ORG"), E("Hussein Ba-Wazir", "PER"), E("Houthis", "ORG", opt=True), E("Riyad", "LOC"),
     E("Save the Children", "ORG"), E("Yéménites", "MISC"), E("Rania Abou-Zeid de Courtenay", "PER")],
    [
     Q(I, "une trêve “à portée de main”", "médiation omanaise", "selon", opt=True),
     Q(D, "à portée de main", "médiation omanaise", "selon", v="inst"),
     Q(D, "Nous n'avons jamais été aussi près d'un cessez-le-feu national", "ministre omanais des Affaires étrangères", "a affirmé", v="func"),
     Q(I, "un accord sur ce dernier point “pourrait être annoncé dans les prochains jours”", None, "Selon"),
     Q(D, "pourrait être annoncé dans les prochains jours", None, "Selon"),
     Q(D, "Il reste des divergences, je ne vais pas vous mentir, a reconnu l'envoyé onusien lors d'un point de presse. Mais pour la première fois, les deux parties parlent du même document.", "envoyé spécial de l'ONU pour le Yémen", "a reconnu", v="func"),
     Q(I, "l'Arabie saoudite de “bloquer toute avancée sur les salaires”", "Abdelkarim al-Mutawakkil", "a accusé"),
     Q(D, "bloquer toute avancée sur les salaires", "Abdelkarim al-Mutawakkil", "a accusé", v="pron"),
     Q(I, "la levée complète du blocus du port d'Hodeïda", "Abdelkarim al-Mutawakkil", "a exigé", opt=True),
     Q(D, "Nous ne signerons rien tant que nos enfants mourront de faim sous un blocus", "Abdelkarim al-Mutawakkil", "a-t-il déclaré", v="pron"),
     Q(I, "“la surenchère” des rebelles", "Hussein Ba-Wazir", "a dénoncé", opt=True),
     Q(D, "la surenchère", "Hussein Ba-Wazir", "a dénoncé", v="name"),
     Q(D, "les Houthis négocient d'une main et tirent des missiles de l'autre", "Hussein Ba-Wazir", "Pour", v="pron"),
     Q(I, "plus de 17 millions de Yéménites dépendent de l'aide alimentaire", "Save the Children", "rappelle"),
     Q(D, "Chaque mois de guerre supplémentaire se paie en vies d'enfants", "Rania Abou-Zeid de Courtenay", "a déclaré", v="name"),
     Q(I, "les négociateurs à “ne pas quitter Mascate les mains vides”", "Rania Abou-Zeid de Courtenay", "appelle"),
     Q(D, "ne pas quitter Mascate les mains vides", "Rania Abou-Zeid de Courtenay", "appelle", v="pron"),
     Q(D, "Tout le monde veut une trêve, personne ne veut être celui qui cède le premier.", None, "résume"),
     Q(I, "La prochaine session est prévue le 18 décembre", "médiation omanaise", "a précisé")],
    [])


# ---------------------------------------------------------------- 06
SPEC["06_entretien_haiti"] = (
    [E("Haïti", "LOC"), E("Médecins du Monde", "ORG"), E("Port-au-Prince", "LOC"),
     E("Maïté Van Acker-Diallo", "PER"), E("Gaspard Oyono-Leblanc", "PER"), E("Viv Ansanm", "ORG"),
     E("Delmas", "LOC"), E("Pétion-Ville", "LOC"), E("Solino", "LOC"), E("Carrefour-Feuilles", "LOC"),
     E("Jean-Wilner Pierre-Louis", "PER"), E("Bureau de la coordination des affaires humanitaires", "ORG"),
     E("Ocha", "ORG", "Bureau de la coordination des affaires humanitaires"), E("Genève", "LOC"),
     E("Newsletter International", "MISC", opt=True)],
    [
     Q(D, "Les gangs contrôlent l'accès à l'eau, donc à la vie", "Maïté Van Acker-Diallo", None, nth=0, v="ctx"),
     Q(I, "la mission multinationale de soutien « n'a pas changé le quotidien des gens »", "Maïté Van Acker-Diallo", "estime"),
     Q(D, "n'a pas changé le quotidien des gens", "Maïté Van Acker-Diallo", "estime", nth=0, v="pron"),
     Q(I, "la situation s'améliore à Delmas et à Pétion-Ville", "gouvernement de transition", "affirme"),
     Q(D, "La police vient le matin, les gangs reviennent le soir.", None, "m'a dit"),
     Q(D, "Je ne sais pas si j'aurai le courage de revenir.", "Jean-Wilner Pierre-Louis", "m'a dit", v="pron"),
     Q(I, "le plan de réponse n'est financé qu'à 23 %", "Bureau de la coordination des affaires humanitaires", "dit"),
     Q(I, "l'on ne pouvait pas soigner des enfants avec des pourcentages", "Maïté Van Acker-Diallo", "ai répondu")],
    [("Monde | Entretien", "Monde | Entretien"), ("Newsletter International", "actualité du monde.")])


# ---------------------------------------------------------------- 07
SPEC["07_lannion_piscine"] = (
    [E("Côtes-d'Armor", "LOC"), E("Lannion", "LOC"), E("piscine Ti Dour", "LOC", opt=True),
     E("Nolwenn Le Quéré-Abgrall", "PER"), E("Yves-Marie Kergoat", "PER"), E("Perros-Guirec", "LOC"),
     E("Guingamp", "LOC"), E("Erwan Le Moigne-Castel", "PER"), E("Région Bretagne", "ORG", opt=True),
     E("Solenn Derrien", "PER"), E("Lannion Demain", "ORG"), E("Gaëlle Thomazeau", "PER"),
     E("Dauphins lannionnais", "ORG"), E("Perros", "LOC", "Perros-Guirec"), E("Noël", "MISC", opt=True),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("place du Général-Leclerc", "LOC", opt=True)],
    [
     Q(D, "un naufrage", "opposition", "dénonce", nth=0, opt=True),
     Q(D, "On aurait pu rafistoler encore trois ou quatre ans. On aurait jeté l'argent par les fenêtres", "Yves-Marie Kergoat", "a défendu", v="name"),
     Q(I, "les nageurs du club et les scolaires seraient accueillis pendant les travaux à Perros-Guirec et à Guingamp, « avec des navettes gratuites »", "Yves-Marie Kergoat", "a assuré"),
     Q(D, "avec des navettes gratuites", "Yves-Marie Kergoat", "a assuré", v="role"),
     Q(I, "4,2 millions d'euros de subventions de l'État et de la Région Bretagne, le reste par l'emprunt", "Erwan Le Moigne-Castel", "a détaillé", opt=True),
     Q(D, "La dette restera sous la moyenne des villes de notre strate", "Erwan Le Moigne-Castel", "a-t-il promis", v="pron"),
     Q(D, "C'est un naufrage annoncé. On nous a présenté trois devis en trois ans, chacun plus cher que le précédent", "Solenn Derrien", "a attaqué", v="name"),
     Q(I, "la majorité « a laissé pourrir le dossier »", "Solenn Derrien", "Pour"),
     Q(D, "a laissé pourrir le dossier", "Solenn Derrien", "Pour", v="role"),
     Q(I, "un audit indépendant", "Solenn Derrien", "réclame", opt=True),
     Q(I, "deux ans sans bassin, « c'est une génération d'enfants qui n'apprendra pas à nager »", "Gaëlle Thomazeau", "Pour"),
     Q(D, "c'est une génération d'enfants qui n'apprendra pas à nager", "Gaëlle Thomazeau", "Pour", v="name"),
     Q(D, "On a déjà perdu quarante inscrits cette saison. Les navettes, c'est bien sur le papier, mais qui va emmener les petits à 17 h à Perros ?", "Gaëlle Thomazeau", "s'interroge-t-elle", v="pron"),
     Q(D, "conscient des difficultés", "Yves-Marie Kergoat", "s'est dit", v="role"),
     Q(I, "une réunion avec les clubs « avant Noël »", "Yves-Marie Kergoat", "a promis", opt=True),
     Q(D, "avant Noël", "Yves-Marie Kergoat", "a promis", v="role"),
     Q(I, "L'appel d'offres sera lancé en janvier", "services techniques", "selon")],
    [("Accueil >", "> Lannion"), ("Partager", "Général-Leclerc")])


# ---------------------------------------------------------------- 08
SPEC["08_manche_accident"] = (
    [E("Manche", "LOC"), E("RN 174", "LOC", opt=True), E("Saint-Lô", "LOC"), E("Caen", "LOC"),
     E("Clio", "MISC"), E("Condé-sur-Vire", "LOC"), E("Pont-Hébert", "LOC"),
     E("Mathurin Ollivier-Kéré", "PER"), E("Coutances", "LOC"), E("Transports Leconte-Brieux", "ORG"),
     E("Sdis 50", "ORG"), E("CHU de Caen", "ORG"), E("Jean-Luc Vautier", "PER"),
     E("Département", "ORG", opt=True),
     E("direction interdépartementale des routes Nord-Ouest", "ORG", opt=True),
     E("DIR", "ORG", "direction interdépartementale des routes Nord-Ouest")],
    [
     Q(D, "La route était comme une patinoire", None, None, nth=0),
     Q(I, "la chaussée était recouverte de verglas et la visibilité réduite par le brouillard", "gendarmes", "Selon"),
     Q(D, "Les conditions étaient très dangereuses ce matin sur tout le secteur", "Mathurin Ollivier-Kéré", "a indiqué", v="name"),
     Q(I, "il était «en règle et reposé»", "Transports Leconte-Brieux", "a fait savoir"),
     Q(D, "en règle et reposé", "Transports Leconte-Brieux", "a fait savoir", v="inst"),
     Q(D, "La route était comme une patinoire. J'ai vu les phares en face glisser et se mettre en travers", None, "raconte"),
     Q(I, "avoir «eu de la chance de freiner à temps»", None, "dit"),
     Q(D, "eu de la chance de freiner à temps", None, "dit"),
     Q(I, "La conductrice de la troisième voiture et sa passagère ont été transportées au CHU de Caen, leurs jours ne sont pas en danger", "centre opérationnel", "a précisé"),
     Q(I, "un aménagement de ce tronçon", "Jean-Luc Vautier", "réclame", opt=True),
     Q(D, "C'est le troisième accident grave en deux ans au même endroit. On a écrit à l'État, on a écrit au Département. On attend toujours", "Jean-Luc Vautier", "déplore-t-il", v="pron"),
     Q(I, "le salage avait été effectué «dès 4 heures du matin»", "direction interdépartementale des routes Nord-Ouest", "assure"),
     Q(D, "dès 4 heures du matin", "direction interdépartementale des routes Nord-Ouest", "assure", v="inst"),
     Q(I, "les automobilistes à «la plus grande prudence» et à limiter leurs déplacements tant que l'alerte au verglas est maintenue", "préfecture de la Manche", "appelle"),
     Q(D, "la plus grande prudence", "préfecture de la Manche", "appelle", v="inst")],
    [("Faits divers | Manche", "Faits divers | Manche")])


# ---------------------------------------------------------------- 09
SPEC["09_vosges_ecole"] = (
    [E("Vosges", "LOC"), E("Jules-Verne", "ORG", opt=True), E("Thaon", "LOC", "Thaon-les-Vosges"),
     E("Hugo Sandrin-Matthieu", "PER"), E("Thaon-les-Vosges", "LOC"), E("Anne-Cécile Ferhat", "PER"),
     E("APE Jules-Verne", "ORG"), E("APE", "ORG", "APE Jules-Verne"), E("Marjolaine Kléber", "PER"),
     E("Éducation nationale", "ORG", opt=True), E("Dominique Saint-Dizier", "PER"), E("SNUipp-FSU", "ORG"),
     E("Épinal", "LOC"), E("Khadija Ouazzani-Roche", "PER")],
    [
     Q(D, "On va se retrouver avec des CM1-CM2 à vingt-neuf. Ce n'est plus de l'enseignement, c'est de la garderie", "Anne-Cécile Ferhat", "s'emporte", v="name"),
     Q(D, "les effectifs annoncés par l'inspection sont faux", "Anne-Cécile Ferhat", "assure", v="pron"),
     Q(I, "douze enfants supplémentaires arriveront avec la livraison d'un nouveau lotissement au printemps", "Anne-Cécile Ferhat", "selon"),
     Q(I, 'l\'équipe enseignante est "solidaire des familles"', "Marjolaine Kléber", "confie"),
     Q(D, "solidaire des familles", "Marjolaine Kléber", "confie", v="pron"),
     Q(I, 'une décision "prise au regard des chiffres"', "directeur académique des services de l'Éducation nationale des Vosges", "défend", opt=True),
     Q(D, "prise au regard des chiffres", "directeur académique des services de l'Éducation nationale des Vosges", "défend", v="func"),
     Q(I, "le département a perdu 1 100 élèves en trois ans", "directeur académique des services de l'Éducation nationale des Vosges", "rappelle"),
     Q(D, "Nous regarderons à nouveau la situation en juin, si les inscriptions le justifient", "directeur académique des services de l'Éducation nationale des Vosges", "a-t-il précisé", v="pron"),
     Q(D, "La commune a investi 800 000 euros dans cette école il y a quatre ans. Et on nous retire une classe ? C'est incompréhensible", "Dominique Saint-Dizier", "a-t-il lancé", v="pron"),
     Q(I, 'la fermeture "fragiliserait tout le quartier"', "Dominique Saint-Dizier", "Selon"),
     Q(D, "fragiliserait tout le quartier", "Dominique Saint-Dizier", "Selon", v="pron"),
     Q(I, "à un rassemblement devant la direction académique à Épinal le 17 décembre", "SNUipp-FSU", "appelle", opt=True),
     Q(I, '"une logique comptable"', "Khadija Ouazzani-Roche", "dénonce", opt=True),
     Q(D, "une logique comptable", "Khadija Ouazzani-Roche", "dénonce", v="name"),
     Q(D, "On ferme des classes rurales une par une, et on s'étonne que les familles partent.", "Khadija Ouazzani-Roche", None, v="name"),
     Q(D, "jusqu'à ce qu'on nous reçoive", "parents", "ont voté", v="inst"),
     Q(I, "Le Dasen a proposé un rendez-vous lundi", "APE Jules-Verne", "selon")],
    [("Vosges", "Vosges"), ("Tags :", "Écoles")])


# ---------------------------------------------------------------- 10
SPEC["10_jura_loup"] = (
    [E("Foncine-le-Haut", "LOC"), E("Jura", "LOC"), E("Le Progrès", "ORG"), E("Bastien Gindre-Vuillet", "PER"),
     E("Office français de la biodiversité", "ORG"), E("OFB", "ORG", "Office français de la biodiversité"),
     E("FDSEA", "ORG"), E("Laurent Bourgeois-Mairet", "PER"), E("Haut-Jura", "LOC"), E("Ferus", "ORG"),
     E("Besançon", "LOC"), E("Oriane Delacroix-N'Diaye", "PER"), E("Gilbert Cuenot", "PER"),
     E("massif du Risoux", "LOC", opt=True), E("Comté", "MISC", opt=True)],
    [
     Q(I, "un recours", "associations de protection de la nature", "annoncent", opt=True),
     Q(I, "la coupe est pleine", "Bastien Gindre-Vuillet", "pour"),
     Q(D, "Je les retrouve le matin, égorgées, dans un parc pourtant protégé par des filets électrifiés et deux patous. On fait tout ce qu'on nous demande, et ça ne suffit pas", "Bastien Gindre-Vuillet", "témoigne-t-il", v="pron"),
     Q(I, "la signature d'un arrêté de tir de défense renforcée, valable six mois", "préfecture du Jura", "a annoncé", opt=True),
     Q(D, "Les mesures de protection ont été mises en place et se sont révélées insuffisantes. Les conditions fixées par la loi sont réunies", "préfet du Jura", "justifie", v="func"),
     Q(I, "le tir sera « strictement encadré » par l'Office français de la biodiversité (OFB)", "préfet du Jura", "précise"),
     Q(D, "strictement encadré", "préfet du Jura", "précise", v="role"),
     Q(I, "une décision « enfin à la hauteur », mais la juge tardive", "FDSEA", "salue", opt=True),
     Q(D, "enfin à la hauteur", "FDSEA", "salue", v="inst"),
     Q(D, "les éleveurs du Haut-Jura ont payé le prix de l'attente", "Laurent Bourgeois-Mairet", "estime", v="name"),
     Q(D, "Il aura fallu dix attaques. Combien de bêtes faudra-t-il la prochaine fois ?", "Laurent Bourgeois-Mairet", "interroge-t-il", v="pron"),
     Q(I, "un arrêté « pris sous la pression »", None, "fustige", opt=True),
     Q(D, "pris sous la pression", None, "fustige", opt=True),
     Q(I, "son intention de saisir le tribunal administratif de Besançon", "Ferus", "a annoncé", opt=True),
     Q(I, "plusieurs attaques « n'ont pas été formellement attribuées au loup » et que « les chiens errants sont nombreux dans le secteur »", "Oriane Delacroix-N'Diaye", "affirme"),
     Q(D, "n'ont pas été formellement attribuées au loup", "Oriane Delacroix-N'Diaye", "affirme", v="name"),
     Q(D, "les chiens errants sont nombreux dans le secteur", "Oriane Delacroix-N'Diaye", "affirme", v="name"),
     Q(I, "il faudrait « plus de bergers, pas plus de fusils »", "Oriane Delacroix-N'Diaye", "Pour"),
     Q(D, "plus de bergers, pas plus de fusils", "Oriane Delacroix-N'Diaye", "Pour", v="pron"),
     Q(I, "comprendre la colère des éleveurs", "Gilbert Cuenot", "dit"),
     Q(D, "Ici, on vit du comté et de l'élevage. Si les jeunes arrêtent, le village meurt", "Gilbert Cuenot", "a-t-il confié", v="pron"),
     Q(I, "une réunion publique avec les services de l'État « avant l'estive »", "Gilbert Cuenot", "réclame", opt=True),
     Q(D, "avant l'estive", "Gilbert Cuenot", "réclame", v="pron"),
     Q(I, "une meute d'au moins quatre individus est installée dans le massif du Risoux depuis 2024", "Office français de la biodiversité", "Selon")],
    [("JURA", "JURA"), ("Le Progrès —", "9 décembre 2026"), ("Lire aussi", "prix du lait")])


# ---------------------------------------------------------------- 11
SPEC["11_vitry_restos"] = (
    [E("Val-de-Marne", "LOC"), E("Vitry", "LOC", "Vitry-sur-Seine"), E("Restos du cœur", "ORG"),
     E("Restos", "ORG", "Restos du cœur"), E("rue Rondenay", "LOC", opt=True),
     E("Marie-Thérèse Ndongo-Lefèvre", "PER"), E("Lucien", "PER"), E("Vitry-sur-Seine", "LOC"),
     E("Fatou Diarra-Bénichou", "PER"), E("Secours populaire", "ORG"), E("Noël", "MISC", opt=True),
     E("Samira", "PER")],
    [
     Q(D, "On n'a jamais vu ça. L'an dernier, on avait 900 familles en fin de campagne. Là, on est à 1 240 au bout de huit jours", "Marie-Thérèse Ndongo-Lefèvre", "souffle", v="name"),
     Q(D, "Des gens qui travaillent à temps plein, qui ont un loyer à 900 euros et qui ne s'en sortent plus", "Marie-Thérèse Ndongo-Lefèvre", "décrit", v="role"),
     Q(I, "les inscriptions ont progressé de 18 % dans le Val-de-Marne par rapport à l'an dernier", "association départementale", "Selon"),
     Q(D, "Je viens trois matinées par semaine. Si on ne le fait pas, qui le fera ?", "Lucien", None, v="ctx"),
     Q(I, "avoir croisé la semaine dernière dans la file « une ancienne collègue de la poste », qui « n'osait pas le regarder »", "Lucien", "raconte"),
     Q(D, "une ancienne collègue de la poste", "Lucien", "raconte", v="pron"),
     Q(D, "n'osait pas le regarder", "Lucien", "raconte", v="pron"),
     Q(I, "le versement d'une subvention exceptionnelle de 30 000 euros", "maire de Vitry-sur-Seine", "a annoncé", opt=True),
     Q(D, "la ville ne peut pas tout", "Fatou Diarra-Bénichou", "reconnaît", v="name"),
     Q(D, "Nous finançons déjà l'épicerie solidaire et le Secours populaire. Ce que nous voyons aujourd'hui, c'est la conséquence de l'inflation alimentaire, et cela dépasse une commune.", "Fatou Diarra-Bénichou", None, v="name"),
     Q(D, "Si on n'en trouve pas un d'ici Noël, on devra réduire les produits frais", "Marie-Thérèse Ndongo-Lefèvre", "prévient", v="name"),
     Q(D, "Je n'aurais jamais cru venir ici un jour. Mais les enfants doivent manger", "Samira", "glisse-t-elle", v="pron")],
    [("Val-de-Marne", "Val-de-Marne")])


# ---------------------------------------------------------------- 12
SPEC["12_toulouse_incendie"] = (
    [E("Haute-Garonne", "LOC"), E("Toulouse", "LOC"), E("Mirail", "LOC"), E("Bellefontaine", "LOC"),
     E("Clément Aït-Saadi-Rouquette", "PER"), E("rue de Kiev", "LOC", opt=True),
     E("Aurélien Daguerre-Saint-Martin", "PER"), E("CHU Purpan", "ORG"), E("Yasmina Belkacem", "PER"),
     E("Toulouse Métropole Habitat", "ORG"), E("Renaud Pech-Sabatier", "PER"), E("place Abbal", "LOC", opt=True),
     E("Mehdi Ferrand-Oukaci", "PER"), E("Bellefontaine Debout", "ORG")],
    [
     Q(D, "On a entendu crier, puis plus rien", "Yasmina Belkacem", None, nth=0, v="ctx"),
     Q(I, "la piste accidentelle", "parquet", "privilégie", opt=True),
     Q(D, "L'appartement était entièrement embrasé. Nos équipes ont dû progresser dans une cage d'escalier saturée de fumées", "Aurélien Daguerre-Saint-Martin", "a expliqué", v="name"),
     Q(I, "une soixantaine d'habitants avaient été évacués et que quatre d'entre eux, intoxiqués, avaient été conduits au CHU Purpan", "Aurélien Daguerre-Saint-Martin", "a indiqué"),
     Q(D, "On a entendu crier, puis plus rien. La fumée passait sous la porte, on a mis des serviettes mouillées", "Yasmina Belkacem", "raconte", v="name"),
     Q(I, "les détecteurs de fumée « ne fonctionnaient plus depuis des mois »", None, "affirme"),
     Q(D, "ne fonctionnaient plus depuis des mois", None, "affirme"),
     Q(D, "Les détecteurs ont été contrôlés en juin dans l'ensemble de la résidence", "Renaud Pech-Sabatier", "assure", v="name"),
     Q(I, "« toute la transparence » sur l'entretien de l'immeuble", "Renaud Pech-Sabatier", "promet", opt=True),
     Q(D, "toute la transparence", "Renaud Pech-Sabatier", "promet", v="pron"),
     Q(I, "les premières constatations « orientent vers un départ de feu accidentel, probablement lié à un appareil de chauffage d'appoint »", "procureur de la République de Toulouse", "Selon"),
     Q(D, "orientent vers un départ de feu accidentel, probablement lié à un appareil de chauffage d'appoint", "procureur de la République de Toulouse", "Selon", v="func"),
     Q(I, "Une autopsie sera pratiquée mardi", "procureur de la République de Toulouse", "a-t-il ajouté"),
     Q(D, "C'est un drame pour tout le quartier. La ville prendra en charge le relogement des familles sinistrées aussi longtemps qu'il le faudra", "maire de Toulouse", "a-t-il déclaré", v="func"),
     Q(I, "Une cellule d'écoute psychologique a été ouverte au centre social de la place Abbal", "mairie", "selon"),
     Q(I, "cet incendie « rappelle que ces tours ont été oubliées »", "Mehdi Ferrand-Oukaci", "Pour"),
     Q(D, "rappelle que ces tours ont été oubliées", "Mehdi Ferrand-Oukaci", "Pour", v="name"),
     Q(D, "Ça fait dix ans qu'on demande une rénovation. On a eu des promesses, des maquettes, des réunions. Et ce soir, une voisine est morte", "Mehdi Ferrand-Oukaci", "s'indigne-t-il", v="pron")],
    [("Actualité >", "> Toulouse"), ("Lire aussi |", "prend encore du retard")])


if __name__ == "__main__":
    main(SPEC, HERE)
