#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written21 with exact offsets.

    python3 tests/gold/written21/make_gold.py          # write NAME.json, check
    python3 tests/gold/written21/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written21/make_gold.py --show   # print every annotation in context

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

TGM = "Théophane Grosjean-Mabille"
NKF = "Nadège Kowalczyk-Ferrand"
CCB = "communauté de communes Cœur de Berry"

# ---------------------------------------------------------------- 01
SPEC["01_conseil_piscine"] = (
    [E("L'Écho du Berry", "ORG"), E("Cher", "LOC"), E("Mehun-la-Forêt", "LOC"),
     E("piscine des Tilleuls", "LOC", opt=True), E("Clémence Aubertot-Raynal", "PER"), E(TGM, "PER"),
     E("Hydrelia", "ORG"), E("Ville", "ORG", opt=True), E(NKF, "PER"), E("Mehun Ensemble", "ORG"),
     E("Cœur de Berry", "ORG", opt=True), E("Wenceslas Adjovi", "PER"), E("FCPE", "ORG"),
     E("Oriane Massoud-Lefèvre", "PER"), E("Bourges", "LOC"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True)],
    [
     Q(D, "une décision douloureuse", TGM, "pour", nth=0, v="role"),
     Q(D, "un renoncement", "opposition", "dénonce", opt=True, nth=0),
     Q(I, "« un renoncement »", "opposition", "dénonce", opt=True),
     Q(D, "Remettre le bassin aux normes coûterait 3,2 millions d'euros. C'est l'équivalent de deux années d'investissement pour toute la commune", TGM, "a-t-il expliqué", v="pron"),
     Q(D, "une décision douloureuse", TGM, "a reconnu", nth=1, v="role"),
     Q(I, "« une décision douloureuse »", TGM, "a reconnu", opt=True, nth=1),
     Q(I, "la Ville ne pouvait « pas hypothéquer l'avenir des écoles et des routes pour un bassin de vingt-cinq mètres »", TGM, "a assuré"),
     Q(D, "pas hypothéquer l'avenir des écoles et des routes pour un bassin de vingt-cinq mètres", TGM, "a assuré", v="role"),
     Q(D, "C'est un renoncement. On ferme la seule piscine à vingt kilomètres à la ronde, et on nous parle d'avenir !", NKF, None, v="ctx"),
     Q(I, "1 400 écoliers du secteur apprenaient à nager dans ce bassin", NKF, "a rappelé"),
     Q(I, "la communauté de communes Cœur de Berry « n'a jamais été sérieusement sollicitée » pour cofinancer les travaux", NKF, "Selon"),
     Q(D, "n'a jamais été sérieusement sollicitée", NKF, "Selon", v="pron"),
     Q(I, "cette version", "Wenceslas Adjovi", "a contesté", opt=True),
     Q(D, "Nous avons écrit trois fois au président de l'intercommunalité. Les trois réponses tiennent en une ligne", "Wenceslas Adjovi", "a-t-il lancé", v="pron"),
     Q(I, "les classes de CM1 seraient désormais conduites en car à Bourges, « soit une heure de trajet pour quarante minutes dans l'eau »", "Oriane Massoud-Lefèvre", "a indiqué"),
     Q(D, "soit une heure de trajet pour quarante minutes dans l'eau", "Oriane Massoud-Lefèvre", "a indiqué", v="name"),
     Q(D, "Mon fils a peur de l'eau. Ce n'est pas en supprimant les séances qu'on va régler ça", None, "glisse"),
     Q(I, "une réunion publique en janvier pour étudier « toutes les pistes, y compris un bassin nordique intercommunal »", TGM, "a promis", opt=True),
     Q(D, "toutes les pistes, y compris un bassin nordique intercommunal", TGM, "a promis", v="role"),
     Q(I, "aucun des quatre agents de la piscine ne serait licencié", TGM, "a ajouté"),
     Q(D, "Ils seront reclassés, j'en prends l'engagement devant vous.", TGM, None, v="ctx"),
     Q(I, "elle étudiera « tout dossier chiffré » qui lui sera transmis", CCB, "assure"),
     Q(D, "tout dossier chiffré", CCB, "assure", v="inst")],
    [("L'Écho du Berry", "L'Écho du Berry"), ("Accueil > Cher", "Mehun-la-Forêt"),
     ("Lire aussi", "dès la rentrée"), ("Partager :", "Piscine")])


IBQ = "Ilyès Benhamou-Quéré"
LTR = "Loïc Tanguy-Rivière"
# ---------------------------------------------------------------- 02
SPEC["02_incendie_lorient"] = (
    [E("Morbihan", "LOC"), E("Lorient", "LOC"), E("Gwendal Ar Menez-Olivier", "PER"), E("Kervénanec", "LOC"),
     E("Anatole Quéméner-Vasseur", "PER"), E("Sdis 56", "ORG"), E(IBQ, "PER"), E("Ilyès", "PER", IBQ),
     E(LTR, "PER"), E("centre hospitalier de Bretagne-Sud", "ORG", opt=True), E("Soizic", "PER"),
     E("Algérie", "LOC", opt=True), E("Lorient Habitat", "ORG"), E("Ville", "ORG", opt=True),
     E("Hennebont", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "je n'ai pas réfléchi", IBQ, None, v="role"),
     Q(I, "le feu serait parti d'un radiateur d'appoint placé trop près d'un rideau", "pompiers du Sdis 56", "Selon"),
     Q(D, "J'ai senti l'odeur dans l'escalier, j'ai frappé, personne ne répondait. La porte n'était pas fermée à clé, alors je suis entré", IBQ, "raconte", v="role"),
     Q(I, "avoir porté l'octogénaire jusqu'au palier", IBQ, "dit"),
     Q(D, "Je n'ai pas réfléchi. N'importe qui aurait fait pareil.", IBQ, None, v="ctx"),
     Q(D, "un geste d'un courage exceptionnel", LTR, "a salué", v="name"),
     Q(I, "“un geste d'un courage exceptionnel”", LTR, "a salué", opt=True),
     Q(I, "il ne fallait “jamais entrer dans un logement enfumé sans protection”", LTR, "a rappelé"),
     Q(D, "jamais entrer dans un logement enfumé sans protection", LTR, "a rappelé", v="role"),
     Q(I, "trente secondes de plus auraient pu être fatales", LTR, "Selon"),
     Q(D, "Papa est solide, il a fait la guerre d'Algérie. Mais il répète qu'il a tout perdu, ses photos, ses carnets", "Soizic", "confie-t-elle", v="pron"),
     Q(I, "son père refusait depuis des mois de changer de chauffage, “par peur de la facture”", "Soizic", "assure"),
     Q(D, "par peur de la facture", "Soizic", "assure", v="pron"),
     Q(I, "six familles avaient été relogées provisoirement", "Lorient Habitat", "a indiqué"),
     Q(D, "un diagnostic complet de l'immeuble d'ici lundi", "Lorient Habitat", "a promis", v="inst"),
     Q(I, "“un diagnostic complet de l'immeuble d'ici lundi”", "Lorient Habitat", "a promis", opt=True),
     Q(D, "À ce stade, rien ne laisse penser à un acte volontaire", "parquet de Lorient", "précise-t-on", v="inst"),
     Q(I, "la Ville proposerait une médaille au jeune homme", "maire de Lorient", "a annoncé"),
     Q(D, "Ilyès a sauvé une vie. La commune le lui doit bien", "maire de Lorient", "a-t-il déclaré", v="pron")],
    [("Faits divers | Morbihan", "Faits divers | Morbihan"), ("Lire aussi", "Partager sur X")])


AVM = "Aurèle Van Moerbeke"
BOL = "Baptistin Orsoni-Lévêque"
PRB = "procureure de la République de Béziers"
MIN = "ministre de l'Intérieur"
AMF = "Association des maires de France"
JHB = "Jocelyne Hakimi-Bertrand"
# ---------------------------------------------------------------- 03
SPEC["03_afp_maire_agresse"] = (
    [E("Hérault", "LOC"), E("MONTPELLIER", "LOC", "Montpellier"), E("AFP", "ORG", "Agence France-Presse"),
     E("Béziers", "LOC"), E(AVM, "PER"), E("Aurèle", "PER", AVM), E("Cabrières-d'Orb", "LOC"), E(BOL, "PER"),
     E("Intérieur", "ORG", opt=True), E("X", "ORG"), E(AMF, "ORG"), E("AMF", "ORG", AMF), E(JHB, "PER"),
     E("Rosalind Mercadier", "PER"), E("Fabrice-Emmanuel Sallèles", "PER"), E("Agence France-Presse", "ORG")],
    [
     Q(I, "Le maire d'une commune de l'arrière-pays héraultais a été frappé samedi matin par un automobiliste qu'il tentait de verbaliser pour un dépôt sauvage d'ordures", "parquet de Béziers", "a-t-on appris"),
     Q(I, "Aurèle Van Moerbeke, 61 ans, maire sans étiquette de Cabrières-d'Orb (420 habitants), a reçu plusieurs coups au visage et souffre d'une fracture du nez", "gendarmerie", "selon"),
     Q(D, "Je lui ai simplement demandé de reprendre ses sacs. Il m'a répondu avec les poings", AVM, "a déclaré", v="role"),
     Q(D, "Ce n'est pas la première fois qu'on m'insulte. C'est la première fois qu'on me frappe.", AVM, None, v="ctx"),
     Q(I, "le suspect, déjà connu pour des faits de violences routières, serait jugé en comparution immédiate lundi", PRB, "a indiqué"),
     Q(D, "Les élus ne sont pas des cibles. La réponse pénale sera ferme et rapide", PRB, "a-t-elle affirmé", v="pron"),
     Q(I, "le quinquagénaire a reconnu les coups mais conteste toute préméditation", None, "Selon"),
     Q(I, "son client avait « perdu son sang-froid » après « des mois de conflit de voisinage »", BOL, "a estimé"),
     Q(D, "perdu son sang-froid", BOL, "a estimé", v="name"),
     Q(D, "des mois de conflit de voisinage", BOL, "a estimé", v="name"),
     Q(D, "Il regrette. Il n'a aucun problème avec les élus.", BOL, "a ajouté", v="role"),
     Q(D, "soutien total", MIN, "a apporté", v="func"),
     Q(I, "renforcer la protection des élus locaux", MIN, "promis"),
     Q(D, "une violence devenue banale", AMF, "a dénoncé", v="inst"),
     Q(I, "« une violence devenue banale »", AMF, "a dénoncé", opt=True),
     Q(I, "les préfets à « accélérer » le déploiement des boutons d'alerte promis en 2024", JHB, "appelle"),
     Q(D, "accélérer", JHB, "appelle", v="name"),
     Q(D, "Aurèle, il passe ses samedis à ramasser ce que les autres jettent", "Rosalind Mercadier", "soupire", v="name"),
     Q(I, "le maire « ne démissionnera pas »", "Fabrice-Emmanuel Sallèles", "assure"),
     Q(D, "ne démissionnera pas", "Fabrice-Emmanuel Sallèles", "assure", v="name")],
    [("bur-ehr/mra/cbn", "© Agence France-Presse")])


MSK = "Marie-Solenn Kerhervé-Diallo"
PCD = "président du conseil départemental des Côtes-d'Armor"
# ---------------------------------------------------------------- 04
SPEC["04_entretien_desert_medical"] = (
    [E("Le Petit Armoricain", "ORG"), E("Côtes-d'Armor", "LOC"), E(MSK, "PER"), E("Locmaria-Bihan", "LOC"),
     E("Tugdual Le Strat-Moreno", "PER"), E("Rennes", "LOC"), E("Plestin-le-Vieux", "LOC"),
     E("agence régionale de santé", "ORG", opt=True), E("Lannion", "LOC"), E("Yves-Marie Trégouët", "PER"),
     E("Brest", "LOC"), E("Guingamp", "LOC"), E("Trégor", "LOC")],
    [
     Q(D, "On a tout essayé, même le logement gratuit", MSK, None, nth=0, v="name"),
     Q(I, "l'État « laisse les petites communes se battre entre elles »", MSK, "estime"),
     Q(D, "laisse les petites communes se battre entre elles", MSK, "estime", v="pron"),
     Q(D, "Je ne veux pas être seule de garde pour 6 000 habitants.", None, "m'a écrit"),
     Q(I, "la zone n'est pas prioritaire", "agence régionale de santé", "dit"),
     Q(I, "nos habitants font quarante minutes pour un renouvellement d'ordonnance", MSK, "ai répondu"),
     Q(I, "un médecin salarié du centre de santé de Lannion viendrait deux demi-journées", "directrice départementale de l'agence régionale de santé", "m'a assuré"),
     Q(D, "Madame le maire, je vais mourir avant d'avoir un docteur.", None, None),
     Q(I, "il faut « former plus »", PCD, "dit"),
     Q(D, "former plus", PCD, "dit", v="func")],
    [("Le Petit Armoricain", "Le Petit Armoricain"), ("Côtes-d'Armor | Entretien", "Côtes-d'Armor | Entretien"),
     ("Lire aussi", "chaque matin")])


HGD = "Hermeline Guérin-Doucouré"
# ---------------------------------------------------------------- 05
SPEC["05_tribune_eolien"] = (
    [E("Horizons de la Vienne", "ORG"), E(HGD, "PER"), E("Quatre-Chemins", "LOC", opt=True), E("Montaurel-sur-Vienne", "LOC"),
     E("Civaux", "LOC"), E("Vienne", "LOC"), E("Aérovent Atlantique", "ORG"), E("Quentin Ollagnier-Dahl", "PER"),
     E("Persac", "LOC"), E("Albéric Fonsagrives", "PER"), E("Sandrine Nkoulou-Ferrier", "PER"), E("Ademe", "ORG")],
    [
     Q(D, "Le vent ne se commande pas, la concertation si", HGD, None, v="ctx"),
     Q(D, "Ce projet répond à une urgence nationale, il ne sera pas question de le différer.", "préfète de la Vienne", "l'a dit", v="pron"),
     Q(I, "avoir « consulté largement »", "Aérovent Atlantique", "assure"),
     Q(D, "consulté largement", "Aérovent Atlantique", "assure", v="inst"),
     Q(D, "dialogue permanent", "Quentin Ollagnier-Dahl", "a promis", v="name"),
     Q(I, "un « dialogue permanent »", "Quentin Ollagnier-Dahl", "a promis", opt=True),
     Q(D, "La population a le sentiment que tout est décidé avant que la moindre question soit posée.", "commissaire enquêteur", "l'avait pourtant écrit", v="func"),
     Q(D, "Je produis plus d'électricité que je n'en consomme, me disait-il la semaine dernière. Qu'on ne vienne pas me traiter de réactionnaire.", "Albéric Fonsagrives", "me disait-il", v="pron"),
     Q(I, "un référendum local", "Sandrine Nkoulou-Ferrier", "a réclamé", opt=True),
     Q(D, "sans fondement juridique", "préfecture", "juge", v="inst"),
     Q(I, "l'acceptabilité d'un parc dépend d'abord du partage de ses retombées", "Ademe", "rappelle")],
    [("Opinions | Tribune", "Opinions | Tribune"), ("Les tribunes publiées", "commentaires)")])


GKN = "Gérald Kerbiriou-Nassif"
JNP = "Jean-Noël Prigent"
CAD = "Corentin Abalain-Duprat"
# ---------------------------------------------------------------- 06
SPEC["06_proces_voisinage"] = (
    [E("Vannes", "LOC"), E("Armelle Dos Reis-Guillou", "PER"), E(GKN, "PER"), E("Séné", "LOC"), E(JNP, "PER"),
     E("Prigent", "PER", JNP), E("Inès Ferrer-Lagarde", "PER"), E(CAD, "PER"), E("Auray", "LOC")],
    [
     Q(D, "Il m'a insulté pendant des années. Ce jour-là, j'ai craqué, je le reconnais", GKN, "a déclaré", v="role"),
     Q(I, "pourquoi il n'avait jamais porté plainte", "présidente du tribunal correctionnel de Vannes", "a demandé"),
     Q(D, "Parce que personne ne me croyait", GKN, "a-t-il répondu", v="pron"),
     Q(I, "avoir vu arriver la pelle « sans comprendre »", JNP, "a raconté"),
     Q(D, "sans comprendre", JNP, "a raconté", v="pron"),
     Q(D, "Je taillais ma haie. Je ne lui ai rien dit ce matin-là, rien du tout.", JNP, None, v="ctx"),
     Q(D, "une violence préméditée par des années de rancœur", "Inès Ferrer-Lagarde", "a dénoncé", v="name"),
     Q(I, "« une violence préméditée par des années de rancœur »", "Inès Ferrer-Lagarde", "a dénoncé", opt=True),
     Q(I, "le prévenu « a franchi une ligne »", "parquet", "Pour"),
     Q(D, "a franchi une ligne", "parquet", "Pour", v="inst"),
     Q(I, "dix-huit mois d'emprisonnement avec sursis et une interdiction de paraître à Séné", "procureure", "a requis", opt=True),
     Q(D, "La haie ne justifie rien. Un homme de 71 ans aurait pu mourir", "procureure", "a souligné", v="role"),
     Q(I, "la relaxe partielle", CAD, "a plaidé", opt=True),
     Q(I, "son client avait lui-même déposé une main courante en 2023", CAD, "rappelé"),
     Q(I, "M. Prigent « menaçait régulièrement » le prévenu", None, "Selon"),
     Q(D, "menaçait régulièrement", None, "Selon"),
     Q(D, "Mon client n'est pas un homme violent. C'est un homme usé, a-t-il plaidé. Le tribunal doit entendre cette histoire dans sa totalité.", CAD, "a-t-il plaidé", v="pron"),
     Q(D, "Je m'excuse, monsieur Prigent. Je vendrai la maison s'il le faut.", GKN, None, v="ctx")],
    [("Justice", "Justice"), ("À lire aussi", "pour réagir")])


PHS = "préfecture de la Haute-Savoie"
PEV = "Paul-Émile Vuarnet-Scalzo"
LFB = "Ludmila Ferraz-Bonnet"
MTH = "maire de Thônes"
# ---------------------------------------------------------------- 07
SPEC["07_afp_car_scolaire"] = (
    [E("Haute-Savoie", "LOC"), E("ANNECY", "LOC", "Annecy"), E("Annecy", "LOC"),
     E("AFP", "ORG", "Agence France-Presse"), E("Thônes", "LOC"), E("Les Villards", "LOC"), E(PEV, "PER"),
     E("Autocars du Lac", "ORG"), E(LFB, "PER"), E("Grenoble", "LOC"), E("Aravis", "ORG", opt=True),
     E("Hervé Constantinescu", "PER"), E("Agence France-Presse", "ORG")],
    [
     Q(D, "aucun pronostic vital engagé", PHS, "selon", v="inst"),
     Q(I, "« aucun pronostic vital engagé »", PHS, "selon", opt=True),
     Q(I, "Un car transportant vingt-huit collégiens a quitté la route jeudi matin près de Thônes (Haute-Savoie) et s'est immobilisé sur le flanc dans un talus, faisant onze blessés légers", PHS, "a annoncé"),
     Q(D, "Aucun pronostic vital n'est engagé", PHS, "a indiqué", v="inst"),
     Q(I, "les blessés avaient été conduits à l'hôpital d'Annecy", PHS, "précisant"),
     Q(I, "son dépistage d'alcool et de stupéfiants s'est révélé négatif", "gendarmerie", "Selon"),
     Q(D, "La chaussée était une patinoire, il n'a rien pu faire", PEV, "a affirmé", v="name"),
     Q(I, "L'entreprise, a-t-il assuré, « collaborera pleinement » avec les enquêteurs", PEV, "a-t-il assuré"),
     Q(D, "collaborera pleinement", PEV, "a-t-il assuré", v="pron"),
     Q(D, "Les enfants sortaient par les fenêtres, certains pleuraient", LFB, "a-t-elle raconté", v="pron"),
     Q(D, "Ma fille a une bosse au front, elle a surtout eu très peur.", LFB, None, v="ctx"),
     Q(I, "la départementale n'avait pas été traitée", None, "affirment"),
     Q(I, "ses équipes étaient « passées à 5 h 30 » et que le verglas s'était reformé ensuite", "conseil départemental", "a assuré"),
     Q(D, "passées à 5 h 30", "conseil départemental", "a assuré", v="inst"),
     Q(D, "le sang-froid des élèves de troisième", "Hervé Constantinescu", "a salué", v="name"),
     Q(I, "« le sang-froid des élèves de troisième »", "Hervé Constantinescu", "a salué", opt=True),
     Q(I, "les cours reprendront normalement vendredi", "Hervé Constantinescu", "Selon"),
     Q(D, "depuis des années", MTH, "a réclamé", v="func"),
     Q(I, "« depuis des années » un itinéraire de substitution pour les cars scolaires", MTH, "a réclamé", opt=True),
     Q(D, "On nous répond que ça coûte trop cher. Combien coûte un accident ?", MTH, "a lancé", v="role")],
    [("fb-lpa/ach", "© Agence France-Presse")])


AFV = "Anne-Flore de La Villardière"
YLB = "Yannig Le Bihannic"
# ---------------------------------------------------------------- 08
SPEC["08_demission_adjoints"] = (
    [E("Finistère Nord", "LOC", opt=True), E("Plouzévédec", "LOC"), E("Plouzévédec Demain", "ORG"),
     E("Finistère", "LOC"), E(YLB, "PER"), E("Bérangère Van Laethem", "PER"), E("Kofi Abbey-Ropars", "PER"),
     E(AFV, "PER"), E("de La Villardière", "PER", AFV), E("Région Bretagne", "ORG", opt=True),
     E("Hippolyte Dauvergne-Saïdi", "PER"), E("chambre régionale des comptes", "ORG", opt=True),
     E("Roparzh Le Goff", "PER"), E("Morlaix", "LOC")],
    [
     Q(D, 'une manœuvre', AFV, 'dénonce', nth=0, v='role'),
     Q(I, '"une manœuvre"', AFV, 'dénonce', opt=True),
     Q(D, 'un exercice solitaire du pouvoir', 'adjoints', 'invoquant', opt=True),
     Q(I, '"un exercice solitaire du pouvoir"', 'adjoints', 'invoquant', opt=True),
     Q(D, "On apprend les décisions dans le bulletin municipal. Le budget de la salle omnisports a doublé sans qu'on en parle une seule fois en bureau", YLB, 'affirme-t-il', v='pron'),
     Q(I, 'avoir alerté la maire "à quatre reprises" par courrier', YLB, 'dit'),
     Q(D, 'à quatre reprises', YLB, 'dit', v='role'),
     Q(I, '"la confiance est rompue"', 'Bérangère Van Laethem', 'estime', opt=True),
     Q(D, 'la confiance est rompue', 'Bérangère Van Laethem', 'estime', v='role'),
     Q(I, 'il siégera désormais "comme conseiller libre"', 'Kofi Abbey-Ropars', 'annonce'),
     Q(D, 'comme conseiller libre', 'Kofi Abbey-Ropars', 'annonce', v='role'),
     Q(D, "C'est une manœuvre. Ces démissions arrivent six semaines avant le vote du budget, ce n'est pas un hasard", AFV, 'a-t-elle déclaré', v='pron'),
     Q(D, 'chaque dépense a été votée en conseil municipal, publiquement', AFV, 'assure', v='role'),
     Q(I, 'le surcoût de la salle omnisports "s\'explique par la hausse du prix de l\'acier" et qu\'une subvention de la Région Bretagne couvrira la moitié de la différence', 'mairie', 'précise'),
     Q(D, "s'explique par la hausse du prix de l'acier", 'mairie', 'précise', v='inst'),
     Q(D, 'Je remplacerai mes adjoints par des élus de la majorité qui veulent travailler', AFV, 'tranche-t-elle', v='pron'),
     Q(I, 'deux noms circulent déjà', None, 'Selon'),
     Q(D, "Nous disons depuis des mois ce que les adjoints découvrent aujourd'hui", 'Hippolyte Dauvergne-Saïdi', 'sourit-il', v='pron'),
     Q(I, 'un audit des comptes par la chambre régionale des comptes', 'Hippolyte Dauvergne-Saïdi', 'réclame', opt=True),
     Q(D, 'Elle fait le boulot, on ne peut pas dire le contraire', 'Roparzh Le Goff', 'estime', v='name'),
     Q(D, "Mais quand trois adjoints partent d'un coup, c'est qu'il y a un problème.", 'Roparzh Le Goff', None, v='ctx')],
    [("Finistère Nord > Politique", "Finistère Nord > Politique"), ("Lecture 3 min.", "Lecture 3 min."),
     ("Sur le même sujet", "Politique locale")])


GBF = "Ghislaine Boudjemaa-Fauvel"
CB = "Crédit Bourbonnais"
# ---------------------------------------------------------------- 09
SPEC["09_escroquerie_septuagenaire"] = (
    [E("LA MONTAGNE BOURBONNAISE", "ORG", "La Montagne bourbonnaise"), E("Allier", "LOC"),
     E("Saint-Pourçain-sur-Sioule", "LOC"), E("Saint-Pourçain", "LOC", "Saint-Pourçain-sur-Sioule"),
     E("Ségolène Arbogast-Nguyen", "PER"), E(CB, "ORG"), E(GBF, "PER"), E("Maxence", "PER"),
     E("Dorian Mbaye-Castel", "PER"), E("Vichy", "LOC"), E("Cusset", "LOC"), E("Lyon", "LOC"),
     E("Alexandre Wieczorek", "PER")],
    [
     Q(D, "le service fraude", None, "se présentant comme", opt=True),
     Q(D, "Il connaissait mon nom, mon adresse, le montant de mes derniers achats. Il parlait poliment, il était rassurant", GBF, "raconte", v="name"),
     Q(D, "que d'autres ne tombent pas dans le piège", GBF, None, v="name"),
     Q(D, "compte sécurisé", None, None, opt=True),
     Q(D, "Ma mère n'est pas naïve, elle a été banquière elle-même, s'agace-t-il. Ces gens sont des professionnels de la manipulation.", "Maxence", "s'agace-t-il", v="pron"),
     Q(I, "au moins quatorze personnes âgées du département ont été victimes de la même escroquerie depuis septembre, pour un préjudice total de 310 000 euros", "gendarmerie de l'Allier", "Selon"),
     Q(D, "aucun conseiller ne demande jamais de valider un virement par téléphone", "Dorian Mbaye-Castel", "rappelle", v="name"),
     Q(I, "de raccrocher et de rappeler soi-même son agence", "Dorian Mbaye-Castel", "conseille"),
     Q(I, "ils auraient utilisé des données volées lors d'une fuite chez un prestataire informatique", "procureur de la République de Cusset", "D'après"),
     Q(D, "les systèmes de la banque n'ont pas été piratés", CB, "on affirme", v="inst"),
     Q(D, "insultante", "famille", "juge", v="inst"),
     Q(I, "une assignation devant le tribunal judiciaire", "Alexandre Wieczorek", "a annoncé", opt=True),
     Q(I, "ne plus décrocher quand un numéro inconnu s'affiche", GBF, "dit"),
     Q(D, "J'ai honte, vous savez. À mon âge, on se sent bête.", GBF, None, v="ctx")],
    [("LA MONTAGNE BOURBONNAISE", "Faits divers"), ("Lire aussi", "Réagir à cet article")])


MDR = "mairie de Rennes"
PIV = "préfecture d'Ille-et-Vilaine"
TRH = "Tsiory Rakotomalala-Huet"
ADJ = "adjointe au maire chargée du logement"
# ---------------------------------------------------------------- 10
SPEC["10_afp_squat_rennes"] = (
    [E("Rennes", "LOC"), E("RENNES", "LOC", "Rennes"), E("AFP", "ORG", "Agence France-Presse"),
     E("Villejean", "LOC"), E("Ille-et-Vilaine", "LOC"), E("Abri 35", "ORG"), E("Fougères", "LOC"),
     E("Redon", "LOC"), E(TRH, "PER"), E("Ville", "ORG", opt=True), E("Oumar", "PER"), E("Guinée", "LOC"),
     E("université Rennes 2", "ORG", opt=True), E("Fondation pour le logement des défavorisés", "ORG"),
     E("Agence France-Presse", "ORG")],
    [
     Q(D, "mise devant le fait accompli", MDR, "dit", opt=True),
     Q(I, "avoir été « mise devant le fait accompli »", MDR, "dit"),
     Q(I, "Les forces de l'ordre ont évacué vendredi à l'aube un ancien bâtiment de l'université occupé depuis juin par quelque 90 personnes, dont une trentaine d'enfants, dans le quartier de Villejean à Rennes", None, "a-t-on appris"),
     Q(I, "L'opération, qui a mobilisé une centaine de gendarmes et de policiers, s'est déroulée « dans le calme »", PIV, "a indiqué"),
     Q(D, "dans le calme", PIV, "a indiqué", v="inst"),
     Q(I, "62 personnes ont accepté une mise à l'abri dans des hôtels du département et des centres d'hébergement d'urgence", PIV, "Selon"),
     Q(I, "ce chiffre", "Abri 35", "conteste", opt=True),
     Q(D, "On parle de familles envoyées à Fougères ou à Redon, sans voiture, avec des enfants scolarisés ici", TRH, "a dénoncé", v="name"),
     Q(I, "une vingtaine de personnes ont dormi dehors la nuit suivante", TRH, "affirme"),
     Q(I, "n'avoir été prévenue que la veille au soir", MDR, "dit"),
     Q(D, "Nous avons été mis devant le fait accompli. Nous demandions depuis septembre une solution négociée", ADJ, "a déclaré", v="func"),
     Q(I, "la Ville finançait déjà 400 places d'hébergement, « bien au-delà de ses compétences »", ADJ, "a rappelé"),
     Q(D, "bien au-delà de ses compétences", ADJ, "a rappelé", v="pron"),
     Q(I, "une décision de justice rendue en octobre et des « risques graves » pour la sécurité des occupants, le bâtiment étant privé de système d'alarme incendie", PIV, "invoque", opt=True),
     Q(D, "risques graves", PIV, "invoque", v="inst"),
     Q(D, "Mon fils est en CE2 à l'école du quartier. Demain, je ne sais pas où il dormira, ni comment il ira en classe.", "Oumar", None, v="ctx"),
     Q(I, "le bâtiment serait démoli au printemps pour laisser place à une résidence étudiante", "président de l'université Rennes 2", "a indiqué"),
     Q(I, "plus de 2 000 personnes étaient sans domicile en Ille-et-Vilaine à l'automne", "Fondation pour le logement des défavorisés", "Selon")],
    [("mas/fmp/swi", "© Agence France-Presse")])


YVA = "Ysaline Vermorel-Achour"
ACE = "adjointe chargée de l'éducation"
MVR = "Marcello Ventimiglia-Roux"
# ---------------------------------------------------------------- 11
SPEC["11_point_de_vue_cantines"] = (
    [E("Le Courrier de Bourgogne", "ORG"), E(YVA, "PER"), E("Dijon", "LOC"), E("EGalim", "MISC"),
     E("Agence Bio", "ORG"), E(MVR, "PER"), E("Marthe Oyelaran-Blanchet", "PER"), E("Les Petits Pois", "ORG"),
     E("chambre régionale des comptes", "ORG", opt=True), E("Côte-d'Or", "LOC"),
     E("Facebook", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "Le bio à la cantine n'est pas un luxe, c'est une promesse", YVA, None, nth=0, v="ctx"),
     Q(I, "la part de produits bio dans les cantines dijonnaises passerait de 40 % à 25 % à la rentrée 2027", ACE, "a annoncé"),
     Q(D, "Nous devons choisir entre le bio et le prix du repas. Nous avons choisi les familles", ACE, "a-t-elle expliqué", v="pron"),
     Q(I, "le surcoût d'un repas bio bien conçu ne dépasse pas quelques centimes, à condition de réduire le gaspillage et de cuisiner des produits bruts", "Agence Bio", "montrent"),
     Q(D, "On jette encore un tiers de ce qu'on sert. Si on réduit ça, le bio se paie tout seul", MVR, "m'a-t-il expliqué", v="pron"),
     Q(I, "ses équipes « ne demandent qu'à travailler des légumes frais »", MVR, "ajoute"),
     Q(D, "ne demandent qu'à travailler des légumes frais", MVR, "ajoute", v="pron"),
     Q(D, "la santé des enfants ne peut pas être la variable d'ajustement d'un budget", "Marthe Oyelaran-Blanchet", "écrit", v="pron"),
     Q(D, "Maman, la dame de la cantine m'a dit : “Les carottes bio, c'est fini.” Elles avaient pourtant meilleur goût", "fille d'Ysaline Vermorel-Achour", "m'a-t-elle raconté", v="func"),
     Q(D, "Les carottes bio, c'est fini.", None, "m'a dit"),
     Q(I, "les économies financeront la gratuité de la cantine pour les familles les plus modestes", "majorité municipale", "assure"),
     Q(I, "la restauration scolaire de Dijon a dégagé un excédent de 1,1 million d'euros en 2025", "chambre régionale des comptes", "Selon")],
    [("Le Courrier de Bourgogne", "Point de vue"), ("Les opinions exprimées", "LinkedIn")])


RLC = "Raymond-Louis Castagnède"
ZHM = "Zoé Hadj-Mimoun"
BVH = "Bertille Van Hoorde"
ENL = "Évariste N'Diaye-Lacoste"
PLG = "préfecture de Lot-et-Garonne"
# ---------------------------------------------------------------- 12
SPEC["12_incinerateur_agglo"] = (
    [E("Lot-et-Garonne", "LOC"), E("Castelmoron-sur-Lot", "LOC"), E("Castelmoron", "LOC", "Castelmoron-sur-Lot"),
     E("Jérémie Soubiran-Takahashi", "PER"), E("Coteaux de Gascogne", "ORG", opt=True), E(RLC, "PER"),
     E("Bordeaux", "LOC"), E("Toulouse", "LOC"), E("Villeneuve-sur-Lot", "LOC"), E(ZHM, "PER"),
     E("Air pur en Albret", "ORG"), E(BVH, "PER"), E("Lacapelle-Gardoise", "LOC"), E(ENL, "PER"),
     E("Marmande", "LOC"), E("Agen", "LOC")],
    [
     Q(D, "surdimensionné", "riverains", "selon", opt=True, nth=0),
     Q(I, "un projet « surdimensionné »", "riverains", "selon", opt=True),
     Q(I, "il n'y avait « pas d'alternative crédible »", RLC, "Pour"),
     Q(D, "pas d'alternative crédible", RLC, "Pour", v="name"),
     Q(D, "Si nous ne faisons rien, nos déchets partiront en camion vers Bordeaux ou Toulouse, à nos frais et au prix d'un bilan carbone désastreux", RLC, "a-t-il plaidé", v="pron"),
     Q(I, "le chantier, estimé à 74 millions d'euros, serait financé en partie par la revente de chaleur au futur réseau de Villeneuve-sur-Lot", RLC, "a précisé"),
     Q(D, "exemplaire sur le plan des rejets", ZHM, "a défendu", v="name"),
     Q(I, "un projet « exemplaire sur le plan des rejets »", ZHM, "a défendu", opt=True),
     Q(D, "Les filtres que nous installerons, a-t-elle assuré, divisent par trois les émissions de dioxines par rapport à l'usine actuelle.", ZHM, "a-t-elle assuré", v="pron"),
     Q(D, "surdimensionné", "Air pur en Albret", "juge", nth=1, v="inst"),
     Q(I, "« surdimensionné »", "Air pur en Albret", "juge", opt=True, nth=1),
     Q(I, "l'agglomération « fait le pari de produire toujours plus de déchets, au lieu de les réduire »", BVH, "estime"),
     Q(D, "fait le pari de produire toujours plus de déchets, au lieu de les réduire", BVH, "estime", v="name"),
     Q(D, "On nous demande de trier, de composter, et on construit un four plus grand. Cherchez l'erreur", BVH, "a-t-elle ironisé", v="pron"),
     Q(I, "aucune étude sur la collecte des biodéchets n'ait été présentée", ENL, "regrette"),
     Q(D, "On met la charrue avant les bœufs", ENL, "résume", v="role"),
     Q(I, "l'enquête publique pourrait s'ouvrir au printemps", PLG, "Selon"),
     Q(I, "le dossier « sera examiné avec la plus grande attention »", "services de l'État", "précisent"),
     Q(D, "sera examiné avec la plus grande attention", "services de l'État", "précisent", v="inst"),
     Q(D, "porter le combat devant le tribunal administratif de Bordeaux", BVH, "promet", v="name")],
    [("Lot-et-Garonne | Environnement", "Lot-et-Garonne | Environnement"), ("Lire aussi", "Agglomération")])


if __name__ == "__main__":
    main(SPEC, HERE)
