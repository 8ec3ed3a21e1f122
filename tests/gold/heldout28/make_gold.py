#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout28 (BLIND) with exact offsets.

    python3 tests/gold/heldout28/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout28/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout28/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this set) are
given below as strings, per ../shared/docs/ANNOTATION.md and the conventions
of README.md (which follows tests/gold/written*/README.md). The machinery
(offsets, checks, self-score, --check/--show) is tests/gold/goldspec.py.
v says how a reader finds the speaker of a scored direct quote: name,
pron (pronoun), role (role noun or description standing for a named person,
or a headline repeating body words), func (a person known only by function
or relation), inst (institution, body or group), ctx (no cue: the speaker
named or quoted just before).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}
NET = [E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)]

PV = "Patrice Vandamme"
AQD = "Armelle Quéméner-Diallo"
SO = "Sandrine Oyono"
HDK = "Hugues de Kerangal"
PRES = "président du tribunal correctionnel de Saint-Nazaire"
SUB = "substitute du procureur"
# ---------------------------------------------------------------- 01
SPEC["01_audience_abus_confiance"] = (
    [E("L'Écho de la Loire", "ORG"), E("Loire-Atlantique", "LOC"), E("Saint-Nazaire", "LOC"),
     E("Gwenaëlle Le Roux-Benhamou", "PER"), E(PV, "PER"), E("Société nautique de Pornichet", "ORG"),
     E("Pornichet", "LOC"), E(AQD, "PER"), E("Kerlédé", "LOC"), E(SO, "PER"), E(HDK, "PER"),
     E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(I, "d'avoir détourné près de 46 000 euros en quatre ans", "parquet", "reproche", opt=True),
     Q(D, "J'ai voulu boucher des trous", PV, "a-t-il expliqué", nth=0, v="role"),
     Q(D, "J'ai voulu boucher des trous, je pensais tout rembourser avant l'assemblée générale", PV, "a expliqué", v="role"),
     Q(D, "Je n'en dormais plus.", PV, None, v="ctx"),
     Q(D, "Quarante-sept virements, monsieur. Ce n'est pas un moment d'égarement, c'est une organisation", PRES, "a-t-il relevé", v="pron"),
     Q(I, "un club « au bord du dépôt de bilan »", AQD, "a décrit", opt=True),
     Q(D, "au bord du dépôt de bilan", AQD, "a décrit", v="name"),
     Q(I, "l'association a dû annuler deux stages d'été et vendre un catamaran pour régler ses fournisseurs", AQD, "Selon"),
     Q(D, "Ce sont des enfants du quartier de Kerlédé qui n'ont pas navigué cet été", AQD, "a-t-elle insisté", v="pron"),
     Q(I, "avoir découvert les anomalies en reprenant la comptabilité", SO, "a raconté"),
     Q(I, "les adhérents « ne demandent pas de vengeance, seulement la vérité »", SO, "a assuré"),
     Q(D, "ne demandent pas de vengeance, seulement la vérité", SO, "a assuré", v="pron"),
     Q(I, "huit mois d'emprisonnement avec sursis et une interdiction de gérer toute association pendant cinq ans", SUB, "a demandé", opt=True),
     Q(D, "La confiance des bénévoles est le seul capital de ces structures. Le prévenu l'a dilapidé", SUB, "a-t-elle lancé", v="pron"),
     Q(D, "près de 9 000 euros correspondent à des avances réellement faites pour le club", HDK, "D'après", v="role"),
     Q(D, "juger un homme malade, pas un escroc", HDK, "a demandé", v="pron")],
    [("L'Écho de la Loire", "L'Écho de la Loire"), ("Accueil > Loire-Atlantique", "Faits divers"),
     ("Lecture 3 min.", "Lecture 3 min."), ("Lire aussi", "prise illégale d'intérêts"),
     ("Partager :", "chaque matin")])


PROC = "procureure de la République de Nîmes"
LFAO = "Loïc Ferrand-Ait Ouali"
SP = "Stanislas Pétrovitch"
FMN = "Florent Maréchal-Nkoulou"
# ---------------------------------------------------------------- 02
SPEC["02_afp_procureure_joggeuse"] = (
    [E("Gard", "LOC"), E("NÎMES", "LOC", "Nîmes"), E("AFP", "ORG", "Agence France-Presse"), E("Uzès", "LOC"),
     E("Nîmes", "LOC"), E("Saint-Quentin-la-Poterie", "LOC"), E(LFAO, "PER"), E(SP, "PER"), E(FMN, "PER"),
     E("Elles Debout 30", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(I, "un « acharnement »", PROC, "évoque", opt=True),
     Q(D, "acharnement", PROC, "évoque", nth=0, v="func"),
     Q(I, "Un homme de 34 ans a été mis en examen pour meurtre et placé en détention provisoire après la mort d'une joggeuse retrouvée mercredi dans un bois près d'Uzès (Gard)", PROC, "a annoncé"),
     Q(I, "« un acharnement d'une rare violence »", PROC, "a décrit", opt=True),
     Q(D, "un acharnement d'une rare violence", PROC, "a décrit", v="func"),
     Q(I, "La victime, une infirmière de 41 ans, a reçu « au moins quatorze coups » selon les premières conclusions de l'autopsie", PROC, "a-t-elle précisé"),
     Q(D, "au moins quatorze coups", PROC, "a-t-elle précisé", v="pron"),
     Q(D, "Il a reconnu sa présence sur les lieux mais conteste être l'auteur des coups", PROC, "a indiqué", v="func"),
     Q(D, "les éléments matériels recueillis sont accablants", PROC, "ajoutant", v="func"),
     Q(I, "la victime avait déposé plainte contre lui en juin, une plainte classée sans suite faute de preuves", "parquet de Nîmes", "Selon"),
     Q(I, "cette décision « sera examinée avec la plus grande attention »", PROC, "a reconnu"),
     Q(D, "sera examinée avec la plus grande attention", PROC, "a reconnu", v="func"),
     Q(D, "Je ne me déroberai pas à cette question", PROC, "a-t-elle assuré", v="pron"),
     Q(I, "« la mobilisation de soixante enquêteurs pendant quatre jours »", LFAO, "a salué", opt=True),
     Q(D, "la mobilisation de soixante enquêteurs pendant quatre jours", LFAO, "a salué", v="name"),
     Q(I, "des analyses ADN étaient encore en cours", LFAO, "a précisé"),
     Q(I, "« une instruction menée à charge dès la première heure »", SP, "a dénoncé", opt=True),
     Q(D, "une instruction menée à charge dès la première heure", SP, "a dénoncé", v="name"),
     Q(I, "Son client « est présumé innocent et le restera tant qu'un tribunal n'en aura pas décidé autrement »", SP, "a ajouté", opt=True),
     Q(D, "est présumé innocent et le restera tant qu'un tribunal n'en aura pas décidé autrement", SP, "a ajouté", v="role"),
     Q(D, "que toute la lumière soit faite, y compris sur la plainte de juin", FMN, "a demandé", v="name"),
     Q(I, "à un rassemblement samedi devant le palais de justice de Nîmes", "Elles Debout 30", "a appelé", opt=True),
     Q(I, "Une marche blanche est prévue dimanche à Uzès", "mairie d'Uzès", "a indiqué")],
    [("bur-mdh/cbn/ial", "© Agence France-Presse")])


ARSF = "agence régionale de santé Bourgogne-Franche-Comté"
DG = "directeur général de l'agence régionale de santé Bourgogne-Franche-Comté"
JCAM = "Jean-Christophe Abadie-Morin"
MKF = "Maëva Kouassi-Ferrer"
PCD = "présidente du conseil départemental de la Nièvre"
# ---------------------------------------------------------------- 03
SPEC["03_ars_maternite_decize"] = (
    [E("Le Journal du Nivernais", "ORG"), E("Nièvre", "LOC"), E("Decize", "LOC"), E("ARS", "ORG", ARSF),
     E("Timothée Lagarde-Mbemba", "PER"), E("agence régionale de santé", "ORG", ARSF, opt=True),
     E("Bourgogne-Franche-Comté", "LOC"), E("Dijon", "LOC"), E("Nevers", "LOC"), E(JCAM, "PER"), E(MKF, "PER"),
     E("Sud Santé Sociaux", "ORG"), E("Bourgogne", "LOC")] + NET,
    [
     Q(I, "“la sécurité des mères”", DG, "invoque", opt=True),
     Q(D, "la sécurité des mères", DG, "invoque", nth=0, v="func"),
     Q(D, "Nous ne pouvons pas garantir la sécurité des mères et des nouveau-nés avec deux gynécologues-obstétriciens au lieu de six", DG, "a justifié", v="func"),
     Q(I, "l'intérim ne permettait plus de couvrir qu'un jour sur deux", DG, "Selon"),
     Q(I, "Les futures mères seront orientées vers Nevers, à quarante minutes, où “des lits supplémentaires seront ouverts dès lundi”", DG, "a-t-il ajouté"),
     Q(D, "des lits supplémentaires seront ouverts dès lundi", DG, "a-t-il ajouté", v="pron"),
     Q(I, "d'une décision “douloureuse mais responsable”", JCAM, "parle", opt=True),
     Q(D, "douloureuse mais responsable", JCAM, "parle", v="name"),
     Q(D, "Je préfère fermer temporairement que de laisser partir une patiente en hélicoptère faute d'anesthésiste", JCAM, "a expliqué", v="role"),
     Q(I, "un plan de recrutement “d'ici au printemps”", JCAM, "promet", opt=True),
     Q(D, "d'ici au printemps", JCAM, "promet", v="role"),
     Q(D, "On nous parle de sécurité, mais qui va accompagner une femme qui accouche sur le bord de la nationale ?", MKF, "interroge", v="name"),
     Q(I, "l'équipe avait proposé “un fonctionnement en maison de naissance” qui n'a “jamais été étudié”", MKF, "affirme"),
     Q(D, "un fonctionnement en maison de naissance", MKF, "affirme", v="role"),
     Q(D, "jamais été étudié", MKF, "affirme", v="role"),
     Q(I, "“une fermeture définitive qui ne dit pas son nom”", "Sud Santé Sociaux", "dénonce", opt=True),
     Q(D, "une fermeture définitive qui ne dit pas son nom", "Sud Santé Sociaux", "dénonce", v="inst"),
     Q(I, "à être reçue par le ministre chargé de la santé", PCD, "a demandé", opt=True),
     Q(I, "Le département “ne laissera pas le sud de la Nièvre devenir un désert obstétrical”", PCD, "a-t-elle écrit", opt=True),
     Q(D, "ne laissera pas le sud de la Nièvre devenir un désert obstétrical", PCD, "a-t-elle écrit", v="pron"),
     Q(I, "la suspension sera réévaluée “chaque mois” avec les élus et les soignants", ARSF, "assure"),
     Q(D, "chaque mois", ARSF, "assure", v="inst")],
    [("Le Journal du Nivernais", "Nièvre | Santé"), ("À lire aussi", "en Bourgogne"),
     ("Partager sur Facebook", "Maternité")])


RN = "Rodolphe Ngassa"
CHVM = "Claire-Hélène Villebois-Mareuil"
ARA = "agence régionale de santé Auvergne-Rhône-Alpes"
# ---------------------------------------------------------------- 04
SPEC["04_hopital_montlucon_cgt"] = (
    [E("Allier Nouvelles", "ORG"), E("Montluçon", "LOC"), E("CGT", "ORG"), E("Inès Barbosa-Lemaire", "PER"),
     E(RN, "PER"), E(CHVM, "PER"), E("Force ouvrière", "ORG"), E("Josiane Perrichon", "PER"),
     E(ARA, "ORG", opt=True), E("Allier", "LOC"), E("Vichy", "LOC")],
    [
     Q(I, "\"des lits fermés en plein hiver\"", "CGT", "dénonce", opt=True),
     Q(D, "des lits fermés en plein hiver", "CGT", "dénonce", v="inst"),
     Q(D, "On ferme des lits au moment précis où l'épidémie de grippe arrive. C'est incompréhensible", RN, "a lancé", v="name"),
     Q(I, "les brancards s'alignent déjà dans les couloirs des urgences et que \"des patients âgés y passent parfois deux nuits\"", RN, "affirme"),
     Q(D, "des patients âgés y passent parfois deux nuits", RN, "affirme", v="role"),
     Q(I, "vingt-deux postes d'infirmiers sont vacants", "CGT", "Selon"),
     Q(I, "\"un plan d'embauches immédiat plutôt que des primes ponctuelles\"", "CGT", "réclame", opt=True),
     Q(D, "un plan d'embauches immédiat plutôt que des primes ponctuelles", "CGT", "réclame", v="inst"),
     Q(D, "Je ne fermerai jamais un lit par plaisir. Mais un lit sans infirmière, c'est un lit dangereux", CHVM, "a-t-elle répondu", v="pron"),
     Q(I, "les patients seront répartis dans les autres services et qu'une unité de \"lits tampons\" sera ouverte en cas de pic épidémique", CHVM, "explique"),
     Q(D, "lits tampons", CHVM, "explique", v="role"),
     Q(I, "douze infirmières diplômées en juillet ont été recrutées", CHVM, "assure"),
     Q(D, "Nous recrutons plus que nous ne perdons depuis septembre, c'est la première fois depuis cinq ans.", CHVM, None, v="ctx"),
     Q(I, "la fermeture \"inévitable\" mais regrette \"un manque total de concertation\"", "Force ouvrière", "juge", opt=True),
     Q(D, "inévitable", "Force ouvrière", "juge", v="inst"),
     Q(D, "un manque total de concertation", "Force ouvrière", "regrette", v="inst"),
     Q(D, "Mon père a attendu quatorze heures sur un brancard en novembre", "Josiane Perrichon", "raconte", v="name"),
     Q(I, "suivre \"avec attention\" la situation", ARA, "indique"),
     Q(D, "avec attention", ARA, "indique", v="inst"),
     Q(I, "la réorganisation relève de la seule direction de l'établissement", ARA, "rappelle")],
    [("Allier Nouvelles", "Montluçon › Santé"), ("À lire aussi", "enfin en service"),
     ("Réagir | Partager", "newsletter")])


MK = "Mortagne-Kessler"
KBH = "Kamel Bouzidi-Hennequin"
CCIV = "chambre de commerce et d'industrie des Vosges"
BMS = "Bertrand Muller-Ségal"
MRE = "maire de Raon-l'Étape"
# ---------------------------------------------------------------- 05
SPEC["05_papeterie_fermeture_cci"] = (
    [E("La Gazette vosgienne", "ORG"), E("Vosges", "LOC"), E("Raon-l'Étape", "LOC"), E(MK, "ORG"),
     E("Baptiste Hoareau", "PER"), E("Meurthe", "LOC"), E(KBH, "PER"), E("CFDT", "ORG"), E("Hambourg", "LOC"),
     E("CGT", "ORG"), E(CCIV, "ORG", opt=True), E("CCI", "ORG", CCIV), E(BMS, "PER"), E("Saint-Dié", "LOC")],
    [
     Q(I, "« l'effondrement du marché du papier journal » et une facture énergétique « multipliée par trois en quatre ans »", MK, "invoque", opt=True),
     Q(D, "l'effondrement du marché du papier journal", MK, "invoque", v="inst"),
     Q(D, "multipliée par trois en quatre ans", MK, "invoque", v="inst"),
     Q(D, "Le site n'est plus viable, malgré tous les efforts consentis par les équipes", MK, "écrit", v="inst"),
     Q(I, "un plan de sauvegarde de l'emploi « exemplaire »", MK, "promet", opt=True),
     Q(D, "exemplaire", MK, "promet", v="inst"),
     Q(D, "On nous a fait signer un accord de compétitivité il y a dix-huit mois, on a renoncé à nos primes, et voilà le résultat", KBH, "s'emporte", v="name"),
     Q(I, "la décision « était prise depuis longtemps à Hambourg »", KBH, "Pour"),
     Q(D, "était prise depuis longtemps à Hambourg", KBH, "Pour", v="role"),
     Q(I, "le groupe a versé 38 millions d'euros de dividendes l'an dernier", "CGT", "affirme"),
     Q(I, "à un rassemblement lundi devant les grilles de l'usine", "CGT", "appelle", opt=True),
     Q(D, "rechercher activement un repreneur", "préfet des Vosges", "a demandé", v="pron"),
     Q(D, "Une cinquantaine d'entreprises travaillent directement avec la papeterie, des transporteurs aux sociétés de maintenance", BMS, "détaille", v="name"),
     Q(I, "entre 300 et 400 emplois indirects seraient menacés dans le bassin de Saint-Dié", CCIV, "Selon"),
     Q(I, "d'ouvrir dès janvier « une plateforme pour aider les sous-traitants à trouver d'autres débouchés »", CCIV, "propose"),
     Q(D, "une plateforme pour aider les sous-traitants à trouver d'autres débouchés", CCIV, "propose", v="inst"),
     Q(D, "La papeterie, c'est l'histoire de la ville. Mon grand-père y a travaillé, mon père aussi", MRE, "confie", v="func"),
     Q(D, "de ne pas laisser mourir la vallée", MRE, "demande", v="func")],
    [("La Gazette vosgienne", "Économie | Vosges"), ("Lire aussi", "newsletter")])


MB = "Moser & Brülhart"
PPMB = "directeur financier de Moser & Brülhart"
CE = "conseiller d'État vaudois chargé de l'économie"
SECO = "Secrétariat d'État à l'économie"
# ---------------------------------------------------------------- 06
SPEC["06_resultats_moser_brulhart"] = (
    [E("Le Quotidien romand", "ORG"), E(MB, "ORG"), E("Unia", "ORG"), E("Claudia Zimmermann-Rochat", "PER"),
     E("Sainte-Croix", "LOC"), E("VD", "LOC"), E("Adrian Stöckli", "PER"), E("Suisse", "LOC"), E("Slovaquie", "LOC"),
     E("Nadia Fontannaz", "PER"), E("Jura vaudois", "LOC", opt=True), E("Lausanne", "LOC"), E(SECO, "ORG"),
     E("SECO", "ORG", SECO), E("Benoît Wehrli", "PER"), E("Banque cantonale vaudoise", "ORG"),
     E("Bourse suisse", "ORG", opt=True), E("L'Auberson", "LOC")],
    [
     Q(I, "d'un «choix de facilité»", "Unia", "parle", opt=True),
     Q(D, "choix de facilité", "Unia", "parle", nth=0, v="inst"),
     Q(D, "Le franc fort nous coûte des parts de marché face à nos concurrents allemands et japonais, trimestre après trimestre", "Adrian Stöckli", "a expliqué", v="name"),
     Q(I, "la suppression de 140 postes en Suisse d'ici à fin 2027, dont une centaine à Sainte-Croix, et le transfert d'une partie de l'assemblage vers l'usine du groupe en Slovaquie", "Adrian Stöckli", "a confirmé", opt=True),
     Q(D, "Nous ferons tout pour limiter les licenciements secs", PPMB, "a assuré", v="func"),
     Q(I, "un plan social sera négocié avec la commission du personnel «dans les prochaines semaines»", PPMB, "Selon"),
     Q(D, "dans les prochaines semaines", PPMB, "Selon", v="pron"),
     Q(I, "un «choix de facilité»", "Unia", "dénonce", nth=1, opt=True),
     Q(D, "choix de facilité", "Unia", "dénonce", nth=1, v="inst"),
     Q(D, "Le groupe a distribué 45 millions de dividendes au printemps. Il a les moyens de garder ces emplois dans le Jura vaudois", "Nadia Fontannaz", "estime", v="name"),
     Q(I, "une «expertise indépendante» des comptes", "Nadia Fontannaz", "réclame", opt=True),
     Q(D, "expertise indépendante", "Nadia Fontannaz", "réclame", v="role"),
     Q(D, "très préoccupé", CE, "s'est dit", v="func"),
     Q(I, "il recevrait la direction la semaine prochaine", CE, "a annoncé"),
     Q(I, "les entreprises touchées par le franc fort peuvent demander des indemnités en cas de réduction de l'horaire de travail", SECO, "rappelle"),
     Q(D, "Ce dispositif existe précisément pour éviter des licenciements conjoncturels", SECO, "souligne", v="inst"),
     Q(I, "le plan «était attendu et devrait rassurer les investisseurs»", "Benoît Wehrli", "Pour"),
     Q(D, "était attendu et devrait rassurer les investisseurs", "Benoît Wehrli", "Pour", v="name"),
     Q(D, "Chaque emploi perdu ici, c'est une famille qui quitte le village", "syndic de Sainte-Croix", "glisse-t-il", v="pron")],
    [("Le Quotidien romand", "Entreprises"), ("Articles en lien", "l'essentiel")])


ISY = "intersyndicale FO-CGT-Unsa"
DLM = "directeur de Limousine Mobilités"
HLN = "Hervé Lacoste-Ndiaye"
# ---------------------------------------------------------------- 07
SPEC["07_greve_bus_limoges"] = (
    [E("L'Éveil limousin", "ORG"), E("Limoges", "LOC"), E("Aurore Delmas-Tshibanda", "PER"), E("Rézo", "MISC", opt=True),
     E("Limousine Mobilités", "ORG"), E("Limoges Métropole", "ORG"), E("Yannick Borowski", "PER"), E("FO", "ORG"),
     E("CGT", "ORG"), E("Unsa", "ORG"), E("L'Éveil", "ORG", "L'Éveil limousin"), E(HLN, "PER"),
     E("Limoges en commun", "ORG"), E("Odile Manceau", "PER"), E("Place-Jourdan", "LOC", opt=True), E("Sofiane", "PER"),
     E("Haute-Vienne", "LOC")],
    [
     Q(D, "aucune sortie de crise avant Noël", ISY, "prévient", nth=0, v="inst"),
     Q(D, "coupures", None, None, opt=True),
     Q(D, "La direction nous propose 45 euros et une prime de fin d'année. C'est une provocation", "Yannick Borowski", "a déclaré", v="name"),
     Q(I, "il n'y aura « aucune sortie de crise avant Noël » sans geste sur les salaires", ISY, "prévient"),
     Q(D, "aucune sortie de crise avant Noël", ISY, "prévient", nth=1, v="inst"),
     Q(I, "avoir « fait un effort considérable dans un contexte budgétaire contraint »", DLM, "assure"),
     Q(D, "fait un effort considérable dans un contexte budgétaire contraint", DLM, "assure", v="func"),
     Q(D, "Nous avons déjà augmenté les salaires de 6 % en deux ans. Aller plus loin mettrait en péril l'équilibre du contrat", DLM, "a-t-il fait valoir", v="pron"),
     Q(I, "la délégation de service public fixe l'essentiel des moyens", DLM, "rappelle"),
     Q(I, "suivre le conflit « heure par heure »", HLN, "dit"),
     Q(D, "heure par heure", HLN, "dit", v="name"),
     Q(D, "Nous ne sommes pas l'employeur, mais nous ne resterons pas spectateurs", HLN, "a affirmé", v="role"),
     Q(I, "la majorité d'avoir « sous-financé le réseau depuis des années »", "Limoges en commun", "accuse"),
     Q(D, "sous-financé le réseau depuis des années", "Limoges en commun", "accuse", v="inst"),
     Q(I, "une séance extraordinaire du conseil métropolitain", "Odile Manceau", "réclame", opt=True),
     Q(D, "Je comprends les chauffeurs, ils ont des horaires impossibles. Mais moi, je rate mes partiels.", "Sofiane", None, v="ctx")],
    [("L'Éveil limousin", "Transports"), ("À lire aussi", "jeudi"), ("Partager l'article", "(43)")])


JDB = "Jérôme Dufau-Benali"
MPLI = "Marie-Pierre Lassalle-Irigoin"
PCDL = "président du conseil départemental des Landes"
AML = "Association des maires des Landes"
# ---------------------------------------------------------------- 08
SPEC["08_budget_departement_landes"] = (
    [E("Le Courrier landais", "ORG"), E("Landes", "LOC"), E("Département des Landes", "ORG", opt=True),
     E("Mont-de-Marsan", "LOC"), E("Mathilde Etcheverry", "PER"), E(MPLI, "PER"), E("Landes Avenir", "ORG"),
     E(JDB, "PER"), E("Soustons", "LOC"), E(AML, "ORG"), E("Département", "ORG", "Département des Landes", opt=True),
     E("Pouillon", "LOC"), E("Victor-Duruy", "ORG", opt=True)] + NET,
    [
     Q(I, "à « l'abandon des communes »", JDB, "crie", opt=True),
     Q(D, "l'abandon des communes", JDB, "crie", nth=0, v="role"),
     Q(D, "Nous ne pouvons pas continuer à financer des politiques nationales sans les moyens qui vont avec", PCDL, "a justifié", v="func"),
     Q(I, "les dépenses d'allocations individuelles de solidarité ont progressé de 11 % en deux ans, quand les droits de mutation ont chuté de 22 %", "conseil départemental des Landes", "Selon"),
     Q(D, "Aucun collège ne verra ses travaux reportés, aucune aide aux personnes âgées ne baissera", MPLI, "a-t-elle promis", v="pron"),
     Q(I, "l'enveloppe destinée aux petites communes serait « ramenée à 8 millions »", MPLI, "a reconnu"),
     Q(D, "ramenée à 8 millions", MPLI, "a reconnu", v="role"),
     Q(I, "« l'abandon des communes rurales »", JDB, "a dénoncé", opt=True),
     Q(D, "l'abandon des communes rurales", JDB, "a dénoncé", v="name"),
     Q(D, "On demande aux maires de refaire leurs églises et leurs écoles avec des subventions divisées par deux", JDB, "a-t-il lancé", v="pron"),
     Q(I, "de puiser davantage dans les réserves", JDB, "a proposé"),
     Q(I, "une décision « prise sans concertation »", AML, "regrette", opt=True),
     Q(D, "prise sans concertation", AML, "regrette", v="inst"),
     Q(I, "plusieurs chantiers de voirie « risquent d'être purement et simplement annulés »", "président de l'" + AML, "juge"),
     Q(D, "risquent d'être purement et simplement annulés", "président de l'" + AML, "juge", v="func")],
    [("Le Courrier landais", "Politique"), ("Lecture : 3 min", "Lecture : 3 min"), ("À lire aussi", "en 2028"),
     ("Partager sur Facebook", "Commenter")])


PRF = "préfète de la Charente"
PRC = "préfecture de la Charente"
DDSP = "directeur départemental de la sécurité publique de la Charente"
SOR = "Sébastien Ohana-Roussel"
UMIH = "Union des métiers et des industries de l'hôtellerie"
CLA = "Corinne Lemaître-Abboud"
# ---------------------------------------------------------------- 09
SPEC["09_prefecture_discotheque"] = (
    [E("Le Petit Charentais", "ORG"), E("Charente", "LOC"), E("Angoulême", "LOC"), E("Le Blue Moon", "ORG"),
     E("Nicolas Ferreira-Lagrange", "PER"), E("Soyaux", "LOC"), E(SOR, "PER"), E("Poitiers", "LOC"), E(UMIH, "ORG"),
     E("Umih", "ORG", UMIH), E(CLA, "PER")] + NET,
    [
     Q(D, "L'ordre public ne peut pas dépendre de la bonne volonté d'un exploitant", PRF, "a justifié", v="func"),
     Q(I, "les forces de l'ordre sont intervenues à onze reprises aux abords de la boîte de nuit en trois mois", PRC, "Selon"),
     Q(I, "plusieurs des mis en cause étaient mineurs et que de l'alcool leur avait été servi « sans aucun contrôle »", DDSP, "a précisé"),
     Q(D, "sans aucun contrôle", DDSP, "a précisé", v="func"),
     Q(D, "Nos effectifs ne peuvent pas passer toutes leurs nuits du week-end devant le même parking", DDSP, "a-t-il ajouté", v="pron"),
     Q(I, "une sanction « disproportionnée »", SOR, "dénonce", opt=True),
     Q(D, "disproportionnée", SOR, "dénonce", v="name"),
     Q(D, "On a embauché deux agents de sécurité supplémentaires en octobre et installé douze caméras. On est punis pour ce qui se passe sur la voie publique", SOR, "a-t-il réagi", v="pron"),
     Q(I, "un recours devant le tribunal administratif de Poitiers", SOR, "annonce", opt=True),
     Q(I, "quatorze salariés vont se retrouver au chômage partiel", SOR, "affirme"),
     Q(I, "« un précédent pour toute la profession » et demande « un dialogue plutôt que des sanctions »", UMIH, "redoute", opt=True),
     Q(D, "un précédent pour toute la profession", UMIH, "redoute", v="inst"),
     Q(D, "un dialogue plutôt que des sanctions", UMIH, "demande", v="inst"),
     Q(I, "une décision « attendue par les riverains »", "maire de Soyaux", "salue", opt=True),
     Q(D, "attendue par les riverains", "maire de Soyaux", "salue", v="func"),
     Q(I, "« des nuits blanches, des poubelles renversées et des cris jusqu'à six heures du matin »", CLA, "évoque", opt=True),
     Q(D, "des nuits blanches, des poubelles renversées et des cris jusqu'à six heures du matin", CLA, "évoque", v="name"),
     Q(I, "la commune avait alerté l'État « dès le mois de septembre »", CLA, "explique"),
     Q(D, "dès le mois de septembre", CLA, "explique", v="role"),
     Q(I, "Le Blue Moon pourra rouvrir le 1er février, sous réserve de présenter un plan de sécurité validé par les services de l'État", PRC, "a indiqué")],
    [("Le Petit Charentais", "Charente | Angoulême"), ("À lire aussi", "pour les fêtes"), ("Partager :", "Courriel")])


MM = "maire de Montélimar"
FBM = "Farida Benchekroun-Morel"
DSA = "Didier Sanchez-Aubert"
MA = "Montélimar Agglomération"
PMA = "président de Montélimar Agglomération"
SEAU = "service de l'eau de Montélimar Agglomération"
UFC = "UFC-Que Choisir"
# ---------------------------------------------------------------- 10
SPEC["10_eau_agglo_montelimar"] = (
    [E("La Tribune drômoise", "ORG"), E("Montélimar", "LOC"), E(MA, "ORG"), E("Léonie Vasseur-Okafor", "PER"),
     E(FBM, "PER"), E("Montélimar Citoyenne", "ORG"), E(DSA, "PER"), E("Nocaze", "LOC"), E("Saint-Martin", "LOC"),
     E(UFC, "ORG"), E("Drôme", "LOC")],
    [
     Q(D, "Ce n'est pas de gaieté de cœur. Nos réseaux perdent un litre sur quatre, il faut investir maintenant ou payer beaucoup plus cher demain", MM, "a défendu", v="func"),
     Q(I, "le prix du mètre cube resterait \"dans la moyenne du département\"", MM, "a rappelé"),
     Q(D, "dans la moyenne du département", MM, "a rappelé", v="func"),
     Q(I, "la majorité \"découvre l'état des canalisations après six ans de laisser-faire\"", FBM, "Pour"),
     Q(D, "découvre l'état des canalisations après six ans de laisser-faire", FBM, "Pour", v="name"),
     Q(D, "On présente aux habitants la facture d'une négligence", FBM, "a-t-elle lancé", v="pron"),
     Q(I, "les ménages modestes bénéficient d'un \"chèque eau\"", FBM, "demandant"),
     Q(D, "chèque eau", FBM, "demandant", v="pron"),
     Q(I, "sur le calendrier des travaux", DSA, "a interrogé", opt=True),
     Q(D, "les quartiers de Nocaze et de Saint-Martin ont été oubliés", DSA, "a estimé", v="pron"),
     Q(I, "42 millions d'euros seront investis d'ici à 2032 dans les vingt-sept communes", PMA, "Selon"),
     Q(D, "Nous avons fait le choix de la transparence : chaque euro de la hausse ira dans les tuyaux", PMA, "a-t-il assuré", v="pron"),
     Q(I, "le tarif social existe déjà pour les foyers bénéficiaires de la complémentaire santé solidaire", MA, "précise"),
     Q(D, "Près de 1 900 foyers en profitent", SEAU, "indique", v="inst"),
     Q(I, "la hausse \"justifiable sur le fond mais brutale dans la forme\"", UFC, "juge", opt=True),
     Q(D, "justifiable sur le fond mais brutale dans la forme", UFC, "juge", v="inst"),
     Q(I, "de l'étaler sur trois ans", UFC, "recommande")],
    [("La Tribune drômoise", "Politique locale"), ("Lire aussi", "pour travaux"), ("Partager | Réagir", "Imprimer")])


AF = "Agence fédérale des médicaments et des produits de santé"
APB = "Association pharmaceutique belge"
GMD = "Géraldine Mbuyi-Dessart"
KDW = "Koen De Wilde"
PPM = "ministre fédéral de la Santé"
ASL = "Anne-Sophie Lemmens"
ML = "Mutualités libres"
# ---------------------------------------------------------------- 11
SPEC["11_belgique_penurie_amoxicilline"] = (
    [E("Le Courrier de Wallonie", "ORG"), E("Belgique", "LOC"), E("AFMPS", "ORG", AF), E("Julie Vanderstraeten", "PER"),
     E(APB, "ORG"), E("APB", "ORG", APB), E(AF, "ORG"), E("Inde", "LOC"), E("Italie", "LOC"), E("Pays-Bas", "LOC"),
     E("Namur", "LOC"), E(GMD, "PER"), E("rue de Fer", "LOC", opt=True), E(KDW, "PER"), E("Asie", "LOC"),
     E("Santé", "ORG", opt=True), E("Chambre", "ORG", opt=True), E(ASL, "PER"), E(ML, "ORG")] + NET,
    [
     Q(I, "un retour à la normale « d'ici fin janvier »", AF, "promet", opt=True),
     Q(D, "d'ici fin janvier", AF, "promet", nth=0, v="inst"),
     Q(I, "L'amoxicilline en suspension buvable, l'antibiotique le plus prescrit aux enfants, est devenue introuvable dans une officine sur deux", APB, "selon"),
     Q(I, "des « tensions sérieuses » sur l'approvisionnement", AF, "reconnaît", opt=True),
     Q(D, "tensions sérieuses", AF, "reconnaît", v="inst"),
     Q(D, "Deux fabricants ont connu des problèmes de production simultanés en Inde et en Italie. Les stocks belges ont fondu en quelques jours", AF, "a expliqué", v="inst"),
     Q(I, "des lots supplémentaires ont été importés des Pays-Bas et que la situation devrait revenir à la normale « d'ici fin janvier »", AF, "affirme"),
     Q(D, "d'ici fin janvier", AF, "affirme", nth=1, v="inst"),
     Q(D, "Je passe la moitié de mes journées au téléphone avec les médecins pour trouver une alternative. Les parents sont inquiets, et je les comprends", GMD, "témoigne-t-elle", v="pron"),
     Q(I, "avoir dû refuser une vingtaine d'ordonnances la semaine dernière", GMD, "affirme"),
     Q(I, "la crise révèle une fragilité structurelle", APB, "Pour"),
     Q(D, "Nous dépendons de deux ou trois usines dans le monde pour des molécules essentielles. Ce n'est plus tenable", KDW, "estime", v="name"),
     Q(D, "On a laissé filer la production vers l'Asie sans jamais se poser la question.", KDW, None, v="ctx"),
     Q(I, "la Belgique impose aux grossistes des stocks de sécurité de quatre mois", APB, "demande"),
     Q(I, "cette piste « est sur la table » et qu'un arrêté royal pourrait être présenté « avant l'été »", PPM, "assure"),
     Q(D, "est sur la table", PPM, "assure", v="func"),
     Q(D, "avant l'été", PPM, "assure", v="func"),
     Q(I, "la Belgique plaide à l'échelon européen pour une relocalisation de la production", PPM, "rappelle"),
     Q(I, "« une gestion à la petite semaine »", ASL, "a dénoncé", opt=True),
     Q(D, "une gestion à la petite semaine", ASL, "a dénoncé", v="name"),
     Q(I, "elle interpellerait le ministre jeudi en commission", ASL, "a annoncé"),
     Q(I, "aux parents de ne pas multiplier les visites chez le pédiatre", ML, "conseillent"),
     Q(D, "Le médecin peut prescrire une autre forme ou une autre molécule adaptée", ML, "rappelle", v="inst")],
    [("Le Courrier de Wallonie", "Belgique > Société"), ("Lire également", "cambriolée"),
     ("Partager sur Facebook", "e-mail")])


PPG = "porte-parole du gouvernement ivoirien"
MCLU = "ministère de la Construction, du Logement et de l'Urbanisme"
MKB = "Mamadou Koné-Bamba"
MAT = "maire d'Attécoubé"
CRCI = "Croix-Rouge de Côte d'Ivoire"
ATL = "Adjoua Tanoh-Lefebvre"
OCHA = "Bureau de la coordination des affaires humanitaires"
# ---------------------------------------------------------------- 12
SPEC["12_afp_abidjan_glissements"] = (
    [E("Côte d'Ivoire", "LOC"), E("Abidjan", "LOC"), E("ABIDJAN", "LOC", "Abidjan"), E("AFP", "ORG", "Agence France-Presse"),
     E("Attécoubé", "LOC"), E("Conseil des ministres", "ORG", opt=True), E("CFA", "MISC", opt=True),
     E(MCLU, "ORG", opt=True), E("Yopougon", "LOC"), E(MKB, "PER"), E(CRCI, "ORG"), E(ATL, "PER"), E(OCHA, "ORG"),
     E("ONU", "ORG"), E("Ocha", "ORG", OCHA), E("Abidjan Debout", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(D, "déguerpissements", None, None, opt=True),
     Q(D, "Nous ne pouvons plus laisser des familles vivre sous la menace permanente d'un éboulement", PPG, "a déclaré", v="func"),
     Q(I, "les ménages concernés recevraient une aide au relogement de 250 000 francs CFA et que les opérations débuteraient « dans les trente jours »", PPG, "a précisé"),
     Q(D, "dans les trente jours", PPG, "a précisé", v="pron"),
     Q(I, "une cartographie des zones dangereuses a été achevée en octobre et « plus de quarante quartiers » y figurent", MCLU, "Selon"),
     Q(D, "plus de quarante quartiers", MCLU, "Selon", v="inst"),
     Q(I, "avoir averti les occupants à plusieurs reprises", MCLU, "affirme"),
     Q(D, "On nous demande de partir, mais pour aller où ? Les loyers ont doublé à Yopougon", MKB, "a lancé", v="name"),
     Q(I, "personne n'est venu « expliquer quoi que ce soit » avant la catastrophe", MKB, "affirme"),
     Q(D, "expliquer quoi que ce soit", MKB, "affirme", v="role"),
     Q(I, "« des sites de relogement viabilisés avant toute démolition »", MAT, "a réclamé", opt=True),
     Q(D, "des sites de relogement viabilisés avant toute démolition", MAT, "a réclamé", v="func"),
     Q(I, "sa commune « ne peut pas porter seule le poids de l'urbanisation anarchique »", MAT, "a ajouté"),
     Q(D, "ne peut pas porter seule le poids de l'urbanisation anarchique", MAT, "a ajouté", v="func"),
     Q(I, "craindre de nouveaux drames", CRCI, "dit"),
     Q(D, "Les pluies ne sont pas terminées et les sols restent gorgés d'eau", ATL, "a mis en garde", v="name"),
     Q(I, "les autorités à « garantir des solutions durables » aux familles déplacées", OCHA, "a appelé"),
     Q(D, "garantir des solutions durables", OCHA, "a appelé", v="inst"),
     Q(I, "près de 9 000 personnes ont été affectées par les intempéries depuis le début de la saison des pluies", OCHA, "D'après"),
     Q(I, "des expulsions « sans préavis ni indemnisation » dans plusieurs quartiers de la ville", "Abidjan Debout", "dénonce", opt=True),
     Q(D, "sans préavis ni indemnisation", "Abidjan Debout", "dénonce", v="inst")],
    [("ck/pyl/at", "© Agence France-Presse")])


if __name__ == "__main__":
    main(SPEC, HERE)
