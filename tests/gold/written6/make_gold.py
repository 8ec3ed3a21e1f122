#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written6 with exact offsets.

    python3 tests/gold/written6/make_gold.py          # write NAME.json, check
    python3 tests/gold/written6/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written6/make_gold.py --show   # print every annotation in context

BLIND held-out set: never tune on it, never add it to `make eval`.
The annotations of the sixteen articles (NAME.txt, written for this set) are
given below as strings, per ../shared/docs/ANNOTATION.md and the decisions of
tests/gold/written*/README.md (conventions decided for this set: README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pronoun, role (a role noun or nationality noun standing
for a person named elsewhere), function (a person known only by function),
institution.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

# ---------------------------------------------------------------- 01
SPEC["01_sonde_argonaute"] = (
    [E("Lune", "LOC", opt=True), E("Argonaute", "MISC"), E("Agence spatiale européenne", "ORG"),
     E("Europe", "LOC"), E("Claire Dumontet", "PER"), E("Paris", "LOC"),
     E("cratère Shackleton", "LOC", opt=True), E("ESA", "ORG", "Agence spatiale européenne"),
     E("Ingrid Halvorsen", "PER"), E("Darmstadt", "LOC"), E("Allemagne", "LOC"),
     E("Ariane 6", "MISC"), E("Kourou", "LOC"), E("Guyane", "LOC"),
     E("Novaspace Dynamics", "ORG"), E("université de Padoue", "ORG", opt=True),
     E("Centre national d'études spatiales", "ORG"),
     E("CNES", "ORG", "Centre national d'études spatiales"), E("France", "LOC"),
     E("NASA", "ORG"), E("Prospector-1", "MISC"), E("Matthieu Legrand-Ouédraogo", "PER"),
     E("Thales Alenia Space", "ORG"), E("Toulousain", "MISC"), E("Pathfinder", "MISC"),
     E("Japonais", "MISC"), E("Kenji Morimoto", "PER"), E("JAXA", "ORG"),
     E("D. Ducros", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "sans une égratignure", "Ingrid Halvorsen", None, v="name"),
     Q(I, "La sonde Argonaute s'est posée mardi à 14 h 37 (heure de Paris) dans le cratère Shackleton, près du pôle sud lunaire", "Agence spatiale européenne", "a annoncé"),
     Q(D, "Sans une égratignure", "Ingrid Halvorsen", "s'est réjouie", v="name"),
     Q(D, "Nous allons chercher de la glace d'eau à deux mètres sous la surface. Si elle est là, nous la trouverons", "Ingrid Halvorsen", "a-t-elle ajouté", v="pronoun"),
     Q(D, "succès collectif", "Centre national d'études spatiales", "on se félicite", v="institution"),
     Q(I, "la France a financé près d'un quart des 640 millions d'euros du programme", "président du CNES", "Selon"),
     Q(D, "Les dix dernières minutes ont été les plus longues de ma carrière", "Matthieu Legrand-Ouédraogo", "confie", v="name"),
     Q(I, "les premières images, transmises par le satellite relais Pathfinder, seront publiées jeudi", "Matthieu Legrand-Ouédraogo", "assure"),
     Q(D, "belle leçon de précision", "Kenji Morimoto", "a salué", v="name"),
     Q(I, "une « belle leçon de précision »", "Kenji Morimoto", "a salué", opt=True)],
    [("Lire aussi", "Argonaute")])

# ---------------------------------------------------------------- 02
SPEC["02_encheres_drouot"] = (
    [E("Le Jardin d'hiver", "MISC"), E("Berthe Morisot", "PER"), E("Artcurial", "ORG"),
     E("Hugo Vasseur-Lemaire", "PER"), E("PARIS", "LOC", "Paris"),
     E("hôtel Marcel Dassault", "LOC", opt=True), E("Édouard de Villeneuve-Saint-Cyr", "PER"),
     E("Hongkong", "LOC"), E("Singapour", "LOC"), E("Asie du Sud-Est", "LOC"),
     E("Van Hoorebeke", "PER"), E("Gand", "LOC"), E("musée Marmottan Monet", "LOC", opt=True),
     E("Sophie Akinyi-Bernard", "PER"), E("Les Femmes impressionnistes", "MISC"),
     E("Mariam el-Khoury", "PER"), E("Drouot", "ORG"), E("Caillebotte", "PER", opt=True),
     E("Bretagne", "LOC")],
    [Q(D, "Le Jardin d'hiver", None, None, opt=True, nth=0),
     Q(D, "Le Jardin d'hiver", None, None, opt=True, nth=1),
     Q(I, "Mercredi soir, « Le Jardin d'hiver », toile peinte par Berthe Morisot en 1883, a été adjugée 9,2 millions d'euros frais compris, un record pour l'artiste", "Artcurial", "a indiqué"),
     Q(D, "Nous savions que l'œuvre était exceptionnelle, mais personne n'imaginait une telle bataille", "Édouard de Villeneuve-Saint-Cyr", "a déclaré", v="name"),
     Q(I, "l'acheteur est un collectionneur d'Asie du Sud-Est qui souhaite garder l'anonymat", "Artcurial", "Selon"),
     Q(D, "Nous ne pouvions pas suivre au-delà de 5 millions", "Sophie Akinyi-Bernard", "regrette", v="name"),
     Q(I, "avoir obtenu un prêt pour l'exposition « Les Femmes impressionnistes », prévue au printemps 2027", "Sophie Akinyi-Bernard", "dit"),
     Q(D, "Les Femmes impressionnistes", None, None, opt=True),
     Q(I, "la vente confirme « un rattrapage tardif mais spectaculaire » de la cote des peintres femmes", "Mariam el-Khoury", "Pour"),
     Q(D, "un rattrapage tardif mais spectaculaire", "Mariam el-Khoury", "Pour", v="name"),
     Q(D, "Il y a dix ans, ce tableau serait parti à moins de 2 millions", "Mariam el-Khoury", "souligne-t-elle", v="pronoun")],
    [("Lire aussi", "sélection.")])

# ---------------------------------------------------------------- 03
SPEC["03_paris_roubaix"] = (
    [E("Paris-Roubaix 2027", "MISC"), E("Paris-Roubaix", "MISC"), E("Belge", "MISC"),
     E("Jasper Van den Broeck", "PER"), E("Van den Broeck", "PER", "Jasper Van den Broeck"),
     E("Lotto-Dstny", "ORG"), E("Néerlandais", "MISC"), E("Thijs de Graaf", "PER"),
     E("De Graaf", "PER", "Thijs de Graaf"), E("Français", "MISC"),
     E("Antoine Beaulieu-Marchal", "PER"), E("Beaulieu-Marchal", "PER", "Antoine Beaulieu-Marchal"),
     E("ROUBAIX", "LOC", "Roubaix"), E("AFP", "ORG"), E("Mons-en-Pévèle", "LOC"),
     E("Flamand", "MISC"), E("Carrefour de l'Arbre", "LOC"), E("Visma-Lease a Bike", "ORG"),
     E("Trouée d'Arenberg", "LOC"), E("Groupama-FDJ", "ORG"), E("Normand", "MISC"),
     E("France Télévisions", "ORG"), E("Slovène", "MISC"), E("Luka Žagar", "PER"),
     E("forêt de Wallers", "LOC", opt=True), E("UAE Team Emirates", "ORG"),
     E("Agence France-Presse", "ORG")],
    [Q(D, "Quand j'ai vu que personne ne suivait, j'ai pensé à mon grand-père, qui m'emmenait voir la course à Carrefour de l'Arbre", "Jasper Van den Broeck", "a raconté", v="role"),
     Q(D, "Ce pavé-là, c'est le trophée de toute ma famille.", "Jasper Van den Broeck", None, v="role"),
     Q(I, "une crevaison dans la Trouée d'Arenberg", "Thijs de Graaf", "a regretté", opt=True),
     Q(D, "Sans ça, on se battait pour la victoire, j'en suis certain.", "Thijs de Graaf", "a regretté", v="role"),
     Q(I, "le Normand a roulé les trente derniers kilomètres avec une côte fêlée", "directeur sportif de Groupama-FDJ", "D'après"),
     Q(D, "Il n'a rien dit à personne. C'est un guerrier", "directeur sportif de Groupama-FDJ", "a-t-il confié", v="function"),
     Q(I, "Le tenant du titre, le Slovène Luka Žagar, a abandonné après une chute collective dans la forêt de Wallers", "UAE Team Emirates", "selon")],
    [("© Agence France-Presse", "© Agence France-Presse")])

# ---------------------------------------------------------------- 04
SPEC["04_bauxite_guinee"] = (
    [E("Guinée", "LOC"), E("Conakry", "LOC"), E("Sino-Alu Resources", "ORG"),
     E("Sino-Alu", "ORG", "Sino-Alu Resources"), E("Boké", "LOC"),
     E("CONAKRY", "LOC", "Conakry"), E("Reuters", "ORG"),
     E("Emirates Global Aluminium", "ORG"), E("EGA", "ORG", "Emirates Global Aluminium"),
     E("Sangarédi", "LOC"), E("Afrique de l'Ouest", "LOC"),
     E("palais Mohammed-V", "LOC", opt=True), E("Kamsar", "LOC"),
     E("Mamadou Saliou Diallo", "PER"), E("Mines", "ORG", opt=True), E("Société guinéenne des mines", "ORG"),
     E("SOGUIMINES", "ORG", "Société guinéenne des mines"),
     E("Publiez ce que vous payez", "ORG"), E("Chine", "LOC"), E("Zhang Wei-ming", "PER"),
     E("Hamdallaye", "LOC"), E("Compagnie des bauxites de Guinée", "ORG"),
     E("CBG", "ORG", "Compagnie des bauxites de Guinée"), E("Aïssatou Bah", "PER"),
     E("Fonds monétaire international", "ORG"), E("FMI", "ORG", "Fonds monétaire international"),
     E("Mali", "LOC"), E("Russie", "LOC"), E("Bamako", "LOC"), E("Kayes", "LOC")],
    [Q(D, "historique", "ministre des Mines", None, nth=0, v="function"),
     Q(D, "C'est un accord historique pour la Guinée et pour l'Afrique de l'Ouest", "ministre des Mines", "a affirmé", v="function"),
     Q(D, "Nous ne voulons plus exporter de la terre rouge et importer de l'aluminium", "Mamadou Saliou Diallo", "a insisté", v="name"),
     Q(I, "la Guinée a exporté en 2025 plus de 120 millions de tonnes de bauxite, essentiellement vers la Chine", "Publiez ce que vous payez", "Selon"),
     Q(I, "la nouvelle convention reste « trop opaque sur la fiscalité »", "Publiez ce que vous payez", "juge"),
     Q(D, "trop opaque sur la fiscalité", "Publiez ce que vous payez", "juge", v="institution"),
     Q(I, "6 000 emplois directs", "Sino-Alu Resources", "on promet", opt=True),
     Q(I, "l'entreprise respecterait « les normes environnementales les plus strictes »", "Zhang Wei-ming", "a assuré"),
     Q(D, "les normes environnementales les plus strictes", "Zhang Wei-ming", "a assuré", v="name"),
     Q(D, "On nous a déjà fait ces promesses. Nos puits sont toujours rouges", "Aïssatou Bah", "témoigne", v="name"),
     Q(I, "le secteur minier représente 35 % du PIB guinéen", "Fonds monétaire international", "estime")],
    [("Lire aussi", "consortium russe")])

# ---------------------------------------------------------------- 05
SPEC["05_rachat_lumen"] = (
    [E("Dassault Systèmes", "ORG"), E("Lumen", "ORG"), E("Inès Boukhari", "PER"),
     E("French Tech", "MISC", opt=True), E("Autorité de la concurrence", "ORG"),
     E("Vélizy-Villacoublay", "LOC"), E("Camille Nguyen-Thiébaut", "PER"),
     E("Nguyen-Thiébaut", "PER", "Camille Nguyen-Thiébaut"), E("Rodrigo Alves da Costa", "PER"),
     E("INSA Lyon", "ORG"), E("Stellantis", "ORG"), E("Safran", "ORG"),
     E("Siemens Energy", "ORG"), E("Lyon", "LOC"), E("Autodesk", "ORG"), E("Eurazeo", "ORG"),
     E("Julien Marchetti", "PER"), E("Oddo BHF", "ORG"), E("Bourse de Paris", "ORG"),
     E("CAC 40", "MISC", opt=True), E("Bpifrance", "ORG"), E("Les Échos", "ORG"),
     E("LinkedIn", "ORG", opt=True), E("X", "ORG", opt=True), E("Facebook", "ORG", opt=True)],
    [Q(I, "l'acquisition de Lumen, une jeune pousse lyonnaise spécialisée dans la simulation des jumeaux numériques, pour 780 millions d'euros", "Dassault Systèmes", "a annoncé", opt=True),
     Q(D, "Lumen nous apporte dix ans d'avance sur l'intelligence artificielle appliquée à l'usine", "directeur général de Dassault Systèmes", "a expliqué", v="function"),
     Q(D, "On ne vend pas l'entreprise, on lui donne les moyens de changer d'échelle", "Camille Nguyen-Thiébaut", "assure", v="name"),
     Q(I, "les équipes resteraient à Lyon", "Rodrigo Alves da Costa", "a précisé"),
     Q(I, "l'américain Autodesk et le fonds Eurazeo avaient aussi déposé une offre", None, "Selon", opt=True),
     Q(D, "Le prix paraît élevé, estime Julien Marchetti, analyste chez Oddo BHF. Mais la rareté se paie.", "Julien Marchetti", "estime", v="name"),
     Q(I, "Le fonds Bpifrance, entré au capital en 2022, réalise une plus-value de près de six fois sa mise", None, "d'après")],
    [("Cet article est réservé", "Facebook")])

# ---------------------------------------------------------------- 06
SPEC["06_festival_berlin"] = (
    [E("Berlinale 2027", "MISC"), E("Berlinale", "MISC"), E("Berlinale Palast", "LOC", opt=True),
     E("Les Oiseaux de passage", "MISC"), E("Festival international du film de Berlin", "MISC"),
     E("Asie", "LOC"), E("Lucie Ferrand-Ba", "PER"), E("Nadia Benslimane", "PER"),
     E("La Maison sur la dune", "MISC"), E("Paul-Henri Castagné", "PER"),
     E("Minuit à Tbilissi", "MISC"), E("Nino Beridze", "PER"), E("Coréen", "MISC"),
     E("Kim Tae-hoon", "PER"), E("Ours d'or", "MISC", opt=True), E("The Long Winter", "MISC"),
     E("Busan", "LOC"), E("Philippin", "MISC"), E("Rafael dela Cruz", "PER"),
     E("Manila Blues", "MISC"), E("Netflix", "ORG"), E("HDF Kino", "ORG"), E("Berlin", "LOC"),
     E("Pyramide Films", "ORG"), E("Maroc", "LOC"), E("Festival de Cannes 2027", "MISC"),
     E("Les Films du Losange", "ORG")],
    [Q(D, "Les Oiseaux de passage", None, None, opt=True, nth=0),
     Q(D, "Les Oiseaux de passage", None, None, opt=True, nth=1),
     Q(D, "Les Oiseaux de passage", None, None, opt=True, nth=2),
     Q(D, "La Maison sur la dune", None, None, opt=True),
     Q(D, "Minuit à Tbilissi", None, None, opt=True),
     Q(D, "Cette année, les cinéastes regardent la famille comme un champ de bataille", "directrice artistique de la Berlinale", "a résumé", v="function"),
     Q(D, "The Long Winter", None, None, opt=True),
     Q(D, "Manila Blues", None, None, opt=True),
     Q(I, "un film « qui ne sortira jamais en salle » n'a pas sa place en compétition", "HDF Kino", "Pour"),
     Q(D, "qui ne sortira jamais en salle", "HDF Kino", "Pour", v="institution"),
     Q(D, "fou de joie", "Paul-Henri Castagné", "se dit", v="name"),
     Q(D, "Le film a été refusé par deux festivals. Berlin, c'est une revanche", "Paul-Henri Castagné", "confie", v="role"),
     Q(I, "elle « n'a pas encore réalisé", "productrice de Nadia Benslimane", "assure"),
     Q(D, "n'a pas encore réalisé", "productrice de Nadia Benslimane", "assure", v="function"),
     Q(I, "Le jury sera présidé par une actrice américaine, dont le nom sera annoncé en janvier", "Festival international du film de Berlin", "a indiqué"),
     Q(D, "une sélection plus jeune", "délégué général du Festival de Cannes", "promet", opt=True)],
    [("Lire aussi", "Les Films du Losange")])

# ---------------------------------------------------------------- 07
SPEC["07_naufrage_lampedusa"] = (
    [E("Lampedusa", "LOC"), E("HCR", "ORG", "Haut-Commissariat des Nations unies pour les réfugiés"),
     E("Sfax", "LOC"), E("Tunisie", "LOC"), E("Afrique de l'Ouest", "LOC"), E("Soudan", "LOC"),
     E("ROME", "LOC", "Rome"), E("Haut-Commissariat des Nations unies pour les réfugiés", "ORG"),
     E("Ocean Viking", "MISC"), E("SOS Méditerranée", "ORG"), E("AFP", "ORG"),
     E("Giulia Ferraresi", "PER"), E("Falcon 2000", "MISC"), E("Agrigente", "LOC"),
     E("Guinéens", "MISC"), E("Ivoiriens", "MISC"), E("Soudanais", "MISC"),
     E("Organisation internationale pour les migrations", "ORG"),
     E("OIM", "ORG", "Organisation internationale pour les migrations"),
     E("Flavio Di Giacomo-Sarr", "PER"), E("Union européenne", "ORG"),
     E("Méditerranée centrale", "LOC"), E("Méditerranée", "LOC"), E("Tunis", "LOC"),
     E("Anthony Jean", "PER"), E("Pacte asile et migration", "MISC"), E("Italie", "LOC")],
    [Q(I, "au moins 41 disparus", "Haut-Commissariat des Nations unies pour les réfugiés", "selon"),
     Q(I, "Au moins 41 personnes sont portées disparues après le naufrage d'une embarcation au large de l'île italienne de Lampedusa, dans la nuit de vendredi à samedi", "Haut-Commissariat des Nations unies pour les réfugiés", "a annoncé"),
     Q(D, "Les rescapés nous ont dit que le moteur s'était arrêté vers 2 heures du matin, puis une vague a retourné le bateau", "Giulia Ferraresi", "a déclaré", v="name"),
     Q(D, "Nous avons repêché une fillette de six ans. Sa mère n'a pas été retrouvée", "Giulia Ferraresi", "a-t-elle ajouté", v="pronoun"),
     Q(I, "les recherches se poursuivront jusqu'à lundi", "préfecture d'Agrigente", "D'après"),
     Q(I, "Parmi les survivants figurent des Guinéens, des Ivoiriens et des Soudanais", "Organisation internationale pour les migrations", "selon"),
     Q(D, "un cimetière à ciel ouvert", "Flavio Di Giacomo-Sarr", "a dénoncé", v="name"),
     Q(I, "à l'Union européenne de relancer une mission de sauvetage en Méditerranée centrale", "Flavio Di Giacomo-Sarr", "demandé"),
     Q(I, "avoir intercepté plus de 2 000 migrants depuis le début du mois", "garde nationale", "assure")],
    [("Photo : SOS", "Italie, Tunisie")])

# ---------------------------------------------------------------- 08
SPEC["08_visite_indonesie"] = (
    [E("Jakarta", "LOC"), E("France", "LOC"), E("Indonésie", "LOC"), E("Rafale", "MISC"),
     E("Asie du Sud-Est", "LOC"), E("Vietnam", "LOC"), E("Philippines", "LOC"),
     E("JAKARTA", "LOC", "Jakarta"), E("Dassault Aviation", "ORG"), E("Armées", "ORG", opt=True), E("Scorpène", "MISC"),
     E("Naval Group", "ORG"), E("Surabaya", "LOC"), E("Eramet", "ORG"),
     E("île d'Halmahera", "LOC", opt=True), E("Sulawesi", "LOC"), E("Dewi Kartika Sari", "PER"),
     E("Centre for Strategic and International Studies", "ORG"),
     E("CSIS", "ORG", "Centre for Strategic and International Studies"),
     E("Washington", "LOC"), E("Pékin", "LOC"), E("Walhi", "ORG"), E("Arief Wicaksono", "PER"),
     E("Quai d'Orsay", "ORG"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("WhatsApp", "ORG", opt=True), E("Monde", "MISC", opt=True)],
    [Q(D, "stratégique", None, None, opt=True),
     Q(D, "C'est une relation qui a changé d'échelle", "ministre des Armées", "a-t-il déclaré", v="function"),
     Q(I, "la commande de douze Rafale supplémentaires à Dassault Aviation, portant le total à cinquante-quatre appareils, ainsi que deux sous-marins Scorpène construits par Naval Group à Surabaya", "Jakarta", "a confirmé", opt=True),
     Q(I, "l'Indonésie « diversifie ses fournisseurs pour ne dépendre ni de Washington ni de Pékin »", "Dewi Kartika Sari", "Pour"),
     Q(D, "diversifie ses fournisseurs pour ne dépendre ni de Washington ni de Pékin", "Dewi Kartika Sari", "Pour", v="name"),
     Q(D, "Le nickel est notre meilleure carte. Jakarta le sait et le joue", "Dewi Kartika Sari", "ajoute-t-elle", v="pronoun"),
     Q(I, "les mines de Sulawesi ont détruit plus de 20 000 hectares de forêt depuis 2020", "Walhi", "Selon"),
     Q(D, "Le partenariat vert, c'est un slogan", "Arief Wicaksono", "dénonce", v="name"),
     Q(I, "le président de la République se rendra en Indonésie au premier semestre 2027, pour le 75e anniversaire des relations diplomatiques", "Quai d'Orsay", "indique")],
    [("Partager :", "chaque matin.")])

# ---------------------------------------------------------------- 09
SPEC["09_decision_conseil_etat"] = (
    [E("Conseil d'État", "ORG"), E("Perpignan", "LOC"), E("RN", "ORG", "Rassemblement national"),
     E("Thomas Ribeiro", "PER"), E("Rassemblement national", "ORG"),
     E("Ligue des droits de l'homme", "ORG"), E("LDH", "ORG", "Ligue des droits de l'homme"),
     E("Montpellier", "LOC"), E("Karim Ould-Ahmed", "PER"), E("Perpignanais", "MISC"),
     E("Maryse Delcroix-Puig", "PER"), E("Pyrénées-Orientales", "LOC"), E("Occitanie", "LOC"),
     E("Béziers", "LOC"), E("Carcassonne", "LOC"), E("Syndicat de la magistrature", "ORG"),
     E("SM", "ORG", "Syndicat de la magistrature"), E("Besson", "MISC", opt=True),
     E("Conseil constitutionnel", "ORG")],
    [Q(D, "disproportionnée", "Conseil d'État", "a jugé", v="institution"),
     Q(I, "la mesure « disproportionnée »", "Conseil d'État", "a jugé", opt=True),
     Q(D, "hors sol", "mairie", "dénonce", opt=True, nth=0),
     Q(I, "la mesure porte « une atteinte grave et manifestement illégale à la liberté d'aller et venir »", "Conseil d'État", "estime"),
     Q(D, "une atteinte grave et manifestement illégale à la liberté d'aller et venir", "Conseil d'État", "estime", v="institution"),
     Q(D, "victoire du droit sur l'affichage", "Ligue des droits de l'homme", "s'est félicitée", v="institution"),
     Q(D, "On ne règle pas la pauvreté en la chassant des rues", "Karim Ould-Ahmed", "a réagi", v="name"),
     Q(D, "Cette décision est hors sol. Les Perpignanais demandent de la tranquillité, nous continuerons à la leur garantir", "Maryse Delcroix-Puig", "a déclaré", v="name"),
     Q(I, "un nouvel arrêté, « plus ciblé », serait pris avant les fêtes", "Maryse Delcroix-Puig", "a annoncé"),
     Q(D, "plus ciblé", "Maryse Delcroix-Puig", "a annoncé", v="role"),
     Q(I, "une quinzaine de communes d'Occitanie ont adopté des textes similaires depuis 2024, notamment Béziers et Carcassonne", "préfecture des Pyrénées-Orientales", "D'après"),
     Q(I, "cette « inflation d'arrêtés » contraire à la loi Besson", "Syndicat de la magistrature", "juge", opt=True),
     Q(D, "inflation d'arrêtés", "Syndicat de la magistrature", "juge", v="institution")],
    [("Lire aussi", "Rassemblement national")])

# ---------------------------------------------------------------- 10
SPEC["10_top_albums"] = (
    [E("Top Albums", "MISC", opt=True), E("Aya Nakamura", "PER"), E("Zed Makosso", "PER"),
     E("Béton Lunaire", "MISC"), E("Mélanie Ortiz", "PER"),
     E("Syndicat national de l'édition phonographique", "ORG"),
     E("SNEP", "ORG", "Syndicat national de l'édition phonographique"), E("Marseillais", "MISC"),
     E("Def Jam France", "ORG"), E("Busserine", "LOC"), E("Instagram", "ORG"), E("DNK", "MISC"),
     E("L'Impératrice", "ORG"), E("Les Nuits de Spa", "MISC"), E("Chrome", "MISC"),
     E("Les Vagues Basses", "ORG"), E("Olivier Nusse-Diarra", "PER"), E("Spotify", "ORG"),
     E("Deezer", "ORG"), E("Ciel de Lagos", "MISC"), E("Nigériane", "MISC"),
     E("Temi Adeyemi", "PER"), E("Prélude", "MISC"), E("Maude Tremblay-Ouellet", "PER"),
     E("Victoires de la musique 2027", "MISC")],
    [Q(D, "Béton Lunaire", None, None, opt=True, nth=0),
     Q(I, "Le rappeur Zed Makosso prend la tête du classement hebdomadaire des albums du Syndicat national de l'édition phonographique (SNEP) avec « Béton Lunaire », vendu à 38 600 équivalents ventes en sept jours", "Syndicat national de l'édition phonographique", "a annoncé"),
     Q(D, "Béton Lunaire", None, None, opt=True, nth=1),
     Q(D, "Je l'ai écrit dans ma chambre à la Busserine, en pensant aux petits du quartier. Ce disque, c'est eux", "Zed Makosso", "a réagi", v="role"),
     Q(D, "DNK", None, None, opt=True),
     Q(D, "Les Nuits de Spa", None, None, opt=True),
     Q(D, "Chrome", None, None, opt=True),
     Q(I, "le streaming pèse désormais « 92 % des ventes » du rap", "Olivier Nusse-Diarra", "Pour"),
     Q(D, "92 % des ventes", "Olivier Nusse-Diarra", "Pour", v="name"),
     Q(D, "Un album comme celui-là, il y a dix ans, on l'aurait vendu à 15 000 exemplaires en magasin. Aujourd'hui, Spotify et Deezer font tout", "Olivier Nusse-Diarra", "explique-t-il", v="pronoun"),
     Q(D, "Ciel de Lagos", None, None, opt=True),
     Q(D, "Prélude", None, None, opt=True),
     Q(I, "le marché de la musique enregistrée a progressé de 6,1 % sur les neuf premiers mois de 2026", "Syndicat national de l'édition phonographique", "Selon")],
    [("Voir aussi", "newsletter Musique")])

# ---------------------------------------------------------------- 11
SPEC["11_alerte_listeria"] = (
    [E("Listeria", "MISC", opt=True), E("Listeria monocytogenes", "MISC", opt=True),
     E("Val d'Orcières", "ORG"), E("France", "LOC"), E("Leclerc", "ORG"), E("Carrefour", "ORG"),
     E("Intermarché", "ORG"), E("Élodie Sanchez-Morel", "PER"), E("Santé publique France", "ORG"),
     E("Rennes", "LOC"), E("Lemoine-Hardy", "ORG"), E("Vimoutiers", "LOC"), E("Orne", "LOC"),
     E("Direction générale de l'alimentation", "ORG"),
     E("DGAL", "ORG", "Direction générale de l'alimentation"), E("RappelConso", "ORG"),
     E("Hélène Baptiste-Ngo", "PER"), E("CHU de Rennes", "ORG"), E("Ouest-France", "ORG"),
     E("Bertrand Lemoine", "PER"), E("UFC-Que Choisir", "ORG"), E("Kinder", "ORG", opt=True),
     E("Arlon", "LOC")],
    [Q(D, "Les consommateurs qui détiennent ces produits ne doivent pas les consommer et doivent les rapporter au point de vente", "Direction générale de l'alimentation", "a indiqué", v="institution"),
     Q(D, "Une fièvre, même isolée, chez une femme enceinte doit conduire à consulter sans attendre", "Hélène Baptiste-Ngo", "rappelle", v="name"),
     Q(I, "la souche identifiée, de sérotype IVb, est “parmi les plus virulentes”", "Hélène Baptiste-Ngo", "Selon"),
     Q(D, "parmi les plus virulentes", "Hélène Baptiste-Ngo", "Selon", v="pronoun"),
     Q(I, "“toutes les mesures ont été prises” et que l'atelier de moulage a été fermé", "Bertrand Lemoine", "assure"),
     Q(D, "toutes les mesures ont été prises", "Bertrand Lemoine", "assure", v="name"),
     Q(D, "Nous travaillons avec les services vétérinaires depuis mardi. Notre priorité, ce sont les familles", "Bertrand Lemoine", "a-t-il ajouté", v="pronoun"),
     Q(I, "un étiquetage plus lisible des rappels en rayon", "UFC-Que Choisir", "réclame", opt=True)],
    [("Lire aussi", "Alimentation, Listeria")])

# ---------------------------------------------------------------- 12
SPEC["12_transfert_basket"] = (
    [E("Moussa Ndiaye-Kanté", "PER"), E("Ndiaye-Kanté", "PER", "Moussa Ndiaye-Kanté"),
     E("ASVEL Lyon-Villeurbanne", "ORG"), E("ASVEL", "ORG", "ASVEL Lyon-Villeurbanne"),
     E("Real Madrid", "ORG"), E("Real", "ORG", "Real Madrid", opt=True),
     E("Kevin Lapierre-Osei", "PER"), E("Europe", "LOC"), E("Betclic Élite", "MISC", opt=True),
     E("Astroballe", "LOC"), E("EuroLeague Final Four", "MISC", opt=True), E("Marca", "ORG"),
     E("France", "LOC"), E("Américain", "MISC"), E("Rick Cavanaugh Jr.", "PER"),
     E("Leaders Cup", "MISC", opt=True), E("Dakar", "LOC"), E("Chalon-sur-Saône", "LOC"),
     E("Villeurbanne", "LOC"), E("Bleus", "MISC", opt=True),
     E("Jeux olympiques de Paris 2024", "MISC"), E("Serbe", "MISC"),
     E("Nikola Jovanović-Petrov", "PER"), E("L'Équipe", "ORG"), E("Jérémy Vautrin", "PER"),
     E("Monaco", "ORG", opt=True), E("Gravelines-Dunkerque", "ORG", opt=True)],
    [Q(I, "le départ de Moussa Ndiaye-Kanté au Real Madrid, champion d'Europe en titre", "ASVEL Lyon-Villeurbanne", "a annoncé", opt=True),
     Q(D, "C'est un déchirement. J'ai grandi à l'Astroballe, mais on ne refuse pas le Real quand on rêve de l'EuroLeague Final Four", "Moussa Ndiaye-Kanté", "a expliqué", v="role"),
     Q(I, "le club madrilène a payé 1,5 million d'euros de clause libératoire, un record pour un joueur quittant le championnat de France", "Marca", "Selon"),
     Q(D, "un garçon exemplaire", "président de l'ASVEL", "a salué", v="function"),
     Q(D, "On perd notre meilleur défenseur à trois semaines du Top 8 de la Leaders Cup. Ce n'est pas le meilleur timing.", "entraîneur villeurbannais", "s'est montré plus amer", v="function"),
     Q(I, "Son successeur pourrait être le Serbe Nikola Jovanović-Petrov", "L'Équipe", "selon"),
     Q(D, "Il y a des discussions, rien de plus", "Jérémy Vautrin", "a tempéré", v="name")],
    [("Lire aussi", "Commenter Partager")])

# ---------------------------------------------------------------- 13
SPEC["13_fusion_banques"] = (
    [E("BPCE", "ORG"), E("Crédit Mutuel Arkéa", "ORG"), E("Arkéa", "ORG", "Crédit Mutuel Arkéa"),
     E("CFDT", "ORG"), E("Bretagne", "LOC"), E("Nathalie Gourvennec", "PER"),
     E("BREST", "LOC", "Brest"), E("Banques Populaires", "ORG"), E("Caisses d'Épargne", "ORG"),
     E("Horizon 2030", "MISC"), E("Banque centrale européenne", "ORG"),
     E("BCE", "ORG", "Banque centrale européenne"),
     E("Autorité de contrôle prudentiel et de résolution", "ORG"),
     E("ACPR", "ORG", "Autorité de contrôle prudentiel et de résolution"),
     E("BNP Paribas", "ORG"), E("Crédit Agricole", "ORG"), E("Yannick Le Bihan", "PER"),
     E("Relecq-Kerhuon", "LOC", "Le Relecq-Kerhuon"), E("Finistère", "LOC"),
     E("Soazig Cadiou", "PER"), E("Fabrice Okonkwo-Lambert", "PER"), E("Kedge", "ORG"),
     E("Revolut", "ORG"), E("N26", "ORG"), E("Fortuneo", "ORG"), E("Natixis", "ORG"),
     E("Bourse de Paris", "ORG"), E("Moody's", "ORG")],
    [Q(D, "vigilante", "CFDT", None, nth=0, v="institution"),
     Q(D, "Horizon 2030", None, None, opt=True),
     Q(D, "Nous créons un champion mutualiste capable de rivaliser avec BNP Paribas et le Crédit Agricole", "Yannick Le Bihan", "a assuré", v="name"),
     Q(I, "Le siège d'Arkéa restera en Bretagne et aucune suppression d'emploi contrainte n'est prévue", "Crédit Mutuel Arkéa", "a promis"),
     Q(D, "vigilante", "CFDT", "se dit", nth=1, v="institution"),
     Q(D, "Deux réseaux dans les mêmes villes, tout le monde sait ce que ça veut dire", "Soazig Cadiou", "prévient", v="name"),
     Q(I, "la fusion répond à la montée des néobanques comme Revolut et N26", "Fabrice Okonkwo-Lambert", "Pour")],
    [("Cet article vous est offert", "abonnez-vous.")])

# ---------------------------------------------------------------- 14
SPEC["14_manifestation_bogota"] = (
    [E("Colombie", "LOC"), E("Bogota", "LOC"), E("Capitole national", "LOC", opt=True),
     E("BOGOTA", "LOC", "Bogota"), E("AFP", "ORG"), E("Colombiens", "MISC"),
     E("Medellín", "LOC"), E("Cali", "LOC"), E("Centrale unitaire des travailleurs", "ORG"),
     E("CUT", "ORG", "Centrale unitaire des travailleurs"),
     E("Fédération colombienne des éducateurs", "ORG"),
     E("Fecode", "ORG", "Fédération colombienne des éducateurs"),
     E("Luz Marina Cárdenas Rojas", "PER"), E("place Bolívar", "LOC", opt=True),
     E("Undmo", "ORG"), E("Temblores", "ORG"), E("Université nationale", "ORG"),
     E("Caracol", "ORG"), E("Travail", "ORG", opt=True), E("Sénat", "ORG"), E("Andrés Felipe Duque", "PER"),
     E("université des Andes", "ORG", opt=True), E("Quito", "LOC"), E("Lima", "LOC"),
     E("Madrid", "LOC"), E("Agence France-Presse", "ORG"), E("Chili", "LOC")],
    [Q(D, "écrit pour les fonds de pension", "syndicats", "dénoncent", opt=True, nth=0),
     Q(D, "Ce texte est écrit pour les fonds de pension, pas pour les travailleurs", "Luz Marina Cárdenas Rojas", "a lancé", v="name"),
     Q(D, "Nous resterons dans la rue jusqu'au retrait", "Luz Marina Cárdenas Rojas", "a-t-elle promis", v="pronoun"),
     Q(I, "23 policiers et 11 manifestants ont été blessés", "mairie de Bogota", "Selon"),
     Q(I, "un étudiant de l'Université nationale a perdu un œil", "Temblores", "affirme"),
     Q(I, "une réforme « indispensable pour sauver le système »", "ministre du Travail", "a défendu", opt=True),
     Q(D, "indispensable pour sauver le système", "ministre du Travail", "a défendu", v="function"),
     Q(I, "le Sénat voterait le texte avant le 16 décembre", "ministre du Travail", "a assuré"),
     Q(I, "le mouvement rappelle le « paro nacional » de 2021", "Andrés Felipe Duque", "Pour"),
     Q(D, "paro nacional", None, None, opt=True),
     Q(D, "La colère sociale n'a jamais disparu. Elle attendait une étincelle", "Andrés Felipe Duque", "estime-t-il", v="pronoun")],
    [("© Agence France-Presse", "mars 2027")])

# ---------------------------------------------------------------- 15
SPEC["15_musee_dakar"] = (
    [E("Dakar", "LOC"), E("DAKAR", "LOC", "Dakar"),
     E("musée des Civilisations noires", "ORG", opt=True),
     E("MCN", "ORG", "musée des Civilisations noires"), E("Afrique de l'Est", "LOC"),
     E("Aminata Sow-Lefèvre", "PER"), E("Rives de l'océan Indien", "MISC", opt=True),
     E("Agence française de développement", "ORG"),
     E("AFD", "ORG", "Agence française de développement"),
     E("fondation Mo Ibrahim", "ORG", opt=True), E("Éthiopie", "LOC"), E("Tanzanie", "LOC"),
     E("Kenya", "LOC"), E("Madagascar", "LOC"),
     E("musée du quai Branly-Jacques Chirac", "ORG", opt=True), E("Paris", "LOC"),
     E("Londres", "LOC"), E("Afrique", "LOC"), E("Abdoulaye ba Thiam", "PER"),
     E("Musées nationaux du Kenya", "ORG"), E("Nairobi", "LOC"), E("Wanjiru Kamau-Diop", "PER"),
     E("Kényane", "MISC"), E("Kwame Asante-Boateng", "PER"), E("Louvre Abu Dhabi", "ORG"),
     E("Tombouctou", "LOC"), E("Culture", "ORG", opt=True), E("Fatou Ndour-Camara", "PER"), E("Le Monde Afrique", "ORG"),
     E("CFA", "MISC", opt=True)],
    [Q(D, "Rives de l'océan Indien", None, None, opt=True),
     Q(D, "Pendant des décennies, ces objets ont été regardés depuis Paris ou Londres. Ici, ils sont regardés depuis l'Afrique", "Abdoulaye ba Thiam", "a déclaré", v="name"),
     Q(D, "C'est la première fois qu'il quitte Nairobi depuis l'indépendance", "Wanjiru Kamau-Diop", "souligne", v="name"),
     Q(I, "le prêt a nécessité « deux ans de négociations et trois assureurs »", "Wanjiru Kamau-Diop", "Selon"),
     Q(D, "deux ans de négociations et trois assureurs", "Wanjiru Kamau-Diop", "Selon", v="role"),
     Q(I, "avoir voulu « une lumière de fin d'après-midi, celle des ports »", "Kwame Asante-Boateng", "dit"),
     Q(D, "une lumière de fin d'après-midi, celle des ports", "Kwame Asante-Boateng", "dit", v="name"),
     Q(I, "le MCN a accueilli 210 000 visiteurs en 2025, un record depuis son ouverture en 2018", "ministère sénégalais de la Culture", "D'après")],
    [("Photo :", "francs CFA.")])

# ---------------------------------------------------------------- 16
SPEC["16_seisme_perou"] = (
    [E("Pérou", "LOC"), E("Arequipa", "LOC"), E("Chili", "LOC"), E("Bolivie", "LOC"),
     E("vallée du Colca", "LOC", opt=True), E("LIMA", "LOC", "Lima"), E("AFP", "ORG"),
     E("Institut national de défense civile", "ORG"),
     E("Indeci", "ORG", "Institut national de défense civile"), E("Chivay", "LOC"),
     E("Institut de géophysique du Pérou", "ORG"),
     E("IGP", "ORG", "Institut de géophysique du Pérou"), E("Rosa Quispe Mamani", "PER"),
     E("Cabanaconde", "LOC"), E("USGS", "ORG"), E("Hernando Tavera-Salas", "PER"),
     E("Pampa Cañahuas", "LOC"), E("Croix-Rouge", "ORG"), E("Médecins sans frontières", "ORG"),
     E("MSF", "ORG", "Médecins sans frontières"), E("Union européenne", "ORG"),
     E("Amérique latine", "LOC")],
    [Q(I, "Un séisme de magnitude 7,4 a frappé samedi à 3 h 12 (8 h 12 GMT) le sud du Pérou, faisant au moins 18 morts et 140 blessés", "Institut national de défense civile", "selon"),
     Q(I, "L'épicentre a été localisé à 35 km au nord-ouest de Chivay, à 104 km de profondeur", "Institut de géophysique du Pérou", "a précisé"),
     Q(D, "Tout a bougé pendant presque une minute. Les murs en adobe se sont effondrés sur les familles endormies", "Rosa Quispe Mamani", "a raconté", v="name"),
     Q(D, "Nous n'avons plus d'eau ni d'électricité", "Rosa Quispe Mamani", "a-t-elle ajouté", v="pronoun"),
     Q(D, "aucun village ne sera abandonné", "présidente péruvienne", "Selon", v="function"),
     Q(I, "la magnitude à 7,1", "USGS", "avait d'abord estimé", opt=True),
     Q(I, "la région « accumule de l'énergie depuis le séisme de 2001 »", "Hernando Tavera-Salas", "Pour"),
     Q(D, "accumule de l'énergie depuis le séisme de 2001", "Hernando Tavera-Salas", "Pour", v="name"),
     Q(D, "Des répliques de magnitude 6 restent possibles dans les prochains jours", "Hernando Tavera-Salas", "prévient-il", v="pronoun")],
    [("Mots-clés", "Amérique latine, Arequipa")])


if __name__ == "__main__":
    main(SPEC, HERE)
