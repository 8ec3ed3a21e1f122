#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written17 with exact offsets.

    python3 tests/gold/written17/make_gold.py          # write NAME.json, check
    python3 tests/gold/written17/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written17/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set:
live pages and spoken news) are given below as strings, per
../shared/docs/ANNOTATION.md and the conventions of README.md (which follows
tests/gold/written*/README.md). The machinery (offsets, checks, self-score,
--check/--show) is tests/gold/goldspec.py. v says how a reader finds the
speaker of a scored direct quote: name, pron (pronoun), role (role noun or
description standing for a named person, or a headline repeating body
words), func (a person known only by function or relation), inst
(institution, body, group, or a capital standing for a state).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_direct_sommet_ue"] = (
    [E("Vingt-Sept", "MISC", opt=True), E("Ukraine", "LOC"), E("Moscou", "LOC"), E("Conseil européen", "ORG"),
     E("Bruxelles", "LOC"), E("Maëlys Oyarzabal-Kerouac", "PER"), E("Kremlin", "ORG"), E("Russie", "LOC"),
     E("Élysée", "ORG"), E("Aurélija Vaitkutė-Brennan", "PER"), E("Commission européenne", "ORG"),
     E("Commission", "ORG", "Commission européenne"), E("Budapest", "LOC"), E("Hongrie", "LOC"),
     E("Varsovie", "LOC"), E("Kiev", "LOC"), E("Joachim Van Overstraeten", "PER"), E("Renew Europe", "ORG"),
     E("Parlement européen", "ORG"), E("Ségolène Ahouansou-Tremblay", "PER"),
     E("X", "ORG", only=[0]), E("X", "ORG", opt=True, only=[1]),
     E("Facebook", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "une provocation", "Moscou", "dénonce", nth=0, v="inst"),
     Q(D, "Nous avons encore deux heures pour trouver un accord, pas plus", None, "a glissé"),
     Q(D, "une provocation", "Moscou", "dénonce", nth=1, v="inst"),
     Q(D, "une provocation délibérée de Bruxelles", "Moscou", "a dénoncé", v="inst"),
     Q(I, "« une provocation délibérée de Bruxelles »", "Moscou", "a dénoncé", opt=True),
     Q(I, "le nouveau paquet de sanctions « ne restera pas sans réponse »", "Moscou", "estimant"),
     Q(D, "ne restera pas sans réponse", "Moscou", "estimant", v="inst"),
     Q(I, "la Russie « n'a jamais cédé au chantage »", "Kremlin", "a ajouté"),
     Q(D, "n'a jamais cédé au chantage", "Kremlin", "a ajouté", v="inst"),
     Q(I, "le président de la République a eu « un long entretien » avec le Premier ministre hongrois en marge des travaux", "Élysée", "fait savoir"),
     Q(D, "un long entretien", "Élysée", "fait savoir", v="inst"),
     Q(I, "un compromis sur le calendrier des versements « reste à portée de main »", None, "Selon"),
     Q(D, "reste à portée de main", None, "Selon"),
     Q(D, "Le texte est prêt à 90 %", "Aurélija Vaitkutė-Brennan", None, v="role"),
     Q(D, "le texte est prêt à 90 %", "Aurélija Vaitkutė-Brennan", "a assuré", v="name"),
     Q(D, "Il manque une signature, peut-être deux", "Aurélija Vaitkutė-Brennan", "a-t-elle ajouté", v="pron"),
     Q(I, "son pays ne signerait « aucun chèque en blanc »", "chef de la diplomatie hongroise", "a expliqué"),
     Q(D, "aucun chèque en blanc", "chef de la diplomatie hongroise", "a expliqué", v="func"),
     Q(I, "les garanties proposées par la Commission étaient « très insuffisantes »", "chef de la diplomatie hongroise", "a jugé"),
     Q(D, "très insuffisantes", "chef de la diplomatie hongroise", "a jugé", v="pron"),
     Q(D, "Nous ne céderons pas", "Premier ministre polonais", "prévient", nth=0, v="func"),
     Q(D, "Nous ne céderons pas à ceux qui veulent affamer l'Ukraine. Pas aujourd'hui, pas demain.", "Premier ministre polonais", None, v="func"),
     Q(D, "des actes", "Kiev", "attend", nth=0, opt=True),
     Q(D, "des actes, pas des communiqués", "ministre ukrainien des Affaires étrangères", "a réclamé", v="func"),
     Q(I, "« des actes, pas des communiqués »", "ministre ukrainien des Affaires étrangères", "a réclamé", opt=True),
     Q(I, "les premiers versements devraient intervenir avant la fin janvier", "présidence ukrainienne", "Selon"),
     Q(I, "le Parlement européen « a fait sa part du travail »", "Joachim Van Overstraeten", "estime"),
     Q(D, "a fait sa part du travail", "Joachim Van Overstraeten", "estime", v="name"),
     Q(I, "les États membres « jouent avec le feu »", "Joachim Van Overstraeten", "Pour"),
     Q(D, "jouent avec le feu", "Joachim Van Overstraeten", "Pour", v="pron"),
     Q(D, "un spectacle consternant", "Ségolène Ahouansou-Tremblay", "a dénoncé", v="name"),
     Q(I, "« un spectacle consternant »", "Ségolène Ahouansou-Tremblay", "a dénoncé", opt=True)],
    [("International", "International"), ("Partager : Facebook", "LinkedIn"), ("Lire aussi", "nouveau paquet")])


# ---------------------------------------------------------------- 02
SPEC["02_conference_parquet"] = (
    [E("Drôme", "LOC"), E("Valence", "LOC"), E("Tristan Oudéa-Mirabel", "PER"), E("Ghislain Ravanel-Mbeki", "PER"),
     E("Ardèche", "LOC"), E("Inès Haddad-Larcher", "PER"), E("Grenoble", "LOC"),
     E("Fontbarlettes Solidaire", "ORG"), E("Fontbarlettes", "LOC"), E("Anselme Nkoulou-Verdier", "PER"),
     E("France", "LOC"), E("Le Dauphiné Libéré", "ORG")],
    [
     Q(D, "un réseau organisé comme une entreprise", "parquet", "selon", opt=True),
     Q(D, "Ce réseau était organisé comme une entreprise, avec ses guetteurs, ses livreurs, ses comptables et même un service après-vente", "procureure de la République de Valence", "a-t-elle résumé", v="pron"),
     Q(I, "le chiffre d'affaires du trafic dépassait 40 000 euros par jour", "procureure de la République de Valence", "Selon"),
     Q(D, "Nous avons frappé en même temps sur onze sites, dont deux dans l'Ardèche. Personne n'a eu le temps de prévenir personne.", "Ghislain Ravanel-Mbeki", None, v="name"),
     Q(I, "17 kilos de résine de cannabis et trois armes de poing avaient été saisis", "Ghislain Ravanel-Mbeki", "a précisé"),
     Q(I, "l'enquête « n'aurait jamais abouti sans les écoutes »", "Inès Haddad-Larcher", "Pour"),
     Q(D, "n'aurait jamais abouti sans les écoutes", "Inès Haddad-Larcher", "Pour", v="name"),
     Q(D, "un travail de fourmi", "Inès Haddad-Larcher", "a salué", v="role"),
     Q(I, "« un travail de fourmi » de ses équipes, qui ont identifié le chef présumé du réseau, un homme de 34 ans déjà condamné à deux reprises", "Inès Haddad-Larcher", "a salué", opt=True),
     Q(D, "aucun élément ne permet à ce stade de mettre en cause un fonctionnaire", "procureure de la République de Valence", "a répondu", v="func"),
     Q(D, "L'enquête continue. Je ne vous dirai rien de plus aujourd'hui.", "procureure de la République de Valence", None, v="pron"),
     Q(D, "soulagement", "maire de Valence", "a dit", v="func"),
     Q(I, "son « soulagement »", "maire de Valence", "a dit", opt=True),
     Q(D, "Les habitants du quartier de Fontbarlettes vivaient sous la menace depuis des années", "maire de Valence", "a insisté", v="role"),
     Q(I, "la présence policière serait renforcée « jusqu'à la fin de l'année » dans les quartiers concernés", "préfecture de la Drôme", "a indiqué"),
     Q(D, "jusqu'à la fin de l'année", "préfecture de la Drôme", "a indiqué", v="inst"),
     Q(I, "les familles attendent surtout « que les points de deal ne rouvrent pas dans trois semaines »", "Fontbarlettes Solidaire", "D'après"),
     Q(D, "que les points de deal ne rouvrent pas dans trois semaines", "Fontbarlettes Solidaire", "D'après", v="inst"),
     Q(D, "On a déjà vu ça en 2023. Deux mois après, tout était revenu.", "Anselme Nkoulou-Verdier", None, v="name")],
    [("Accueil > Drôme", "Faits divers"), ("Lire aussi", "en France"), ("Photo : la conférence", "Tristan Oudéa-Mirabel")])


# ---------------------------------------------------------------- 03
SPEC["03_radio_transporteurs"] = (
    [E("UTI", "ORG", "Union des transporteurs indépendants"), E("France Inter", "ORG"),
     E("Union des transporteurs indépendants", "ORG"), E("Bérénice Adjovi-Lamarre", "PER"),
     E("Noël", "MISC", opt=True), E("Ludovic Scarpetta-Orsoni", "PER"), E("Français", "MISC"),
     E("Matignon", "ORG"), E("X", "ORG"), E("Fédération nationale des transports routiers", "ORG"),
     E("FNTR", "ORG", "Fédération nationale des transports routiers"), E("Hervé-Loïc Dumarsais", "PER"),
     E("Le Parisien", "ORG"), E("Katarzyna Wróblewska-Fabre", "PER"), E("OFCE", "ORG")],
    [
     Q(D, "On ne roulera pas à perte", "Bérénice Adjovi-Lamarre", "prévient", nth=0, v="role"),
     Q(I, "bloquer les dépôts pétroliers avant Noël", "Bérénice Adjovi-Lamarre", "a menacé", opt=True),
     Q(I, "le gouvernement « se moque des petites entreprises »", "Bérénice Adjovi-Lamarre", "a estimé"),
     Q(D, "se moque des petites entreprises", "Bérénice Adjovi-Lamarre", "a estimé", v="name"),
     Q(I, "4 000 sociétés de transport routier pourraient déposer le bilan d'ici au printemps", "Bérénice Adjovi-Lamarre", "affirme"),
     Q(D, "On ne roulera pas à perte. Si rien ne bouge d'ici vendredi, nos camions iront là où ça fait mal", "Bérénice Adjovi-Lamarre", "a-t-elle lancé", v="pron"),
     Q(I, "une aide de 300 millions est déjà sur la table", "ministre des Transports", "dit"),
     Q(D, "irresponsables", "ministre des Transports", "a jugé", v="func"),
     Q(I, "ces menaces « irresponsables »", "ministre des Transports", "a jugé", opt=True),
     Q(D, "la porte du ministère reste ouverte", "ministre des Transports", "rappelé", v="func"),
     Q(I, "une réunion avec les organisations professionnelles est prévue jeudi", "cabinet du ministre des Transports", "Selon"),
     Q(D, "Nous comprenons la colère, mais bloquer les dépôts, c'est se tirer une balle dans le pied", "Hervé-Loïc Dumarsais", "a réagi", v="name"),
     Q(I, "la hausse du gazole « n'explique qu'une partie des difficultés » du secteur, qui souffre surtout d'une concurrence étrangère à bas coût", "Katarzyna Wróblewska-Fabre", "Pour"),
     Q(D, "n'explique qu'une partie des difficultés", "Katarzyna Wróblewska-Fabre", "Pour", v="name"),
     Q(I, "ne pas craindre l'impopularité", "Bérénice Adjovi-Lamarre", "assure"),
     Q(D, "Les gens nous soutenaient en 2018. Ils nous soutiendront encore", "Bérénice Adjovi-Lamarre", "a-t-elle conclu", v="pron")],
    [("Économie", "Économie"), ("Mots-clés", "France Inter")])


# ---------------------------------------------------------------- 04
SPEC["04_qag_urgences"] = (
    [E("Palais-Bourbon", "LOC", opt=True), E("Santé", "ORG", opt=True), E("Clémence Ouattara-Villiers", "PER"),
     E("Seine-Saint-Denis", "LOC"), E("Nadia Belkacem-Rousseau", "PER"), E("La France insoumise", "ORG"),
     E("Les Républicains", "ORG"), E("Cantal", "LOC"), E("Aurélien de Chabannes-Roux", "PER"),
     E("Massif central", "LOC"), E("Rassemblement national", "ORG"), E("Pas-de-Calais", "LOC"),
     E("Ludivine Marchetti", "PER"), E("Renaissance", "ORG"), E("Timothée Van Hecke", "PER"),
     E("Assemblée", "ORG", "Assemblée nationale", opt=True), E("Jean-Baptiste Oyono-Mertens", "PER"),
     E("Français", "MISC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "Madame la ministre, dans ces villes, une femme qui accouche la nuit doit faire une heure de route. Est-ce cela, votre réforme ?", "Nadia Belkacem-Rousseau", None, v="name"),
     Q(I, "le gouvernement de « trier les patients selon leur code postal »", "Nadia Belkacem-Rousseau", "a accusé"),
     Q(D, "trier les patients selon leur code postal", "Nadia Belkacem-Rousseau", "a accusé", v="role"),
     Q(I, "aucun service ne fermerait « sans solution de remplacement »", "ministre de la Santé", "a répondu"),
     Q(D, "sans solution de remplacement", "ministre de la Santé", "a répondu", v="func"),
     Q(D, "Je ne laisserai personne dire que nous abandonnons les territoires", "ministre de la Santé", "a-t-elle ajouté", v="pron"),
     Q(I, "les fermetures annoncées dans le Massif central sont « une faute politique majeure »", "Aurélien de Chabannes-Roux", "Pour"),
     Q(D, "une faute politique majeure", "Aurélien de Chabannes-Roux", "Pour", v="pron"),
     Q(I, "au gouvernement de suspendre le plan jusqu'à l'été", "Aurélien de Chabannes-Roux", "a demandé"),
     Q(D, "compréhensible", "ministre de la Santé", "a jugé", v="func"),
     Q(I, "cette demande « compréhensible »", "ministre de la Santé", "a jugé", opt=True),
     Q(D, "Le gouvernement assume ses choix. Nous préférons des urgences ouvertes le jour et sûres plutôt que des portes ouvertes sans médecin derrière", "Premier ministre", "a déclaré", v="func"),
     Q(D, "méprisante", "Ludivine Marchetti", "jugée", v="role"),
     Q(I, "6 000 postes avaient été créés depuis janvier", "ministre de la Santé", "rappeler"),
     Q(D, "Vous mentez aux Français.", "Jean-Baptiste Oyono-Mertens", "a lancé", v="name"),
     Q(I, "les chiffres du ministère étaient « faux »", "Jean-Baptiste Oyono-Mertens", "a maintenu"),
     Q(D, "faux", "Jean-Baptiste Oyono-Mertens", "a maintenu", v="pron"),
     Q(I, "revenir à la charge", "Nadia Belkacem-Rousseau", "promettait"),
     Q(D, "On posera la question chaque mardi jusqu'à ce qu'ils reculent.", "Nadia Belkacem-Rousseau", None, v="name")],
    [("Politique", "Politique"), ("Lire aussi", "Partager sur X")])


# ---------------------------------------------------------------- 05
SPEC["05_proces_notaire"] = (
    [E("Dinard", "LOC"), E("Saint-Malo", "LOC"), E("Anne-Gwenola Le Floc'h", "PER"),
     E("Maximilien de Kervénoaël", "PER"), E("de Kervénoaël", "PER", "Maximilien de Kervénoaël"),
     E("Rozenn Guével-Abiola", "PER"), E("Saint-Briac", "LOC"), E("Friedrich Oosterhuis", "PER"),
     E("Solveig Andrianarivo", "PER"), E("Ille-et-Vilaine", "LOC"), E("Tiago Ferreira-Lopes", "PER")],
    [
     Q(D, "Il a volé la maison de ma mère", "Rozenn Guével-Abiola", None, nth=0, v="role"),
     Q(I, "tout détournement", "Maximilien de Kervénoaël", "nie", opt=True),
     Q(I, "il aurait détourné 2,4 millions d'euros confiés par une quarantaine de clients entre 2017 et 2023", "accusation", "Selon"),
     Q(D, "Il a volé la maison de ma mère. Elle est morte sans savoir où était passé l'argent", "Rozenn Guével-Abiola", "lâche-t-elle", v="pron"),
     Q(I, "si elle a revu le notaire depuis", "président du tribunal", "demande"),
     Q(D, "Une fois, au marché. Il m'a souri", "Rozenn Guével-Abiola", "répond", v="role"),
     Q(I, "avoir versé 310 000 euros pour l'achat d'un appartement « qui n'a jamais existé »", "Friedrich Oosterhuis", "raconte"),
     Q(D, "qui n'a jamais existé", "Friedrich Oosterhuis", "raconte", v="role"),
     Q(D, "Je lui faisais confiance comme à un frère", "Friedrich Oosterhuis", "dit-il", v="pron"),
     Q(D, "Monsieur de Kervénoaël, où est l'argent ?", "président du tribunal", None, v="func"),
     Q(I, "il a « toujours eu l'intention de rembourser »", "Maximilien de Kervénoaël", "assure"),
     Q(D, "toujours eu l'intention de rembourser", "Maximilien de Kervénoaël", "assure", v="role"),
     Q(I, "placements « qui ont mal tourné »", "Maximilien de Kervénoaël", "parle de", opt=True),
     Q(D, "qui ont mal tourné", "Maximilien de Kervénoaël", "parle de", v="role"),
     Q(D, "erreurs de gestion", "Maximilien de Kervénoaël", "reconnaît", v="pron"),
     Q(I, "des « erreurs de gestion », pas de vol", "Maximilien de Kervénoaël", "reconnaît", opt=True),
     Q(I, "la chambre des notaires d'Ille-et-Vilaine « savait depuis 2020 et n'a rien fait »", "Solveig Andrianarivo", "Pour"),
     Q(D, "savait depuis 2020 et n'a rien fait", "Solveig Andrianarivo", "Pour", v="role"),
     Q(D, "On juge un homme seul alors que tout un système a fermé les yeux", "Solveig Andrianarivo", "a-t-elle plaidé", v="pron"),
     Q(D, "indécente", "Tiago Ferreira-Lopes", "a dénoncé", v="name"),
     Q(I, "une défense « indécente »", "Tiago Ferreira-Lopes", "a dénoncé", opt=True),
     Q(D, "Mes clients n'ont pas perdu des placements. Ils ont perdu leur retraite, leur maison, parfois leur santé", "Tiago Ferreira-Lopes", "a insisté", v="role"),
     Q(I, "des alertes avaient été reçues dès 2021", None, "a reconnu"),
     Q(D, "Qu'il aille en prison ou pas, ma mère ne reviendra pas.", "Rozenn Guével-Abiola", None, v="name")],
    [("JUSTICE", "JUSTICE"), ("Tags :", "Notaires")])


# ---------------------------------------------------------------- 06
SPEC["06_zone_mixte_lens"] = (
    [E("LIGUE 1", "MISC", opt=True), E("Lens", "ORG", opt=True, only=[0]), E("Lens", "LOC", only=[1]),
     E("Nantes", "ORG", opt=True, only=[0]), E("Nantes", "LOC", only=[1]),
     E("Diakhaby-Fontaine", "PER", "Oumar Diakhaby-Fontaine"), E("Oumar Diakhaby-Fontaine", "PER"),
     E("Bollaert", "LOC"), E("Gaëtan Mbarga-Lefranc", "PER"), E("Canaris", "ORG", opt=True),
     E("Kasper Lindqvist", "PER"), E("Lindqvist", "PER", "Kasper Lindqvist"), E("Suédois", "MISC"),
     E("Enzo Dal Molin", "PER"), E("Ligue 1", "MISC", opt=True), E("Yanis Aït-Bouzid", "PER"),
     E("FC Nantes", "ORG"), E("Brest", "ORG", opt=True), E("RC Lens", "ORG"), E("Monaco", "LOC", opt=True),
     E("LENS", "ORG", opt=True), E("Kowalczyk", "PER"), E("Rabearivelo", "PER"), E("Da Cunha-Moreau", "PER"),
     E("Iversen", "PER"), E("Tshimanga", "PER")],
    [
     Q(D, "On a laissé filer deux points", "Oumar Diakhaby-Fontaine", "regrette", nth=0, v="name"),
     Q(D, "On a laissé filer deux points. À 2-0, on doit tuer le match, on s'est mis à gérer et on l'a payé.", "Oumar Diakhaby-Fontaine", None, v="name"),
     Q(I, 'l\'équipe avait "arrêté de presser" après l\'heure de jeu', "Oumar Diakhaby-Fontaine", "a reconnu"),
     Q(D, "arrêté de presser", "Oumar Diakhaby-Fontaine", "a reconnu", v="role"),
     Q(D, "Je prends ma part. J'ai fait des changements qui n'ont pas marché", "entraîneur lensois", "a admis", v="func"),
     Q(I, "l'arbitre aurait dû siffler un penalty sur Kasper Lindqvist à la 80e minute", "entraîneur lensois", "Selon"),
     Q(D, "Je l'ai revu trois fois sur la tablette. Il y a faute, il n'y a pas de débat.", "entraîneur lensois", None, v="pron"),
     Q(D, "Il me touche, oui. Est-ce que c'est suffisant ? Je ne sais pas. Je ne suis pas arbitre", "Kasper Lindqvist", "a glissé", v="role"),
     Q(D, "soirée de fou", "Enzo Dal Molin", "parlait", v="name"),
     Q(I, 'une "soirée de fou"', "Enzo Dal Molin", "parlait", opt=True),
     Q(D, 'Le coach m\'a dit : "Va leur faire mal." J\'ai essayé de le faire', "Enzo Dal Molin", "a raconté", v="role"),
     Q(D, "Va leur faire mal.", "entraîneur nantais", "m'a dit", v="func"),
     Q(I, 'ce point "vaut une victoire" au regard du scénario', "entraîneur nantais", "Pour"),
     Q(D, "vaut une victoire", "entraîneur nantais", "Pour", v="func"),
     Q(I, 'son équipe avait "montré du caractère", une qualité qui lui "manquait cruellement" en début de saison', "entraîneur nantais", "a expliqué"),
     Q(D, "montré du caractère", "entraîneur nantais", "a expliqué", v="pron"),
     Q(D, "manquait cruellement", "entraîneur nantais", "a expliqué", v="pron"),
     Q(D, "À la mi-temps, je leur ai demandé s'ils voulaient rentrer à Nantes avec la honte. Ils m'ont répondu sur le terrain", "entraîneur nantais", "a ajouté", v="func"),
     Q(D, "On n'a pas gagné, on a évité de perdre. Ce n'est pas pareil.", "Yanis Aït-Bouzid", None, v="name"),
     Q(I, 'le FC Nantes devrait "faire beaucoup mieux" mercredi contre Brest', "Yanis Aït-Bouzid", "a prévenu"),
     Q(D, "faire beaucoup mieux", "Yanis Aït-Bouzid", "a prévenu", v="role")],
    [("FOOTBALL > LIGUE 1", "15E JOURNÉE"), ("Réagir (12", "commentaires)")])


# ---------------------------------------------------------------- 07
SPEC["07_soiree_electorale"] = (
    [E("Isère", "LOC"), E("Hélène Ravoux-Diallo", "PER"), E("RN", "ORG", "Rassemblement national"),
     E("Yannick Le Guénnec", "PER"), E("Flavia Costa-Berthier", "PER"), E("Conseil constitutionnel", "ORG"),
     E("Rassemblement national", "ORG"), E("Dorian Vasseur-Kaminski", "PER"), E("Voiron", "LOC"),
     E("Voreppe", "LOC"), E("Assemblée nationale", "ORG"), E("PS", "ORG"), E("France Bleu Isère", "ORG"),
     E("Renaissance", "ORG"), E("Baptiste Okonkwo-Martel", "PER"), E("Les Républicains", "ORG"),
     E("Républicains", "ORG", "Les Républicains"), E("Marie-Amélie Tessier-Diop", "PER"), E("Grenoble", "LOC"),
     E("Newsletter Politique", "MISC", opt=True)],
    [
     Q(D, "des irrégularités", "Rassemblement national", "dénonce", nth=0, opt=True),
     Q(I, "il déposerait un recours", "Dorian Vasseur-Kaminski", "a annoncé"),
     Q(D, "Dans au moins quatre bureaux, les procurations n'ont pas été contrôlées. Nous irons jusqu'au bout", "Dorian Vasseur-Kaminski", "a-t-il déclaré", v="pron"),
     Q(D, "des irrégularités graves", "directeur de campagne de Dorian Vasseur-Kaminski", "évoque", v="func"),
     Q(I, "« des irrégularités graves »", "directeur de campagne de Dorian Vasseur-Kaminski", "évoque", opt=True),
     Q(D, "Une victoire de toute la gauche", "Hélène Ravoux-Diallo", None, v="role"),
     Q(D, "C'est une victoire de toute la gauche, pas la mienne. Et c'est un avertissement pour le gouvernement", "Hélène Ravoux-Diallo", "a lancé", v="name"),
     Q(I, "siéger « dès mardi » à l'Assemblée nationale", "Hélène Ravoux-Diallo", "a promis"),
     Q(D, "dès mardi", "Hélène Ravoux-Diallo", "a promis", v="role"),
     Q(I, "Hélène Ravoux-Diallo (PS) obtient 50,3 % des suffrages exprimés contre 49,7 % pour Dorian Vasseur-Kaminski (RN)", "préfecture de l'Isère", "Selon"),
     Q(I, "le résultat était « un mauvais signal »", "Baptiste Okonkwo-Martel", "a reconnu"),
     Q(D, "un mauvais signal", "Baptiste Okonkwo-Martel", "a reconnu", v="name"),
     Q(D, "On n'a pas su parler aux gens de la vallée", "Baptiste Okonkwo-Martel", "admet-il", v="pron"),
     Q(D, "barrage", "Les Républicains", "se félicite", v="inst"),
     Q(I, "ne pas voter RN", "Les Républicains", "avaient appelé"),
     Q(I, "avoir « fait leur devoir »", "Les Républicains", "estiment"),
     Q(D, "fait leur devoir", "Les Républicains", "estiment", v="inst"),
     Q(D, "la droite républicaine a été décisive", "Marie-Amélie Tessier-Diop", "juge", v="name"),
     Q(I, "les deux candidats sont au coude-à-coude", None, "D'après", opt=True)],
    [("Lire aussi", "l'exécutif"), ("Newsletter Politique", "l'essentiel")])


# ---------------------------------------------------------------- 08
SPEC["08_direct_agriculteurs"] = (
    [E("Occitanie", "LOC", only=[0]), E("Occitanie", "LOC", opt=True, only=[1]), E("A64", "LOC", opt=True),
     E("Matignon", "ORG"), E("Toulouse", "LOC"), E("Tarbes", "LOC"),
     E("ministère de l'Agriculture", "ORG", opt=True), E("Agriculture", "ORG", opt=True),
     E("FDSEA de la Haute-Garonne", "ORG", opt=True), E("Haute-Garonne", "LOC"), E("Carbonne", "LOC"),
     E("Jean-Ulrich Sarrabayrouse", "PER"), E("Coordination rurale", "ORG"), E("Maïwenn Etxeberria-Pons", "PER"),
     E("Gers", "LOC"), E("Vinci Autoroutes", "ORG"), E("D817", "LOC", opt=True), E("Muret", "LOC"),
     E("Martres-Tolosane", "LOC"), E("Loïc Dutheil-Ramírez", "PER"), E("Rieumes", "LOC"), E("Séverine", "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "sous huit jours", "Matignon", "promet", nth=0, v="inst"),
     Q(I, "le ministre se rendra jeudi en Haute-Garonne", "ministère de l\u2019Agriculture", "confirme"),
     Q(D, "Il viendra écouter, pas faire de promesses qu'il ne pourra pas tenir", None, "précise"),
     Q(I, "des annonces seraient faites « sous huit jours » sur les normes environnementales et les prix du lait", "Matignon", "a fait savoir"),
     Q(D, "sous huit jours", "Matignon", "a fait savoir", nth=1, v="inst"),
     Q(D, "un paquet de mesures simples", None, "évoque"),
     Q(I, "« un paquet de mesures simples »", None, "évoque", opt=True),
     Q(D, "On ne lèvera pas le camp pour des promesses", "Jean-Ulrich Sarrabayrouse", None, nth=0, v="role"),
     Q(D, "On ne lèvera pas le camp pour des promesses. On en a eu plein l'an dernier.", "Jean-Ulrich Sarrabayrouse", "a réagi", v="name"),
     Q(I, "près de 400 tracteurs sont mobilisés ce matin", "Jean-Ulrich Sarrabayrouse", "Selon"),
     Q(I, "ses adhérents à rejoindre les blocages « partout où c'est possible »", "Coordination rurale", "appelle"),
     Q(D, "partout où c'est possible", "Coordination rurale", "appelle", v="inst"),
     Q(D, "aucune sortie de crise n'est envisageable sans un moratoire sur les importations", "Maïwenn Etxeberria-Pons", "assure", v="name"),
     Q(I, "des actions étaient prévues devant la préfecture du Gers", "Maïwenn Etxeberria-Pons", "a indiqué"),
     Q(I, "aux automobilistes d'emprunter la D817", "Vinci Autoroutes", "recommande"),
     Q(I, "L'A64 reste fermée dans les deux sens entre Muret et Martres-Tolosane", "Vinci Autoroutes", "précise"),
     Q(D, "calme", "préfecture de la Haute-Garonne", "appelle", nth=0, v="inst"),
     Q(D, "respecte le droit de manifester", "préfecture de la Haute-Garonne", None, v="inst"),
     Q(D, "calme", "préfecture de la Haute-Garonne", "appelle", nth=1, v="inst"),
     Q(I, "au « calme » après des dégradations au péage de Muret dans la nuit", "préfecture de la Haute-Garonne", "appelle", opt=True),
     Q(D, "la ligne rouge a été franchie", "préfet de la Haute-Garonne", "a estimé", v="func"),
     Q(I, "le dépôt d'une plainte", "préfet de la Haute-Garonne", "a annoncé", opt=True),
     Q(D, "J'ai 27 ans, je fais ce métier depuis six ans, et je n'ai jamais gagné un smic", "Loïc Dutheil-Ramírez", "confie", v="name"),
     Q(D, "Si on ne se bat pas maintenant, on n'aura plus de ferme dans cinq ans.", "Séverine", "approuve", v="name")],
    [("Régions > Occitanie", "Occitanie"), ("Ce direct est terminé", "WhatsApp")])


# ---------------------------------------------------------------- 09
SPEC["09_interview_tele_pdg"] = (
    [E("Aéralis", "ORG"), E("BFMTV", "ORG"), E("Gonzague Le Bihan-Nakamura", "PER"),
     E("Le Bihan-Nakamura", "PER", "Gonzague Le Bihan-Nakamura"), E("Apolline Ngata-Sorensen", "PER"),
     E("Syndicat national des pilotes régionaux", "ORG"), E("SNPR", "ORG", "Syndicat national des pilotes régionaux"),
     E("Radoslav Kerhervé", "PER"), E("Transports", "ORG", opt=True), E("Rennes", "LOC"), E("Nice", "LOC"),
     E("Ophélie Garnier-Tchakarov", "PER")],
    [
     Q(D, "Je ne céderai pas au chantage", "Gonzague Le Bihan-Nakamura", "assure", nth=0, v="role"),
     Q(I, "toute hausse de salaire supplémentaire", "Gonzague Le Bihan-Nakamura", "a exclu", opt=True),
     Q(D, "provocation", "syndicats", "parlent de", v="inst"),
     Q(I, "« provocation »", "syndicats", "parlent de", opt=True),
     Q(D, "Monsieur Le Bihan-Nakamura, 140 vols annulés depuis jeudi, des milliers de passagers bloqués. Ne faut-il pas négocier ?", "Apolline Ngata-Sorensen", "lui demande", v="role"),
     Q(D, "Nous avons négocié pendant six mois. Les pilotes ont obtenu 7 % en deux ans. Je ne céderai pas au chantage", "Gonzague Le Bihan-Nakamura", "répond", v="role"),
     Q(D, "Les pilotes disent que vous méprisez les salariés…", "Apolline Ngata-Sorensen", "relance", v="role"),
     Q(D, "C'est faux. Je respecte mes salariés. Mais je dois aussi respecter nos clients et nos comptes.", "Gonzague Le Bihan-Nakamura", None, v="role"),
     Q(I, "la compagnie « respecterait strictement le droit du travail »", "Gonzague Le Bihan-Nakamura", "a affirmé"),
     Q(D, "respecterait strictement le droit du travail", "Gonzague Le Bihan-Nakamura", "a affirmé", v="role"),
     Q(I, "la grève coûtait « environ deux millions d'euros par jour » à l'entreprise", "Gonzague Le Bihan-Nakamura", "a reconnu"),
     Q(D, "environ deux millions d'euros par jour", "Gonzague Le Bihan-Nakamura", "a reconnu", v="pron"),
     Q(D, "Monsieur Le Bihan-Nakamura parle de chantage. Le vrai chantage, c'est de menacer de délocaliser nos postes", "Radoslav Kerhervé", "a répliqué", v="name"),
     Q(I, "le mouvement était reconduit jusqu'à mercredi au moins", "Syndicat national des pilotes régionaux", "a annoncé"),
     Q(I, "les deux parties « à reprendre le dialogue sans délai »", "ministre chargé des Transports", "a appelé"),
     Q(D, "à reprendre le dialogue sans délai", "ministre chargé des Transports", "a appelé", v="func"),
     Q(I, "un médiateur pourrait être nommé dès lundi", "ministère des Transports", "Selon"),
     Q(D, "J'ai raté l'enterrement de mon oncle à Nice. Qu'ils se battent entre eux, mais pas sur notre dos", "Ophélie Garnier-Tchakarov", "peste", v="name")],
    [("Lire aussi", "tendue"), ("Vidéo : l'intégralité", "BFMTV")])


# ---------------------------------------------------------------- 10
SPEC["10_conference_cyberattaque"] = (
    [E("CHU de Reims", "ORG"), E("ARS", "ORG", "Agence régionale de santé"), E("Salomé Vercauteren-Obiang", "PER"),
     E("Aude-Marine Kersauson", "PER"), E("Agence régionale de santé", "ORG"), E("Grand Est", "LOC"),
     E("Châlons-en-Champagne", "LOC"), E("Épernay", "LOC"), E("Florimond Achterberg", "PER"), E("Marne", "LOC"),
     E("Agence nationale de la sécurité des systèmes d'information", "ORG"),
     E("Anssi", "ORG", "Agence nationale de la sécurité des systèmes d'information"), E("Paris", "LOC"),
     E("CGT", "ORG"), E("Évariste Mouanda-Lecoq", "PER")],
    [
     Q(D, "Aucune donnée de patient n'a été publiée", "direction", "affirme", opt=True),
     Q(D, "Nous avons reporté 412 opérations depuis jeudi. Chacune de ces opérations, c'est un patient qui attend.", "Aude-Marine Kersauson", None, v="name"),
     Q(I, "les pirates réclament une rançon de trois millions d'euros en cryptomonnaie", "Aude-Marine Kersauson", "Selon"),
     Q(D, "Nous ne paierons pas. C'est la doctrine de l'État et c'est aussi ma conviction", "Aude-Marine Kersauson", "a-t-elle martelé", v="pron"),
     Q(I, "aucune donnée de patient n'avait été publiée à ce stade", "Aude-Marine Kersauson", "a assuré"),
     Q(I, "quarante patients avaient été transférés vers les hôpitaux de Châlons-en-Champagne et d'Épernay", "directeur général de l'ARS Grand Est", "a annoncé"),
     Q(D, "La continuité des soins est assurée. Personne n'a été mis en danger", "directeur général de l'ARS Grand Est", "a-t-il insisté", v="pron"),
     Q(D, "épuisées", "Florimond Achterberg", "a décrit", v="role"),
     Q(D, "au papier et au crayon, comme en 1985", "Florimond Achterberg", "a décrit", v="role"),
     Q(I, "des équipes “épuisées” qui travaillent “au papier et au crayon, comme en 1985”", "Florimond Achterberg", "a décrit", opt=True),
     Q(D, "Mes infirmières recopient les prescriptions à la main. On tient, mais on ne tiendra pas un mois", "Florimond Achterberg", "a confié", v="role"),
     Q(I, "l'attaque est “d'une gravité exceptionnelle”", "préfète de la Marne", "Pour"),
     Q(D, "d'une gravité exceptionnelle", "préfète de la Marne", "Pour", v="func"),
     Q(I, "une cellule de crise restait activée jour et nuit", "préfète de la Marne", "a indiqué"),
     Q(I, "le groupe de pirates serait lié à une attaque menée l'an dernier contre un hôpital belge", None, "D'après"),
     Q(D, "On nous dit que tout va bien. Venez voir à 3 heures du matin.", "Évariste Mouanda-Lecoq", "résumait", v="name")],
    [("Santé", "Santé"), ("Lire aussi", "deux ans")])


# ---------------------------------------------------------------- 11
SPEC["11_direct_otages"] = (
    [E("Niger", "LOC"), E("Léonie Abassi-Courtois", "PER"), E("Matthias Oberholzer", "PER"), E("Agadez", "LOC"),
     E("Villacoublay", "LOC"), E("Niamey", "LOC"), E("armée de l'Air", "ORG", opt=True),
     E("ministère des Armées", "ORG", opt=True), E("Quai d'Orsay", "ORG"), E("Terres du Sahel", "ORG"),
     E("Sahel", "LOC"), E("Karim Abassi", "PER"), E("Ansgar Duvivier-Mensah", "PER"), E("Paris", "LOC"),
     E("Élysée", "ORG"), E("Français", "MISC"), E("X", "ORG"), E("Tahoua", "LOC"), E("AFP", "ORG"),
     E("Lausanne", "LOC"), E("Facebook", "ORG", opt=True), E("Instagram", "ORG", opt=True)],
    [
     Q(I, "L'appareil de l'armée de l'Air transportant les deux ex-otages a quitté Niamey à 21h50", "ministère des Armées", "selon"),
     Q(D, "remercie chaleureusement les autorités nigériennes pour leur rôle décisif", "Quai d'Orsay", None, v="inst"),
     Q(I, "aucune contrepartie n'a été accordée aux ravisseurs", "Quai d'Orsay", "précise"),
     Q(D, "Elle a la voix fatiguée, mais elle rit", "Karim Abassi", None, nth=0, v="role"),
     Q(D, "Elle a la voix fatiguée, mais elle rit. Elle m'a demandé des nouvelles du chien avant de demander des nouvelles de la famille", "Karim Abassi", "raconte-t-il", v="pron"),
     Q(D, "soulagée", "Terres du Sahel", None, nth=0, v="inst"),
     Q(D, "profondément soulagée", "Terres du Sahel", "se dit", v="inst"),
     Q(I, "l'équipe n'avait « jamais cessé d'y croire »", "Ansgar Duvivier-Mensah", "a expliqué"),
     Q(D, "jamais cessé d'y croire", "Ansgar Duvivier-Mensah", "a expliqué", v="name"),
     Q(I, "l'organisation suspendait toutes ses missions dans la région d'Agadez « jusqu'à nouvel ordre »", "Ansgar Duvivier-Mensah", "a annoncé"),
     Q(D, "jusqu'à nouvel ordre", "Ansgar Duvivier-Mensah", "a annoncé", v="pron"),
     Q(D, "opération de renseignement", "Niamey", "parle", nth=0, opt=True),
     Q(I, "la libération est le fruit d'une « opération de renseignement de plusieurs mois »", "télévision d'État nigérienne", "Selon"),
     Q(D, "opération de renseignement de plusieurs mois", "télévision d'État nigérienne", "Selon", v="inst"),
     Q(D, "coopération exemplaire", "ministre nigérien de l'Intérieur", "a salué", v="func"),
     Q(I, "la « coopération exemplaire » avec Paris", "ministre nigérien de l'Intérieur", "a salué", opt=True),
     Q(I, "la libération des deux Français", "Élysée", "a confirmé", opt=True),
     Q(I, "Le président de la République « partage le bonheur des familles » et « salue l'engagement de tous ceux qui ont permis ce dénouement »", "Élysée", "indique"),
     Q(D, "partage le bonheur des familles", "Élysée", "indique", v="inst"),
     Q(D, "salue l'engagement de tous ceux qui ont permis ce dénouement", "Élysée", "indique", v="inst"),
     Q(I, "les deux otages ont été libérés « en bonne santé » dans la région de Tahoua", None, "affirme"),
     Q(D, "en bonne santé", None, "affirme"),
     Q(D, "Je veux d'abord l'entendre, le voir, le toucher. Ensuite je parlerai.", "mère de Matthias Oberholzer", None, v="func")],
    [("Suivez-nous", "Instagram")])


# ---------------------------------------------------------------- 12
SPEC["12_matinales_radio"] = (
    [E("France Inter", "ORG"), E("RTL", "ORG"), E("franceinfo", "ORG"), E("Europe 1", "ORG"),
     E("Océane Lindgren-Moreau", "PER"), E("Ciro Valsecchi-Dupin", "PER"), E("Bercy", "ORG"),
     E("APL", "MISC", opt=True), E("Mathilde Oyelaran-Brisset", "PER"),
     E("Fondation pour le logement des défavorisés", "ORG"),
     E("Fondation pour le logement", "ORG", "Fondation pour le logement des défavorisés"),
     E("Maïté Urrutikoetxea", "PER"), E("Hugo-Emmanuel Zaragoza-Bliss", "PER"), E("Les Républicains", "ORG"),
     E("Newsletter Politique", "MISC", opt=True)],
    [
     Q(D, "Le budget est insincère", "Ciro Valsecchi-Dupin", None, v="role"),
     Q(I, "le projet de budget était « insincère »", "Ciro Valsecchi-Dupin", "a estimé"),
     Q(D, "insincère", "Ciro Valsecchi-Dupin", "a estimé", nth=1, v="name"),
     Q(D, "On nous présente un déficit à 4,1 %. Personne à Bercy n'y croit", "Ciro Valsecchi-Dupin", "a-t-il affirmé", v="pron"),
     Q(I, "il déposerait une motion de rejet", "Ciro Valsecchi-Dupin", "a annoncé"),
     Q(D, "Deux millions de ménages vont perdre de l'argent. Vous l'assumez ?", "Mathilde Oyelaran-Brisset", None, v="role"),
     Q(D, "Personne ne perdra plus de dix euros par mois. Et les plus modestes seront gagnants.", "porte-parole du gouvernement", None, v="func"),
     Q(I, "le gouvernement était « prêt à amender le texte »", "porte-parole du gouvernement", "a ajouté"),
     Q(D, "prêt à amender le texte", "porte-parole du gouvernement", "a ajouté", v="pron"),
     Q(I, "la réforme « va faire basculer des dizaines de milliers de familles dans l'impayé »", "Maïté Urrutikoetxea", "Pour"),
     Q(D, "va faire basculer des dizaines de milliers de familles dans l'impayé", "Maïté Urrutikoetxea", "Pour", v="name"),
     Q(I, "les loyers ont augmenté de 9 % en deux ans dans les grandes villes", "Maïté Urrutikoetxea", "assure"),
     Q(D, "Le gouvernement fait des économies sur le dos des locataires", "Maïté Urrutikoetxea", "a regretté", v="role"),
     Q(I, "la gauche « n'a plus aucune crédibilité sur les finances publiques »", "Hugo-Emmanuel Zaragoza-Bliss", "Selon"),
     Q(D, "n'a plus aucune crédibilité sur les finances publiques", "Hugo-Emmanuel Zaragoza-Bliss", "Selon", v="pron"),
     Q(I, "un report de l'âge légal à 65 ans", "Hugo-Emmanuel Zaragoza-Bliss", "a plaidé pour", opt=True),
     Q(D, "C'est impopulaire, mais c'est la vérité", "Hugo-Emmanuel Zaragoza-Bliss", "a-t-il lancé", v="pron"),
     Q(D, "Je regarde tout cela de loin, et ça me va très bien", "ancien Premier ministre", "a-t-il souri", v="pron")],
    [("Médias", "Médias"), ("Lire aussi", "Newsletter Politique")])


if __name__ == "__main__":
    main(SPEC, HERE)
