#!/usr/bin/env python3
"""make_heldout3.py: write the gold of tests/gold/written with exact offsets.

    python3 tests/gold/written/make_heldout3.py          # write NAME.json, check
    python3 tests/gold/written/make_heldout3.py --check  # check only, write nothing
    python3 tests/gold/written/make_heldout3.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this set) are
given below as strings, per ../shared/docs/ANNOTATION.md (conventions decided
for this set: README.md). This script finds their code-point offsets, so that
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

# ---------------------------------------------------------------- 01
SPEC["01_afp_migrations"] = (
    [E("UE", "ORG", "Union européenne"), E("Sénégal", "LOC"), E("Bruxelles", "LOC"),
     E("BRUXELLES", "LOC", "Bruxelles"), E("AFP", "ORG"), E("Union européenne", "ORG"),
     E("Katarina Lindqvist", "PER"), E("Mamadou Lamine Sarr", "PER"),
     E("Sarr", "PER", "Mamadou Lamine Sarr"), E("Dakar", "LOC"), E("Saint-Louis", "LOC"),
     E("Mauritanie", "LOC"), E("Maroc", "LOC"), E("Parlement européen", "ORG"),
     E("Frontex", "ORG"), E("îles Canaries", "LOC", opt=True), E("Madrid", "LOC"),
     E("Amnesty International", "ORG"), E("Hélène Vautrin", "PER"),
     E("Ousmane Diagne", "PER"), E("Parti de l'unité sénégalaise", "ORG"),
     E("ministère sénégalais des Affaires étrangères", "ORG", opt=True),
     E("CEDEAO", "ORG"), E("Conseil de l'UE", "ORG"), E("Vingt-Sept", "MISC", opt=True),
     E("Commission", "ORG"), E("Agence France-Presse", "ORG")],
    [Q(D, "une étape", "Bruxelles", "selon", nth=0),
     Q(D, "externalisation", None, "dénoncent"),
     Q(D, "Cet accord n'est pas une fin, c'est une étape", "Katarina Lindqvist", "a déclaré"),
     Q(D, "retours volontaires", None, None, opt=True),
     Q(I, "les fonds seraient « suivis euro par euro » et que le Parlement européen recevrait un rapport tous les six mois", "Katarina Lindqvist", "a assuré"),
     Q(D, "suivis euro par euro", "Katarina Lindqvist", "a assuré"),
     Q(D, "Nos jeunes ne partent pas par goût de l'aventure. Ils partent parce qu'ils n'ont pas de travail", "Mamadou Lamine Sarr", "a-t-il souligné"),
     Q(I, "Dakar attendait « des visas de travail, pas seulement des bateaux »", "Mamadou Lamine Sarr", "ajoutant"),
     Q(D, "des visas de travail, pas seulement des bateaux", "Mamadou Lamine Sarr", "ajoutant"),
     Q(I, "plus de 38 000 personnes ont rejoint les îles Canaries par la route atlantique l'an dernier, un record depuis 2006", "Frontex", "Selon"),
     Q(D, "équilibré", "Madrid", "a salué"),
     Q(I, "l'UE « achète des frontières » sans garantie sur le respect des droits des personnes interceptées en mer", "Amnesty International", "estime"),
     Q(D, "achète des frontières", "Amnesty International", "estime"),
     Q(I, "plusieurs témoignages font état de refoulements violents au large des côtes mauritaniennes", "Hélène Vautrin", "D'après"),
     Q(D, "On nous parle de partenariat, mais les migrants ne sont jamais à la table", "Hélène Vautrin", "a-t-elle dénoncé"),
     Q(I, "l'accord « ne réglera rien à court terme »", None, "reconnaît"),
     Q(D, "ne réglera rien à court terme", None, "reconnaît"),
     Q(D, "C'est un signal politique avant les élections, a-t-il glissé. Tout le monde le sait.", None, "a-t-il glissé"),
     Q(I, "le gouvernement de « brader la souveraineté nationale » contre des subventions", "Ousmane Diagne", "a accusé"),
     Q(D, "brader la souveraineté nationale", "Ousmane Diagne", "a accusé"),
     Q(I, "l'accord « respecte pleinement » la liberté de circulation au sein de la CEDEAO", "ministère sénégalais des Affaires étrangères", "a répondu"),
     Q(D, "respecte pleinement", "ministère sénégalais des Affaires étrangères", "a répondu"),
     Q(I, "Il pourrait entrer en vigueur dès le mois de mars", None, "a indiqué")],
    [("kl-bd/sba/roc", "Agence France-Presse")])

# ---------------------------------------------------------------- 02
SPEC["02_politique_budget"] = (
    [E("Claire Dumonteil", "PER"), E("Assemblée nationale", "ORG"), E("Julien Ravanel", "PER"),
     E("Parlement", "ORG"), E("Arnaud Lescure", "PER"), E("Les Républicains", "ORG"),
     E("Sophie Garnier-Lacombe", "PER"), E("Palais-Bourbon", "LOC", opt=True),
     E("Rassemblement national", "ORG"), E("Bastien Morel", "PER"), E("RN", "ORG"),
     E("Matignon", "ORG"), E("Élysée", "ORG"), E("Noël", "MISC", opt=True),
     E("France Inter", "ORG"), E("Haut Conseil des finances publiques", "ORG"),
     E("X", "ORG", opt=True), E("Facebook", "ORG", opt=True)],
    [Q(D, "Nous irons jusqu'au vote", "Claire Dumonteil", "promet", nth=0),
     Q(I, "le projet de loi de finances pour 2027 sera débattu « article par article », et le gouvernement « ira jusqu'au vote »", "Claire Dumonteil", "l'a répété"),
     Q(D, "article par article", "Claire Dumonteil", "l'a répété"),
     Q(D, "ira jusqu'au vote", "Claire Dumonteil", "l'a répété"),
     Q(D, "Nous n'avons pas peur du Parlement. Nous irons jusqu'au vote, et chacun prendra ses responsabilités", "Claire Dumonteil", "a lancé"),
     Q(D, "année blanche", None, None, opt=True),
     Q(I, "le budget « fait payer les classes moyennes pour épargner les plus riches »", "Arnaud Lescure", "Pour"),
     Q(D, "fait payer les classes moyennes pour épargner les plus riches", "Arnaud Lescure", "Pour"),
     Q(I, "son groupe déposerait une motion de censure si l'exécutif engageait sa responsabilité", "Arnaud Lescure", "a annoncé"),
     Q(I, "il voterait « probablement » la première partie du texte, à condition que la hausse de la taxe sur les carburants soit retirée", "Les Républicains", "a fait savoir"),
     Q(D, "probablement", "Les Républicains", "a fait savoir"),
     Q(D, "On ne signe pas de chèque en blanc, mais on ne jouera pas la politique du pire", "Sophie Garnier-Lacombe", "a résumé"),
     Q(D, "irresponsable", "Bastien Morel", "a jugé"),
     Q(I, "les députés RN voteraient contre « toutes les hausses d'impôts, sans exception »", "Bastien Morel", "affirmé"),
     Q(D, "toutes les hausses d'impôts, sans exception", "Bastien Morel", "affirmé"),
     Q(I, "son parti « n'exclut rien »", "Bastien Morel", "a répondu"),
     Q(D, "n'exclut rien", "Bastien Morel", "a répondu"),
     Q(I, "Le Premier ministre « fait confiance au débat parlementaire »", None, "indique"),
     Q(D, "fait confiance au débat parlementaire", None, "indique"),
     Q(I, "aucune réunion n'a été programmée pour préparer un recours au 49.3", None, "assure"),
     Q(I, "le chef de l'État souhaitait un budget adopté « avant Noël, quelle que soit la méthode »", "Élysée", "a fait savoir"),
     Q(D, "avant Noël, quelle que soit la méthode", "Élysée", "a fait savoir"),
     Q(I, "un passage en force « abîmerait la confiance »", "Claire Dumonteil", "a estimé"),
     Q(D, "abîmerait la confiance", "Claire Dumonteil", "a estimé"),
     Q(I, "le Haut Conseil des finances publiques avait jugé les prévisions de croissance « atteignables »", "Claire Dumonteil", "a rappelé"),
     Q(D, "atteignables", "Haut Conseil des finances publiques", "avait jugé", opt=True),
     Q(D, "Je préfère perdre un vote", "Claire Dumonteil", "a-t-elle ajouté"),
     Q(D, "que perdre la face", "Claire Dumonteil", "a-t-elle ajouté"),
     Q(I, "les discussions avec les groupes d'opposition pourraient durer jusqu'à la fin novembre", None, "Selon")],
    [("Lire aussi :", "patients en 2027"),
     ("Partager sur X", "les partenaires sociaux reprennent les discussions")])

# ---------------------------------------------------------------- 03
SPEC["03_regional_piscine"] = (
    [E("Vierzon", "LOC"), E("piscine des Forges", "LOC", opt=True),
     E("Patrice Guillemot", "PER"), E("Nadia Ferrant", "PER"),
     E("Région Centre-Val de Loire", "ORG", opt=True), E("Valérie Chanteloup", "PER"),
     E("chambre régionale des comptes", "ORG", opt=True), E("Vierzonnais", "MISC"),
     E("Rachid Benmansour", "PER"), E("Vierzon Natation", "ORG"), E("Gilles Aubertin", "PER"),
     E("Bourges", "LOC"), E("médiathèque Paul-Éluard", "ORG", opt=True),
     E("Théo Marchais", "PER")],
    [Q(D, "gouffre financier", "opposition", "dénonce"),
     Q(D, "indispensable", "majorité", "parle"),
     Q(D, "Cette piscine, c'est là que tous les enfants de Vierzon ont appris à nager. La fermer définitivement, c'était trahir deux générations", "Patrice Guillemot", "a plaidé"),
     Q(I, "la Région Centre-Val de Loire et l'État prendraient en charge 46 % du coût total, et que le reste serait financé par un emprunt sur vingt ans", "Patrice Guillemot", "a précisé"),
     Q(I, "les subventions « ne sont pas encore signées » et la ville « s'endette pour un bassin qui coûtera plus cher chaque année »", "Valérie Chanteloup", "Pour"),
     Q(D, "ne sont pas encore signées", "Valérie Chanteloup", "Pour"),
     Q(D, "s'endette pour un bassin qui coûtera plus cher chaque année", "Valérie Chanteloup", "Pour"),
     Q(I, "la chambre régionale des comptes avait pointé, en 2023, une dette communale « préoccupante »", "Valérie Chanteloup", "a rappelé"),
     Q(D, "préoccupante", "chambre régionale des comptes", "avait pointé", opt=True),
     Q(D, "On nous demande de voter les yeux fermés. Les Vierzonnais méritent mieux qu'un chèque en blanc, a-t-elle lancé. Organisons un référendum, et la question sera tranchée.", "Valérie Chanteloup", "a-t-elle lancé"),
     Q(D, "Un référendum sur une piscine ? Et demain sur les trottoirs ?", "Rachid Benmansour", None),
     Q(I, "la capacité de désendettement de la commune restait « sous les dix ans », un seuil jugé prudent par les services de l'État", "Rachid Benmansour", "a assuré"),
     Q(D, "sous les dix ans", "Rachid Benmansour", "a assuré"),
     Q(D, "soulagé", "Gilles Aubertin", "s'est dit"),
     Q(D, "Depuis deux ans, nos nageurs font 70 kilomètres aller-retour jusqu'à Bourges pour s'entraîner. On a perdu un tiers de nos licenciés", "Gilles Aubertin", "raconte-t-il"),
     Q(I, "Les travaux devraient débuter au printemps 2027 pour une réouverture espérée à l'été 2028", "services techniques", "selon"),
     Q(I, "une tarification « accessible à toutes les familles »", "Patrice Guillemot", "a promis", opt=True),
     Q(D, "accessible à toutes les familles", "Patrice Guillemot", "a promis"),
     Q(I, "l'appel d'offres a été jugé infructueux", "Patrice Guillemot", "Selon"),
     Q(D, "Au moins, ce dossier-là ne coûtera rien cette année", "Théo Marchais", "a ironisé")],
    [("Photo : Le maire", "© Nadia Ferrant"), ("Lire aussi :", "le mercredi"),
     ("Réagir à cet article", "Se connecter")])

# ---------------------------------------------------------------- 04
SPEC["04_liban_treve"] = (
    [E("Liban", "LOC"), E("ONU", "ORG"), E("Sud", "LOC", opt=True), E("Beyrouth", "LOC"),
     E("Leïla Haddad", "PER"), E("Nations unies", "ORG"), E("Henrik Solberg", "PER"),
     E("Solberg", "PER", "Henrik Solberg"), E("Israël", "LOC"), E("Hezbollah", "ORG"),
     E("Parlement libanais", "ORG", opt=True),
     E("ministère libanais de la Santé", "ORG", opt=True), E("Bint Jbeil", "LOC"),
     E("Tyr", "LOC"), E("Galilée", "LOC"), E("Litani", "LOC"), E("X", "ORG", opt=True),
     E("Avner Kaplan", "PER"), E("Liban-Sud", "LOC"),
     E("Force intérimaire des Nations unies au Liban", "ORG"),
     E("Finul", "ORG", "Force intérimaire des Nations unies au Liban"),
     E("Marco Bellandi", "PER"), E("Casques bleus", "MISC", opt=True),
     E("Washington", "LOC"), E("Paris", "LOC"), E("Naqoura", "LOC"), E("Karim Nassar", "PER"),
     E("Centre libanais d'études stratégiques", "ORG"), E("Hussein", "PER"), E("Khiam", "LOC")],
    [Q(D, "sauver la trêve", "Henrik Solberg", "appelle"),
     Q(I, "revenir “sans délai” au respect du cessez-le-feu conclu en début d'année", "Henrik Solberg", "a exhorté"),
     Q(D, "sans délai", "Henrik Solberg", "a exhorté"),
     Q(D, "La trêve tient encore, mais elle tient à un fil. Chaque frappe, chaque tir de roquette rapproche la région d'une guerre que personne ne pourra arrêter", "Henrik Solberg", "a déclaré"),
     Q(I, "quatre civils, dont deux enfants, ont été tués dans la nuit de lundi à mardi à Bint Jbeil et dans ses environs", "ministère libanais de la Santé", "Selon"),
     Q(I, "onze blessés avaient été transférés vers l'hôpital de Tyr", "ministère libanais de la Santé", "a ajouté"),
     Q(I, "avoir visé “des infrastructures terroristes” et un dépôt d'armes du Hezbollah, en réponse à des tirs de roquettes sur la Galilée la veille", "armée israélienne", "a affirmé"),
     Q(D, "des infrastructures terroristes", "armée israélienne", "a affirmé"),
     Q(D, "Nous ne laisserons pas le Hezbollah se réarmer au sud du Litani", "Avner Kaplan", "a écrit"),
     Q(I, "toute implication dans les tirs de dimanche", "Hezbollah", "a nié"),
     Q(I, "Israël de “chercher un prétexte” pour prolonger son occupation de cinq positions frontalières", "Hezbollah", "accusé"),
     Q(D, "chercher un prétexte", "Hezbollah", "accusé"),
     Q(I, "avoir constaté “plus de 40 violations” de la ligne bleue en une semaine", "Force intérimaire des Nations unies au Liban", "dit"),
     Q(D, "plus de 40 violations", "Force intérimaire des Nations unies au Liban", "dit"),
     Q(I, "les Casques bleus avaient dû se mettre à l'abri à deux reprises", "Marco Bellandi", "a indiqué"),
     Q(D, "Nos soldats ne sont pas une cible. Nous le rappelons aux deux parties, chaque jour", "Marco Bellandi", "a-t-il insisté"),
     Q(I, "l'armée libanaise poursuivait son déploiement au sud du fleuve et qu'elle y comptait désormais “près de 8 000 hommes”", "Premier ministre libanais", "a assuré"),
     Q(D, "près de 8 000 hommes", "Premier ministre libanais", "a assuré"),
     Q(I, "aucune des deux parties n'a intérêt à une escalade majeure avant les négociations de Naqoura", "Karim Nassar", "Pour"),
     Q(D, "Mais l'histoire de cette frontière montre qu'une erreur de calcul suffit, prévient-il. Un tir qui tue des enfants, et tout bascule.", "Karim Nassar", "prévient-il"),
     Q(D, "On entend le bourdonnement toute la nuit. Mes enfants ne dorment plus", "Hussein", "témoigne"),
     Q(I, "avoir renoncé à replanter ses oliviers cette saison", "Hussein", "dit")],
    [("Lire aussi :", "rentrer chez eux"), ("Mots-clés :", "Finul, ONU")])

# ---------------------------------------------------------------- 05
SPEC["05_economie_orvea"] = (
    [E("Orvéa", "ORG"), E("Sochaux", "LOC"), E("Douai", "LOC"), E("Mathieu Lenoir", "PER"),
     E("Bourse de Paris", "ORG"), E("Laurent Vasseur-Kahn", "PER"), E("Doubs", "LOC"),
     E("Nord", "LOC"), E("CGT", "ORG"), E("Nadia Boualem", "PER"), E("CFDT", "ORG"),
     E("Franck Lemaire", "PER"), E("Claire Fontanet", "PER"), E("Oddo BHF", "ORG"),
     E("BFM Business", "ORG"), E("Bercy", "ORG"), E("Stellantis", "ORG")],
    [Q(I, "un bénéfice net de 412 millions d'euros pour 2025, un record dans l'histoire du groupe, pour un chiffre d'affaires stable de 6,3 milliards", "Orvéa", "a annoncé", opt=True),
     Q(D, "2025 a été une année de transformation. Nous avons tenu nos marges malgré le ralentissement du marché européen", "Laurent Vasseur-Kahn", "s'est félicité"),
     Q(I, "le groupe verserait un dividende de 2,10 euros par action, en hausse de 30 centimes", "Laurent Vasseur-Kahn", "a confirmé"),
     Q(I, "Depuis mardi, environ 600 salariés sont en grève à Sochaux (Doubs) et à Douai (Nord)", "CGT", "selon"),
     Q(D, "moins de 300 grévistes", "direction", "évoque"),
     Q(D, "Les actionnaires touchent le jackpot, et nous, on nous propose 0,8 % d'augmentation. C'est une provocation", "Nadia Boualem", "s'emporte"),
     Q(I, "les cadences ont augmenté de 12 % en deux ans, sans embauche", "Nadia Boualem", "affirme"),
     Q(I, "un accord est \"encore possible\" si la direction rouvre les négociations annuelles obligatoires", "CFDT", "estime"),
     Q(D, "encore possible", "CFDT", "estime"),
     Q(D, "Si rien ne bouge d'ici lundi, nous appellerons nous aussi à la grève.", "Franck Lemaire", "a toutefois prévenu"),
     Q(I, "il \"respectait le droit de grève\"", "Laurent Vasseur-Kahn", "a assuré"),
     Q(D, "respectait le droit de grève", "Laurent Vasseur-Kahn", "a assuré"),
     Q(I, "l'accord salarial de 2025 avait été \"le plus favorable du secteur\"", "Laurent Vasseur-Kahn", "rappelé"),
     Q(D, "le plus favorable du secteur", "Laurent Vasseur-Kahn", "rappelé"),
     Q(D, "La porte du dialogue n'a jamais été fermée", "Laurent Vasseur-Kahn", "a-t-il insisté"),
     Q(I, "la hausse des droits de douane américains pourrait coûter \"entre 60 et 90 millions d'euros\" au groupe cette année", "Claire Fontanet", "D'après"),
     Q(D, "entre 60 et 90 millions d'euros", "Claire Fontanet", "D'après"),
     Q(D, "Le marché a acheté le bénéfice, pas encore les perspectives", "Claire Fontanet", "résume-t-elle"),
     Q(D, "toutes les parties à se remettre autour de la table", "ministre de l'Industrie", "a appelé"),
     Q(I, "une réunion pourrait se tenir à la préfecture du Doubs dès la semaine prochaine", "Bercy", "Selon")],
    [("Newsletter Économie", "ce que prévoit le décret")])

# ---------------------------------------------------------------- 06
SPEC["06_sport_rugby"] = (
    [E("Top 14", "MISC"), E("Section paloise", "ORG"), E("Section", "ORG", "Section paloise"),
     E("Bayonne", "ORG", opt=True), E("Aviron bayonnais", "ORG"), E("Mathis Carrère", "PER"),
     E("Carrère", "PER", "Mathis Carrère"), E("Pau", "LOC", only=(0,)),
     E("Pau", "ORG", opt=True, only=(1, 2)), E("stade du Hameau", "LOC", opt=True),
     E("Palois", "MISC"), E("Josaia Nakarawa", "PER"), E("Nakarawa", "PER", "Josaia Nakarawa"),
     E("Sébastien Etchegaray", "PER"), E("Pro D2", "MISC"), E("Béarnais", "MISC"),
     E("Lucas Mendiboure", "PER"), E("Mendiboure", "PER", "Lucas Mendiboure"),
     E("Nathan Pérès", "PER"), E("Pérès", "PER", "Nathan Pérès"), E("Thierry Ospital", "PER"),
     E("Peio Harambillet", "PER"), E("Racing 92", "ORG"), E("Toulouse", "LOC"),
     E("Urruty", "PER")],
    [Q(D, "Je ne l'ai pas regardé partir. J'ai juste entendu le bruit du stade", "Mathis Carrère", "a raconté"),
     Q(D, "On a été naïfs en première période. On leur a offert deux essais sur des ballons qu'on n'avait pas à jouer", "Sébastien Etchegaray", "a reconnu"),
     Q(I, "avoir « haussé le ton » dans le vestiaire", "Sébastien Etchegaray", "dit"),
     Q(D, "haussé le ton", "Sébastien Etchegaray", "dit"),
     Q(D, "Je leur ai demandé s'ils voulaient finir la saison en Pro D2 ou se battre pour les phases finales. Ils ont répondu sur le terrain", "Sébastien Etchegaray", "a-t-il expliqué"),
     Q(I, "l'essai de Nathan Pérès était « entaché d'un en-avant flagrant »", "Thierry Ospital", "estimant"),
     Q(D, "entaché d'un en-avant flagrant", "Thierry Ospital", "estimant"),
     Q(D, "On joue quatre-vingts minutes pour que ça se décide sur une décision comme celle-là. C'est dur à avaler", "Thierry Ospital", "a-t-il lâché"),
     Q(I, "son équipe a « manqué de lucidité » dans les dix dernières minutes", "Thierry Ospital", "Selon"),
     Q(D, "manqué de lucidité", "Thierry Ospital", "Selon"),
     Q(D, "On a perdu ce match nous-mêmes. L'arbitre n'a pas raté de plaquages.", "Peio Harambillet", None),
     Q(D, "Là-bas, il faudra quatre-vingts minutes, pas quarante", "Sébastien Etchegaray", "a prévenu")],
    [("Partager l'article", "Aviron bayonnais")])

# ---------------------------------------------------------------- 07
SPEC["07_culture_cinema"] = (
    [E("Les Heures claires", "MISC"), E("Inès Marchetti", "PER"), E("Cévennes", "LOC"),
     E("Pyramide Distribution", "ORG"), E("Lozère", "LOC"), E("Quinzaine des cinéastes", "MISC"),
     E("Cannes", "LOC"), E("Alès", "LOC"), E("Baptiste Roux", "PER"), E("Marcelle", "PER"),
     E("Yanis", "PER"), E("Le Monde", "ORG"), E("Télérama", "ORG"),
     E("Cahiers du cinéma", "ORG"), E("Olivier Nahum", "PER"),
     E("Pyramide", "ORG", "Pyramide Distribution"), E("Agathe Leclerc", "PER"),
     E("Mende", "LOC"), E("Florac", "LOC"), E("Millau", "LOC"), E("France", "LOC"),
     E("Festival de Sarlat", "MISC")],
    [Q(D, "Les Heures claires", None, None, opt=True, nth=0),
     Q(D, "sur ceux qui restent", "Inès Marchetti", "dit-elle"),
     Q(D, "Les Heures claires", None, None, opt=True, nth=1),
     Q(D, "Je ne voulais pas faire un film sur la désertification, il y en a déjà beaucoup. Je voulais filmer ceux qui restent, et pourquoi ils restent", "Inès Marchetti", "explique"),
     Q(I, "avoir passé « tous les étés de [son] enfance » dans la vallée où elle a tourné", "Inès Marchetti", "dit"),
     Q(D, "tous les étés de [son] enfance", "Inès Marchetti", "dit"),
     Q(D, "On vivait là-bas. On allait aux enterrements, aux repas de chasse, aux conseils municipaux. À la fin, plus personne ne faisait attention à la caméra", "Baptiste Roux", "raconte"),
     Q(D, "Marcelle m'a appris plus de choses sur le cinéma que l'école de cinéma", "Inès Marchetti", "sourit"),
     Q(D, "un grand film politique qui ne hausse jamais la voix", "Le Monde", "salue"),
     Q(D, "une merveille de pudeur", "Télérama", "évoque"),
     Q(I, "le film « flirte parfois avec la carte postale »", "Olivier Nahum", "estime"),
     Q(D, "flirte parfois avec la carte postale", "Olivier Nahum", "estime"),
     Q(I, "le film sortira dans 85 salles, « dont une bonne moitié en zone rurale »", "Agathe Leclerc", "Selon"),
     Q(D, "dont une bonne moitié en zone rurale", "Agathe Leclerc", "Selon"),
     Q(I, "travailler à une fiction, son premier film avec des acteurs professionnels", "Inès Marchetti", "a confié"),
     Q(D, "Mais j'emmènerai ma méthode avec moi : du temps, beaucoup de temps", "Inès Marchetti", "prévient-elle"),
     Q(D, "Les Heures claires", None, None, opt=True, nth=2)],
    [("Crédit photo :", "Pyramide Distribution"), ("À voir aussi", "le palmarès complet")])

# ---------------------------------------------------------------- 08
SPEC["08_justice_incendie"] = (
    [E("rue des Tanneurs", "LOC", opt=True), E("Marseille", "LOC"), E("Gérald Fabiani", "PER"),
     E("Fabiani", "PER", "Gérald Fabiani"), E("Sonia Amrani", "PER"),
     E("Anne-Laure Ribière", "PER"), E("Jean-Baptiste Orsoni", "PER"),
     E("Provence Gestion Immobilière", "ORG"), E("Karim Mansouri", "PER"),
     E("Camille Berthier", "PER"), E("Ville de Marseille", "ORG", opt=True)],
    [Q(D, "Monsieur Fabiani savait. Il savait depuis des années que cet immeuble était un piège", "Anne-Laure Ribière", "a lancé"),
     Q(D, "sans la moindre réponse", "Anne-Laure Ribière", "a détaillé"),
     Q(I, "l'alarme incendie de l'immeuble était hors service depuis au moins dix-huit mois", "parquet", "Selon"),
     Q(I, "l'absence de porte coupe-feu et l'encombrement de la cage d'escalier ont « très probablement » rendu la fuite impossible", "experts", "Selon"),
     Q(D, "très probablement", "experts", "Selon"),
     Q(I, "le prévenu avait « fait le choix de l'argent contre la sécurité de ses locataires »", "Anne-Laure Ribière", "a estimé"),
     Q(D, "fait le choix de l'argent contre la sécurité de ses locataires", "Anne-Laure Ribière", "a estimé"),
     Q(I, "il percevait près de 9 000 euros de loyers par mois pour ce seul immeuble", "Anne-Laure Ribière", "rappelant"),
     Q(I, "une interdiction définitive de louer des logements et la confiscation du bien", "Anne-Laure Ribière", "a également requis", opt=True),
     Q(D, "fait pour l'opinion publique", "Jean-Baptiste Orsoni", "a dénoncé"),
     Q(D, "On cherche un coupable à la hauteur de la douleur. Mais mon client n'a pas allumé ce feu, et il n'a jamais reçu les courriers dont on parle", "Jean-Baptiste Orsoni", "a-t-il plaidé"),
     Q(I, "la responsabilité de l'entretien incombait au syndic, la société Provence Gestion Immobilière, dont le gérant sera jugé dans un procès distinct", "Jean-Baptiste Orsoni", "Selon"),
     Q(D, "Je pense à ces enfants tous les jours. Je n'ai jamais voulu ça", "Gérald Fabiani", "a-t-il déclaré"),
     Q(D, "Dix ans, ce n'est rien. Ma sœur et mes neveux, eux, ne reviendront pas", "Karim Mansouri", "a-t-il confié"),
     Q(D, "satisfaite", "Camille Berthier", "s'est dite"),
     Q(I, "la Ville de Marseille « aurait dû être sur le banc des prévenus »", "Camille Berthier", "estimant"),
     Q(D, "aurait dû être sur le banc des prévenus", "Camille Berthier", "estimant")],
    [("Lire aussi :", "six nouveaux quartiers"),
     ("Vous avez aimé cet article", "newsletter Justice.")])

# ---------------------------------------------------------------- 09
SPEC["09_sante_pollution"] = (
    [E("Inserm", "ORG", "Institut national de la santé et de la recherche médicale"),
     E("The Lancet Psychiatry", "ORG"),
     E("Institut national de la santé et de la recherche médicale", "ORG"),
     E("Bordeaux", "LOC"), E("Hélène Garrigues", "PER"), E("Thomas Wendling", "PER"),
     E("CHU de Strasbourg", "ORG"), E("Santé publique France", "ORG"),
     E("Souffle urbain", "ORG"), E("Paris", "LOC"),
     E("Organisation mondiale de la santé", "ORG"),
     E("OMS", "ORG", "Organisation mondiale de la santé"), E("Joëlle Ramírez", "PER"),
     E("ministère de la Santé", "ORG", opt=True), E("Lyon", "LOC"), E("Marseille", "LOC")],
    [Q(D, "repenser les normes", "chercheurs de l'Inserm", "selon"),
     Q(D, "Nous savions déjà que la pollution de l'air abîme les poumons et le cœur. Nos données suggèrent qu'elle pourrait aussi affecter le cerveau en développement", "Hélène Garrigues", "explique"),
     Q(I, "L'effet reste modeste à l'échelle individuelle", "Hélène Garrigues", "insiste"),
     Q(D, "à l'échelle d'une population, 17 %, c'est considérable", "Hélène Garrigues", "ajoute-t-elle"),
     Q(I, "l'étude ne prouve pas à elle seule un lien de cause à effet", "Hélène Garrigues", "précisant"),
     Q(I, "les auteurs ont fait « un travail sérieux », mais les jeunes des quartiers les plus pollués cumulent souvent d'autres facteurs de risque, comme la précarité ou le bruit", "Thomas Wendling", "Pour"),
     Q(D, "un travail sérieux", "Thomas Wendling", "Pour"),
     Q(D, "Il faut se garder des titres alarmistes. On ne peut pas dire à une famille que son enfant est déprimé à cause du périphérique", "Thomas Wendling", "tempère-t-il"),
     Q(I, "la pollution aux particules fines est responsable d'environ 40 000 décès prématurés par an dans le pays", "Santé publique France", "rappelle"),
     Q(I, "elle intégrerait ces travaux à sa prochaine évaluation, attendue au printemps", "Santé publique France", "a indiqué"),
     Q(I, "« l'alignement immédiat » des seuils français sur les recommandations de l'Organisation mondiale de la santé (OMS), nettement plus strictes", "Souffle urbain", "a réclamé", opt=True),
     Q(D, "l'alignement immédiat", "Souffle urbain", "a réclamé"),
     Q(D, "chaque année perdue se compte en vies", "Joëlle Ramírez", "estime"),
     Q(I, "le gouvernement « étudie » une révision des seuils dans le cadre de la directive européenne adoptée en 2024, qui impose de les abaisser d'ici 2030", "ministère de la Santé", "on indique"),
     Q(D, "étudie", "ministère de la Santé", "on indique")],
    [("À lire aussi :", "seuils de l'OMS"), ("Cet article vous a été utile", "Partagez-le.")])

# ---------------------------------------------------------------- 10
SPEC["10_entretien_glaciers"] = (
    [E("Alpes", "LOC"), E("Marion Chabert", "PER"), E("CNRS", "ORG"), E("Grenoble", "LOC"),
     E("La Mémoire de la glace", "MISC"), E("Éditions du Seuil", "ORG"),
     E("Antoine Deschamps", "PER"), E("mer de Glace", "LOC"), E("Chamonix", "LOC"),
     E("Giec", "ORG"), E("Savoie", "LOC"), E("Bondo", "LOC"), E("Suisse", "LOC"),
     E("Louis Reynaud", "PER")],
    [Q(D, "Les glaciers des Alpes auront perdu la moitié de leur volume d'ici 2050", "Marion Chabert", None),
     Q(D, "La Mémoire de la glace", None, None, opt=True, nth=0),
     Q(I, "ils ne reconnaissent plus leurs itinéraires", "guides de Chamonix", "me disent"),
     Q(I, "les glaciers auront perdu la moitié de leur volume d'ici 2050", None, "annonce", opt=True),
     Q(I, "les Alpes garderont un tiers de leurs glaciers, ou presque rien", "Giec", "est très clair", opt=True),
     Q(D, "catastrophiste", None, "reprochent"),
     Q(D, "Vous allez faire fuir les touristes.", None, "m'a dit"),
     Q(I, "les touristes partiraient de toute façon si la neige ne tombait plus", "Marion Chabert", "Je lui ai répondu"),
     Q(D, "Un glacier, ça se regarde sur cent ans, pas sur une saison.", "Louis Reynaud", "le disait"),
     Q(D, "La Mémoire de la glace", None, None, opt=True, nth=1)],
    [])

# ---------------------------------------------------------------- 11
SPEC["11_direct_tempete"] = (
    [E("Bérénice", "MISC"), E("Bretagne", "LOC"), E("Finistère", "LOC"), E("France", "LOC"),
     E("Quimperlé", "LOC"), E("X", "ORG", opt=True), E("Jean-Marc Le Goff", "PER"),
     E("Enedis", "ORG"), E("Olivier Caradec", "PER"), E("France Bleu Breizh Izel", "ORG"),
     E("Brest", "LOC"), E("Télégramme", "ORG"), E("Roscoff", "LOC"), E("Yann Kerlann", "PER"),
     E("Météo-France", "ORG"), E("Côtes-d'Armor", "LOC"), E("Damien Le Roux", "PER"),
     E("SNCF", "ORG"), E("TER", "MISC", opt=True), E("Quimper", "LOC"),
     E("Marie-Annick", "PER"), E("Plouescat", "LOC"),
     E("Service départemental d'incendie et de secours", "ORG"), E("SDIS 29", "ORG"),
     E("Hervé Moal", "PER"), E("pont de Recouvrance", "LOC", opt=True), E("Vannes", "LOC")],
    [Q(I, "Un automobiliste de 54 ans a été tué par la chute d'un arbre sur sa voiture près de Quimperlé", "préfecture", "a annoncé"),
     Q(D, "Toutes nos pensées vont à sa famille", "Jean-Marc Le Goff", "a écrit"),
     Q(I, "180 000 foyers toujours privés de courant en Bretagne, dont 95 000 dans le Finistère", "Enedis", "fait état"),
     Q(D, "Nos équipes sont mobilisées, mais certaines zones ne seront pas rétablies avant jeudi", "Olivier Caradec", "prévient"),
     Q(D, "courage", "ministre de l'Intérieur", "a salué"),
     Q(I, "l'état de catastrophe naturelle serait reconnu « dans les plus brefs délais » pour les communes touchées", "ministre de l'Intérieur", "annoncé"),
     Q(D, "dans les plus brefs délais", "ministre de l'Intérieur", "annoncé"),
     Q(D, "jamais vues", "Yann Kerlann", "décrit"),
     Q(D, "La mer est passée par-dessus la digue. Des bateaux ont été retrouvés sur le parking", "Yann Kerlann", "raconte"),
     Q(D, "plusieurs millions d'euros", "Yann Kerlann", "estime"),
     Q(I, "les vents devraient faiblir nettement en soirée, mais de fortes pluies sont attendues dans la nuit", "Damien Le Roux", "Selon"),
     Q(I, "le trafic TER restait interrompu entre Brest et Quimper", "SNCF", "a indiqué"),
     Q(I, "des arbres étaient tombés sur les voies « à une dizaine d'endroits »", "SNCF", "a précisé"),
     Q(D, "à une dizaine d'endroits", "SNCF", "a précisé"),
     Q(D, "Je n'ai jamais vu ça en quarante ans", "Marie-Annick", "témoigne"),
     Q(D, "J'ai entendu un bruit énorme, et après, je voyais le ciel depuis mon lit.", "Marie-Annick", None),
     Q(I, "Les pompiers du Finistère ont effectué plus de 1 200 interventions depuis minuit", "Service départemental d'incendie et de secours", "selon"),
     Q(D, "ne pas prendre la route", "Hervé Moal", "a appelé"),
     Q(D, "rester à distance des arbres", "Hervé Moal", "a appelé")],
    [("Ce direct est terminé.", "l'avoir suivi."), ("Partager  Tweeter", "port de plaisance")])

# ---------------------------------------------------------------- 12
SPEC["12_portrait_medecin"] = (
    [E("Aurélie Castagné", "PER"), E("Aurélie", "PER", "Aurélie Castagné"),
     E("Bourganeuf", "LOC"), E("Creuse", "LOC"), E("Élysée", "ORG"),
     E("Claire Moreau-Dussart", "PER"), E("Hans Lucas", "ORG"), E("Emma Delpech", "PER"),
     E("Sud-Ouest", "LOC"), E("Agen", "LOC"), E("Bordeaux", "LOC"), E("Limousin", "LOC"),
     E("Josiane", "PER"), E("Sénat", "ORG"),
     E("Intersyndicale nationale des internes", "ORG"),
     E("ISNI", "ORG", "Intersyndicale nationale des internes"), E("Philippe Aubusson", "PER"),
     E("Guéret", "LOC"), E("Serge Lavaud", "PER"), E("Nouvelle-Aquitaine", "LOC")],
    [Q(D, "Ici, tout le monde sait que je finis tard. Alors ils viennent tôt, pour être sûrs de passer", "Aurélie Castagné", "dit-elle"),
     Q(D, "Lundi, j'ai vu quarante-deux patients. Mardi, j'ai fait trois visites à domicile, dont une à quarante kilomètres, pour une dame de 93 ans qui ne peut plus sortir de son lit.\n\n« Mercredi, un homme de 58 ans est mort d'un infarctus dans sa cuisine. L'ambulance la plus proche était à une heure. Je suis arrivée avant elle, et je n'ai rien pu faire.", "Aurélie Castagné", "écrivait"),
     Q(D, "Je n'ai rien inventé. J'ai juste raconté une semaine. Le scandale, ce n'est pas ma lettre, c'est que ce soit devenu normal", "Aurélie Castagné", "résume-t-elle"),
     Q(D, "tomber amoureuse", "Aurélie Castagné", None),
     Q(D, "têtue comme une mule", "Josiane", "se souvient"),
     Q(D, "Quand elle avait décidé quelque chose, il n'y avait rien à faire. À dix ans, elle soignait déjà les chats du voisinage", "Josiane", "raconte-t-elle"),
     Q(D, "quatrième année d'internat", "Aurélie Castagné", "a plaidé"),
     Q(I, "« une mesure punitive » qui ne réglera pas le manque d'attractivité des territoires", "Intersyndicale nationale des internes", "a dénoncé", opt=True),
     Q(D, "une mesure punitive", "Intersyndicale nationale des internes", "a dénoncé"),
     Q(D, "Je comprends les internes. Moi aussi, à vingt-cinq ans, je n'avais pas envie qu'on m'envoie au bout du monde. Mais on ne peut pas laisser des départements entiers sans médecins", "Aurélie Castagné", "répond-elle"),
     Q(I, "elle a « le mérite de secouer tout le monde »", "Philippe Aubusson", "Pour"),
     Q(D, "le mérite de secouer tout le monde", "Philippe Aubusson", "Pour"),
     Q(I, "elle « simplifie parfois »", "Philippe Aubusson", "juge"),
     Q(D, "simplifie parfois", "Philippe Aubusson", "juge"),
     Q(D, "Elle parle comme si la solution était simple. Elle ne l'est pas. Il faut des maisons de santé, des infirmières en pratique avancée, de la télémédecine, tout à la fois", "Philippe Aubusson", "explique-t-il"),
     Q(I, "la commune a reçu « plus de candidatures en six mois qu'en dix ans » pour sa maison de santé, depuis que la médecin est devenue célèbre", "Serge Lavaud", "Selon"),
     Q(D, "plus de candidatures en six mois qu'en dix ans", "Serge Lavaud", "Selon"),
     Q(D, "Aurélie a fait plus pour notre attractivité que toutes nos plaquettes", "Serge Lavaud", "s'amuse-t-il"),
     Q(I, "il souhaite « entendre le terrain » avant la présentation d'un plan pour l'accès aux soins", None, "assure"),
     Q(D, "entendre le terrain", None, "assure"),
     Q(D, "Je leur dirai ce que je dis à mes patients : on va essayer, mais il faut être honnête sur ce qu'on peut promettre", "Aurélie Castagné", "glisse-t-elle")],
    [("Photo : Aurélie", "Emma Delpech"), ("Newsletter Société", "Nouvelle-Aquitaine")])


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
