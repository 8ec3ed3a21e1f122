#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written11 with exact offsets.

    python3 tests/gold/written11/make_gold.py          # write NAME.json, check
    python3 tests/gold/written11/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written11/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), role (role noun or description standing
for a named person), func (a person known only by function), inst
(institution, body or group).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_senat_retraites"] = (
    [E("Sénat", "ORG"), E("CGT", "ORG"), E("Héloïse Vandercruyssen", "PER"),
     E("palais du Luxembourg", "LOC", opt=True), E("Ysaline Kerhervé-Daumas", "PER"),
     E("Kerhervé-Daumas", "PER", "Ysaline Kerhervé-Daumas"), E("Les Républicains", "ORG"),
     E("Seine-Saint-Denis", "LOC"), E("Anatole Bruyère-Nkemdirim", "PER"),
     E("Conseil d'orientation des retraites", "ORG"), E("Travail", "ORG", opt=True),
     E("Oumou Sacko-Perrin", "PER"), E("Montreuil", "LOC"), E("CFDT", "ORG"),
     E("Gwendal Postic", "PER"), E("Assemblée nationale", "ORG"), E("Élysée", "ORG"),
     E("Français", "MISC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "un passage en force", "gauche", "selon", opt=True, nth=0),
     Q(I, "d'un vote « responsable, qui regarde la démographie en face »", "Ysaline Kerhervé-Daumas", "s'est félicitée", opt=True),
     Q(D, "responsable, qui regarde la démographie en face", "Ysaline Kerhervé-Daumas", "s'est félicitée", v="name"),
     Q(D, "Nous ne faisons pas plaisir, nous faisons notre devoir", "Ysaline Kerhervé-Daumas", "a-t-elle lancé", v="pron"),
     Q(D, "un passage en force", "Anatole Bruyère-Nkemdirim", "a dénoncé", nth=1, v="name"),
     Q(I, "la majorité sénatoriale « a choisi d'ignorer les millions de salariés qui ont manifesté au printemps »", "Anatole Bruyère-Nkemdirim", "Selon"),
     Q(D, "a choisi d'ignorer les millions de salariés qui ont manifesté au printemps", "Anatole Bruyère-Nkemdirim", "Selon", v="pron"),
     Q(I, "le Conseil d'orientation des retraites avait jugé le déficit « maîtrisable » à l'horizon 2035", "Anatole Bruyère-Nkemdirim", "a rappelé"),
     Q(D, "maîtrisable", "Conseil d'orientation des retraites", "avait jugé", opt=True),
     Q(D, "C'est une étape décisive, et le dialogue avec les partenaires sociaux reste ouvert", "ministre du Travail", "a déclaré", v="func"),
     Q(I, "tout retour sur l'âge légal", "ministre du Travail", "a exclu", opt=True),
     Q(D, "non négociable", "ministre du Travail", "juge", v="func"),
     Q(D, "une provocation", "CGT", "dénonce", v="inst"),
     Q(I, "à une journée de grève interprofessionnelle le 14 janvier", "CGT", "appelle", opt=True),
     Q(D, "cette fois, les raffineries et les ports seront de la partie", "Oumou Sacko-Perrin", "a prévenu", v="name"),
     Q(D, "On a été patients. On ne le sera plus", "Oumou Sacko-Perrin", "a-t-elle ajouté", v="pron"),
     Q(I, "le texte « peut encore être amendé en commission mixte paritaire »", "Gwendal Postic", "juge"),
     Q(D, "peut encore être amendé en commission mixte paritaire", "Gwendal Postic", "juge", v="name"),
     Q(D, "Nous irons négocier chaque virgule, a-t-il assuré. Mais si rien ne bouge, nous serons dans la rue.", "Gwendal Postic", "a-t-il assuré", v="pron"),
     Q(I, "un accord serait « à portée de main »", None, "D'après"),
     Q(D, "à portée de main", None, "D'après"),
     Q(I, "le chef de l'État souhaite une promulgation « avant le printemps »", "Élysée", "on rappelle"),
     Q(D, "avant le printemps", "Élysée", "on rappelle", v="inst"),
     Q(D, "Les Français savent compter", "Ysaline Kerhervé-Daumas", "a glissé", v="role")],
    [("Lire aussi", "CGT, CFDT")])


# ---------------------------------------------------------------- 02
SPEC["02_proces_marseille"] = (
    [E("Marseille", "LOC"), E("Thibault Ancelin-Moreau", "PER"), E("Léandre Fabbri-Tchakarov", "PER"),
     E("Fabbri-Tchakarov", "PER", "Léandre Fabbri-Tchakarov"), E("Provençale de Travaux Publics", "ORG"),
     E("PTP", "ORG", "Provençale de Travaux Publics"), E("Aubagne", "LOC"),
     E("Office central de lutte contre la corruption et les infractions financières et fiscales", "ORG"),
     E("OCLCIFF", "ORG", "Office central de lutte contre la corruption et les infractions financières et fiscales"),
     E("Svetozar Bellanger", "PER"), E("Capucine Oyelaran-Gaudin", "PER"),
     E("Parquet national financier", "ORG"), E("Ville de Marseille", "ORG", opt=True),
     E("Anticor", "ORG"), E("Nathéa Bouzidi", "PER"), E("Cour des comptes", "ORG")],
    [
     Q(D, "J'ai rendu service, je n'ai rien volé", "Léandre Fabbri-Tchakarov", "se défend", nth=0, v="role"),
     Q(D, "J'ai rendu service, je n'ai rien volé", "Léandre Fabbri-Tchakarov", "a-t-il répété", nth=1, v="pron"),
     Q(I, "les enquêteurs de l'Office central de lutte contre la corruption et les infractions financières et fiscales (OCLCIFF) avaient retrouvé « des factures sans aucune prestation »", "présidente du tribunal correctionnel de Marseille", "a rappelé"),
     Q(D, "des factures sans aucune prestation", "présidente du tribunal correctionnel de Marseille", "a rappelé", opt=True),
     Q(D, "Vous appelez ça un service, monsieur ?", "présidente du tribunal correctionnel de Marseille", "a-t-elle demandé", v="func"),
     Q(I, "avoir « facilité certaines choses »", "Svetozar Bellanger", "a reconnu"),
     Q(D, "facilité certaines choses", "Svetozar Bellanger", "a reconnu", v="name"),
     Q(I, "toute corruption", "Svetozar Bellanger", "contestant", opt=True),
     Q(I, "son client « n'a jamais conditionné un chantier à une faveur »", "Capucine Oyelaran-Gaudin", "Selon"),
     Q(D, "n'a jamais conditionné un chantier à une faveur", "Capucine Oyelaran-Gaudin", "Selon", v="name"),
     Q(D, "On juge ici un système, pas un homme, a plaidé la pénaliste. Mon client en a été le rouage, pas l'architecte.", "Capucine Oyelaran-Gaudin", "a plaidé", v="role"),
     Q(I, "le dossier est au contraire « exemplaire d'une corruption de proximité »", "Parquet national financier", "Pour"),
     Q(D, "exemplaire d'une corruption de proximité", "Parquet national financier", "Pour", v="inst"),
     Q(I, "le préjudice pour la collectivité dépassait 4,2 millions d'euros", "procureur financier", "a indiqué"),
     Q(I, "le remboursement intégral des sommes", "Ville de Marseille", "réclame", opt=True),
     Q(D, "Tout le monde savait. Personne ne parlait.", None, "confie"),
     Q(I, "l'affaire illustre « les failles béantes du contrôle des marchés locaux »", "Anticor", "estime"),
     Q(D, "les failles béantes du contrôle des marchés locaux", "Anticor", "estime", v="inst"),
     Q(I, "elle saisirait la Cour des comptes", "Nathéa Bouzidi", "a annoncé"),
     Q(D, "Ce procès ne doit pas être une fin, mais un début", "Nathéa Bouzidi", "a-t-elle déclaré", v="pron"),
     Q(I, "le nombre d'élus condamnés en hausse", None, "selon", opt=True)],
    [("Lire aussi", "Commenter")])


# ---------------------------------------------------------------- 03
SPEC["03_unedic_chomage"] = (
    [E("Unédic", "ORG"), E("Clémentine Aït-Hamou-Lefranc", "PER"), E("Ruben Østergaard-Petit", "PER"),
     E("Paris", "LOC"), E("Faustine Le Quéré", "PER"), E("Force ouvrière", "ORG"), E("Bercy", "ORG"),
     E("Medef", "ORG"), E("Aurélien Nzambé-Dorval", "PER"), E("Échos", "ORG", "Les Échos"),
     E("CPME", "ORG"), E("ministère du Travail", "ORG", opt=True), E("Ingrid Valsecchi-Nwosu", "PER"),
     E("Observatoire français des conjonctures économiques", "ORG"),
     E("OFCE", "ORG", "Observatoire français des conjonctures économiques"),
     E("Newsletter Économie", "MISC", opt=True)],
    [
     Q(I, "de nouvelles économies", "patronat", "réclame", opt=True),
     Q(I, "l'excédent du régime d'assurance chômage atteindrait 1,1 milliard d'euros en 2027, contre 2,8 milliards attendus en juin", "Unédic", "Selon"),
     Q(D, "une dégradation plus rapide que prévu du marché du travail", "Ruben Østergaard-Petit", "a expliqué", v="name"),
     Q(I, "le nombre de demandeurs d'emploi indemnisés avait progressé de 4 % sur un an", "Ruben Østergaard-Petit", "a précisé"),
     Q(D, "Nous ne sommes pas dans une crise, mais le ralentissement est net", "Ruben Østergaard-Petit", "a-t-il résumé", v="pron"),
     Q(I, "l'État continuait de prélever une partie des recettes du régime", "Ruben Østergaard-Petit", "ajoutant"),
     Q(D, "L'État se sert dans la caisse des chômeurs pour boucher ses propres trous", "Faustine Le Quéré", "s'est indignée", v="name"),
     Q(I, "les ponctions décidées par Bercy depuis 2023 représentent « près de 12 milliards d'euros »", "Faustine Le Quéré", "Selon"),
     Q(D, "près de 12 milliards d'euros", "Faustine Le Quéré", "Selon", v="pron"),
     Q(I, "le régime doit « continuer à inciter à la reprise d'emploi »", "Medef", "juge"),
     Q(D, "continuer à inciter à la reprise d'emploi", "Medef", "juge", v="inst"),
     Q(I, "pour une nouvelle baisse de la durée d'indemnisation des seniors", "Aurélien Nzambé-Dorval", "plaide", opt=True),
     Q(D, "Le plein-emploi ne se décrète pas, il se construit", "Aurélien Nzambé-Dorval", "a-t-il affirmé", v="pron"),
     Q(I, "les petites entreprises avaient surtout besoin « de visibilité, pas d'une énième réforme »", "président de la CPME", "a estimé"),
     Q(D, "de visibilité, pas d'une énième réforme", "président de la CPME", "a estimé", v="func"),
     Q(I, "aucune décision ne sera prise « avant la fin des négociations entre partenaires sociaux », prévue en mars", "ministère du Travail", "on indique"),
     Q(D, "avant la fin des négociations entre partenaires sociaux", "ministère du Travail", "on indique", v="inst"),
     Q(I, "le débat est mal posé", "Ingrid Valsecchi-Nwosu", "Pour"),
     Q(D, "On discute de paramètres alors que la vraie question est celle du financement à long terme", "Ingrid Valsecchi-Nwosu", "explique-t-elle", v="pron"),
     Q(I, "les excédents de ces dernières années tenaient « largement à la conjoncture »", "Ingrid Valsecchi-Nwosu", "rappelle"),
     Q(D, "largement à la conjoncture", "Ingrid Valsecchi-Nwosu", "rappelle", v="role")],
    [("Mots-clés", "l'essentiel")])


# ---------------------------------------------------------------- 04
SPEC["04_greve_sncf"] = (
    [E("SNCF Voyageurs", "ORG"), E("SNCF", "ORG"), E("SUD-Rail", "ORG"), E("CGT-Cheminots", "ORG"),
     E("Noël", "MISC", opt=True), E("Mathurin Delahaye-Ouattara", "PER"), E("TGV", "MISC", opt=True),
     E("Atlantique", "LOC", opt=True), E("Yolaine Brochard-Mensah", "PER"), E("gare Montparnasse", "LOC", opt=True),
     E("Casimir Lévêque-Antunes", "PER"), E("franceinfo", "ORG"), E("Transports", "ORG", opt=True),
     E("Fédération nationale des associations d'usagers des transports", "ORG"),
     E("Fnaut", "ORG", "Fédération nationale des associations d'usagers des transports"),
     E("Eudes Villaret", "PER"), E("gare de Bordeaux-Saint-Jean", "LOC", opt=True), E("Rozenn", "PER"),
     E("Nantes", "LOC"), E("Saint-Denis", "LOC"), E("Mobilités", "MISC", opt=True)],
    [
     Q(D, "Les cheminots ne sont pas des variables d'ajustement", "SUD-Rail", "prévient", opt=True, nth=0),
     Q(I, "un service « aussi proche que possible de la normale »", "direction", "promet", opt=True),
     Q(D, "aussi proche que possible de la normale", "direction", "promet", v="inst"),
     Q(D, "Les cheminots ne sont pas des variables d'ajustement", "Yolaine Brochard-Mensah", "a martelé", nth=1, v="name"),
     Q(I, "à la direction de vouloir supprimer « un contrôleur sur trois » à bord des rames", "Yolaine Brochard-Mensah", "reproche"),
     Q(D, "un contrôleur sur trois", "Yolaine Brochard-Mensah", "reproche", v="role"),
     Q(D, "On nous parle de modernisation, mais sur le terrain, c'est de la sécurité qu'on retire aux voyageurs", "Yolaine Brochard-Mensah", "a-t-elle insisté", v="pron"),
     Q(I, "« aucun train ne circulera sans personnel de bord » et que la réforme vise à « mieux répartir les agents selon la fréquentation »", "direction de SNCF Voyageurs", "assure"),
     Q(D, "aucun train ne circulera sans personnel de bord", "direction de SNCF Voyageurs", "assure", v="inst"),
     Q(D, "mieux répartir les agents selon la fréquentation", "direction de SNCF Voyageurs", "assure", v="inst"),
     Q(I, "les négociations restaient ouvertes", "Casimir Lévêque-Antunes", "a affirmé"),
     Q(D, "Notre porte n'a jamais été fermée. Nous attendons des propositions, pas des ultimatums", "Casimir Lévêque-Antunes", "a-t-il déclaré", v="pron"),
     Q(I, "les deux parties « à la responsabilité »", "ministre chargée des Transports", "a appelé"),
     Q(D, "à la responsabilité", "ministre chargée des Transports", "a appelé", v="func"),
     Q(I, "près de deux millions de voyageurs sont attendus dans les gares ce week-end-là", "ministre chargée des Transports", "rappelant"),
     Q(D, "Personne ne comprendrait que des familles restent à quai pour Noël", "ministre chargée des Transports", "a-t-elle ajouté", v="func"),
     Q(D, "une prise d'otages annoncée", "Fédération nationale des associations d'usagers des transports", "dénonce", v="inst"),
     Q(I, "à la SNCF de garantir le remboursement intégral des billets", "Fédération nationale des associations d'usagers des transports", "demande"),
     Q(D, "les voyageurs paient toujours deux fois : en billets, puis en retards", "Eudes Villaret", "juge", v="name"),
     Q(D, "J'ai déjà réservé un covoiturage. Avec la SNCF, il faut toujours un plan B.", "Rozenn", None, v="name"),
     Q(I, "une nouvelle réunion est prévue lundi au siège de Saint-Denis", "CGT-Cheminots", "Selon")],
    [("À lire aussi", "Mobilités")])


# ---------------------------------------------------------------- 05
SPEC["05_prisons_cglpl"] = (
    [E("Nîmes", "LOC"), E("Soline Marchetti-Obeng", "PER"),
     E("Contrôleur général des lieux de privation de liberté", "ORG"),
     E("CGLPL", "ORG", "Contrôleur général des lieux de privation de liberté"),
     E("ministère de la Justice", "ORG", opt=True), E("Fons", "LOC"),
     E("Observatoire international des prisons", "ORG"), E("OIP", "ORG", "Observatoire international des prisons"),
     E("Lazare Nguyen-Baptiste", "PER"), E("Occitanie", "LOC"), E("Ghislaine Mercadier-Touré", "PER"),
     E("Ufap-Unsa Justice", "ORG"), E("Auguste Ribeyrolles", "PER"),
     E("Cour européenne des droits de l'homme", "ORG"), E("France", "LOC")],
    [
     Q(D, "indignes", "Contrôleure générale des lieux de privation de liberté", "dénonce", opt=True, nth=0),
     Q(I, "des conditions de détention “indignes” et une “atteinte grave aux droits fondamentaux des personnes détenues”", "Contrôleur général des lieux de privation de liberté", "dénonce", opt=True),
     Q(D, "indignes", "Contrôleur général des lieux de privation de liberté", "dénonce", nth=1, v="inst"),
     Q(D, "atteinte grave aux droits fondamentaux des personnes détenues", "Contrôleur général des lieux de privation de liberté", "dénonce", v="inst"),
     Q(I, "au garde des Sceaux de “suspendre toute nouvelle incarcération” dans l'établissement tant que le taux d'occupation dépasse 150 %", "Contrôleure générale des lieux de privation de liberté", "a demandé"),
     Q(D, "suspendre toute nouvelle incarcération", "Contrôleure générale des lieux de privation de liberté", "a demandé", v="func"),
     Q(D, "Nous avons rencontré des hommes qui n'étaient pas sortis de leur cellule depuis quatre jours", "Contrôleure générale des lieux de privation de liberté", "a-t-elle déclaré", v="func"),
     Q(D, "des travaux de rénovation des sanitaires ont été engagés", "ministère de la Justice", "assure", v="inst"),
     Q(I, "un nouveau centre pénitentiaire doit ouvrir à Fons en 2028", "ministère de la Justice", "rappelle"),
     Q(D, "très insuffisante", "Observatoire international des prisons", "jugée", v="inst"),
     Q(D, "On nous promet des places dans deux ans. Mais c'est aujourd'hui que des gens dorment par terre", "Lazare Nguyen-Baptiste", "s'emporte", v="name"),
     Q(I, "la situation de Nîmes “n'a rien d'exceptionnel” : plus de vingt maisons d'arrêt dépassent 200 % d'occupation", "Lazare Nguyen-Baptiste", "Selon"),
     Q(D, "n'a rien d'exceptionnel", "Lazare Nguyen-Baptiste", "Selon", v="pron"),
     Q(D, "Un surveillant pour cent vingt détenus la nuit, ce n'est plus de la surveillance, c'est de la loterie", "Ghislaine Mercadier-Touré", "lâche", v="name"),
     Q(I, "trois agressions de surveillants ont eu lieu depuis octobre", "Ghislaine Mercadier-Touré", "affirme"),
     Q(D, "la justice ne peut pas continuer à remplir un vase qui déborde", "Auguste Ribeyrolles", "Pour", v="name"),
     Q(I, "pour un recours accru aux peines alternatives et au bracelet électronique", "Auguste Ribeyrolles", "plaide", opt=True),
     Q(I, "La Cour européenne des droits de l'homme avait déjà condamné la France en 2020 pour les conditions de détention dans plusieurs établissements", "Contrôleur général des lieux de privation de liberté", "rappelle")],
    [("Lire aussi", "Réagir")])


# ---------------------------------------------------------------- 06
SPEC["06_usine_vosges"] = (
    [E("Golbey", "LOC"), E("Vallanche", "ORG"), E("Nordkapp Paper", "ORG"), E("Nordkapp", "ORG", "Nordkapp Paper"),
     E("Anouk Schwendimann", "PER"), E("Épinal", "LOC"), E("Helsinki", "LOC"), E("Europe du Nord", "LOC"),
     E("Europe", "LOC"), E("Théophane Guerrier-Kamara", "PER"), E("CFE-CGC", "ORG"),
     E("Marguerite Oyono-Lambert", "PER"), E("CGT", "ORG"), E("AFP", "ORG"), E("Industrie", "ORG", opt=True),
     E("Vosges", "LOC"), E("Éloi Rambaud-Sissoko", "PER"), E("Grand Est", "LOC"),
     E("Union nationale des industries de la papeterie", "ORG"),
     E("Uncp", "ORG", "Union nationale des industries de la papeterie"), E("France", "LOC")],
    [
     Q(D, "n'est pas une fatalité", "salariés", "selon", opt=True, nth=0),
     Q(D, "une baisse structurelle de la demande de papier graphique en Europe", "Nordkapp Paper", "invoque", v="inst"),
     Q(D, "On a investi, on a modernisé les lignes, on a accepté le gel des salaires en 2024. Et on nous remercie comme ça", "Théophane Guerrier-Kamara", "a-t-il lâché", v="pron"),
     Q(I, "le site « était rentable jusqu'à l'an dernier »", "Théophane Guerrier-Kamara", "assure"),
     Q(D, "était rentable jusqu'à l'an dernier", "Théophane Guerrier-Kamara", "assure", v="pron"),
     Q(I, "la fermeture « n'est pas une fatalité »", "intersyndicale", "Pour"),
     Q(D, "n'est pas une fatalité", "intersyndicale", "Pour", nth=1, v="inst"),
     Q(I, "une expertise indépendante des comptes", "intersyndicale", "réclame", opt=True),
     Q(I, "l'État à chercher un repreneur", "intersyndicale", "appelle"),
     Q(D, "Il y a des industriels intéressés, nous le savons. Encore faut-il que Nordkapp accepte de vendre plutôt que de fermer", "Marguerite Oyono-Lambert", "estime", v="name"),
     Q(I, "Nordkapp Paper « examinera toute offre sérieuse »", "Nordkapp Paper", "a indiqué"),
     Q(D, "examinera toute offre sérieuse", "Nordkapp Paper", "a indiqué", v="inst"),
     Q(D, "déterminé à ce que chaque piste soit explorée", "ministre chargé de l'Industrie", "s'est dit", v="func"),
     Q(D, "un choix purement financier", "Éloi Rambaud-Sissoko", "a dénoncé", v="name"),
     Q(D, "Ce site, c'est l'histoire de notre commune. Mon grand-père y a travaillé, mon père aussi. On ne peut pas laisser disparaître ça sur une décision prise à deux mille kilomètres.\n\n« Nous irons à Helsinki s'il le faut.", "Éloi Rambaud-Sissoko", None, v="name"),
     Q(I, "elle était prête à financer une partie de la reconversion du site", "région Grand Est", "a fait savoir"),
     Q(I, "quatre usines ont fermé en France depuis 2022", "Union nationale des industries de la papeterie", "Selon")],
    [("À lire aussi", "Emploi")])


# ---------------------------------------------------------------- 07
CC = "Conseil constitutionnel"
CNIL = "Commission nationale de l'informatique et des libertés"
SPEC["07_conseil_constitutionnel"] = (
    [E("Horizon sécurité", "MISC"), E(CC, "ORG"), E("Conseil", "ORG", CC), E("Sages", "ORG", CC, opt=True),
     E("Bérénice Haddad-Lindqvist", "PER"), E("Jeux méditerranéens de 2027", "MISC"),
     E("Assemblée nationale", "ORG"), E("La France insoumise", "ORG"), E("Parti socialiste", "ORG"),
     E("Écologistes", "ORG", "Les Écologistes"), E("Gironde", "LOC"), E("Timéo Abankwa-Rousset", "PER"),
     E("Français", "MISC"), E("Bluesky", "ORG"), E("Matignon", "ORG"), E("Intérieur", "ORG", opt=True),
     E(CNIL, "ORG"), E("Cnil", "ORG", CNIL), E("Hortense Valéry-Mukendi", "PER"),
     E("Quadrature du Net", "ORG", "La Quadrature du Net"), E("Anselme Korhonen", "PER"),
     E("Wendelin Mercier-Adjovi", "PER"), E("université Paris-Panthéon-Assas", "ORG", opt=True),
     E("Élysée", "ORG")],
    [
     Q(D, "prend acte", "gouvernement", None, v="inst"),
     Q(I, "le dispositif portait « une atteinte disproportionnée au droit au respect de la vie privée »", CC, "Selon"),
     Q(D, "une atteinte disproportionnée au droit au respect de la vie privée", CC, "Selon", v="inst"),
     Q(D, "une victoire pour les libertés publiques", "Timéo Abankwa-Rousset", "a salué", v="name"),
     Q(D, "Le gouvernement a voulu faire des Français des suspects permanents. Le droit vient de lui rappeler ses limites", "Timéo Abankwa-Rousset", "a-t-il réagi", v="pron"),
     Q(D, "L'essentiel du texte est validé, notamment le renforcement des effectifs de police municipale", None, "a fait valoir"),
     Q(I, "il présenterait « dans les prochaines semaines » une nouvelle version de l'article censuré, « plus encadrée »", "ministre de l'Intérieur", "a indiqué"),
     Q(D, "dans les prochaines semaines", "ministre de l'Intérieur", "a indiqué", v="func"),
     Q(D, "plus encadrée", "ministre de l'Intérieur", "a indiqué", v="func"),
     Q(I, "d'une décision « cohérente avec ses recommandations »", CNIL, "s'est félicitée", opt=True),
     Q(D, "cohérente avec ses recommandations", CNIL, "s'est félicitée", v="inst"),
     Q(I, "la Cnil « n'a jamais été opposée par principe aux technologies nouvelles, mais à leur usage sans garde-fous »", "Hortense Valéry-Mukendi", "rappelle"),
     Q(D, "n'a jamais été opposée par principe aux technologies nouvelles, mais à leur usage sans garde-fous", "Hortense Valéry-Mukendi", "rappelle", v="name"),
     Q(I, "la bataille n'est pas terminée", "La Quadrature du Net", "Pour"),
     Q(D, "Ils vont revenir par la fenêtre. Ils reviennent toujours par la fenêtre", "Anselme Korhonen", "prévient", v="name"),
     Q(I, "la prochaine version « ne changera que le vocabulaire »", "Anselme Korhonen", "estime"),
     Q(D, "ne changera que le vocabulaire", "Anselme Korhonen", "estime", v="role"),
     Q(I, "la décision « attendue » mais « solidement motivée »", "Wendelin Mercier-Adjovi", "juge", opt=True),
     Q(D, "attendue", "Wendelin Mercier-Adjovi", "juge", v="name"),
     Q(D, "solidement motivée", "Wendelin Mercier-Adjovi", "juge", v="name"),
     Q(D, "Le Conseil ne dit pas que la reconnaissance faciale est interdite. Il dit qu'on ne peut pas l'utiliser sans limites dans le temps ni contrôle d'un juge", "Wendelin Mercier-Adjovi", "explique-t-il", v="pron"),
     Q(I, "La loi, amputée de ses articles censurés, devrait être promulguée d'ici à la fin de la semaine", "Élysée", "selon")],
    [("Lire aussi", "Libertés, Cnil")])


# ---------------------------------------------------------------- 08
FOND = "Fondation pour le logement des défavorisés"
USH = "Union sociale pour l'habitat"
SPEC["08_logement_rapport"] = (
    [E(FOND, "ORG"), E("Fondation pour le logement", "ORG", FOND), E("Fondation", "ORG", FOND),
     E("France", "LOC"), E("Logement d'abord", "MISC"), E("Aliénor Kowalczyk-Daoudi", "PER"),
     E("Joachim Ferrandi-Osei", "PER"), E("Paris", "LOC"), E("ministère du Logement", "ORG", opt=True),
     E("Lyon", "LOC"), E("Perrine Aubusson-Kaboré", "PER"), E("Habitat et Humanisme", "ORG"), E("Rhône", "LOC"),
     E(USH, "ORG"), E("USH", "ORG", USH), E("XIXe arrondissement", "LOC", opt=True), E("Mariam", "PER"),
     E("Guinée", "LOC"), E("Aubervilliers", "LOC"), E("Jeux olympiques", "MISC")],
    [
     Q(D, "Nous n'avons jamais vu autant d'enfants à la rue", FOND, "alerte", opt=True, nth=0),
     Q(I, "plus de 350 000 personnes sans domicile en France", FOND, "recense", opt=True),
     Q(I, "3 200 enfants dormaient dans la rue, dans une voiture ou dans un abri de fortune lors du dernier recensement, en novembre", FOND, "Selon"),
     Q(D, "Nous n'avons jamais vu autant d'enfants à la rue", "Joachim Ferrandi-Osei", "a alerté", nth=1, v="name"),
     Q(D, "Derrière chaque chiffre, il y a un cartable qu'on traîne d'hôtel en hôtel.", "Joachim Ferrandi-Osei", None, v="pron"),
     Q(I, "la responsabilité de l'État, qui a réduit de 7 % les crédits de l'hébergement d'urgence dans le budget 2027", "Joachim Ferrandi-Osei", "pointe", opt=True),
     Q(I, "au gouvernement d'avoir « mis en pause » le plan Logement d'abord, lancé en 2018, qui visait à reloger directement les personnes sans abri", "Joachim Ferrandi-Osei", "reproche"),
     Q(D, "mis en pause", "Joachim Ferrandi-Osei", "reproche", v="role"),
     Q(I, "toute baisse « à périmètre constant »", "ministère du Logement", "conteste", opt=True),
     Q(D, "à périmètre constant", "ministère du Logement", "conteste", v="inst"),
     Q(I, "203 000 places d'hébergement restent ouvertes chaque nuit, « un niveau historiquement élevé »", "ministère du Logement", "assure"),
     Q(D, "un niveau historiquement élevé", "ministère du Logement", "assure", v="inst"),
     Q(I, "À Lyon, le numéro d'urgence 115 ne parvient plus à répondre à plus d'un appel sur deux", "Perrine Aubusson-Kaboré", "indique"),
     Q(D, "Le soir, on trie. On donne la priorité aux femmes enceintes, puis aux familles avec des nourrissons. Les autres, on leur dit de rappeler demain", "Perrine Aubusson-Kaboré", "raconte-t-elle", v="pron"),
     Q(I, "davantage de moyens pour construire", "bailleurs sociaux", "réclament", opt=True),
     Q(I, "la production de logements sociaux soit tombée « à son plus bas niveau depuis vingt ans », avec moins de 82 000 agréments en 2026", "président de l'Union sociale pour l'habitat", "a regretté"),
     Q(D, "à son plus bas niveau depuis vingt ans", "président de l'Union sociale pour l'habitat", "a regretté", v="func"),
     Q(D, "On change tous les quinze jours. Ma grande a déjà connu quatre écoles cette année", "Mariam", "confie-t-elle", v="pron"),
     Q(I, "la création de 30 000 places supplémentaires et une loi de programmation sur cinq ans", FOND, "demande", opt=True),
     Q(D, "Si rien ne change, le rapport de l'an prochain sera pire.", "Joachim Ferrandi-Osei", "prévient", v="role")],
    [("Lire aussi", "Partager cet article")])


# ---------------------------------------------------------------- 09
AMF = "Association des maires de France"
SPEC["09_congres_maires"] = (
    [E("Congrès des maires de France", "MISC"), E("Congrès des maires", "MISC", "Congrès des maires de France"),
     E(AMF, "ORG"), E("AMF", "ORG", AMF), E("Gaspard Lemoine-Nakamura", "PER"),
     E("Porte de Versailles", "LOC", opt=True), E("Paris", "LOC"), E("Maëlys Quintard-Diallo", "PER"),
     E("Saint-Flour", "LOC"), E("Cantal", "LOC"), E("Aymeric Desbordes-Tavares", "PER"), E("Vénissieux", "LOC"),
     E("Métropole de Lyon", "ORG", opt=True), E("Solange Pietrasanta", "PER"), E("Moustiers-Sainte-Marie", "LOC"),
     E("Alpes-de-Haute-Provence", "LOC"), E("Association des maires ruraux de France", "ORG"),
     E("AMRF", "ORG", "Association des maires ruraux de France"), E("ministère de l'Intérieur", "ORG", opt=True),
     E("Les Républicains", "ORG"), E("Parti socialiste", "ORG"), E("Sénat", "ORG"), E("Municipales 2026", "MISC")],
    [
     Q(D, "ne veulent plus être les guichets de l'État", "élus locaux", None, opt=True),
     Q(D, "Nous ne voulons plus être les guichets de l'État sans en avoir les moyens", "Maëlys Quintard-Diallo", "a lancé", v="name"),
     Q(D, "une recentralisation rampante", AMF, "dénonce", v="inst"),
     Q(D, "le respect de la libre administration des collectivités", AMF, "exige", v="inst"),
     Q(I, 'une "clause de revoyure" au printemps', "Premier ministre", "a promis", opt=True),
     Q(D, "clause de revoyure", "Premier ministre", "a promis", v="func"),
     Q(I, "les communes de moins de 3 500 habitants seraient épargnées par l'effort", "Premier ministre", "assuré"),
     Q(D, "L'État ne laissera tomber aucun maire", "Premier ministre", "a-t-il déclaré", v="func"),
     Q(D, "On nous demande de faire plus avec moins depuis quinze ans. À un moment, il n'y a plus de moins", "Aymeric Desbordes-Tavares", "lâche", v="role"),
     Q(I, "avoir dû fermer une piscine municipale l'été dernier", "Aymeric Desbordes-Tavares", "dit"),
     Q(D, "chaque euro retiré à une petite commune, c'est une école ou une agence postale en sursis", "Solange Pietrasanta", "Pour", v="name"),
     Q(I, "trois de ses collègues du canton ont renoncé à se représenter en mars", "Solange Pietrasanta", "affirme"),
     Q(I, "2 500 agressions ou menaces visant des maires ont été recensées en 2025, en hausse de 15 %", "ministère de l'Intérieur", "Selon"),
     Q(D, "Certains de mes collègues portent plainte chaque mois. On ne peut pas demander aux gens de s'engager dans ces conditions", "président de l'Association des maires de France", "a déploré", v="func"),
     Q(I, "ils déposeraient des amendements communs au Sénat pour limiter la baisse des dotations", "Les Républicains et Parti socialiste", "ont annoncé")],
    [("Lire aussi", "Commenter")])


# ---------------------------------------------------------------- 10
INSEE = "Institut national de la statistique et des études économiques"
ANIA = "Association nationale des industries alimentaires"
GOUV = "gouverneur de la Banque de France"
SPEC["10_inflation_banque"] = (
    [E("Banque de France", "ORG"), E(INSEE, "ORG"), E("Insee", "ORG", INSEE), E("Institut", "ORG", INSEE),
     E("Quitterie Van Damme-Oduya", "PER"), E("Banque centrale européenne", "ORG"),
     E("BCE", "ORG", "Banque centrale européenne"), E("Ludivine Hakobyan", "PER"), E("Français", "MISC"),
     E("Siegfried Amaral-Boateng", "PER"), E("UFC-Que Choisir de Loire-Atlantique", "ORG", opt=True),
     E("Système U", "ORG"), E("Les Échos", "ORG"), E(ANIA, "ORG"), E("Ania", "ORG", ANIA),
     E("Baptiste Kerguelen", "PER"), E("Bercy", "ORG"), E("Livret A", "MISC"),
     E("Oksana Deschamps-Hallberg", "PER"), E("Oxford Economics", "ORG"), E("Newsletter Économie", "MISC", opt=True)],
    [
     Q(D, "sous tension", None, None, opt=True),
     Q(I, "Les ménages modestes restent les plus exposés", INSEE, "selon"),
     Q(D, "Nous ne sommes pas face à un retour de l'inflation de 2022, mais la dernière marche est plus difficile à franchir que prévu", GOUV, "a expliqué", v="func"),
     Q(I, "la Banque centrale européenne (BCE) « restera attentive »", GOUV, "a ajouté"),
     Q(D, "restera attentive", GOUV, "a ajouté", v="func"),
     Q(I, "une pause dans la baisse des taux directeurs", GOUV, "n'a pas exclu", opt=True),
     Q(I, "la croissance française devrait se limiter à 0,8 % l'an prochain", GOUV, "Selon"),
     Q(I, "les prix de l'alimentation ont progressé de 3,4 % sur un an en novembre", INSEE, "D'après"),
     Q(D, "Ce sont les ménages du premier quintile qui consacrent la plus grande part de leur budget à l'alimentation et à l'énergie", "Ludivine Hakobyan", "souligne", v="name"),
     Q(I, "le constat est amer", "associations de consommateurs", "Pour"),
     Q(D, "On avait promis aux Français que le pire était derrière nous. Au supermarché, personne n'a vu la différence", "Siegfried Amaral-Boateng", "déplore", v="name"),
     Q(I, "le retour du « panier anti-inflation » négocié en 2023 avec la grande distribution", "Siegfried Amaral-Boateng", "réclame", opt=True),
     Q(D, "panier anti-inflation", None, None, opt=True),
     Q(I, "les multinationales de l'agroalimentaire de « profiter de la confusion pour reconstituer leurs marges »", "président de Système U", "accuse"),
     Q(D, "profiter de la confusion pour reconstituer leurs marges", "président de Système U", "accuse", v="func"),
     Q(I, "les marges du secteur « restent inférieures à leur niveau d'avant-crise »", "Baptiste Kerguelen", "affirme"),
     Q(D, "restent inférieures à leur niveau d'avant-crise", "Baptiste Kerguelen", "affirme", v="name"),
     Q(I, "une revalorisation du Livret A n'est « pas à l'ordre du jour »", "Bercy", "on assure"),
     Q(D, "pas à l'ordre du jour", "Bercy", "on assure", v="inst"),
     Q(D, "la question des salaires reviendra sur la table dès le printemps", "Oksana Deschamps-Hallberg", "juge", v="name"),
     Q(D, "Les négociations annuelles obligatoires seront tendues", "Oksana Deschamps-Hallberg", "prévient-elle", v="pron")],
    [("Lire aussi", "Newsletter Économie")])


# ---------------------------------------------------------------- 11
APO = "Apolline Marchand-Ekwueme"
USM = "Union syndicale des magistrats"
SPEC["11_entretien_juge"] = (
    [E("Bobigny", "LOC"), E("Sénat", "ORG"), E(APO, "PER"), E(USM, "ORG"), E("USM", "ORG", USM),
     E("Florent Iturralde", "PER"), E("Seine-Saint-Denis", "LOC"), E("ministère de la Justice", "ORG", opt=True),
     E("Kévin Oyelowo", "PER"), E("Syndicat de la magistrature", "ORG"), E("Île-de-France", "LOC"),
     E("Roxane Tiemtoré", "PER"), E("Facebook", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "On demande aux juges de rendre la justice à la chaîne", APO, None, nth=0, v="role"),
     Q(D, "On demande aux juges de rendre la justice à la chaîne", APO, "résume-t-elle", nth=1, v="pron"),
     Q(D, "des moyens historiques", "chancellerie", "annonce", opt=True),
     Q(D, "Madame, j'ai l'impression que mon affaire n'intéresse personne.", None, "m'a dit"),
     Q(D, "Vous avez vu nos armoires ? On les appelle les archives vivantes.", "Kévin Oyelowo", "lance", v="name"),
     Q(I, "les effectifs de greffiers augmenteront « de 10 % sur la durée de la loi »", "ministère de la Justice", "indique"),
     Q(D, "de 10 % sur la durée de la loi", "ministère de la Justice", "indique", v="inst"),
     Q(I, "la juridiction fonctionnait « en mode dégradé »", "président du tribunal judiciaire de Bobigny", "a reconnu"),
     Q(D, "en mode dégradé", "président du tribunal judiciaire de Bobigny", "a reconnu", v="func"),
     Q(I, "un projet qui « privilégie la vitesse à la qualité des décisions »", "Roxane Tiemtoré", "dénonce", opt=True),
     Q(D, "privilégie la vitesse à la qualité des décisions", "Roxane Tiemtoré", "dénonce", v="name"),
     Q(I, "la réforme risque d'aggraver « la justice à deux vitesses »", "Roxane Tiemtoré", "Selon"),
     Q(D, "la justice à deux vitesses", "Roxane Tiemtoré", "Selon", v="pron")],
    [("Lire aussi", "Partager sur LinkedIn")])


# ---------------------------------------------------------------- 12
HER = "Hermine Le Goarnig"
CE = "Commission européenne"
SPEC["12_agriculteurs_mercosur"] = (
    [E("UE-Mercosur", "MISC", opt=True), E("Mercosur", "ORG"), E("Paris", "LOC"), E("FNSEA", "ORG"),
     E("Ambroise Lindholm-Barry", "PER"), E("Assemblée nationale", "ORG"), E("Normandie", "LOC"),
     E("Bretagne", "LOC"), E("Beauce", "LOC"), E("Union européenne", "ORG"), E("Bruxelles", "LOC"),
     E("place de la Concorde", "LOC", opt=True), E(HER, "PER"), E("Mayenne", "LOC"), E("Brésiliens", "MISC"),
     E("Argentins", "MISC"), E("Jeunes Agriculteurs", "ORG"), E("Coordination rurale", "ORG"),
     E("Confédération paysanne", "ORG"), E("Jorge Amadou-Villeneuve", "PER"), E("Gers", "LOC"),
     E("Mato Grosso", "LOC"), E("Matignon", "ORG"), E("France", "LOC"), E("Agriculture", "ORG", opt=True),
     E(CE, "ORG"), E("Commerce", "ORG", opt=True), E("esplanade des Invalides", "LOC", opt=True),
     E("Salon de l'agriculture", "MISC")],
    [
     Q(D, "On ne lâchera rien", "FNSEA", "promet", opt=True, nth=0),
     Q(I, "partager leurs « inquiétudes »", "gouvernement", "dit"),
     Q(D, "inquiétudes", "gouvernement", "dit", v="inst"),
     Q(I, "Venus de Normandie, de Bretagne ou de la Beauce, près de 900 tracteurs, selon la préfecture de police, ont pris la direction de Paris pour dénoncer l'accord de libre-échange entre l'Union européenne et le Mercosur, que Bruxelles veut faire ratifier avant l'été", "préfecture de police", "selon"),
     Q(D, "On ne lâchera rien. Ni cette semaine, ni la suivante", "président de la FNSEA", "a promis", v="func"),
     Q(I, "le retrait pur et simple de l'accord", "FNSEA", "réclame", opt=True),
     Q(I, "d'ouvrir le marché européen à “du bœuf produit avec des normes que nos éleveurs n'ont plus le droit d'appliquer depuis vingt ans”", "FNSEA", "accuse"),
     Q(D, "du bœuf produit avec des normes que nos éleveurs n'ont plus le droit d'appliquer depuis vingt ans", "FNSEA", "accuse", v="inst"),
     Q(D, "Les Brésiliens et les Argentins ne sont pas nos ennemis, explique-t-elle. Mais on ne peut pas jouer le même match avec des règles différentes.", HER, "explique-t-elle", v="pron"),
     Q(I, "le problème « n'est pas seulement le Mercosur, c'est tout un modèle de libre-échange »", "Jorge Amadou-Villeneuve", "estime"),
     Q(D, "n'est pas seulement le Mercosur, c'est tout un modèle de libre-échange", "Jorge Amadou-Villeneuve", "estime", v="name"),
     Q(D, "Tant qu'on mettra en concurrence un paysan du Gers et une exploitation de 40 000 hectares au Mato Grosso, on perdra", "Jorge Amadou-Villeneuve", "a-t-il insisté", v="pron"),
     Q(I, "la France « ne signera pas l'accord en l'état »", "Matignon", "on assure"),
     Q(D, "ne signera pas l'accord en l'état", "Matignon", "on assure", v="inst"),
     Q(I, "des « clauses miroirs contraignantes » et un renforcement des contrôles sanitaires aux frontières", "ministre de l'Agriculture", "a promis", opt=True),
     Q(D, "clauses miroirs contraignantes", "ministre de l'Agriculture", "a promis", v="func"),
     Q(I, "un texte « équilibré »", CE, "défend", opt=True),
     Q(D, "équilibré", CE, "défend", v="inst"),
     Q(I, "l'accord ouvrirait aux exportateurs européens un marché de 270 millions de consommateurs", CE, "a rappelé"),
     Q(D, "On reste tant qu'on n'aura pas de réponse écrite, prévenait Hermine Le Goarnig en dépliant son duvet. Le Salon de l'agriculture, c'est dans deux mois, et le président sait qu'il ne pourra pas y venir les mains vides.", HER, "prévenait", v="name")],
    [("Lire aussi", "Union européenne")])


if __name__ == "__main__":
    main(SPEC, HERE)
