#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written4 with exact offsets.

    python3 tests/gold/written4/make_gold.py          # write NAME.json, check
    python3 tests/gold/written4/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written4/make_gold.py --show   # print every annotation in context

The annotations of the sixteen articles (NAME.txt, written for this blind set) are
given below as strings, per ../shared/docs/ANNOTATION.md (conventions decided
for this set: README.md, which follows the decisions of
tests/gold/written/README.md). The machinery (offsets, checks,
self-score, --check/--show) is tests/gold/goldspec.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

# ---------------------------------------------------------------- 01
SPEC["01_mali_or"] = (
    [E("Mali", "LOC"), E("Bamako", "LOC"), E("BAMAKO", "LOC", "Bamako"), E("AFP", "ORG"),
     E("Cédéao", "ORG", "Communauté économique des États de l'Afrique de l'Ouest"),
     E("Communauté économique des États de l'Afrique de l'Ouest", "ORG"),
     E("Russie", "LOC"), E("Russie-Afrique", "MISC", opt=True), E("Afrique de l'Ouest", "LOC"),
     E("Afrique", "LOC"), E("Ousmane ag Intalla", "PER"), E("Yadran", "ORG"), E("Kéniéba", "LOC"),
     E("Sénégal", "LOC"), E("Maliens", "MISC"), E("ORTM", "ORG"), E("Abuja", "LOC"),
     E("Fatoumata Traoré-Kéita", "PER"), E("Timbuktu Institute", "ORG"), E("Dakar", "LOC"),
     E("Africa Corps", "ORG"), E("Wagner", "ORG"), E("Moscou", "LOC"), E("Kremlin", "ORG"),
     E("Sotchi", "LOC"), E("Londres", "LOC"), E("Sahel", "LOC"), E("Niger", "LOC"),
     E("Burkina Faso", "LOC"), E("Agence France-Presse", "ORG")],
    [Q(D, "préoccupée", "Cédéao", None, nth=0),
     Q(D, "Cet accord garantit que notre or profitera d'abord aux Maliens", "Ousmane ag Intalla", "a déclaré"),
     Q(D, "Nous ne signons plus de contrats qui nous appauvrissent", "Ousmane ag Intalla", "a-t-il ajouté"),
     Q(D, "préoccupée", "Cédéao", "s'est dite", nth=1),
     Q(D, "renforce la dépendance du Mali envers une puissance extérieure", "Cédéao", "selon"),
     Q(I, "plusieurs permis accordés à des sociétés canadiennes ont été retirés depuis 2023", "Cédéao", "rappelle"),
     Q(I, "l'accord « relève du troc : la sécurité contre les ressources »", "Fatoumata Traoré-Kéita", "Pour"),
     Q(D, "relève du troc : la sécurité contre les ressources", "Fatoumata Traoré-Kéita", "Pour"),
     Q(I, "les paramilitaires de l'Africa Corps, qui ont succédé au groupe Wagner, sont déployés autour de plusieurs sites miniers", "Fatoumata Traoré-Kéita", "souligne"),
     Q(I, "Moscou cherche à « sécuriser des revenus que les sanctions lui ferment ailleurs »", None, "D'après"),
     Q(D, "sécuriser des revenus que les sanctions lui ferment ailleurs", None, "D'après")],
    [("Lire aussi : Sahel", "Mines")])

# ---------------------------------------------------------------- 02
SPEC["02_biz_telecoms"] = (
    [E("Free", "ORG"), E("Orange", "ORG"), E("Lumo", "ORG"), E("Claire Vasseur", "PER"),
     E("Nantes", "LOC"), E("Rachid Ben Slimane", "PER"), E("Iliad", "ORG"),
     E("Bouygues Telecom", "ORG"), E("Autorité de la concurrence", "ORG"), E("Arcep", "ORG"),
     E("Mathilde Van Acker", "PER"), E("Degroof Petercam", "ORG"), E("Moody's", "ORG"),
     E("Bourse de Paris", "ORG"), E("CAC 40", "MISC", opt=True),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "un dossier à 900 millions", None, None, opt=True),
     Q(I, "Free, la filiale d'Iliad, et Orange ont déposé lundi des offres valorisant Lumo autour de 900 millions d'euros, dettes comprises", None, "Selon", opt=True),
     Q(D, "Nous avons deux propositions sérieuses et nous prendrons la meilleure pour nos 2,4 millions d'abonnés", "Rachid Ben Slimane", "a confirmé"),
     Q(I, "il « ne restera pas au conseil » après la vente", "Rachid Ben Slimane", "assure"),
     Q(D, "ne restera pas au conseil", "Rachid Ben Slimane", "assure"),
     Q(I, "le groupe « regarde toutes les opportunités de consolidation »", "Iliad", "a indiqué"),
     Q(D, "regarde toutes les opportunités de consolidation", "Iliad", "a indiqué"),
     Q(I, "un retour à trois opérateurs serait examiné « avec la plus grande attention »", "président de l'Autorité de la concurrence", "a rappelé"),
     Q(D, "avec la plus grande attention", "président de l'Autorité de la concurrence", "a rappelé"),
     Q(D, "le prix reflète surtout les 1 800 antennes 5G de Lumo, pas sa marge", "Mathilde Van Acker", "Pour"),
     Q(I, "l'agence Moody's a relevé la note de l'opérateur de B2 à Ba3 en juin", "Mathilde Van Acker", "note")],
    [("À lire aussi", "premier semestre"), ("Partager sur Facebook", "Se connecter")])

# ---------------------------------------------------------------- 03
SPEC["03_rugby_top14"] = (
    [E("Top 14", "MISC", opt=True), E("Racing 92", "ORG"), E("La Rochelle", "ORG", opt=True),
     E("Julien Etcheverry", "PER"), E("Nanterre", "LOC"), E("Franciliens", "MISC"),
     E("Stade rochelais", "ORG"), E("Paris La Défense Arena", "LOC", opt=True),
     E("Ciel et Blanc", "ORG", opt=True), E("Pieter van der Merwe", "PER"),
     E("Van der Merwe", "PER", "Pieter van der Merwe"), E("Canal+", "ORG"),
     E("Grégoire Lassalle-Bidart", "PER"), E("Clermont", "LOC", opt=True),
     E("Josaia Ravulo", "PER"), E("Ravulo", "PER", "Josaia Ravulo"),
     E("Union Bordeaux-Bègles", "ORG"), E("Stade toulousain", "ORG"),
     E("Ligue nationale de rugby", "ORG"), E("France 2", "ORG"), E("Diallo", "PER"),
     E("Mbemba", "PER"), E("Kerhervé", "PER"), E("Champions Cup 2027", "MISC")],
    [Q(D, "une question de caractère", "Pieter van der Merwe", None, nth=0),
     Q(D, "On s'est regardés dans les yeux à la mi-temps. C'est une question de caractère, pas de tactique", "Pieter van der Merwe", "a raconté"),
     Q(D, "On a été mauvais pendant une mi-temps contre une équipe qui jouait à quatorze. Il ne faut pas se raconter d'histoires.", "Grégoire Lassalle-Bidart", "s'est montré plus mesuré"),
     Q(I, "son équipe devrait « défendre beaucoup mieux » à Clermont la semaine prochaine", "Grégoire Lassalle-Bidart", "a reconnu"),
     Q(D, "défendre beaucoup mieux", "Grégoire Lassalle-Bidart", "a reconnu"),
     Q(I, "l'arbitre a « sifflé trop vite » une faute qui a changé la rencontre", "Josaia Ravulo", "Selon"),
     Q(D, "sifflé trop vite", "Josaia Ravulo", "Selon")],
    [("Sur le même sujet", "S'inscrire")])

# ---------------------------------------------------------------- 04
SPEC["04_culture_agenda"] = (
    [E("Les Quatre Saisons", "MISC"), E("Châtelet", "LOC", "Théâtre du Châtelet", opt=True),
     E("Théâtre du Châtelet", "LOC", opt=True), E("Nour", "PER"), E("Avignon", "LOC"),
     E("Festival d'Avignon", "MISC", opt=True), E("Anne-Sophie De Meyer", "PER"),
     E("La Nuit des autres", "MISC"), E("Oran", "LOC"), E("Montreuil", "LOC"),
     E("Malik Hadj-Ahmed", "PER"), E("Olympia", "LOC", opt=True), E("Blue Cedar", "ORG"),
     E("L'Hiver à Tbilissi", "MISC"), E("Gallimard", "ORG"), E("Ketevan Beridze", "PER"),
     E("Géorgie", "LOC"), E("Goncourt du premier roman", "MISC", opt=True),
     E("Hervé Mallard", "PER"), E("Ludmila Oulitskaïa", "PER"), E("Le Dernier Été", "MISC"),
     E("Sénégalais", "MISC"), E("Moussa Ndiaye", "PER"), E("Étalon d'or", "MISC", opt=True),
     E("Fespaco 2025", "MISC"), E("Saint-Louis", "LOC"), E("musée d'Orsay", "LOC", opt=True),
     E("Berthe Morisot", "PER"), E("Jean-Luc Perrot", "PER")],
    [Q(D, "J'ai voulu un spectacle qu'on traverse comme une année entière", "Anne-Sophie De Meyer", "explique-t-elle"),
     Q(D, "Ce disque parle de ceux qui restent quand les autres partent", "Nour", "résume"),
     Q(I, "une tournée de 25 dates", "Blue Cedar", "annonce", opt=True),
     Q(I, "le livre « rappelle le meilleur de Ludmila Oulitskaïa »", "Hervé Mallard", "Pour"),
     Q(D, "rappelle le meilleur de Ludmila Oulitskaïa", "Hervé Mallard", "Pour"),
     Q(I, "avoir tourné « sans autorisation, à la sauvette » dans les rues de Saint-Louis", "Moussa Ndiaye", "dit"),
     Q(D, "sans autorisation, à la sauvette", "Moussa Ndiaye", "dit")],
    [("Crédit photo", "Cinéma")])

# ---------------------------------------------------------------- 05
SPEC["05_chalutier"] = (
    [E("Saint-Guénolé II", "MISC"), E("Penmarc'h", "LOC"), E("pointe de Penmarc'h", "LOC", opt=True),
     E("Finistère", "LOC"), E("Gwenaëlle Le Bihan", "PER"), E("Cross Etel", "ORG"),
     E("Dragon 29", "MISC"), E("Sécurité civile", "ORG"), E("SNSM", "ORG"),
     E("Guilvinec", "LOC"), E("préfecture maritime de l'Atlantique", "ORG", opt=True),
     E("Yann-Erwan Kerbrat", "PER"), E("Quimper", "LOC"), E("Furic", "ORG"),
     E("Bretagne", "LOC"), E("Loïc Guéguen", "PER"),
     E("Bureau d'enquêtes sur les événements de mer", "ORG"),
     E("BEAmer", "ORG", "Bureau d'enquêtes sur les événements de mer"), E("Lorient", "LOC")],
    [Q(D, "de justesse", "préfecture maritime de l'Atlantique", None, nth=0),
     Q(D, "Les cinq hommes ont été hélitreuillés vers 5 h 30, en hypothermie légère mais conscients", "préfecture maritime de l'Atlantique", "a indiqué"),
     Q(D, "de justesse", "préfecture maritime de l'Atlantique", "parle", nth=1),
     Q(I, "avoir « tout perdu en vingt minutes »", "Yann-Erwan Kerbrat", "a confié"),
     Q(D, "tout perdu en vingt minutes", "Yann-Erwan Kerbrat", "a confié"),
     Q(D, "Mon père avait construit ce bateau avec l'armement Furic en 1998. Je ne sais pas si on repartira en mer cet hiver", "Yann-Erwan Kerbrat", "a-t-il ajouté"),
     Q(I, "c'est le troisième naufrage en Bretagne depuis janvier", "comité départemental des pêches", "Selon"),
     Q(I, "un plan de modernisation de la flotte, dont l'âge moyen dépasse trente ans", "Loïc Guéguen", "réclame", opt=True),
     Q(D, "On pêche avec des coques des années 1990 et des règles de 2026", "Loïc Guéguen", "a-t-il résumé")],
    [("Lire aussi", "depuis 2010"), ("Réagissez", "article")])

# ---------------------------------------------------------------- 06
SPEC["06_sonde_coree"] = (
    [E("Séoul", "LOC"), E("Dasom-2", "MISC"), E("Australie", "LOC"), E("CNRS", "ORG"),
     E("désert de Woomera", "LOC", opt=True), E("2019 KX7", "MISC", opt=True),
     E("Corée du Sud", "LOC"), E("Terre", "LOC", opt=True), E("Japon", "LOC"),
     E("Hayabusa", "MISC"), E("États-Unis", "LOC"), E("Osiris-Rex", "MISC"),
     E("Park Ji-won", "PER"), E("Park", "PER", "Park Ji-won"), E("Daejeon", "LOC"),
     E("Institut coréen de recherche aérospatiale", "ORG"),
     E("KARI", "ORG", "Institut coréen de recherche aérospatiale"), E("KASA", "ORG"),
     E("Soleil", "LOC", opt=True), E("Étienne Dubois-Marchal", "PER"),
     E("Institut de physique du globe de Paris", "ORG"),
     E("IPGP", "ORG", "Institut de physique du globe de Paris"), E("CNES", "ORG"),
     E("AFP", "ORG")],
    [Q(D, "une première pour Séoul", "KASA", None, nth=0),
     Q(D, "Nous avons récupéré la capsule intacte. Le joint a tenu, l'échantillon n'a pas été contaminé", "Park Ji-won", "a annoncé"),
     Q(I, "les premiers grains seraient ouverts « sous atmosphère d'azote, d'ici trois semaines »", "Park Ji-won", "a précisé"),
     Q(D, "sous atmosphère d'azote, d'ici trois semaines", "Park Ji-won", "a précisé"),
     Q(D, "une première pour Séoul", "KASA", "parle", nth=1),
     Q(I, "ces grains « pourraient contenir des acides aminés plus anciens que le Soleil »", "Étienne Dubois-Marchal", "Pour"),
     Q(D, "pourraient contenir des acides aminés plus anciens que le Soleil", "Étienne Dubois-Marchal", "Pour"),
     Q(I, "la teneur en eau mesurée à distance, de 6 % à 8 %, doit encore être confirmée au sol", "Étienne Dubois-Marchal", "reste prudent", opt=True),
     Q(D, "Il faut se méfier des spectres. Tant qu'on n'a pas le grain sous le microscope, on ne sait rien", "Étienne Dubois-Marchal", "prévient-il")],
    [("Photo : KARI", "Partager")])

# ---------------------------------------------------------------- 07
SPEC["07_bolivie_lithium"] = (
    [E("Bolivie", "LOC"), E("Uyuni", "LOC"), E("salar d'Uyuni", "LOC", opt=True),
     E("Eldorado", "MISC", opt=True), E("La Paz", "LOC"), E("YLB", "ORG"),
     E("Florencia Mamani Quispe", "PER"), E("Fédération des communautés de Nor Lípez", "ORG"),
     E("Potosí", "LOC"), E("ministère des Hydrocarbures et de l'Énergie", "ORG", opt=True),
     E("Hernán Gutiérrez de la Vega", "PER"), E("CBC", "ORG"), E("CATL", "ORG"),
     E("Oruro", "LOC"), E("Uranium One Group", "ORG"), E("Rosatom", "ORG"),
     E("Martín Echeverría", "PER"), E("université de Buenos Aires", "ORG", opt=True),
     E("Chili", "LOC"), E("Argentine", "LOC"), E("Amérique latine", "LOC"),
     E("Institut d'études géologiques des États-Unis", "ORG"),
     E("USGS", "ORG", "Institut d'études géologiques des États-Unis")],
    [Q(D, "on nous promet l'Eldorado depuis quinze ans", "Florencia Mamani Quispe", None),
     Q(D, "On nous promet l'Eldorado depuis quinze ans, et on n'a toujours pas l'eau potable", "Florencia Mamani Quispe", "s'emporte"),
     Q(I, "10 % des redevances reviennent aux villages du sud de Potosí", "Florencia Mamani Quispe", "exige"),
     Q(I, "le contrat prévoira « une consultation préalable, libre et informée »", "ministère des Hydrocarbures et de l'Énergie", "assure"),
     Q(D, "une consultation préalable, libre et informée", "ministère des Hydrocarbures et de l'Énergie", "assure"),
     Q(I, "un projet « souverain »", "Hernán Gutiérrez de la Vega", "défend", opt=True),
     Q(D, "souverain", "Hernán Gutiérrez de la Vega", "défend"),
     Q(D, "La Bolivie ne sera plus un pays qui exporte du sel. Elle exportera des batteries.", "Hernán Gutiérrez de la Vega", "défend"),
     Q(I, "une usine de cathodes à Oruro", "CBC", "promet", opt=True),
     Q(I, "le « triangle du lithium » formé avec le Chili et l'Argentine attire « des capitaux énormes, mais très peu d'emplois qualifiés »", "Martín Echeverría", "Pour"),
     Q(D, "triangle du lithium", None, None, opt=True),
     Q(D, "des capitaux énormes, mais très peu d'emplois qualifiés", "Martín Echeverría", "Pour"),
     Q(I, "La région Amérique latine détient plus de la moitié des réserves mondiales connues", "Institut d'études géologiques des États-Unis", "selon")],
    [("Lire aussi : Au Chili", "Newsletter Monde")])

# ---------------------------------------------------------------- 08
SPEC["08_ligue1"] = (
    [E("Ligue 1", "MISC", opt=True), E("Paris FC", "ORG"), E("OM", "ORG", "Olympique de Marseille"),
     E("Lens", "ORG", opt=True), E("Sofiane Belkacem", "PER"), E("stade Jean-Bouin", "LOC", opt=True),
     E("Olympique de Marseille", "ORG"), E("Ange-Yoan Kouassi", "PER"),
     E("Kouassi", "PER", "Ange-Yoan Kouassi"), E("Marseillais", "MISC"),
     E("Leonardo Dos Santos", "PER"), E("Amine El Ouazzani", "PER"), E("Paris", "LOC"),
     E("DAZN", "ORG"), E("PSG", "ORG"), E("Marseille", "LOC", opt=True), E("Benoît Charvet", "PER"),
     E("LFP", "ORG"), E("RC Lens", "ORG"), E("Bollaert", "LOC"), E("Stade brestois 29", "ORG"),
     E("Thomas Verbeke", "PER"), E("AS Saint-Étienne", "ORG"), E("Nice", "LOC", opt=True),
     E("Verts", "ORG", opt=True), E("Angers", "ORG", opt=True), E("Monaco", "ORG", opt=True)],
    [Q(D, "Ce soir, on a montré que Paris n'a pas qu'un seul club", "Ange-Yoan Kouassi", "a lancé"),
     Q(D, "On prend trois points, rien de plus. Dans quinze jours, tout le monde aura oublié.", "entraîneur du Paris FC", "a refusé de s'emballer"),
     Q(I, "un carton rouge « incompréhensible »", "Benoît Charvet", "a dénoncé", opt=True),
     Q(D, "incompréhensible", "Benoît Charvet", "a dénoncé"),
     Q(I, "le club saisirait la commission de discipline de la LFP", "Benoît Charvet", "annoncé"),
     Q(D, "Il nous manque un tueur devant le but", "Thomas Verbeke", "a reconnu"),
     Q(I, "l'équipe doit « arrêter de se chercher des excuses »", "Thomas Verbeke", "Selon"),
     Q(D, "arrêter de se chercher des excuses", "Thomas Verbeke", "Selon")],
    [("Commentaires (48)", "pour commenter.")])

# ---------------------------------------------------------------- 09
SPEC["09_moldavie_cereales"] = (
    [E("Moldavie", "LOC"), E("Giurgiulești", "LOC"), E("Chișinău", "LOC"),
     E("CHIȘINĂU", "LOC", "Chișinău"), E("Europe de l'Est", "LOC"), E("Bruxelles", "LOC"),
     E("Danube", "LOC"), E("Roumanie", "LOC"), E("Ukraine", "LOC"), E("Odessa", "LOC"),
     E("Ion Ciobanu", "PER"), E("Cahul", "LOC"),
     E("ministère moldave de l'Infrastructure", "ORG", opt=True),
     E("Banque européenne pour la reconstruction et le développement", "ORG"),
     E("BERD", "ORG", "Banque européenne pour la reconstruction et le développement"),
     E("Commission européenne", "ORG"), E("Bucarest", "LOC"), E("Vasile Dumitrescu", "PER"),
     E("Fermierii Uniți", "ORG"), E("Oleksandr Petrenko-Vovk", "PER"), E("Kiev", "LOC"),
     E("mer Noire", "LOC"), E("Nikolaos M.", "MISC"), E("Pivdenny", "LOC")],
    [Q(I, "devenir “l'entonnoir de l'Europe de l'Est”", "Chișinău", "craint", opt=True),
     Q(D, "l'entonnoir de l'Europe de l'Est", "Chișinău", "craint", nth=0),
     Q(D, "Nous sommes devenus l'entonnoir de l'Europe de l'Est, mais sans les moyens d'un grand port", "Ion Ciobanu", "résume"),
     Q(I, "les camions attendent jusqu'à six jours sur la route de Cahul", "Ion Ciobanu", "Selon"),
     Q(I, "un plan d'urgence de 40 millions d'euros", "ministère moldave de l'Infrastructure", "a annoncé", opt=True),
     Q(I, "elle examinerait la demande “dans le cadre de la facilité pour la Moldavie”", "Commission européenne", "a indiqué"),
     Q(D, "dans le cadre de la facilité pour la Moldavie", "Commission européenne", "a indiqué"),
     Q(D, "Nous ne sommes pas contre l'Ukraine, nous sommes pour nos fermes", "Vasile Dumitrescu", "affirme"),
     Q(I, "ses membres “ressortiront les tracteurs” si les prix chutent encore", "Vasile Dumitrescu", "prévient"),
     Q(D, "ressortiront les tracteurs", "Vasile Dumitrescu", "prévient"),
     Q(I, "Kiev a besoin “de toutes les routes possibles” et que le corridor de la mer Noire reste “ouvert mais dangereux”", "Oleksandr Petrenko-Vovk", "assure"),
     Q(D, "de toutes les routes possibles", "Oleksandr Petrenko-Vovk", "assure"),
     Q(D, "ouvert mais dangereux", "Oleksandr Petrenko-Vovk", "assure")],
    [("Cet article vous est offert", "abonnez-vous.")])

# ---------------------------------------------------------------- 10
SPEC["10_airbus_commande"] = (
    [E("Air Sénégal", "ORG"), E("Airbus A350", "MISC"), E("Airbus A350-900", "MISC"),
     E("CGT de Saint-Nazaire", "ORG", opt=True), E("CGT", "ORG"), E("Saint-Nazaire", "LOC"),
     E("Hugo Lemercier", "PER"), E("Toulouse", "LOC"), E("Boeing 787", "MISC"), E("Dakar", "LOC"),
     E("Afrique de l'Ouest", "LOC"), E("Mamadou Lamine Sow", "PER"), E("Airbus", "ORG"),
     E("A320", "MISC"), E("Nadège Le Floch", "PER"), E("Force ouvrière", "ORG"),
     E("Safran", "ORG"), E("LEAP", "MISC"), E("Paris", "LOC"), E("Boeing", "ORG"),
     E("FAA", "ORG"), E("737 MAX", "MISC"), E("Facebook", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "C'est un jour historique pour le pavillon sénégalais. Dakar doit devenir le hub de l'Afrique de l'Ouest", "Mamadou Lamine Sow", "s'est félicité"),
     Q(D, "On nous demande de produire plus avec les mêmes effectifs, et les arrêts maladie explosent", "Nadège Le Floch", "affirme"),
     Q(I, "l'intérim représente désormais un quart des postes sur certaines lignes", "Nadège Le Floch", "D'après"),
     Q(I, "600 recrutements en CDI sont prévus d'ici juin et que « la sécurité n'est jamais une variable d'ajustement »", "direction du site", "assure"),
     Q(D, "la sécurité n'est jamais une variable d'ajustement", "direction du site", "assure"),
     Q(I, "il ne pourrait pas suivre avant 2027", "Safran", "a prévenu")],
    [("À lire aussi", "737 MAX"), ("Partagez", "X")])

# ---------------------------------------------------------------- 11
SPEC["11_loi_agricole"] = (
    [E("Renaissance", "ORG"), E("Horizons", "ORG"), E("Républicains", "ORG"),
     E("Assemblée nationale", "ORG"), E("Ecophyto 2030", "MISC"),
     E("Ecophyto", "MISC", "Ecophyto 2030"), E("Marion Delaunay-Roche", "PER"), E("Eure", "LOC"),
     E("François-Xavier d'Aubigny", "PER"), E("d'Aubigny", "PER", "François-Xavier d'Aubigny"),
     E("Inès Benali-Morel", "PER"), E("Français", "MISC"), E("Charles-Henri Vautrin", "PER"),
     E("Rassemblement national", "ORG"), E("La France insoumise", "ORG"), E("FNSEA", "ORG"),
     E("Jeunes Agriculteurs", "ORG"), E("place des Invalides", "LOC", opt=True),
     E("Confédération paysanne", "ORG"), E("LR", "ORG", "Républicains")],
    [Q(D, "On ne peut pas demander aux agriculteurs de produire plus et de traiter moins sans leur donner les outils", "François-Xavier d'Aubigny", "a plaidé"),
     Q(I, "un report serait « un très mauvais signal »", "Inès Benali-Morel", "juge"),
     Q(D, "un très mauvais signal", "Inès Benali-Morel", "juge"),
     Q(D, "Les Français regardent ce texte. Ils ne comprendraient pas un recul", "Inès Benali-Morel", "a-t-elle insisté"),
     Q(I, "son groupe voterait l'amendement « sans états d'âme »", "Charles-Henri Vautrin", "a prévenu"),
     Q(D, "sans états d'âme", "Charles-Henri Vautrin", "a prévenu"),
     Q(D, "un vrai revenu, pas des dérogations", "Confédération paysanne", "réclame"),
     Q(I, "le texte « rétablit la confiance » avec le monde paysan", "ministre de l'Agriculture", "Selon"),
     Q(D, "rétablit la confiance", "ministre de l'Agriculture", "Selon")],
    [("Lire aussi : Pesticides", "LR")])

# ---------------------------------------------------------------- 12
SPEC["12_region_sud"] = (
    [E("Provence-Alpes-Côte d'Azur", "LOC"), E("Région Sud", "ORG", opt=True), E("Marseille", "LOC"),
     E("Toulon", "LOC"), E("MARSEILLE", "LOC", "Marseille"), E("PACA", "LOC"), E("Aubagne", "LOC"),
     E("SNCF", "ORG"), E("SNCF Réseau", "ORG"), E("France 2030", "MISC"), E("France", "LOC"),
     E("Laetitia Ferracci-Mori", "PER"), E("Nice", "LOC"), E("Côte d'Azur", "LOC"),
     E("Thomas Alberti", "PER"), E("TER", "MISC", opt=True),
     E("Provence-Alpes-Côte-d'Azur", "LOC", "Provence-Alpes-Côte d'Azur"),
     E("Rassemblement national", "ORG"), E("Sandra Giraud-Pellegrin", "PER"),
     E("FNAUT Paca", "ORG"), E("Jean-Claude Orsini", "PER"), E("Aix", "LOC"),
     E("Aix-Marseille-Provence", "ORG"), E("Provence", "LOC"), E("G. Ferrand", "PER")],
    [Q(D, "RER métropolitain", None, None, opt=True),
     Q(D, "service express régional métropolitain", None, None, opt=True),
     Q(D, "Ce sera le premier RER du sud de la France, et il ne s'arrêtera pas à Toulon", "Laetitia Ferracci-Mori", "a promis"),
     Q(I, "une extension vers Nice et la Côte d'Azur « avant la fin de la décennie »", "Laetitia Ferracci-Mori", "envisage", opt=True),
     Q(D, "avant la fin de la décennie", "Laetitia Ferracci-Mori", "envisage"),
     Q(D, "on annonce des trains sans annoncer les conducteurs", "Thomas Alberti", "Pour"),
     Q(I, "12 % des TER ont été supprimés l'an dernier en Provence-Alpes-Côte-d'Azur, faute de personnel", "Thomas Alberti", "rappelle"),
     Q(I, "ses élus voteraient « chaque ligne de crédit, mais pas le chèque en blanc »", "Sandra Giraud-Pellegrin", "a déclaré"),
     Q(D, "chaque ligne de crédit, mais pas le chèque en blanc", "Sandra Giraud-Pellegrin", "a déclaré"),
     Q(D, "enfin un calendrier", "FNAUT Paca", "salue")],
    [("Crédit photo", "Newsletter Provence")])

# ---------------------------------------------------------------- 13
SPEC["13_maroc_mondial"] = (
    [E("Mondial 2030", "MISC"), E("Maroc", "LOC"), E("Grand Stade de Benslimane", "LOC", opt=True),
     E("Grand Stade Hassan-II de Benslimane", "LOC", opt=True), E("Rabat", "LOC"),
     E("RABAT", "LOC", "Rabat"), E("AFP", "ORG"), E("Madrid", "LOC"), E("Lisbonne", "LOC"),
     E("Casablanca", "LOC"), E("Coupe du monde 2030", "MISC"), E("Espagne", "LOC"),
     E("Portugal", "LOC"), E("Karim El Idrissi", "PER"), E("Afrique", "LOC"), E("2M", "ORG"),
     E("beIN Sports", "ORG"), E("stade Santiago-Bernabeu", "LOC", opt=True),
     E("Fédération royale marocaine de football", "ORG"),
     E("FRMF", "ORG", "Fédération royale marocaine de football"), E("FIFA", "ORG"),
     E("Fédération espagnole de football", "ORG"),
     E("RFEF", "ORG", "Fédération espagnole de football"), E("Marca", "ORG"), E("Europe", "LOC"),
     E("Youssef Ben Abdeljalil", "PER"), E("université Mohammed-V", "ORG", opt=True),
     E("Coupe d'Afrique des nations 2025", "MISC"),
     E("Ligue des champions africaine féminine", "MISC", opt=True), E("CAF", "ORG")],
    [Q(D, "la finale", "Rabat", None, opt=True, nth=0),
     Q(D, "Ce stade n'est pas un caprice. C'est un message au monde : l'Afrique est prête", "Karim El Idrissi", "a déclaré"),
     Q(I, "le chantier a mobilisé « plus de 9 000 ouvriers, dont 80 % recrutés dans la région »", "Karim El Idrissi", "Selon"),
     Q(D, "plus de 9 000 ouvriers, dont 80 % recrutés dans la région", "Karim El Idrissi", "Selon"),
     Q(D, "le continent africain n'a accueilli qu'une seule finale, en 2010", "Fédération royale marocaine de football", "a rappelé"),
     Q(I, "elle « respecterait le processus »", "Fédération espagnole de football", "d'indiquer"),
     Q(D, "respecterait le processus", "Fédération espagnole de football", "d'indiquer"),
     Q(D, "la finale ne se jouera pas en dehors de l'Europe", None, "estime"),
     Q(I, "la Coupe d'Afrique des nations 2025 avait déjà exigé d'importants investissements", "Youssef Ben Abdeljalil", "rappelle"),
     Q(I, "les nouvelles infrastructures « servent au football amateur après 2030", "Youssef Ben Abdeljalil", "plaide"),
     Q(D, "servent au football amateur après 2030", "Youssef Ben Abdeljalil", "plaide")],
    [("AFP\nLire aussi", "interclubs")])

# ---------------------------------------------------------------- 14
SPEC["14_cinema_festival"] = (
    [E("Festival de Cannes 2027", "MISC"), E("Les Enfants du fleuve", "MISC"),
     E("Vietnamienne", "MISC"), E("Tran Thi Lan", "PER"), E("Tran", "PER", "Tran Thi Lan"),
     E("delta du Mékong", "LOC"), E("Lucie Hamidou", "PER"), E("Asie du Sud-Est", "LOC"),
     E("Festival de Cannes", "MISC"), E("Cần Thơ", "LOC"), E("Phnom Penh", "LOC"),
     E("Hô Chi Minh-Ville", "LOC"), E("Cannes", "LOC", opt=True), E("Asie", "LOC"),
     E("Mékong Films", "ORG"), E("Arte", "ORG"), E("Weltkino", "ORG"),
     E("Antoine Nguyen-Roux", "PER"), E("La Saison sèche", "MISC"),
     E("Caméra d'or", "MISC", opt=True), E("Cahiers du cinéma", "ORG"),
     E("Margaux Ferrand", "PER"), E("Apichatpong Weerasethakul", "PER"),
     E("Oscars 2027", "MISC"), E("L'Écume des jours", "MISC"), E("France", "LOC"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(I, "Les Enfants du fleuve, deuxième long-métrage de Tran Thi Lan, 38 ans, sera projeté en ouverture le 11 mai, hors compétition", "délégué général du festival", "a annoncé"),
     Q(D, "J'ai filmé un monde qui va disparaître, et je voulais que le public le voie en grand, dans une salle", "Tran Thi Lan", "a confié"),
     Q(I, "avoir choisi Cannes \"parce que c'est là que les films d'Asie ont été vus en premier\"", "Tran Thi Lan", "dit"),
     Q(D, "parce que c'est là que les films d'Asie ont été vus en premier", "Tran Thi Lan", "dit"),
     Q(D, "fier et un peu terrifié", "Antoine Nguyen-Roux", "se dit"),
     Q(D, "Trois heures, en ouverture, devant deux mille personnes en smoking, c'est un pari", "Antoine Nguyen-Roux", "a-t-il reconnu"),
     Q(I, "Tran \"filme l'eau comme personne depuis Apichatpong Weerasethakul\"", "Margaux Ferrand", "Pour"),
     Q(D, "filme l'eau comme personne depuis Apichatpong Weerasethakul", "Margaux Ferrand", "Pour"),
     Q(D, "L'Écume des jours", None, None, opt=True)],
    [("Lire aussi", "E-mail")])

# ---------------------------------------------------------------- 15
SPEC["15_dengue_guyane"] = (
    [E("Guyane", "LOC"), E("ARS", "ORG"), E("agence régionale de santé", "ORG", opt=True),
     E("Qdenga", "MISC"), E("CAYENNE", "LOC", "Cayenne"), E("Cayenne", "LOC"), E("Takeda", "ORG"),
     E("Serge Mathurin-Joseph", "PER"), E("Santé publique France", "ORG"),
     E("Aïssatou Bâ-Lefèvre", "PER"), E("Saint-Laurent-du-Maroni", "LOC"),
     E("Institut Pasteur de la Guyane", "ORG"), E("Aedes aegypti", "MISC", opt=True),
     E("Wolbachia", "MISC", opt=True), E("Haute Autorité de santé", "ORG"),
     E("HAS", "ORG", "Haute Autorité de santé"), E("Martinique", "LOC"), E("Guadeloupe", "LOC")],
    [Q(D, "une saison record", "ARS", "redoute", nth=0),
     Q(I, "le lancement d'une campagne de vaccination contre la dengue dans les collèges du territoire, une première dans un département français", "ARS", "a annoncé", opt=True),
     Q(D, "Nous avons enregistré 4 200 cas confirmés depuis septembre, dont 310 hospitalisations. Si rien ne change, ce sera une saison record", "Serge Mathurin-Joseph", "a averti"),
     Q(I, "la population de moins de 20 ans n'a jamais été exposée à ce virus et n'est donc pas immunisée", "Santé publique France", "D'après"),
     Q(D, "C'est une génération entière qui découvre la maladie", "Aïssatou Bâ-Lefèvre", "résume"),
     Q(I, "les services de pédiatrie sont « déjà au bord de la saturation »", "Aïssatou Bâ-Lefèvre", "prévient"),
     Q(D, "déjà au bord de la saturation", "Aïssatou Bâ-Lefèvre", "prévient"),
     Q(I, "la commune n'ait reçu « que 3 000 doses pour 12 000 enfants »", "maire de Saint-Laurent-du-Maroni", "regrette"),
     Q(D, "que 3 000 doses pour 12 000 enfants", "maire de Saint-Laurent-du-Maroni", "regrette"),
     Q(I, "l'usage du Qdenga dans les territoires d'outre-mer où le virus circule", "Haute Autorité de santé", "avait recommandé", opt=True)],
    [("Abonnez-vous", "Outre-mer")])

# ---------------------------------------------------------------- 16
SPEC["16_sports_breves"] = (
    [E("Montpellier", "ORG", opt=True), E("EHF European League", "MISC", opt=True),
     E("Kristensen", "PER", "Ingrid Kristensen"), E("Val d'Isère", "LOC"),
     E("Montpellier Handball", "ORG"), E("Füchse Berlin", "ORG"), E("Hambourg", "LOC"),
     E("Lucas Marchetti-Sanz", "PER"), E("Montpelliérains", "MISC"), E("Suédois", "MISC"),
     E("IK Sävehof", "ORG"), E("Norvégienne", "MISC"), E("Ingrid Kristensen", "PER"),
     E("Italienne", "MISC"), E("Chiara Dal Bosco", "PER"), E("Française", "MISC"),
     E("Manon Roux-Chabert", "PER"), E("Élise Bastide", "PER"),
     E("Decathlon AG2R La Mondiale", "ORG"), E("Juan Esteban Rincón Ortiz", "PER"),
     E("Rincón Ortiz", "PER", "Juan Esteban Rincón Ortiz"), E("Tour de France 2027", "MISC"),
     E("Tour de l'Avenir", "MISC"), E("Chambéry", "LOC"), E("ASVEL", "ORG"),
     E("Real Madrid", "ORG"), E("EuroLigue", "MISC", opt=True), E("Cheikh Diouf", "PER"),
     E("Lyonnais", "MISC"), E("Nathan Berthier", "PER"), E("ATP", "ORG"),
     E("Challenger de Bergame", "MISC")],
    [Q(D, "On est allés chercher ce match avec nos tripes", "Lucas Marchetti-Sanz", "a résumé"),
     Q(D, "Je suis frustrée mais je skie enfin libérée", "Manon Roux-Chabert", "a-t-elle lâché"),
     Q(I, "le coureur de 23 ans « peut viser un top 10 sur le Tour de France 2027 »", "manager de l'équipe", "Selon"),
     Q(D, "peut viser un top 10 sur le Tour de France 2027", "manager de l'équipe", "Selon"),
     Q(D, "On a perdu le match aux lancers francs", "entraîneur villeurbannais", "a regretté")],
    [("Résultats complets", "application.")])


if __name__ == "__main__":
    main(SPEC, HERE)
