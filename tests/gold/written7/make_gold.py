#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout8 (BLIND) with exact offsets.

    python3 tests/gold/heldout8/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout8/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout8/make_gold.py --show   # print every annotation in context

The annotations of the articles (NAME.txt, written for this blind set) are
given below as strings, per ../shared/docs/ANNOTATION.md and the conventions
of README.md (which follows tests/gold/written*/README.md and heldout7).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), role (role noun or description standing
for a named person), func (a person known only by function), inst
(institution, company, union, body, medium or group); None when the speaker
is null.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_assemblee_assurance_chomage"] = (
    [E("Assemblée nationale", "ORG"), E("Les Républicains", "ORG"),
     E("Républicains", "ORG", "Les Républicains"), E("Rassemblement national", "ORG"),
     E("Hélène Barthélemy", "PER"), E("Palais-Bourbon", "LOC", opt=True),
     E("Maxence Rivoire", "PER"), E("La France insoumise", "ORG"), E("Seine-Saint-Denis", "LOC"),
     E("Travail", "ORG", opt=True), E("France Inter", "ORG"), E("Bérengère Lavaud", "PER"),
     E("Haute-Savoie", "LOC"), E("Suisse", "LOC"), E("Paris", "LOC"), E("Armand Quiniou", "PER"),
     E("Morbihan", "LOC"), E("AFP", "ORG"), E("Ludovic Sarrazin", "PER"),
     E("RN", "ORG", "Rassemblement national"), E("Pas-de-Calais", "LOC"), E("CNews", "ORG"),
     E("Nord", "LOC"), E("CFDT", "ORG"), E("CGT", "ORG"), E("Nadège Fournel", "PER"),
     E("Bourse du travail", "LOC", opt=True), E("Renaissance", "ORG"), E("Le Monde", "ORG"),
     E("Capucine Ferrat", "PER"), E("Unédic", "ORG"), E("Matignon", "ORG"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True),
     E("LFI", "ORG", "La France insoumise")],
    [
     Q(D, "Ce texte ne passera pas en l'état", "Maxence Rivoire", "prévient", opt=True, nth=0),
     Q(D, "Ce texte ne passera pas en l'état. Nous déposerons plus de deux mille amendements s'il le faut", "Maxence Rivoire", "a lancé", v="name"),
     Q(I, "son groupe déposerait une motion de rejet préalable dès l'ouverture des débats", "Maxence Rivoire", "a ajouté"),
     Q(I, "une réforme « juste et nécessaire »", "ministre du Travail", "a défendu", opt=True),
     Q(D, "juste et nécessaire", "ministre du Travail", "a défendu", v="func"),
     Q(I, "la durée d'indemnisation sera réduite de trois mois pour les moins de cinquante-cinq ans « seulement lorsque le marché du travail est favorable »", "ministre du Travail", "Selon"),
     Q(D, "seulement lorsque le marché du travail est favorable", "ministre du Travail", "Selon", v="pron"),
     Q(D, "Nous ne touchons pas aux droits des seniors, je le dis clairement", "ministre du Travail", "a-t-elle insisté", v="pron"),
     Q(I, "elle voterait la réforme « si le gouvernement accepte notre amendement sur les travailleurs frontaliers »", "Bérengère Lavaud", "a expliqué"),
     Q(D, "si le gouvernement accepte notre amendement sur les travailleurs frontaliers", "Bérengère Lavaud", "a expliqué", v="name"),
     Q(I, "en Haute-Savoie, plus de cent mille habitants travaillent en Suisse, et que « personne à Paris ne semble s'en souvenir »", "Bérengère Lavaud", "a rappelé"),
     Q(D, "personne à Paris ne semble s'en souvenir", "Bérengère Lavaud", "a rappelé", v="pron"),
     Q(D, "Je ne signe pas de chèque en blanc", "Armand Quiniou", "a-t-il déclaré", v="pron"),
     Q(I, "la décision sera prise lundi en réunion", None, "D'après"),
     Q(D, "On ne va pas sauver un gouvernement qui méprise les ouvriers", "Ludovic Sarrazin", "a toutefois tranché", v="name"),
     Q(I, "la réforme « frappe d'abord les intérimaires du Nord »", "Ludovic Sarrazin", "estime"),
     Q(D, "frappe d'abord les intérimaires du Nord", "Ludovic Sarrazin", "estime", v="role"),
     Q(I, "la réforme est « un contresens économique »", "CFDT", "Pour"),
     Q(D, "un contresens économique", "CFDT", "Pour", v="inst"),
     Q(I, "une journée de grève interprofessionnelle", "CGT", "a annoncé", opt=True),
     Q(D, "Quand on baisse les droits des chômeurs, on baisse aussi les salaires de ceux qui travaillent", "Nadège Fournel", "a résumé", v="name"),
     Q(I, "un « moratoire »", "députés Renaissance", "pour demander", opt=True),
     Q(D, "moratoire", "députés Renaissance", "pour demander", opt=True),
     Q(I, "elle s'abstiendrait", "Capucine Ferrat", "a confirmé"),
     Q(D, "Nous avons été élus pour protéger, pas pour fragiliser", "Capucine Ferrat", "a-t-elle justifié", v="pron"),
     Q(I, "la réforme permettrait d'économiser 2,1 milliards d'euros par an", "Unédic", "Selon"),
     Q(I, "le recours au 49.3", "Matignon", "n'exclut plus", opt=True),
     Q(D, "Toutes les options sont sur la table", None, "a confié")],
    [("Lire aussi", "quatrième trimestre"), ("Partager :", "assurance chômage, LFI, RN, CGT")])


# ---------------------------------------------------------------- 02
SPEC["02_assises_lyon"] = (
    [E("Le Progrès", "ORG"), E("Vénissieux", "LOC"), E("Karim Oudjani", "PER"),
     E("Solène Marchand", "PER"), E("Rhône", "LOC"), E("Lyon Actu", "MISC", opt=True), E("Lyon", "LOC"),
     E("Florent Bachelard", "PER"), E("Véronique Sabatier-Roux", "PER"), E("Bron", "LOC"),
     E("Ariane Delorme", "PER"), E("Laetitia Bachelard", "PER"), E("Saint-Étienne", "LOC"),
     E("Thibault Granger", "PER"), E("Marc-Antoine Viel", "PER")],
    [
     Q(I, "« un crime de jalousie froid et préparé »", "Véronique Sabatier-Roux", "a dénoncé", opt=True),
     Q(D, "un crime de jalousie froid et préparé", "Véronique Sabatier-Roux", "a dénoncé", v="role"),
     Q(I, "l'accident", "défense", "plaide", opt=True),
     Q(I, "vingt-deux ans de réclusion criminelle", "Véronique Sabatier-Roux", "a requis", opt=True),
     Q(D, "Ce n'est pas une bagarre qui a mal tourné. C'est un crime de jalousie, froid et préparé", "Véronique Sabatier-Roux", "a-t-elle martelé", v="pron"),
     Q(I, "l'accusé avait acheté le couteau deux jours avant les faits, dans un magasin de Bron", "Véronique Sabatier-Roux", "a rappelé"),
     Q(D, "Qui achète un couteau de chasse pour ouvrir des cartons ?", "Véronique Sabatier-Roux", "a-t-elle interrogé", v="pron"),
     Q(I, "Florent Bachelard l'aurait menacé le premier avec une clé à molette", "Karim Oudjani", "selon"),
     Q(D, "Je n'ai jamais voulu sa mort. Je pense à lui chaque jour", "Karim Oudjani", "a-t-il dit", v="pron"),
     Q(I, "la légitime défense", "Ariane Delorme", "a plaidé", opt=True, nth=0),
     Q(D, "On vous demande de juger un homme sur un ticket de caisse", "Ariane Delorme", "a-t-elle lancé", v="pron"),
     Q(I, "l'enquête de la police judiciaire n'avait retrouvé « aucune empreinte exploitable » sur la clé à molette, pourtant saisie sur les lieux", "Ariane Delorme", "a souligné"),
     Q(D, "aucune empreinte exploitable", "Ariane Delorme", "a souligné", v="pron"),
     Q(I, "son client n'avait aucun antécédent judiciaire", "Ariane Delorme", "a également rappelé"),
     Q(D, "Mon frère l'avait aidé quand personne ne voulait de lui. Il lui a tout donné", "Laetitia Bachelard", "a-t-elle confié", v="pron"),
     Q(I, "la défense « salit la mémoire » de Florent Bachelard", "Thibault Granger", "a estimé"),
     Q(D, "salit la mémoire", "Thibault Granger", "a estimé", v="name"),
     Q(D, "la thèse de la légitime défense ne tient pas une minute", "Thibault Granger", "Pour", v="role"),
     Q(I, "un accusé « rigide, rancunier, mais pleinement responsable de ses actes »", "Marc-Antoine Viel", "avait décrit", opt=True),
     Q(D, "rigide, rancunier, mais pleinement responsable de ses actes", "Marc-Antoine Viel", "avait décrit", v="name"),
     Q(I, "Karim Oudjani ne souffre d'aucune pathologie altérant son discernement", "Marc-Antoine Viel", "D'après"),
     Q(I, "le verdict serait rendu vendredi en fin de journée", "président de la cour", "a indiqué")],
    [("Le Progrès — Faits divers", "Justice"), ("Lire aussi", "en garde à vue"), ("© Le Progrès", "Lyon Actu.")])

# ---------------------------------------------------------------- 03
SPEC["03_usine_fermeture"] = (
    [E("Valmétal", "ORG"), E("Maubeuge Val de Sambre", "ORG", opt=True), E("Maubeuge", "LOC"),
     E("Romain Delattre", "PER"), E("Stellantis", "ORG"), E("Renault", "ORG"),
     E("La Voix du Nord", "ORG"), E("Nord", "LOC"), E("Maroc", "LOC"), E("Roumanie", "LOC"),
     E("Olivier Mercadier", "PER"), E("Douai", "LOC"), E("Sylvain Dubreucq", "PER"), E("CGT", "ORG"),
     E("France Relance", "MISC"), E("Force ouvrière", "ORG"), E("Mélanie Caudron", "PER"),
     E("Région Hauts-de-France", "ORG", opt=True), E("ministère de l'Industrie", "ORG", opt=True),
     E("Frédéric Lenglet", "PER"), E("université de Lille", "ORG", opt=True),
     E("Bourse de Paris", "ORG"), E("CAC 40", "MISC", opt=True), E("Moody's", "ORG")],
    [
     Q(D, "On nous a menti pendant deux ans", "Sylvain Dubreucq", None, nth=0, v="head"),
     Q(I, "l'arrêt de son site de Maubeuge d'ici à la fin de l'année", "Valmétal", "a confirmé", opt=True),
     Q(I, "un « gâchis industriel »", "syndicats", "dénoncent", opt=True),
     Q(D, "gâchis industriel", "syndicats", "dénoncent", v="inst"),
     Q(I, "l'effondrement des commandes de moteurs thermiques et la concurrence de sites au Maroc et en Roumanie", "direction", "invoque", opt=True),
     Q(D, "Nous avons tout tenté, y compris une reprise par un industriel allemand, mais aucune offre crédible n'a été déposée", "Olivier Mercadier", "a déclaré", v="name"),
     Q(I, "« chaque salarié se verra proposer une solution », notamment des reclassements dans l'usine du groupe à Douai", "Olivier Mercadier", "a assuré"),
     Q(D, "chaque salarié se verra proposer une solution", "Olivier Mercadier", "a assuré", v="role"),
     Q(D, "On nous a menti pendant deux ans. En 2024, ils nous juraient que Maubeuge était le site d'avenir", "Sylvain Dubreucq", "s'emporte", v="name"),
     Q(I, "l'entreprise a touché 4,8 millions d'euros d'aides publiques, dont une partie au titre du plan France Relance", "Sylvain Dubreucq", "rappelle"),
     Q(D, "Cet argent, on veut savoir où il est passé", "Sylvain Dubreucq", "insiste-t-il", v="pron"),
     Q(I, "les salariés n'accepteront « aucune prime au rabais »", "Mélanie Caudron", "affirme"),
     Q(D, "aucune prime au rabais", "Mélanie Caudron", "affirme", v="name"),
     Q(D, "Si la direction croit qu'on va partir avec trois mois de salaire, elle se trompe lourdement.", "Mélanie Caudron", "prévient", v="pron"),
     Q(I, "une cellule de suivi sera réunie dès la semaine prochaine avec les services de l'État, la Région Hauts-de-France et la communauté d'agglomération Maubeuge Val de Sambre", "préfecture du Nord", "Selon"),
     Q(D, "toutes les pistes de reprise seront étudiées", "préfecture du Nord", "a précisé", v="inst"),
     Q(I, "sa « stupeur » et demandé un rendez-vous au ministère de l'Industrie", "maire de Maubeuge", "a exprimé", opt=True),
     Q(D, "stupeur", "maire de Maubeuge", "a exprimé", v="func"),
     Q(I, "la fermeture « menace tout un bassin d'emploi déjà fragilisé »", "maire de Maubeuge", "D'après"),
     Q(D, "menace tout un bassin d'emploi déjà fragilisé", "maire de Maubeuge", "D'après", v="pron"),
     Q(I, "le cas de Valmétal illustre « la fragilité des équipementiers de rang 2, pris en étau entre les constructeurs et la transition vers l'électrique »", "Frédéric Lenglet", "Pour"),
     Q(D, "la fragilité des équipementiers de rang 2, pris en étau entre les constructeurs et la transition vers l'électrique", "Frédéric Lenglet", "Pour", v="name"),
     Q(I, "un rassemblement samedi à 10 heures devant l'usine", "intersyndicale", "appelle à", opt=True),
     Q(D, "On sera là, avec les familles", None, "a promis")],
    [("Lire aussi", "l'électrique"), ("Photo : Les salariés", "La Voix du Nord")])

# ---------------------------------------------------------------- 04
SPEC["04_pont_pornic"] = (
    [E("Ouest-France", "ORG"), E("Loire-Atlantique", "LOC"), E("Pornic Autrement", "ORG", opt=True),
     E("Pornic", "LOC"), E("pont de la Ria", "LOC", opt=True), E("Vieux-Port", "LOC"),
     E("Anaïs Le Goff", "PER"), E("Gwenaëlle Tanguy", "PER"), E("Gwenaëlle", "PER", "Gwenaëlle Tanguy"),
     E("quai Leray", "LOC", opt=True), E("Nantes", "LOC"),
     E("chambre de commerce et d'industrie Nantes St-Nazaire", "ORG", opt=True),
     E("Cerema", "ORG"), E("Corentin Mahé", "PER"), E("Val Saint-Martin", "LOC", opt=True),
     E("Pâques", "MISC", opt=True), E("Nathalie Bourcier", "PER"), E("Yann Guérin", "PER"),
     E("Marie-Morgane", "MISC"), E("La Turballe", "LOC"), E("Pays de la Loire", "LOC")],
    [
     Q(D, "au bord de l'asphyxie", "commerçants", None, opt=True),
     Q(I, "des indemnisations", "commerçants", "demandent", opt=True),
     Q(D, "Les touristes arrivent par la route de Nantes, tombent sur les barrières et font demi-tour. Ils ne savent même pas qu'on est ouverts", "Gwenaëlle Tanguy", "soupire-t-elle", v="pron"),
     Q(D, "La sécurité des usagers ne se discute pas", "maire de Pornic", "a justifié", v="func"),
     Q(I, "les travaux, estimés à 1,9 million d'euros, débuteraient en juin", "maire de Pornic", "a annoncé"),
     Q(I, "à la majorité d'avoir « ignoré trois rapports d'alerte depuis 2019 »", "Corentin Mahé", "reproche"),
     Q(D, "ignoré trois rapports d'alerte depuis 2019", "Corentin Mahé", "reproche", v="name"),
     Q(I, "la publication de ces documents", "Corentin Mahé", "a demandé", opt=True),
     Q(D, "Les habitants ont le droit de savoir", "Corentin Mahé", "a-t-il ajouté", v="pron"),
     Q(I, "une participation financière", "département de Loire-Atlantique", "a promis", opt=True),
     Q(I, "une navette gratuite entre le parking du Val Saint-Martin et le port sera mise en place dès le week-end de Pâques", "conseil départemental", "Selon"),
     Q(I, "un fonds d'indemnisation et un report des charges", "Nathalie Bourcier", "réclame", opt=True),
     Q(D, "Gwenaëlle perd de l'argent, moi aussi. Mais certains collègues ne passeront pas l'été", "Nathalie Bourcier", "alerte-t-elle", v="pron"),
     Q(D, "Si ça dure jusqu'en octobre, je ferme.", None, None),
     Q(I, "une cellule d'accompagnement recevrait les professionnels touchés à partir du 28 avril", "chambre de commerce et d'industrie Nantes St-Nazaire", "a indiqué"),
     Q(I, "les réservations pour le mois de mai sont en recul de 15 % par rapport à 2025", "office de tourisme", "D'après"),
     Q(D, "Nous, on arrive par la mer, le pont ne nous gêne pas", "Yann Guérin", "sourit", v="name"),
     Q(I, "davantage pour la criée de La Turballe, où plusieurs bateaux du secteur vendent leur poisson", "Yann Guérin", "s'inquiète", opt=True)],
    [("Ouest-France | Loire", "| Pornic"), ("Lire aussi", "commentaires")])

# ---------------------------------------------------------------- 05
SPEC["05_angouleme_fauve"] = (
    [E("Festival d'Angoulême 2026", "MISC"), E("Angoulême", "LOC"), E("Léonie Caradec", "PER"),
     E("Léonie", "PER", "Léonie Caradec"), E("Fauve d'or", "MISC", opt=True),
     E("Les Nuits de Tiznit", "MISC"), E("Nuits de Tiznit", "MISC", "Les Nuits de Tiznit"),
     E("Finistère", "LOC"), E("Maroc", "LOC"), E("Julien Achard", "PER"),
     E("Festival international de la bande dessinée", "MISC"), E("Dargaud", "ORG"),
     E("Haruto Mizuno", "PER"), E("Douarnenez", "LOC"), E("Thomas Vanderbeke", "PER"),
     E("Japonais", "MISC"), E("Kaiju no Niwa", "MISC"), E("France Culture", "ORG"),
     E("Capucine Morel", "PER"), E("Japon", "LOC"), E("États-Unis", "LOC"), E("Astérix", "MISC"),
     E("X", "ORG"), E("Brest-Dakar", "MISC"), E("Pierre-Yves Le Bras", "PER"), E("Casterman", "ORG"),
     E("Netflix", "ORG"), E("Arte", "ORG"), E("Le Film français", "ORG"),
     E("Newsletter Culture", "MISC", opt=True)],
    [
     Q(D, "Les Nuits de Tiznit", None, None, opt=True, nth=0),
     Q(D, "Je n'y croyais pas", "Léonie Caradec", "a-t-elle réagi", nth=0, v="pron"),
     Q(D, "Les Nuits de Tiznit", None, None, opt=True, nth=1),
     Q(D, "Je n'y croyais pas. Je pensais que Haruto Mizuno allait l'emporter, et franchement il le méritait", "Léonie Caradec", "a lancé", v="role"),
     Q(D, "qui ne savait ni lire ni écrire", "Léonie Caradec", None, v="role"),
     Q(I, "“une œuvre d'une maturité rare”", "Thomas Vanderbeke", "a salué", opt=True),
     Q(D, "une œuvre d'une maturité rare", "Thomas Vanderbeke", "a salué", v="name"),
     Q(I, "le choix s'était fait “à l'unanimité, après seulement deux heures de débat”", "Thomas Vanderbeke", "a expliqué"),
     Q(D, "à l'unanimité, après seulement deux heures de débat", "Thomas Vanderbeke", "a expliqué", v="pron"),
     Q(D, "On sent chez elle une patience d'artisan. Chaque case respire", "Thomas Vanderbeke", "a-t-il ajouté", v="pron"),
     Q(D, "Kaiju no Niwa", None, None, opt=True),
     Q(I, "n'éprouver “aucune amertume”", "Haruto Mizuno", "a dit"),
     Q(D, "aucune amertume", "Haruto Mizuno", "a dit", v="role"),
     Q(I, "le palmarès montre que “la frontière entre manga et bande dessinée européenne n'a plus beaucoup de sens”", "Haruto Mizuno", "Selon"),
     Q(D, "la frontière entre manga et bande dessinée européenne n'a plus beaucoup de sens", "Haruto Mizuno", "Selon", v="pron"),
     Q(I, "déjà un retirage de 80 000 exemplaires", "Dargaud", "on annonce", opt=True),
     Q(I, "les droits de l'album ont été vendus dans onze pays, dont le Japon et les États-Unis", "Capucine Morel", "confie"),
     Q(D, "Léonie a mis six ans à faire ce livre. Elle a refusé toutes nos propositions de raccourcir", "Capucine Morel", "sourit", v="role"),
     Q(I, "plus de 200 000 visiteurs sur quatre jours", "festival", "revendique", opt=True),
     Q(I, "la fréquentation est en hausse de 8 % sur un an, portée par l'exposition consacrée à Astérix et par la venue de plusieurs autrices sud-coréennes", "organisateurs", "D'après"),
     Q(I, "l'absence de “Brest-Dakar”, le western maritime de Pierre-Yves Le Bras publié chez Casterman, qui figurait dans toutes les sélections de l'année", None, "ont regretté", opt=True),
     Q(D, "Brest-Dakar", None, None, opt=True),
     Q(D, "Un oubli incompréhensible", None, "a écrit"),
     Q(I, "Une adaptation des “Nuits de Tiznit” est déjà en discussion", "Capucine Morel", "a confirmé"),
     Q(D, "Nuits de Tiznit", None, None, opt=True, nth=2),
     Q(I, "Netflix et Arte seraient sur les rangs", "Le Film français", "selon")],
    [("À lire aussi", "sélection.")])

# ---------------------------------------------------------------- 06
SPEC["06_lens_rennes"] = (
    [E("RC Lens", "ORG"), E("Lens", "ORG", "RC Lens", opt=True, only=[0]), E("Lens", "LOC", only=[1]),
     E("LENS", "ORG", "RC Lens", opt=True), E("Rennes", "ORG", "Stade rennais", opt=True),
     E("Sang et Or", "ORG", opt=True), E("stade Bollaert-Delelis", "LOC", opt=True), E("Bollaert", "LOC"),
     E("Mamadou Sissoko", "PER"), E("Sissoko", "PER", "Mamadou Sissoko"), E("Clément Vasseur", "PER"),
     E("Stade rennais", "ORG"), E("Ligue 1", "MISC", opt=True), E("Lensois", "MISC"), E("OGC Nice", "ORG"),
     E("Danois", "MISC"), E("Rasmus Holmgaard", "PER"), E("Holmgaard", "PER", "Rasmus Holmgaard"),
     E("Bretons", "MISC"), E("Yanis Bellamine", "PER"), E("Bellamine", "PER", "Yanis Bellamine"),
     E("Sénégalais", "MISC"), E("Théo Lemaire", "PER"), E("Lemaire", "PER", "Théo Lemaire"),
     E("Canal+", "ORG"), E("FC Metz", "ORG"), E("L'Équipe", "ORG"), E("tribune Marek", "LOC", opt=True),
     E("Ligue de football professionnel", "ORG"), E("Marseille", "LOC", opt=True),
     E("Paris Saint-Germain", "ORG"), E("Brunet-Lacroix", "PER"), E("Kowalczyk", "PER"),
     E("Ndiaye-Faure", "PER"), E("Delplace", "PER"), E("Ferreira Lopes", "PER"), E("Tchakounté", "PER"),
     E("Vermeulen", "PER"), E("Benarfa", "PER"), E("Audouin", "PER")],
    [
     Q(D, "On n'a jamais lâché", "Mamadou Sissoko", "savoure", nth=0, v="role"),
     Q(D, "On a pris une gifle en première période. Il fallait réagir, sinon on rentrait à la maison avec zéro point", "entraîneur lensois", "a reconnu", v="func"),
     Q(D, 'On n\'a jamais lâché. À la mi-temps, le coach nous a dit : "Vous jouez chez vous, montrez-le." On l\'a fait', "Mamadou Sissoko", "a raconté", v="name"),
     Q(D, "Vous jouez chez vous, montrez-le.", "entraîneur lensois", "a dit", v="func"),
     Q(D, "On a fait quarante-cinq minutes parfaites, puis on a arrêté de jouer. C'est inexplicable", "Rasmus Holmgaard", "a regretté", v="name"),
     Q(I, 'le penalty accordé à Sissoko était "très généreux"', "Yanis Bellamine", "selon"),
     Q(D, "très généreux", "Yanis Bellamine", "selon", v="pron"),
     Q(I, 'son équipe avait "manqué de caractère"', "Yanis Bellamine", "a toutefois reconnu"),
     Q(D, "manqué de caractère", "Yanis Bellamine", "a toutefois reconnu", v="pron"),
     Q(I, "il aurait eu une vive explication avec plusieurs joueurs dans le vestiaire", "L'Équipe", "D'après"),
     Q(D, "le groupe se remettra au travail dès lundi", "Stade rennais", "a simplement indiqué", v="inst"),
     Q(I, "La Ligue de football professionnel a ouvert une procédure disciplinaire", "Ligue de football professionnel", "a confirmé")],
    [])

# ---------------------------------------------------------------- 07
SPEC["07_canicule_marine"] = (
    [E("préfecture maritime de la Méditerranée", "ORG", opt=True), E("Méditerranée", "LOC"),
     E("Nature Climate Change", "ORG"), E("université de Corse Pasquale-Paoli", "ORG", opt=True),
     E("Corse-du-Sud", "LOC"), E("Corse", "LOC"), E("Margaux Delcourt", "PER"),
     E("golfe du Lion", "LOC"), E("Sardaigne", "LOC"), E("Ifremer", "ORG"), E("CNRS", "ORG"),
     E("Sentinel-3", "MISC"), E("Copernicus", "MISC"), E("Marseille", "LOC"), E("Ajaccio", "LOC"),
     E("Isabelle Moracchini", "PER"), E("Paul Andreani", "PER"), E("Élodie Ferracci", "PER"),
     E("Observatoire océanologique de Banyuls-sur-Mer", "ORG"), E("Alpes-Maritimes", "LOC"),
     E("Var", "LOC"), E("WWF", "ORG"), E("Espagne", "LOC"), E("Baléares", "LOC"), E("Italie", "LOC"),
     E("Institut national de géophysique et de volcanologie", "ORG"),
     E("INGV", "ORG", "Institut national de géophysique et de volcanologie"),
     E("mer Tyrrhénienne", "LOC"), E("Vienne", "LOC"), E("Union européenne des géosciences", "ORG")],
    [
     Q(D, "Les herbiers de posidonie n'ont jamais été aussi menacés", "Paul Andreani", None, nth=0, v="head"),
     Q(I, "la température de surface a dépassé 30 °C pendant vingt-trois jours l'été dernier au large de la Corse", None, "montre", opt=True),
     Q(I, "Entre le 12 juillet et le 3 août 2025, les eaux de surface ont dépassé 30 °C sur une zone allant du golfe du Lion aux côtes de la Sardaigne", "étude coordonnée par l'Ifremer et le CNRS", "selon"),
     Q(D, "Nous avons mesuré des anomalies de 5 à 6 °C par rapport à la moyenne 1991-2020. C'est du jamais-vu", "Isabelle Moracchini", "explique", v="name"),
     Q(I, "ces vagues de chaleur marines seront « trois à quatre fois plus fréquentes d'ici à 2050 » si les émissions de gaz à effet de serre ne diminuent pas", "Isabelle Moracchini", "Selon"),
     Q(D, "trois à quatre fois plus fréquentes d'ici à 2050", "Isabelle Moracchini", "Selon", v="role"),
     Q(D, "Les herbiers de posidonie n'ont jamais été aussi menacés. Dans certaines baies de Corse-du-Sud, nous avons observé jusqu'à 40 % de feuilles nécrosées", "Paul Andreani", "détaille", v="name"),
     Q(I, "certaines nacres, un grand coquillage protégé, ont disparu de plusieurs sites suivis depuis quinze ans", "Paul Andreani", "affirme"),
     Q(D, "Tout n'est pas perdu. Les herbiers profonds, au-delà de vingt-cinq mètres, ont plutôt bien résisté.", "Élodie Ferracci", "nuance", v="name"),
     Q(I, "une limitation stricte du mouillage des bateaux de plaisance, qui arrachent les herbiers avec leurs ancres", "Élodie Ferracci", "plaide pour", opt=True),
     Q(I, "la préfecture maritime de la Méditerranée devrait « étendre dès cet été les zones d'interdiction »", "Élodie Ferracci", "D'après"),
     Q(D, "étendre dès cet été les zones d'interdiction", "Élodie Ferracci", "D'après", v="pron"),
     Q(I, "de nouveaux arrêtés étaient « en préparation » pour les Alpes-Maritimes et le Var", "préfecture maritime de la Méditerranée", "a indiqué"),
     Q(D, "en préparation", "préfecture maritime de la Méditerranée", "a indiqué", v="inst"),
     Q(I, "le gouvernement à créer « de véritables aires marines protégées, pas des parcs de papier »", "WWF", "appelle"),
     Q(D, "de véritables aires marines protégées, pas des parcs de papier", "WWF", "appelle", v="inst"),
     Q(I, "des mortalités massives d'oursins", "pêcheurs des Baléares", "ont signalé", opt=True),
     Q(D, "Ce qui se passe en Méditerranée annonce ce qui attend les autres mers", "Isabelle Moracchini", "prévient", v="name")],
    [("Mots-clés", "océans")])

# ---------------------------------------------------------------- 08
CEDEAO = "Communauté économique des États de l'Afrique de l'Ouest"
HCR = "Haut-Commissariat des Nations unies pour les réfugiés"
SPEC["08_sahel_cedeao"] = (
    [E(CEDEAO, "ORG"), E("Afrique de l'Ouest", "LOC"), E("Afrique", "LOC", opt=True),
     E("Commission de la Cédéao", "ORG", opt=True), E("Cédéao", "ORG", CEDEAO),
     E("Alliance des États du Sahel", "ORG"), E("AES", "ORG", "Alliance des États du Sahel"),
     E("Lomé", "LOC"), E("LOMÉ", "LOC", "Lomé"), E("AFP", "ORG"), E("Mali", "LOC"),
     E("Burkina Faso", "LOC"), E("Niger", "LOC"), E("Affaires étrangères", "ORG", opt=True),
     E("France 24", "ORG"), E("Souleymane Traoré-Kéita", "PER"), E("Bamako", "LOC"),
     E("Ouagadougou", "LOC"), E("Niamey", "LOC"), E(HCR, "ORG"), E("HCR", "ORG", HCR),
     E("Sahel", "LOC"), E("Médecins sans frontières", "ORG"), E("MSF", "ORG", "Médecins sans frontières"),
     E("Tillabéri", "LOC"), E("RFI", "ORG"), E("Aïssata Ouédraogo-Sanou", "PER"), E("Kantchari", "LOC"),
     E("Boubacar Zerbo", "PER"), E("Banque mondiale", "ORG"), E("Paris", "LOC"),
     E("Quai d'Orsay", "ORG"), E("France", "LOC"), E("Union européenne", "ORG"), E("Accra", "LOC"),
     E("Agence France-Presse", "ORG")],
    [
     Q(I, "d'un « calendrier de travail » pour éviter la rupture des échanges commerciaux", "représentants des deux blocs régionaux", "ont convenu", opt=True),
     Q(D, "calendrier de travail", "représentants des deux blocs régionaux", "ont convenu", opt=True),
     Q(D, "Nous ne sommes pas ici pour nous juger, mais pour protéger nos peuples", "ministre togolais des Affaires étrangères", "a déclaré", v="func"),
     Q(I, "les discussions porteraient d'abord sur la libre circulation des personnes et sur les droits de douane", "ministre togolais des Affaires étrangères", "a précisé"),
     Q(I, "un accord « sur les principes » était possible avant la fin de l'année", "président de la Commission de la Cédéao", "a estimé"),
     Q(D, "sur les principes", "président de la Commission de la Cédéao", "a estimé", v="func"),
     Q(I, "Bamako, Ouagadougou et Niamey n'entendaient « revenir sur aucune de leurs décisions souveraines »", "Souleymane Traoré-Kéita", "a rappelé"),
     Q(D, "revenir sur aucune de leurs décisions souveraines", "Souleymane Traoré-Kéita", "a rappelé", v="name"),
     Q(D, "La porte est ouverte, mais elle ne s'ouvre que dans un sens, celui du respect", "Souleymane Traoré-Kéita", "a-t-il insisté", v="pron"),
     Q(I, "plus de 3,2 millions de personnes sont déplacées dans le Sahel central, dont 2 millions au Burkina Faso", HCR, "Selon"),
     Q(I, "des « entraves croissantes » à l'acheminement de l'aide dans la région de Tillabéri, au Niger", "Médecins sans frontières", "dénonce", opt=True),
     Q(D, "entraves croissantes", "Médecins sans frontières", "dénonce", v="inst"),
     Q(D, "Nos équipes attendent parfois trois semaines une autorisation pour un convoi de médicaments", "Aïssata Ouédraogo-Sanou", "a expliqué", v="name"),
     Q(I, "deux centres de santé avaient dû fermer depuis janvier", "Aïssata Ouédraogo-Sanou", "a ajouté"),
     Q(D, "Avant, on passait en une matinée. Maintenant, on dort sous le camion", "Boubacar Zerbo", "raconte", v="name"),
     Q(I, "les échanges entre les pays de l'AES et leurs voisins côtiers ont chuté de 28 % depuis 2024", "Banque mondiale", "D'après"),
     Q(I, "Du côté de Paris, on suit les discussions « avec attention »", "Quai d'Orsay", "selon"),
     Q(D, "avec attention", "Quai d'Orsay", "selon", v="inst"),
     Q(I, "la France « n'a pas vocation à s'immiscer »", "Quai d'Orsay", "rappelle"),
     Q(D, "n'a pas vocation à s'immiscer", "Quai d'Orsay", "rappelle", v="inst"),
     Q(I, "le déblocage de 150 millions d'euros d'aide humanitaire", "Union européenne", "a annoncé", opt=True),
     Q(I, "Une nouvelle réunion est prévue en juin à Accra", CEDEAO, "a indiqué")],
    [("ama/pb/rb", "Agence France-Presse")])

# ---------------------------------------------------------------- 09
BMPM = "Bataillon de marins-pompiers de Marseille"
PROC = "procureure de la République de Marseille"
SPEC["09_incendie_marseille"] = (
    [E(BMPM, "ORG"), E("BMPM", "ORG", BMPM), E("Ville de Marseille", "ORG", opt=True),
     E("Marseille", "LOC"), E("Yasmine Belkacem", "PER"), E("Hugo Ferrand", "PER"),
     E("rue Félix-Pyat", "LOC", opt=True), E("Saint-Mauront", "LOC"),
     E("hôpital de la Timone", "ORG", opt=True), E("Leïla Amrani", "PER"), E("Samir", "PER"),
     E("Régis Lanfranchi", "PER"), E("collectif du 5 novembre", "ORG", opt=True),
     E("rue d'Aubagne", "LOC", opt=True), E("Christelle Vannier", "PER"), E("Aix-en-Provence", "LOC")],
    [
     Q(D, "Les flammes sortaient par toutes les fenêtres", "Leïla Amrani", None, nth=0, v="head"),
     Q(I, "Onze autres occupants, dont trois enfants, ont été transportés à l'hôpital de la Timone", BMPM, "a indiqué"),
     Q(D, "Les flammes sortaient par toutes les fenêtres. Des gens criaient sur les balcons, un père tendait son bébé dans le vide.\n\n« On a attrapé des draps, des couvertures, tout ce qu'on pouvait. Je n'oublierai jamais ça.", "Leïla Amrani", "raconte", v="pron"),
     Q(D, "Je n'ai pas réfléchi. Tout le monde aurait fait pareil", "Samir", "assure-t-il", v="pron"),
     Q(I, "une intervention « extrêmement difficile »", "Régis Lanfranchi", "a décrit", opt=True),
     Q(D, "extrêmement difficile", "Régis Lanfranchi", "a décrit", v="name"),
     Q(I, "l'escalier en bois s'était effondré en partie, obligeant les secours à utiliser la grande échelle pour évacuer les étages supérieurs", "Régis Lanfranchi", "a expliqué"),
     Q(D, "Sans la réactivité des voisins, le bilan aurait été beaucoup plus lourd", "Régis Lanfranchi", "a-t-il souligné", v="pron"),
     Q(I, "l'ouverture d'une enquête pour « homicides involontaires »", PROC, "a annoncé", opt=True),
     Q(D, "homicides involontaires", PROC, "a annoncé", opt=True),
     Q(D, "Aucune piste n'est écartée à ce stade, y compris celle d'un acte volontaire.", PROC, "a déclaré", v="role"),
     Q(I, "un local à poubelles aurait pu servir de point de départ", None, "Selon"),
     Q(I, "L'immeuble faisait l'objet d'un arrêté de péril depuis 2023", "collectif du 5 novembre", "selon"),
     Q(D, "On alerte depuis des années. Combien de morts faudra-t-il encore ?", "Christelle Vannier", "s'indigne", v="name"),
     Q(I, "la Ville de Marseille et le propriétaire, une société civile immobilière basée à Aix-en-Provence, « se renvoient la balle »", "Christelle Vannier", "Pour"),
     Q(D, "se renvoient la balle", "Christelle Vannier", "Pour", v="role"),
     Q(I, "« tous les délogés seront relogés dès ce soir », et qu'une cellule d'urgence médico-psychologique avait été installée dans un gymnase voisin", "mairie", "a assuré"),
     Q(D, "tous les délogés seront relogés dès ce soir", "mairie", "a assuré", v="inst")],
    [("Lire aussi", "sous surveillance")])

# ---------------------------------------------------------------- 10
SPEC["10_airbus_commandes"] = (
    [E("Airbus A350-1000", "MISC"), E("A350", "MISC"), E("Airbus", "ORG"), E("IndiGo", "ORG"),
     E("Toulouse", "LOC"), E("Laurent Mazères", "PER"), E("New Delhi", "LOC"), E("Bombay", "LOC"),
     E("Europe", "LOC"), E("Amérique du Nord", "LOC"), E("Aviation civile", "ORG", opt=True),
     E("Bourse de Paris", "ORG"), E("CAC 40", "MISC", opt=True), E("Nadia Kerbrat", "PER"),
     E("Oddo BHF", "ORG"), E("Boeing 777X", "MISC"), E("Boeing", "ORG"), E("787", "MISC"),
     E("Inde", "LOC"), E("Trent XWB", "MISC"), E("Rolls-Royce", "ORG"), E("Safran", "ORG"),
     E("Spirit AeroSystems", "ORG"), E("Jean-Michel Castex-Lafon", "PER"), E("FO", "ORG"),
     E("Blagnac", "LOC"), E("Standard & Poor's", "ORG"), E("Air France-KLM", "ORG"),
     E("La Tribune", "ORG"), E("Salon du Bourget", "MISC"), E("Haute-Garonne", "LOC")],
    [
     Q(I, "l'achat de 60 Airbus A350-1000, un contrat estimé à plus de 20 milliards de dollars au prix catalogue", "IndiGo", "a confirmé", opt=True),
     Q(D, "Cet avion va nous permettre de relier directement New Delhi et Bombay à l'Europe et à l'Amérique du Nord", "directeur général d'IndiGo", "a déclaré", v="func"),
     Q(I, "« un partenaire devenu stratégique »", "président exécutif d'Airbus", "a salué", opt=True),
     Q(D, "un partenaire devenu stratégique", "président exécutif d'Airbus", "a salué", v="func"),
     Q(I, "l'avionneur européen porterait sa cadence de production de l'A350 à douze appareils par mois d'ici à 2028", "président exécutif d'Airbus", "a assuré"),
     Q(I, "la commande « confirme que Boeing a perdu la bataille du long-courrier en Inde »", "Nadia Kerbrat", "Pour"),
     Q(D, "confirme que Boeing a perdu la bataille du long-courrier en Inde", "Nadia Kerbrat", "Pour", v="name"),
     Q(I, "le 787 de l'américain reste pénalisé par des retards de certification", "Nadia Kerbrat", "rappelle"),
     Q(D, "Le vrai sujet, désormais, ce n'est plus la demande, c'est la capacité à livrer", "Nadia Kerbrat", "souligne-t-elle", v="pron"),
     Q(D, "certaines usines tournent déjà six jours sur sept", None, "D'après"),
     Q(D, "On nous demande de produire 30 % de plus avec les mêmes effectifs. Ça ne tiendra pas", None, "prévient-il"),
     Q(I, "des embauches", "syndicats", "réclament", opt=True),
     Q(I, "« 2 000 recrutements au minimum » seront nécessaires sur le site", "Jean-Michel Castex-Lafon", "estime"),
     Q(D, "2 000 recrutements au minimum", "Jean-Michel Castex-Lafon", "estime", v="name"),
     Q(I, "la direction « a trop longtemps compté sur les heures supplémentaires »", "Jean-Michel Castex-Lafon", "juge"),
     Q(D, "a trop longtemps compté sur les heures supplémentaires", "Jean-Michel Castex-Lafon", "juge", v="role"),
     Q(I, "avoir recruté 13 000 personnes dans le monde en 2025 et « poursuivre cet effort »", "direction d'Airbus", "indique"),
     Q(D, "poursuivre cet effort", "direction d'Airbus", "indique", v="inst"),
     Q(D, "stable", "Standard & Poor's", None, opt=True),
     Q(D, "positive", "Standard & Poor's", None, opt=True),
     Q(I, "une décision pourrait être annoncée au Salon du Bourget en juin", "La Tribune", "Selon")],
    [("Lire aussi", "boîte mail.")])

# ---------------------------------------------------------------- 11
SPEC["11_urgences_brest"] = (
    [E("CHU de Brest", "ORG"), E("CHU", "ORG", "CHU de Brest"),
     E("hôpital de la Cavale-Blanche", "ORG", opt=True), E("Gaëlle Kerhervé", "PER"),
     E("Le Télégramme", "ORG"), E("Maëlle Quéré", "PER"), E("Samu", "ORG"), E("Erwan Le Floc'h", "PER"),
     E("SUD Santé", "ORG"), E("agence régionale de santé", "ORG", opt=True),
     E("Agence régionale de santé", "ORG"), E("ARS", "ORG", "Agence régionale de santé"),
     E("Soizic Le Gall", "PER"), E("Covid", "MISC", opt=True), E("Bretagne", "LOC"), E("Brest", "LOC"),
     E("Noël", "MISC", opt=True),
     E("hôpital d'instruction des armées Clermont-Tonnerre", "ORG", opt=True),
     E("ministère de la Santé", "ORG", opt=True), E("Finistère", "LOC"), E("Yannick Morvan", "PER"),
     E("Les Écologistes", "ORG"), E("Morlaix", "LOC"), E("Quimper", "LOC"), E("Landerneau", "LOC"),
     E("Fédération hospitalière de France", "ORG")],
    [
     Q(D, "On trie les patients dans le couloir", "Maëlle Quéré", None, nth=0, v="head"),
     Q(D, "On trie les patients dans le couloir, on fait des électrocardiogrammes derrière un paravent", "Maëlle Quéré", "décrit", v="name"),
     Q(I, "avoir vu « des collègues pleurer dans les vestiaires » la semaine dernière", "Maëlle Quéré", "dit"),
     Q(D, "des collègues pleurer dans les vestiaires", "Maëlle Quéré", "dit", v="pron"),
     Q(I, "la mesure est « temporaire » et doit permettre de passer l'hiver", "direction du CHU", "Selon"),
     Q(D, "temporaire", "direction du CHU", "Selon", v="inst"),
     Q(D, "Nous fonctionnons avec des intérimaires payés trois fois plus que nos titulaires", "Erwan Le Floc'h", "déplore-t-il", v="pron"),
     Q(D, "et certains week-ends, nous sommes deux médecins pour tout le département", "Erwan Le Floc'h", "déplore-t-il", v="pron"),
     Q(I, "la régulation a permis d'éviter « une fermeture pure et simple »", "Erwan Le Floc'h", "assure"),
     Q(D, "une fermeture pure et simple", "Erwan Le Floc'h", "assure", v="role"),
     Q(I, "la situation était prévisible", "Maëlle Quéré", "Pour"),
     Q(I, "le syndicat avait alerté l'agence régionale de santé dès le printemps", "Maëlle Quéré", "affirme"),
     Q(D, "On nous a applaudis pendant le Covid. Aujourd'hui, on nous demande de faire plus avec moins.", "Soizic Le Gall", None, v="name"),
     Q(I, "une « mission d'appui » serait envoyée à Brest avant Noël et que des médecins militaires de l'hôpital d'instruction des armées Clermont-Tonnerre pourraient renforcer les équipes", "Agence régionale de santé de Bretagne", "a indiqué"),
     Q(D, "mission d'appui", "Agence régionale de santé de Bretagne", "a indiqué", v="inst"),
     Q(I, "« un plan d'urgence pour l'hôpital public en Bretagne »", "maire de Brest", "pour réclamer", opt=True),
     Q(D, "un plan d'urgence pour l'hôpital public en Bretagne", "maire de Brest", "pour réclamer", v="func"),
     Q(I, "il déposerait une proposition de loi visant à limiter la rémunération des intérimaires", "Yannick Morvan", "a annoncé"),
     Q(D, "l'intérim médical coûte chaque année 1,5 milliard d'euros aux hôpitaux", "Yannick Morvan", "D'après", v="pron"),
     Q(I, "À Morlaix, à Quimper et à Landerneau, les urgences connaissent des difficultés similaires", "Fédération hospitalière de France", "selon"),
     Q(D, "J'ai attendu neuf heures sur un brancard. Mais les filles ont été adorables.", None, "résume")],
    [("Lire aussi", "réservé aux abonnés")])

# ---------------------------------------------------------------- 12
MIN = "ministre déléguée chargée de l'Intelligence artificielle et du Numérique"
SPEC["12_ia_levee_fonds"] = (
    [E("Orbis", "ORG"), E("Europe", "LOC"), E("France", "LOC"), E("Bpifrance", "ORG"),
     E("Lightspeed Venture Partners", "ORG"), E("Lightspeed", "ORG", "Lightspeed Venture Partners"),
     E("Sarah Benhamou", "PER"), E("École normale supérieure de Lyon", "ORG"), E("Lyon", "LOC"),
     E("Paris", "LOC"), E("Munich", "LOC"), E("Axa", "ORG"), E("Américains", "MISC"),
     E("Inès Bouazza", "PER"), E("Saint-Gobain", "ORG"), E("EDF", "ORG"), E("SNCF", "ORG"),
     E("Nvidia H100", "MISC"), E("Scaleway", "ORG"), E("Iliad", "ORG"), E("Maxime Teyssier", "PER"),
     E("Google DeepMind", "ORG"), E("Londres", "LOC"), E("Virginie", "LOC"), E("Atlas-2", "MISC"),
     E("GPT-5", "MISC"), E("Intelligence artificielle et du Numérique", "ORG", opt=True),
     E("LinkedIn", "ORG"), E("French Tech", "MISC", opt=True), E("Bruxelles", "LOC"),
     E("Commission européenne", "ORG"), E("AI Act", "MISC"), E("La Quadrature du Net", "ORG"),
     E("Camille Ortéga", "PER"), E("Volkswagen", "ORG"), E("Mistral AI", "ORG"),
     E("H", "ORG", opt=True), E("Newsletter Tech", "MISC", opt=True)],
    [
     Q(D, "une preuve que l'Europe peut jouer", "Inès Bouazza", None, nth=0, v="head"),
     Q(D, "C'est une preuve que l'Europe peut jouer dans la même cour que les Américains, à condition de cibler des usages concrets", "Inès Bouazza", "a déclaré", v="name"),
     Q(I, "la levée servira d'abord à acheter de la puissance de calcul : plusieurs milliers de puces Nvidia H100, hébergées dans les centres de données de Scaleway, la filiale cloud du groupe Iliad", "Inès Bouazza", "Selon"),
     Q(I, "l'entreprise prévoyait de recruter 200 ingénieurs d'ici à la fin de 2027", "Inès Bouazza", "a précisé"),
     Q(I, "la souveraineté des données", "Maxime Teyssier", "insiste sur", opt=True),
     Q(D, "Nos clients ne veulent pas que leurs plans de centrales nucléaires partent sur des serveurs en Virginie. Chez nous, tout reste en Europe", "Maxime Teyssier", "explique-t-il", v="pron"),
     Q(I, "le modèle maison, baptisé Atlas-2, rivalise avec GPT-5 sur les tâches documentaires", "Maxime Teyssier", "D'après"),
     Q(I, "« une excellente nouvelle pour la French Tech »", MIN, "a salué", opt=True),
     Q(D, "une excellente nouvelle pour la French Tech", MIN, "a salué", v="func"),
     Q(D, "l'Europe a les talents, mais pas encore les capitaux", None, "estime"),
     Q(I, "la course aux modèles géants se fait « au détriment de la sobriété énergétique »", "La Quadrature du Net", "Pour"),
     Q(D, "au détriment de la sobriété énergétique", "La Quadrature du Net", "Pour", v="inst"),
     Q(I, "un centre de données peut consommer autant d'électricité qu'une ville de 50 000 habitants", "Camille Ortéga", "rappelle"),
     Q(D, "On nous parle de souveraineté, mais personne ne parle de l'eau ni de l'énergie", "Camille Ortéga", "regrette-t-elle", v="pron"),
     Q(I, "avoir choisi des data centers alimentés « à 100 % par de l'électricité bas carbone »", "Orbis", "on assure"),
     Q(D, "à 100 % par de l'électricité bas carbone", "Orbis", "on assure", v="inst"),
     Q(I, "la start-up discuterait déjà avec deux constructeurs automobiles allemands, dont Volkswagen", None, "Selon nos informations", opt=True)],
    [("Lire aussi", "du numérique.")])

if __name__ == "__main__":
    main(SPEC, HERE)
