#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written2 with exact offsets.

    python3 tests/gold/written2/make_gold.py          # write NAME.json, check
    python3 tests/gold/written2/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written2/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set) are
given below as strings, per ../shared/docs/ANNOTATION.md (conventions decided
for this set: README.md, which follows the decisions of
tests/gold/written/README.md). The approach is that of
tests/gold/written/make_heldout3.py. This script finds their code-point offsets, so that
text == doc[start:end] holds by construction, then checks the result the way
../shared/tools/score.py reads it (gold scored against itself must give 1.0
everywhere). It never runs presse.

Matching: a space in an annotation string matches any space the article uses
(U+0020, U+00A0, U+202F), and ' matches ' or U+2019, since some articles carry
typographic spaces and apostrophes as scraped pages do.
Entities: every whole-word occurrence of a name is annotated, longest names
first, never overlapping a longer one; `only` keeps some occurrences (0-based,
in text order) when one string has two readings. Quotes: the string must occur
once, or `nth` says which occurrence. Boilerplate: (first words, last words).
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "..", "..", "shared", "tools")
TYPES = {"PER", "LOC", "ORG", "MISC"}
MARKS = "«»“”\"‹›„"


def E(text, typ, canon=None, opt=False, only=None):
    return dict(text=text, type=typ, canon=canon or text, opt=opt, only=only)


def Q(kind, text, speaker, cue, opt=False, nth=None):
    return dict(kind=kind, text=text, speaker=speaker, cue=cue, opt=opt, nth=nth)


D, I = "direct", "indirect"

SPEC = {}

#ARTICLES

# ---------------------------------------------------------------- 01
SPEC["01_bruxelles_metro"] = (
    [E("Bruxelles", "LOC"), E("Julien Verhaegen", "PER"), E("gare du Nord", "LOC", opt=True),
     E("Parlement bruxellois", "ORG", opt=True), E("Sophie Lambrechts", "PER"),
     E("Ecolo", "ORG"), E("chaussée d'Haecht", "LOC", opt=True), E("SNCB", "ORG"),
     E("Schaerbeek", "LOC"), E("MR", "ORG"), E("Olivier Dufrasne", "PER"),
     E("Bruxellois", "MISC"), E("Nadia Bouzidi", "PER"), E("Les Engagés", "ORG"),
     E("STIB", "ORG"), E("Marc Vanderstraeten", "PER"), E("Ahmed", "PER"),
     E("Catherine Willems", "PER"), E("Commission européenne", "ORG"),
     E("Belga", "ORG"), E("Nicolas Maeterlinck", "PER"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True)],
    [Q(D, "au moins deux ans", "Sophie Lambrechts", "admet"),
     Q(I, "la future ligne de métro ne serait pas mise en service avant 2032", "Sophie Lambrechts", "a reconnu"),
     Q(D, "fiasco", "opposition", "parle", nth=0),
     Q(I, "ce que les riverains de la chaussée d'Haecht redoutaient depuis des mois", "Sophie Lambrechts", "a confirmé", opt=True),
     Q(D, "Nous avons rencontré sous la gare du Nord des difficultés géotechniques qu'aucune étude ne laissait prévoir", "Sophie Lambrechts", "a-t-elle expliqué"),
     Q(D, "Je préfère annoncer aujourd'hui un calendrier réaliste plutôt que de promettre une date que nous ne tiendrons pas.", "Sophie Lambrechts", None),
     Q(I, "le tunnelier ne reprendra pas son travail avant le printemps prochain, le temps de consolider les sols sous les voies de la SNCB", "Sophie Lambrechts", "Selon"),
     Q(D, "fiasco annoncé", "Olivier Dufrasne", "a parlé"),
     Q(I, "un « fiasco annoncé »", "Olivier Dufrasne", "a parlé", opt=True),
     Q(I, "le gouvernement régional d'avoir « caché la vérité aux Bruxellois pendant un an »", "Olivier Dufrasne", "accusé"),
     Q(D, "caché la vérité aux Bruxellois pendant un an", "Olivier Dufrasne", "accusé"),
     Q(D, "On nous a répété en commission que tout était sous contrôle. Aujourd'hui, on découvre deux ans de retard et une facture ouverte", "Olivier Dufrasne", "a-t-il lancé"),
     Q(I, "le gouvernement bruxellois doit désormais « arrêter les frais » et revoir l'ensemble du tracé", "Nadia Bouzidi", "Pour"),
     Q(D, "arrêter les frais", "Nadia Bouzidi", "Pour"),
     Q(I, "le réseau de surface « ne pourra pas absorber indéfiniment » la croissance de la fréquentation", "Marc Vanderstraeten", "estime"),
     Q(D, "ne pourra pas absorber indéfiniment", "Marc Vanderstraeten", "estime"),
     Q(I, "les trams de la ligne 55, que le métro doit remplacer, transportent déjà près de 40 000 voyageurs par jour", "STIB", "D'après"),
     Q(I, "des rames supplémentaires seraient mises en service dès janvier sur cet axe", "STIB", "a précisé"),
     Q(D, "Euh… deux ans de plus ? Je ne sais pas si je serai encore là", "Ahmed", "soupire"),
     Q(D, "plan d'accompagnement", "Catherine Willems", "a réclamé"),
     Q(I, "un « plan d'accompagnement » pour les commerçants", "Catherine Willems", "a réclamé", opt=True),
     Q(I, "elle saisirait le gouvernement fédéral si rien ne bougeait d'ici la fin de l'année", "Catherine Willems", "annoncé"),
     Q(D, "les riverains vivent avec des palissades depuis trois ans", "Catherine Willems", "rappelle"),
     Q(D, "Je suis là pour terminer ce chantier, pas pour m'en aller au premier obstacle", "Sophie Lambrechts", "a-t-elle répondu"),
     Q(I, "la Commission européenne avait confirmé son soutien financier au projet", "Sophie Lambrechts", "ajoutant")],
    [("Lire aussi", "indemnités"), ("Photo : le chantier", "Bruxelles")])


# ---------------------------------------------------------------- 02
SPEC["02_geneve_votation"] = (
    [E("Genève", "LOC"), E("Genevois", "MISC"), E("Laure Python", "PER"),
     E("Pour des transports publics gratuits", "MISC", opt=True),
     E("Hôtel de Ville", "LOC", opt=True), E("Thierry Favre", "PER"), E("PLR", "ORG"),
     E("Transports publics genevois", "ORG"), E("TPG", "ORG", "Transports publics genevois"),
     E("Conseil d'Etat", "ORG"), E("Maëlle Rochat", "PER"), E("Verts", "ORG"),
     E("Parti socialiste", "ORG"), E("Grand Conseil", "ORG"), E("UDC", "ORG"),
     E("Pascal Meylan", "PER"), E("Université de Genève", "ORG"), E("Luxembourg", "LOC"),
     E("Lausanne", "LOC"), E("SEV", "ORG"), E("Etat de Genève", "ORG", opt=True),
     E("Conseil fédéral", "ORG")],
    [Q(D, "avec un projet plus ciblé", "initiants", "promettent"),
     Q(I, "revenir «avec un projet plus ciblé»", "initiants", "promettent"),
     Q(D, "Pour des transports publics gratuits", None, None, opt=True),
     Q(D, "La population a compris qu'un service gratuit, ce n'est pas un service sans coût. Quelqu'un aurait payé la facture, et ce quelqu'un, c'est le contribuable.", "Thierry Favre", "n'a pas caché son soulagement"),
     Q(I, "cette somme aurait dû être compensée «soit par l'impôt, soit par des coupes dans l'offre»", "Thierry Favre", "Selon"),
     Q(D, "soit par l'impôt, soit par des coupes dans l'offre", "Thierry Favre", "Selon"),
     Q(I, "le Conseil d'Etat présenterait au printemps un abonnement à prix réduit pour les moins de 25 ans et les retraités", "Thierry Favre", "a annoncé"),
     Q(D, "On perd une bataille, pas la guerre", "Maëlle Rochat", "a lancé"),
     Q(I, "la campagne a été «déséquilibrée», les opposants ayant disposé d'un budget «cinq fois supérieur»", "Maëlle Rochat", "estime"),
     Q(D, "déséquilibrée", "Maëlle Rochat", "estime"),
     Q(D, "cinq fois supérieur", "Maëlle Rochat", "estime"),
     Q(D, "Les gens nous ont dit, jusque sur les marchés: \"L'idée est belle, mais qui paie?\" On n'a pas su répondre à ça", "Maëlle Rochat", "a-t-elle reconnu"),
     Q(D, "L'idée est belle, mais qui paie?", None, "ont dit"),
     Q(I, "il déposerait d'ici janvier une motion au Grand Conseil pour étendre la gratuité aux écoliers", "Parti socialiste", "fait savoir"),
     Q(D, "signal clair contre les cadeaux électoraux", "UDC", "s'est félicitée"),
     Q(I, "un «signal clair contre les cadeaux électoraux»", "UDC", "s'est félicitée", opt=True),
     Q(I, "le résultat n'a rien de surprenant", "Pascal Meylan", "Pour"),
     Q(D, "Les initiatives qui touchent directement aux finances cantonales passent très rarement la rampe, sauf quand elles visent un public précis", "Pascal Meylan", "explique-t-il"),
     Q(I, "le score obtenu dans les quartiers populaires montre néanmoins que le prix des transports «reste une vraie préoccupation»", "Pascal Meylan", "A ses yeux"),
     Q(D, "reste une vraie préoccupation", "Pascal Meylan", "A ses yeux"),
     Q(I, "Luxembourg, qui a instauré la gratuité en 2020, fait souvent figure de modèle, «mais avec des moyens qui ne sont pas ceux d'un canton»", "Pascal Meylan", "relève"),
     Q(D, "mais avec des moyens qui ne sont pas ceux d'un canton", "Pascal Meylan", "relève"),
     Q(I, "vouloir «tirer les leçons du vote genevois» avant de se lancer", "promoteurs", "disent"),
     Q(D, "tirer les leçons du vote genevois", "promoteurs", "disent"),
     Q(I, "l'entreprise manquait encore d'une centaine de conducteurs", "SEV", "a rappelé")],
    [("Lire également", "Votations · Genève · Mobilité · TPG")])


# ---------------------------------------------------------------- 03
SPEC["03_reunion_cyclone"] = (
    [E("Hina", "MISC"), E("La Réunion", "LOC"), E("Saint-Denis", "LOC"),
     E("Jean-Baptiste Morel", "PER"), E("Météo-France", "ORG"), E("Frédéric Hoarau", "PER"),
     E("Dumile", "MISC"), E("Sainte-Marie", "LOC"), E("Roland-Garros", "LOC", opt=True),
     E("Air Austral", "ORG"), E("Air France", "ORG"), E("Pointe des Galets", "LOC"),
     E("Saint-Pierre", "LOC"), E("Port", "LOC"), E("Firinga", "MISC"), E("Marie-Claude", "PER"),
     E("Tampon", "LOC"), E("Patrice Lebon", "PER"), E("Dionysiens", "MISC"), E("EDF", "ORG"),
     E("X", "ORG", opt=True), E("Hexagone", "LOC"), E("Imaz Press Réunion", "ORG")],
    [Q(D, "Restez chez vous", "Jean-Baptiste Morel", "demande"),
     Q(I, "à la population de se confiner dès ce soir", "Jean-Baptiste Morel", "demande"),
     Q(I, "le passage de l'île en alerte rouge à partir de 19 heures", "Jean-Baptiste Morel", "a annoncé", opt=True),
     Q(D, "La trajectoire s'est décalée vers l'est dans la nuit. Nous ne pouvons plus exclure un passage à moins de 50 kilomètres des côtes", "Jean-Baptiste Morel", "a expliqué"),
     Q(D, "Les gens doivent comprendre qu'en alerte rouge, personne ne viendra les chercher s'ils prennent la route", "Jean-Baptiste Morel", "a insisté"),
     Q(I, "aux habitants des ravines et du littoral de rejoindre dès maintenant les centres d'hébergement ouverts par les communes", "Jean-Baptiste Morel", "a demandé"),
     Q(I, "des rafales de 180 à 200 km/h sont attendues sur le nord et l'est de l'île, avec des cumuls de pluie pouvant dépasser 600 millimètres en 24 heures sur les hauts", "Météo-France", "Selon"),
     Q(D, "un phénomène comparable à Dumile, voire plus fort si le cœur passe près de Sainte-Marie", "Frédéric Hoarau", "a évoqué"),
     Q(I, "une houle cyclonique de 8 à 10 mètres pourrait submerger les routes côtières", "Météo-France", "prévient"),
     Q(I, "l'aéroport Roland-Garros fermerait à 16 heures et que les derniers vols d'Air Austral et d'Air France avaient été avancés", "préfecture", "a précisé"),
     Q(D, "J'ai connu Firinga en 1989, j'étais gamine. On ne rigole pas avec ça", "Marie-Claude", "confie"),
     Q(I, "les Dionysiens à « ne pas jouer les héros »", "Patrice Lebon", "appelé"),
     Q(D, "ne pas jouer les héros", "Patrice Lebon", "appelé"),
     Q(D, "Nous avons prévu des lits pour 3 000 personnes. Si ça ne suffit pas, on ouvrira d'autres salles", "Patrice Lebon", "a-t-il assuré"),
     Q(I, "des coupures d'électricité étaient « probables » sur une grande partie du réseau et que ses équipes ne pourraient intervenir qu'après la levée de l'alerte", "EDF", "a fait savoir"),
     Q(D, "probables", "EDF", "a fait savoir"),
     Q(I, "les établissements scolaires resteraient fermés lundi", "rectorat", "a confirmé"),
     Q(D, "tout le soutien de l'État", "ministre des Outre-mer", "a promis"),
     Q(I, "l'envoi de 120 sapeurs-pompiers et militaires de la sécurité civile depuis l'Hexagone", "ministre des Outre-mer", "annoncé", opt=True)],
    [("LIRE AUSSI", "kit d'urgence"), ("Numéros utiles", "Imaz Press Réunion")])


# ---------------------------------------------------------------- 04
SPEC["04_agriculture_eau"] = (
    [E("Deux-Sèvres", "LOC"), E("Niort", "LOC"), E("Hugo Berthelot", "PER"), E("Melle", "LOC"),
     E("Bressuire", "LOC"), E("Saint-Maixent-l'École", "LOC"), E("FDSEA", "ORG"),
     E("FDSEA des Deux-Sèvres", "ORG", opt=True), E("Jeunes Agriculteurs", "ORG"),
     E("Guillaume Texier", "PER"), E("Chef-Boutonne", "LOC"), E("Dominique Raffin", "PER"),
     E("Sandrine Gilbert", "PER"), E("Poitiers", "LOC"), E("Confédération paysanne", "ORG"),
     E("Eau Commune 79", "ORG"), E("Antoine Baudry", "PER"), E("Marais poitevin", "LOC"),
     E("BRGM", "ORG"), E("Claire Demazière", "PER"), E("France Bleu Poitou", "ORG")],
    [Q(D, "On nous demande de produire sans eau", "Guillaume Texier", None, nth=0),
     Q(D, "On nous demande de produire sans eau. Euh… moi je veux bien, mais qu'on m'explique comment on fait pousser du maïs semence avec des prélèvements pareils", "Guillaume Texier", "lâche"),
     Q(D, "Pas de paysans, pas d'assiettes", None, "proclame", opt=True),
     Q(I, "l'arrêté a été pris “sans la moindre concertation” et menace directement plusieurs centaines d'exploitations", "Dominique Raffin", "Pour"),
     Q(D, "sans la moindre concertation", "Dominique Raffin", "Pour"),
     Q(D, "Les quotas de l'État, on les respecte depuis dix ans. On a investi, on a changé nos pratiques. Et on nous remercie comment ? En fermant le robinet", "Dominique Raffin", "a-t-il tonné"),
     Q(I, "le report de la mesure d'un an et la relance des réserves de substitution, ces grands bassins remplis l'hiver par pompage, dont quatre chantiers sont à l'arrêt dans le département", "FDSEA", "réclame", opt=True),
     Q(I, "sans elles, “la moitié des jeunes installés ne passera pas l'été”", "Sandrine Gilbert", "assure"),
     Q(D, "la moitié des jeunes installés ne passera pas l'été", "Sandrine Gilbert", "assure"),
     Q(D, "Les bassines, c'est l'eau de tous pour le profit de quelques-uns", "Antoine Baudry", "résume"),
     Q(I, "la sécheresse des sols en mars prouve que le modèle agricole du Marais poitevin “doit changer, et vite”", "Antoine Baudry", "Selon"),
     Q(D, "doit changer, et vite", "Antoine Baudry", "Selon"),
     Q(I, "le dernier rapport du BRGM faisait état d'un niveau des nappes “inférieur à la normale” sur les deux tiers du département", "Eau Commune 79", "rappelle"),
     Q(D, "inférieur à la normale", "BRGM", "faisait état", opt=True),
     Q(D, "à moitié rassuré", "Dominique Raffin", "s'est dit"),
     Q(I, "la représentante de l'État a accepté de réexaminer les volumes “secteur par secteur” d'ici la fin du mois", "Dominique Raffin", "D'après"),
     Q(D, "secteur par secteur", "Dominique Raffin", "D'après"),
     Q(I, "un comité de suivi serait réuni “dans les quinze jours”", "préfecture", "a confirmé"),
     Q(D, "dans les quinze jours", "préfecture", "a confirmé"),
     Q(D, "la ressource en eau ne se négocie pas", "préfecture", "rappelant"),
     Q(I, "“comprendre la colère” des irrigants", "ministre de l'Agriculture", "a dit"),
     Q(D, "comprendre la colère", "ministre de l'Agriculture", "a dit"),
     Q(D, "chacun devra faire un effort", "ministre de l'Agriculture", "a estimé"),
     Q(D, "avec deux fois plus de monde", "FDSEA", "promet"),
     Q(I, "revenir “avec deux fois plus de monde” si rien ne bouge", "FDSEA", "promet")],
    [("Lire aussi.", "nouveau projet"), ("Vos réactions", "Deux-Sèvres\n")])


# ---------------------------------------------------------------- 05
SPEC["05_ardeche_college"] = (
    [E("Ardèche", "LOC"), E("Lamastre", "LOC"), E("Louis-Pasteur", "ORG", opt=True),
     E("Nadège Faure", "PER"), E("Karima Benali", "PER"), E("FCPE", "ORG"),
     E("Bernard Lagarde", "PER"), E("Julien Marcon", "PER"), E("SNES-FSU", "ORG"),
     E("Drôme-Ardèche", "LOC"), E("Gilles Chabanne", "PER"), E("Grenoble", "LOC"),
     E("Éducation nationale", "ORG", only=[0]), E("Éducation nationale", "ORG", opt=True, only=[1]),
     E("Arnaud Perrier", "PER"), E("Les Républicains", "ORG"), E("Dauphiné libéré", "ORG")],
    [Q(D, "Ici on défend nos enfants", None, None, opt=True),
     Q(D, "Vingt-neuf gamins dans une salle prévue pour vingt-quatre, dans un collège rural où la moitié des élèves fait déjà une heure de car matin et soir, c'est tout simplement indécent", "Karima Benali", "s'indigne"),
     Q(I, "les familles n'ont \"jamais été consultées\" et qu'elles ont appris la nouvelle \"par un mail du principal, un vendredi soir\"", "Karima Benali", "affirme"),
     Q(D, "jamais été consultées", "Karima Benali", "affirme"),
     Q(D, "par un mail du principal, un vendredi soir", "Karima Benali", "affirme"),
     Q(I, "la baisse démographique", "administration", "invoque", opt=True),
     Q(I, "le collège a perdu une quarantaine d'élèves en cinq ans et les prévisions pour septembre ne justifient plus quatre divisions de sixième", "direction académique de l'Ardèche", "Selon"),
     Q(D, "Nous appliquons les mêmes critères à tous les établissements du département, et nous accompagnons les équipes pour que les conditions d'enseignement restent bonnes", "Bernard Lagarde", "fait valoir"),
     Q(I, "un poste d'assistant d'éducation supplémentaire sera attribué au collège \"à titre de compensation\"", "Bernard Lagarde", "précise"),
     Q(D, "à titre de compensation", "Bernard Lagarde", "précise"),
     Q(D, "Une heure d'assistant d'éducation, ça ne remplace pas un professeur devant une classe", "Julien Marcon", "tranche"),
     Q(I, "le collège accueille \"une proportion d'élèves à besoins particuliers bien au-dessus de la moyenne\"", "Julien Marcon", "rappelle"),
     Q(D, "une proportion d'élèves à besoins particuliers bien au-dessus de la moyenne", "Julien Marcon", "rappelle"),
     Q(I, "avoir écrit à la rectrice de l'académie de Grenoble sans obtenir de réponse", "Gilles Chabanne", "dit"),
     Q(D, "l'Éducation nationale ne peut pas parler de ruralité le matin et fermer des classes l'après-midi", "Gilles Chabanne", "estime"),
     Q(I, "il ne s'opposerait pas à l'occupation \"tant que la sécurité est assurée\"", "conseil départemental", "fait savoir"),
     Q(D, "tant que la sécurité est assurée", "conseil départemental", "fait savoir"),
     Q(I, "il interpellerait le ministre de l'Éducation nationale lors des questions au gouvernement", "Arnaud Perrier", "a annoncé"),
     Q(D, "Je lui demanderai une chose simple : un moratoire sur les fermetures dans les collèges ruraux", "Arnaud Perrier", "a-t-il déclaré"),
     Q(D, "avancée", "Karima Benali", "reconnaît"),
     Q(I, "l'occupation continuera \"jusqu'à ce qu'on ait quelque chose d'écrit\"", "Karima Benali", "prévient"),
     Q(D, "jusqu'à ce qu'on ait quelque chose d'écrit", "Karima Benali", "prévient")],
    [("À lire aussi", "Drôme-Ardèche"), ("Réagir | Partager", "FCPE\n")])


# ---------------------------------------------------------------- 06
SPEC["06_industrie_batteries"] = (
    [E("Voltéra", "ORG"), E("Douvrin", "LOC"), E("Pas-de-Calais", "LOC"),
     E("Romain Lestrade", "PER"), E("Élodie Marchetti", "PER"), E("Bpifrance", "ORG"),
     E("Stellantis", "ORG"), E("Commission européenne", "ORG"), E("Karim Haddad", "PER"),
     E("Oddo BHF", "ORG"), E("Europe", "LOC"), E("États-Unis", "LOC"),
     E("Bourse de Paris", "ORG"), E("Bourse", "ORG", opt=True), E("Stéphane Delannoy", "PER"),
     E("CFDT", "ORG"), E("CGT", "ORG"), E("Bercy", "ORG"), E("Hauts-de-France", "LOC")],
    [Q(D, "pas d'abandon", "Élodie Marchetti", "assure"),
     Q(I, "une perte nette de 212 millions d'euros au premier semestre, pour un chiffre d'affaires de 96 millions", "Voltéra", "a annoncé", opt=True),
     Q(D, "Nous ne renonçons à rien. Nous prenons un an de plus pour livrer des cellules que nos clients accepteront sans réserve", "Élodie Marchetti", "a martelé"),
     Q(I, "le taux de rebut de la ligne pilote reste « trop élevé pour une production à grande échelle », autour de 18 %, quand l'objectif est de descendre sous 5 %", "Élodie Marchetti", "Selon"),
     Q(D, "trop élevé pour une production à grande échelle", "Élodie Marchetti", "Selon"),
     Q(I, "l'entreprise avait « sous-estimé la difficulté du passage du laboratoire à l'usine »", "Élodie Marchetti", "a reconnu"),
     Q(D, "sous-estimé la difficulté du passage du laboratoire à l'usine", "Élodie Marchetti", "a reconnu"),
     Q(I, "disposer de « plus de dix-huit mois de trésorerie »", "Voltéra", "affirme"),
     Q(D, "plus de dix-huit mois de trésorerie", "Voltéra", "affirme"),
     Q(I, "son principal client, Stellantis, a confirmé ses commandes pour 2029", "Voltéra", "assure"),
     Q(I, "ce retard « n'est pas une surprise »", "Karim Haddad", "Pour"),
     Q(D, "n'est pas une surprise", "Karim Haddad", "Pour"),
     Q(D, "Tous les nouveaux entrants, en Europe comme aux États-Unis, ont buté sur le rendement des lignes. La vraie question, c'est la capacité de Voltéra à tenir jusqu'en 2028 sans nouvelle augmentation de capital.", "Karim Haddad", None),
     Q(D, "On nous avait promis 1 300 emplois fin 2027. Aujourd'hui, personne n'est capable de nous dire combien on sera dans un an", "Stéphane Delannoy", "regrette"),
     Q(I, "la tenue d'un comité social et économique extraordinaire", "CGT", "réclame", opt=True),
     Q(I, "une « communication à deux vitesses, une pour la Bourse, une pour les salariés »", "CGT", "dénonce", opt=True),
     Q(D, "communication à deux vitesses, une pour la Bourse, une pour les salariés", "CGT", "dénonce"),
     Q(I, "rester « pleinement confiant » dans le projet", "ministre délégué chargé de l'Industrie", "a dit"),
     Q(D, "pleinement confiant", "ministre délégué chargé de l'Industrie", "a dit"),
     Q(I, "l'aide publique de 350 millions d'euros accordée à Voltéra est versée par tranches, « en fonction d'objectifs précis de production »", "Bercy", "rappelle"),
     Q(D, "en fonction d'objectifs précis de production", "Bercy", "rappelle"),
     Q(I, "l'entreprise à « tenir parole » vis-à-vis des habitants du bassin minier", "président de la région Hauts-de-France", "a appelé"),
     Q(D, "tenir parole", "président de la région Hauts-de-France", "a appelé"),
     Q(I, "revenir devant les salariés de Douvrin « avant la fin du mois » pour présenter le nouveau calendrier", "Élodie Marchetti", "a promis"),
     Q(D, "avant la fin du mois", "Élodie Marchetti", "a promis"),
     Q(D, "Je préfère un an de retard à une usine qui ne tourne pas", "Élodie Marchetti", "a-t-elle conclu")],
    [("Lire aussi", "calendrier de 2035"), ("Cet article est réservé", "Pas-de-Calais\n")])


# ---------------------------------------------------------------- 07
SPEC["07_nimes_stupefiants"] = (
    [E("Nîmes", "LOC"), E("Pissevin", "LOC"), E("Laurence Vidal", "PER"),
     E("Office anti-stupéfiants", "ORG"), E("Ofast", "ORG", "Office anti-stupéfiants"),
     E("rue Jean-Perrin", "LOC", opt=True), E("Mohamed Belkacem", "PER"),
     E("Ville", "ORG", opt=True), E("Alliance Police nationale", "ORG"), E("Cédric Pagès", "PER"),
     E("Sarah Cohen-Lévy", "PER"), E("AFP", "ORG"), E("Gard", "LOC"), E("Uzès", "LOC"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [Q(D, "jusqu'à 30 000 euros par jour", "Laurence Vidal", "évoque"),
     Q(I, "un point de deal qui générait « jusqu'à 30 000 euros par jour »", "Laurence Vidal", "évoque", opt=True),
     Q(D, "C'est un coup très dur porté à un réseau structuré, hiérarchisé, qui fonctionnait comme une entreprise, avec ses guetteurs, ses vendeurs, ses nourrices et sa comptabilité", "Laurence Vidal", "a déclaré"),
     Q(I, "le point de vente réalisait un chiffre d'affaires pouvant atteindre 30 000 euros par jour les week-ends", "Laurence Vidal", "Selon"),
     Q(I, "l'enquête, ouverte en octobre et confiée à l'antenne locale de l'Office anti-stupéfiants (Ofast), avait permis d'identifier « les donneurs d'ordres et pas seulement les petites mains »", "Laurence Vidal", "a précisé"),
     Q(D, "les donneurs d'ordres et pas seulement les petites mains", "Laurence Vidal", "a précisé"),
     Q(I, "le principal suspect, un homme de 34 ans, aurait continué à diriger le trafic depuis la maison d'arrêt, où il purgeait une peine pour des faits similaires, grâce à des téléphones introduits clandestinement", None, "D'après"),
     Q(D, "pris en otage", None, "témoignent", opt=True),
     Q(D, "Ils en arrêtent dix, il en revient dix la semaine d'après. Ça fait quinze ans que je vois ça", None, "soupire"),
     Q(D, "le travail des policiers", "Mohamed Belkacem", "salue"),
     Q(D, "une présence qui dure, pas un feu d'artifice tous les six mois", "Mohamed Belkacem", "réclame"),
     Q(I, "la Ville avait financé l'installation de quarante caméras de vidéoprotection dans le quartier", "maire de Nîmes", "rappelé"),
     Q(I, "à l'État « des effectifs supplémentaires pérennes », et non des renforts ponctuels", "maire de Nîmes", "demande", opt=True),
     Q(D, "des effectifs supplémentaires pérennes", "maire de Nîmes", "demande"),
     Q(I, "l'opération montre ce que les policiers peuvent faire « quand on leur en donne les moyens »", "Alliance Police nationale", "Pour"),
     Q(D, "quand on leur en donne les moyens", "Alliance Police nationale", "Pour"),
     Q(I, "les effectifs du commissariat de Nîmes sont « à l'os »", "Cédric Pagès", "prévient"),
     Q(D, "à l'os", "Cédric Pagès", "prévient"),
     Q(D, "les collègues enchaînent les heures supplémentaires depuis des mois. Sans renfort, on ne tiendra pas le terrain", "Cédric Pagès", "prévient"),
     Q(D, "opération de communication", "Sarah Cohen-Lévy", "a dénoncé"),
     Q(I, "une « opération de communication »", "Sarah Cohen-Lévy", "a dénoncé", opt=True),
     Q(D, "Mon client conteste fermement toute implication. On présente à la presse un organigramme avant même que la défense ait eu accès au dossier", "Sarah Cohen-Lévy", "a-t-elle déclaré"),
     Q(I, "Les suspects devraient être présentés à un juge d'instruction vendredi", "parquet", "a indiqué")],
    [("Lire aussi", "témoignent"), ("À LA UNE", "police\n")])


# ---------------------------------------------------------------- 08
SPEC["08_mercato_nantes"] = (
    [E("Moussa Traoré", "PER"), E("Moussa", "PER", "Moussa Traoré"), E("Nantes", "ORG", opt=True),
     E("Brighton", "ORG", opt=True), E("FC Nantes", "ORG"), E("Thomas Le Gall", "PER"),
     E("Brighton & Hove Albion", "ORG"), E("Premier League", "MISC", opt=True),
     E("L'Équipe", "ORG"), E("Franck Allard", "PER"), E("Canaris", "ORG", opt=True),
     E("La Jonelière", "LOC", opt=True), E("Ligue 1", "MISC", opt=True),
     E("Pierre Kervella", "PER"), E("Montpellier", "ORG", opt=True),
     E("Karim Ouédraogo", "PER"), E("Seagulls", "ORG", opt=True), E("Danois", "MISC"),
     E("Anders Holm", "PER"), E("X", "ORG", opt=True), E("Tribune Loire 1943", "ORG"),
     E("Lyon", "ORG", opt=True), E("Beaujoire", "LOC"), E("Lille", "ORG", opt=True),
     E("Julien Morvan", "PER"), E("AFP", "ORG")],
    [Q(I, "Montant de l'opération : 38 millions d'euros, bonus compris", None, "selon"),
     Q(I, "le montant du transfert atteint 33 millions d'euros, plus 5 millions de bonus, ce qui en fait la plus grosse vente de l'histoire du FC Nantes", "L'Équipe", "D'après"),
     Q(D, "C'est une belle opération pour tout le monde. Moussa part dans un grand championnat, et le club récupère des moyens pour construire l'avenir", "Franck Allard", "a-t-il déclaré"),
     Q(I, "« l'essentiel de la somme » sera réinvesti dans l'effectif « dès cet hiver »", "Franck Allard", "assure"),
     Q(D, "l'essentiel de la somme", "Franck Allard", "assure"),
     Q(D, "dès cet hiver", "Franck Allard", "assure"),
     Q(D, "Nantes, c'est ma maison. Le président m'a appelé la semaine dernière, il m'a dit : \"On ne te retiendra pas, mais on ne te bradera pas.\" J'ai respecté ça", "Moussa Traoré", "raconte"),
     Q(D, "On ne te retiendra pas, mais on ne te bradera pas.", "Franck Allard", "il m'a dit"),
     Q(D, "Je ne vais pas vous mentir, ça fait un trou. Moussa, c'est quinze buts par saison. On a parlé tous les deux, je lui ai dit : \"Fonce, tu as mérité ça.\" Mais maintenant, il faut que le club me donne un attaquant", "Pierre Kervella", "a lâché"),
     Q(D, "Fonce, tu as mérité ça.", "Pierre Kervella", "je lui ai dit"),
     Q(I, "son groupe est « trop court » pour jouer le haut de tableau", "Pierre Kervella", "estime"),
     Q(D, "trop court", "Pierre Kervella", "estime"),
     Q(I, "le joueur avait reçu des offres de trois clubs anglais et d'un club allemand, mais a choisi Brighton pour « son projet de jeu et sa patience avec les jeunes »", "Karim Ouédraogo", "Selon"),
     Q(D, "son projet de jeu et sa patience avec les jeunes", "Karim Ouédraogo", "Selon"),
     Q(I, "toute clause de revente au profit de Nantes, évoquée par la presse locale", "Karim Ouédraogo", "dément"),
     Q(I, "l'arrivée d'un joueur « rapide, intelligent, et qui n'a pas peur de défendre »", "Anders Holm", "s'est réjoui", opt=True),
     Q(D, "rapide, intelligent, et qui n'a pas peur de défendre", "Anders Holm", "s'est réjoui"),
     Q(I, "un transfert « logique »", "Tribune Loire 1943", "a salué", opt=True),
     Q(D, "logique", "Tribune Loire 1943", "a salué"),
     Q(I, "l'argent serve enfin « à garder nos meilleurs joueurs plutôt qu'à les vendre »", "Tribune Loire 1943", "réclamant"),
     Q(D, "à garder nos meilleurs joueurs plutôt qu'à les vendre", "Tribune Loire 1943", "réclamant")],
    [("LIRE AUSSI.", "marqué l'été"), ("Photo : Moussa", "Commentaires (87)")])


# ---------------------------------------------------------------- 09
SPEC["09_geneve_soudan"] = (
    [E("Soudan", "LOC"), E("Genève", "LOC"), E("GENÈVE", "LOC", "Genève"), E("AFP", "ORG"),
     E("Nations unies", "ORG"), E("Darfour", "LOC"), E("Ingrid Solberg", "PER"),
     E("Bureau de la coordination des affaires humanitaires", "ORG"),
     E("OCHA", "ORG", "Bureau de la coordination des affaires humanitaires"),
     E("Palais des Nations", "LOC", opt=True), E("ONU", "ORG"), E("Soudanais", "MISC"),
     E("Kordofan", "LOC"), E("Haut-Commissariat pour les réfugiés", "ORG"),
     E("HCR", "ORG", "Haut-Commissariat pour les réfugiés"), E("Tchad", "LOC"),
     E("Suisse", "LOC"), E("Union européenne", "ORG"), E("Union africaine", "ORG"),
     E("Forces de soutien rapide", "ORG"), E("FSR", "ORG", "Forces de soutien rapide"),
     E("États-Unis", "LOC"), E("Washington", "LOC"), E("Daniel Okafor", "PER"),
     E("Bruxelles", "LOC"), E("Port-Soudan", "LOC"), E("Médecins sans frontières", "ORG"),
     E("El-Facher", "LOC"), E("Aïcha Mahmoud", "PER"), E("Nafeer", "ORG"),
     E("Khartoum", "LOC"), E("Adré", "LOC"), E("Agence France-Presse", "ORG")],
    [Q(D, "Nous avons obtenu de l'argent. Nous n'avons pas obtenu ce qui compte le plus : le droit d'aller là où les gens meurent", "Ingrid Solberg", "a résumé"),
     Q(I, "près de 25 millions de Soudanais, soit la moitié de la population, ont besoin d'une aide d'urgence, et la famine a été déclarée dans au moins cinq zones du Darfour et du Kordofan", "ONU", "Selon"),
     Q(I, "plus de 3 millions de personnes réfugiées dans les pays voisins, dont 800 000 au Tchad", "Haut-Commissariat pour les réfugiés", "fait état"),
     Q(D, "La chaise vide est un message en soi", None, "a commenté"),
     Q(I, "les belligérants “ne croient qu'à la victoire militaire”", None, "juge"),
     Q(D, "ne croient qu'à la victoire militaire", None, "juge"),
     Q(I, "les parties à “respecter sans délai” le droit international humanitaire", "chef de la diplomatie suisse", "a appelé"),
     Q(D, "respecter sans délai", "chef de la diplomatie suisse", "a appelé"),
     Q(D, "Chaque jour sans accès, a-t-il insisté, ce sont des convois bloqués, des stocks qui pourrissent et des enfants qui ne sont pas soignés.", "chef de la diplomatie suisse", "a-t-il insisté"),
     Q(I, "une contribution de 120 millions de francs suisses sur deux ans", "chef de la diplomatie suisse", "a annoncé", opt=True),
     Q(I, "Washington “n'acceptera pas que la faim soit utilisée comme une arme”", "Daniel Okafor", "a déclaré"),
     Q(D, "n'acceptera pas que la faim soit utilisée comme une arme", "Daniel Okafor", "a déclaré"),
     Q(I, "de possibles sanctions contre “ceux qui bloquent l'aide, quel que soit leur uniforme”", "Daniel Okafor", "a évoqué", opt=True),
     Q(D, "ceux qui bloquent l'aide, quel que soit leur uniforme", "Daniel Okafor", "a évoqué"),
     Q(D, "toute ingérence", "gouvernement soudanais", "a rejeté"),
     Q(I, "les organisateurs de “mettre sur le même plan un État souverain et une milice”", "gouvernement soudanais", "accusé"),
     Q(D, "mettre sur le même plan un État souverain et une milice", "gouvernement soudanais", "accusé"),
     Q(I, "une situation qui se détériore de semaine en semaine", None, "décrivent", opt=True),
     Q(I, "un seul hôpital fonctionne encore à El-Facher, où l'organisation a recensé “des dizaines de cas de malnutrition aiguë chaque jour”", "Médecins sans frontières", "D'après"),
     Q(D, "des dizaines de cas de malnutrition aiguë chaque jour", "Médecins sans frontières", "D'après"),
     Q(D, "On nous demande de faire des miracles avec des camions qui attendent trois semaines à un checkpoint", "Aïcha Mahmoud", "a témoigné"),
     Q(I, "elle ne se satisferait pas d'un “succès de tribune”", "Ingrid Solberg", "a prévenu"),
     Q(D, "succès de tribune", "Ingrid Solberg", "a prévenu"),
     Q(D, "vérifier que chaque dollar promis arrive", "Ingrid Solberg", None)],
    [("kmb/rl/ode", "Agence France-Presse")])


# ---------------------------------------------------------------- 10
SPEC["10_revue_de_presse"] = (
    [E("Sécu", "ORG", "Sécurité sociale", opt=True), E("Sécurité sociale", "ORG", opt=True),
     E("Étienne Marchal", "PER"), E("Claire Morvan", "PER"), E("Le Figaro", "ORG"),
     E("Hervé Delacroix", "PER"), E("Libération", "ORG"), E("Parlement", "ORG"),
     E("L'Humanité", "ORG"), E("Sophie Lhermitte", "PER"), E("Assurance maladie", "ORG", opt=True),
     E("Les Échos", "ORG"), E("Cour des comptes", "ORG"), E("Matignon", "ORG"),
     E("La Croix", "ORG"), E("Jean-Michel Sabatier", "PER"), E("Ouest-France", "ORG"),
     E("Ouest", "LOC"), E("La Voix du Nord", "ORG"), E("Valenciennes", "LOC"),
     E("La France insoumise", "ORG"), E("Rassemblement national", "ORG"),
     E("Le Parisien", "ORG"), E("Les Républicains", "ORG"), E("Assemblée nationale", "ORG")],
    [Q(D, "un passage en force", "presse", None, opt=True),
     Q(D, "un acte de lucidité", "presse", None, opt=True),
     Q(D, "Faute de majorité, Étienne Marchal n'avait pas le choix : c'était le 49.3 ou le chaos budgétaire", "Hervé Delacroix", "tranche"),
     Q(I, "le Premier ministre a eu « au moins le courage de ne pas maquiller la situation »", "Hervé Delacroix", "estime"),
     Q(D, "au moins le courage de ne pas maquiller la situation", "Hervé Delacroix", "estime"),
     Q(I, "la vraie épreuve reste à venir, avec la motion de censure", "Hervé Delacroix", "jugeant"),
     Q(D, "Le passage en force de trop", "Libération", "titre"),
     Q(D, "un gouvernement qui gouverne contre le Parlement, faute de pouvoir gouverner avec lui", "Libération", "dénonce"),
     Q(I, "l'exécutif d'avoir « sacrifié l'hôpital public sur l'autel des économies »", "L'Humanité", "accuse"),
     Q(D, "sacrifié l'hôpital public sur l'autel des économies", "L'Humanité", "accuse"),
     Q(D, "Trois milliards d'euros d'économies sur l'Assurance maladie, c'est trois milliards de soins en moins", "Sophie Lhermitte", "écrit"),
     Q(I, "le texte prévoit un déficit de la Sécurité sociale ramené à 16 milliards d'euros, « un objectif que la Cour des comptes jugeait déjà fragile en septembre »", "Les Échos", "rappellent"),
     Q(D, "un objectif que la Cour des comptes jugeait déjà fragile en septembre", "Les Échos", "rappellent"),
     Q(I, "l'essentiel se jouera sur la croissance, « qui ne se décrète pas à Matignon »", "Les Échos", "Pour"),
     Q(D, "qui ne se décrète pas à Matignon", "Les Échos", "Pour"),
     Q(D, "fatigue démocratique", "Jean-Michel Sabatier", "s'inquiète"),
     Q(D, "À force de voir les textes adoptés sans vote, les citoyens finissent par se demander à quoi servent leurs députés.", "Jean-Michel Sabatier", None),
     Q(I, "les partis à « retrouver le chemin du compromis »", "Jean-Michel Sabatier", "appelle"),
     Q(D, "retrouver le chemin du compromis", "Jean-Michel Sabatier", "appelle"),
     Q(I, "le gel des pensions de retraite au-delà de 2 000 euros « touchera des centaines de milliers de foyers de l'Ouest »", "Ouest-France", "souligne"),
     Q(D, "touchera des centaines de milliers de foyers de l'Ouest", "Ouest-France", "souligne"),
     Q(I, "une « colère sourde » dans les Ehpad de la région", "La Voix du Nord", "fait état"),
     Q(D, "colère sourde", "La Voix du Nord", "fait état"),
     Q(D, "On nous annonce des moyens depuis cinq ans, on ne voit rien venir", None, "confie"),
     Q(D, "Les calculettes chauffent", "Le Parisien", "résume"),
     Q(D, "une vingtaine de voix", "Le Parisien", "compte"),
     Q(I, "plusieurs députés Les Républicains hésitent encore", "Le Parisien", "Selon")],
    [("À écouter", "lettre d'information Politique")])


# ---------------------------------------------------------------- 11
SPEC["11_assemblee_110"] = (
    [E("Assemblée", "ORG", "Assemblée nationale"), E("Assemblée nationale", "ORG"),
     E("Mathilde Rouvier", "PER"), E("Hélène Guiraud", "PER"), E("Écologiste et social", "ORG"),
     E("Bastien Morel-Lacroix", "PER"), E("Gironde", "LOC"), E("Cerema", "ORG"),
     E("Thibault Marchand", "PER"), E("Rassemblement national", "ORG"), E("Aisne", "LOC"),
     E("Républicains", "ORG"), E("Anne-Sophie Vidal", "PER"), E("France", "LOC"),
     E("Nathalie Berger", "PER"), E("Français", "MISC"), E("Dunkerque", "LOC"),
     E("Perpignan", "LOC"), E("Samia Benhamou", "PER"), E("La France insoumise", "ORG"),
     E("Renaissance", "ORG"), E("Laurent Tessier", "PER"), E("MoDem", "ORG"),
     E("Horizons", "ORG")],
    [Q(I, "permettrait d'économiser « près de 20 % de carburant » et d'éviter « plusieurs dizaines de morts chaque année »", "Bastien Morel-Lacroix", "selon"),
     Q(D, "près de 20 % de carburant", "Bastien Morel-Lacroix", "selon"),
     Q(D, "plusieurs dizaines de morts chaque année", "Bastien Morel-Lacroix", "selon"),
     Q(D, "Nous ne demandons à personne de renoncer à sa voiture, nous demandons à tout le monde de lever un peu le pied, ce n'est quand même pas la mer à boire !", "Bastien Morel-Lacroix", "lance"),
     Q(I, "le temps de trajet ne s'allongerait en moyenne que de huit minutes sur un parcours de 200 kilomètres", "Cerema", "selon laquelle"),
     Q(D, "Huit minutes pour vous, monsieur le rapporteur, mais pour l'infirmière qui fait cent kilomètres par jour, pour l'artisan, pour le commercial, c'est une heure de plus par semaine, et c'est toujours aux mêmes qu'on demande l'effort", "Thibault Marchand", "s'emporte"),
     Q(I, "la majorité relative de vouloir « faire payer la transition aux campagnes »", "Thibault Marchand", "accuse"),
     Q(D, "faire payer la transition aux campagnes", "Thibault Marchand", "accuse"),
     Q(I, "la mesure « punitive et inefficace »", "Anne-Sophie Vidal", "juge", opt=True),
     Q(D, "punitive et inefficace", "Anne-Sophie Vidal", "juge"),
     Q(I, "les autoroutes sont déjà « les routes les plus sûres de France »", "Anne-Sophie Vidal", "rappelle"),
     Q(D, "les routes les plus sûres de France", "Anne-Sophie Vidal", "rappelle"),
     Q(I, "un avis de « sagesse »", "Nathalie Berger", "avait annoncé", opt=True),
     Q(D, "sagesse", "Nathalie Berger", "avait annoncé", nth=0),
     Q(I, "Le gouvernement, a-t-elle expliqué, « partage l'objectif de sobriété, mais pas la méthode », et préférerait des expérimentations régionales", "Nathalie Berger", "a-t-elle expliqué"),
     Q(D, "partage l'objectif de sobriété, mais pas la méthode", "Nathalie Berger", "a-t-elle expliqué"),
     Q(D, "Je ne crois pas qu'on convaincra les Français en leur imposant la même règle de Dunkerque à Perpignan", "Nathalie Berger", "a-t-elle ajouté"),
     Q(D, "Vous dites sagesse, on entend lâcheté !", "Samia Benhamou", "interpelle"),
     Q(I, "ses collègues, dit-il, « ne sont pas opposés à la sobriété », mais « un texte aussi important ne peut pas se décider à une heure du matin, à quelques voix près »", "Laurent Tessier", "dit-il"),
     Q(D, "ne sont pas opposés à la sobriété", "Laurent Tessier", "dit-il"),
     Q(D, "un texte aussi important ne peut pas se décider à une heure du matin, à quelques voix près", "Laurent Tessier", "dit-il"),
     Q(D, "C'est une occasion manquée, mais le débat est lancé et il ne s'arrêtera pas ce soir", "Bastien Morel-Lacroix", "a réagi"),
     Q(I, "revenir à la charge lors de l'examen du projet de loi de finances", "Bastien Morel-Lacroix", "promettant")],
    [("Newsletter Politique", "Écologie\n")])


# ---------------------------------------------------------------- 12
SPEC["12_quebec_elections"] = (
    [E("Parti québécois", "ORG"), E("PQ", "ORG", "Parti québécois"),
     E("Mathieu Lévesque-Paré", "PER"), E("Lévesque-Paré", "PER", "Mathieu Lévesque-Paré"),
     E("CAQ", "ORG", "Coalition avenir Québec"), E("Coalition avenir Québec", "ORG"),
     E("Québec solidaire", "ORG"), E("Montréal", "LOC"), E("MONTRÉAL", "LOC", "Montréal"),
     E("Geneviève Tremblay", "PER"), E("Radio-Canada", "ORG"), E("Assemblée nationale", "ORG"),
     E("Assemblée", "ORG", "Assemblée nationale"), E("Centre Vidéotron", "LOC", opt=True),
     E("Québec", "LOC"), E("Québécoises", "MISC"), E("Québécois", "MISC"),
     E("Benoît Gagnon", "PER"), E("Laval", "LOC"), E("Université Laval", "ORG"),
     E("La Presse", "ORG"), E("Parti libéral du Québec", "ORG"), E("Sarah Chen-Morin", "PER"),
     E("Léa Bouchard-Diallo", "PER"), E("Élections Québec", "ORG"), E("Ottawa", "LOC"),
     E("Canada", "LOC"), E("Éric Montpetit-Roy", "PER"), E("Rimouski", "LOC"),
     E("Facebook", "ORG", opt=True)],
    [Q(D, "un nouveau chapitre", "Mathieu Lévesque-Paré", "pour", nth=0),
     Q(D, "Ce soir, les Québécoises et les Québécois ont choisi d'ouvrir un nouveau chapitre. Pas un chapitre contre quelqu'un, un chapitre pour nous autres", "Mathieu Lévesque-Paré", "a-t-il lancé"),
     Q(I, "un gouvernement « de rigueur et de fierté »", "Mathieu Lévesque-Paré", "a promis", opt=True),
     Q(D, "de rigueur et de fierté", "Mathieu Lévesque-Paré", "a promis"),
     Q(I, "un référendum sur la souveraineté serait tenu au cours du mandat, « quand les Québécois seront prêts, pas avant »", "Mathieu Lévesque-Paré", "réaffirmé"),
     Q(D, "quand les Québécois seront prêts, pas avant", "Mathieu Lévesque-Paré", "réaffirmé"),
     Q(I, "sa défaite", "Benoît Gagnon", "a reconnu", opt=True),
     Q(D, "Les électeurs ont parlé, et ils ont parlé clairement. J'en prends l'entière responsabilité", "Benoît Gagnon", "a-t-il déclaré"),
     Q(I, "une course à la chefferie paraît « inévitable » d'ici l'été", None, "Selon"),
     Q(D, "inévitable", None, "Selon"),
     Q(I, "le nouveau gouvernement contre « l'aventure référendaire »", "Sarah Chen-Morin", "a mis en garde", opt=True),
     Q(D, "l'aventure référendaire", "Sarah Chen-Morin", "a mis en garde"),
     Q(D, "Les Québécois ont voté pour un changement, pas pour un troisième référendum, euh… et on va le rappeler à M. Lévesque-Paré chaque jour à l'Assemblée", "Sarah Chen-Morin", "a-t-elle affirmé"),
     Q(I, "son parti « sera la vraie voix de la gauche » dans le prochain parlement", "Léa Bouchard-Diallo", "estime"),
     Q(D, "sera la vraie voix de la gauche", "Léa Bouchard-Diallo", "estime"),
     Q(I, "Le taux de participation a atteint 69,4 %, selon Élections Québec, en hausse de près de cinq points par rapport à 2022", "Élections Québec", "selon"),
     Q(I, "le gouvernement fédéral « respectera la volonté des Québécois »", "premier ministre du Canada", "affirmant"),
     Q(D, "respectera la volonté des Québécois", "premier ministre du Canada", "affirmant"),
     Q(I, "il n'était « pas question de négocier quoi que ce soit sur l'unité du pays", "premier ministre du Canada", "affirmant"),
     Q(D, "pas question de négocier quoi que ce soit sur l'unité du pays. Le fédéral n'a pas reçu de mandat pour ça", "premier ministre du Canada", "affirmant"),
     Q(I, "la victoire péquiste tient d'abord à l'usure de la CAQ", "Éric Montpetit-Roy", "Pour"),
     Q(D, "Les gens n'ont pas voté pour la souveraineté, ils ont voté contre le gouvernement sortant. Lévesque-Paré le sait très bien, et c'est pour ça qu'il parle de référendum au conditionnel", "Éric Montpetit-Roy", "analyse-t-il")],
    [("À lire aussi", "Courriel")])


def pattern(text):
    """Regex for an annotation string: any space the article uses, either apostrophe."""
    out = []
    for c in text:
        if c == " ":
            out.append("[ \u00a0\u202f]")
        elif c in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def annotate(name, doc):
    ents, quotes, bps = SPEC[name]
    bp = []
    for first, last in bps:
        m = re.search(pattern(first), doc)
        if not m:
            sys.exit("%s: boilerplate start %r not found" % (name, first))
        m2 = re.compile(pattern(last)).search(doc, m.start())
        if not m2:
            sys.exit("%s: boilerplate end %r not found" % (name, last))
        bp.append({"start": m.start(), "end": m2.end()})
    taken = []
    out_e = []
    texts = sorted({e["text"] for e in ents}, key=lambda t: -len(t))
    for text in texts:
        specs = [e for e in ents if e["text"] == text]
        hits = []
        for m in re.finditer(r"(?<!\w)" + pattern(text) + r"(?!\w)", doc):
            s, e = m.span()
            if not any(s < b and a < e for a, b in taken):
                hits.append((s, e))
        if not hits:
            sys.exit("%s: entity %r not found" % (name, text))
        claimed = set()
        for spec in specs:
            idx = range(len(hits)) if spec["only"] is None else spec["only"]
            for i in idx:
                if i >= len(hits) or i in claimed:
                    sys.exit("%s: entity %r occurrence %d missing or claimed twice" % (name, text, i))
                claimed.add(i)
                s, e = hits[i]
                out_e.append({"start": s, "end": e, "text": doc[s:e], "type": spec["type"],
                              "canonical": spec["canon"],
                              "boilerplate": any(r["start"] <= s and e <= r["end"] for r in bp),
                              "optional": spec["opt"]})
        if len(claimed) != len(hits):
            sys.exit("%s: entity %r has unclaimed occurrences" % (name, text))
        taken += hits
    out_e.sort(key=lambda x: x["start"])
    out_q = []
    for spec in quotes:
        hits = [m.span() for m in re.finditer(pattern(spec["text"]), doc)]
        if not hits:
            sys.exit("%s: quote %r not found" % (name, spec["text"]))
        if spec["nth"] is None and len(hits) > 1:
            sys.exit("%s: quote %r occurs %d times, say which (nth)" % (name, spec["text"], len(hits)))
        s, e = hits[spec["nth"] or 0]
        out_q.append({"start": s, "end": e, "text": doc[s:e], "kind": spec["kind"],
                      "speaker": spec["speaker"], "cue": spec["cue"], "optional": spec["opt"]})
    out_q.sort(key=lambda x: (x["start"], x["kind"]))
    return {"doc": name + ".txt", "entities": out_e, "quotes": out_q, "boilerplate": bp}


def check(name, doc, gold):
    """The checks score.py relies on, and the conventions of ANNOTATION.md."""
    errs = []
    assert gold["doc"] == name + ".txt"
    prev_end = -1
    for x in gold["entities"]:
        if doc[x["start"]:x["end"]] != x["text"]:
            errs.append("entity offsets %r" % x)
        if x["type"] not in TYPES:
            errs.append("entity type %r" % x)
        if x["start"] < prev_end:
            errs.append("entities overlap at %r" % x)
        prev_end = x["end"]
        if not isinstance(x["canonical"], str) or not x["canonical"]:
            errs.append("canonical %r" % x)
        if x["type"] == "PER" and x["text"] not in x["canonical"].replace("\u2019", "'") and x["text"] != x["canonical"]:
            errs.append("PER canonical does not contain the mention %r" % x)
    for q in gold["quotes"]:
        t = doc[q["start"]:q["end"]]
        if t != q["text"]:
            errs.append("quote offsets %r" % q)
        if q["kind"] not in ("direct", "indirect"):
            errs.append("quote kind %r" % q)
        if t != t.strip() or (q["kind"] == "direct" and (t[0] in MARKS or t[-1] in MARKS)):
            errs.append("quote span has spaces or marks at its edge %r" % t[:40])
        if q["kind"] == "direct":
            before = doc[:q["start"]].rstrip(" \u00a0\u202f")
            if not before or before[-1] not in MARKS:
                errs.append("direct quote not after a quotation mark %r" % t[:40])
        if q["speaker"] is not None and not q["speaker"]:
            errs.append("empty speaker %r" % q)
    # score.py drops every prediction that overlaps an optional gold span of the
    # same kind, so a scored quote overlapping an optional one could never match.
    for kind in ("direct", "indirect"):
        opt = [q for q in gold["quotes"] if q["kind"] == kind and q["optional"]]
        for q in gold["quotes"]:
            if q["kind"] == kind and not q["optional"]:
                for o in opt:
                    if q["start"] < o["end"] and o["start"] < q["end"]:
                        errs.append("scored quote overlaps an optional one %r" % q["text"][:40])
    for r in gold["boilerplate"]:
        if not 0 <= r["start"] < r["end"] <= len(doc):
            errs.append("boilerplate %r" % r)
    for e in errs:
        print("%s: %s" % (name, e))
    return not errs


def self_score(golds):
    """Score the gold against itself with score.py's own functions: all must be 1.0."""
    sys.path.insert(0, os.path.abspath(SCORE))
    import score
    acc = {k: 0 for k in (
        "ent_tp ent_pred ent_gold ent_lenient_tp canon_n canon_ok direct_tp direct_pred "
        "direct_gold indirect_tp indirect_pred indirect_gold spk_n spk_ok").split()}
    for g in golds:
        pe = [x for x in g["entities"] if not x["optional"]]
        pq = [x for x in g["quotes"] if not x["optional"]]
        score.score_entities(g["entities"], pe, acc, False, g["doc"])
        score.score_quotes(g["quotes"], pq, acc, False, g["doc"])
    ok = (acc["ent_tp"] == acc["ent_pred"] == acc["ent_gold"] == acc["ent_lenient_tp"]
          and acc["canon_ok"] == acc["canon_n"]
          and acc["direct_tp"] == acc["direct_pred"] == acc["direct_gold"]
          and acc["indirect_tp"] == acc["indirect_pred"] == acc["indirect_gold"]
          and acc["spk_ok"] == acc["spk_n"])
    print("self-score with score.py: %s %s" % ("OK" if ok else "FAILED", acc))
    return ok


def show(name, doc, gold):
    print("=" * 20, name)
    for x in gold["entities"]:
        ctx = doc[max(0, x["start"] - 25):x["start"]] + "[" + x["text"] + "]" + doc[x["end"]:x["end"] + 15]
        print("E %-4s %s%s %-30s %s" % (x["type"], "o" if x["optional"] else " ",
                                      "b" if x["boilerplate"] else " ", x["canonical"][:30],
                                      ctx.replace("\n", "/")))
    for q in gold["quotes"]:
        print("Q %-8s %s %-28s %-18s %s" % (q["kind"], "o" if q["optional"] else " ",
                                           q["speaker"], q["cue"], q["text"][:70].replace("\n", "/")))
    for r in gold["boilerplate"]:
        print("B %r" % doc[r["start"]:r["end"]][:80])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    golds, ok = [], True
    totals = dict(docs=0, chars=0, ent=0, ent_opt=0, direct=0, direct_opt=0, indirect=0,
                  indirect_opt=0)
    for name in sorted(SPEC):
        with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as f:
            doc = f.read()
        gold = annotate(name, doc)
        ok &= check(name, doc, gold)
        golds.append(gold)
        if a.show:
            show(name, doc, gold)
        totals["docs"] += 1
        totals["chars"] += len(doc)
        for x in gold["entities"]:
            totals["ent_opt" if x["optional"] else "ent"] += 1
        for q in gold["quotes"]:
            totals[q["kind"] + ("_opt" if q["optional"] else "")] += 1
        if not a.check:
            with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
    ok &= self_score(golds)
    print("%(docs)d documents, %(chars)d characters; entities %(ent)d (+%(ent_opt)d optional), "
          "direct quotes %(direct)d (+%(direct_opt)d optional), indirect quotes %(indirect)d "
          "(+%(indirect_opt)d optional)" % totals)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
