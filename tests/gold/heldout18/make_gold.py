#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout18 with exact offsets.

    python3 tests/gold/heldout18/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout18/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout18/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set:
French "société" pages, health, environment, education, science, housing,
transport, consumer affairs) are given below as strings, per
../shared/docs/ANNOTATION.md and the conventions of README.md (which follows
tests/gold/written*/README.md). The machinery (offsets, checks, self-score,
--check/--show) is tests/gold/goldspec.py. v says how a reader finds the
speaker of a scored direct quote: name, pron (pronoun), role (role noun,
possessive or description standing for a named person), func (a person known
only by function), inst (institution, body or group), head (a headline
quotation without cue repeating the body's words).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
DIR01 = "directrice de l'agence régionale de santé de Bourgogne-Franche-Comté"
AKB = "Anselme Koffi-Brunet"
MTD = "Maëva Toussaint-Diallo"
HVD = "Hildegarde Van Damme"
SPEC["01_urgences_gray"] = (
    [E("Haute-Saône", "LOC"), E("Gray", "LOC"), E("Clémence Ravier-Oudot", "PER"), E("Vesoul", "LOC"),
     E("agence régionale de santé", "ORG", opt=True), E("ARS", "ORG", "agence régionale de santé"),
     E("Bourgogne-Franche-Comté", "LOC"), E(AKB, "PER"), E("Koffi-Brunet", "PER", AKB),
     E("Besançon", "LOC"), E("CGT", "ORG"), E(MTD, "PER"), E("Santé Val de Saône", "ORG"),
     E(HVD, "PER"), E("Champlitte", "LOC"), E("Assemblée", "ORG", "Assemblée nationale"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "On nous demande de choisir entre deux risques", AKB, None, nth=0, v="head"),
     Q(I, "d'une mesure « temporaire »", "ARS", "parle", opt=True),
     Q(D, "temporaire", "ARS", "parle", v="inst"),
     Q(D, "Ce n'est pas une fermeture, c'est une suspension", DIR01, "a insisté", v="func"),
     Q(I, "l'établissement ne compte plus que trois urgentistes titulaires pour neuf postes, et l'intérim « ne suffit plus à tenir le planning »", DIR01, "Selon"),
     Q(D, "ne suffit plus à tenir le planning", DIR01, "Selon", v="pron"),
     Q(I, "un point sera fait « au plus tard en mars »", "ARS", "assure"),
     Q(D, "au plus tard en mars", "ARS", "assure", v="inst"),
     Q(D, "On nous demande de choisir entre deux risques : fermer, ou laisser un médecin seul avec vingt patients à trois heures du matin", AKB, "résume l'urgentiste", v="role"),
     Q(I, "la population « n'a pas mesuré ce que représentent cinquante minutes d'ambulance pour un infarctus »", AKB, "estime"),
     Q(D, "n'a pas mesuré ce que représentent cinquante minutes d'ambulance pour un infarctus", AKB, "estime", v="pron"),
     Q(I, "une « fermeture déguisée »", "CGT", "dénonce", opt=True),
     Q(D, "fermeture déguisée", "CGT", "dénonce", v="inst"),
     Q(I, "la maternité avait été « suspendue » de la même façon en 2019, « et elle n'a jamais rouvert »", MTD, "rappelle"),
     Q(D, "suspendue", MTD, "rappelle", opt=True),
     Q(D, "et elle n'a jamais rouvert", MTD, "rappelle", v="name"),
     Q(I, "la direction « organise la pénurie depuis des années »", MTD, "Pour"),
     Q(D, "organise la pénurie depuis des années", MTD, "Pour", v="role"),
     Q(I, "il saisirait le tribunal administratif de Besançon", "maire de Gray", "a annoncé"),
     Q(D, "Je ne laisserai pas vingt mille habitants sans urgences la nuit", "maire de Gray", "a-t-il déclaré", v="func"),
     Q(I, "redouter « des morts qu'on ne comptera pas »", HVD, "dit"),
     Q(D, "des morts qu'on ne comptera pas", HVD, "dit", v="name"),
     Q(D, "Quand on habite à Champlitte, Vesoul, c'est le bout du monde", HVD, "souffle-t-elle", v="pron"),
     Q(I, "la maison médicale de garde restera ouverte jusqu'à minuit", "direction", "assure"),
     Q(I, "cela suffise", AKB, "doute"),
     Q(D, "Une maison médicale ne fait pas de scanner.", AKB, "doute", v="name")],
    [("Santé | Haute-Saône", "Haute-Saône"), ("Lire aussi", "des médecins"), ("Partager :", "E-mail")])


# ---------------------------------------------------------------- 02
IHM = "Ingrid Halvorsen-Mercier"
TN = "Théodore Nkemelu"
RDA = "Rodrigue d'Alboy"
OLB = "Oriane Lestrade-Baptiste"
INSERM = "Institut national de la santé et de la recherche médicale"
SPEC["02_etude_sommeil"] = (
    [E("Inserm", "ORG", INSERM), E(INSERM, "ORG"), E("Aurélien Castaing", "PER"), E("Sleep Medicine", "ORG"),
     E(IHM, "PER"), E("Lyon", "LOC"), E("Rennes", "LOC"), E(TN, "PER"), E(RDA, "PER"),
     E("Necker-Enfants malades", "ORG", opt=True), E("ministère de la Santé", "ORG", opt=True),
     E("FCPE", "ORG"), E(OLB, "PER")],
    [
     Q(I, "les collégiens perdent une heure de sommeil par nuit", INSERM, "selon"),
     Q(I, "un lien net entre l'usage du téléphone après 21 heures et la dette de sommeil", None, "montre", opt=True),
     Q(I, "“ne pas culpabiliser les familles”", "chercheurs", "appellent à"),
     Q(D, "ne pas culpabiliser les familles", "chercheurs", "appellent à", v="inst"),
     Q(I, "Les collégiens français dorment en moyenne 7 h 40 par nuit en semaine, soit près d'une heure de moins que ce que recommandent les pédiatres", INSERM, "selon"),
     Q(D, "Ce qui nous a frappés, c'est la régularité de l'effet : chaque demi-heure d'écran après 21 heures retarde l'endormissement d'une vingtaine de minutes", IHM, "explique", v="name"),
     Q(I, "l'effet est “indépendant du milieu social”", IHM, "souligne"),
     Q(D, "indépendant du milieu social", IHM, "souligne", v="role"),
     Q(I, "les adolescents qui laissent leur téléphone hors de la chambre gagnent en moyenne 38 minutes de sommeil", TN, "D'après"),
     Q(D, "On ne parle pas d'interdire, on parle d'une habitude", TN, "nuance le statisticien", v="role"),
     Q(I, "l'étude “ne permet pas d'établir une causalité au sens strict”", TN, "reconnaît"),
     Q(D, "ne permet pas d'établir une causalité au sens strict", TN, "reconnaît", v="pron"),
     Q(I, "ces résultats “confirment ce que l'on voit en consultation tous les jours”", RDA, "Pour"),
     Q(D, "confirment ce que l'on voit en consultation tous les jours", RDA, "Pour", v="name"),
     Q(D, "J'ai des patients de douze ans qui s'endorment à une heure du matin et qui sont en classe à 8 heures. Ensuite on s'étonne des résultats scolaires", RDA, "lâche-t-il", v="pron"),
     Q(I, "une campagne d'information serait lancée “au premier trimestre 2027”", "ministère de la Santé", "a indiqué"),
     Q(D, "au premier trimestre 2027", "ministère de la Santé", "a indiqué", v="inst"),
     Q(D, "un peu courte", "FCPE", "jugée", v="inst"),
     Q(D, "les familles ont besoin d'outils, pas de slogans", OLB, "estime", v="name"),
     Q(D, "Demandez à un parent d'arracher un téléphone à un ado de quatorze ans à 22 heures, vous verrez", OLB, "ironise-t-elle", v="pron"),
     Q(D, "Nous ne voulons pas que les parents se sentent coupables. Le sommeil des adolescents dépend aussi des horaires des cours, des transports, du bruit.", IHM, None, v="name"),
     Q(I, "décaler l'entrée en classe de trente minutes “aurait un effet au moins aussi fort”", IHM, "Selon"),
     Q(D, "aurait un effet au moins aussi fort", IHM, "Selon", v="pron")],
    [("Sciences", "Sciences"), ("Lire aussi", "ophtalmologistes"), ("Mots-clés", "Inserm")])


# ---------------------------------------------------------------- 03
SGM = "Solène Grébert-Mas"
AW = "Agnieszka Wróblewska"
KOL = "Karim Ouazzani-Lenoir"
DSP = "directeur de la santé publique de l'ARS Grand Est"
SPEC["03_vaccin_hpv"] = (
    [E("Moselle", "LOC"), E("ARS", "ORG", "agence régionale de santé"),
     E("agence régionale de santé", "ORG", opt=True), E("Grand Est", "LOC"), E("Léopoldine Hanrot", "PER"),
     E("Jean-Moulin", "ORG", opt=True), E("Forbach", "LOC"), E(SGM, "PER"), E("Metz", "LOC"),
     E("CHR Metz-Thionville", "ORG"), E(AW, "PER"), E("Covid", "MISC", opt=True), E("Australie", "LOC"),
     E(KOL, "PER"), E("Sarreguemines", "LOC"), E("Nancy-Metz", "LOC"), E("Bas-Rhin", "LOC")],
    [
     Q(D, "changer de méthode", "ARS", "veut", opt=True, nth=0),
     Q(D, "Certains parents ne répondent pas, d'autres refusent sans explication, et quelques-uns m'appellent pour me poser de vraies questions. Ceux-là, je peux les convaincre", SGM, "raconte-t-elle", v="pron"),
     Q(I, "34 % des élèves de cinquième de Moselle ont reçu une première dose cette année, contre 48 % en moyenne nationale", "ARS", "Selon"),
     Q(D, "Nous devons changer de méthode et aller chercher les familles là où elles sont", DSP, "a déclaré", v="func"),
     Q(I, "des médecins viendraient désormais présenter le vaccin lors des réunions de rentrée", DSP, "a annoncé"),
     Q(I, 'le retard tient surtout à "la défiance installée pendant le Covid"', AW, "Pour"),
     Q(D, "la défiance installée pendant le Covid", AW, "Pour", v="name"),
     Q(D, "Le vaccin est utilisé depuis près de vingt ans dans le monde. On a un recul énorme, et des pays comme l'Australie sont en train d'éliminer le cancer du col de l'utérus", AW, "rappelle la médecin", v="role"),
     Q(I, 'la vaccination des garçons "protège aussi les filles"', AW, "insiste"),
     Q(D, "protège aussi les filles", AW, "insiste", v="pron"),
     Q(D, "Mon frère a eu un cancer de la gorge lié au papillomavirus. Je n'ai pas eu besoin de lire trois brochures", KOL, "confie-t-il", v="pron"),
     Q(D, "On nous dit que c'est sans danger, mais on nous disait ça aussi pour d'autres choses.", None, None),
     Q(I, '"toutes les conditions sont réunies dans les établissements" et que les infirmières scolaires ont reçu une formation spécifique', "rectorat", "assure"),
     Q(D, "toutes les conditions sont réunies dans les établissements", "rectorat", "assure", v="inst"),
     Q(D, "La formation, c'était une visio d'une heure. Ce qui marcherait, c'est du temps.", SGM, "sourit", v="name"),
     Q(I, "partager son poste entre trois établissements", SGM, "dit")],
    [("GRAND EST", "GRAND EST"), ("Lire aussi", "Partager cet article")])


# ---------------------------------------------------------------- 04
BRGM = "Bureau de recherches géologiques et minières"
YMB = "Ysolde Marchetti-Brun"
BON = "Baptiste Ollivier-Nguyen"
RPC = "Rosalind Pereira da Costa"
SPEC["04_secheresse_charente"] = (
    [E("Charente", "LOC"), E("Tardoire", "LOC"), E("Bandiat", "LOC"), E("Touvre", "LOC"),
     E("Mathurin Keraudren-Sow", "PER"), E(BRGM, "ORG"), E("BRGM", "ORG", BRGM), E(YMB, "PER"), E(BON, "PER"),
     E("FDSEA de la Charente", "ORG", opt=True), E("Confédération paysanne", "ORG"), E("Montbron", "LOC"),
     E(RPC, "PER"), E("Charentais", "MISC"), E("Charente Libre", "ORG"), E("Poitiers", "LOC")],
    [
     Q(D, "sidérés", "agriculteurs", None, opt=True),
     Q(D, "La situation est inédite pour la saison. Nous ne pouvons pas attendre les pluies d'hiver en espérant qu'elles viendront", "secrétaire général de la préfecture de la Charente", "a justifié", v="func"),
     Q(I, "80 % des points de mesure du département affichent des niveaux « très bas »", BRGM, "Selon"),
     Q(D, "très bas", BRGM, "Selon", v="inst"),
     Q(I, "d'un « automne perdu »", YMB, "parle", opt=True),
     Q(D, "automne perdu", YMB, "parle", v="name"),
     Q(D, "Il a plu, mais pas assez, et surtout au mauvais moment : des orages violents sur des sols secs, l'eau ruisselle et ne s'infiltre pas", YMB, "détaille-t-elle", v="pron"),
     Q(I, "il faudrait « deux mois de pluie régulière » pour revenir à la normale", YMB, "estime"),
     Q(D, "deux mois de pluie régulière", YMB, "estime", v="role"),
     Q(D, "On nous interdit d'irriguer alors que les golfs de la région sont encore verts", BON, "s'agace", v="name"),
     Q(I, "plusieurs exploitations « ne passeront pas l'hiver » si les restrictions durent", BON, "affirme"),
     Q(D, "ne passeront pas l'hiver", BON, "affirme", v="pron"),
     Q(I, "la mesure « tardive mais nécessaire »", "Confédération paysanne", "juge", opt=True),
     Q(D, "tardive mais nécessaire", "Confédération paysanne", "juge", v="inst"),
     Q(I, "une répartition de l'eau « qui ne favorise pas les plus gros »", "Confédération paysanne", "réclame", opt=True),
     Q(D, "qui ne favorise pas les plus gros", "Confédération paysanne", "réclame", v="inst"),
     Q(D, "Les gens comprennent. Ils voient la rivière", "maire de Montbron", "dit-il", v="func"),
     Q(I, "n'avoir « jamais vu la Tardoire aussi basse en décembre »", RPC, "assure"),
     Q(D, "jamais vu la Tardoire aussi basse en décembre", RPC, "assure", v="name"),
     Q(I, "les contrevenants s'exposent à une amende de 1 500 euros", "préfecture", "rappelle")],
    [("Accueil >", "Environnement"), ("La Tardoire à sec", "Keraudren-Sow"), ("Lire aussi", "réserves")])


# ---------------------------------------------------------------- 05
OFB = "Office français de la biodiversité"
GLS = "Gwendal Le Scouarnec-Pires"
BOF = "Béatrice Okonkwo-Ferrand"
SPEC["05_pollution_sevre"] = (
    [E("Sèvre nantaise", "LOC"), E("Sèvre", "LOC", "Sèvre nantaise"), E("Clisson", "LOC"), E(OFB, "ORG"),
     E("OFB", "ORG", OFB), E("Nantes", "LOC"), E("Galvanor", "ORG"), E(GLS, "PER"),
     E("Loire-Atlantique", "LOC"), E(BOF, "PER"), E("CNRS", "ORG"), E("Marie-Thérèse Abgrall-Diouf", "PER"),
     E("Gétigné", "LOC"), E("Loire", "LOC"), E("Fédération de pêche 44", "ORG", opt=True)],
    [
     Q(D, "Nous n'avions pas vu une mortalité de cette ampleur sur la Sèvre depuis au moins vingt ans", OFB, "a indiqué", v="inst"),
     Q(I, "les prélèvements effectués en aval d'un rejet de la société Galvanor, spécialisée dans le traitement des métaux, montrent des concentrations de cyanure « plusieurs centaines de fois supérieures » aux seuils autorisés", None, "Selon", opt=True),
     Q(D, "plusieurs centaines de fois supérieures", None, "Selon", opt=True),
     Q(D, "regrette profondément", "Galvanor", None, v="inst"),
     Q(I, "une « défaillance d'une vanne » survenue dans la nuit de samedi à dimanche", "Galvanor", "évoque", opt=True),
     Q(D, "défaillance d'une vanne", "Galvanor", "évoque", v="inst"),
     Q(I, "elle « collabore pleinement avec les autorités »", "Galvanor", "assure"),
     Q(D, "collabore pleinement avec les autorités", "Galvanor", "assure", v="inst"),
     Q(I, "les excuses ne suffisent pas", GLS, "Pour"),
     Q(D, "Une vanne qui lâche, ça arrive une fois. Ici, ce site a déjà été mis en demeure en 2023", GLS, "tempête-t-il", v="pron"),
     Q(I, "elle se portera partie civile", "fédération de pêche de Loire-Atlantique", "annonce"),
     Q(I, "l'arrêt de l'activité « tant que l'origine exacte n'est pas établie »", GLS, "réclame", opt=True),
     Q(D, "tant que l'origine exacte n'est pas établie", GLS, "réclame", v="role"),
     Q(I, "les effets à long terme", BOF, "met en garde", opt=True),
     Q(D, "Le cyanure se dégrade vite dans l'eau. Le vrai problème, ce sont les métaux lourds qui peuvent accompagner ce type de rejet et se fixer dans les sédiments", BOF, "explique-t-elle", v="pron"),
     Q(I, "ne pas consommer le poisson pêché sur ce tronçon « jusqu'à nouvel ordre »", BOF, "recommande"),
     Q(D, "jusqu'à nouvel ordre", BOF, "recommande", v="pron"),
     Q(D, "Mes petits-enfants pêchaient ici cet été. On nous a toujours dit que l'usine était aux normes, qu'il n'y avait rien à craindre. Je voudrais bien savoir qui va payer pour nettoyer tout ça", "Marie-Thérèse Abgrall-Diouf", None, v="name")],
    [("Environnement", "Environnement"), ("Lire aussi", "Fédération de pêche 44")])


# ---------------------------------------------------------------- 06
EV = "Éloi Vandermeersch"
NOT = "Nadège Oyelaran-Thibault"
JBF = "Jean-Baptiste Fromentin"
SPEC["06_eolien_gatine"] = (
    [E("Deux-Sèvres", "LOC"), E("Gâtine", "LOC"), E("Secondigny", "LOC"), E("Azay-sur-Thouet", "LOC"),
     E("Bocage debout", "ORG"), E("Ophélie Saint-Amand-Kerbrat", "PER"), E(EV, "PER"),
     E("Vents d'Ouest Énergies", "ORG"), E("Bordeaux", "LOC"), E(NOT, "PER"), E(JBF, "PER"),
     E("Aurèle Manzoni", "PER"), E("LPO Deux-Sèvres", "ORG", opt=True), E("Saint-Nazaire", "LOC"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "Ils vont défigurer le bocage", EV, None, nth=0, v="head"),
     Q(D, "Ils vont défigurer le bocage pour trente ans, et on nous parle de transition", EV, "lance", v="name"),
     Q(I, "le projet porté par la société Vents d'Ouest Énergies « n'a jamais fait l'objet d'une vraie concertation »", EV, "Selon"),
     Q(D, "n'a jamais fait l'objet d'une vraie concertation", EV, "Selon", v="pron"),
     Q(I, "cette version", NOT, "conteste", opt=True),
     Q(D, "Nous avons tenu quatre réunions publiques et une permanence de trois semaines en mairie. On ne peut pas dire que personne n'a été consulté", NOT, "assure-t-elle", v="pron"),
     Q(I, "le parc produirait l'équivalent de la consommation électrique de 14 000 foyers", NOT, "rappelle"),
     Q(D, "Je comprends les inquiétudes. Mais la commune touchera 60 000 euros par an, et on a une école à rénover", "maire de Secondigny", "explique l'élue", v="func"),
     Q(I, "avoir reçu « des menaces » sur les réseaux sociaux", "maire de Secondigny", "dit"),
     Q(D, "des menaces", "maire de Secondigny", "dit", v="func"),
     Q(D, "On me traite de vendu. Moi, je fais ça pour que mon fils puisse reprendre la ferme", JBF, "dit-il", v="pron"),
     Q(D, "toutes les prescriptions environnementales ont été respectées", "préfecture des Deux-Sèvres", "indique", v="inst")],
    [("Deux-Sèvres", "Deux-Sèvres"), ("Lire aussi", "térawattheure"), ("Partager sur Facebook", "Copier le lien")])


# ---------------------------------------------------------------- 07
MEN = "ministère de l'Éducation nationale"
FBO = "Fanny Bellegarde-Oumarou"
RCF = "Ruben Castellanos-Ferré"
MER = "Mathias Ebongué-Ritter"
CVM = "Corinne Vasseur-Mbaye"
SPEC["07_greve_lycee_pro"] = (
    [E("Thibault Ngo-Fontaine", "PER"), E("Annabelle de Kersauson", "PER"), E("Paris", "LOC"),
     E("place de la République", "LOC", opt=True), E("Lyon", "LOC"), E("Marseille", "LOC"), E("Lille", "LOC"),
     E(FBO, "PER"), E("Snuep-FSU", "ORG"), E(MEN, "ORG", opt=True), E("SE-Unsa", "ORG"), E(RCF, "PER"),
     E("Jacquard", "ORG", opt=True), E(MER, "PER"), E("Peep", "ORG"), E(CVM, "PER")],
    [
     Q(D, "à l'écoute", MEN, None, nth=0, v="inst"),
     Q(I, "Près d'un professeur de lycée professionnel sur deux était en grève mardi", "syndicats", "selon"),
     Q(I, "un chiffre de 21 %", MEN, "avance", opt=True),
     Q(D, "On est en train de transformer nos élèves en main-d'œuvre gratuite, a lancé au micro Fanny Bellegarde-Oumarou, cosecrétaire générale du Snuep-FSU. Ce ne sont pas des stagiaires, ce sont des adolescents de quinze ans.", FBO, "a lancé", v="name"),
     Q(I, "47 % des enseignants étaient en grève, un chiffre « jamais vu depuis 2018 » dans la voie professionnelle", FBO, "affirme"),
     Q(D, "jamais vu depuis 2018", FBO, "affirme", v="role"),
     Q(I, "21,3 % de grévistes à la mi-journée", MEN, "a fait état"),
     Q(D, "à l'écoute des inquiétudes", MEN, "se dit", v="pron"),
     Q(I, "« aucune suppression de poste » n'est liée à la réforme", MEN, "assure"),
     Q(D, "aucune suppression de poste", MEN, "assure", v="pron"),
     Q(D, "Nous ne sommes pas contre les stages, a expliqué son secrétaire national, Ruben Castellanos-Ferré. Nous sommes contre le fait qu'on les impose sans moyens pour accompagner les élèves.", RCF, "a expliqué", v="name"),
     Q(I, "son syndicat demanderait à être reçu « dans les quinze jours »", RCF, "a indiqué"),
     Q(D, "dans les quinze jours", RCF, "a indiqué", v="pron"),
     Q(D, "Un élève m'a dit la semaine dernière : “Monsieur, en stage je range des cartons, je n'apprends rien.” Qu'est-ce que je lui réponds ?", MER, "raconte", v="name"),
     Q(D, "Monsieur, en stage je range des cartons, je n'apprends rien.", None, "m'a dit"),
     Q(I, "la moitié de ses collègues ont fait grève", MER, "assure"),
     Q(D, "la réforme a des bons côtés", CVM, "estime", v="name"),
     Q(I, "les familles n'aient « jamais été consultées »", CVM, "regrette"),
     Q(D, "jamais été consultées", CVM, "regrette", v="name"),
     Q(D, "Les parents veulent que leurs enfants trouvent un emploi. Ça ne veut pas dire n'importe quel stage", CVM, "a-t-elle ajouté", v="pron")],
    [("ÉDUCATION", "ÉDUCATION"), ("Lire aussi", "alternance")])


# ---------------------------------------------------------------- 08
SAL = "Sigrid Aamodt-Lefort"
HBV = "Hamza Benjelloun-Vidal"
JEL = "Jean-Eudes Lamarque-Ito"
DRAC = "direction régionale des affaires culturelles"
SPEC["08_empreintes_grotte"] = (
    [E("Gard", "LOC"), E("CNRS", "ORG"), E("université Toulouse-Jean-Jaurès", "ORG", opt=True),
     E("Combe-Rousse", "LOC"), E("Quaternary Science Reviews", "ORG"), E("Bérénice Oulmane", "PER"),
     E("Timothée Garrigou-Lagrange", "PER"), E("Traces", "ORG"), E("Toulouse", "LOC"), E(SAL, "PER"),
     E("Europe", "LOC"), E(HBV, "PER"), E(JEL, "PER"), E(DRAC, "ORG", opt=True), E("Drac", "ORG", DRAC),
     E("Occitanie", "LOC"), E("Lussan", "LOC"), E("Lascaux", "LOC")],
    [
     Q(D, "une découverte exceptionnelle", "chercheurs", "selon", opt=True),
     Q(I, "avoir daté des traces de pas humains et d'ours des cavernes dans la grotte de Combe-Rousse", "équipe du CNRS et de l'université Toulouse-Jean-Jaurès", "annonce"),
     Q(D, "J'ai d'abord cru à des marques de griffes. Puis j'ai vu un talon, cinq orteils, et j'ai arrêté de respirer", "Timothée Garrigou-Lagrange", "se souvient-il", v="pron"),
     Q(D, "Nous avons au moins dix-sept empreintes humaines, dont quatre d'enfants, associées à des traces d'ours datées entre 29 000 et 31 500 ans", SAL, "a déclaré", v="name"),
     Q(I, "il s'agit de “l'un des plus anciens ensembles d'empreintes d'enfants connus en Europe”", SAL, "Selon"),
     Q(D, "l'un des plus anciens ensembles d'empreintes d'enfants connus en Europe", SAL, "Selon", v="pron"),
     Q(I, "les chercheurs ont mesuré l'uranium et le thorium des fines couches de calcite qui recouvrent les traces", HBV, "explique"),
     Q(D, "La calcite s'est déposée comme un vernis, et ce vernis nous donne une date minimale très solide", HBV, "détaille le géochimiste", v="role"),
     Q(I, "une marge d'erreur “de quelques siècles” subsiste", HBV, "reconnaît"),
     Q(D, "de quelques siècles", HBV, "reconnaît", v="pron"),
     Q(I, "la présence d'enfants “pose des questions passionnantes sur la façon dont ces groupes utilisaient les grottes”", JEL, "Pour"),
     Q(D, "pose des questions passionnantes sur la façon dont ces groupes utilisaient les grottes", JEL, "Pour", v="name"),
     Q(I, "“prématuré” de parler de rituel", JEL, "juge", opt=True),
     Q(D, "prématuré", JEL, "juge", v="pron"),
     Q(I, "la fermeture définitive de la galerie", DRAC + " d'Occitanie", "a annoncé", opt=True),
     Q(D, "La conservation prime. Ces empreintes ont survécu 30 000 ans, elles ne survivraient pas à dix ans de visites", "conservateur régional de l'archéologie d'Occitanie", "a justifié", v="func"),
     Q(I, "“comprendre” cette décision", "maire de Lussan", "dit"),
     Q(D, "comprendre", "maire de Lussan", "dit", v="func"),
     Q(I, "une réplique pourra être installée à l'accueil du site", "maire de Lussan", "espère")],
    [("Sciences >", "Archéologie"), ("Lire aussi", "pour la grotte")])


# ---------------------------------------------------------------- 09
OLL = "Observatoire local des loyers de l'agglomération grenobloise"
DRA = "Dolorès Ramírez-Aubert"
YTL = "Yacouba Traoré-Lindqvist"
UNPI = "Union nationale des propriétaires immobiliers"
HVA = "Hugues de Villeneuve-Ardant"
ADJ = "adjointe au maire de Grenoble chargée du logement"
SPEC["09_loyers_grenoble"] = (
    [E("Grenoble", "LOC"), E("Observatoire local des loyers", "ORG", OLL), E(OLL, "ORG"), E("OLLAG", "ORG", OLL),
     E("Noémie Charbonnel-Adjei", "PER"), E(DRA, "PER"), E("Confédération nationale du logement", "ORG"),
     E("CNL", "ORG", "Confédération nationale du logement"), E("Isère", "LOC"), E(YTL, "PER"),
     E("Bamako", "LOC"), E(UNPI, "ORG"), E("UNPI", "ORG", UNPI), E(HVA, "PER"), E("Lorenzo Bianchetti", "PER"),
     E("université Grenoble-Alpes", "ORG", opt=True), E("Annecy", "LOC"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True)],
    [
     Q(D, "les abus n'ont pas disparu", DRA, None, v="head"),
     Q(I, "un logement sur quatre reste loué au-dessus du plafond autorisé", OLL, "relève", opt=True),
     Q(I, "des sanctions", "associations de locataires", "réclament", opt=True),
     Q(I, "Un an après l'entrée en vigueur de l'encadrement des loyers dans la métropole grenobloise, 26 % des annonces publiées en ligne dépassent le loyer de référence majoré", OLL, "selon"),
     Q(D, "Les abus n'ont pas disparu, ils se sont déplacés vers les studios et les meublés, là où les locataires sont les plus fragiles", DRA, "estime", v="name"),
     Q(I, "les propriétaires contrevenants soient « systématiquement » sanctionnés", DRA, "demande"),
     Q(D, "systématiquement", DRA, "demande", v="role"),
     Q(D, "Quand j'ai dit au propriétaire que le loyer était illégal, il m'a répondu que je pouvais partir si je n'étais pas content", YTL, "raconte-t-il", v="pron"),
     Q(I, "avoir saisi la commission départementale de conciliation en septembre", YTL, "dit"),
     Q(I, "les contrôles restent rares", ADJ, "reconnaît"),
     Q(D, "Nous avons deux agents pour 90 000 logements locatifs. Nous avons demandé à l'État de nous donner les moyens de sanctionner nous-mêmes", ADJ, "a-t-elle expliqué", v="func"),
     Q(I, "112 signalements ont été traités depuis janvier, et 31 propriétaires ont baissé leur loyer", "municipalité", "D'après"),
     Q(I, "une mesure « contre-productive »", UNPI, "dénonce", opt=True),
     Q(D, "contre-productive", UNPI, "dénonce", v="inst"),
     Q(D, "des dizaines de bailleurs ont retiré leur logement du marché pour le louer en saisonnier", HVA, "assure", v="name"),
     Q(D, "On décourage ceux qui louent correctement, et les tricheurs, eux, continuent", HVA, "ajoute-t-il", v="pron"),
     Q(D, "L'encadrement freine la hausse, c'est mesurable. Mais sans contrôle, il repose sur la bonne volonté des bailleurs.\n\n« Et quand les logements manquent, les locataires n'osent pas se plaindre", "Lorenzo Bianchetti", "nuance", v="name")],
    [("Logement", "Logement"), ("Lire aussi", "Partager sur X")])


# ---------------------------------------------------------------- 10
PMD = "Priscilla Manoukian-Dubreuil"
AMS = "Aurélien Mbarga-Sautel"
NOS = "Nathalie Obrecht-Saïd"
FNAUT = "Fédération nationale des associations d'usagers des transports"
MIN10 = "ministre chargée des Transports"
SPEC["10_greve_sncf"] = (
    [E("SNCF", "ORG"), E("SUD-Rail", "ORG"), E("TGV", "MISC", opt=True), E("TER", "MISC", opt=True),
     E("Noël", "MISC", opt=True), E("Gaëlle Hautecœur", "PER"), E("Gare de Lyon", "LOC", opt=True), E(PMD, "PER"),
     E("Marseille", "LOC"), E("Franciliens", "MISC"), E(AMS, "PER"), E("CGT-Cheminots", "ORG"), E(NOS, "PER"),
     E("Transports", "ORG", opt=True), E(FNAUT, "ORG"), E("Fnaut", "ORG", FNAUT), E("Bertrand Lacoste-Ivanov", "PER")],
    [
     Q(D, "Le mouvement peut durer", "SUD-Rail", "prévient", opt=True, nth=0),
     Q(I, "prolonger le mouvement jusqu'aux vacances de Noël", "syndicats", "menacent", opt=True),
     Q(D, "J'ai un entretien d'embauche demain à 9 heures. Je ne sais même pas si je vais pouvoir y aller", PMD, "soupire la jeune femme", v="role"),
     Q(I, "avoir appris l'annulation de son train « par un SMS à minuit »", PMD, "dit"),
     Q(D, "par un SMS à minuit", PMD, "dit", v="role"),
     Q(I, "52 % des contrôleurs étaient en grève jeudi matin", "SNCF", "Selon"),
     Q(D, "Nous avons privilégié les trains du quotidien et garanti les correspondances internationales", "SNCF", "a indiqué", v="inst"),
     Q(I, "les voyageurs à « reporter leurs déplacements non indispensables »", "SNCF", "invite"),
     Q(D, "reporter leurs déplacements non indispensables", "SNCF", "invite", v="inst"),
     Q(I, "les cheminots n'ont « pas eu le choix »", AMS, "Pour"),
     Q(D, "pas eu le choix", AMS, "Pour", v="name"),
     Q(D, "On nous a proposé une table ronde en janvier, c'est-à-dire après les fêtes. Le mouvement peut durer, et il durera si la direction ne revient pas avec une vraie proposition", AMS, "prévient le syndicaliste", v="role"),
     Q(I, "reconduire la grève vendredi", "CGT-Cheminots", "appelle"),
     Q(I, "« un passage en force »", NOS, "dénonce", opt=True),
     Q(D, "un passage en force", NOS, "dénonce", v="name"),
     Q(I, "la réforme repousserait de deux ans l'âge de départ des contrôleurs « sans aucune compensation pour la pénibilité »", NOS, "affirme"),
     Q(D, "sans aucune compensation pour la pénibilité", NOS, "affirme", v="pron"),
     Q(I, "« toutes les parties à reprendre le dialogue »", MIN10, "a appelé"),
     Q(D, "toutes les parties à reprendre le dialogue", MIN10, "a appelé", v="func"),
     Q(I, "le service minimum devait être « respecté partout »", MIN10, "a rappelé"),
     Q(D, "respecté partout", MIN10, "a rappelé", v="func"),
     Q(I, "une réunion pourrait se tenir dès lundi", None, "Selon"),
     Q(I, "le remboursement intégral des abonnements pour les jours de grève", FNAUT, "réclame", opt=True),
     Q(D, "Les usagers ne doivent pas payer deux fois : en temps perdu et en argent", "Bertrand Lacoste-Ivanov", "résume son président", v="name"),
     Q(D, "De toute façon, à Noël, c'est toujours pareil.", None, "lâche")],
    [("Mobilités", "Mobilités"), ("Lire aussi", "régimes spéciaux")])


# ---------------------------------------------------------------- 11
ALN = "Agathe Lemaire-Nakamura"
OPM = "Octave Pinchon-Mbeki"
CNPN = "Conseil national de la protection de la nature"
TAO = "tribunal administratif d'Orléans"
PCR = "président du conseil régional du Centre-Val de Loire"
SPEC["11_autoroute_a112"] = (
    [E("Centre-Val de Loire", "LOC"), E("A112", "LOC", opt=True), E("Orléans", "LOC"),
     E("ORLÉANS", "LOC", "Orléans"), E("Salomé Vercruysse", "PER"), E("Chartres", "LOC"), E("Dreux", "LOC"),
     E("Conseil d'État", "ORG"), E(ALN, "PER"), E("Non à l'A112", "ORG"), E("Autoroutes du Perche", "ORG"),
     E("Eure-et-Loir", "LOC"), E(OPM, "PER"), E("Nogent-le-Roi", "LOC"), E(CNPN, "ORG"),
     E("CNPN", "ORG", CNPN), E("Rachida El Mansouri", "PER"), E("Beauce", "LOC")],
    [
     Q(D, "pas résignés", "opposants", None, opt=True, nth=0),
     Q(I, "le projet d'autoroute entre Chartres et Dreux répondait à une “raison impérative d'intérêt public majeur”", TAO, "a estimé"),
     Q(D, "raison impérative d'intérêt public majeur", TAO, "a estimé", v="inst"),
     Q(D, "Nous sommes déçus, pas résignés. Nous irons devant le Conseil d'État", ALN, "a aussitôt réagi", v="name"),
     Q(I, "380 hectares de terres agricoles seront artificialisés", ALN, "rappelle"),
     Q(I, "le tribunal “n'a pas pris la mesure de l'urgence climatique”", ALN, "Selon"),
     Q(D, "n'a pas pris la mesure de l'urgence climatique", ALN, "Selon", v="pron"),
     Q(I, "d'une décision “qui sécurise un projet attendu depuis trente ans”", "Autoroutes du Perche", "se félicite", opt=True),
     Q(D, "qui sécurise un projet attendu depuis trente ans", "Autoroutes du Perche", "se félicite", v="inst"),
     Q(I, "les travaux créeront 1 200 emplois pendant quatre ans", "Autoroutes du Perche", "assure"),
     Q(I, "d'une “bonne nouvelle pour l'Eure-et-Loir”", PCR, "parle", opt=True),
     Q(D, "bonne nouvelle pour l'Eure-et-Loir", PCR, "parle", v="func"),
     Q(D, "Les habitants de Dreux passent une heure dans les bouchons chaque matin. Ce n'est pas une lubie d'élu, c'est une question de qualité de vie", PCR, "a-t-il déclaré", v="pron"),
     Q(D, "Mon grand-père a acheté ces terres en 1952. On me propose une indemnité, comme si on pouvait racheter ça", OPM, "dit l'agriculteur", v="role"),
     Q(I, "il “n'ira pas au contentieux”", OPM, "assure"),
     Q(D, "n'ira pas au contentieux", OPM, "assure", v="pron"),
     Q(I, "les mesures de compensation “insuffisantes”", CNPN, "jugeant", opt=True),
     Q(D, "insuffisantes", CNPN, "jugeant", v="inst"),
     Q(I, "cet avis était “consultatif” et que l'État avait “renforcé les engagements” du concessionnaire", "préfète de région", "a rappelé"),
     Q(D, "consultatif", "préfète de région", "a rappelé", v="func"),
     Q(D, "renforcé les engagements", "préfète de région", "a rappelé", v="func"),
     Q(I, "des effets sur la nappe de Beauce", "Rachida El Mansouri", "redoute", opt=True),
     Q(D, "On va imperméabiliser des surfaces énormes en tête de bassin. Personne ne sait ce que ça donnera en cas d'orage", "Rachida El Mansouri", "alerte la chercheuse", v="role")],
    [("Centre-Val de Loire", "Centre-Val de Loire"), ("Mots-clés", "Environnement")])


# ---------------------------------------------------------------- 12
ERK = "Émile Rouvière-Kassab"
CBA = "Clarisse Beaumont-Achterberg"
DGCCRF = "Direction générale de la concurrence, de la consommation et de la répression des fraudes"
JNL = "Jérôme N'Guessan-Ledoux"
ARO = "Apolline Ravel-Okafor"
MIN12 = "ministre délégué à la Consommation"
SPEC["12_arnaques_pac"] = (
    [E("UFC-Que Choisir", "ORG"), E("Yannick Da Silva-Moreau", "PER"), E(ERK, "PER"), E("Périgueux", "LOC"),
     E(CBA, "PER"), E(DGCCRF, "ORG"), E("DGCCRF", "ORG", DGCCRF), E(JNL, "PER"),
     E("Capeb de Dordogne", "ORG", opt=True), E(ARO, "PER"), E("Bordeaux", "LOC"),
     E("Consommation", "ORG", opt=True), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True)],
    [
     Q(I, "les arnaques au démarchage explosent", "UFC-Que Choisir", "alerte"),
     Q(I, "plus de 2 300 plaintes en un an", "UFC-Que Choisir", "a recensé", opt=True),
     Q(D, "Un monsieur très aimable m'a dit qu'il venait de la part de la mairie, pour un diagnostic gratuit financé par l'État", ERK, "raconte", v="name"),
     Q(D, "Ils ne sont jamais revenus brancher la pompe. Elle est posée dans le jardin, comme une statue", ERK, "dit-il", v="pron"),
     Q(I, "les plaintes liées à la rénovation énergétique ont augmenté de 62 % en un an", "UFC-Que Choisir", "Selon"),
     Q(D, "Les escrocs suivent l'argent public. Dès qu'une aide est annoncée, les démarcheurs arrivent", CBA, "analyse", v="name"),
     Q(I, "le rôle des sociétés de crédit, qui financent « sans jamais vérifier que les travaux ont été faits »", CBA, "pointe", opt=True),
     Q(D, "sans jamais vérifier que les travaux ont été faits", CBA, "pointe", v="pron"),
     Q(I, "avoir contrôlé 1 100 entreprises en 2026, dont près de la moitié présentaient des anomalies", DGCCRF, "indique"),
     Q(D, "Nous avons transmis 84 dossiers à la justice", DGCCRF, "précise-t-on", v="inst"),
     Q(D, "Chaque arnaque, ce sont dix clients qui ne nous ouvrent plus la porte", JNL, "regrette", v="name"),
     Q(I, "la confusion entre labels officiels et faux certificats « profite aux fraudeurs »", JNL, "Selon"),
     Q(D, "profite aux fraudeurs", JNL, "Selon", v="role"),
     Q(I, "il ne faut « surtout pas continuer à payer sans avoir pris conseil »", ARO, "Pour"),
     Q(D, "surtout pas continuer à payer sans avoir pris conseil", ARO, "Pour", v="name"),
     Q(I, "le délai de rétractation est de quatorze jours et que le crédit peut être annulé si le contrat principal l'est", ARO, "rappelle"),
     Q(D, "Beaucoup de victimes ont honte et attendent des mois. C'est l'erreur à ne pas faire", ARO, "insiste-t-elle", v="pron"),
     Q(I, "l'interdiction totale du démarchage téléphonique « à partir du 1er juillet 2027 »", MIN12, "a annoncé", opt=True),
     Q(D, "à partir du 1er juillet 2027", MIN12, "a annoncé", v="func")],
    [("Vie pratique", "Vie pratique"), ("Lire aussi", "LinkedIn")])


if __name__ == "__main__":
    main(SPEC, HERE)
