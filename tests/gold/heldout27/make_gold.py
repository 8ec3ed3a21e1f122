#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout27 (BLIND) with exact offsets.

    python3 tests/gold/heldout27/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout27/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout27/make_gold.py --show   # print every annotation in context

BLIND set: never tune on it, never add it to `make eval`; only the lead scores it.
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
AFP = [E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG")]

CEN = "Commission électorale nationale indépendante"
CENCO = "Conférence épiscopale nationale du Congo"
JCM = "Jean-Crispin Mukendi wa Ilunga"
BKN = "Béatrice Kalala Ngoy"
PPG = "porte-parole du gouvernement"
RSG = "représentante spéciale du secrétaire général de l'ONU en RDC"
RDC = "République démocratique du Congo"
# ---------------------------------------------------------------- 01
SPEC["01_afp_rdc_provinciales"] = (
    [E("RDC", "LOC", RDC), E("Afrique", "LOC"), E("Kasaï", "LOC"), E("Céni", "ORG", CEN), E("KINSHASA", "LOC", "Kinshasa"),
     E("Kinshasa", "LOC"), E(CEN, "ORG"), E(RDC, "LOC"), E("Kasaï-Central", "LOC"), E("Ensemble pour le Kasaï", "ORG"),
     E("Kananga", "LOC"), E(JCM, "PER"), E("Cour constitutionnelle", "ORG"), E(CENCO, "ORG"), E("Cenco", "ORG", CENCO),
     E(BKN, "PER"), E("Dieudonné", "PER"), E("ONU", "ORG")] + AFP,
    [
     Q(D, "maintient", CEN, "maintient", opt=True),
     Q(I, "les résultats provisoires « reflètent fidèlement la volonté des électeurs »", CEN, "affirmant"),
     Q(D, "reflètent fidèlement la volonté des électeurs", CEN, "affirmant", v="inst"),
     Q(D, "Aucun des recours déposés à ce stade ne remet en cause l'ordre d'arrivée des listes", "rapporteur de la " + CEN, "a déclaré", v="func"),
     Q(I, "la participation s'est établie à 41 % dans la province", CEN, "Selon"),
     Q(I, "des « bourrages d'urnes massifs » dans au moins trente bureaux de vote de Kananga, la capitale provinciale", "Ensemble pour le Kasaï", "dénonce", opt=True),
     Q(D, "bourrages d'urnes massifs", "Ensemble pour le Kasaï", "dénonce", v="inst"),
     Q(I, "il saisirait la Cour constitutionnelle dès lundi", JCM, "a annoncé"),
     Q(D, "Nous avons des procès-verbaux signés par nos témoins qui contredisent les chiffres publiés. Nous irons jusqu'au bout", JCM, "a-t-il lancé", v="pron"),
     Q(I, "la police d'avoir « empêché nos témoins d'accéder aux bureaux »", JCM, "a accusé"),
     Q(D, "empêché nos témoins d'accéder aux bureaux", JCM, "a accusé", v="role"),
     Q(I, "la population à « ne pas céder aux provocations »", PPG, "a exhorté"),
     Q(D, "ne pas céder aux provocations", PPG, "a exhorté", v="func"),
     Q(I, "l'État garantirait « la sécurité de chaque citoyen pendant la période du contentieux »", PPG, "assuré"),
     Q(D, "la sécurité de chaque citoyen pendant la période du contentieux", PPG, "assuré", v="func"),
     Q(I, "d'« irrégularités sérieuses », sans se prononcer sur leur ampleur", "mission d'observation de la " + CENCO, "a fait état", opt=True),
     Q(D, "irrégularités sérieuses", "mission d'observation de la " + CENCO, "a fait état", v="inst"),
     Q(D, "Nos observateurs ont constaté l'ouverture tardive de nombreux bureaux et l'absence de listes électorales affichées", BKN, "a expliqué", v="name"),
     Q(I, "un rapport détaillé sera publié « dans les quinze jours »", BKN, "D'après"),
     Q(D, "dans les quinze jours", BKN, "D'après", v="pron"),
     Q(D, "On a voté dans le calme, on veut que nos voix soient respectées", "Dieudonné", "confiait", v="name"),
     Q(I, "les acteurs politiques à « privilégier les voies légales »", RSG, "a exhorté"),
     Q(D, "privilégier les voies légales", RSG, "a exhorté", v="func")],
    [("Accueil > Afrique", "RDC"), ("str-jmk/ab/sba", "© Agence France-Presse")])


SPF = "SPF Affaires étrangères"
PSPF = "porte-parole du SPF Affaires étrangères"
TDA = "Thibault Delcour-Akpovi"
HGM = "Hélène Gbaguidi-Marchal"
ASW = "Anne-Sophie Wéry-Bastin"
# ---------------------------------------------------------------- 02
SPEC["02_belgique_spf_benin"] = (
    [E("L'Écho de Wallonie", "ORG"), E("Afrique", "LOC"), E(SPF, "ORG"), E("SPF", "ORG", SPF), E("Belges", "MISC"),
     E("Bénin", "LOC"), E("Margaux Vanderstraeten-Habimana", "PER"), E("Alibori", "LOC"), E("Atacora", "LOC"),
     E("Enabel", "ORG"), E("Ilse Verbruggen", "PER"), E("Solidarité Meuse-Sahel", "ORG"), E("Liège", "LOC"), E(TDA, "PER"),
     E("Namur", "LOC"), E(HGM, "PER"), E("Kandi", "LOC"), E("Namuroise", "MISC", opt=True), E(ASW, "PER"),
     E("Les Engagés", "ORG"), E("Affaires étrangères", "ORG", opt=True), E("Niger", "LOC"), E("Burkina Faso", "LOC"),
     E("Sahel", "LOC"), E("Belgique", "LOC")] + NET,
    [
     Q(D, "La situation peut se dégrader très vite", SPF, "appelle", v="inst"),
     Q(I, "aux ressortissants belges qui s'y trouvent de quitter la zone « par les moyens commerciaux encore disponibles »", SPF, "recommande"),
     Q(D, "par les moyens commerciaux encore disponibles", SPF, "recommande", v="inst"),
     Q(D, "La situation sécuritaire peut se dégrader très vite, et nos capacités d'assistance consulaire sur place sont limitées", SPF, "indique", v="inst"),
     Q(I, "une quarantaine de Belges sont enregistrés dans les départements de l'Alibori et de l'Atacora, pour la plupart des coopérants et des membres d'ONG", SPF, "Selon"),
     Q(I, "aucun ressortissant n'était « à ce stade » signalé en difficulté", PSPF, "a précisé"),
     Q(D, "à ce stade", PSPF, "a précisé", v="func"),
     Q(D, "Nous sommes en contact avec chacun d'entre eux. Personne n'est abandonné", PSPF, "a-t-il insisté", v="pron"),
     Q(I, "Enabel, l'agence belge de développement, suspend ses missions dans la région « jusqu'à nouvel ordre »", "Ilse Verbruggen", "a confirmé"),
     Q(D, "jusqu'à nouvel ordre", "Ilse Verbruggen", "a confirmé", v="name"),
     Q(D, "partir maintenant, c'est laisser tomber des villages qui comptent sur nous", TDA, "estime", v="name"),
     Q(D, "Nos équipes locales sont béninoises, elles restent. Nous, on les soutiendra à distance", TDA, "poursuit-il", v="pron"),
     Q(D, "Il m'a dit qu'il rentrerait seulement si son hôpital le lui demande. Je le comprends, mais je ne dors plus", HGM, "confie", v="role"),
     Q(I, "la ministre des Affaires étrangères vienne s'expliquer jeudi en commission", ASW, "a demandé"),
     Q(D, "On ne peut pas découvrir ce genre de décision par un communiqué de presse", ASW, "a déploré", v="role")],
    [("L'Écho de Wallonie", "Monde › Afrique"), ("Lire aussi", "Envoyer par mail")])


VMP = "Vigie Matières premières"
LFT = "Loïc Favre-Tchoumba"
GSA = "Groupement suisse des affineurs"
SGA = "secrétaire général du Groupement suisse des affineurs"
SECO = "Secrétariat d'État à l'économie"
CAN = "Corinne Aebischer-N'Guessan"
# ---------------------------------------------------------------- 03
SPEC["03_suisse_ong_or"] = (
    [E("LE QUOTIDIEN LÉMANIQUE", "ORG", "Le Quotidien lémanique"), E("Yasmina Rüegg-Benali", "PER"), E("Mali", "LOC"),
     E("Burkina Faso", "LOC"), E(VMP, "ORG"), E("Dubaï", "LOC"), E("Noémie Berset", "PER"), E("Suisse", "LOC"),
     E("Tessin", "LOC"), E(LFT, "PER"), E("Kayes", "LOC"), E(GSA, "ORG"), E(SECO, "ORG"), E("SECO", "ORG", SECO),
     E("Parlement", "ORG", opt=True), E(CAN, "PER"), E("Conseil fédéral", "ORG"), E("Berne", "LOC"), E("Genève", "LOC")],
    [
     Q(D, "fermer les yeux", VMP, "accuse", v="inst"),
     Q(I, "des raffineries tessinoises de «fermer les yeux»", VMP, "accuse", opt=True),
     Q(D, "Les raffineries se contentent de documents fournis par des intermédiaires qu'elles ne rencontrent jamais", "Noémie Berset", "affirme", v="name"),
     Q(I, "au moins 14 tonnes d'or d'origine douteuse auraient été affinées en Suisse en 2025, dont une bonne partie au Tessin", VMP, "Selon"),
     Q(D, "Nous ne disons pas que les entreprises sont complices. Nous disons qu'elles choisissent de ne pas savoir", LFT, "résume", v="name"),
     Q(I, "avoir vu «des enfants de douze ans au fond des puits»", LFT, "dit"),
     Q(D, "des enfants de douze ans au fond des puits", LFT, "dit", v="pron"),
     Q(I, "Ses membres appliquent «les standards les plus exigeants au monde»", SGA, "a réagi"),
     Q(D, "les standards les plus exigeants au monde", SGA, "a réagi", v="func"),
     Q(I, "l'ONG «mélange des filières légales et illégales pour produire un chiffre spectaculaire»", SGA, "estime"),
     Q(D, "mélange des filières légales et illégales pour produire un chiffre spectaculaire", SGA, "estime", v="pron"),
     Q(I, "la loi sur le contrôle des métaux précieux «ne prévoit pas de traçabilité jusqu'à la mine»", SECO, "rappelle"),
     Q(D, "ne prévoit pas de traçabilité jusqu'à la mine", SECO, "rappelle", v="inst"),
     Q(I, "Une révision est à l'étude", SECO, "indique-t-il"),
     Q(D, "Chaque année, on nous promet des mesures volontaires. Le résultat est sous nos yeux", CAN, "tranche", v="role"),
     Q(I, "le Conseil fédéral «arrête de se cacher derrière la branche»", CAN, "veut", opt=True),
     Q(D, "arrête de se cacher derrière la branche", CAN, "veut", v="role")],
    [("LE QUOTIDIEN LÉMANIQUE", "Matières premières"), ("Lire aussi:", "S'inscrire")])


FEST = "Festival international du film de Trois-Rivières"
NSC = "Nathalie St-Onge Caron"
ADR = "Aïssatou Diallo-Roy"
MCC = "ministère de la Culture et des Communications"
# ---------------------------------------------------------------- 04
SPEC["04_quebec_festival_film"] = (
    [E("Le Fil culturel", "ORG"), E("Festival du film de Trois-Rivières", "MISC", FEST), E(FEST, "MISC"),
     E("Les Glaces de mars", "MISC"), E("Maxime Bouchard-Tremblay", "PER"), E(NSC, "PER"),
     E("Geneviève LeBlanc-Arsenault", "PER"), E("Grand Prix", "MISC", opt=True), E("Sénégalaise", "MISC"), E(ADR, "PER"),
     E("Dakar", "LOC"), E("Sept-Îles", "LOC"), E("Prix du public", "MISC", opt=True), E("Nos rivières", "MISC"),
     E("Trifluvien", "MISC", opt=True), E("Samuel Ouellet", "PER"), E("Mauricie", "LOC"), E(MCC, "ORG", opt=True)],
    [
     Q(D, "Les Glaces de mars", None, None, opt=True, nth=0),
     Q(I, "Le Festival international du film de Trois-Rivières a clos dimanche sa 19e édition sur un record : plus de 48 000 entrées en dix jours, soit 15 % de plus que l'an dernier", "organisateurs du " + FEST, "selon"),
     Q(D, "Le public est revenu, et il est revenu jeune", NSC, "s'est réjouie", v="name"),
     Q(I, "ce succès à la gratuité des projections pour les moins de 25 ans", NSC, "attribue", opt=True),
     Q(D, "On a pris un risque financier. Il a payé", NSC, "a-t-elle ajouté", v="pron"),
     Q(D, "une œuvre d'une rare pudeur, qui filme l'exil sans jamais le surligner", "jury", "a salué", v="inst"),
     Q(D, "à toutes les femmes qui partent sans savoir si elles reviendront", ADR, "a dédié", v="role"),
     Q(D, "Ce film, je l'ai porté sept ans. Ce soir, il ne m'appartient plus", ADR, "a confié", v="role"),
     Q(D, "Tous les spectateurs concernés seront remboursés d'ici la fin du mois", "directeur technique du " + FEST, "a promis", v="func"),
     Q(I, "son soutien serait « reconduit pour trois ans »", MCC, "a fait savoir"),
     Q(D, "reconduit pour trois ans", MCC, "a fait savoir", v="inst")],
    [("Le Fil culturel", "Cinéma"), ("À lire aussi", "Partagez cet article")])

UNI = "Fonds des Nations unies pour l'enfance"
DRU = "directeur régional de l'Unicef pour l'Afrique de l'Ouest et du Centre"
OCHA = "Bureau de la coordination des affaires humanitaires de l'ONU"
OSL = "Oumou Sangaré-Lefebvre"
MBS = "ministère burkinabè de la Santé"
PAM = "Programme alimentaire mondial"
# ---------------------------------------------------------------- 05
SPEC["05_afp_unicef_sahel"] = (
    [E("Unicef", "ORG", UNI), E("Sahel", "LOC"), E("DAKAR", "LOC", "Dakar"), E("Dakar", "LOC"), E(UNI, "ORG"),
     E("Burkina Faso", "LOC"), E("Mali", "LOC"), E("Niger", "LOC"), E("Afrique de l'Ouest et du Centre", "LOC"),
     E(OCHA, "ORG"), E("Ocha", "ORG", OCHA), E(OSL, "PER"), E("Action contre la faim", "ORG"), E("Djibo", "LOC"),
     E("Burkina", "LOC", "Burkina Faso"), E("Ouagadougou", "LOC"), E(MBS, "ORG", opt=True), E(PAM, "ORG"),
     E("PAM", "ORG", PAM)] + AFP,
    [
     Q(I, "2,1 millions d'enfants menacés de malnutrition aiguë au Sahel central", UNI, None, opt=True),
     Q(I, "la période de soudure de 2027 s'annonçait « la plus dure depuis une décennie »", UNI, "avertissant"),
     Q(D, "la plus dure depuis une décennie", UNI, "avertissant", v="inst"),
     Q(D, "Chaque mois de retard dans le financement se paie en vies d'enfants", DRU, "a déclaré", v="func"),
     Q(I, "les centres de prise en charge nutritionnelle de la région ont enregistré une hausse de 27 % des admissions par rapport à l'an dernier", DRU, "Selon"),
     Q(I, "les effets combinés des violences armées, qui ont poussé plus de quatre millions de personnes à fuir leur foyer, et d'une saison des pluies irrégulière", UNI, "pointe", opt=True),
     Q(D, "Dans certaines zones sous blocus, les familles mangent une fois par jour, parfois moins", UNI, "a souligné", v="inst"),
     Q(I, "le plan de réponse humanitaire pour le Sahel central n'était financé qu'à 23 % à un mois de la fin de l'année", OCHA, "a indiqué"),
     Q(D, "Nos équipes reçoivent des enfants qui arrivent trop tard, après des jours de marche", OSL, "raconte", v="name"),
     Q(I, "des dispensaires « débordés » et des stocks d'aliments thérapeutiques « qui ne tiendront pas au-delà de février »", OSL, "décrit", opt=True),
     Q(D, "débordés", OSL, "décrit", v="pron"),
     Q(D, "qui ne tiendront pas au-delà de février", OSL, "décrit", v="pron"),
     Q(D, "la situation nutritionnelle est sous contrôle dans la majorité des districts", MBS, "a assuré", v="inst"),
     Q(I, "des stocks supplémentaires avaient été prépositionnés", MBS, "a assuré"),
     Q(I, "il pourrait devoir suspendre une partie de ses distributions dans la région faute de fonds", PAM, "avait averti"),
     Q(D, "Nous savons ce qui marche, nous savons combien ça coûte. Il ne manque que la volonté", DRU, "a conclu", v="func")],
    [("mla-sd/jbk/lpt", "© Agence France-Presse")])


ARM = "armée camerounaise"
PPA = "porte-parole de l'armée camerounaise"
MDEF = "ministère de la Défense"
GOV = "gouverneur de la région de l'Extrême-Nord"
SDH = "Sentinelle des droits humains"
CMS = "Clarisse Mbarga-Sonfack"
# ---------------------------------------------------------------- 06
SPEC["06_cameroun_armee_mora"] = (
    [E("CAMEROUN MATIN", "ORG", "Cameroun Matin"), E("Extrême-Nord", "LOC"), E("Mora", "LOC"),
     E("Hervé Nkoulou Essomba", "PER"), E("Yaoundé", "LOC"), E("Mayo-Sava", "LOC"), E("Maroua", "LOC"),
     E(MDEF, "ORG", opt=True), E("Boko Haram", "ORG"), E("Mindef", "ORG", MDEF), E(SDH, "ORG"), E("Douala", "LOC"),
     E(CMS, "PER"), E("Lac Tchad", "LOC"), E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(D, "neutralisé", ARM, "affirme", nth=0, v="inst"),
     Q(I, "avoir “neutralisé” une trentaine d'assaillants près de Mora", ARM, "affirme", opt=True),
     Q(I, "avoir repoussé une attaque d'envergure contre une position militaire proche de Mora, dans le département du Mayo-Sava, au cours de laquelle une trentaine d'assaillants auraient été “neutralisés”", ARM, "a annoncé"),
     Q(D, "neutralisés", ARM, "a annoncé", v="inst"),
     Q(D, "Nos unités ont fait preuve d'un professionnalisme exemplaire face à un ennemi lourdement armé", PPA, "a déclaré", v="func"),
     Q(I, "la mort de trois soldats et fait état de cinq blessés, “tous évacués vers l'hôpital militaire de Maroua”", PPA, "a reconnu", opt=True),
     Q(D, "tous évacués vers l'hôpital militaire de Maroua", PPA, "fait état", v="func"),
     Q(I, "l'attaque, menée avant l'aube par plusieurs dizaines d'hommes venus à moto, a été revendiquée par une faction de Boko Haram", MDEF, "Selon"),
     Q(D, "la situation est entièrement sous contrôle", MDEF, "assure", v="inst"),
     Q(I, "des opérations de ratissage se poursuivent", MDEF, "assure"),
     Q(I, "une nuit “de terreur”", None, "décrit", opt=True),
     Q(D, "de terreur", None, "décrit"),
     Q(D, "On a entendu les tirs pendant trois heures. Les gens ont fui vers la brousse avec les enfants", None, "raconte-t-il"),
     Q(I, "les populations “à collaborer avec les forces de défense et à dénoncer tout mouvement suspect”", GOV, "a appelé"),
     Q(D, "à collaborer avec les forces de défense et à dénoncer tout mouvement suspect", GOV, "a appelé", v="pron"),
     Q(I, "une enquête sur la mort de deux civils signalée par des habitants", SDH, "a demandé", opt=True),
     Q(D, "La lutte contre le terrorisme ne doit pas se faire au détriment des populations qu'elle prétend protéger", CMS, "souligne", v="name"),
     Q(I, "les familles des victimes n'ont “reçu aucune explication”", CMS, "affirme"),
     Q(D, "reçu aucune explication", CMS, "affirme", v="pron"),
     Q(D, "toute allégation sera examinée", PPA, "a assuré", v="func"),
     Q(D, "L'armée n'a rien à cacher", PPA, "a-t-il insisté", v="pron")],
    [("CAMEROUN MATIN", "Extrême-Nord"), ("Lire aussi", "WhatsApp | X")])


MA = "ministère des Armées"
PEM = "porte-parole de l'état-major des armées"
AVN = "Amaury de Villecourt-Ndiaye"
SMO = "Séverine Marchal-Oudin"
PHS = "Paul-Henri Stojanović"
# ---------------------------------------------------------------- 07
SPEC["07_armees_exercice_champagne"] = (
    [E("Le Journal de la Défense", "ORG"), E("Armée de terre", "ORG"), E("Hêtre d'acier", "MISC"), E("Champagne", "LOC"),
     E("Olivier Kerbrat-Leroux", "PER"), E(MA, "ORG", opt=True), E("Mourmelon", "LOC"), E("Suippes", "LOC"),
     E("Marne", "LOC"), E("état-major des armées", "ORG", opt=True), E(AVN, "PER"), E(SMO, "PER"), E(PHS, "PER"),
     E("Institut de recherche stratégique de Reims", "ORG"), E("Loi de programmation militaire", "MISC", opt=True)],
    [
     Q(D, "Hêtre d'acier", None, None, opt=True, nth=0),
     Q(D, "Hêtre d'acier", None, None, opt=True, nth=1),
     Q(I, "l'exercice doit « tester la capacité d'une division à s'engager en moins de trente jours aux côtés de nos alliés »", MA, "explique"),
     Q(D, "tester la capacité d'une division à s'engager en moins de trente jours aux côtés de nos alliés", MA, "explique", v="inst"),
     Q(D, "Il ne s'agit pas d'envoyer un message à qui que ce soit, mais de vérifier que nous savons faire ce que nous disons savoir faire", PEM, "a déclaré", v="func"),
     Q(I, "la préparation a mobilisé les états-majors pendant plus d'un an", PEM, "Selon"),
     Q(D, "Faire manœuvrer une division entière, avec sa logistique, ses carburants et ses munitions, c'est un exercice que l'on n'avait plus pratiqué à ce niveau depuis la fin de la guerre froide", AVN, "reconnaît-il", v="pron"),
     Q(I, "la logistique, « souvent le parent pauvre de nos entraînements »", AVN, "insiste", opt=True),
     Q(D, "souvent le parent pauvre de nos entraînements", AVN, "insiste", v="role"),
     Q(I, "une opération « bien préparée avec la population »", "maire de Suippes", "a salué", opt=True),
     Q(D, "bien préparée avec la population", "maire de Suippes", "a salué", v="func"),
     Q(D, "Les camions passent devant l'école toute la journée, on a demandé des horaires, on attend toujours", SMO, "regrette", v="name"),
     Q(I, "cet exercice reste « indispensable mais insuffisant »", PHS, "Pour"),
     Q(D, "indispensable mais insuffisant", PHS, "Pour", v="name"),
     Q(I, "l'armée française manque encore de munitions pour tenir un conflit de haute intensité plus de quelques semaines", PHS, "rappelle"),
     Q(D, "On peut s'entraîner autant qu'on veut. Si les stocks ne suivent pas, la démonstration restera théorique.", PHS, None, v="ctx"),
     Q(I, "un premier bilan serait présenté début janvier", MA, "a indiqué")],
    [("Le Journal de la Défense", "Armée de terre"), ("Lire aussi", "newsletter Défense")])


RMC = "Rui Mendes da Costa"
ETH = "Einar Thorvaldsson"
# ---------------------------------------------------------------- 08
SPEC["08_foot_servette_lausanne"] = (
    [E("SPORT INFO SUISSE", "ORG", "Sport Info Suisse"), E("Super League", "MISC"), E("Servette", "ORG", "Servette FC"),
     E("Lausanne", "ORG", "FC Lausanne-Sport", opt=True), E("Jonas Perrenoud", "PER"), E("FC Lausanne-Sport", "ORG"),
     E("Praille", "LOC"), E("Kwame Asante-Brunner", "PER"), E("Vaudois", "MISC", opt=True), E("Islandais", "MISC"),
     E(ETH, "PER"), E(RMC, "PER"), E("Fabrice Oberson", "PER"), E("Reykjavik", "LOC"), E("Servette FC", "ORG"),
     E("Swiss Football League", "ORG"), E("Lugano", "ORG", "FC Lugano", opt=True), E("Bâle", "ORG", "FC Bâle", opt=True),
     E("Coupe de Suisse", "MISC")],
    [
     Q(D, "On a été punis par notre naïveté", RMC, "regrette", nth=0, v="role"),
     Q(D, "On a été punis par notre naïveté. On mène, on contrôle, et on offre deux buts sur des pertes de balle au milieu", RMC, "a regretté", v="name"),
     Q(D, "On gagne ensemble, on perd ensemble. Je ne vais pas désigner un coupable ce soir", RMC, "a-t-il tranché", v="pron"),
     Q(D, "Mes joueurs ont montré qu'ils avaient du caractère. À la mi-temps, je leur ai juste demandé de jouer plus simple", "Fabrice Oberson", "a-t-il expliqué", v="pron"),
     Q(I, "la victoire \"ne change rien\" à l'objectif du club, le maintien", "Fabrice Oberson", "Selon"),
     Q(D, "ne change rien", "Fabrice Oberson", "Selon", v="pron"),
     Q(I, "avoir \"rêvé de ce genre de match\" enfant, à Reykjavik", ETH, "a confié"),
     Q(D, "rêvé de ce genre de match", ETH, "a confié", v="name"),
     Q(D, "Marquer deux fois dans un derby, c'est quelque chose que je n'oublierai jamais", ETH, "a ajouté", v="role"),
     Q(D, "fermement", "Servette FC", "a condamné", v="inst"),
     Q(I, "elle ouvrirait une procédure disciplinaire", "Swiss Football League", "a indiqué")],
    [("SPORT INFO SUISSE", "Super League"), ("Lire aussi", "Partager cet article")])

FIF = "Fédération ivoirienne de football"
CDIS = "commission de discipline de la Fédération ivoirienne de football"
SKB = "Siméon Kouadio-Brou"
MDK = "Moussa Diabaté-Kanga"
LPF = "Ligue professionnelle de football"
SGL = "secrétaire général de la Ligue professionnelle de football"
MSP = "ministère des Sports"
# ---------------------------------------------------------------- 09
SPEC["09_fif_sanction_bouake"] = (
    [E("Abidjan Sport", "ORG"), E("Ligue 1", "MISC"), E("Bouaké", "LOC"), E("FIF", "ORG", FIF), E("Réveil FC", "ORG"),
     E("Awa Touré-Kouassi", "PER"), E(FIF, "ORG"), E("Étoile de Yopougon", "ORG"), E(SKB, "PER"), E(MDK, "PER"),
     E("Abidjan", "LOC"), E(LPF, "ORG"), E(MSP, "ORG", opt=True), E("Lassina", "PER"), E("Asec Mimosas", "ORG"),
     E("WhatsApp", "ORG", opt=True), E("Facebook", "ORG", opt=True)],
    [
     Q(I, "le club « n'a pas pris les mesures de sécurité élémentaires » et retient sa responsabilité dans les jets de projectiles qui ont blessé un arbitre assistant et deux stadiers", CDIS, "estime"),
     Q(D, "n'a pas pris les mesures de sécurité élémentaires", CDIS, "estime", v="inst"),
     Q(D, "Ces scènes n'ont pas leur place dans nos stades", FIF, "a insisté", v="inst"),
     Q(I, "son intention de faire appel", SKB, "a annoncé", opt=True),
     Q(D, "On punit tout un club et des milliers de supporters honnêtes pour les actes d'une vingtaine de voyous", SKB, "a dénoncé", v="role"),
     Q(I, "le club avait « alerté à deux reprises » les autorités sur les risques liés à cette affiche", SKB, "assure"),
     Q(D, "alerté à deux reprises", SKB, "assure", v="pron"),
     Q(I, "la FIF de pratiquer « deux poids, deux mesures »", MDK, "accuse"),
     Q(D, "deux poids, deux mesures", MDK, "accuse", v="name"),
     Q(I, "un autre club d'Abidjan n'avait écopé que de deux matchs pour des faits « comparables » la saison dernière", "Réveil FC", "rappelle"),
     Q(D, "comparables", "Réveil FC", "rappelle", v="inst"),
     Q(I, "une décision « proportionnée »", SGL, "a défendu", opt=True),
     Q(D, "proportionnée", SGL, "a défendu", v="func"),
     Q(D, "La commission a examiné les rapports de l'arbitre, du commissaire et de la police. Elle n'a pas agi à la légère", SGL, "a-t-il fait valoir", v="pron"),
     Q(I, "la réunion, la semaine prochaine, d'un comité sur la sécurité dans les stades", MSP, "a annoncé", opt=True),
     Q(I, "40 % des enceintes du championnat ne disposent pas de caméras de surveillance", MSP, "Selon"),
     Q(D, "Quatre matchs sans nous, c'est la mort du club", "Lassina", "peste", v="name"),
     Q(D, "Mais on sera là au retour, plus nombreux.", "Lassina", None, v="ctx")],
    [("Abidjan Sport", "Ligue 1 ivoirienne"), ("Lire aussi", "Facebook")])


MSD = "Mariama Sow-Delacroix"
IEM = "Irène Ebongue-Matthys"
BVH = "Benoît Van Hove"
OIF = "Organisation internationale de la Francophonie"
SEB = "Syndicat des éditeurs de Belgique francophone"
# ---------------------------------------------------------------- 10
SPEC["10_prix_litteraire_dakar"] = (
    [E("Lettres du Sud", "ORG"), E("Baobab", "MISC"), E(MSD, "PER"), E("Théo Lambert-Achebe", "PER"), E("Dakar", "LOC"),
     E("Sénégalaise", "MISC"), E("La Saison des mangues amères", "MISC"), E("Éditions de la Chaussée", "ORG"),
     E("Saint-Louis", "LOC"), E(IEM, "PER"), E("Bruxelles", "LOC"), E(BVH, "PER"), E("Liège", "LOC"), E(OIF, "ORG"),
     E("OIF", "ORG", OIF), E("Claire Dumoulin-Sy", "PER"), E(SEB, "ORG"), E("Foire du livre", "MISC")],
    [
     Q(D, "n'y croyait pas", BVH, None, nth=0, v="role"),
     Q(I, "il « n'y croyait pas »", BVH, "avoue"),
     Q(D, "n'y croyait pas", BVH, "avoue", nth=1, v="name"),
     Q(D, "une langue d'une grande liberté, qui fait entendre le wolof sous le français sans jamais l'expliquer", "jury du prix Baobab du roman francophone", "salue", v="inst"),
     Q(I, "des débats « longs et passionnés »", IEM, "a reconnu", opt=True),
     Q(D, "longs et passionnés", IEM, "a reconnu", v="name"),
     Q(D, "Nous avons voulu distinguer un livre, pas un catalogue. Le prix n'a pas à se soucier de la taille des éditeurs", IEM, "a-t-elle déclaré", v="pron"),
     Q(D, "On a tiré le livre à 1 500 exemplaires. Demain, il faudra en imprimer dix fois plus, et je ne sais pas encore comment on va faire", BVH, "s'amuse", v="role"),
     Q(I, "avoir reçu le manuscrit « par la poste, comme au siècle dernier »", BVH, "dit"),
     Q(D, "par la poste, comme au siècle dernier", BVH, "dit", v="role"),
     Q(D, "Elle ne savait pas lire. C'est elle qui m'a appris à raconter", MSD, "a-t-elle confié", v="pron"),
     Q(I, "146 romans de 24 pays étaient en lice cette année, un record", OIF, "Selon"),
     Q(D, "C'est une victoire pour toute l'édition indépendante", "Claire Dumoulin-Sy", "s'est félicitée", v="name")],
    [("Lettres du Sud", "Culture › Livres"), ("Lire aussi", "chaque jeudi")])


MIFI = "ministère de l'Immigration, de la Francisation et de l'Intégration"
MIN = "ministre de l'Immigration"
BCI = "Bureau de coopération interuniversitaire"
PBCI = "président-directeur général du Bureau de coopération interuniversitaire"
IDO = "Isabelle Dufresne-Okafor"
OTK = "Océane Tremblay-Kaboré"
FLH = "Frédéric Lapointe-Haddad"
# ---------------------------------------------------------------- 11
SPEC["11_quebec_etudiants_etrangers"] = (
    [E("La Voix de l'Estrie", "ORG"), E("Québec", "LOC"), E("Catherine Gagnon-Mbeki", "PER"), E(MIFI, "ORG", opt=True),
     E("MIFI", "ORG", MIFI), E("Immigration", "ORG", opt=True), E(BCI, "ORG"), E("BCI", "ORG", BCI),
     E("Université de Sherbrooke", "ORG"), E("Sherbrooke", "LOC"), E(IDO, "PER"),
     E("Fédération étudiante collégiale du Québec", "ORG"), E(OTK, "PER"), E("Cameroun", "LOC"),
     E("Junior Tchatchoua", "PER"), E("Assemblée nationale", "ORG"), E(FLH, "PER"), E("Gaspésie", "LOC"),
     E("Abitibi", "LOC"), E("Ottawa", "LOC"), E("LinkedIn", "ORG", opt=True)] + NET,
    [
     Q(D, "brutale", PBCI, "dénoncent", nth=0, v="func"),
     Q(I, "le nombre de certificats d'acceptation délivrés aux étudiants étrangers serait réduit de 20 % dès la rentrée de septembre 2027", MIFI, "a annoncé"),
     Q(D, "Cette mesure vise à ramener l'accueil à un niveau compatible avec la capacité de nos régions en matière de logement", MIFI, "précise", v="inst"),
     Q(I, "près de 118 000 étudiants étrangers étaient inscrits au Québec l'an dernier", MIFI, "Selon"),
     Q(D, "Nous voulons des étudiants étrangers, mais nous voulons les accueillir correctement", MIN, "a-t-il affirmé", v="pron"),
     Q(I, "les programmes en français seraient « en grande partie épargnés »", MIN, "ajoutant"),
     Q(D, "en grande partie épargnés", MIN, "ajoutant", v="pron"),
     Q(I, "une décision « brutale », prise « sans aucune consultation »", PBCI, "a dénoncé", opt=True),
     Q(D, "brutale", PBCI, "a dénoncé", nth=1, v="func"),
     Q(D, "sans aucune consultation", PBCI, "a dénoncé", v="func"),
     Q(D, "Dans certains laboratoires, la moitié des chercheurs en formation viennent de l'étranger. On coupe dans notre capacité d'innovation", IDO, "a prévenu", v="role"),
     Q(I, "La Fédération étudiante collégiale du Québec réclame pour sa part « une période de transition d'au moins deux ans »", OTK, "a indiqué"),
     Q(D, "une période de transition d'au moins deux ans", OTK, "a indiqué", v="name"),
     Q(D, "On nous a dit de venir, que le Québec avait besoin de nous. Maintenant, on nous ferme la porte", "Junior Tchatchoua", "dit-il", v="pron"),
     Q(I, "le gouvernement de « sacrifier les régions »", FLH, "a accusé"),
     Q(D, "sacrifier les régions", FLH, "a accusé", v="name"),
     Q(I, "plusieurs cégeps de Gaspésie et de l'Abitibi dépendent des étudiants étrangers pour maintenir certains programmes", FLH, "Selon")],
    [("La Voix de l'Estrie", "Politique québécoise"), ("À lire également", "LinkedIn")])


DDPS = "Département fédéral de la défense, de la protection de la population et des sports"
CHEF = "cheffe du DDPS"
CDFI = "Contrôle fédéral des finances"
DCDF = "directeur du Contrôle fédéral des finances"
PPAS = "porte-parole de l'armée suisse"
MSCD = "Mathias Schaller-Diop"
LWO = "Lætitia Wenger-Okoro"
GSSA = "Groupe pour une Suisse sans armée"
# ---------------------------------------------------------------- 12
SPEC["12_suisse_ddps_defense_aerienne"] = (
    [E("L'Écho jurassien", "ORG"), E("Suisse", "LOC"), E("DDPS", "ORG", DDPS), E(DDPS, "ORG"),
     E("Nicolas Pittet-Kawamura", "PER"), E("Parlement", "ORG", opt=True), E(CDFI, "ORG"), E("CDF", "ORG", CDFI),
     E("RTS", "ORG"), E(MSCD, "PER"), E("Jurassien", "MISC", opt=True), E(LWO, "PER"),
     E("Centre d'études de sécurité de l'EPFZ", "ORG"), E(GSSA, "ORG"), E("GSsA", "ORG", GSSA), E("F-35", "MISC")],
    [
     Q(D, "difficultés sérieuses", CHEF, "admet", nth=0, v="func"),
     Q(I, "la mise en service de son nouveau système de défense sol-air de moyenne portée accuserait un retard d'au moins dix-huit mois", DDPS, "a reconnu"),
     Q(D, "Nous rencontrons des difficultés sérieuses dans l'intégration des logiciels de conduite du feu", CHEF, "écrit", v="func"),
     Q(I, "l'enveloppe de 2 milliards de francs votée par le Parlement « ne sera pas dépassée »", DDPS, "assure"),
     Q(D, "ne sera pas dépassée", DDPS, "assure", v="inst"),
     Q(I, "le suivi du projet « insuffisant »", CDFI, "jugeait", opt=True),
     Q(D, "insuffisant", CDFI, "jugeait", v="inst"),
     Q(I, "plusieurs jalons contractuels avaient été validés « sans vérification technique indépendante »", DCDF, "relevait"),
     Q(D, "sans vérification technique indépendante", DCDF, "relevait", v="func"),
     Q(D, "La protection de l'espace aérien reste assurée par nos avions de combat et nos moyens actuels. Il n'y a pas de trou dans la défense", PPAS, "a affirmé", v="func"),
     Q(D, "On nous a vendu un système clé en main. On découvre aujourd'hui qu'il n'est pas prêt", MSCD, "tacle", v="role"),
     Q(I, "une audition du chef de l'armement", MSCD, "réclame", opt=True),
     Q(I, "le Parlement a été « informé trop tard et à moitié »", MSCD, "estime"),
     Q(D, "informé trop tard et à moitié", MSCD, "estime", v="role"),
     Q(I, "ces retards sont « courants dans les grands programmes d'armement, en Suisse comme ailleurs »", LWO, "Pour"),
     Q(D, "courants dans les grands programmes d'armement, en Suisse comme ailleurs", LWO, "Pour", v="name"),
     Q(D, "Ce qui est plus rare, c'est de les découvrir aussi tard.", LWO, None, v="ctx"),
     Q(I, "plusieurs pays européens ont rencontré des problèmes similaires avec des systèmes comparables", LWO, "rappelle"),
     Q(I, "un moratoire sur les nouveaux achats d'armement", GSSA, "a demandé", opt=True),
     Q(D, "Chaque franc englouti dans ces retards manque ailleurs", GSSA, "estime", v="inst")],
    [("L'Écho jurassien", "Suisse › Défense"), ("Lire aussi", "Commenter (14)")])


if __name__ == "__main__":
    main(SPEC, HERE)
