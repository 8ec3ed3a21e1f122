#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written23 with exact offsets.

    python3 tests/gold/written23/make_gold.py          # write NAME.json, check
    python3 tests/gold/written23/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written23/make_gold.py --show   # print every annotation in context

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

PREF = "préfet du Lot"
DDT = "direction départementale des territoires"
JBO = "Jean-Baptiste Ollivier-N'Diaye"
GLV = "Ghislaine Lacombe-Vidal"
CAL = "chambre d'agriculture du Lot"
SIA = "Siaep du Haut-Quercy"
AEAG = "agence de l'eau Adour-Garonne"
# ---------------------------------------------------------------- 01
SPEC["01_prefecture_secheresse"] = (
    [E("La Dépêche du Quercy", "ORG"), E("Lot", "LOC"), E("Maëlys Fontanges-Roux", "PER"), E("Célé", "LOC"),
     E("Cahors", "LOC"), E(DDT, "ORG", opt=True), E("DDT", "ORG", DDT), E(JBO, "PER"), E(CAL, "ORG", opt=True),
     E(GLV, "PER"), E("Gramat", "LOC"), E("Excel", "MISC"), E("Jeunes Agriculteurs", "ORG"),
     E("Kévin Massip", "PER"), E("Figeac", "LOC"), E(SIA, "ORG"), E(AEAG, "ORG", opt=True),
     E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(D, "crise", "préfecture du Lot", "place", opt=True, nth=0),
     Q(D, "crise", "préfecture du Lot", "a placé", opt=True, nth=1),
     Q(D, "Le débit du Célé est aujourd'hui inférieur à celui de 2022, qui était déjà une année historique", PREF, "a justifié", v="func"),
     Q(D, "Nous n'avons pas d'autre choix que de préserver l'eau potable.", PREF, None, v="ctx"),
     Q(I, "quatorze communes sont déjà alimentées en partie par camion-citerne", DDT, "Selon"),
     Q(I, "les contrôles seraient « renforcés dès ce week-end »", JBO, "a précisé"),
     Q(D, "renforcés dès ce week-end", JBO, "a précisé", v="name"),
     Q(I, "une infraction peut coûter jusqu'à 1 500 euros d'amende", DDT, "rappelle"),
     Q(I, "les restrictions « condamnent une partie des récoltes de maïs »", CAL, "estime"),
     Q(D, "condamnent une partie des récoltes de maïs", CAL, "estime", v="inst"),
     Q(I, "des « dérogations ciblées » pour l'abreuvement des bêtes", GLV, "réclame", opt=True),
     Q(D, "dérogations ciblées", GLV, "réclame", v="name"),
     Q(D, "On ne peut pas laisser mourir un troupeau de soif pour respecter un tableau Excel", GLV, "a-t-elle lancé", v="pron"),
     Q(D, "La règle est dure, mais elle vaut pour tout le monde", "Kévin Massip", "juge", v="name"),
     Q(I, "avoir « jamais connu une telle baisse des nappes »", SIA, "dit"),
     Q(D, "jamais connu une telle baisse des nappes", SIA, "dit", v="inst"),
     Q(I, "des équipes « sur le pont sept jours sur sept »", "directrice technique du Siaep du Haut-Quercy", "décrit", opt=True),
     Q(D, "sur le pont sept jours sur sept", "directrice technique du Siaep du Haut-Quercy", "décrit", v="func"),
     Q(D, "la sobriété doit devenir la norme, pas l'exception", AEAG, "Pour", v="inst"),
     Q(I, "Il pourrait être prolongé « si la pluie ne revient pas »", PREF, "a prévenu"),
     Q(D, "si la pluie ne revient pas", PREF, "a prévenu", v="func")],
    [("La Dépêche du Quercy", "La Dépêche du Quercy"), ("Accueil > Lot", "Environnement"),
     ("Lecture 3 min.", "Lecture 3 min."), ("Lire aussi", "d'assaut"), ("Partager :", "Eau")])


ARS = "agence régionale de santé Nouvelle-Aquitaine"
SAG = "Solène Abitbol-Guérard"
TLM = "Thierry-Lucien Moreau-Bakari"
# ---------------------------------------------------------------- 02
SPEC["02_afp_urgences_chu"] = (
    [E("CHU", "ORG", "centre hospitalier universitaire de Poitiers", opt=True), E("Poitiers", "LOC"),
     E("POITIERS", "LOC", "Poitiers"), E("ARS", "ORG", ARS), E("AFP", "ORG", "Agence France-Presse"),
     E("agence régionale de santé", "ORG", ARS, opt=True), E("Nouvelle-Aquitaine", "LOC"),
     E("centre hospitalier universitaire", "ORG", "centre hospitalier universitaire de Poitiers", opt=True),
     E("Samu", "ORG"), E(SAG, "PER"), E("CGT", "ORG"), E("FO", "ORG"), E("Sud Santé", "ORG"), E(TLM, "PER"),
     E("Samu-Urgences de France", "ORG"), E("Ange Paoletti", "PER"), E("ministère de la Santé", "ORG", opt=True),
     E("Fatoumata Sissoko", "PER"), E("Agence France-Presse", "ORG")],
    [
     Q(I, "une « mesure temporaire »", ARS, "évoque", opt=True),
     Q(D, "mesure temporaire", ARS, "évoque", nth=0, v="inst"),
     Q(I, "Le service des urgences adultes du centre hospitalier universitaire (CHU) de Poitiers n'accueillera plus, à partir de lundi, que les patients régulés par le Samu entre 20h00 et 8h00", ARS, "a annoncé"),
     Q(I, "Cette régulation, faute de médecins urgentistes en nombre suffisant, doit durer « jusqu'à la fin de l'hiver au plus tard »", ARS, "a indiqué"),
     Q(D, "jusqu'à la fin de l'hiver au plus tard", ARS, "a indiqué", v="inst"),
     Q(D, "mesure temporaire et encadrée", ARS, "évoquant", v="inst"),
     Q(D, "Il ne s'agit pas de fermer les urgences mais d'orienter chaque patient vers la bonne prise en charge", SAG, "a déclaré", v="name"),
     Q(D, "Toute personne qui appelle le 15 sera prise en charge.", SAG, None, v="ctx"),
     Q(I, "douze postes d'urgentistes sur quarante-cinq sont actuellement vacants", SAG, "Selon"),
     Q(I, "« une fermeture qui ne dit pas son nom »", "intersyndicale", "dénonce", opt=True),
     Q(D, "une fermeture qui ne dit pas son nom", "intersyndicale", "dénonce", v="inst"),
     Q(I, "la décision « fait peser sur les familles le tri que l'hôpital n'arrive plus à assurer »", TLM, "Pour"),
     Q(D, "fait peser sur les familles le tri que l'hôpital n'arrive plus à assurer", TLM, "Pour", v="name"),
     Q(I, "plus d'une centaine de services avaient dû limiter leur accueil l'été dernier", "Samu-Urgences de France", "a rappelé"),
     Q(I, "« un plan national pour la médecine d'urgence » plutôt que des « rustines département par département »", "Ange Paoletti", "réclame", opt=True),
     Q(D, "un plan national pour la médecine d'urgence", "Ange Paoletti", "réclame", v="name"),
     Q(D, "rustines département par département", "Ange Paoletti", "réclame", v="name"),
     Q(I, "des renforts de médecins intérimaires étaient « en cours de recrutement »", "ministère de la Santé", "a fait savoir"),
     Q(D, "en cours de recrutement", "ministère de la Santé", "a fait savoir", v="inst"),
     Q(I, "à être reçu par la direction de l'agence « dans les plus brefs délais »", "maire de Poitiers", "a demandé", opt=True),
     Q(D, "dans les plus brefs délais", "maire de Poitiers", "a demandé", v="func"),
     Q(D, "Si demain il faut appeler avant de venir, on appellera. Mais qui va répondre ?", "Fatoumata Sissoko", "s'interrogeait", v="role")],
    [("bur-pyv/ial/dch", "© Agence France-Presse")])


UIMM = "Union des industries et métiers de la métallurgie"
FGMM = "Fédération générale des mines et de la métallurgie CFDT"
NBK = "Nathalie Berthier-Koné"
MHS = "Marie-Hélène de Saint-Aubin"
CPME = "Confédération des petites et moyennes entreprises"
# ---------------------------------------------------------------- 03
SPEC["03_salaires_metallurgie"] = (
    [E("Le Courrier de l'Industrie", "ORG"), E("CFDT", "ORG"), E("Hugo Lefranc-Oyelaran", "PER"), E(UIMM, "ORG"),
     E("UIMM", "ORG", UIMM), E("Paris", "LOC"), E(NBK, "PER"), E(FGMM, "ORG"), E("FGMM-CFDT", "ORG", FGMM),
     E("FGMM", "ORG", FGMM), E("CGT Métallurgie", "ORG"), E("Rachid Oumeddour", "PER"), E("Force ouvrière", "ORG"),
     E(MHS, "PER"), E("CFE-CGC", "ORG"), E(CPME, "ORG"), E("CPME", "ORG", CPME),
     E("ministère du Travail", "ORG", opt=True), E("rue de Grenelle", "LOC", opt=True), E("Stellantis", "ORG"),
     E("Lorraine", "LOC")],
    [
     Q(D, "le compte n'y est pas", NBK, "tranche", v="role"),
     Q(D, "C’est un effort réel dans un contexte où les carnets de commandes se vident", UIMM, "a fait valoir", v="inst"),
     Q(I, "les entreprises \"ne pouvaient pas aller au-delà sans mettre l’emploi en danger\"", "délégué général de l'" + UIMM, "a ajouté"),
     Q(D, "ne pouvaient pas aller au-delà sans mettre l’emploi en danger", "délégué général de l'" + UIMM, "a ajouté", v="func"),
     Q(D, "Le compte n’y est pas", NBK, "a tranché", v="name"),
     Q(D, "Avec une inflation à 2,4 % sur un an, on nous demande d’accepter une perte de pouvoir d’achat.", NBK, None, v="ctx"),
     Q(I, "à \"des arrêts de travail dans toutes les usines\" dès la semaine prochaine", "Rachid Oumeddour", "a appelé", opt=True),
     Q(D, "des arrêts de travail dans toutes les usines", "Rachid Oumeddour", "a appelé", v="name"),
     Q(D, "Les dividendes, eux, n’ont pas baissé", "Rachid Oumeddour", "a-t-il insisté", v="pron"),
     Q(I, "une quatrième séance reste \"possible si la délégation patronale revient avec un vrai mandat\"", MHS, "juge"),
     Q(D, "possible si la délégation patronale revient avec un vrai mandat", MHS, "juge", v="name"),
     Q(I, "attendre \"des propositions sur les classifications autant que sur les salaires\"", "CFE-CGC", "dit"),
     Q(D, "des propositions sur les classifications autant que sur les salaires", "CFE-CGC", "dit", v="inst"),
     Q(I, "contre une hausse \"qui étranglerait les sous-traitants\"", CPME, "met en garde", opt=True),
     Q(D, "qui étranglerait les sous-traitants", CPME, "met en garde", v="inst"),
     Q(I, "plus d’un tiers des PME du secteur ont vu leur trésorerie se dégrader depuis l’été", CPME, "Selon"),
     Q(I, "Le ministère du Travail, qui suit les discussions, \"encourage les partenaires sociaux à reprendre rapidement le dialogue\"", "ministère du Travail", "a-t-on indiqué", opt=True),
     Q(D, "encourage les partenaires sociaux à reprendre rapidement le dialogue", "ministère du Travail", "a-t-on indiqué", v="inst")],
    [("Le Courrier de l'Industrie", "Le Courrier de l'Industrie"), ("Économie > Social", "Économie > Social"),
     ("À lire aussi", "chaque vendredi")])


HCR = "Haut-Commissariat des Nations unies pour les réfugiés"
PAM = "Programme alimentaire mondial"
OMS = "Organisation mondiale de la santé"
ISB = "Ingrid Solheim-Barry"
BTL = "Bakary Traoré-Lindqvist"
# ---------------------------------------------------------------- 04
SPEC["04_afp_hcr_tchad"] = (
    [E("Tchad", "LOC"), E("HCR", "ORG", HCR), E("MSF", "ORG", "Médecins sans frontières"), E("Est", "LOC", opt=True),
     E("GENÈVE", "LOC", "Genève"), E("Genève", "LOC"), E("AFP", "ORG", "Agence France-Presse"), E(HCR, "ORG"),
     E("Soudan", "LOC"), E(ISB, "PER"), E("Nations unies", "ORG"), E("Adré", "LOC"),
     E("Médecins sans frontières", "ORG"), E(BTL, "PER"), E(PAM, "ORG"), E("PAM", "ORG", PAM), E("Ouaddaï", "LOC"),
     E(OMS, "ORG"), E("OMS", "ORG", OMS), E("N'Djamena", "LOC"), E("Forces de soutien rapide", "ORG"),
     E("FSR", "ORG", "Forces de soutien rapide"), E("ONU", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(I, "les camps de l'est du Tchad, où s'entassent des centaines de milliers de personnes ayant fui le Soudan, avaient atteint « leur point de rupture »", HCR, "a averti"),
     Q(D, "leur point de rupture", HCR, "a averti", v="inst"),
     Q(D, "Nous accueillons chaque semaine plus de 4 000 nouveaux arrivants dans des sites conçus pour la moitié de leur population actuelle", ISB, "a déclaré", v="name"),
     Q(I, "le plan de réponse pour 2026 n'était financé qu'à 11 %", ISB, "a précisé"),
     Q(I, "une situation sanitaire « alarmante »", "Médecins sans frontières", "décrit", opt=True),
     Q(D, "alarmante", "Médecins sans frontières", "décrit", v="inst"),
     Q(I, "un enfant sur quatre examiné dans ses cliniques mobiles souffre de malnutrition aiguë", "Médecins sans frontières", "Selon"),
     Q(D, "Nos équipes voient arriver des familles qui ont marché dix jours sans eau potable", BTL, "a témoigné", v="name"),
     Q(I, "il serait contraint de réduire de moitié les rations distribuées dès février", PAM, "a annoncé"),
     Q(D, "Sans nouveaux financements, nous devrons choisir qui nourrir", PAM, "a prévenu", v="inst"),
     Q(I, "les bailleurs à « ne pas détourner les yeux »", "directeur pays du " + PAM, "a appelé"),
     Q(D, "ne pas détourner les yeux", "directeur pays du " + PAM, "a appelé", v="func"),
     Q(I, "une aide internationale « à la hauteur de l'effort consenti par les communautés d'accueil »", "gouverneur de la province du Ouaddaï", "ont demandé", opt=True),
     Q(D, "à la hauteur de l'effort consenti par les communautés d'accueil", "gouverneur de la province du Ouaddaï", "ont demandé", v="func"),
     Q(I, "la vaccination de masse restait « la seule digue possible »", "représentant de l'" + OMS + " à N'Djamena", "a estimé"),
     Q(D, "la seule digue possible", "représentant de l'" + OMS + " à N'Djamena", "a estimé", v="func"),
     Q(I, "Le conflit au Soudan, qui oppose depuis avril 2023 l'armée aux paramilitaires des Forces de soutien rapide (FSR), a fait des dizaines de milliers de morts et plus de douze millions de déplacés", "ONU", "selon")],
    [("apo-cf/rox/sbh", "© Agence France-Presse")])


TAN = "tribunal administratif de Nantes"
JUGE = "juge des référés du tribunal administratif de Nantes"
BQA = "Bertrand Quéffélec-Aubry"
DLG = "Dominique-Anne Le Guen"
PNL = "Patrick Nguyen-Lemoine"
# ---------------------------------------------------------------- 05
SPEC["05_tribunal_administratif_arrete"] = (
    [E("Ouest-Littoral", "ORG"), E("Loire-Atlantique", "LOC"), E("Nantes", "LOC"), E("Saint-Herblain-sur-Loire", "LOC"),
     E("Clotilde Reverchon", "PER"), E(BQA, "PER"), E("Ligue des droits de l'homme", "ORG"),
     E("LDH", "ORG", "Ligue des droits de l'homme"), E("Toit pour tous 44", "ORG"), E("Oriane Zadkine-Ferreira", "PER"),
     E(DLG, "PER"), E("Conseil d'État", "ORG"), E("Cœur Herblinois", "ORG"), E(PNL, "PER"),
     E("rue de la République", "LOC", opt=True)],
    [
     Q(I, "la mesure portait “une atteinte grave et manifestement illégale à la liberté d'aller et venir”", JUGE, "a estimé"),
     Q(D, "une atteinte grave et manifestement illégale à la liberté d'aller et venir", JUGE, "a estimé", v="func"),
     Q(I, "l'arrêté couvrait “la quasi-totalité du centre-ville” sans que la commune démontre de troubles particuliers", TAN, "relève"),
     Q(D, "la quasi-totalité du centre-ville", TAN, "relève", v="inst"),
     Q(I, "de telles interdictions doivent être limitées dans le temps et dans l'espace", JUGE, "a rappelé"),
     Q(D, "C'est une victoire pour les plus précaires, et un rappel que la pauvreté n'est pas un délit", "Oriane Zadkine-Ferreira", "s'est félicitée", v="name"),
     Q(I, "la décision “remet un peu d'humanité dans le débat local”", DLG, "Pour"),
     Q(D, "remet un peu d'humanité dans le débat local", DLG, "Pour", v="name"),
     Q(D, "Je prends acte, mais je n'ai pas pris cet arrêté par plaisir : les commerçants sont excédés", BQA, "a-t-il réagi", v="pron"),
     Q(I, "il étudie un nouvel arrêté “plus ciblé” et n'exclut pas de saisir le Conseil d'État", BQA, "annonce"),
     Q(D, "plus ciblé", BQA, "annonce", v="role"),
     Q(I, "il avait “alerté la mairie sur la fragilité juridique du texte dès le mois de mai”", None, "glisse"),
     Q(D, "alerté la mairie sur la fragilité juridique du texte dès le mois de mai", None, "glisse"),
     Q(I, "leur “incompréhension”", "Cœur Herblinois", "disent", opt=True),
     Q(D, "incompréhension", "Cœur Herblinois", "disent", v="inst"),
     Q(D, "On nous explique qu'on doit vivre avec. Très bien, mais qui vient nettoyer les vitrines ?", PNL, "interroge", v="name")],
    [("Ouest-Littoral", "Ouest-Littoral"), ("Accueil / Loire-Atlantique", "Justice"), ("À lire aussi", "estivaux"),
     ("Vous souhaitez réagir", "Saint-Herblain-sur-Loire")])


JMH = "Jean-Marc Heinrich-Dupuy"
DRS = "direction régionale de SNCF Voyageurs"
LGB = "Lucienne Grosdidier-Baptiste"
# ---------------------------------------------------------------- 06
SPEC["06_region_ter_retards"] = (
    [E("L'Est Quotidien", "ORG"), E("Région", "ORG", "Région Grand Est", opt=True),
     E("Région Grand Est", "ORG", opt=True), E("Grand Est", "LOC"), E("SNCF", "ORG"), E("TER", "MISC", opt=True),
     E("Anne-Sophie Wurtz-Benali", "PER"), E("Strasbourg", "LOC"), E("SNCF Voyageurs", "ORG"), E("TER Fluo", "MISC", opt=True),
     E(JMH, "PER"), E("SNCF Réseau", "ORG"), E("Matthieu Oberlé", "PER"), E(LGB, "PER"), E("Fnaut Grand Est", "ORG"),
     E("Fédération nationale des associations d'usagers des transports", "ORG"), E("Metz", "LOC"), E("Nancy", "LOC"),
     E("Rassemblement national", "ORG"), E("Sarrebourg", "LOC")] + NET,
    [
     Q(D, "Nous payons pour un service, nous voulons ce service. Quand un train sur sept n'arrive pas à l'heure, ce n'est plus un incident, c'est un système", JMH, "a lancé", v="name"),
     Q(I, "la convention signée en 2024 prévoit un taux de régularité minimal de 92 %", JMH, "a rappelé"),
     Q(I, "Il n'a été que de 86,4 % l'an dernier", "conseil régional du Grand Est", "selon"),
     Q(D, "près de la moitié des retards sont dus à des travaux sur le réseau", DRS, "fait valoir", v="inst"),
     Q(I, "des « difficultés de maintenance » sur le matériel roulant", "Matthieu Oberlé", "a reconnu", opt=True),
     Q(D, "difficultés de maintenance", "Matthieu Oberlé", "a reconnu", v="name"),
     Q(D, "Nous avons recruté 60 agents de maintenance supplémentaires. Les effets se feront sentir dès le printemps", "Matthieu Oberlé", "assure-t-il", v="pron"),
     Q(D, "Ça fait trois ans qu'on nous promet le printemps", LGB, "ironise", v="name"),
     Q(I, "les usagers de la ligne Metz-Nancy « ont perdu en moyenne une journée de travail par mois »", LGB, "Selon"),
     Q(D, "ont perdu en moyenne une journée de travail par mois", LGB, "Selon", v="pron"),
     Q(I, "les sommes soient « intégralement reversées aux abonnés »", "écologistes", "réclament"),
     Q(D, "intégralement reversées aux abonnés", "écologistes", "réclament", v="inst"),
     Q(I, "une partie servirait à financer des remises sur les abonnements de mars", "président de la Région Grand Est", "a indiqué")],
    [("L'Est Quotidien", "L'Est Quotidien"), ("Région | Transports", "Région | Transports"),
     ("Temps de lecture", "3 min"), ("Lire aussi", "travaux"), ("Partager sur Facebook", "Transports")])


HCD = "Héloïse Carvalho-Delorme"
CAF = "caisse d'allocations familiales de Saône-et-Loire"
# ---------------------------------------------------------------- 07
SPEC["07_entretien_caf"] = (
    [E("Le Journal de Saône-et-Loire", "ORG"), E("Saône-et-Loire", "LOC"), E(HCD, "PER"), E("CAF", "ORG", CAF),
     E("Yannick Perrot-Sy", "PER"), E("caisse d'allocations familiales", "ORG", CAF, opt=True),
     E("Cour des comptes", "ORG"), E("APL", "MISC", opt=True), E("Mâcon", "LOC"), E("Secours catholique", "ORG"),
     E("Chalon-sur-Saône", "LOC"), E("Creusot", "LOC"), E("Caisse nationale des allocations familiales", "ORG"),
     E("Cnaf", "ORG", "Caisse nationale des allocations familiales"), E("CGT", "ORG"), E("RSA", "MISC", opt=True)],
    [
     Q(D, "Personne ne doit rester sans réponse plus d'un mois", HCD, None, v="name"),
     Q(I, "les caisses avaient été « sous-dotées pendant la transition »", "Cour des comptes", "a relevé"),
     Q(D, "sous-dotées pendant la transition", "Cour des comptes", "a relevé", v="inst"),
     Q(D, "Je ne demande pas de faveur, je demande mon dû.", None, "m'a dit"),
     Q(I, "les agents étaient « au bout du rouleau »", "délégué CGT de la " + CAF, "m'a dit"),
     Q(D, "au bout du rouleau", "délégué CGT de la " + CAF, "m'a dit", v="func")],
    [("Le Journal de Saône-et-Loire", "Le Journal de Saône-et-Loire"), ("Saône-et-Loire > Société", "Entretien"),
     ("Lire aussi", "15 heures d'activité"), ("Cet article est réservé", "Imprimer")])


FTR = "France Travail Centre-Val de Loire"
DIR = "directrice de l'agence France Travail de Bourges-Nord"
AKL = "Armand Koffi-Lebreton"
FMD = "Françoise-Marie Delaunay"
# ---------------------------------------------------------------- 08
SPEC["08_france_travail_rsa"] = (
    [E("Le Télégramme du Cher", "ORG"), E("Bourges", "LOC"), E("RSA", "MISC", opt=True), E("France Travail", "ORG"),
     E("Bérénice Achour-Mallet", "PER"), E("Cher", "LOC"), E("Bourges-Nord", "LOC"), E(FTR, "ORG"),
     E("Secours populaire", "ORG"), E(AKL, "PER"), E("rue Moyenne", "LOC", opt=True), E("Vierzon", "LOC"),
     E(FMD, "PER"), E("SNU-FSU", "ORG"), E("Case", "ORG")],
    [
     Q(D, "fait au mieux", DIR, "fait", nth=0, v="func"),
     Q(D, "contrat d'engagement", None, None, opt=True),
     Q(D, "On fait au mieux avec les moyens qu'on a", DIR, "reconnaît", v="func"),
     Q(I, "des portefeuilles de « plus de 180 demandeurs par conseiller »", DIR, "évoque", opt=True),
     Q(D, "plus de 180 demandeurs par conseiller", DIR, "évoque", v="pron"),
     Q(I, "l'accompagnement renforcé promis par la loi reste « un objectif, pas encore une réalité »", DIR, "Selon"),
     Q(D, "un objectif, pas encore une réalité", DIR, "Selon", v="pron"),
     Q(I, "les effectifs ont été renforcés", FTR, "assure"),
     Q(D, "Trente-cinq conseillers supplémentaires ont été affectés dans le département depuis l'automne", FTR, "indique-t-elle", v="inst"),
     Q(I, "recevoir des allocataires « perdus » face aux convocations", AKL, "raconte"),
     Q(D, "perdus", AKL, "raconte", v="name"),
     Q(D, "Une dame de 58 ans est venue en pleurs : elle croyait qu'on allait lui couper ses allocations parce qu'elle n'avait pas de voiture pour aller à un atelier à Vierzon. Personne ne lui avait expliqué qu'elle pouvait le suivre à distance.", AKL, None, v="ctx"),
     Q(I, "aucune sanction n'avait été prononcée « à ce jour » pour non-respect des quinze heures d'activité", FMD, "a affirmé"),
     Q(D, "à ce jour", FMD, "a affirmé", v="name"),
     Q(I, "le département voulait « accompagner, pas punir »", FMD, "a ajouté"),
     Q(D, "accompagner, pas punir", FMD, "a ajouté", v="pron"),
     Q(I, "une « usine à gaz »", "SNU-FSU", "dénonce", opt=True),
     Q(D, "usine à gaz", "SNU-FSU", "dénonce", v="inst")],
    [("Le Télégramme du Cher", "Le Télégramme du Cher"), ("Accueil › Bourges", "Emploi"),
     ("3 min de lecture", "3 min de lecture"), ("À lire aussi", "pépinière d'entreprises"), ("Réagir (12)", "Partager")])


OIT = "Organisation internationale du travail"
OIE = "Organisation internationale des employeurs"
CSI = "Confédération syndicale internationale"
VUS = "Valentina Urrutia Sandoval"
# ---------------------------------------------------------------- 09
SPEC["09_afp_oit_chaleur"] = (
    [E("OIT", "ORG", OIT), E("GENÈVE", "LOC", "Genève"), E("Genève", "LOC"), E("AFP", "ORG", "Agence France-Presse"),
     E(OIT, "ORG"), E("ONU", "ORG"), E(VUS, "PER"), E("Afrique de l'Ouest", "LOC"), E("Asie du Sud", "LOC"),
     E(CSI, "ORG"), E("CSI", "ORG", CSI), E("Olusegun Adeyemi-Hart", "PER"), E(OIE, "ORG"), E("OIE", "ORG", OIE),
     E("Kirsten Vandermeulen", "PER"), E("Conférence internationale du travail", "MISC", opt=True), E("France", "LOC"),
     E("Code du travail", "MISC", opt=True), E("CGT", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(D, "2,4 milliards de travailleurs exposés", OIT, "selon", v="inst"),
     Q(I, "« 2,4 milliards de travailleurs exposés »", OIT, "selon", opt=True),
     Q(I, "Plus de 2,4 milliards de travailleurs dans le monde sont exposés chaque année à des chaleurs excessives sur leur lieu de travail", OIT, "selon"),
     Q(I, "ces conditions provoquent chaque année près de 23 millions d'accidents du travail et quelque 19 000 décès", OIT, "estime"),
     Q(D, "Ce ne sont pas des projections lointaines, ce sont des chiffres d'aujourd'hui", "directeur général de l'" + OIT, "a insisté", v="func"),
     Q(D, "Dans certaines régions d'Afrique de l'Ouest et d'Asie du Sud, les travailleurs perdent déjà l'équivalent de plusieurs semaines de travail par an", VUS, "a-t-elle expliqué", v="pron"),
     Q(I, "la plupart des législations nationales restent « muettes sur les seuils de température »", VUS, "juge"),
     Q(D, "muettes sur les seuils de température", VUS, "juge", v="pron"),
     Q(D, "Le droit de s'arrêter quand il fait 40 degrés ne devrait pas dépendre de la bonne volonté d'un contremaître", "Olusegun Adeyemi-Hart", "a déclaré", v="name"),
     Q(I, "un rapport « utile »", OIE, "a salué", opt=True),
     Q(D, "utile", OIE, "a salué", v="inst"),
     Q(I, "une norme unique serait « inadaptée à la diversité des climats et des métiers »", OIE, "jugeant"),
     Q(D, "inadaptée à la diversité des climats et des métiers", OIE, "jugeant", v="inst"),
     Q(D, "la prévention se construit entreprise par entreprise", "Kirsten Vandermeulen", "Pour", v="name"),
     Q(I, "un « droit de retrait climatique »", "CGT", "a demandé", opt=True),
     Q(D, "droit de retrait climatique", "CGT", "a demandé", v="inst")],
    [("apo/rjm/ach", "© Agence France-Presse")])


DASEN = "directeur académique des services de l'Éducation nationale de l'Aisne"
SNU = "Syndicat national unitaire des instituteurs, professeurs des écoles et PEGC"
AMRF = "Association des maires ruraux de France"
LMF = "Léa-Marie Fontaine-Ouattara"
RVA = "Régine Van Acker"
# ---------------------------------------------------------------- 10
SPEC["10_carte_scolaire_aisne"] = (
    [E("L'Union de Picardie", "ORG"), E("Aisne", "LOC"), E("Théo Castagnier", "PER"),
     E("Éducation nationale", "ORG", opt=True), E("Laon", "LOC"), E("Amiens", "LOC"), E(LMF, "PER"), E(SNU, "ORG"),
     E("SNUipp-FSU", "ORG", SNU), E("SNUipp", "ORG", SNU), E("Montcornet-en-Thiérache", "LOC"), E(RVA, "PER"),
     E(AMRF, "ORG"), E("AMRF", "ORG", AMRF), E("Gilbert Lamotte-Saïdi", "PER"), E("FCPE", "ORG"),
     E("Mermoz", "ORG", opt=True)],
    [
     Q(D, "un coup de massue", RVA, None, nth=0, v="role"),
     Q(I, "Une baisse de 1 300 élèves en primaire justifie ces ajustements", "services de l'Éducation nationale", "selon"),
     Q(D, "Nous ne fermons pas d'écoles, nous adaptons le nombre de classes au nombre d’enfants", DASEN, "a défendu", v="func"),
     Q(I, "le taux d’encadrement resterait « parmi les plus favorables de l’académie d’Amiens »", DASEN, "a fait valoir"),
     Q(D, "parmi les plus favorables de l’académie d’Amiens", DASEN, "a fait valoir", v="func"),
     Q(D, "On ferme des classes là où les familles sont les plus fragiles", LMF, "a dénoncé", v="name"),
     Q(D, "un coup de massue", RVA, "parle", nth=1, v="name"),
     Q(D, "On a rénové l’école il y a deux ans avec l’argent de la commune et de l’État. Et maintenant, l’État nous dit qu’elle est trop grande", RVA, "s’agace", v="role"),
     Q(I, "plusieurs familles « envisagent déjà de partir »", RVA, "affirme"),
     Q(D, "envisagent déjà de partir", RVA, "affirme", v="pron"),
     Q(I, "« un examen commune par commune »", AMRF, "pour demander", opt=True),
     Q(D, "un examen commune par commune", AMRF, "pour demander", v="inst"),
     Q(I, "la baisse démographique « ne peut pas servir d’excuse éternelle »", "FCPE", "juge"),
     Q(D, "ne peut pas servir d’excuse éternelle", "FCPE", "juge", v="inst")],
    [("L'Union de Picardie", "L'Union de Picardie"), ("Aisne | Éducation", "Aisne | Éducation"),
     ("Lire aussi", "bombe"), ("Partager cet article", "(27)")])


DDD = "Défenseure des droits"
INST = "Défenseur des droits"
NEV = "Nicolas-Emmanuel Vasseur"
AKL2 = "Aminata Kouyaté-Lenoir"
PSSD = "préfecture de la Seine-Saint-Denis"
ANEF = "Administration numérique pour les étrangers en France"
# ---------------------------------------------------------------- 11
SPEC["11_defenseure_droits_titres"] = (
    [E("Actu Société", "ORG"), E(DDD, "ORG", opt=True), E("Rania Belkacem-Houdart", "PER"), E(INST, "ORG"),
     E("Caisse nationale d’assurance maladie", "ORG"), E(ANEF, "MISC"), E("Anef", "MISC", ANEF), E(NEV, "PER"),
     E("ministère de l’Intérieur", "ORG", opt=True), E("place Beauvau", "LOC", opt=True), E("Cimade", "ORG"),
     E("Bobigny", "LOC"), E(AKL2, "PER"), E("Seine-Saint-Denis", "LOC"), E("Conseil d’État", "ORG"),
     E("LinkedIn", "ORG", opt=True)] + NET,
    [
     Q(I, "des préfectures « injoignables »", DDD, "dénonce", opt=True),
     Q(D, "injoignables", DDD, "dénonce", v="func"),
     Q(I, "des étrangers en situation régulière « privés de droits faute de rendez-vous »", INST, "décrit", opt=True),
     Q(D, "privés de droits faute de rendez-vous", INST, "décrit", v="inst"),
     Q(D, "Des personnes qui travaillent depuis dix ans perdent leur emploi parce qu’un renouvellement n’a pas été traité à temps. C’est une rupture d’égalité devant le service public", DDD, "a déclaré", v="func"),
     Q(I, "de rétablir « partout » un accueil physique en préfecture", DDD, "recommande"),
     Q(D, "partout", DDD, "recommande", v="pron"),
     Q(I, "En cause, selon l’institution, la plateforme numérique de l’Administration numérique pour les étrangers en France (Anef), généralisée depuis 2023", INST, "selon"),
     Q(I, "les dossiers « restent bloqués des semaines sur une pièce manquante qu’aucun agent ne peut corriger »", NEV, "explique"),
     Q(D, "restent bloqués des semaines sur une pièce manquante qu’aucun agent ne peut corriger", NEV, "explique", v="name"),
     Q(D, "le délai moyen de traitement a baissé de 20 % en un an", "ministère de l'Intérieur", "fait valoir", v="inst"),
     Q(I, "1 200 agents supplémentaires ont été affectés aux services des étrangers", "ministère de l'Intérieur", "fait valoir"),
     Q(D, "la dématérialisation a fabriqué des sans-papiers", "Cimade", "estime", v="inst"),
     Q(D, "Son titre a expiré pendant que la plateforme affichait ‹ dossier en cours d’instruction ›. Son patron l’a licencié le lendemain.", AKL2, None, v="ctx"),
     Q(I, "avoir ouvert en juin un guichet d’urgence pour les titres expirés", PSSD, "indique"),
     Q(D, "Nous recevons sans rendez-vous les personnes dont l’emploi est menacé", PSSD, "précise-t-on", v="inst"),
     Q(I, "des délais « encore trop longs »", PSSD, "reconnaît", opt=True),
     Q(D, "encore trop longs", PSSD, "reconnaît", v="inst")],
    [("Actu Société", "Actu Société"), ("Société > Services publics", "Société > Services publics"),
     ("Lecture : 4 min", "Lecture : 4 min"), ("Sur le même sujet", "alternative papier"), ("Partager :", "Copier le lien")])


CDC = "Cour des comptes"
CRC = "chambre régionale des comptes Provence-Alpes-Côte d'Azur"
MAG = "Marc-Antoine Giordano-Lefèvre"
FNSPF = "Fédération nationale des sapeurs-pompiers de France"
# ---------------------------------------------------------------- 12
SPEC["12_cour_comptes_pompiers"] = (
    [E("Var-Matin Hebdo", "ORG"), E("Var", "LOC"), E("Ludovic Saint-Pierre Mbaye", "PER"), E(CDC, "ORG"),
     E("Cour", "ORG", CDC, opt=True), E("Sdis 83", "ORG"), E("Sdis", "ORG", "Sdis 83"), E(CRC, "ORG", opt=True),
     E(MAG, "PER"), E(FNSPF, "ORG"), E("FNSPF", "ORG", FNSPF), E("Aurélien Mokrani", "PER"),
     E("ministère de l'Intérieur", "ORG", opt=True), E("Brignoles", "LOC"), E("Samia Benhadj-Rolland", "PER")],
    [
     Q(I, "Le modèle français de sécurité civile, qui repose à près de 80 % sur des sapeurs-pompiers volontaires, « atteint ses limites »", CDC, "prévient"),
     Q(D, "atteint ses limites", CDC, "prévient", v="inst"),
     Q(I, "le nombre de volontaires stagne depuis quinze ans, alors que les interventions ont progressé de 30 %", CDC, "relève"),
     Q(D, "Le volontariat ne peut pas porter indéfiniment une charge qui relève de plus en plus de la prise en charge sanitaire", "premier président de la " + CDC, "a résumé", v="func"),
     Q(I, "de mieux indemniser les gardes de nuit et de « clarifier la répartition des coûts » entre l'État, les départements et les communes", CDC, "recommandent"),
     Q(D, "clarifier la répartition des coûts", CDC, "recommandent", v="inst"),
     Q(I, "des « tensions récurrentes sur la disponibilité en journée »", CRC, "avait déjà pointé", opt=True),
     Q(D, "tensions récurrentes sur la disponibilité en journée", CRC, "avait déjà pointé", v="inst"),
     Q(I, "certaines casernes rurales « ferment faute de bras entre 9 heures et 17 heures »", MAG, "reconnaît"),
     Q(D, "ferment faute de bras entre 9 heures et 17 heures", MAG, "reconnaît", v="name"),
     Q(I, "les employeurs qui libèrent leurs salariés soient davantage aidés", MAG, "plaide"),
     Q(I, "un rapport « lucide »", FNSPF, "salue", opt=True),
     Q(D, "lucide", FNSPF, "salue", v="inst"),
     Q(I, "les volontaires ne soient « pas transformés en ambulanciers au rabais »", FNSPF, "demande"),
     Q(D, "pas transformés en ambulanciers au rabais", FNSPF, "demande", v="inst"),
     Q(D, "Un volontaire qui passe trois nuits par semaine à faire du transport de malades finit par démissionner.", "Aurélien Mokrani", "insiste", v="name"),
     Q(I, "partager « l'essentiel du diagnostic »", "ministère de l'Intérieur", "dit"),
     Q(D, "l'essentiel du diagnostic", "ministère de l'Intérieur", "dit", v="inst"),
     Q(D, "On ne fait pas ça pour l'argent. Mais on aimerait qu'on ne nous prenne pas pour acquis.", "Samia Benhadj-Rolland", "résume", v="name")],
    [("Var-Matin Hebdo", "Var-Matin Hebdo"), ("Accueil / Var", "Sécurité civile"), ("À lire aussi", "l'été"),
     ("Partager | Commenter", "newsletter Var")])


if __name__ == "__main__":
    main(SPEC, HERE)
