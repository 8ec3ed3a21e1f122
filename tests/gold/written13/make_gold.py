#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written13 with exact offsets.

    python3 tests/gold/written13/make_gold.py          # write NAME.json, check
    python3 tests/gold/written13/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written13/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), role (role noun, possessive or
indefinite description standing for a named person), func (a person known
only by function), inst (institution, body, group, newspaper or city),
head (a headline quotation without cue resolved by the body), cont (a
quotation with no cue continuing the previous speaker's).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
ING = "Ingrid Aasheim-Okonkwo"
BAB = "Babiker Osman el-Tayeb"
HAL = "Halima Adam Abakar-Nour"
HCDH = "Haut-Commissaire des Nations unies aux droits de l'homme"
SPEC["01_afp_soudan_treve"] = (
    [E("Soudan", "LOC"), E("DJEDDAH", "LOC", "Djeddah"), E("Djeddah", "LOC"), E("Arabie saoudite", "LOC"),
     E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"),
     E("Forces de soutien rapide", "ORG"), E("FSR", "ORG", "Forces de soutien rapide"), E("États-Unis", "LOC"),
     E("ministère saoudien des Affaires étrangères", "ORG", opt=True), E("El-Fasher", "LOC"), E("Darfour", "LOC"),
     E(ING, "PER"), E("Bureau de la coordination des affaires humanitaires", "ORG"), E("ONU", "ORG"),
     E("Ocha", "ORG", "Bureau de la coordination des affaires humanitaires"), E("Port-Soudan", "LOC"),
     E("Programme alimentaire mondial", "ORG"), E("PAM", "ORG", "Programme alimentaire mondial"), E("Adré", "LOC"),
     E(BAB, "PER"), E("Telegram", "ORG"), E("Nyala", "LOC"), E("Reuters", "ORG"), E("Washington", "LOC"),
     E("Genève", "LOC"), E("Nations unies", "ORG"), E("Zamzam", "LOC"), E(HAL, "PER")],
    [
     Q(D, "fragile mais réelle", "ONU", "selon", v="inst"),
     Q(I, "une trêve de 72 heures « fragile mais réelle »", "ONU", "selon", opt=True),
     Q(I, "L'armée soudanaise et les Forces de soutien rapide (FSR) ont accepté jeudi une trêve humanitaire de 72 heures, au terme de dix jours de pourparlers indirects à Djeddah sous l'égide de l'Arabie saoudite et des États-Unis", "ministère saoudien des Affaires étrangères", "a annoncé"),
     Q(D, "C'est fragile mais réel. Pour la première fois depuis des mois, des camions ont pu franchir la ligne de front sans essuyer de tirs", ING, "a déclaré", v="name"),
     Q(I, "quarante-deux camions du Programme alimentaire mondial (PAM) ont quitté Adré, à la frontière tchadienne, dans la matinée", ING, "Selon"),
     Q(D, "personne ne se fait d'illusions", ING, "a-t-elle ajouté", v="pron"),
     Q(D, "trois trêves ont déjà été signées et violées depuis le début de la guerre", ING, "a-t-elle ajouté", v="pron"),
     Q(I, "ses troupes respecteraient « scrupuleusement » l'accord, tout en se réservant « le droit de riposter à toute agression »", BAB, "a assuré"),
     Q(D, "scrupuleusement", BAB, "a assuré", v="name"),
     Q(D, "le droit de riposter à toute agression", BAB, "a assuré", v="name"),
     Q(I, "elles « ouvriraient tous les couloirs »", "Forces de soutien rapide", "ont affirmé"),
     Q(D, "ouvriraient tous les couloirs", "Forces de soutien rapide", "ont affirmé", v="inst"),
     Q(I, "l'armée d'avoir bombardé un marché de Nyala quelques heures avant l'entrée en vigueur du texte", "Forces de soutien rapide", "accusent"),
     Q(I, "les deux camps « cherchent surtout à gagner du temps avant la saison sèche »", None, "a jugé"),
     Q(D, "cherchent surtout à gagner du temps avant la saison sèche", None, "a jugé"),
     Q(I, "Washington a menacé de nouvelles sanctions contre les financiers des deux belligérants si l'accord n'était pas prolongé", None, "Selon"),
     Q(D, "Nous avons besoin d'un cessez-le-feu, pas d'une pause", HCDH, "a réagi", v="func"),
     Q(I, "« l'indifférence du monde » face à « la plus grande crise de déplacement de la planète »", HCDH, "a dénoncé", opt=True),
     Q(D, "l'indifférence du monde", HCDH, "a dénoncé", v="func"),
     Q(D, "la plus grande crise de déplacement de la planète", HCDH, "a dénoncé", v="func"),
     Q(I, "les habitants « n'osent pas encore sortir »", HAL, "raconte"),
     Q(D, "n'osent pas encore sortir", HAL, "raconte", v="name"),
     Q(D, "Hier soir, on entendait toujours les drones. Les gens attendent de voir si les camions arrivent vraiment", HAL, "a-t-elle dit", v="pron"),
     Q(I, "La guerre, qui a éclaté en avril 2023, a fait des dizaines de milliers de morts et plus de douze millions de déplacés", "ONU", "selon")],
    [("bur-ezz/cab/mba", "Agence France-Presse")])


# ---------------------------------------------------------------- 02
XIM = "Ximena Huenchumilla Rojas"
JOA = "Joaquín Echeverría de la Fuente"
REN = "Renata Sepúlveda-Hozven"
SPEC["02_chili_presidentielle"] = (
    [E("Amériques", "LOC"), E("Chili", "LOC"), E(XIM, "PER"), E("Ximena Huenchumilla", "PER", XIM),
     E("Huenchumilla", "PER", XIM), E("Sud", "LOC", opt=True), E("Araucanie", "LOC"), E(JOA, "PER"),
     E("Echeverría", "PER", JOA), E("Florencia Ibarra-Lemoine", "PER"), E("Santiago", "LOC"),
     E("La Moneda", "LOC", opt=True), E("Service électoral", "ORG"), E("Servel", "ORG", "Service électoral"),
     E("Temuco", "LOC"), E("Renovación Nacional", "ORG"), E("Las Condes", "LOC"), E(REN, "PER"),
     E("Université du Chili", "ORG"), E("Congrès", "ORG"), E("Lautaro Painemal", "PER"),
     E("Monde", "ORG", "Le Monde"), E("Banque centrale du Chili", "ORG"), E("X", "ORG"),
     E("Noël", "MISC", opt=True), E("Mapuche", "MISC")],
    [
     Q(D, "Le pays du Sud a parlé", XIM, None, nth=0, v="name"),
     Q(D, "Le pays du Sud a parlé, et il a parlé fort", XIM, "a lancé", v="name"),
     Q(D, "Nous sommes encore là.", XIM, "traduits", v="pron"),
     Q(I, "l'ancienne maire de Temuco l'emporte avec 53,8 % des suffrages, contre 46,2 % pour Joaquín Echeverría de la Fuente, ancien sénateur de Renovación Nacional", "Service électoral", "Selon"),
     Q(I, "La participation, obligatoire depuis 2022, a atteint 84 %", "Service électoral", "a précisé"),
     Q(D, "J'ai appelé la présidente élue pour la féliciter. Le Chili a besoin d'une opposition loyale, et nous le serons", JOA, "a-t-il déclaré", v="pron"),
     Q(D, "l'ordre d'abord", JOA, "avait promis", v="role"),
     Q(I, "« l'ordre d'abord »", JOA, "avait promis", opt=True),
     Q(D, "Elle a su parler aux classes moyennes sans effrayer les marchés", REN, "analyse", v="name"),
     Q(I, "la nouvelle présidente « devra composer avec un Congrès où elle n'a pas de majorité »", REN, "pour qui"),
     Q(D, "devra composer avec un Congrès où elle n'a pas de majorité", REN, "pour qui", v="pron"),
     Q(D, "Ma grand-mère ne savait pas lire. Aujourd'hui, une femme qui lui ressemble va gouverner", "Lautaro Painemal", "a-t-il confié", v="pron"),
     Q(I, "le peso chilien gagnait 0,6 % face au dollar lundi matin", "Banque centrale du Chili", "selon"),
     Q(D, "une victoire de la démocratie latino-américaine", "chef de l'État brésilien", "a salué", v="func"),
     Q(I, "« une victoire de la démocratie latino-américaine »", "chef de l'État brésilien", "a salué", opt=True),
     Q(I, "elle nommerait un gouvernement « paritaire et pluriel » d'ici Noël", XIM, "a affirmé"),
     Q(D, "paritaire et pluriel", XIM, "a affirmé", v="name")],
    [("International | Amériques", "Amériques"), ("Lire aussi | Au Chili", "revendications territoriales"),
     ("Réservé à nos abonnés", "abonnés")])


# ---------------------------------------------------------------- 03
SG = "secrétaire général de l'OTAN"
AUR = "Aurelija Mikalauskaitė-Brandt"
SPEC["03_otan_sommet"] = (
    [E("OTAN", "ORG"), E("Alliés", "MISC", opt=True), E("Est", "LOC"), E("Moscou", "LOC"),
     E("TIRANA", "LOC", "Tirana"), E("Alliance atlantique", "ORG"), E("Alliance", "ORG", "Alliance atlantique"),
     E("Sentinelle orientale", "MISC"), E("Europe", "LOC"), E("Russie", "LOC"), E("Pologne", "LOC"),
     E("Roumanie", "LOC"), E("Union européenne", "ORG"), E("Berlin", "LOC"), E("Kremlin", "ORG"),
     E("ministère russe des Affaires étrangères", "ORG", opt=True), E("Albanie", "LOC"), E("Ria Novosti", "ORG"),
     E(AUR, "PER"), E("Centre d'études de l'Europe de l'Est", "ORG"), E("Vilnius", "LOC"),
     E("Washington", "LOC"), E("États-Unis", "LOC"), E("Européens", "MISC"), E("Balkans", "LOC"),
     E("Ankara", "LOC"), E("Lennart Oyelaran-Sjöberg", "PER")],
    [
     Q(D, "un bouclier pour l'Est", SG, "s'accordent sur", opt=True, nth=0),
     Q(D, "provocation", "Moscou", "dénonce", nth=0, v="inst"),
     Q(I, 'une "provocation"', "Moscou", "dénonce", opt=True, nth=0),
     Q(D, "Sentinelle orientale", None, None, opt=True),
     Q(D, "C'est un bouclier pour l'Est, et donc pour toute l'Europe", SG, "s'est félicité", v="func"),
     Q(D, "Aucun pays membre ne sera laissé seul face à une menace", SG, "a-t-il insisté", v="pron"),
     Q(I, "la négociation a buté jusqu'à la dernière minute sur le financement", None, "Selon"),
     Q(D, "Certains voulaient des batteries, mais pas la facture.", None, None),
     Q(I, "l'Union européenne \"prenne sa part\" d'un effort \"qui ne peut plus reposer sur un seul allié\"", "président français", "a plaidé pour que"),
     Q(D, "prenne sa part", "président français", "a plaidé pour que", v="func"),
     Q(D, "qui ne peut plus reposer sur un seul allié", "président français", "a plaidé pour que", v="func"),
     Q(I, "Berlin porterait ses dépenses militaires à 3,5 % de son produit intérieur brut dès 2027", "chancelier allemand", "a annoncé"),
     Q(D, "provocation", "Kremlin", "a dénoncé", nth=1, v="inst"),
     Q(I, 'une "provocation"', "Kremlin", "a dénoncé", opt=True, nth=1),
     Q(I, "la Russie \"prendrait des mesures de réponse adaptées\"", "Kremlin", "affirmé"),
     Q(D, "prendrait des mesures de réponse adaptées", "Kremlin", "affirmé", v="inst"),
     Q(I, "Le ministère russe des Affaires étrangères a convoqué l'ambassadeur d'Albanie", "Ria Novosti", "a rapporté"),
     Q(I, "le plan reste \"très en deçà des besoins\"", AUR, "Pour"),
     Q(D, "très en deçà des besoins", AUR, "Pour", v="name"),
     Q(D, "On parle de boucliers, mais on ne livre pas les missiles avant trois ans. D'ici là, les drones, eux, continuent de passer", AUR, "explique-t-elle", v="pron"),
     Q(I, "les États-Unis attendent des Européens qu'ils \"assument\" la défense conventionnelle du continent d'ici la fin de la décennie", None, "D'après"),
     Q(D, "assument", None, "D'après"),
     Q(D, "un moment historique pour les Balkans", "Premier ministre albanais", "a salué", v="func"),
     Q(I, "\"un moment historique pour les Balkans\"", "Premier ministre albanais", "a salué", opt=True),
     Q(I, "Le prochain sommet de l'Alliance se tiendra en 2027 à Ankara", "Lennart Oyelaran-Sjöberg", "a annoncé")],
    [("Mots-clés", "Albanie")])


# ---------------------------------------------------------------- 04
THA = "Thandiwe Mokoena-Dlamini"
SPEC["04_entretien_famine"] = (
    [E(THA, "PER"), E("Conseil des droits de l'homme", "ORG"), E("ONU", "ORG"),
     E("Observatoire de la faim et des conflits", "ORG"), E("Johannesburg", "LOC"),
     E("Matthieu Van Lierde", "PER"), E("Soudan", "LOC"), E("Gaza", "LOC"),
     E("République démocratique du Congo", "LOC"), E("Sahel", "LOC"), E("Conseil de sécurité", "ORG"),
     E("New York", "LOC"), E("Affaires étrangères", "ORG", opt=True), E("Tawila", "LOC"), E("Darfour", "LOC"),
     E("Union européenne", "ORG"), E("Programme alimentaire mondial", "ORG"),
     E("Cour pénale internationale", "ORG"), E("Colombie", "LOC"), E("Ukraine", "LOC"), E("El-Fasher", "LOC")],
    [
     Q(D, "La faim est redevenue une arme de guerre", THA, None, v="name"),
     Q(I, "la communauté internationale « a cessé de compter les morts de faim »", THA, "estime"),
     Q(D, "a cessé de compter les morts de faim", THA, "estime", v="pron"),
     Q(D, "l'utilisation de la famine comme méthode de guerre", "Conseil de sécurité", "condamne", opt=True),
     Q(I, "d'avoir ignoré les exactions des rebelles dans votre précédent rapport", "gouvernement éthiopien", "reproche"),
     Q(I, "nos enquêteurs restaient à sa disposition", THA, "je lui ai répondu"),
     Q(D, "Je donne de l'eau à mes enfants le soir pour qu'ils croient avoir mangé.", None, "m'a dit")],
    [("Idées | Entretien", "Entretien"), ("Article réservé aux abonnés", "abonnés"),
     ("Lire aussi | Soudan", "arme de siège")])


# ---------------------------------------------------------------- 05
OKS = "Oksana Hrytsenko-Babiï"
MED = "médiateur ukrainien pour les droits humains"
PAS = "Pascal Nyström-Abadie"
SPEC["05_ukraine_echange"] = (
    [E("Ukraine", "LOC"), E("Russie", "LOC"), E("KIEV", "LOC", "Kiev"), E("Kiev", "LOC"), E("AFP", "ORG"),
     E("Émirats arabes unis", "LOC"), E("Telegram", "ORG"), E("Marioupol", "LOC"),
     E("Centre de coordination pour le traitement des prisonniers de guerre", "ORG"),
     E("ministère russe de la Défense", "ORG", opt=True), E("Moscou", "LOC"), E(OKS, "PER"), E("Taras", "PER"),
     E("Bakhmout", "LOC"), E("Taganrog", "LOC"), E("Comité international de la Croix-Rouge", "ORG"),
     E("CICR", "ORG", "Comité international de la Croix-Rouge"), E("Genève", "LOC"), E(PAS, "PER"),
     E("Ukrainiens", "MISC"), E("Istanbul", "LOC"), E("Volodymyr Kotsiubynskyi-Weiss", "PER"),
     E("Centre Razumkov", "ORG")],
    [
     Q(D, "mon fils est rentré", OKS, "témoigne", v="role"),
     Q(I, "L'Ukraine et la Russie ont procédé vendredi à un échange de 157 prisonniers de guerre de chaque côté, grâce à une médiation des Émirats arabes unis", "présidence ukrainienne", "a annoncé"),
     Q(D, "Nos héros sont à la maison", "président ukrainien", "a écrit", v="func"),
     Q(I, "Parmi eux figurent des défenseurs de Marioupol détenus depuis plus de quatre ans", "Centre de coordination pour le traitement des prisonniers de guerre", "a précisé"),
     Q(I, "les militaires russes libérés seraient transportés à Moscou « pour y recevoir des soins médicaux et psychologiques »", "ministère russe de la Défense", "affirmé"),
     Q(D, "pour y recevoir des soins médicaux et psychologiques", "ministère russe de la Défense", "affirmé", v="inst"),
     Q(D, "Mon fils est rentré. Je l'ai reconnu à sa façon de marcher. Il a perdu vingt kilos, mais il est vivant", OKS, "a-t-elle raconté", v="pron"),
     Q(I, "il a été détenu dans au moins trois prisons différentes, dont une à Taganrog, où « les gardiens frappaient tous les matins, à la même heure »", OKS, "Selon"),
     Q(D, "les gardiens frappaient tous les matins, à la même heure", OKS, "Selon", v="role"),
     Q(I, "des « tortures systématiques » subies par les détenus", MED, "a dénoncé", opt=True),
     Q(D, "tortures systématiques", MED, "a dénoncé", v="func"),
     Q(I, "le Comité international de la Croix-Rouge (CICR) à obtenir « un accès réel, et pas seulement des visites de façade » aux lieux de détention en Russie", MED, "appelé"),
     Q(D, "un accès réel, et pas seulement des visites de façade", MED, "appelé", v="func"),
     Q(I, "l'organisation « poursuit un dialogue confidentiel avec les deux parties »", PAS, "a assuré"),
     Q(D, "poursuit un dialogue confidentiel avec les deux parties", PAS, "a assuré", v="name"),
     Q(I, "le droit international humanitaire impose des visites régulières", PAS, "rappelé"),
     Q(D, "Nous ne commentons pas publiquement nos échanges avec les autorités. C'est la condition pour pouvoir continuer à travailler", PAS, "a-t-il ajouté", v="pron"),
     Q(I, "plus de 8 000 Ukrainiens seraient encore détenus en Russie, dont des civils", "Kiev", "Selon"),
     Q(D, "Les échanges de prisonniers sont le seul canal qui fonctionne encore, et c'est précisément pour cela qu'aucune des deux parties ne veut le casser", "Volodymyr Kotsiubynskyi-Weiss", "estime", v="name")],
    [("ant-tbm/cn/sbr", "sbr")])


# ---------------------------------------------------------------- 06
ANA = "Anahit Ter-Grigoryan"
MAE = "ministre arménien des Affaires étrangères"
CON = "conseiller diplomatique du président azerbaïdjanais"
LAU = "Laurence Broekhuizen-Diallo"
SPEC["06_armenie_syunik"] = (
    [E("Europe", "LOC"), E("Caucase", "LOC"), E("Syunik", "LOC"), E("Bakou", "LOC"), E("Washington", "LOC"),
     E("Erevan", "LOC"), E("Arménie", "LOC"), E("Azerbaïdjan", "LOC"), E("Baptiste Le Floc’h-Aramyan", "PER"),
     E("Goris", "LOC"), E(ANA, "PER"), E("Nakhitchevan", "LOC"), E("Affaires étrangères", "ORG", opt=True),
     E("Parlement", "ORG", opt=True), E("Azertac", "ORG"), E("Hovhannes Mkrtchyan-Sargsyan", "PER"),
     E("Le Monde", "ORG"), E("Téhéran", "LOC"), E("Iran", "LOC"),
     E("ministère des Affaires étrangères", "ORG", opt=True), E(LAU, "PER"),
     E("Institut français des relations internationales", "ORG"),
     E("IFRI", "ORG", "Institut français des relations internationales"), E("Arméniens", "MISC")],
    [
     Q(D, "se signe à Washington, mais se vivra ici", ANA, None, v="head"),
     Q(D, "La paix, on la signe à Washington, mais on la vivra ici, avec nos voisins d'en face, dit-elle. Moi, je veux bien y croire. Mais j'ai vu trop de promesses.", ANA, "dit-elle", v="name"),
     Q(I, "« pas un mètre carré » du territoire national ne serait cédé", MAE, "a assuré"),
     Q(D, "pas un mètre carré", MAE, "a assuré", v="func"),
     Q(D, "Les routes seront ouvertes", MAE, "a-t-il déclaré", v="pron"),
     Q(D, "mais la souveraineté restera arménienne, sur chaque kilomètre.", MAE, "a-t-il déclaré", v="pron"),
     Q(D, "victoire de la patience", CON, "a qualifié", v="func"),
     Q(I, "l'accord de « victoire de la patience »", CON, "a qualifié", opt=True),
     Q(D, "Aujourd'hui, ils parlent de camions. Demain, ce seront des soldats", "Hovhannes Mkrtchyan-Sargsyan", "s'inquiète", v="name"),
     Q(I, "Le projet prévoit que la sécurité de la route soit confiée à une société privée américaine", None, "selon"),
     Q(I, "il s'opposerait à « tout changement géopolitique des frontières » dans la région", "Iran", "a fait savoir"),
     Q(D, "tout changement géopolitique des frontières", "Iran", "a fait savoir", v="inst"),
     Q(I, "l'accord « ferme un chapitre de trente-cinq ans de guerre, mais n'en ouvre aucun autre tant que la question des prisonniers arméniens détenus à Bakou n'est pas réglée »", LAU, "Pour"),
     Q(D, "ferme un chapitre de trente-cinq ans de guerre, mais n'en ouvre aucun autre tant que la question des prisonniers arméniens détenus à Bakou n'est pas réglée", LAU, "Pour", v="name"),
     Q(I, "une vingtaine d'Arméniens restent emprisonnés en Azerbaïdjan", LAU, "Selon"),
     Q(D, "Mon grand-père disait : “Un traité, c'est du papier.” J'espère qu'il avait tort", ANA, "sourit-elle", v="pron"),
     Q(D, "Un traité, c'est du papier.", "grand-père d'Anahit Ter-Grigoryan", "disait", v="func")],
    [("Europe | Caucase", "Caucase"), ("Lire aussi | Arménie", "traité de paix")])


# ---------------------------------------------------------------- 07
AUT = "autorités de transition maliennes"
MAT = "ministre de l'Administration territoriale"
SIG = "Sigrun Bakke-Ouédraogo"
BOU = "Boubacar ag Hamatou"
OCH = "Bureau de la coordination des affaires humanitaires"
DJE = "Djénéba Coulibaly-Traoré"
GSIM = "Groupe de soutien à l'islam et aux musulmans"
SPEC["07_mali_ong"] = (
    [E("Mali", "LOC"), E("BAMAKO", "LOC", "Bamako"), E("Bamako", "LOC"), E("AFP", "ORG"),
     E("Norwegian Refugee Council", "ORG"), E("NRC", "ORG", "Norwegian Refugee Council"), E("ORTM", "ORG"),
     E("Administration territoriale", "ORG", opt=True), E(GSIM, "ORG"), E("GSIM", "ORG", GSIM),
     E("JNIM", "ORG", GSIM), E("Al-Qaïda", "ORG"), E(SIG, "PER"), E("Dakar", "LOC"), E("Gao", "LOC"),
     E("Mopti", "LOC"), E(BOU, "PER"), E("Sévaré", "LOC"), E(OCH, "ORG"), E("ONU", "ORG"),
     E("Ocha", "ORG", OCH), E("Maliens", "MISC"), E("Union européenne", "ORG"), E("Russie", "LOC"),
     E("Africa Corps", "ORG"), E("Cédéao", "ORG"), E("Burkina Faso", "LOC"), E("Niger", "LOC"),
     E("Alliance des États du Sahel", "ORG"), E("AES", "ORG", "Alliance des États du Sahel"), E(DJE, "PER"),
     E("Institut Timbuktu", "ORG"), E("Acled", "ORG")],
    [
     Q(D, "intelligence avec l'ennemi", AUT, "accusées", opt=True),
     Q(I, "Les autorités de transition maliennes ont suspendu mercredi « jusqu'à nouvel ordre » les activités de trois organisations non gouvernementales étrangères, dont le Norwegian Refugee Council (NRC), accusées d'« intelligence avec des groupes terroristes »", AUT, "selon"),
     Q(D, "jusqu'à nouvel ordre", AUT, "selon", v="inst"),
     Q(D, "intelligence avec des groupes terroristes", AUT, "selon", v="inst"),
     Q(I, "d'avoir « transmis des informations sensibles à des puissances étrangères » et de « financer indirectement » le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM en arabe), lié à Al-Qaïda", MAT, "reproche"),
     Q(D, "transmis des informations sensibles à des puissances étrangères", MAT, "reproche", v="func"),
     Q(D, "financer indirectement", MAT, "reproche", v="func"),
     Q(D, "Ces accusations sont sans fondement. Nos équipes travaillent depuis vingt ans au Mali, dans le strict respect des principes humanitaires", SIG, "a réagi", v="name"),
     Q(I, "plus de 400 employés, maliens pour la plupart, étaient concernés, et que l'ONG envisageait « tous les recours possibles »", SIG, "a indiqué"),
     Q(D, "tous les recours possibles", SIG, "a indiqué", v="pron"),
     Q(I, "la décision fait suite à l'arrestation, fin novembre à Gao, de deux employés d'une des organisations, soupçonnés d'avoir rencontré des chefs jihadistes", None, "Selon"),
     Q(I, "Les deux hommes sont toujours détenus", None, "a précisé"),
     Q(D, "Si elles partent, qui va nourrir les enfants du camp ?", BOU, "s'interroge", v="name"),
     Q(D, "On a déjà eu faim l'an dernier quand les routes étaient coupées. Les gens ne comprennent pas cette décision", BOU, None, v="cont"),
     Q(I, "Bamako à « revenir sur cette mesure »", OCH, "a appelé"),
     Q(D, "revenir sur cette mesure", OCH, "a appelé", v="inst"),
     Q(I, "7,1 millions de Maliens ont besoin d'une aide humanitaire en 2026", OCH, "rappelant"),
     Q(D, "profondément préoccupée", "Union européenne", "s'est dite", v="inst"),
     Q(I, "la junte « cherche des boucs émissaires à ses revers militaires »", DJE, "Pour"),
     Q(D, "cherche des boucs émissaires à ses revers militaires", DJE, "Pour", v="name"),
     Q(I, "Les attaques jihadistes ont fait plus de 1 200 morts dans le centre du pays depuis janvier", "Acled", "selon")],
    [("sd/bb/lpa", "lpa")])


# ---------------------------------------------------------------- 08
PCE = "président du Conseil européen"
PMN = "Premier ministre néerlandais"
JOO = "Joost Van den Broeck-Amrani"
MAR = "Maria do Carmo Figueiredo Paiva"
SPEC["08_ue_conseil_migrations"] = (
    [E("Vingt-Sept", "MISC", opt=True), E("BRUXELLES", "LOC", "Bruxelles"), E("Bruxelles", "LOC"),
     E("Conseil européen", "ORG"), E("Union européenne", "ORG"), E("Union", "ORG", "Union européenne"),
     E("Italie", "LOC"), E("Pays-Bas", "LOC"), E("Danemark", "LOC"), E("Espagne", "LOC"), E("Belgique", "LOC"),
     E("Politico", "ORG"), E("Conseil de l'UE", "ORG"), E("Européens", "MISC"), E("Madrid", "LOC"),
     E("Inclusion et des Migrations", "ORG", opt=True), E("Parlement européen", "ORG"), E(JOO, "PER"),
     E("Van den Broeck-Amrani", "PER", JOO), E("Renew", "ORG"), E("Commission européenne", "ORG"),
     E("Portugaise", "MISC"), E(MAR, "PER"), E("S&D", "ORG"), E("Albanie", "LOC"),
     E("Amnesty International", "ORG"), E("Frontex", "ORG")],
    [
     Q(D, "hubs de retour", None, None, opt=True),
     Q(D, "Nous n'avons pas trouvé de consensus, et je préfère un désaccord honnête à un compromis vide", PCE, "a reconnu", v="func"),
     Q(I, "La question sera rediscutée en mars", PCE, "a-t-il indiqué"),
     Q(I, "la cheffe du gouvernement italien a quitté la salle pendant une vingtaine de minutes après un échange tendu avec le Premier ministre espagnol", None, "Selon"),
     Q(D, "Il y a eu des mots durs, mais personne n'a claqué la porte", None, "a nuancé"),
     Q(D, "déçu mais pas découragé", PMN, "s'est dit", v="func"),
     Q(D, "Les Européens attendent des résultats, pas des communiqués", PMN, "a-t-il déclaré", v="pron"),
     Q(I, "son pays était prêt à avancer “avec une coalition de volontaires” si nécessaire", PMN, "ajouter"),
     Q(D, "avec une coalition de volontaires", PMN, "ajouter", v="pron"),
     Q(I, "de l'absence d'accord", "Madrid", "s'est félicitée", opt=True),
     Q(D, "Externaliser l'asile, c'est externaliser nos valeurs", "ministre espagnole de l'Inclusion et des Migrations", "a tranché", v="func"),
     Q(D, "une mascarade", JOO, "a dénoncé", v="name"),
     Q(I, "“une mascarade”", JOO, "a dénoncé", opt=True),
     Q(I, "la Commission européenne “aurait dû présenter un texte juridique solide”", JOO, "estimé"),
     Q(D, "aurait dû présenter un texte juridique solide", JOO, "estimé", v="name"),
     Q(D, "victoire du droit", MAR, "a salué", v="name"),
     Q(I, "une “victoire du droit”", MAR, "a salué", opt=True),
     Q(D, "Les centres de retour n'ont jamais résisté au contrôle des juges. On l'a vu en Albanie.", MAR, "a salué", v="name"),
     Q(I, "les dirigeants à “abandonner définitivement” le projet", "Amnesty International", "a appelé"),
     Q(D, "abandonner définitivement", "Amnesty International", "a appelé", v="inst"),
     Q(I, "les franchissements irréguliers des frontières extérieures de l'Union ont baissé de 22 % sur les dix premiers mois de l'année", "Frontex", "D'après"),
     Q(D, "On nous promet une solution depuis dix ans. À chaque sommet, on repousse.", JOO, None, v="name")],
    [("Lire aussi : Asile", "en juin")])


# ---------------------------------------------------------------- 09
KIP = "Kiprono arap Chelimo"
RND = "Réseau national de défense des droits humains"
MLD = "Marie-Lourdes Dorcélus"
SGO = "secrétaire général de l'ONU"
PMH = "Premier ministre haïtien"
JBF = "Jean-Baptiste Fils-Aimé"
SPEC["09_haiti_solino"] = (
    [E("Haïti", "LOC"), E("Port-au-Prince", "LOC"), E("PORT-AU-PRINCE", "LOC", "Port-au-Prince"),
     E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"),
     E("Force de répression des gangs", "ORG"), E("FRG", "ORG", "Force de répression des gangs"),
     E("Solino", "LOC"), E("Viv Ansanm", "ORG"), E("Police nationale d'Haïti", "ORG"),
     E("PNH", "ORG", "Police nationale d'Haïti"), E(KIP, "PER"), E("Toussaint-Louverture", "LOC", opt=True),
     E(RND, "ORG"), E("RNDDH", "ORG", RND), E("Wilfrid Saint-Hilaire Joseph", "PER"), E("X", "ORG"),
     E(MLD, "PER"), E("Conseil de sécurité", "ORG"), E("ONU", "ORG"),
     E("Mission multinationale d'appui à la sécurité", "ORG"),
     E("MMAS", "ORG", "Mission multinationale d'appui à la sécurité"), E(JBF, "PER"),
     E("université Quisqueya", "ORG", opt=True), E("Haïtiens", "MISC"),
     E("Organisation internationale pour les migrations", "ORG"),
     E("OIM", "ORG", "Organisation internationale pour les migrations")],
    [
     Q(I, "Les policiers kényans et haïtiens de la Force de répression des gangs (FRG) ont repris samedi le contrôle du quartier de Solino, tenu depuis deux ans par la coalition armée Viv Ansanm", "Police nationale d'Haïti", "a annoncé"),
     Q(D, "L'opération a été menée sans perte dans nos rangs. Les gangs ont fui vers les hauteurs, mais nous ne les laisserons pas se réorganiser", KIP, "a déclaré", v="name"),
     Q(I, "au moins 14 civils ont été tués pendant les deux jours de combats, dont trois enfants", RND, "Selon"),
     Q(I, "une enquête indépendante", RND, "réclame", opt=True),
     Q(D, "Nous saluons le recul des gangs, mais chaque vie compte, y compris celles qu'on appelle des dommages collatéraux", "Wilfrid Saint-Hilaire Joseph", "a écrit", v="name"),
     Q(D, "Nou pa t janm kwè n ap wè jou sa a", MLD, "souffle", v="name"),
     Q(D, "Nous n'avons jamais cru voir ce jour", MLD, "souffle", v="name"),
     Q(D, "Ils ont tout pris, même les portes. Mais je suis chez moi", MLD, "ajoute-t-elle", v="pron"),
     Q(I, "la force manquait « cruellement » de moyens et appelé les États membres à honorer leurs promesses de financement", SGO, "a estimé"),
     Q(D, "cruellement", SGO, "a estimé", v="func"),
     Q(D, "une victoire du peuple haïtien", PMH, "a salué", v="func"),
     Q(I, "« une victoire du peuple haïtien »", PMH, "a salué", opt=True),
     Q(I, "le retour des écoles dans le quartier « dès janvier »", PMH, "promis", opt=True),
     Q(D, "dès janvier", PMH, "promis", v="func"),
     Q(I, "la reprise de Solino « ne règle rien si l'État ne revient pas avec des écoles, des juges et des emplois »", JBF, "Pour"),
     Q(D, "ne règle rien si l'État ne revient pas avec des écoles, des juges et des emplois", JBF, "Pour", v="name"),
     Q(D, "Les gangs ont toujours su revenir là où l'État ne fait que passer", JBF, "prévient-il", v="pron"),
     Q(I, "Plus de 1,3 million d'Haïtiens ont été déplacés par les violences", "Organisation internationale pour les migrations", "selon")],
    [("str-ctr/mba/ad", "Agence France-Presse")])


# ---------------------------------------------------------------- 10
MAY = "Mohammed Ayas ul-Haq"
MBA = "ministre bangladais des Affaires étrangères"
HCR = "Haut-Commissariat des Nations unies pour les réfugiés"
HAS = "Hasina Begum"
SPEC["10_rohingya_rapatriements"] = (
    [E("Asie-Pacifique", "LOC"), E("Rohingya", "MISC"), E("Dacca", "LOC"), E("Birmanie", "LOC"),
     E("HCR", "ORG", HCR), E("Sophie Nguyen-Khac", "PER"), E("Sharmin Akter Mowla", "PER"),
     E("Cox's Bazar", "LOC"), E("Kutupalong", "LOC"), E(MAY, "PER"), E("Affaires étrangères", "ORG", opt=True),
     E("Bangladesh", "LOC"), E(HCR, "ORG"), E("Genève", "LOC"), E("Elif Aydoğan-Marsh", "PER"),
     E("Arakan Army", "ORG"), E("État de Rakhine", "LOC"), E("Human Rights Watch", "ORG"),
     E("The Global New Light of Myanmar", "ORG"), E("Programme alimentaire mondial", "ORG"), E(HAS, "PER"),
     E("Malaisie", "LOC"), E("Ouest", "LOC", opt=True)],
    [
     Q(I, "un plan pour renvoyer 30 000 réfugiés d'ici juin", "gouvernement bangladais", "a annoncé", opt=True),
     Q(I, "les conditions d'un retour « ni sûres ni dignes »", "agences onusiennes", "jugent", opt=True),
     Q(D, "ni sûres ni dignes", "agences onusiennes", "jugent", v="inst"),
     Q(D, "Rentrer où ? Notre village a été brûlé, nos terres sont occupées", MAY, "répond", v="name"),
     Q(D, "Si on nous renvoie sans citoyenneté, on nous renvoie vers la mort.", MAY, None, v="cont"),
     Q(I, "les premiers retours, « volontaires et par étapes », commenceraient en février, après des vérifications menées avec les autorités birmanes", MBA, "a affirmé"),
     Q(D, "volontaires et par étapes", MBA, "a affirmé", v="func"),
     Q(I, "Le Bangladesh accueille plus d'un million de Rohingya, et l'aide internationale « s'effondre »", MBA, "a-t-il rappelé"),
     Q(D, "s'effondre", MBA, "a-t-il rappelé", v="pron"),
     Q(I, "Dacca à « ne procéder à aucun retour tant que les conditions de sécurité ne sont pas réunies »", HCR, "a appelé"),
     Q(D, "ne procéder à aucun retour tant que les conditions de sécurité ne sont pas réunies", HCR, "a appelé", v="inst"),
     Q(D, "L'État de Rakhine est aujourd'hui une zone de guerre. Personne ne peut garantir la sécurité de quiconque y retourne", "Elif Aydoğan-Marsh", "a déclaré", v="name"),
     Q(I, "ses combattants ont incendié au moins quatre villages rohingya au cours de l'été", "Human Rights Watch", "Selon"),
     Q(I, "La junte birmane, elle, s'est dite « prête à accueillir les résidents vérifiés »", "The Global New Light of Myanmar", "a rapporté"),
     Q(D, "prête à accueillir les résidents vérifiés", "junte birmane", "s'est dite", v="inst"),
     Q(D, "Ma fille de quatre ans ne mange qu'une fois par jour", HAS, "confie", v="name"),
     Q(I, "avoir pensé à prendre la mer vers la Malaisie, « comme les autres »", HAS, "dit"),
     Q(D, "comme les autres", HAS, "dit", v="pron")],
    [("Asie-Pacifique", "Asie-Pacifique"), ("Lire aussi | Birmanie", "de l'Ouest")])


# ---------------------------------------------------------------- 11
MFL = "María Fernanda Lozano Urrutia"
YAN = "Yaneth Chocué Ipia"
HC2 = "Haut-Commissariat des Nations unies aux droits de l'homme"
ROD = "Rodrigo Arbeláez Mendoza"
SPEC["11_colombie_eln"] = (
    [E("Colombie", "LOC"), E("ELN", "ORG", "Armée de libération nationale"), E("La Havane", "LOC"),
     E("LA HAVANE", "LOC", "La Havane"), E("Bogota", "LOC"), E("AFP", "ORG"),
     E("Armée de libération nationale", "ORG"), E("Cuba", "LOC"), E("Norvège", "LOC"), E("Mexique", "LOC"),
     E(MFL, "PER"), E("Aureliano Becerra", "PER"), E("Arauca", "LOC"), E("Venezuela", "LOC"),
     E("Colombiens", "MISC"), E(YAN, "PER"), E("Cauca", "LOC"), E(HC2, "ORG"), E(ROD, "PER"),
     E("Centre démocratique", "ORG"), E("Caracol", "ORG"),
     E("ministère cubain des Affaires étrangères", "ORG", opt=True), E("FARC", "ORG"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "la dernière chance", "Bogota", "selon", nth=0, v="inst"),
     Q(I, "« la dernière chance »", "Bogota", "selon", opt=True),
     Q(D, "C'est la dernière chance. Si ce cycle échoue, il n'y en aura pas d'autre avant la fin du mandat", MFL, "a averti", v="name"),
     Q(D, "Nous ne sommes pas venus signer n'importe quoi", MFL, "a-t-elle ajouté", v="pron"),
     Q(D, "mais nous ne repartirons pas sans un calendrier.", MFL, "a-t-elle ajouté", v="pron"),
     Q(I, "la libération de plusieurs dizaines de ses membres emprisonnés et un « cessez-le-feu bilatéral vérifiable »", "ELN", "réclame", opt=True),
     Q(D, "cessez-le-feu bilatéral vérifiable", "ELN", "réclame", v="inst"),
     Q(I, "le groupe était prêt à suspendre les enlèvements « si l'État cesse de traiter la rébellion comme un problème de police »", "Aureliano Becerra", "a déclaré"),
     Q(D, "si l'État cesse de traiter la rébellion comme un problème de police", "Aureliano Becerra", "a déclaré", v="name"),
     Q(I, "l'ELN compte aujourd'hui environ 6 000 combattants, dont une partie opère depuis le Venezuela voisin", "armée colombienne", "Selon"),
     Q(D, "Les Colombiens sont fatigués des promesses. Ils veulent que les armes se taisent, point", YAN, "résume", v="name"),
     Q(I, "espérer que les victimes « auront enfin une place à la table »", YAN, "a dit"),
     Q(D, "auront enfin une place à la table", YAN, "a dit", v="pron"),
     Q(I, "la reprise du dialogue", HC2, "a salué", opt=True),
     Q(I, "173 défenseurs des droits humains ont été tués en Colombie depuis janvier", HC2, "rappelant"),
     Q(D, "prime à la violence", "opposition", "dénonce", v="inst"),
     Q(I, "une « prime à la violence »", "opposition", "dénonce", opt=True),
     Q(I, "le gouvernement « négocie avec ceux qui posent des bombes »", ROD, "a estimé"),
     Q(D, "négocie avec ceux qui posent des bombes", ROD, "a estimé", v="name"),
     Q(I, "Les délégations ne feront aucune déclaration d'ici là", "ministère cubain des Affaires étrangères", "a indiqué")],
    [("Lire aussi : En Colombie", "WhatsApp")])


# ---------------------------------------------------------------- 12
TAK = "Takahashi Mirei"
ASA = "Asahi Shimbun"
GT = "Global Times"
MCH = "ministère chinois des Affaires étrangères"
SPEC["12_revue_presse_japon"] = (
    [E("Japon", "LOC"), E("Pékin", "LOC"), E("Hélène Okada-Marchetti", "PER"),
     E("Nouvelle Alliance citoyenne", "ORG"), E("NAC", "ORG", "Nouvelle Alliance citoyenne"),
     E("Parti libéral-démocrate", "ORG"), E("PLD", "ORG", "Parti libéral-démocrate"), E(ASA, "ORG"),
     E(TAK, "PER"), E("Takahashi", "PER", TAK), E("Yomiuri Shimbun", "ORG"), E("Mori Kentarō", "PER"),
     E("Nikkei", "ORG"), E("Bourse de Tokyo", "ORG"), E("Banque du Japon", "ORG"), E(GT, "ORG"),
     E("Parti communiste chinois", "ORG"), E("Chine", "LOC"), E(MCH, "ORG", opt=True),
     E("Corée du Sud", "LOC"), E("JoongAng Ilbo", "ORG"), E("Séoul", "LOC"), E("Tokyo", "LOC"),
     E("Yoon Seo-yeon", "PER"), E("université Yonsei", "ORG", opt=True), E("Japonais", "MISC"),
     E("Kyodo", "ORG"), E("International", "MISC", opt=True)],
    [
     Q(D, "un séisme politique", ASA, "pour", opt=True),
     Q(D, "attentif", "Pékin", None, v="inst"),
     Q(D, "Un séisme politique", ASA, "titre", v="inst"),
     Q(D, "la fin d'une ère d'arrogance", ASA, "salue", v="inst"),
     Q(I, "« la fin d'une ère d'arrogance »", ASA, "salue", opt=True),
     Q(I, "la cheffe de file de la NAC, Takahashi Mirei, 49 ans, « a su parler à une génération qui ne votait plus »", ASA, "estime"),
     Q(D, "a su parler à une génération qui ne votait plus", ASA, "estime", v="inst"),
     Q(I, "les électeurs ont « sanctionné un parti davantage qu'ils n'ont choisi un programme »", "Yomiuri Shimbun", "juge"),
     Q(D, "sanctionné un parti davantage qu'ils n'ont choisi un programme", "Yomiuri Shimbun", "juge", v="inst"),
     Q(D, "Mme Takahashi hérite d'une majorité fragile, d'une dette record et d'un voisinage hostile. Elle n'aura pas d'état de grâce", "Mori Kentarō", "écrit", v="name"),
     Q(I, "la Bourse de Tokyo pourrait reculer si la future coalition remet en cause la politique monétaire de la Banque du Japon", "Nikkei", "selon lui"),
     Q(I, "la Chine « observe avec attention » le scrutin et espère que le futur gouvernement « tournera la page des provocations »", GT, "écrit"),
     Q(D, "observe avec attention", GT, "écrit", v="inst"),
     Q(D, "tournera la page des provocations", GT, "écrit", v="inst"),
     Q(I, "Pékin était « prêt à travailler avec tout gouvernement japonais respectueux des engagements passés »", MCH, "dire"),
     Q(D, "prêt à travailler avec tout gouvernement japonais respectueux des engagements passés", MCH, "dire", v="inst"),
     Q(D, "une chance historique", "JoongAng Ilbo", "voit", v="inst"),
     Q(I, "dans ce vote « une chance historique » pour la relation bilatérale", "JoongAng Ilbo", "voit", opt=True),
     Q(D, "Séoul et Tokyo ont trop longtemps laissé l'histoire décider à leur place", "Yoon Seo-yeon", "plaide", v="name"),
     Q(I, "de former un gouvernement « dans les dix jours »", TAK, "a promis"),
     Q(D, "dans les dix jours", TAK, "a promis", v="name"),
     Q(D, "Les Japonais n'ont pas voté pour le chaos. Ils ont voté pour le changement, et nous leur devons la stabilité", TAK, "a-t-elle déclaré", v="pron"),
     Q(D, "International", None, None, opt=True)],
    [("Revue de presse internationale", "internationale"), ("Mots-clés", "actualité mondiale")])


if __name__ == "__main__":
    main(SPEC, HERE)
