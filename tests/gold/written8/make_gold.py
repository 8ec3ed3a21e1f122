#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout9 with exact offsets.

    python3 tests/gold/heldout9/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout9/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout9/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows the READMEs of tests/gold/written*,
heldout7 and heldout8). The machinery (offsets, checks, self-score,
--check/--show) is tests/gold/goldspec.py. v says how a reader finds the
speaker of a scored direct quote: name, pron (pronoun), role (role noun or
description standing for a named person), head (headline or standfirst
quotation whose speaker is the body's person), func (a person known only by
function), inst (institution, company, medium, body or group).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

MIN = "ministre chargée des Comptes publics"

# ---------------------------------------------------------------- 01
SPEC["01_senat_budget"] = (
    [E("Sénat", "ORG"), E("Hugues Vernadet", "PER"), E("Vernadet", "PER", "Hugues Vernadet"),
     E("Les Républicains", "ORG"), E("Claire Ambrosino", "PER"), E("Mathieu Serrand", "PER"),
     E("Palais du Luxembourg", "LOC", opt=True), E("LR", "ORG", "Les Républicains"),
     E("Haute-Savoie", "LOC"), E("Comptes publics", "ORG", opt=True),
     E("Nadège Kerlouan", "PER"), E("Finistère", "LOC"),
     E("CAC 40", "MISC", opt=True), E("TotalEnergies", "ORG"), E("LVMH", "ORG"),
     E("Bastien Morel-Aubry", "PER"), E("Conseil constitutionnel", "ORG"), E("Medef", "ORG"),
     E("Laurent Quéméner", "PER"), E("BFM Business", "ORG"), E("Europe", "LOC"),
     E("Matignon", "ORG"), E("Assemblée nationale", "ORG"), E("RN", "ORG", "Rassemblement national"),
     E("Parti socialiste", "ORG")],
    [
     Q(D, "On ne votera pas un budget de matraquage", "Hugues Vernadet", "prévient", nth=0, v="name"),
     Q(D, "On ne votera pas un budget de matraquage. Les entreprises ont joué le jeu l'an dernier, on leur avait promis que ce serait une seule fois", "Hugues Vernadet", "a-t-il lancé", v="pron"),
     Q(I, "un vote « irresponsable »", MIN, "a dénoncé", opt=True),
     Q(D, "irresponsable", MIN, "a dénoncé", v="func"),
     Q(I, "la suppression de la surtaxe creuse le déficit de près de 4 milliards d'euros", MIN, "Selon"),
     Q(D, "Chaque milliard que vous retirez ici, il faudra le trouver ailleurs, a-t-elle averti. Je n'ai entendu aucune proposition d'économie en face.", MIN, "a-t-elle averti", v="pron"),
     Q(D, "un cadeau aux actionnaires", None, "on dénonce", opt=True),
     Q(I, "les dividendes versés par les entreprises du CAC 40 avaient atteint un niveau record en 2026", "Nadège Kerlouan", "a rappelé"),
     Q(D, "Les mêmes qui nous expliquent qu'il n'y a plus d'argent pour l'hôpital trouvent 4 milliards pour TotalEnergies et LVMH", "Nadège Kerlouan", "a-t-elle lancé", v="pron"),
     Q(I, "le débat « surréaliste »", "Bastien Morel-Aubry", "a jugé", opt=True),
     Q(D, "surréaliste", "Bastien Morel-Aubry", "a jugé", v="name"),
     Q(I, "son groupe saisira le Conseil constitutionnel si la mesure survit à la commission mixte paritaire", "Bastien Morel-Aubry", "affirme"),
     Q(I, "la surtaxe a déjà coûté « plusieurs milliers d'emplois » dans l'industrie", "Medef", "D'après"),
     Q(D, "plusieurs milliers d'emplois", "Medef", "D'après", v="inst"),
     Q(I, "les entreprises françaises étaient « les plus taxées d'Europe »", "Laurent Quéméner", "a estimé"),
     Q(D, "les plus taxées d'Europe", "Laurent Quéméner", "a estimé", v="name"),
     Q(D, "On nous demande de réindustrialiser avec un boulet au pied", "Laurent Quéméner", "a-t-il ajouté", v="pron"),
     Q(I, "« rien n'est joué » et que le texte reviendra à l'Assemblée nationale « dans sa version équilibrée »", None, "assure"),
     Q(D, "rien n'est joué", None, "assure"),
     Q(D, "dans sa version équilibrée", None, "assure"),
     Q(I, "il « n'excluait rien » pour la suite", "Hugues Vernadet", "a glissé"),
     Q(D, "n'excluait rien", "Hugues Vernadet", "a glissé", v="role"),
     Q(D, "Je fais mon travail de rapporteur. Le reste, on verra", "Hugues Vernadet", "a-t-il souri", v="pron")],
    [("Partager", "Lecture 4 min."), ("Lire aussi : Budget", "finances pour 2027\n"), ("Sur le même sujet", "premier mois"), ("Mots-clés", "Impôts")])

# ---------------------------------------------------------------- 02
PROC = "procureur de la République"
SPEC["02_proces_bordeaux"] = (
    [E("Gironde", "LOC"), E("Chartrons", "LOC"), E("Gilles Montferrand", "PER"),
     E("Montferrand", "PER", "Gilles Montferrand"), E("Bordeaux", "LOC"), E("Sophie Larrieu", "PER"),
     E("Les Tilleuls", "ORG", opt=True), E("Batisud Aquitaine", "ORG"), E("Thibault Chaumet", "PER"),
     E("Sud Ouest", "ORG"), E("Arcachon", "LOC"), E("Inès Labarthe", "PER"), E("ARS", "ORG"),
     E("Nouvelle-Aquitaine", "LOC"), E("Martine Cazaubon", "PER"), E("Arnaud Pélissier", "PER"),
     E("Oréade Santé", "ORG"), E("Newsletter Sud Ouest Gironde", "MISC", opt=True)],
    [
     Q(D, "Je n'ai jamais volé un euro", "Gilles Montferrand", None, nth=0, v="head"),
     Q(I, "près de 640 000 euros auraient été détournés entre 2019 et 2023 par le biais de fausses factures adressées à une société de travaux, Batisud Aquitaine", "brigade financière", "Selon"),
     Q(D, "Je n'ai jamais volé un euro. J'ai fait des erreurs de gestion, je les reconnais, mais je ne me suis pas enrichi", "Gilles Montferrand", "a-t-il répété", v="pron"),
     Q(D, "Monsieur Montferrand a organisé un système. Ce n'est pas de la négligence, c'est de la méthode", PROC, "a lancé", v="func"),
     Q(I, "outre la peine de prison, une interdiction définitive de gérer et la confiscation de sa maison d'Arcachon", PROC, "a requis", opt=True),
     Q(I, "des chambres « sans chauffage pendant l'hiver 2022 » et des repas « rationnés »", "Inès Labarthe", "a décrit", opt=True),
     Q(D, "sans chauffage pendant l'hiver 2022", "Inès Labarthe", "a décrit", v="name"),
     Q(D, "rationnés", "Inès Labarthe", "a décrit", v="name"),
     Q(I, "l'argent détourné aurait dû financer le recrutement de deux aides-soignantes", "Inès Labarthe", "D'après"),
     Q(D, "Pendant qu'on leur expliquait qu'il n'y avait pas de budget, on payait des travaux qui n'ont jamais existé", "Inès Labarthe", "a-t-elle plaidé", v="pron"),
     Q(D, "Elle avait froid. Je l'ai dit dix fois à l'accueil. On me répondait que la chaudière allait être changée.", "Martine Cazaubon", None, v="name"),
     Q(I, "avoir écrit au directeur à trois reprises, sans jamais recevoir de réponse", "Martine Cazaubon", "affirme"),
     Q(I, "la relaxe", "Arnaud Pélissier", "a plaidé", opt=True),
     Q(I, "son client a été « le bouc émissaire » d'un groupe, Oréade Santé, qui « savait tout et n'a rien dit »", "Arnaud Pélissier", "Pour"),
     Q(D, "le bouc émissaire", "Arnaud Pélissier", "Pour", v="pron"),
     Q(D, "savait tout et n'a rien dit", "Arnaud Pélissier", "Pour", v="pron"),
     Q(I, "les factures litigieuses avaient été validées par le siège parisien", "Arnaud Pélissier", "soutient"),
     Q(D, "On juge un homme seul pour un système entier", "Arnaud Pélissier", "a-t-il insisté", v="pron"),
     Q(I, "il « s'est constitué partie civile dès la révélation des faits » et qu'il ne commentera pas une procédure en cours", "Oréade Santé", "indique"),
     Q(D, "s'est constitué partie civile dès la révélation des faits", "Oréade Santé", "indique", v="inst")],
    [("Accueil > Gironde", "Justice"), ("(Photo d'illustration", "Sud Ouest)"), ("Lire aussi : Ehpad", "inopinés"), ("Newsletter Sud Ouest", "Faits divers")])

# ---------------------------------------------------------------- 03
SPEC["03_soleva_rachat"] = (
    [E("Longi Green Energy", "ORG"), E("Longi", "ORG", "Longi Green Energy"), E("Soleva", "ORG"),
     E("Saint-Avold", "LOC"), E("Moselle", "LOC"), E("Asie", "LOC"), E("Julien Ferracci", "PER"),
     E("Industrie", "MISC", opt=True, only=[0]), E("Industrie", "ORG", opt=True, only=[1]),
     E("Industrie", "MISC", opt=True, only=[2]),
     E("Bercy", "ORG"), E("Bourse", "ORG", opt=True), E("Euronext Growth", "ORG"),
     E("Olivier Demarchi", "PER"), E("Union européenne", "ORG"), E("Carling", "LOC"),
     E("CFE-CGC", "ORG"), E("Franck Zimmer", "PER"), E("Zimmer", "PER", "Franck Zimmer"),
     E("CGT", "ORG"), E("Rémi Schneider", "PER"), E("Bpifrance", "ORG"), E("Camille Tessier", "PER"),
     E("Oddo BHF", "ORG"), E("S&P Global", "ORG"), E("Grand Est", "LOC"),
     E("LinkedIn", "ORG", opt=True), E("X", "ORG", opt=True), E("Chine", "LOC")],
    [
     Q(I, "un « transfert de savoir-faire » vers l'Asie", "salariés", "redoutent", opt=True),
     Q(D, "transfert de savoir-faire", "salariés", "redoutent", v="inst"),
     Q(I, "un choix « de survie »", "Olivier Demarchi", "défend", opt=True),
     Q(D, "de survie", "Olivier Demarchi", "défend", v="name"),
     Q(D, "Depuis trois ans, nous vendons à perte face à des panneaux asiatiques 40 % moins chers. Sans un actionnaire solide, nous n'aurions pas passé l'année", "Olivier Demarchi", "a-t-il expliqué", v="pron"),
     Q(I, "le site de Saint-Avold et ses 620 salariés seront maintenus « au moins cinq ans », un engagement inscrit selon lui dans le protocole d'accord", "Olivier Demarchi", "assure"),
     Q(D, "au moins cinq ans", "Olivier Demarchi", "assure", v="pron"),
     Q(I, "« une étape majeure de son implantation européenne »", "Longi Green Energy", "salue", opt=True),
     Q(D, "une étape majeure de son implantation européenne", "Longi Green Energy", "salue", v="inst"),
     Q(D, "gâchis", "Franck Zimmer", "parle", v="name"),
     Q(D, "On a mis de l'argent public dans cette boîte, et on la vend au premier concurrent venu.", "Rémi Schneider", None, v="name"),
     Q(I, "Bpifrance, entrée au capital en 2022, aurait pu bloquer l'opération", "Rémi Schneider", "Selon"),
     Q(I, "des garanties écrites", "Franck Zimmer", "réclame", opt=True),
     Q(D, "Cinq ans, dans l'industrie, c'est demain matin", "Franck Zimmer", "lâche-t-il", v="pron"),
     Q(I, "elle apportera ses titres à l'offre", "Bpifrance", "indique"),
     Q(I, "« l'intérêt de l'entreprise et de ses salariés » passe par un adossement industriel", "Bpifrance", "estime"),
     Q(D, "l'intérêt de l'entreprise et de ses salariés", "Bpifrance", "estime", v="inst"),
     Q(I, "l'opération sera examinée au titre du contrôle des investissements étrangers", "Bercy", "on rappelle"),
     Q(I, "un examen « sans complaisance »", "ministre chargé de l'Industrie", "a promis", opt=True),
     Q(D, "sans complaisance", "ministre chargé de l'Industrie", "a promis", v="func"),
     Q(I, "le feu vert ne fait guère de doute", "Camille Tessier", "Pour"),
     Q(D, "Soleva n'est pas une technologie de défense. L'État n'a pas vraiment d'arguments juridiques pour s'y opposer.", "Camille Tessier", None, v="name"),
     Q(I, "la note de crédit de Longi, relevée à BBB par S&P Global en décembre", "Camille Tessier", "relève", opt=True),
     Q(I, "le remboursement des subventions si l'emploi n'est pas maintenu", "conseil régional du Grand Est", "demande", opt=True)],
    [("Abonnez-vous à la newsletter", "Industrie\n"), ("Crédit photo", "© Soleva"), ("Sur le même sujet", "site chimique patine"), ("Partager :", "Grand Est\n")])

# ---------------------------------------------------------------- 04
CCC = "Conseil du café-cacao"
SPEC["04_cacao_cotedivoire"] = (
    [E("Côte d'Ivoire", "LOC"), E("Soubré", "LOC"), E("Abidjan", "LOC"), E("APA", "ORG"),
     E("Nawa", "LOC"), E("Koffi Yao Bertin", "PER"), E("Cooprosou", "ORG"), E("Sud-Ouest", "LOC"),
     E("Amsterdam", "LOC"), E("Ghana", "LOC"), E("San-Pédro", "LOC"), E(CCC, "ORG"),
     E("CCC", "ORG", CCC), E("Awa Diabaté", "PER"), E("Méagui", "LOC"), E("CFA", "MISC", opt=True),
     E("Séraphin Gnahoré", "PER"), E("Mariam Kouyaté-Bamba", "PER"),
     E("université Félix-Houphouët-Boigny", "ORG", opt=True), E("Londres", "LOC"), E("New York", "LOC"),
     E("Cocobod", "ORG"), E("Cargill", "ORG"), E("Barry Callebaut", "ORG"), E("Fraternité Matin", "ORG"),
     E("Organisation internationale du cacao", "ORG"),
     E("ICCO", "ORG", "Organisation internationale du cacao"), E("Afrique de l'Ouest", "LOC"),
     E("Facebook", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "on nous paie en promesses", "Koffi Yao Bertin", None, v="head"),
     Q(I, "près de 3 000 planteurs ont pris part au rassemblement", "organisateurs", "Selon"),
     Q(D, "quelques centaines", "préfecture", "ramène", v="inst"),
     Q(D, "Trois mois qu'on attend. On nous paie en promesses, et pendant ce temps nos enfants ne vont pas à l'école", "Koffi Yao Bertin", "a dénoncé", v="name"),
     Q(I, "plusieurs exportateurs de retenir les paiements pour faire pression sur les prix", "Koffi Yao Bertin", "accuse"),
     Q(D, "Ils achètent à crédit et revendent comptant à Amsterdam", "Koffi Yao Bertin", "a-t-il ajouté", v="pron"),
     Q(I, "des « retards ponctuels »", CCC, "reconnaît", opt=True),
     Q(D, "retards ponctuels", CCC, "reconnaît", v="inst"),
     Q(I, "94 % des sommes dues ont été versées et que le reste le sera « avant la fin du mois »", CCC, "affirme"),
     Q(D, "avant la fin du mois", CCC, "affirme", v="inst"),
     Q(I, "les producteurs « à la patience et au dialogue »", "directeur général du Conseil du café-cacao", "a appelé"),
     Q(D, "à la patience et au dialogue", "directeur général du Conseil du café-cacao", "a appelé", v="func"),
     Q(I, "avoir vendu sa récolte en juin sans avoir touché un franc CFA depuis", "Awa Diabaté", "raconte"),
     Q(D, "J'ai dû emprunter pour payer les ouvriers. Si ça continue, je vais arracher mes pieds de cacao et planter de l'hévéa", "Awa Diabaté", "confie-t-elle", v="pron"),
     Q(I, "la flambée des cours à Londres et New York a fragilisé les exportateurs les moins solides, incapables de préfinancer leurs achats", "Mariam Kouyaté-Bamba", "D'après"),
     Q(D, "Le système du prix garanti protège le planteur quand les cours baissent, mais il devient un piège quand ils s'envolent", "Mariam Kouyaté-Bamba", "analyse", v="role"),
     Q(I, "une réunion de crise doit se tenir jeudi à Abidjan entre le CCC, les exportateurs et les représentants des coopératives", "Fraternité Matin", "Selon"),
     Q(I, "La Côte d'Ivoire assure environ 40 % de la production mondiale de cacao", "Organisation internationale du cacao", "d'après")],
    [("Sur le même sujet", "pour les fèves"), ("APA\nTags", "WhatsApp")])

# ---------------------------------------------------------------- 05
MOB = "ministre bruxellois de la Mobilité"
SPEC["05_metro_bruxelles"] = (
    [E("Bruxelles", "LOC", opt=True, only=[0]), E("Bruxelles", "LOC", only=[1]),
     E("Métro 3", "MISC"), E("gare du Nord", "LOC", opt=True), E("Albert", "LOC", opt=True),
     E("Cour des comptes", "ORG"), E("Thomas Vanderlinden", "PER"), E("Belga", "ORG"),
     E("Nicolas Maeterlinck", "PER"), E("Parlement bruxellois", "ORG", opt=True),
     E("place Anneessens", "LOC", opt=True), E("MR", "ORG"), E("Olivier De Wandeleer", "PER"),
     E("Forest", "LOC"), E("Ecolo", "ORG"), E("Saskia Vermeulen", "PER"), E("STIB", "ORG"),
     E("Nord", "LOC", opt=True), E("Toots Thielemans", "LOC", opt=True), E("Kevin Lambotte", "PER"),
     E("Mobilité", "ORG", opt=True), E("Beliris", "ORG"), E("PTB", "ORG"),
     E("Région", "ORG", "Région bruxelloise", opt=True), E("Région bruxelloise", "ORG", opt=True),
     E("Tunnel Léopold II", "LOC", opt=True), E("Bruxellois", "MISC"), E("Lemonnier", "LOC", opt=True),
     E("Fatima El Haddouchi", "PER"), E("Saint-Gilles", "LOC")],
    [
     Q(D, "gouffre", "opposition", "parle", opt=True, nth=0),
     Q(I, "Le chantier de la future ligne de métro entre la gare du Nord et Albert coûtera au moins 5,2 milliards d'euros", "Cour des comptes", "selon"),
     Q(I, "le coût du Métro 3 atteindra au minimum 5,2 milliards d'euros, soit près du double de l'estimation de 2018", "Cour des comptes", "estime"),
     Q(I, "“une sous-estimation chronique des risques géologiques” sous le centre-ville", "Cour des comptes", "pointent", opt=True),
     Q(D, "une sous-estimation chronique des risques géologiques", "Cour des comptes", "pointent", v="inst"),
     Q(I, "c'est “un gouffre sans fond”", "Olivier De Wandeleer", "Pour"),
     Q(D, "un gouffre sans fond", "Olivier De Wandeleer", "Pour", v="name"),
     Q(D, "On nous a vendu un métro à 2,6 milliards. Aujourd'hui, personne n'est capable de dire quand il roulera, ni combien il coûtera vraiment", "Olivier De Wandeleer", "a-t-il lancé", v="pron"),
     Q(I, "un audit indépendant et la suspension du tronçon sud vers Forest", "Olivier De Wandeleer", "réclame", opt=True),
     Q(D, "Arrêter maintenant, ce serait jeter 3 milliards par la fenêtre", "Saskia Vermeulen", "rétorque-t-elle", v="pron"),
     Q(I, "les habitants du nord de la ville attendent cette ligne “depuis trente ans” et le tram 55, saturé, ne suffit plus", "Saskia Vermeulen", "Selon"),
     Q(D, "depuis trente ans", "Saskia Vermeulen", "Selon", v="role"),
     Q(I, "la communication de la majorité précédente a été “désastreuse”", "Saskia Vermeulen", "admet"),
     Q(D, "désastreuse", "Saskia Vermeulen", "admet", v="role"),
     Q(I, "le tunnel entre Nord et Toots Thielemans sera achevé fin 2028 et qu'aucun nouveau retard n'est à prévoir sur cette portion", "STIB", "assure"),
     Q(D, "Les difficultés géotechniques sont derrière nous", "Kevin Lambotte", "affirme", v="name"),
     Q(I, "il présenterait “un plan de financement réaliste” avant l'été, en concertation avec le fédéral et Beliris", MOB, "a indiqué"),
     Q(D, "un plan de financement réaliste", MOB, "a indiqué", v="func"),
     Q(I, "la Région renonce aux partenariats public-privé, jugés plus coûteux", "PTB", "on réclame"),
     Q(D, "Les travaux, on les a depuis six ans devant la boutique. Mes clients ne viennent plus. On me dit 2031, moi je n'y crois plus.", "Fatima El Haddouchi", "soupire", v="name")],
    [("Écouter l'article", "Partager"), ("Belga\n©", "Maeterlinck"), ("À lire aussi", "fissures détectées"), ("Sur le même thème", "Région bruxelloise")])

# ---------------------------------------------------------------- 06
FINUL = "Force intérimaire des Nations unies au Liban"
SPEC["06_liban_reconstruction"] = (
    [E("Moyen-Orient", "LOC", opt=True), E("Liban", "LOC"), E("Sud", "LOC", opt=True),
     E("Liban-Sud", "LOC"), E("BEYROUTH", "LOC", "Beyrouth"), E("AFP", "ORG"), E("Khiam", "LOC"),
     E("Hussein Fakhreddine", "PER"), E("Banque mondiale", "ORG"), E("Rima Haidar", "PER"),
     E("Ali", "PER"), E("Tyr", "LOC"), E("Australie", "LOC"), E("Conseil du Sud", "ORG"),
     E("Karim Nassar", "PER"), E(FINUL, "ORG"), E("Finul", "ORG", FINUL), E("ligne bleue", "LOC", opt=True),
     E("Conseil de sécurité", "ORG"), E("Hezbollah", "ORG"), E("Parlement", "ORG", opt=True),
     E("Nadine Saab", "PER"), E("Université américaine de Beyrouth", "ORG"),
     E("AUB", "ORG", "Université américaine de Beyrouth"), E("Golfe", "LOC"), E("Qatar", "LOC"),
     E("Arabie saoudite", "LOC"), E("Paris", "LOC"), E("Agence France-Presse", "ORG"), E("Israël", "LOC")],
    [
     Q(D, "on reconstruit sans savoir si on pourra rester", "Hussein Fakhreddine", None, v="head"),
     Q(D, "On reconstruit sans savoir si on pourra rester. Mais si on ne revient pas, qui reviendra ?", "Hussein Fakhreddine", "dit-il", v="pron"),
     Q(I, "les dégâts matériels dans le pays dépassent 11 milliards de dollars, dont plus de la moitié dans le Sud", "Banque mondiale", "Selon"),
     Q(I, "la reconstruction prendra « au moins une décennie » sans financement international massif", "Banque mondiale", "estime"),
     Q(D, "au moins une décennie", "Banque mondiale", "estime", v="inst"),
     Q(D, "L'État ne nous a rien donné. Pas une livre. Ce sont les cousins d'Australie qui paient le ciment", "Rima Haidar", "raconte", v="role"),
     Q(I, "avoir déposé trois dossiers d'indemnisation auprès du Conseil du Sud, sans réponse", "Rima Haidar", "affirme"),
     Q(I, "40 % des habitants étaient revenus, contre à peine 10 % un an plus tôt", "maire de Khiam", "a indiqué"),
     Q(I, "redouter une nouvelle escalade", "maire de Khiam", "dit"),
     Q(D, "Chaque fois qu'un drone passe, les gens se demandent s'ils ont eu raison de revenir.", "maire de Khiam", None, v="func"),
     Q(I, "La mission onusienne a recensé « plus de 2 000 violations » de la ligne bleue depuis janvier", FINUL, "selon"),
     Q(D, "plus de 2 000 violations", FINUL, "a recensé", v="inst"),
     Q(I, 'ses frappes visent "exclusivement des infrastructures du Hezbollah"', "armée israélienne", "affirme"),
     Q(D, "exclusivement des infrastructures du Hezbollah", "armée israélienne", "affirme", v="inst"),
     Q(I, "l'absence de plan national de reconstruction « n'est pas un oubli, c'est un choix politique »", "Nadine Saab", "Pour"),
     Q(D, "n'est pas un oubli, c'est un choix politique", "Nadine Saab", "Pour", v="name"),
     Q(D, "Le gouvernement attend l'argent du Golfe, et le Golfe attend des garanties sur le désarmement. Pendant ce temps, les gens se débrouillent", "Nadine Saab", "souligne-t-elle", v="pron"),
     Q(I, "une partie des fonds promis par le Qatar et l'Arabie saoudite lors de la conférence de Paris de 2025 n'a jamais été décaissée", "Nadine Saab", "D'après"),
     Q(D, "Le toit, ce sera pour l'été. Si Dieu le veut", "Hussein Fakhreddine", "sourit-il", v="pron")],
    [("Un ouvrier sur un chantier", "Karim Nassar)"), ("Lire aussi : Liban", "restructuration bancaire"), ("rb/mj/fc", "Reconstruction")])

# ---------------------------------------------------------------- 07
RCSA = "RC Strasbourg Alsace"
SPEC["07_strasbourg_reims"] = (
    [E("Strasbourg", "ORG", RCSA, opt=True, only=[0, 2, 3, 4]), E("Strasbourg", "LOC", only=[1]),
     E("Reims", "ORG", "Stade de Reims", opt=True), E("Stade de Reims", "ORG"),
     E("Djaló", "PER", "Mamadou Djaló"), E("Mamadou Djaló", "PER"), E("Alsaciens", "MISC"),
     E("Rémois", "MISC"), E("Lucas Hoffmann", "PER"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("Meinau", "LOC"), E("Stade de la Meinau", "LOC", opt=True),
     E("Racing", "ORG", RCSA, opt=True), E("Yanis Berrada", "PER"), E("Berrada", "PER", "Yanis Berrada"),
     E("Oskar Lindqvist", "PER"), E("Lindqvist", "PER", "Oskar Lindqvist"), E(RCSA, "ORG"),
     E("RC Strasbourg", "ORG", RCSA), E("Ligue 1", "MISC", opt=True), E("DAZN", "ORG"),
     E("Boavista", "ORG"), E("Théo Kieffer", "PER"), E("Kieffer", "PER", "Théo Kieffer"),
     E("Bakary Touré", "PER"), E("Touré", "PER", "Bakary Touré"), E("Lucas Meyer", "PER"),
     E("Direction technique de l'arbitrage", "ORG"), E("Fédération française de football", "ORG"),
     E("FFF", "ORG", "Fédération française de football"), E("Maxime Delcourt", "PER")],
    [
     Q(D, "On n'a jamais lâché", "Mamadou Djaló", None, nth=0, v="name"),
     Q(D, "On n'a jamais lâché. Le coach nous a secoués dans le vestiaire, il avait raison", "Mamadou Djaló", "a savouré", v="name"),
     Q(D, "C'est le plus beau but de ma carrière, je crois. En tout cas le plus important", "Mamadou Djaló", "a-t-il ajouté", v="pron"),
     Q(D, "incompréhensible", "entraîneur rémois", "a jugée", v="func"),
     Q(D, "Le ballon touche d'abord la cuisse. Tout le monde l'a vu sauf ceux qui devaient le voir", "entraîneur rémois", "a-t-il fulminé", v="pron"),
     Q(I, 'l\'expulsion de son défenseur Bakary Touré (64e) pour un second avertissement a "tué le match"', "entraîneur rémois", "Selon"),
     Q(D, "tué le match", "entraîneur rémois", "Selon", v="pron"),
     Q(I, '"le caractère" de son groupe', "entraîneur alsacien", "a salué", opt=True),
     Q(D, "le caractère", "entraîneur alsacien", "a salué", v="func"),
     Q(D, "À 0-2, j'ai vu des joueurs qui se regardaient. Je leur ai dit qu'on avait quarante-cinq minutes pour changer l'histoire de la soirée", "entraîneur alsacien", "a-t-il raconté", v="pron"),
     Q(I, "son équipe avait « eu de la chance sur le penalty »", "Théo Kieffer", "a reconnu"),
     Q(D, "eu de la chance sur le penalty", "Théo Kieffer", "a reconnu", v="name"),
     Q(I, 'Strasbourg "méritait largement" la victoire', "Théo Kieffer", "assure"),
     Q(D, "méritait largement", "Théo Kieffer", "assure", v="role"),
     Q(I, 'il va saisir la Direction technique de l\'arbitrage de la Fédération française de football (FFF) et demander "des explications" sur les images de la VAR', "Stade de Reims", "annonce"),
     Q(D, "des explications", "Stade de Reims", "annonce", v="inst")],
    [("Partager sur Facebook", "Partager sur X"), ("Lire aussi : Ligue 1", "24e journée"), ("Mots-clés", "DAZN\n")])

# ---------------------------------------------------------------- 08
GT = "Geneviève Thibodeau"
CALQ = "Conseil des arts et des lettres du Québec"
SPEC["08_roman_rimouski"] = (
    [E(GT, "PER"), E("Gaspésie", "LOC"), E("Les Marées de septembre", "MISC"), E("Rimouskoise", "MISC"),
     E("Prix des libraires du Québec", "MISC", opt=True), E("Marc-Olivier Gagnon", "PER"),
     E("Rimouski", "LOC"), E("Sainte-Anne-des-Monts", "LOC"), E("Félix Archambault-Roy", "PER"),
     E("Salon du livre de Montréal", "MISC"), E("Boréal", "ORG"), E("Hélène Bastarache", "PER"),
     E("France", "LOC"), E("Belgique", "LOC"), E("Télé-Québec", "ORG"), E("Montréal", "LOC"),
     E(CALQ, "ORG"), E("CALQ", "ORG", CALQ), E("Conseil", "ORG", CALQ), E("Devoir", "ORG", "Le Devoir"),
     E("Le Devoir", "ORG"), E("Annick Ouellette-Brassard", "PER"),
     E("parc de la Pointe-aux-Pères", "LOC", opt=True), E("Culture", "MISC", opt=True)],
    [
     Q(D, "Je n'écris pas sur la Gaspésie, j'écris depuis elle", GT, None, v="head"),
     Q(D, "C'est mon éditrice qui m'a appelée. J'étais en train de tondre le gazon. J'ai cru qu'elle se trompait de numéro", GT, "raconte", v="role"),
     Q(D, "On a longtemps raconté la Gaspésie avec des cartes postales. Moi, j'ai grandi avec des chômeurs et des bateaux vendus à la casse", GT, "dit-elle", v="pron"),
     Q(I, "un roman « d'une justesse bouleversante »", "jury", "a salué", opt=True),
     Q(D, "d'une justesse bouleversante", "jury", "a salué", v="inst"),
     Q(I, "le livre s'est imposé dès le premier tour de délibérations, devant des titres pourtant très attendus", "Félix Archambault-Roy", "Selon"),
     Q(D, "Les libraires le conseillaient avant même qu'il soit en lice. C'est rare", "Félix Archambault-Roy", "observe-t-il", v="pron"),
     Q(I, "les droits ont été vendus en France et en Belgique, et qu'une adaptation pour Télé-Québec est « en discussion »", "Hélène Bastarache", "assure"),
     Q(D, "en discussion", "Hélène Bastarache", "assure", v="name"),
     Q(I, "la preuve que « les lecteurs ont soif d'histoires qui se passent ailleurs qu'à Montréal", "Hélène Bastarache", "voit", opt=True),
     Q(D, "les lecteurs ont soif d'histoires qui se passent ailleurs qu'à Montréal", "Hélène Bastarache", "voit", v="pron"),
     Q(I, "de cette distinction", CALQ, "s'est réjoui", opt=True),
     Q(D, "un exemple concret de ce que permet le soutien public à la création", CALQ, "voit", v="inst"),
     Q(I, "la région s'est vidée de ses jeunes", GT, "reconnaît"),
     Q(I, "elle ne partira pas", GT, "jure"),
     Q(D, "Rimouski, c'est là que je sais écrire. Ailleurs, je suis une touriste.", GT, None, v="pron"),
     Q(D, "Demandez-moi dans deux ans.", GT, None, v="pron")],
    [("À LIRE AUSSI", "relève gaspésienne s’impose"), ("Photo: Annick", "Partagez-le.")])

# ---------------------------------------------------------------- 09
OFT = "Office fédéral des transports"
ATE = "Association transports et environnement"
LBC = "Laure Bovet-Chappuis"
SYN = "syndic de Vallorbe"
SPEC["09_vallorbe_cff"] = (
    [E("Vaud & Régions", "MISC", opt=True), E("Nord vaudois", "LOC"), E("Lausanne", "LOC"),
     E("Vallorbe", "LOC"), E("CFF", "ORG"), E("Cossonay", "LOC"), E("Nathalie Rochat", "PER"),
     E("Yvan Jaquier", "PER"), E("col du Mollendruz", "LOC", opt=True), E(OFT, "ORG"),
     E("OFT", "ORG", OFT), E("Day", "LOC", opt=True), E("Jougne", "LOC"), E("Priska Imhof", "PER"),
     E("TGV Lyria", "ORG"), E("Paris", "LOC"), E("Genève", "LOC"), E(LBC, "PER"),
     E("Grand Conseil", "ORG"), E("Conseil d'Etat", "ORG"), E("Lausannois", "MISC"),
     E("RER Vaud", "MISC", opt=True), E("Sandrine Moret", "PER"), E("Musée du fer", "LOC", opt=True),
     E("Café de la Gare", "ORG"), E(ATE, "ORG"), E("ATE", "ORG", ATE), E("Keystone", "ORG"),
     E("Léa Perrottet", "PER")],
    [
     Q(D, "On nous coupe du monde", "Yvan Jaquier", None, nth=0, v="head"),
     Q(D, "Six mois de bus, avec le col du Mollendruz en hiver? On nous coupe du monde", "Yvan Jaquier", "lâche-t-il", v="pron"),
     Q(I, "près de 1800 voyageurs empruntent chaque jour le tronçon", OFT, "selon"),
     Q(I, "la fermeture complète par l'état des tunnels du Day et de Jougne, construits à la fin du XIXe siècle", "CFF", "justifient", opt=True),
     Q(D, "Une fermeture partielle aurait duré trois ans au lieu de six mois. Nous avons fait le choix le moins pénalisant", "Priska Imhof", "explique", v="name"),
     Q(I, "des bus de substitution circuleront toutes les trente minutes aux heures de pointe et que le TGV Lyria vers Paris sera détourné par Genève", "Priska Imhof", "assure"),
     Q(I, "le calendrier est «mal ficelé»", LBC, "Pour"),
     Q(D, "mal ficelé", LBC, "Pour", v="name"),
     Q(I, "au Conseil d'Etat d'obtenir des CFF une compensation pour les abonnés", LBC, "demande"),
     Q(D, "Les gens du Nord vaudois paient le même abonnement que les Lausannois. Ils ont droit au même service", LBC, "martèle", v="role"),
     Q(I, "les travaux de 2019 lui avaient déjà coûté un tiers de son chiffre d'affaires", "Sandrine Moret", "raconte"),
     Q(D, "Les touristes français qui viennent pour le Musée du fer ne viendront pas en car", "Sandrine Moret", "prédit-elle", v="pron"),
     Q(D, "Il faut bien faire les travaux un jour.", "patron du Café de la Gare", None, v="func"),
     Q(I, "une séance d'information publique se tiendra le 20 novembre à la salle de spectacles", SYN, "a annoncé"),
     Q(I, "les CFF «viennent expliquer eux-mêmes» leur décision aux habitants", SYN, "souhaite"),
     Q(D, "viennent expliquer eux-mêmes", SYN, "souhaite", v="func"),
     Q(I, "la rénovation mais on regrette l'absence de concertation", ATE, "on salue", opt=True),
     Q(D, "Vaud & Régions", None, None, opt=True, nth=1)],
    [("Lire aussi: RER", "repoussée à 2030"), ("© Keystone", "commentaire")])

# ---------------------------------------------------------------- 10
INSERM = "Institut national de la santé et de la recherche médicale"
ELFE = "Étude longitudinale française depuis l'enfance"
CVM = "Claire Vasseur-Marty"
SPF = "Santé publique France"
FCPE = "Fédération des conseils de parents d'élèves"
SPEC["10_sommeil_ecrans"] = (
    [E("Inserm", "ORG", INSERM), E(INSERM, "ORG"), E("Elfe", "MISC", ELFE), E(ELFE, "MISC"),
     E("Aurélie Mansard", "PER"), E("Newsletter Santé", "MISC", opt=True),
     E("The Lancet Child & Adolescent Health", "ORG"), E(CVM, "PER"), E("Montpellier", "LOC"),
     E("Yasmina Belkacem", "PER"), E("Académie de médecine", "ORG"), E("TikTok", "ORG"),
     E("Instagram", "ORG"), E("DSA", "MISC"), E("Pierre-Alain Roussel", "PER"),
     E("CHU de Montpellier", "ORG"), E(SPF, "ORG"), E("ministère de la Santé", "ORG", opt=True),
     E("Toussaint", "MISC", opt=True), E("Éducation nationale", "ORG"), E(FCPE, "ORG"),
     E("FCPE", "ORG", FCPE), E("Shutterstock", "ORG"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(I, "les écrans du soir leur coûtent une heure de nuit", "Inserm", "selon"),
     Q(I, "un lien net entre usage nocturne du smartphone et retard d'endormissement", None, "montre", opt=True),
     Q(D, "Ce n'est pas une fatalité", "chercheuses", "insistent", opt=True, nth=0),
     Q(I, "Les adolescents qui utilisent leur téléphone après 22 heures dorment en moyenne 58 minutes de moins que ceux qui le posent avant", "Inserm", "selon"),
     Q(D, "Nous nous attendions à un effet, mais pas à cette ampleur", CVM, "reconnaît", v="name"),
     Q(I, "le problème tient moins à la lumière bleue qu'à « l'excitation cognitive » provoquée par les réseaux sociaux", CVM, "Selon"),
     Q(D, "l'excitation cognitive", CVM, "Selon", v="pron"),
     Q(D, "Ce n'est pas une fatalité. Quand les familles fixent une règle claire, le sommeil se rétablit en quelques semaines.", "Yasmina Belkacem", "nuance", v="name"),
     Q(I, "les téléphones dorment hors de la chambre", "Yasmina Belkacem", "plaide"),
     Q(D, "J'ai des patients de 14 ans qui dorment cinq heures par nuit. Ils arrivent avec des maux de tête, des notes en chute, et parfois des idées noires", "Pierre-Alain Roussel", "décrit-il", v="pron"),
     Q(I, "les médecins généralistes devraient interroger systématiquement les adolescents sur leurs écrans", "Pierre-Alain Roussel", "estime"),
     Q(I, "un adolescent sur trois présentait déjà une « dette de sommeil » chronique en 2024", SPF, "D'après"),
     Q(D, "dette de sommeil", SPF, "D'après", opt=True),
     Q(I, "un jeune de 15 ans a besoin de huit à dix heures de sommeil par nuit", SPF, "rappelle"),
     Q(I, "une campagne d'information serait lancée à la rentrée des vacances de la Toussaint, en lien avec l'Éducation nationale", "ministère de la Santé", "a indiqué"),
     Q(D, "très insuffisante", FCPE, "jugée", v="inst"),
     Q(I, "une heure de sensibilisation au sommeil dans tous les collèges", FCPE, "réclame", opt=True)],
    [("Newsletter Santé", "chaque semaine"), ("Lire aussi : Écrans", "pour les mineurs"), ("(Image : illustration", "Copier le lien")])

# ---------------------------------------------------------------- 11
BNIC = "Bureau national interprofessionnel du cognac"
MCE = "ministre délégué au Commerce extérieur"
SPEC["11_cognac_chine"] = (
    [E("Cognac", "MISC", opt=True, only=[0, 2]), E("Cognac", "LOC", only=[1]), E("Chine", "LOC"),
     E("Union européenne-Chine", "MISC", opt=True), E("Bertrand Lecocq", "PER"), E("Charente", "LOC"),
     E("Pékin", "LOC"), E("ministère chinois du Commerce", "ORG", opt=True),
     E("Commerce extérieur", "ORG", opt=True), E(BNIC, "ORG"), E("BNIC", "ORG", BNIC),
     E("Jean-Baptiste Sauvaget", "PER"), E("Bruxelles", "LOC"), E("Hennessy", "ORG"), E("LVMH", "ORG"),
     E("Rémy Cointreau", "ORG"), E("Pernod Ricard", "ORG"), E("Martell", "ORG"), E("Jarnac", "LOC"),
     E("Reuters", "ORG"), E("Bordeaux", "LOC"), E("Segonzac", "LOC"), E("Grande Champagne", "LOC"),
     E("Sophie Garandeau", "PER"), E("Didier Pommereau", "PER"), E("OMC", "ORG"),
     E("Arnaud Tessandier", "PER"), E("Xerfi", "ORG"), E("Asie", "LOC"), E("États-Unis", "LOC"),
     E("Les Échos Publishing", "ORG")],
    [
     Q(I, "elles ont reculé de 41 % en volume sur les douze derniers mois, à 19,8 millions de bouteilles", BNIC, "D'après"),
     Q(D, "Nous avons perdu en dix-huit mois ce que nous avions mis quinze ans à construire", "Jean-Baptiste Sauvaget", "résume", v="name"),
     Q(I, "Bruxelles à « sortir le cognac de la guerre commerciale » sur les véhicules électriques, qui a provoqué selon lui les représailles de Pékin", "Jean-Baptiste Sauvaget", "appelle"),
     Q(D, "sortir le cognac de la guerre commerciale", "Jean-Baptiste Sauvaget", "appelle", v="pron"),
     Q(I, "un plan de départs volontaires touchant 110 postes à Cognac", "Hennessy", "a annoncé", opt=True),
     Q(I, "Martell envisagerait de céder une partie de ses stocks d'eaux-de-vie à des négociants indépendants", "Reuters", "Selon"),
     Q(D, "On ne pouvait pas faire autrement. Les maisons nous ont annoncé des baisses d'achat de 30 %, et les banques ne suivent plus", "Sophie Garandeau", "explique-t-elle", v="pron"),
     Q(D, "C'est moins rentable, mais au moins ça se vend", "Didier Pommereau", "glisse-t-il", v="pron"),
     Q(D, "Mon père n'aurait jamais imaginé ça.", "Didier Pommereau", "avant d'ajouter", v="pron"),
     Q(I, "le dossier serait « au menu » du prochain sommet Union européenne-Chine", MCE, "a assuré"),
     Q(D, "au menu", MCE, "a assuré", v="func"),
     Q(I, "la procédure engagée devant l'OMC suit son cours", "exécutif européen", "rappelle"),
     Q(I, "la filière paie aussi « une décennie d'euphorie »", "Arnaud Tessandier", "Pour"),
     Q(D, "une décennie d'euphorie", "Arnaud Tessandier", "Pour", v="name"),
     Q(I, "les maisons ont trop misé sur l'Asie et sur les qualités haut de gamme, au détriment des États-Unis, qui restent le premier marché du cognac", "Arnaud Tessandier", "juge"),
     Q(D, "La Chine ne reviendra pas au niveau de 2022 avant longtemps", "Arnaud Tessandier", "a-t-il ajouté", v="pron")],
    [("Réservé aux abonnés", "Réservé aux abonnés"), ("LIRE AUSSI :", "jusqu’en 2028"), ("© Les Échos", "Pernod Ricard\n")])

# ---------------------------------------------------------------- 12
LC = "Lenny Castagnet"
MS = "Mikkel Søndergaard"
SPEC["12_paris_nice"] = (
    [E("Paris-Nice 2027", "MISC"), E("Paris-Nice", "MISC", "Paris-Nice 2027"), E(LC, "PER"),
     E("Castagnet", "PER", LC), E("Lenny", "PER", LC), E("La Loge des Gardes", "LOC"),
     E("Decathlon AG2R La Mondiale", "ORG"), E("Danois", "MISC"), E(MS, "PER"),
     E("Søndergaard", "PER", MS), E("Romain Duchâteau", "PER"), E("Saint-Étienne", "LOC"),
     E("Allier", "LOC"), E("Visma-Lease a Bike", "ORG"), E("Roubaix", "LOC", opt=True),
     E("Savoyard", "MISC"), E("France Télévisions", "ORG"), E("Stéphane Rivolier", "PER"),
     E("Tour de France", "MISC"), E("Nice", "LOC"), E("Tirreno-Adriatico", "MISC"), E("UCI", "ORG"),
     E("Hugo Ferrandez", "PER"), E("Ferrandez", "PER", "Hugo Ferrandez"), E("Groupama-FDJ", "ORG"),
     E("Marseillais", "MISC"), E("Auron", "LOC"), E("Joaquín Ibarrola", "PER")],
    [
     Q(D, "J'ai attaqué avec la rage", LC, None, nth=0, v="head"),
     Q(D, "J'ai attaqué avec la rage. Depuis Roubaix l'an dernier et ma chute, je me suis promis de revenir plus fort", LC, "a soufflé", v="role"),
     Q(D, "Je n'ai pas regardé derrière. Mon directeur sportif me hurlait dans l'oreillette de ne pas me retourner, alors je ne me suis pas retourné", LC, "a-t-il ajouté", v="pron"),
     Q(I, "l'équipe avait « préparé ce final depuis décembre », avec deux reconnaissances sur place", "Stéphane Rivolier", "Selon"),
     Q(D, "préparé ce final depuis décembre", "Stéphane Rivolier", "Selon", v="pron"),
     Q(I, "Castagnet avait terminé 9e du Tour de France l'été dernier", "Stéphane Rivolier", "a rappelé"),
     Q(D, "Lenny n'a peur de personne. Dimanche à Nice, il faudra défendre, mais on a une équipe pour ça.", "Stéphane Rivolier", None, v="pron"),
     Q(I, "il s'était « un peu endormi » au moment de l'attaque", MS, "a reconnu"),
     Q(D, "un peu endormi", MS, "a reconnu", v="role"),
     Q(D, "Quatorze secondes, ce n'est rien. La course n'est pas finie, loin de là", MS, "a-t-il prévenu", v="pron"),
     Q(I, "il souffre depuis mardi d'une légère bronchite", "Visma-Lease a Bike", "D'après"),
     Q(D, "On n'avait pas de leader désigné. Je me suis senti bien, j'ai suivi", "Hugo Ferrandez", "a raconté", v="role"),
     Q(I, "l'étape de samedi, entre Nice et Auron, serait raccourcie de 30 km en raison des chutes de neige attendues", "direction de course", "a annoncé"),
     Q(D, "On roule beaucoup trop vite dans les descentes", None, "a confié")],
    [("Vidéo\n", "Vidéo\n"), ("Sur le même sujet", "protocole commotion"), ("Tags : Paris-Nice", "a Bike\n")])


if __name__ == "__main__":
    main(SPEC, HERE)
