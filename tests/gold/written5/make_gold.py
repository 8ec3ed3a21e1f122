#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written5 with exact offsets.

    python3 tests/gold/written5/make_gold.py          # write NAME.json, check
    python3 tests/gold/written5/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written5/make_gold.py --show   # print every annotation in context

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
SPEC["01_greve_enseignants"] = (
    [E("Le Courrier du Nord", "ORG"), E("Courrier du Nord", "ORG", "Le Courrier du Nord"),
     E("Nord", "LOC"), E("Lille", "LOC"), E("Camille Hennebert", "PER"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("Sandrine Deleplanque", "PER"), E("Roubaix", "LOC"), E("Snes-FSU", "ORG"),
     E("Toussaint", "MISC", opt=True), E("Pas-de-Calais", "LOC"), E("Mehdi Bouchareb", "PER"),
     E("Sgen-CFDT", "ORG"), E("Tourcoing", "LOC"), E("Anne-Laure Vandamme", "PER"), E("SE-Unsa", "ORG"),
     E("Denain", "LOC"), E("Thomas Lefebvre", "PER"), E("Villeneuve-d'Ascq", "LOC"), E("FCPE", "ORG"),
     E("ministère de l'Éducation nationale", "ORG", opt=True), E("Grand-Place", "LOC", opt=True),
     E("Julien Moreau", "PER")],
    [
     Q(D, 'On ne tiendra pas une année de plus', 'enseignants', 'préviennent', opt=True, nth=0),
     Q(D, 'On ne tiendra pas une année de plus avec des classes de trente-deux élèves', 'Sandrine Deleplanque', 'lance', v='name'),
     Q(D, "Je n'ai jamais vu autant de collègues démissionner. Cette année, dans mon établissement, trois contractuels sont partis avant la Toussaint.", 'Sandrine Deleplanque', None, v='role'),
     Q(I, '47 % des enseignants du second degré étaient en grève dans le Nord et le Pas-de-Calais', 'intersyndicale', 'Selon'),
     Q(D, "en baisse par rapport au mouvement d'octobre", 'rectorat', 'a précisé', v='inst'),
     Q(D, 'toutes les cantines ont pu fonctionner', 'rectorat', 'assure', v='inst'),
     Q(D, 'Une réforme écrite sans nous', None, None, opt=True),
     Q(I, 'une réforme « écrite dans un bureau parisien, sans nous »', 'Mehdi Bouchareb', 'a dénoncé', opt=True),
     Q(D, 'écrite dans un bureau parisien, sans nous', 'Mehdi Bouchareb', 'a dénoncé', v='name'),
     Q(I, 'son syndicat avait pourtant signé le protocole de 2025', 'Mehdi Bouchareb', 'a rappelé'),
     Q(D, "On nous avait promis des moyens. Où sont-ils ? Les groupes de niveau, ce sont des élèves qu'on trie à onze ans", 'Mehdi Bouchareb', 'a-t-il lancé', v='pron'),
     Q(I, "le ministère « n'a tiré aucune leçon » du mouvement du printemps", 'Anne-Laure Vandamme', 'juge'),
     Q(D, "n'a tiré aucune leçon", 'Anne-Laure Vandamme', 'juge', v='name'),
     Q(I, "les suppressions de postes annoncées dans le projet de budget toucheront d'abord les zones d'éducation prioritaire", 'Anne-Laure Vandamme', 'affirme'),
     Q(D, "Chez nous, à Denain, chaque poste compte. Quand on en perd un, ce sont vingt-cinq gamins qui n'ont plus de professeur de français pendant trois semaines", 'Anne-Laure Vandamme', 'a-t-elle expliqué', v='pron'),
     Q(I, 'soutenir « sur le fond » les grévistes', 'Thomas Lefebvre', 'dit'),
     Q(D, 'sur le fond', 'Thomas Lefebvre', 'dit', v='name'),
     Q(D, "C'est la quatrième grève depuis septembre. Mon fils passe le brevet en juin, je ne sais pas comment il va rattraper", 'Thomas Lefebvre', 'confie-t-il', v='pron'),
     Q(I, 'les enseignants à « amplifier le mouvement »', 'FCPE', 'appelle'),
     Q(D, 'amplifier le mouvement', 'FCPE', 'appelle', v='inst'),
     Q(I, 'elle organiserait une opération « écoles mortes » le 15 décembre', 'FCPE', 'a annoncé'),
     Q(D, 'écoles mortes', 'FCPE', 'a annoncé', opt=True),
     Q(D, "aucune suppression de poste n'est décidée à ce stade", "rectrice de l'académie de Lille", 'assure', v='func'),
     Q(I, 'le dialogue « reste ouvert » avec les organisations syndicales', "rectrice de l'académie de Lille", 'Selon'),
     Q(D, 'reste ouvert', "rectrice de l'académie de Lille", 'Selon', v='pron'),
     Q(D, 'Si le ministère ne bouge pas, on repartira en janvier, et pas pour une journée', 'Sandrine Deleplanque', 'a prévenu', v='name'),
     Q(I, 'avoir obtenu un rendez-vous au rectorat la semaine prochaine', 'Sandrine Deleplanque', 'dit'),
     Q(D, 'On ira avec nos chiffres. Eux viendront avec les leurs. Au moins, on se parlera.', 'Sandrine Deleplanque', None, v='role'),
     Q(I, "la réforme sera appliquée « quoi qu'il arrive »", 'Mehdi Bouchareb', "D'après"),
     Q(D, "quoi qu'il arrive", 'Mehdi Bouchareb', "D'après", v='pron'),
     Q(D, "Je crains que cette grève ne serve qu'à nous fatiguer", 'Mehdi Bouchareb', 'a-t-il reconnu', v='pron')],
    [("Le Courrier du Nord", "Courrier du Nord"), ("Partager sur Facebook", "par e-mail"), ("Lire aussi", "rentrée 2027"), ("Photo : Des enseignants", "Julien Moreau"), ("Mots-clés", "S'inscrire")])


# ---------------------------------------------------------------- 02
SPEC["02_crue_aude"] = (
    [E("Occitanie", "LOC"), E("Aude", "LOC"), E("Montlaur-d'Orbieu", "LOC"), E("Corbières", "LOC"),
     E("Lucie Ferrandis", "PER"), E("Josiane Castel", "PER"), E("Frédéric", "PER"),
     E("Narbonne", "LOC"), E("Lézignan-Corbières", "LOC"), E("Orbieu", "LOC"), E("Fabrezan", "LOC"),
     E("Carcassonne", "LOC"), E("Bernard Pujol", "PER"), E("Météo-France", "ORG"), E("Karim Benali", "PER"),
     E("Sdis 11", "ORG"), E("Sécurité civile", "ORG"), E("Nadia Roussel", "PER"), E("Croix-Rouge", "ORG"),
     E("Alain Serre", "PER"), E("Élysée", "ORG"), E("Midi Libre", "ORG"), E("Thierry Vaissière", "PER")],
    [
     Q(D, "L'eau est montée en vingt minutes", 'Josiane Castel', None, nth=0, v='name'),
     Q(D, "L'eau est montée en vingt minutes. J'ai juste eu le temps de monter à l'étage avec le chat", 'Josiane Castel', None, v='role'),
     Q(D, "Elle a tout perdu, les photos, les papiers, les meubles de mon grand-père. Mais elle est vivante, c'est ce qui compte", 'Frédéric', None, v='role'),
     Q(I, "un homme de 81 ans a été retrouvé sans vie dans son garage à Lézignan-Corbières, et une automobiliste a été emportée par l'Orbieu près de Fabrezan", "préfecture de l'Aude", 'Selon'),
     Q(D, "Nous avons vécu un épisode d'une violence exceptionnelle, avec plus de 300 millimètres de pluie en six heures", "préfet de l'Aude", 'a déclaré', v='func'),
     Q(I, "l'État demanderait la reconnaissance de l'état de catastrophe naturelle « dans les plus brefs délais »", "préfet de l'Aude", 'a annoncé'),
     Q(D, 'dans les plus brefs délais', "préfet de l'Aude", 'a annoncé', v='pron'),
     Q(D, 'On a été prévenus trop tard', 'Bernard Pujol', None, nth=0, v='role'),
     Q(I, "la vigilance rouge n'a été déclenchée qu'à 23 heures, « quand l'eau était déjà dans les maisons »", 'Bernard Pujol', 'affirme'),
     Q(D, "quand l'eau était déjà dans les maisons", 'Bernard Pujol', 'affirme', v='role'),
     Q(D, "On a été prévenus trop tard, a-t-il dit devant la mairie. Je ne cherche pas de coupable, mais il faudra qu'on m'explique.", 'Bernard Pujol', 'a-t-il dit', v='pron'),
     Q(I, 'placé le département en vigilance orange dès lundi soir', 'Météo-France', 'assure'),
     Q(D, 'Les cumuls observés ont dépassé toutes les prévisions des modèles', 'Météo-France', 'a indiqué', v='inst'),
     Q(D, 'On récupérait des gens sur les toits, des familles entières avec des enfants en pyjama', 'Karim Benali', 'décrit', v='name'),
     Q(I, "certains habitants ont refusé d'être évacués jusqu'au dernier moment", 'Karim Benali', 'ajoute'),
     Q(D, 'Ils voulaient protéger leurs biens. Je les comprends, mais une maison, ça se reconstruit.', 'Karim Benali', None, v='pron'),
     Q(D, "Les gens sont sonnés. Certains n'ont même pas pris leurs médicaments en partant", 'Nadia Roussel', 'confie-t-elle', v='name'),
     Q(I, "une cellule d'aide psychologique sera ouverte dès jeudi", 'Nadia Roussel', "D'après"),
     Q(D, 'Trente ans de travail. Le millésime 2026 est dans le ruisseau.', 'Alain Serre', None, v='name'),
     Q(D, 'Je suis née ici, je mourrai ici, assure-t-elle. Mais je ne dormirai plus jamais tranquille quand il pleut.', 'Josiane Castel', 'assure-t-elle', v='name'),
     Q(I, 'Le président de la République est attendu vendredi dans le département', 'Élysée', 'a fait savoir')],
    [("Accueil >", "> Aude"), ("Lire aussi", "assurance habitation"), ("Crédit photo", "Faits divers")])


# ---------------------------------------------------------------- 03
SPEC["03_finale_handball"] = (
    [E("Coupe de France féminine", "MISC"), E("Coupe de France", "MISC"), E("Metz", "ORG", "Metz Handball", opt=True),
     E("Brest", "ORG", "Brest Bretagne Handball", opt=True), E("Ingrid Solberg", "PER"), E("Solberg", "PER", "Ingrid Solberg"),
     E("Messines", "MISC"), E("Brest Bretagne Handball", "ORG"), E("Accor Arena", "LOC", opt=True),
     E("Maxime Le Goff", "PER"), E("Metz Handball", "ORG"), E("Norvégienne", "MISC"), E("Lorraines", "MISC"),
     E("Sylvie Marchal", "PER"), E("Bleues", "MISC"), E("Mondial 2027", "MISC"), E("Yann Kerbrat", "PER"),
     E("Breton", "MISC"), E("Chloé Le Bihan", "PER"), E("Brestoises", "MISC"),
     E("Fédération française de handball", "ORG"), E("FFHB", "ORG", "Fédération française de handball"),
     E("Amandine", "PER"), E("Thionville", "LOC"), E("Icon Sport", "ORG"), E("Ligue 1", "MISC", opt=True),
     E("PSG", "ORG"), E("Lens", "ORG", opt=True), E("Toulouse", "ORG", opt=True), E("Racing 92", "ORG")],
    [
     Q(D, 'la plus belle victoire de ma carrière', 'Ingrid Solberg', 'pour', nth=0, v='name'),
     Q(D, "C'est la plus belle victoire de ma carrière. Je n'ai même pas vu le ballon entrer, j'ai juste entendu le bruit", 'Ingrid Solberg', 'a lâché', v='name'),
     Q(D, "À la mi-temps, je leur ai dit d'arrêter de regarder le tableau d'affichage", 'Sylvie Marchal', 'a expliqué', v='name'),
     Q(D, 'On jouait avec la peur de perdre. En deuxième période, on a joué pour gagner, et ça change tout', 'Sylvie Marchal', 'a-t-elle poursuivi', v='pron'),
     Q(I, 'ce titre “récompense un groupe qui a énormément souffert” cette saison, marquée par les blessures', 'Sylvie Marchal', 'estime'),
     Q(D, 'récompense un groupe qui a énormément souffert', 'Sylvie Marchal', 'estime', v='role'),
     Q(I, 'un arbitrage “à sens unique” dans les dix dernières minutes', 'Yann Kerbrat', 'a dénoncé', opt=True),
     Q(D, 'à sens unique', 'Yann Kerbrat', 'a dénoncé', v='name'),
     Q(D, "On prend trois exclusions de deux minutes en un quart d'heure. Je ne dis pas qu'on a été volés, mais je dis que ça pèse", 'Yann Kerbrat', 'a-t-il fulminé', v='pron'),
     Q(I, 'son équipe avait “manqué de lucidité” en fin de match', 'Yann Kerbrat', 'a reconnu'),
     Q(D, 'manqué de lucidité', 'Yann Kerbrat', 'a reconnu', v='role'),
     Q(D, "Metz a été plus fort dans les moments qui comptent. Il faut l'accepter", 'Chloé Le Bihan', 'a reconnu', v='name'),
     Q(I, 'les Brestoises auront “à cœur de prendre leur revanche” en championnat dès le 12 décembre', 'Chloé Le Bihan', 'Selon'),
     Q(D, 'à cœur de prendre leur revanche', 'Chloé Le Bihan', 'Selon', v='pron'),
     Q(D, 'Je ne sais pas encore si je continue la saison prochaine. On en parlera avec le club.', 'Chloé Le Bihan', None, v='role'),
     Q(I, '14 212 spectateurs avaient assisté à la rencontre, un record pour une finale féminine', 'Fédération française de handball', 'a annoncé'),
     Q(D, "Le handball féminin n'a jamais été aussi populaire", 'Fédération française de handball', 'écrit', v='inst'),
     Q(D, "Quand Solberg a marqué, tout le monde pleurait autour de moi. Mon père aussi, alors qu'il ne pleure jamais !", 'Amandine', None, v='name'),
     Q(I, "une fête “jusqu'au bout de la nuit”", 'Ingrid Solberg', 'a promis', opt=True),
     Q(D, "jusqu'au bout de la nuit", 'Ingrid Solberg', 'a promis', v='name'),
     Q(D, "Bon, on a un match mercredi. Disons jusqu'à minuit.", 'Ingrid Solberg', None, v='pron')],
    [("Lire aussi", "Mondial 2027"), ("Photo : Ingrid", "Racing 92")])


# ---------------------------------------------------------------- 04
SPEC["04_festival_theatre"] = (
    [E("Sud Ouest", "ORG"), E("Dordogne", "LOC"), E("Scènes d'automne", "MISC"), E("Hélène Marsac", "PER"),
     E("Périgueux", "LOC"), E("Claire Dumonteil", "PER"), E("Théâtre de l'Odyssée", "LOC", opt=True),
     E("Région Nouvelle-Aquitaine", "ORG", opt=True), E("Région", "ORG", "Région Nouvelle-Aquitaine", opt=True),
     E("Le Palace", "ORG", opt=True), E("Tchekhov", "PER"), E("La Cerisaie", "MISC"), E("Chancelade", "LOC"),
     E("Les Voyageurs immobiles", "ORG"), E("Julien Aubrac", "PER"), E("Lopakhine", "PER", opt=True),
     E("Tiramisù", "ORG"), E("Turin", "LOC"), E("Giulia Ferrante", "PER"), E("Italienne", "MISC"),
     E("Europe", "LOC"), E("Gérard Lafon", "PER"), E("Pierre Lacombe", "PER")],
    [
     Q(D, "Le théâtre n'a jamais été aussi nécessaire", 'Hélène Marsac', None, nth=0, v='name'),
     Q(I, 'une programmation « sans filet »', 'Hélène Marsac', 'défend', opt=True),
     Q(D, 'sans filet', 'Hélène Marsac', 'défend', v='role'),
     Q(D, 'On a perdu 80 000 euros de subventions en deux ans, et on présente pourtant la programmation la plus ambitieuse de notre histoire', 'Hélène Marsac', 'lance-t-elle', v='name'),
     Q(D, "Le théâtre n'a jamais été aussi nécessaire. Les gens ont besoin de se retrouver dans une salle, dans le noir, ensemble.", 'Hélène Marsac', None, v='pron'),
     Q(I, 'la baisse des aides de la Région Nouvelle-Aquitaine a contraint le festival à supprimer deux lieux de représentation', 'Hélène Marsac', 'reconnaît'),
     Q(I, 'en vouloir aux élus', 'Hélène Marsac', 'dit'),
     Q(D, "Ils font des choix difficiles. Mais la culture est toujours la première variable d'ajustement, et ça, je le dirai partout.", 'Hélène Marsac', None, v='role'),
     Q(I, "l'enveloppe globale « a été préservée » et que seuls les festivals « les plus dotés » ont vu leur aide réduite", 'vice-président de la Région chargé de la culture', 'assure'),
     Q(D, 'a été préservée', 'vice-président de la Région chargé de la culture', 'assure', v='func'),
     Q(D, 'les plus dotés', 'vice-président de la Région chargé de la culture', 'assure', v='func'),
     Q(I, 'un spectacle « sans électricité, à la bougie »', 'Julien Aubrac', 'revendique', opt=True),
     Q(D, 'sans électricité, à la bougie', 'Julien Aubrac', 'revendique', v='name'),
     Q(D, "Tchekhov écrivait pour des gens qui s'ennuient à la campagne. On a voulu les rejoindre là où ils sont", 'Julien Aubrac', 'explique le comédien', v='role'),
     Q(D, "S'il pleut, on jouera avec la pluie sur le toit. C'est prévu dans la mise en scène.", 'Julien Aubrac', 'ajoute', v='pron'),
     Q(D, 'Nous avons appris le français pour ce spectacle, en six mois', 'Giulia Ferrante', 'a confié', v='name'),
     Q(I, "Périgueux est « le seul festival d'Europe » à avoir accepté un spectacle bilingue sans sous-titres", 'Giulia Ferrante', 'affirme'),
     Q(D, "le seul festival d'Europe", 'Giulia Ferrante', 'affirme', v='role'),
     Q(I, "près de 60 % des billets étaient déjà vendus à l'ouverture", 'organisateurs', 'Selon'),
     Q(D, "Je viens voir ce que je ne comprends pas. C'est ça, un festival", 'Gérard Lafon', 'sourit le retraité', v='role'),
     Q(D, 'Si on fait salle comble le 14, je pourrai aller défendre notre budget avec des arguments.', 'Hélène Marsac', None, v='name')],
    [("Sud Ouest Dordogne", "Culture"), ("Lire aussi", "travaux"), ("Photo : Hélène", "Festival · Culture")])


# ---------------------------------------------------------------- 05
SPEC["05_peche_manche"] = (
    [E("LA VOIX DU LITTORAL", "ORG", "La Voix du Littoral"), E("La Voix du Littoral", "ORG"),
     E("Boulogne-sur-Mer", "LOC"), E("Londres", "LOC"), E("Manche", "LOC"), E("Hugo Delattre", "PER"),
     E("quai Gambetta", "LOC", opt=True), E("Jean-Marc Hurtrel", "PER"), E("Notre-Dame-des-Flots", "MISC"),
     E("From Nord", "ORG"), E("Boulogne", "LOC", "Boulogne-sur-Mer"), E("Kent", "LOC"),
     E("ministère britannique de l'Environnement", "ORG", opt=True), E("Defra", "ORG"), E("BBC", "ORG"),
     E("Paris", "LOC"), E("France", "LOC"), E("Commission européenne", "ORG"), E("Assemblée nationale", "ORG"),
     E("Sophie Caron", "PER"), E("Calais", "LOC"), E("Eurotunnel", "ORG"), E("Coquelles", "LOC"),
     E("Dylan Wimet", "PER"), E("Étaples", "LOC"), E("Hastings", "LOC"), E("Pas-de-Calais", "LOC"),
     E("Éric Dambrine", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("Brexit", "MISC"), E("Nord", "LOC"), E("Royaume-Uni", "LOC")],
    [
     Q(D, "Vingt-trois bateaux, c'est vingt-trois familles qui vont se retrouver sans revenus au 1er janvier", 'Jean-Marc Hurtrel', 'tonne', v='name'),
     Q(D, 'Mon père pêchait là-bas, mon grand-père aussi. On a des antériorités, on a des papiers, et Londres nous dit non sans même expliquer pourquoi.', 'Jean-Marc Hurtrel', None, v='role'),
     Q(I, "les navires concernés n'ont pas fourni de preuves suffisantes de leur activité dans la zone des 6 à 12 milles entre 2012 et 2016", "ministère britannique de l'Environnement", 'Selon'),
     Q(I, 'Londres "appliquait strictement les termes de l\'accord de commerce et de coopération"', 'Defra', 'a indiqué'),
     Q(D, "appliquait strictement les termes de l'accord de commerce et de coopération", 'Defra', 'a indiqué', v='inst'),
     Q(I, 'une décision "inacceptable"', 'Paris', 'dénonce', opt=True),
     Q(D, 'inacceptable', 'Paris', 'dénonce', nth=0, v='inst'),
     Q(I, 'la décision "inacceptable et contraire à l\'esprit de l\'accord"', 'ministre chargée de la Mer', 'a jugé', opt=True),
     Q(D, "inacceptable et contraire à l'esprit de l'accord", 'ministre chargée de la Mer', 'a jugé', v='func'),
     Q(I, 'la France saisirait la Commission européenne dès la semaine prochaine', 'ministre chargée de la Mer', 'annoncé'),
     Q(D, "Nous ne laisserons pas nos pêcheurs devenir la variable d'ajustement des relations franco-britanniques", 'ministre chargée de la Mer', 'a-t-elle déclaré', v='pron'),
     Q(D, 'On entend les mêmes promesses depuis 2021. Les ministres passent, les licences disparaissent', 'Sophie Caron', 'explique-t-elle', v='name'),
     Q(I, "déjà licencié deux matelots depuis l'été", 'Sophie Caron', 'affirme'),
     Q(D, "Si rien ne bouge, je vends un bateau en mars. Et un bateau vendu, c'est un bateau qui ne revient jamais.", 'Sophie Caron', None, v='role'),
     Q(D, 'On ne veut pas en arriver là. Mais si on nous pousse, on saura faire', 'Jean-Marc Hurtrel', 'a averti', v='name'),
     Q(D, "Moi, je n'ai pas d'autre métier. Je n'ai que la mer", 'Dylan Wimet', 'lâche le jeune homme', v='role'),
     Q(I, 'les eaux côtières devaient "revenir d\'abord aux bateaux anglais"', None, 'a estimé'),
     Q(D, "revenir d'abord aux bateaux anglais", None, 'a estimé'),
     Q(I, 'les pêcheurs "au calme et au dialogue"', 'préfecture du Pas-de-Calais', 'a appelé'),
     Q(D, 'au calme et au dialogue', 'préfecture du Pas-de-Calais', 'a appelé', v='inst'),
     Q(D, 'On ira. Mais on ira avec les bateaux derrière nous', 'Sophie Caron', 'conclut', v='name')],
    [("LA VOIX DU LITTORAL", "LITTORAL"), ("© Photo", "Royaume-Uni")])


# ---------------------------------------------------------------- 06
SPEC["06_proces_fraude"] = (
    [E("Le Progrès", "ORG"), E("Crédit Rhodanien", "ORG"), E("Lyon", "LOC"), E("LYON", "LOC", "Lyon"),
     E("Aurélie Berthon", "PER"), E("Marc-Antoine Vidal", "PER"), E("Villeurbanne", "LOC"), E("Chypre", "LOC"),
     E("Luxembourg", "LOC"), E("Catherine Morand", "PER"), E("Odile Perrin", "PER"), E("Bruno Salel", "PER"),
     E("AFP", "ORG"), E("Inès Bellamy", "PER"), E("Vaulx-en-Velin", "LOC"), E("Sabrina Koller", "PER"),
     E("Thierry Garnier", "PER"), E("quai Romain-Rolland", "LOC", opt=True), E("Joël Philippon", "PER")],
    [
     Q(D, "Je n'ai jamais volé un centime", 'Marc-Antoine Vidal', 'jure', nth=0, v='role'),
     Q(D, "Je n'ai jamais volé un centime à mes clients. J'ai fait des erreurs de gestion, je les assume, mais je ne suis pas un voleur", 'Marc-Antoine Vidal', 'a-t-il déclaré', v='name'),
     Q(I, "il aurait ouvert entre 2019 et 2024 des contrats d'assurance-vie au nom de onze clients, tous âgés de plus de 80 ans, avant d'en transférer les fonds vers des sociétés écrans domiciliées à Chypre et au Luxembourg", 'accusation', 'Selon'),
     Q(I, 'comment il expliquait les 47 virements retrouvés par les enquêteurs', 'Catherine Morand', 'a demandé'),
     Q(D, 'Des avances, que je comptais rembourser', 'Marc-Antoine Vidal', 'a répondu le prévenu', v='role'),
     Q(D, 'Avec quel argent, monsieur ? Vous gagniez 4 800 euros par mois', 'Catherine Morand', 'a rétorqué la magistrate', v='role'),
     Q(D, 'Il venait prendre le café chez maman', 'Odile Perrin', None, nth=0, v='name'),
     Q(D, "Il venait prendre le café chez maman le dimanche. Il lui apportait des fleurs. Elle lui faisait plus confiance qu'à moi", 'Odile Perrin', 'a-t-elle raconté', v='name'),
     Q(I, "découvert la fraude en rangeant les papiers de sa mère après l'enterrement", 'Odile Perrin', 'dit'),
     Q(I, 'la banque porte « une responsabilité écrasante » dans cette affaire', 'Bruno Salel', 'estime'),
     Q(D, 'une responsabilité écrasante', 'Bruno Salel', 'estime', v='name'),
     Q(D, "Pendant cinq ans, personne au siège n'a vu passer des virements de 80 000 euros vers Chypre. Soit on ne contrôlait rien, soit on a fermé les yeux", 'Bruno Salel', "a plaidé l'avocat", v='role'),
     Q(I, 'toute défaillance de ses procédures', 'Crédit Rhodanien', 'conteste', opt=True),
     Q(D, 'Nous avons été les premiers à signaler ces opérations au parquet, dès que notre audit interne les a détectées', 'Crédit Rhodanien', 'a indiqué', v='inst'),
     Q(I, "l'établissement a déjà indemnisé huit des onze familles", 'Inès Bellamy', "D'après"),
     Q(I, "elle ignorait tout de l'origine des fonds versés sur son compte", 'Sabrina Koller', 'a assuré'),
     Q(D, "Il me disait que c'étaient des primes. Pourquoi j'aurais douté ?", 'Sabrina Koller', 'a-t-elle lancé', v='pron'),
     Q(I, 'le dossier de « trahison méthodique de la confiance des plus fragiles »', 'Thierry Garnier', 'a qualifié', opt=True),
     Q(D, 'trahison méthodique de la confiance des plus fragiles', 'Thierry Garnier', 'a qualifié', v='pron'),
     Q(D, "Ces victimes ne se sont pas fait voler par un inconnu. Elles ont été volées par l'homme à qui elles confiaient tout", 'Thierry Garnier', 'a-t-il ajouté', v='pron')],
    [("Le Progrès – Faits divers", "Justice\n"), ("Lire aussi", "Escroquerie")])


# ---------------------------------------------------------------- 07
SPEC["07_sommet_otan"] = (
    [E("Otan", "ORG"), E("Ankara", "LOC"), E("ANKARA", "LOC", "Ankara"), E("Alliés", "MISC", opt=True),
     E("Ukraine", "LOC"), E("Alliance atlantique", "ORG"), E("Alliance", "ORG", "Alliance atlantique"),
     E("Kiev", "LOC"), E("Antoine Ravel", "PER"), E("AFP", "ORG"), E("Washington", "LOC"), E("Europe", "LOC"),
     E("Pologne", "LOC"), E("Moscou", "LOC"), E("Paris", "LOC"), E("Élysée", "ORG"), E("France", "LOC"),
     E("Hongrie", "LOC"), E("MTI", "ORG"), E("Claire Vasseur", "PER"),
     E("Institut français des relations internationales", "ORG"),
     E("Ifri", "ORG", "Institut français des relations internationales"), E("Italie", "LOC"),
     E("Pierre-Yves Laurent", "PER"), E("Européens", "MISC"), E("Tirana", "LOC"),
     E("Agence France-Presse", "ORG"), E("Turquie", "LOC")],
    [
     Q(D, "C'est un moment historique pour notre Alliance. Jamais nous n'avons été aussi unis face aux menaces qui pèsent sur l'Europe", "secrétaire général de l'Otan", 'a déclaré', v='func'),
     Q(I, 'la formulation finale était « plus faible que ce que Kiev espérait »', None, 'a reconnu'),
     Q(D, 'plus faible que ce que Kiev espérait', None, 'a reconnu'),
     Q(D, "On a sauvé l'unité, pas l'ambition", None, 'a-t-il confié'),
     Q(I, 'un texte « écrit à reculons »', 'ministre polonais des Affaires étrangères', 'a regretté', opt=True),
     Q(D, 'écrit à reculons', 'ministre polonais des Affaires étrangères', 'a regretté', v='func'),
     Q(D, "Chaque fois que nous hésitons, Moscou avance. L'histoire nous a déjà appris cela", 'ministre polonais des Affaires étrangères', 'a-t-il martelé', v='pron'),
     Q(I, "une mention de « l'autonomie stratégique européenne » dans la déclaration finale", None, 'on se félicite', opt=True),
     Q(D, "l'autonomie stratégique européenne", None, 'on se félicite', opt=True),
     Q(D, "La France a été entendue. L'Europe de la défense n'est plus un gros mot à l'Otan", 'Élysée', "indique l'Élysée", v='inst'),
     Q(I, "le chef de l'État s'est entretenu en marge du sommet avec son homologue turc sur la question des migrations", 'Élysée', 'Selon'),
     Q(D, "la paix ne viendra pas en envoyant plus d'armes", 'Premier ministre hongrois', 'a estimé', v='func'),
     Q(I, "le sommet d'Ankara marque « un tournant budgétaire plus que politique »", 'Claire Vasseur', 'Pour'),
     Q(D, 'un tournant budgétaire plus que politique', 'Claire Vasseur', 'Pour', v='name'),
     Q(D, "Les Alliés ont trouvé un chiffre sur lequel s'entendre, parce que c'était le plus facile. Sur l'Ukraine, ils ont acheté du temps", 'Claire Vasseur', 'explique-t-elle', v='pron'),
     Q(I, "l'objectif de 3,5 % sera « très difficile à tenir » pour les pays les plus endettés, à commencer par la France et l'Italie", 'Claire Vasseur', 'juge'),
     Q(D, 'très difficile à tenir', 'Claire Vasseur', 'juge', v='role'),
     Q(D, "Promettre 3,5 %, c'est facile en 2026. Les payer en 2031, avec d'autres gouvernements, c'est une autre histoire", 'Pierre-Yves Laurent', "souligne l'officier", v='role'),
     Q(I, 'voir dans ce sommet « un réveil, enfin » des Européens', 'Pierre-Yves Laurent', 'dit'),
     Q(D, 'un réveil, enfin', 'Pierre-Yves Laurent', 'dit', v='role'),
     Q(D, "D'ici là, nous aurons à prouver que nos engagements ne sont pas que des mots", "secrétaire général de l'Otan", 'a-t-il conclu', v='pron')],
    [("INTERNATIONAL", "INTERNATIONAL"), ("Lire aussi", "point mort"), ("© Agence France-Presse", "Turquie")])


# ---------------------------------------------------------------- 08
SPEC["08_rappel_medicament"] = (
    [E("Agence nationale de sécurité du médicament", "ORG"), E("Pédiaclam", "MISC"), E("Pédiaclam 250 mg", "MISC"),
     E("Nathalie Brunet", "PER"), E("Laboratoires Vernier", "ORG"), E("Chartres", "LOC"),
     E("ANSM", "ORG", "Agence nationale de sécurité du médicament"), E("Laurent Chaumont", "PER"),
     E("Parisien", "ORG", "Le Parisien"), E("Tours", "LOC"), E("Élodie Granger", "PER"), E("Romain Delaunay", "PER"),
     E("Facebook", "ORG"), E("Sarah Benhamou", "PER"), E("Necker-Enfants malades", "ORG", opt=True), E("Paris", "LOC"),
     E("ministère de la Santé", "ORG", opt=True), E("France Assos Santé", "ORG"), E("Julie Mercadier", "PER"),
     E("Hans Lucas", "ORG"), E("Marc Olivier", "PER")],
    [
     Q(D, 'pas de panique, mais de la vigilance', 'Sarah Benhamou', None, v='name'),
     Q(I, "certains flacons contiendraient jusqu'à 40 % de principe actif en trop, en raison d'une erreur sur une ligne de production", 'Agence nationale de sécurité du médicament', 'Selon'),
     Q(D, "À ce stade, aucun effet indésirable grave n'a été signalé, mais le risque de surdosage ne peut être exclu chez les nourrissons", 'Agence nationale de sécurité du médicament', 'a précisé', v='inst'),
     Q(I, 'ses excuses aux familles', 'Laurent Chaumont', 'a présenté', opt=True),
     Q(D, "Nous avons identifié l'origine du problème, une balance mal calibrée, et la ligne a été arrêtée dès vendredi", 'Laurent Chaumont', 'a-t-il assuré', v='name'),
     Q(I, "les lots conformes resteront disponibles et qu'il n'y aura « pas de rupture » pour les patients", 'Laurent Chaumont', 'affirme'),
     Q(D, 'pas de rupture', 'Laurent Chaumont', 'affirme', v='role'),
     Q(D, "Certains arrivaient avec le flacon à moitié vide, paniqués, en me demandant s'il fallait aller aux urgences", 'Élodie Granger', 'raconte la pharmacienne', v='role'),
     Q(I, "de vérifier le numéro de lot inscrit sous le flacon avant de s'alarmer", 'Élodie Granger', 'conseille'),
     Q(D, "La plupart des boîtes que j'ai vues ne faisaient pas partie des lots rappelés. Il faut garder la tête froide.", 'Élodie Granger', None, v='pron'),
     Q(D, "Personne ne nous a prévenus directement. Ni le médecin, ni la pharmacie. J'ai appris ça sur Facebook", 'Romain Delaunay', "s'agace-t-il", v='role'),
     Q(I, 'vouloir porter plainte si sa fille présente le moindre symptôme', 'Romain Delaunay', 'dit'),
     Q(D, 'Pas de panique, mais de la vigilance', 'Sarah Benhamou', None, nth=0, v='name'),
     Q(D, 'Pas de panique, mais de la vigilance, résume-t-elle. Un surdosage ponctuel de cet antibiotique provoque surtout des troubles digestifs. En cas de diarrhée persistante ou de somnolence, il faut consulter.', 'Sarah Benhamou', 'résume-t-elle', v='name'),
     Q(I, "les parents n'ont pas besoin de se rendre aux urgences en l'absence de symptômes", 'Sarah Benhamou', 'Selon'),
     Q(I, 'un numéro vert, le 0 800 130 000, était ouvert depuis mercredi', 'ministère de la Santé', 'a indiqué'),
     Q(I, "à l'ANSM un rapport complet « d'ici quinze jours » sur les contrôles de qualité du laboratoire", 'ministre de la Santé', 'a demandé', opt=True),
     Q(D, "d'ici quinze jours", 'ministre de la Santé', 'a demandé', v='func'),
     Q(I, 'ce nouvel incident pose « la question de la traçabilité des médicaments pédiatriques »', 'France Assos Santé', 'Pour'),
     Q(D, 'la question de la traçabilité des médicaments pédiatriques', 'France Assos Santé', 'Pour', v='inst'),
     Q(D, "C'est le troisième rappel de ce type en dix-huit mois. À un moment, il faudra des sanctions", 'Julie Mercadier', 'insiste sa porte-parole', v='name')],
    [("Santé\n", "Santé\n"), ("Lire aussi", "Rappel de produits")])


# ---------------------------------------------------------------- 09
SPEC["09_mutinerie_prison"] = (
    [E("Bouches-du-Rhône", "LOC"), E("Luynes", "LOC"), E("Patrick Giordano", "PER"), E("Aix-Luynes", "LOC"),
     E("Eris", "ORG"), E("Samir Haddad", "PER"), E("FO Justice", "ORG"),
     E("Marseille", "LOC"), E("France", "LOC"), E("CEDH", "ORG"), E("Karima Ouali", "PER"), E("Ufap-Unsa", "ORG"),
     E("Nathalie", "PER"), E("Aix-en-Provence", "LOC"), E("Jean-Christophe Rey", "PER"), E("Nation", "LOC", opt=True),
     E("Observatoire international des prisons", "ORG"), E("OIP", "ORG", "Observatoire international des prisons"),
     E("La Provence", "ORG"), E("Valérie Suau", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, 'On a frôlé le drame', 'Patrick Giordano', 'selon', nth=0, v='role'),
     Q(I, 'une centaine de détenus ont refusé de remonter en cellule pour protester contre la suppression de créneaux de parloirs', 'administration pénitentiaire', 'Selon'),
     Q(D, "On a frôlé le drame. On était quatre surveillants pour cent vingt détenus, c'est tout dire", 'Patrick Giordano', 'raconte', v='name'),
     Q(I, 'vu un collègue se faire frapper à la tête avec un pied de table', 'Patrick Giordano', 'dit'),
     Q(D, "Il a eu de la chance. Dix centimètres plus bas, c'était la tempe.", 'Patrick Giordano', None, v='role'),
     Q(I, "quarante détenus avaient été transférés dans la nuit vers d'autres établissements de la région", 'direction interrégionale des services pénitentiaires de Marseille', 'a indiqué'),
     Q(D, "Cette mutinerie n'est pas une surprise. Elle est la conséquence directe d'une surpopulation que nous dénonçons depuis des années", 'Karima Ouali', 'a-t-elle déclaré', v='name'),
     Q(I, 'des renforts immédiats', 'Karima Ouali', 'réclame', opt=True),
     Q(D, 'On nous promet des recrutements à chaque incident. On attend toujours.', 'Karima Ouali', None, v='role'),
     Q(D, "On nous a supprimé un parloir sur deux sans explication. Ça ne justifie pas la violence, mais il fallait s'y attendre", 'Nathalie', 'confie la mère de famille', v='role'),
     Q(I, "l'ouverture d'une enquête pour dégradations en réunion et violences sur personnes dépositaires de l'autorité publique", 'Jean-Christophe Rey', 'a annoncé', opt=True),
     Q(D, "Les meneurs ont été identifiés grâce aux images qui n'ont pas été détruites. Ils répondront de leurs actes", 'Jean-Christophe Rey', 'a précisé le magistrat', v='role'),
     Q(D, 'rien ne justifie que des agents soient pris pour cible', 'Jean-Christophe Rey', 'estime', v='pron'),
     Q(D, "Je veux dire aux surveillants que la Nation leur est reconnaissante. Ce qui s'est passé ici est inacceptable", 'garde des Sceaux', 'a-t-il affirmé', v='func'),
     Q(I, "l'ouverture de 200 places supplémentaires « d'ici à 2028 » dans la région", 'garde des Sceaux', 'a promis', opt=True),
     Q(D, "d'ici à 2028", 'garde des Sceaux', 'a promis', v='func'),
     Q(I, "ces annonces ne répondent pas à l'urgence", 'Observatoire international des prisons', 'Pour'),
     Q(D, "Construire des places, c'est promettre du béton pour dans cinq ans. Les détenus et les surveillants vivent l'enfer aujourd'hui", 'Observatoire international des prisons', "écrit l'association", v='inst'),
     Q(D, "Il faut bien. Si on s'arrête tous, qui garde la prison ?", 'Patrick Giordano', None, v='name')],
    [("Accueil / Faits", "Bouches-du-Rhône"), ("Lire aussi", "CEDH"), ("Photo : Le centre", "syndicats")])


# ---------------------------------------------------------------- 10
SPEC["10_incendie_var"] = (
    [E("VAR-MATIN", "ORG", "Var-Matin"), E("Var-Matin", "ORG"), E("Maures", "LOC"), E("Vidauban", "LOC"),
     E("Margaux Pellegrin", "PER"), E("Saint-Tropez", "LOC"), E("Fréjus", "LOC"), E("A8", "LOC", opt=True),
     E("Stéphane Orsini", "PER"), E("Orsini", "PER", "Stéphane Orsini"), E("Sdis 83", "ORG"), E("Sud-Est", "LOC"),
     E("Var", "LOC"), E("Cannet-des-Maures", "LOC", "Le Cannet-des-Maures"), E("Monique Arnaud", "PER"),
     E("Gilles Tardieu", "PER"), E("Jean-Louis Bonifay", "PER"), E("Hélène Castagné", "PER"),
     E("Office national des forêts", "ORG"), E("France", "LOC"), E("Draguignan", "LOC"),
     E("camping des Pins", "LOC", opt=True), E("Canadair", "MISC"), E("Laurent Martinat", "PER")],
    [
     Q(D, 'le feu a sauté toutes nos lignes', 'Stéphane Orsini', None, nth=0, v='name'),
     Q(D, "En quarante minutes, le feu a sauté toutes nos lignes. Avec ce vent, les bombardiers d'eau ne pouvaient pas décoller", 'Stéphane Orsini', 'a expliqué', v='name'),
     Q(I, 'près de 900 pompiers, venus de tout le Sud-Est, avaient été engagés dans la nuit', 'Stéphane Orsini', 'a indiqué'),
     Q(I, 'le feu était « fixé » mercredi en milieu de journée, mais pas encore éteint', 'préfecture du Var', 'Selon'),
     Q(D, 'fixé', 'préfecture du Var', 'Selon', v='inst'),
     Q(D, 'On est partis avec les papiers et le chien', 'Monique Arnaud', None, nth=0, v='role'),
     Q(D, "Les gendarmes ont frappé à minuit. On est partis avec les papiers et le chien, c'est tout", 'Monique Arnaud', 'raconte la retraitée', v='role'),
     Q(D, "J'ai été idiot. Quand j'ai vu les flammes au-dessus de la colline, j'ai compris que le tuyau d'arrosage ne servirait à rien", 'Gilles Tardieu', 'admet-il', v='pron'),
     Q(I, "plusieurs habitations ont été « léchées par les flammes », mais qu'aucune n'a brûlé", 'Jean-Louis Bonifay', 'affirme'),
     Q(D, 'léchées par les flammes', 'Jean-Louis Bonifay', 'affirme', v='name'),
     Q(D, 'On doit tout aux pompiers. Ils ont fait un mur devant les maisons', 'Jean-Louis Bonifay', "a salué l'élu", v='role'),
     Q(D, "le signe d'un climat qui déraille", 'Hélène Castagné', None, nth=0, v='role'),
     Q(D, "Il n'a quasiment pas plu depuis juin dans le Var. La végétation est aussi sèche qu'en plein mois d'août. Un feu de décembre, c'est le signe d'un climat qui déraille", 'Hélène Castagné', 'souligne', v='name'),
     Q(I, "la saison des feux pourrait à terme s'étendre sur toute l'année dans le sud de la France", 'Hélène Castagné', "D'après"),
     Q(I, "la piste d'un mégot jeté depuis un véhicule est privilégiée", None, 'Selon'),
     Q(D, "Aucune hypothèse n'est écartée à ce stade", 'parquet de Draguignan', 'a précisé', v='inst'),
     Q(I, "Les évacués devraient pouvoir regagner leurs domiciles jeudi, a annoncé la préfecture, à l'exception du camping des Pins, situé en bordure du massif", 'préfecture du Var', 'a annoncé'),
     Q(D, "Tant que le mistral souffle, rien n'est gagné. Une reprise peut survenir à tout moment.", 'Stéphane Orsini', None, v='name')],
    [("VAR-MATIN", "VAR-MATIN"), ("Photo : Un Canadair", "Imprimer")])


# ---------------------------------------------------------------- 11
SPEC["11_portrait_chef"] = (
    [E("Le Télégramme", "ORG"), E("Télégramme", "ORG", "Le Télégramme"), E("Morlaix", "LOC"),
     E("Yannick Le Roux", "PER"), E("La Marée haute", "ORG"), E("Roscoff", "LOC"), E("Guide Michelin", "MISC"),
     E("Gwenaëlle Tanguy", "PER"), E("Ar Vro", "MISC"), E("Erwan Cloarec", "PER"), E("Paris", "LOC"),
     E("Finistérien", "MISC"), E("Maëlle Le Roux", "PER"), E("Quimper", "LOC"), E("Copenhague", "LOC"),
     E("Breton", "MISC"), E("Mikkel Jørgensen", "PER"), E("Finistère", "LOC"),
     E("quai d'Auxerre", "LOC", opt=True), E("Lionel Le Saux", "PER")],
    [
     Q(D, 'ce que la mer veut bien donner', 'Yannick Le Roux', None, nth=0, v='name'),
     Q(D, 'Je ne fais pas de carte. Je cuisine ce que la mer veut bien donner, et ce matin, elle a été généreuse', 'Yannick Le Roux', 'explique-t-il', v='pron'),
     Q(D, 'Il dit ça, mais il me fait refaire la pêche quand la taille ne lui plaît pas !', 'Erwan Cloarec', 'le taquine', v='name'),
     Q(D, 'Quand ils ont dit "La Marée haute, Roscoff", je n\'ai rien entendu d\'autre. Ma femme m\'a pincé le bras pour que je me lève', 'Yannick Le Roux', 'raconte le Finistérien', v='role'),
     Q(D, 'La Marée haute, Roscoff', 'Guide Michelin', None, v='inst'),
     Q(I, "rien ne changera « ni les prix, ni l'accueil »", 'Maëlle Le Roux', 'assure'),
     Q(D, "ni les prix, ni l'accueil", 'Maëlle Le Roux', 'assure', v='name'),
     Q(D, 'Les pêcheurs qui viennent déjeuner le vendredi continueront de venir. Sinon, on aura raté quelque chose', 'Maëlle Le Roux', 'sourit-elle', v='pron'),
     Q(D, "C'est là que j'ai appris à cuisiner. Sur un réchaud, avec de la houle, pour six gars qui avaient faim. Si c'était raté, on me le faisait savoir.", 'Yannick Le Roux', None, v='name'),
     Q(I, 'découvert « une autre façon de regarder les produits »', 'Yannick Le Roux', 'dit'),
     Q(D, 'une autre façon de regarder les produits', 'Yannick Le Roux', 'dit', v='role'),
     Q(D, 'obstiné et silencieux', 'Mikkel Jørgensen', 'se souvient', v='name'),
     Q(D, "Il parlait peu, mais il goûtait tout, tout le temps. Je savais qu'il ouvrirait un jour sa maison", 'Mikkel Jørgensen', 'a-t-il écrit', v='pron'),
     Q(D, "J'ai failli tout arrêter", 'Yannick Le Roux', None, nth=0, v='name'),
     Q(D, "J'ai failli tout arrêter en 2021. On vendait des plats à emporter sur le parking, et je me demandais ce que je faisais là", 'Yannick Le Roux', 'confie le cuisinier', v='role'),
     Q(I, "c'est le soutien des pêcheurs et des habitants de Roscoff qui l'a fait tenir", 'Yannick Le Roux', 'Selon'),
     Q(I, '« une fierté pour toute la ville »', 'maire de Roscoff', 'a salué', opt=True),
     Q(D, 'une fierté pour toute la ville', 'maire de Roscoff', 'a salué', v='func'),
     Q(I, "l'étoile attirera une clientèle « hors saison » sur la côte nord du Finistère", 'comité régional du tourisme', 'espère'),
     Q(D, 'hors saison', 'comité régional du tourisme', 'espère', v='inst'),
     Q(D, "Tant mieux. Maintenant, viens m'aider à réparer le moteur.", 'père de Yannick Le Roux', "Il m'a dit", v='func')],
    [("Le Télégramme – Morlaix", "Portrait"), ("Photo : Yannick", "Guide Michelin")])


# ---------------------------------------------------------------- 12
SPEC["12_fuite_donnees_hopital"] = (
    [E("Ouest-France", "ORG"), E("Pays de la Loire", "LOC"), E("CHU d'Angers", "ORG"), E("CHU", "ORG", "CHU d'Angers"),
     E("Angers", "LOC"), E("Anne-Sophie Guérin", "PER"), E("Cnil", "ORG", "Commission nationale de l'informatique et des libertés"),
     E("Black Heron", "ORG"), E("Valérie Dumas-Ricard", "PER"), E("Olivier Ménard", "PER"), E("Paris", "LOC"),
     E("Office anti-cybercriminalité", "ORG"), E("Commission nationale de l'informatique et des libertés", "ORG"),
     E("Lucas Fournier", "PER"), E("Marie-Claude Brevet", "PER"), E("Hugo Lemarchand", "PER"),
     E("Clémence Aubry", "PER"), E("Josselin Clair", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True),
     E("agence régionale de santé des Pays de la Loire", "ORG", opt=True)],
    [
     Q(I, "des données personnelles, dont des comptes rendus d'examens, ont été dérobées lors d'une intrusion informatique survenue fin novembre", "CHU d'Angers", 'confirme'),
     Q(I, 'les fichiers de 48 000 patients sont mis en vente pour 200 000 dollars en cryptomonnaie', 'Black Heron', 'Selon'),
     Q(D, "Nous avons été victimes d'une attaque sophistiquée, et je veux d'abord présenter nos excuses aux patients", 'Valérie Dumas-Ricard', 'a reconnu', v='name'),
     Q(I, "l'établissement n'avait « en aucun cas » l'intention de payer une rançon", 'Valérie Dumas-Ricard', 'a précisé'),
     Q(D, 'en aucun cas', 'Valérie Dumas-Ricard', 'a précisé', v='role'),
     Q(D, 'Payer, ce serait financer la prochaine attaque contre un autre hôpital', 'Valérie Dumas-Ricard', 'a-t-elle insisté', v='pron'),
     Q(I, "les pirates sont entrés par le compte d'un prestataire chargé de la maintenance du logiciel d'imagerie", None, "D'après"),
     Q(I, "ce compte n'était pas protégé par une double authentification", 'Olivier Ménard', 'reconnaît'),
     Q(D, "C'était une exception, héritée d'un ancien contrat. Elle n'aurait pas dû exister. Nous l'avons fermée dans l'heure", 'Olivier Ménard', "admet l'ingénieur", v='role'),
     Q(I, "reçu une notification de l'hôpital", "Commission nationale de l'informatique et des libertés", 'a confirmé'),
     Q(D, 'Nous examinerons si les mesures de sécurité étaient adaptées à la sensibilité des données', "Commission nationale de l'informatique et des libertés", 'a indiqué', v='inst'),
     Q(D, 'Mon dossier psychiatrique est dans la nature', 'Lucas Fournier', None, nth=0, v='name'),
     Q(D, "Mon dossier psychiatrique est dans la nature. Mon employeur pourrait le lire, n'importe qui pourrait le lire", 'Lucas Fournier', 'souffle-t-il', v='role'),
     Q(I, 'envisager de rejoindre une action collective', 'Lucas Fournier', 'dit'),
     Q(D, "On nous demande de tout mettre en ligne, et après on s'étonne que ça fuie. Moi, je n'ai plus rien à cacher, mais je pense aux plus jeunes", 'Marie-Claude Brevet', 'confie la sexagénaire', v='role'),
     Q(D, "Ce qui me choque, c'est d'avoir appris ça par un courriel, trois semaines après.", 'Marie-Claude Brevet', None, v='role'),
     Q(I, 'il a déjà été contacté par une soixantaine de patients', 'Hugo Lemarchand', 'annonce'),
     Q(D, "Le CHU avait une obligation de sécurité. Une exception sur un compte sensible, c'est une faute, pas une fatalité, estime-t-il. Nous demanderons réparation pour chacun.", 'Hugo Lemarchand', 'estime-t-il', v='pron'),
     Q(I, 'les hôpitaux restent « des cibles idéales »', 'Clémence Aubry', 'Pour'),
     Q(D, 'des cibles idéales', 'Clémence Aubry', 'Pour', v='name'),
     Q(D, "Ils manquent de moyens, ils ont des dizaines de prestataires, et leurs données valent de l'or. Ils cumulent tout ce qu'un pirate recherche", 'Clémence Aubry', 'analyse-t-elle', v='pron'),
     Q(I, "un plan national de sécurisation des systèmes d'information hospitaliers", 'Clémence Aubry', 'plaide', opt=True),
     Q(I, "une cellule d'écoute était ouverte aux patients inquiets au 02 41 00 00 00", 'agence régionale de santé des Pays de la Loire', 'a indiqué')],
    [("Ouest-France | Pays", "| Santé"), ("Lire aussi", "Données personnelles")])


if __name__ == "__main__":
    main(SPEC, HERE)
