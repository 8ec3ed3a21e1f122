#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout23 with exact offsets.

BLIND set: must never be tuned on, and must not be added to `make eval`; only the lead scores it.

    python3 tests/gold/heldout23/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout23/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout23/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this set) are
given below as strings, per ../shared/docs/ANNOTATION.md and the conventions
of README.md (which follows tests/gold/written*/README.md). The machinery
(offsets, checks, self-score, --check/--show) is tests/gold/goldspec.py.
v says how a reader finds the speaker of a scored direct quote: name,
pron (pronoun), role (role noun or description standing for a named person,
or a headline repeating body words), func (a person known only by function
or relation), inst (institution, body, government or group), ctx (no cue:
the speaker named or quoted just before).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

MOD = "Maëlys Okonkwo-Dufresne"
TMC = "Thibault-Marie Carrasco"
JBV = "Jean-Baptiste de Villeneuve-Rocca"
ENL = "Édouard Niang-Lavergne"
PM = "Premier ministre"
RGS = "rapporteur général du Sénat"
# ---------------------------------------------------------------- 01
SPEC["01_censure_budget"] = (
    [E("Le Courrier de la République", "ORG"), E("Parlement", "ORG"),
     E("Clotilde Ferrand-Amsalem", "PER"), E("Assemblée nationale", "ORG"),
     E("Palais-Bourbon", "LOC", opt=True), E("La France insoumise", "ORG"), E(MOD, "PER"), E("Bercy", "ORG"),
     E("Rassemblement national", "ORG"), E("RN", "ORG", "Rassemblement national"), E("Var", "LOC"),
     E(TMC, "PER"), E("Les Républicains", "ORG"), E(JBV, "PER"), E("LR", "ORG", "Les Républicains"),
     E("Sarthe", "LOC"), E("Ensemble pour la République", "ORG"), E(ENL, "PER"),
     E("Ruben Achterberg", "PER"), E("Sénat", "ORG"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "un sursis", None, None, nth=0),
     Q(D, "C'est un sursis, pas une victoire", None, "a reconnu"),
     Q(D, "conscient de la fragilité", PM, "s'est dit", v="func"),
     Q(I, "« conscient de la fragilité » de sa position", PM, "s'est dit", opt=True),
     Q(I, "« tendre la main » aux députés qui n'avaient pas voté la censure", PM, "a promis"),
     Q(D, "tendre la main", PM, "a promis", v="func"),
     Q(D, "un budget écrit à Bercy et imposé au Parlement", MOD, "par une charge contre", v="name"),
     Q(D, "Vous gouvernez sans majorité et vous faites comme si vous en aviez une. Ce soir, chaque député devra dire s'il accepte cela", MOD, "a-t-elle lancé", v="pron"),
     Q(I, "son groupe « ne ferait aucun cadeau » à l'exécutif", TMC, "avait affirmé"),
     Q(D, "ne ferait aucun cadeau", TMC, "avait affirmé", v="name"),
     Q(I, "une dizaine d'élus du groupe Les Républicains ont toutefois hésité", None, "Selon"),
     Q(I, "la censure aurait ouvert « une crise dont personne ne sait sortir »", JBV, "Pour"),
     Q(D, "une crise dont personne ne sait sortir", JBV, "Pour", v="name"),
     Q(D, "Je ne signe pas de chèque en blanc au gouvernement. Mais je ne joue pas non plus avec les institutions", JBV, "a expliqué", v="role"),
     Q(D, "le sens des responsabilités", ENL, "a salué", v="name"),
     Q(I, "« le sens des responsabilités » d'une partie de l'opposition", ENL, "a salué", opt=True),
     Q(I, "le texte, amendé sur les retraites agricoles, « tient compte des débats »", ENL, "estime"),
     Q(D, "tient compte des débats", ENL, "estime", v="pron"),
     Q(I, "ces concessions étaient « des miettes »", "Ruben Achterberg", "a répliqué"),
     Q(D, "des miettes", "Ruben Achterberg", "a répliqué", v="name"),
     Q(I, "la majorité de droite et du centre entend le « durcir » sur la maîtrise des dépenses", RGS, "selon"),
     Q(D, "durcir", RGS, "selon", v="func")],
    [("Le Courrier de la République", "Accueil > Politique > Parlement"),
     ("Temps de lecture : 3 min", "Temps de lecture : 3 min"), ("Lire aussi", "Motion de censure")])


AVB = "Anne-Charlotte Vasseur-Benali"
ADMD = "Association pour le droit de mourir dans la dignité"
# ---------------------------------------------------------------- 02
SPEC["02_entretien_senatrice"] = (
    [E("HEXAGONE INFO", "ORG", "Hexagone Info"), E(AVB, "PER"), E("Yanis Oberlé-Marchetti", "PER"),
     E("Mayenne", "LOC"), E("Luxembourg", "LOC", opt=True), E("Sénat", "ORG"),
     E("Assemblée nationale", "ORG"), E("Assemblée", "ORG", "Assemblée nationale"), E("Santé", "ORG", opt=True),
     E(ADMD, "ORG"), E("Français", "MISC"), E("Laval", "LOC"), E("Gaspard Lindqvist-Aubry", "PER"),
     E("Union centriste", "ORG"), E("Hervé-Loup Santini", "PER"), E("Constitution", "MISC", opt=True),
     E("Parlement", "ORG")],
    [
     Q(D, "Le Sénat ne sera pas une chambre d'enregistrement", AVB, None, v="name"),
     Q(D, "recul", "gouvernement", "parle", nth=0, v="inst"),
     Q(I, "« recul »", "gouvernement", "parle", opt=True),
     Q(D, "Nous sommes prêts à retravailler cette rédaction.", "ministre de la Santé", "m'a dit", v="func"),
     Q(I, "nous trahissons la volonté des Français", ADMD, "estime"),
     Q(D, "Je ne veux pas mourir, je veux ne plus souffrir.", None, "m'a raconté"),
     Q(I, "nous réunissions les rapporteurs des deux assemblées avant la commission mixte paritaire", "Gaspard Lindqvist-Aubry", "a proposé"),
     Q(I, "Mon collègue Hervé-Loup Santini votera contre l'article 5", "Hervé-Loup Santini", "il me l'a annoncé", opt=True)],
    [("HEXAGONE INFO", "Politique | Entretien"), ("Lecture 4 min.", "Lecture 4 min."),
     ("À lire aussi", "Parlement")])


BKD = "Bérénice Kouassi-Delorme"
PPG = "porte-parole du gouvernement"
ISM = "Ingrid Salvatori-Mbemba"
# ---------------------------------------------------------------- 03
SPEC["03_afp_remaniement"] = (
    [E("PARIS", "LOC", "Paris"), E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"),
     E("Commerce", "ORG", opt=True), E(BKD, "PER"), E("Kouassi-Delorme", "PER", BKD),
     E("Conseil des ministres", "ORG", opt=True), E("LinkedIn", "ORG"), E("Le Journal du Rhône", "ORG"),
     E("Matignon", "ORG"), E("Élysée", "ORG"), E("franceinfo", "ORG"), E("Parti socialiste", "ORG"),
     E("Maxime-Aurélien Bouchareb", "PER"), E(ISM, "PER"), E("Économie", "ORG", opt=True),
     E("Medef", "ORG"), E("Florian Hautecœur-Dias", "PER"), E("Île-de-France", "LOC")],
    [
     Q(I, "tout calendrier", "gouvernement", "dément", opt=True),
     Q(I, "un remaniement soit prévu avant les fêtes", "gouvernement", "a démenti"),
     Q(D, "Il n'y a aucun calendrier, aucune liste, aucune réunion secrète", PPG, "a assuré", v="func"),
     Q(D, "Le président de la République et le Premier ministre travaillent ensemble, comme chaque semaine", PPG, "a-t-elle ajouté", v="pron"),
     Q(D, "pure fiction", PPG, "qualifiant de", v="pron"),
     Q(D, "raisons personnelles", BKD, "en invoquant", v="name"),
     Q(D, "ceux qui [lui] ont fait confiance", BKD, "a remercié", v="role"),
     Q(I, "vouloir « retrouver le terrain »", BKD, "dit"),
     Q(D, "retrouver le terrain", BKD, "dit", v="role"),
     Q(I, "son départ était « acté depuis l'été »", None, "Selon"),
     Q(D, "acté depuis l'été", None, "Selon"),
     Q(I, "elle s'était opposée en conseil restreint au report du plan d'aide aux commerces de centre-ville", "Le Journal du Rhône", "D'après"),
     Q(I, "le chef de l'État « ne se laissera pas dicter son agenda par les rumeurs »", "Élysée", "on assure"),
     Q(D, "ne se laissera pas dicter son agenda par les rumeurs", "Élysée", "on assure", v="inst"),
     Q(D, "Un gouvernement qui dément un remaniement, c'est un gouvernement qui s'y prépare", "Maxime-Aurélien Bouchareb", "a raillé", v="name"),
     Q(D, "un exécutif à l'arrêt depuis six mois", ISM, "a dénoncé", v="name"),
     Q(I, "« un exécutif à l'arrêt depuis six mois »", ISM, "a dénoncé", opt=True),
     Q(I, "Le portefeuille du Commerce est confié à titre intérimaire au ministre de l'Économie", "Matignon", "a précisé"),
     Q(D, "vide", "Medef", "on s'inquiète", v="inst"),
     Q(I, "un « vide » au moment où les commerçants préparent les soldes d'hiver", "Medef", "on s'inquiète", opt=True),
     Q(D, "Nous avons besoin d'un interlocuteur, pas d'un intérim", "Florian Hautecœur-Dias", "a déclaré", v="name")],
    [("Politique", "Politique"), ("bur-fgr/jbo/cs", "© Agence France-Presse")])


KDM = "Kévin-Dylan Marchal"
SVH = "Sébastien Van Hecke"
SAL = "Samira Ait-Lahcen"
CDM = "Constance Delahaye-Mbarga"
LPA = "Lucas Perrin-Abdallah"
ALS = "Arnaud Lécuyer-Sanz"
# ---------------------------------------------------------------- 04
SPEC["04_assises_braquage"] = (
    [E("LE JOURNAL DU NORD-EST", "ORG", "Le Journal du Nord-Est"), E("Roubaix", "LOC"), E(KDM, "PER"),
     E("Marchal", "PER", KDM), E("Apolline Rzepka-Ounissi", "PER"), E("Nord", "LOC"), E("Douai", "LOC"),
     E("Hamid Ait-Lahcen", "PER"), E(SVH, "PER"), E("Glock 17", "MISC"), E(SAL, "PER"), E(CDM, "PER"),
     E(LPA, "PER"), E(ALS, "PER")],
    [
     Q(I, "vingt-deux ans de réclusion criminelle contre Kévin-Dylan Marchal, 34 ans, jugé par la cour d'assises du Nord à Douai pour le braquage d'une bijouterie de Roubaix au cours duquel le gérant, Hamid Ait-Lahcen, avait été mortellement blessé en mars 2024", SVH, "a requis", opt=True),
     Q(D, "Il n'y a pas eu d'accident. Il y a eu un homme armé qui a choisi de tirer", SVH, "a martelé", v="name"),
     Q(I, "l'accusé avait acheté le pistolet, un Glock 17, trois semaines avant les faits", SVH, "a rappelé"),
     Q(I, "la préparation du vol “exclut toute panique”", SVH, "Selon"),
     Q(D, "exclut toute panique", SVH, "Selon", v="pron"),
     Q(I, "avoir tiré", KDM, "avait reconnu"),
     Q(I, "le coup était parti “quand le gérant a attrapé [son] bras”", KDM, "soutenu"),
     Q(D, "quand le gérant a attrapé [son] bras", KDM, "soutenu", v="pron"),
     Q(D, "Je ne voulais tuer personne. Je pense à lui tous les jours", KDM, "avait-il dit", v="pron"),
     Q(D, "Mon mari avait proposé d'ouvrir le coffre. Il ne résistait pas", SAL, "a-t-elle témoigné", v="pron"),
     Q(I, "la version de l'accusé", SAL, "démentant", opt=True),
     Q(D, "une défense construite après coup", CDM, "a dénoncé", v="name"),
     Q(I, "“une défense construite après coup”", CDM, "a dénoncé", opt=True),
     Q(I, "huit ans à son encontre", SVH, "a demandé", opt=True),
     Q(I, "il n'avait “jamais imaginé” l'usage d'une arme", SVH, "estimant"),
     Q(D, "jamais imaginé", SVH, "estimant", v="role"),
     Q(D, "Je sais que ça ne sert à rien, mais je le dis quand même.", LPA, "a présenté ses excuses", v="role"),
     Q(I, "Il entend démontrer que son client, sans antécédent de violence, a agi “dans une panique totale”", ALS, "a-t-il indiqué"),
     Q(D, "dans une panique totale", ALS, "a-t-il indiqué", v="pron")],
    [("LE JOURNAL DU NORD-EST", "Justice > Procès"), ("À lire aussi", "newsletter Justice")])


RFK = "Roland Ferreira-Kessler"
HTC = "Hélène Taïeb-Courvoisier"
OMN = "Odile Marchetti-N'Diaye"
CEDH = "Cour européenne des droits de l'homme"
PNF = "parquet national financier"
# ---------------------------------------------------------------- 05
SPEC["05_afp_cassation_senateur"] = (
    [E("Cour de cassation", "ORG"), E(RFK, "PER"), E("Ferreira-Kessler", "PER", RFK),
     E("PARIS", "LOC", "Paris"), E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"),
     E("Loiret", "LOC"), E("Orléans", "LOC"), E(HTC, "PER"), E(CEDH, "ORG"), E("CEDH", "ORG", CEDH),
     E(PNF, "ORG", opt=True), E("PNF", "ORG", PNF), E("Sénat", "ORG"), E("Anticor", "ORG"), E(OMN, "PER"),
     E("Vernisson-le-Bas", "LOC")],
    [
     Q(I, "La Cour de cassation a rejeté mercredi le pourvoi de l'ancien sénateur du Loiret Roland Ferreira-Kessler, rendant définitive sa condamnation à deux ans d'emprisonnement avec sursis et cinq ans d'inéligibilité pour détournement de fonds publics", None, "a-t-on appris"),
     Q(I, "la cour d'appel d'Orléans a « souverainement apprécié » la réalité du travail des trois collaborateurs parlementaires rémunérés entre 2014 et 2019, dont l'épouse et le neveu de l'ancien élu", "Cour de cassation", "estime"),
     Q(D, "souverainement apprécié", "Cour de cassation", "estime", v="inst"),
     Q(D, "J'ai été jugé sur des rumeurs et des rancœurs locales", RFK, "avait-il déclaré", v="pron"),
     Q(I, "son client envisageait de saisir la Cour européenne des droits de l'homme (CEDH)", HTC, "a indiqué"),
     Q(D, "Le droit à un procès équitable n'a pas été respecté, nous irons jusqu'au bout", HTC, "a-t-elle affirmé", v="pron"),
     Q(I, "près de 410 000 euros de rémunérations ont été versés sans contrepartie réelle", PNF, "Selon"),
     Q(I, "le remboursement intégral de ces sommes", "Sénat", "réclamait", opt=True),
     Q(D, "clôt une procédure beaucoup trop longue", "Anticor", "s'est félicitée", v="inst"),
     Q(I, "une décision qui « clôt une procédure beaucoup trop longue »", "Anticor", "s'est félicitée", opt=True),
     Q(I, "les assemblées à « publier enfin la liste complète » des collaborateurs de chaque parlementaire", OMN, "a appelé"),
     Q(D, "publier enfin la liste complète", OMN, "a appelé", v="name"),
     Q(D, "Tout le monde savait, mais personne ne parlait", None, "a confié")],
    [("Justice", "Justice"), ("pga/lbx/dth", "© Agence France-Presse")])


SAT = "Solène Abergel-Tournier"
DLO = "Dimitri Laborde-Ozanne"
GH = "Gwladys Hennequin"
PYN = "Pierre-Yves Nakamura"
OC = "Office central de lutte contre la criminalité liée aux technologies de l'information et de la communication"
FCC = "Féministes contre le cyberharcèlement"
# ---------------------------------------------------------------- 06
SPEC["06_proces_cyberharcelement"] = (
    [E("lefilinfo.fr", "ORG"), E("Mathis Kowalski-Benchetrit", "PER"), E("Paris", "LOC"), E(SAT, "PER"),
     E("Assemblée", "ORG", "Assemblée nationale"), E(DLO, "PER"), E("Aisne", "LOC"), E("X", "ORG"),
     E(OC, "ORG"), E("OCLCTIC", "ORG", OC), E(GH, "PER"), E(PYN, "PER"), E(FCC, "ORG"), E("Pharos", "ORG")],
    [
     Q(D, "Je ne pensais pas qu'elle lirait", DLO, "se défend", nth=0, v="role"),
     Q(D, "Je ne pensais pas qu'elle lirait. C'était un message parmi d'autres", DLO, "a expliqué", v="name"),
     Q(I, "l'élue \"méritait une balle\"", DLO, "avait écrit"),
     Q(D, "méritait une balle", DLO, "avait écrit", v="name"),
     Q(I, "il s'agissait \"d'une expression\"", DLO, "a répondu"),
     Q(D, "d'une expression", DLO, "a répondu", v="pron"),
     Q(D, "Pendant trois mois, j'ai vérifié sous ma voiture chaque matin. Mes enfants ont changé d'école", SAT, "a-t-elle raconté", v="pron"),
     Q(I, "les messages avaient été relayés par un compte anonyme sur X suivi par plus de 40 000 personnes", SAT, "Selon"),
     Q(I, "Ce compte, d'après les enquêteurs de l'" + OC + " (OCLCTIC), était administré par la seule femme du dossier, Gwladys Hennequin, 47 ans", OC, "d'après"),
     Q(I, "toute coordination", GH, "a nié"),
     Q(D, "J'ai partagé une vidéo, comme des milliers de gens. Je n'ai jamais appelé à la violence", GH, "a-t-elle assuré", v="pron"),
     Q(I, "des peines allant de quatre mois avec sursis à un an ferme, et un stage de citoyenneté pour tous", "procureure", "a requis", opt=True),
     Q(D, "Derrière l'écran, il y a une personne. Et derrière cette personne, il y a la démocratie", "procureure", "a-t-elle lancé", v="pron"),
     Q(I, "ce procès doit \"servir d'avertissement\"", PYN, "estime"),
     Q(D, "servir d'avertissement", PYN, "estime", v="name"),
     Q(I, "63 % des élues déclaraient avoir subi des violences en ligne", FCC, "a rappelé")],
    [("lefilinfo.fr", "Accueil / Justice / Tribunaux"), ("Lecture : 3 minutes", "Lecture : 3 minutes"),
     ("À lire aussi :", "14 commentaires")])


NFL = "Nordine Fabre-Ligonnet"
MET = "Maud Esquirol-Tanaka"
FNAUT = "Fédération nationale des associations d'usagers des transports"
DG = "directeur général de SNCF Voyageurs"
MT = "ministre des Transports"
# ---------------------------------------------------------------- 07
SPEC["07_greve_controleurs"] = (
    [E("MÉTROPOLE MATIN", "ORG", "Métropole Matin"), E("Léonie Castagnède-Yilmaz", "PER"),
     E("Bastien Obrecht", "PER"), E("TGV", "MISC", opt=True), E("SNCF Voyageurs", "ORG"), E("SNCF", "ORG"),
     E("Noël", "MISC", opt=True), E("SUD-Rail", "ORG"), E("CGT-Cheminots", "ORG"), E("BFMTV", "ORG"),
     E(NFL, "PER"), E("Marseille", "LOC"), E("Intercités", "MISC", opt=True), E(MET, "PER"),
     E("Sud-Est", "LOC"), E("Occitanie", "LOC"), E("Paris", "LOC"), E("Nice", "LOC"),
     E("Transports", "ORG", opt=True), E("UNSA-Ferroviaire", "ORG"), E("gare de Lyon", "LOC", opt=True),
     E("Fatoumata Guérin-Sall", "PER"), E("Toulon", "LOC"), E(FNAUT, "ORG"), E("Fnaut", "ORG", FNAUT),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(I, "un TGV sur trois serait supprimé vendredi et samedi, premiers jours des vacances de Noël, en raison d'un préavis de grève des contrôleurs déposé par SUD-Rail et la CGT-Cheminots", "SNCF Voyageurs", "a annoncé"),
     Q(D, "Nous avons tout fait pour éviter ce conflit. Les organisations syndicales ont choisi de prendre les familles en otage", DG, "a regretté", v="func"),
     Q(I, "une prime de 400 euros et l'embauche de 600 contrôleurs en 2027 avaient été proposées lors de la dernière table ronde", "direction de SNCF Voyageurs", "Selon"),
     Q(D, "très en dessous", None, "on juge", opt=True),
     Q(I, "ces propositions “très en dessous” des attentes", None, "on juge", opt=True),
     Q(D, "Une prime, ça ne se cotise pas, ça ne compte pas pour la retraite. Ce qu'on demande, c'est une revalorisation du salaire de base", NFL, "explique", v="name"),
     Q(I, "les contrôleurs réalisent désormais “seuls à bord” la majorité des trajets en Intercités", NFL, "affirme"),
     Q(D, "seuls à bord", NFL, "affirme", v="pron"),
     Q(I, "la mobilisation sera “massive” dans le Sud-Est et en Occitanie", MET, "assure"),
     Q(D, "massive", MET, "assure", v="name"),
     Q(D, "Personne ne fait grève de gaieté de cœur à Noël. Mais on a été baladés pendant six mois", MET, "lâche", v="role"),
     Q(I, "les deux parties “à revenir autour de la table dès jeudi”", MT, "a appelé"),
     Q(D, "à revenir autour de la table dès jeudi", MT, "a appelé", v="func"),
     Q(I, "vouloir jouer “les facilitateurs”", "UNSA-Ferroviaire", "dit"),
     Q(D, "les facilitateurs", "UNSA-Ferroviaire", "dit", v="inst"),
     Q(D, "Je vais louer une voiture. On fera neuf heures de route, tant pis", "Fatoumata Guérin-Sall", "soupire-t-elle", v="pron"),
     Q(I, "les billets soient remboursés “à 200 %”", FNAUT, "demande"),
     Q(D, "à 200 %", FNAUT, "demande", v="inst")],
    [("MÉTROPOLE MATIN", "Économie › Social › Mobilités"), ("Lecture 3 min", "Lecture 3 min"),
     ("Lire aussi ›", "Copier le lien")])


GDA = "Grégoire Dumont-Aschenbrenner"
ORC = "Ophélie Rambaud-Cissé"
TLG = "Thierry-Lou Gasparini"
MI = "ministre chargé de l'Industrie"
MN = "maire de Nouzonville"
# ---------------------------------------------------------------- 08
SPEC["08_afp_plan_social"] = (
    [E("Ardennes", "LOC"), E("Fondal", "ORG"), E("CHARLEVILLE-MÉZIÈRES", "LOC", "Charleville-Mézières"),
     E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"), E("Reinholt AG", "ORG"),
     E("Reinholt", "ORG", "Reinholt AG"), E("Nouzonville", "LOC"), E(GDA, "PER"), E(ORC, "PER"),
     E("CFDT", "ORG"), E("Slovaquie", "LOC"), E(TLG, "PER"), E("Industrie", "ORG", opt=True),
     E("Bercy", "ORG"), E("Stuttgart", "LOC")],
    [
     Q(I, "la suppression de 340 postes sur 520 dans son usine de Nouzonville (Ardennes)", "Fondal", "a annoncé", opt=True),
     Q(D, "l'effondrement des commandes de pièces pour moteurs thermiques", "Fondal", "invoque", v="inst"),
     Q(I, "« l'effondrement des commandes de pièces pour moteurs thermiques » et une perte de 28 millions d'euros en 2026", "Fondal", "invoque", opt=True),
     Q(D, "Sans restructuration, c'est la fermeture totale d'ici dix-huit mois", GDA, "a affirmé", v="name"),
     Q(D, "On nous a promis l'électrique il y a quatre ans. On n'a jamais vu un seul carter de batterie sortir d'ici", ORC, "s'emporte", v="name"),
     Q(I, "Reinholt a transféré en 2025 une partie de la production vers la Slovaquie", ORC, "Selon"),
     Q(D, "vrai projet industriel", "CFDT", "réclame", v="inst"),
     Q(I, "la présentation d'un « vrai projet industriel »", "CFDT", "réclame", opt=True),
     Q(D, "tant que la porte n'est pas fermée à la délocalisation", "CFDT", "refuse", v="inst"),
     Q(D, "Mon père a travaillé ici, mon fils y est intérimaire. Si ça ferme, c'est la vallée qui meurt", TLG, "dit", v="role"),
     Q(I, "il « ne laisserait pas tomber » les salariés", MI, "a assuré"),
     Q(D, "ne laisserait pas tomber", MI, "a assuré", v="func"),
     Q(I, "une réunion à Bercy avec la direction la semaine prochaine", MI, "annoncé", opt=True),
     Q(I, "une cellule d'accompagnement serait mise en place", "préfecture des Ardennes", "a indiqué"),
     Q(D, "choc social", MN, "redoute", v="func"),
     Q(D, "On a déjà perdu la fonderie en 2009. On ne peut pas revivre ça", MN, "a-t-il déclaré", v="pron")],
    [("Économie", "Économie"), ("sbr-mm/abl/pta", "© Agence France-Presse")])


SOP = "Sandrine Oyelaran-Petit"
JMO = "Jean-Marc Oliveira-Daudet"
BXL = "Benoît-Xavier Lamarque"
CMH = "Clarisse Mendès-Hoffmann"
OFCE = "Observatoire français des conjonctures économiques"
FCD = "Fédération du commerce et de la distribution"
# ---------------------------------------------------------------- 09
SPEC["09_salaires_distribution"] = (
    [E("L'ÉCHO DES ENTREPRISES", "ORG", "L'Écho des entreprises"), E("L'Écho des entreprises", "ORG"),
     E("Primavera", "ORG"), E("Hortense Lagarde-Mwangi", "PER"), E("CFDT", "ORG"), E("FO", "ORG"),
     E("CFE-CGC", "ORG"), E(SOP, "PER"), E("Villeneuve-d'Ascq", "LOC"), E("CGT", "ORG"), E(JMO, "PER"),
     E(BXL, "PER"), E(CMH, "PER"), E(OFCE, "ORG"), E("OFCE", "ORG", OFCE), E("Insee", "ORG"), E(FCD, "ORG"),
     E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "C'est une victoire des caissières, pas des états-majors", SOP, "s'est réjouie", v="name"),
     Q(I, "la direction proposait encore 1,8 % il y a dix jours", SOP, "rappelle"),
     Q(D, "Sans la grève, on aurait signé pour des miettes.", SOP, None, v="ctx"),
     Q(D, "insuffisant face à l'inflation alimentaire", JMO, "juge", v="name"),
     Q(I, "«insuffisant face à l'inflation alimentaire»", JMO, "juge", opt=True),
     Q(I, "les retenues sur salaire appliquées aux grévistes", JMO, "dénonce", opt=True),
     Q(D, "On a perdu huit jours de paie pour arracher 1,3 point de plus. Le compte n'y est pas", JMO, "a-t-il fait valoir", v="pron"),
     Q(D, "effort considérable dans un marché très tendu", BXL, "parle", v="name"),
     Q(I, "un «effort considérable dans un marché très tendu»", BXL, "parle", opt=True),
     Q(I, "l'accord représente un coût de 46 millions d'euros sur l'année", BXL, "Selon"),
     Q(I, "les prix en rayon «n'augmenteront pas à cause des salaires»", BXL, "assure"),
     Q(D, "n'augmenteront pas à cause des salaires", BXL, "assure", v="pron"),
     Q(D, "3,1 %, c'est à peine au-dessus de l'inflation de l'année écoulée. On rattrape, on ne progresse pas.", CMH, "relativise", v="name"),
     Q(I, "les prix alimentaires ont progressé de 2,7 % sur un an en novembre", "Insee", "D'après"),
     Q(I, "à «ne pas faire de cet accord un modèle» pour le reste du secteur", FCD, "a appelé"),
     Q(D, "ne pas faire de cet accord un modèle", FCD, "a appelé", v="inst")],
    [("L'ÉCHO DES ENTREPRISES", "Économie / Social"), ("Temps de lecture : 3 minutes", "Temps de lecture : 3 minutes"),
     ("À lire aussi", "Primavera, CGT, FO")])


MZB = "Matthias Zimmerli-Bonvin"
AIEA = "Agence internationale de l'énergie atomique"
IFRI = "Institut français des relations internationales"
OML = "Oksana Melnychuk-Legrand"
MUAE = "ministre ukrainien des Affaires étrangères"
HR = "haute représentante de l'Union européenne pour les affaires étrangères"
# ---------------------------------------------------------------- 10
SPEC["10_afp_geneve_treve"] = (
    [E("Ukraine", "LOC"), E("Genève", "LOC"), E("GENÈVE", "LOC", "Genève"), E("Kiev", "LOC"), E("Moscou", "LOC"),
     E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"), E(MZB, "PER"),
     E("Confédération", "ORG", opt=True), E(AIEA, "ORG"), E("AIEA", "ORG", AIEA),
     E("Affaires étrangères", "ORG", opt=True), E("X", "ORG"), E("Kremlin", "ORG"), E("Russie", "LOC"),
     E("Bruxelles", "LOC"), E("Union européenne", "ORG"), E("mer Noire", "LOC"), E("Washington", "LOC"),
     E(OML, "PER"), E(IFRI, "ORG"), E("Ifri", "ORG", IFRI), E("Ukrenergo", "ORG")],
    [
     Q(I, "Les délégations ukrainienne et russe se sont entendues dimanche à Genève sur un moratoire de trente jours des frappes visant les centrales et le réseau électrique", MZB, "a annoncé"),
     Q(D, "C'est un premier pas, modeste, mais c'est le premier depuis dix-huit mois", MZB, "a déclaré", v="name"),
     Q(I, "le moratoire entrerait en vigueur mardi à minuit et serait vérifié par une mission de l'Agence internationale de l'énergie atomique (AIEA)", MZB, "a précisé"),
     Q(D, "qui protège des millions de civils à l'approche de l'hiver", "Kiev", "a salué", v="inst"),
     Q(I, "un accord « qui protège des millions de civils à l'approche de l'hiver »", "Kiev", "a salué", opt=True),
     Q(I, "son pays « répondra à toute violation »", MUAE, "a prévenu"),
     Q(D, "répondra à toute violation", MUAE, "a prévenu", v="func"),
     Q(D, "Nous avons signé pour trente jours. Pas pour trente jours de mensonges", MUAE, "a-t-il ajouté", v="pron"),
     Q(I, "la Russie respecterait ses engagements « à condition que la partie ukrainienne respecte les siens »", "Kremlin", "a assuré"),
     Q(D, "à condition que la partie ukrainienne respecte les siens", "Kremlin", "a assuré", v="inst"),
     Q(I, "Moscou exigeait depuis octobre l'inclusion des dépôts de carburant dans toute trêve, une demande finalement abandonnée", None, "d'après"),
     Q(D, "encourageant", HR, "a qualifié", v="func"),
     Q(I, "à l'étendre « aux ports de la mer Noire »", HR, "appelé"),
     Q(D, "aux ports de la mer Noire", HR, "appelé", v="func"),
     Q(I, "la portée du moratoire reste limitée", OML, "Pour"),
     Q(D, "Les deux camps y ont intérêt cet hiver. Cela ne dit rien de leur volonté de négocier le reste.", OML, "Pour", v="name"),
     Q(D, "Personne ne parle encore de paix. On parle d'électricité.", None, "résume"),
     Q(I, "Depuis octobre, les frappes sur le réseau ukrainien ont privé de courant jusqu'à quatre millions de foyers", "Ukrenergo", "selon")],
    [("Monde", "Monde"), ("burs-apo/ml/cf", "© Agence France-Presse")])


MCAE = "ministère chinois des Affaires étrangères"
ALT = "Aymeric Lenoir-Tchang"
BHL = "Bérangère Houeto-Lambert"
ODS = "Octave Duval-Strasser"
# ---------------------------------------------------------------- 11
SPEC["11_fregate_pekin"] = (
    [E("LA GAZETTE INTERNATIONALE", "ORG", "La Gazette internationale"), E("Asie-Pacifique", "LOC"),
     E("Taïwan", "LOC"), E("Pékin", "LOC"), E("Éloïse Saint-Amand", "PER"), E("Wen Jiahui", "PER"),
     E("Chine", "LOC"), E("Mer de Chine méridionale", "LOC"), E("France", "LOC"), E("Bretagne", "MISC"),
     E("Affaires étrangères", "ORG", opt=True), E("États-Unis", "LOC"), E("Armée populaire de libération", "ORG"),
     E("Paris", "LOC"), E("Quai d'Orsay", "ORG"), E("Marine nationale", "ORG"), E(ALT, "PER"),
     E("Manille", "LOC"), E("Taipei", "LOC"), E("Commerce extérieur", "ORG", opt=True), E(BHL, "PER"),
     E("Fondation pour la recherche stratégique", "ORG"), E("Les Républicains", "ORG"), E(ODS, "PER"),
     E("Airbus", "ORG")],
    [
     Q(D, "provocation", "Pékin", "dénonce", nth=0, v="inst"),
     Q(I, "une « provocation » après le passage d'une frégate française", "Pékin", "dénonce", opt=True),
     Q(D, "provocation délibérée qui mine la paix et la stabilité régionales", MCAE, "a dénoncé", v="inst"),
     Q(I, "une « provocation délibérée qui mine la paix et la stabilité régionales »", MCAE, "a dénoncé", opt=True),
     Q(D, "La France doit cesser de suivre aveuglément les États-Unis", MCAE, "a déclaré", v="inst"),
     Q(I, "l'Armée populaire de libération « suivait de près » les mouvements du navire", MCAE, "avertissant"),
     Q(D, "suivait de près", MCAE, "avertissant", v="inst"),
     Q(I, "ce passage, effectué « dans le strict respect du droit international », relevait de la liberté de navigation", "Quai d'Orsay", "a répondu"),
     Q(D, "dans le strict respect du droit international", "Quai d'Orsay", "a répondu", v="inst"),
     Q(I, "la Marine nationale a franchi le détroit « une dizaine de fois depuis 2019 » sans incident", None, "fait valoir"),
     Q(D, "une dizaine de fois depuis 2019", None, "fait valoir"),
     Q(I, "avoir été suivi pendant seize heures par deux bâtiments chinois", ALT, "a raconté"),
     Q(D, "Les échanges radio sont restés professionnels. Personne n'a cherché l'incident", ALT, "a-t-il assuré", v="pron"),
     Q(D, "remercié", "Taipei", None, v="inst"),
     Q(I, "la France veut montrer « qu'elle n'a pas besoin de choisir entre le commerce et ses principes »", BHL, "Selon"),
     Q(D, "qu'elle n'a pas besoin de choisir entre le commerce et ses principes", BHL, "Selon", v="name"),
     Q(I, "Paris envoie « des signaux contradictoires »", ODS, "juge"),
     Q(D, "des signaux contradictoires", ODS, "juge", v="name"),
     Q(D, "On ne peut pas naviguer dans le détroit le mardi et vendre des Airbus à Pékin le jeudi sans expliquer ce qu'on veut", ODS, "a-t-il estimé", v="pron"),
     Q(I, "les « conséquences » de ce passage seraient examinées « le moment venu »", "Pékin", "a prévenu"),
     Q(D, "conséquences", "Pékin", "a prévenu", v="inst"),
     Q(D, "le moment venu", "Pékin", "a prévenu", v="inst")],
    [("LA GAZETTE INTERNATIONALE", "International › Asie-Pacifique"),
     ("Article réservé aux abonnés", "4 min de lecture"), ("Lire aussi ›", "actualité mondiale")])


OCHA = "Bureau de la coordination des affaires humanitaires"
IHD = "Ingrid Halvorsen-Diop"
LOB = "Lukas Obuya-Brennan"
FSR = "Forces de soutien rapide"
DIP = None
# ---------------------------------------------------------------- 12
SPEC["12_soudan_darfour"] = (
    [E("actu-monde.fr", "ORG"), E("Afrique", "LOC"), E("Soudan", "LOC"), E("Darfour", "LOC"), E("ONU", "ORG"),
     E("Abdou Karim Sy-Lefebvre", "PER"), E("AFP", "ORG"), E(OCHA, "ORG"), E("Nations unies", "ORG"), E("Ocha", "ORG", OCHA),
     E(FSR, "ORG"), E("FSR", "ORG", FSR), E("El-Fasher", "LOC"), E("Médecins sans frontières", "ORG"),
     E("MSF", "ORG", "Médecins sans frontières"), E("Tchad", "LOC"), E(IHD, "PER"), E("Adré", "LOC"),
     E("Hawa Abdelrahman", "PER"), E("Programme alimentaire mondial", "ORG"),
     E("PAM", "ORG", "Programme alimentaire mondial"), E("Afrique de l'Est", "LOC"), E(LOB, "PER"),
     E("Telegram", "ORG"), E("New York", "LOC"), E("Conseil de sécurité", "ORG"), E("Royaume-Uni", "LOC"),
     E("Facebook", "ORG", opt=True), E("WhatsApp", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "une famine qui ne dit pas son nom", "ONU", "alerte", v="inst"),
     Q(I, "Plus de 600 000 personnes ont fui les combats dans le nord du Darfour depuis septembre", OCHA, "a indiqué"),
     Q(D, "famine qui ne dit pas son nom", OCHA, "s'inquiète", nth=1, v="inst"),
     Q(I, "une « famine qui ne dit pas son nom » dans les camps de déplacés", OCHA, "s'inquiète", opt=True),
     Q(I, "aucun convoi humanitaire n'a pu l'emprunter depuis le 12 octobre", OCHA, "Selon"),
     Q(D, "Nous avons des stocks pour nourrir les enfants jusqu'à la fin du mois. Après, je ne sais pas", IHD, "a déclaré", v="name"),
     Q(I, "ses équipes reçoivent chaque jour « des dizaines de mères qui ont marché une semaine sans manger »", IHD, "affirme"),
     Q(D, "des dizaines de mères qui ont marché une semaine sans manger", IHD, "affirme", v="pron"),
     Q(D, "Ils ont brûlé le marché, puis les maisons. Mon mari est resté pour garder les bêtes. Je n'ai plus de nouvelles de lui depuis vingt jours.", "Hawa Abdelrahman", None, v="ctx"),
     Q(D, "accès immédiat et sans entrave", "Programme alimentaire mondial", "a réclamé", v="inst"),
     Q(I, "un « accès immédiat et sans entrave » aux zones de combats", "Programme alimentaire mondial", "a réclamé", opt=True),
     Q(I, "les deux camps utilisent la faim « comme une arme de guerre »", LOB, "estime"),
     Q(D, "comme une arme de guerre", LOB, "estime", v="name"),
     Q(D, "Chaque jour de blocage se paie en vies d'enfants", LOB, "a-t-il insisté", v="pron"),
     Q(I, "ces accusations", FSR, "ont rejeté", opt=True),
     Q(I, "« garantir la sécurité de tous les convois »", FSR, "affirme"),
     Q(D, "garantir la sécurité de tous les convois", FSR, "affirme", v="inst"),
     Q(I, "l'armée de bombarder les marchés", FSR, "accuse"),
     Q(I, "il ne faut « rien attendre » de cette réunion", DIP, "prévient"),
     Q(D, "rien attendre", DIP, "prévient"),
     Q(D, "Les résolutions s'empilent. Sur le terrain, rien ne change.", DIP, "prévient")],
    [("actu-monde.fr", "Soudan"), ("⏱ 3 min", "⏱ 3 min"), ("À lire aussi", "Crise humanitaire")])


if __name__ == "__main__":
    main(SPEC, HERE)
