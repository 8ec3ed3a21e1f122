#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written24 with exact offsets.

    python3 tests/gold/written24/make_gold.py          # write NAME.json, check
    python3 tests/gold/written24/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written24/make_gold.py --show   # print every annotation in context

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

AQL = "Armelle Quéré-Lambert"
MCP = "ministre chargé des Comptes publics"
AMF = "Association des maires de France"
# ---------------------------------------------------------------- 01
SPEC["01_budget_assemblee"] = (
    [E("Le Journal du Centre", "ORG"), E("Assemblée nationale", "ORG"), E("Capucine Delorme-Assouline", "PER"),
     E("Horizons et Territoires", "ORG"), E(AQL, "PER"), E("salle des Quatre-Colonnes", "LOC", opt=True),
     E("Comptes publics", "ORG", opt=True), E("Parti socialiste", "ORG"), E("Nord", "LOC"),
     E("Yanis Benchekroun-Dufay", "PER"), E("Rassemblement national", "ORG"), E(AMF, "ORG"), E("AMF", "ORG", AMF),
     E("Gaspard Le Moal", "PER"), E("commission des finances", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True)] + NET,
    [
     Q(D, "Nous ne voterons pas ce texte en l'état", AQL, "préviennent", nth=0, v="role"),
     Q(I, "il ne soutiendrait pas la première partie du budget sans un geste sur la fiscalité des collectivités", "Horizons et Territoires", "a fait savoir"),
     Q(D, "Nous ne voterons pas ce texte en l'état", AQL, "a déclaré", nth=1, v="name"),
     Q(D, "Les communes ne peuvent pas servir de variable d'ajustement", AQL, "a-t-elle ajouté", v="pron"),
     Q(I, "le gouvernement était « ouvert à la discussion, pas au chantage »", MCP, "a répondu"),
     Q(D, "ouvert à la discussion, pas au chantage", MCP, "a répondu", v="func"),
     Q(I, "l'effort demandé aux collectivités reste « inférieur à celui de l'État »", MCP, "Selon"),
     Q(D, "inférieur à celui de l'État", MCP, "Selon", v="pron"),
     Q(D, "Ce budget organise l'austérité pour les plus modestes", "Yanis Benchekroun-Dufay", "a lancé", v="name"),
     Q(I, "la copie gouvernementale était « insincère »", "porte-parole du Rassemblement national", "a jugé"),
     Q(D, "insincère", "porte-parole du Rassemblement national", "a jugé", v="func"),
     Q(I, "la baisse annoncée « mettrait en péril l'investissement local dès 2027 »", AMF, "Pour"),
     Q(D, "mettrait en péril l'investissement local dès 2027", AMF, "Pour", v="inst"),
     Q(D, "Il y a toujours du bruit en première lecture", None, "glisse"),
     Q(I, "un compromis est « à portée de main » d'ici le vote solennel, prévu le 16 décembre", "Gaspard Le Moal", "estime"),
     Q(D, "à portée de main", "Gaspard Le Moal", "estime", v="name"),
     Q(I, "En cas d'échec, le recours au 49.3 n'est pas exclu", None, "a reconnu")],
    [("Le Journal du Centre", "Le Journal du Centre"), ("Accueil > Politique", "Assemblée nationale"),
     ("Lire aussi", "première ligne"), ("Partager :", "newsletter Politique")])


DMO = "Didier-Marc Orsoni"
LVH = "Ludovic Van Hecke"
NFL = "Nadia Ferhat-Lemaire"
AVG = "avocate générale"
DEN = "directeur d'enquête de la police judiciaire de Rennes"
# ---------------------------------------------------------------- 02
SPEC["02_assises_rennes"] = (
    [E("Ouest Horizon", "ORG"), E("Ille-et-Vilaine", "LOC"), E("Saint-Malo", "LOC"), E("Erwan Guivarc'h", "PER"),
     E(DMO, "PER"), E("Orsoni", "PER", DMO), E("Thibault Kerjean", "PER"), E("Thibault", "PER", "Thibault Kerjean"),
     E("Rennes", "LOC"), E(LVH, "PER"), E("Soizic Kerjean", "PER"), E(NFL, "PER"),
     E("Facebook", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "Il n'y a dans ce dossier ni accident ni légitime défense, il y a un homme qui a attendu l'autre", AVG, "a-t-elle affirmé", v="pron"),
     Q(I, "l'accusé avait acheté une barre de fer deux jours avant les faits et effacé les messages de son téléphone", AVG, "a rappelé"),
     Q(I, "avoir voulu tuer", DMO, "a toujours nié", opt=True),
     Q(D, "Je n'ai jamais voulu sa mort. Je voulais qu'il me rende ce qu'il me devait", DMO, "a-t-il déclaré", v="pron"),
     Q(I, "l'enquête a \"négligé dès le premier jour la piste d'un troisième homme\"", LVH, "Selon"),
     Q(D, "négligé dès le premier jour la piste d'un troisième homme", LVH, "Selon", v="pron"),
     Q(I, "\"une instruction menée à charge\"", LVH, "a dénoncé", opt=True),
     Q(D, "une instruction menée à charge", LVH, "a dénoncé", v="pron"),
     Q(I, "un homme rongé par les dettes", "parties civiles", "ont décrit", opt=True),
     Q(D, "Thibault avait peur de lui depuis des mois", "Soizic Kerjean", "a témoigné", v="name"),
     Q(I, "la réquisition était \"à la hauteur de la souffrance d'une famille\"", NFL, "a estimé"),
     Q(D, "à la hauteur de la souffrance d'une famille", NFL, "a estimé", v="name"),
     Q(I, "les caméras du port montraient l'accusé entrant dans l'entrepôt à 21 h 14", DEN, "avait expliqué"),
     Q(D, "Personne d'autre n'entre ni ne sort pendant quarante minutes", DEN, "avait souligné", v="func")],
    [("Ouest Horizon", "Ouest Horizon"), ("Faits divers - Justice", "Ille-et-Vilaine"), ("Lecture : 3 min", "Lecture : 3 min"),
     ("À lire aussi", "expert psychiatre"), ("Vous avez aimé", "WhatsApp")])


DOV = "directeur des opérations de Valdor France"
SAM = "Sandrine Aït-Mansour"
MIN = "ministère de l'Industrie"
# ---------------------------------------------------------------- 03
SPEC["03_usine_fermeture"] = (
    [E("L'Écho des Vosges", "ORG"), E("Épinal", "LOC"), E("Valdor", "ORG"), E("Valdor France", "ORG"),
     E("Théo Marchetti-Wurtz", "PER"), E("Golbey", "LOC"), E("Murcie", "LOC"), E("Lyon", "LOC"), E(SAM, "PER"),
     E("Espagne", "LOC"), E("CFDT", "ORG"), E("Joël Pierrard", "PER"), E("Vosges", "LOC"), E("Bertrand Ochs", "PER"),
     E(MIN, "ORG", opt=True)] + NET,
    [
     Q(D, "On nous a menti jusqu'au bout", SAM, "accusent", nth=0, v="role"),
     Q(D, "Le site n'est plus compétitif face à nos deux usines espagnoles", DOV, "a justifié", v="func"),
     Q(I, "un plan de sauvegarde de l'emploi « exemplaire », avec des offres de reclassement à Murcie et à Lyon", DOV, "a promis", opt=True),
     Q(D, "exemplaire", DOV, "a promis", v="pron"),
     Q(D, "On nous a menti jusqu'au bout. En mars, on nous parlait encore d'investissements", SAM, "raconte", v="name"),
     Q(I, "les reclassements proposés en Espagne sont « une insulte »", SAM, "Pour"),
     Q(D, "une insulte", SAM, "Pour", v="pron"),
     Q(I, "elle contesterait le motif économique devant la justice", "CFDT", "a annoncé"),
     Q(I, "avoir la preuve que le groupe « a organisé la baisse de charge en transférant des commandes vers Murcie »", "Joël Pierrard", "dit"),
     Q(D, "a organisé la baisse de charge en transférant des commandes vers Murcie", "Joël Pierrard", "dit", v="name"),
     Q(I, "un rassemblement mardi devant la préfecture des Vosges", "intersyndicale", "appelle", opt=True),
     Q(D, "coup de massue pour tout le bassin", "Bertrand Ochs", "a qualifié", v="name"),
     Q(D, "Derrière les 212 emplois, il y a les transporteurs, les sous-traitants, les arboriculteurs", "Bertrand Ochs", "a-t-il rappelé", v="pron"),
     Q(I, "suivre le dossier « avec la plus grande attention »", MIN, "a indiqué"),
     Q(D, "avec la plus grande attention", MIN, "a indiqué", v="inst"),
     Q(I, "de rechercher un repreneur", MIN, "a demandé"),
     Q(I, "deux industriels auraient déjà manifesté leur intérêt", "préfecture des Vosges", "D'après")],
    [("L'Écho des Vosges", "L'Écho des Vosges"), ("ÉCONOMIE | ENTREPRISES", "Épinal"),
     ("Lire aussi", "pour leurs contrats"), ("Mots-clés", "Copier le lien")])


AFP = "Agence France-Presse"
CEC = "Commission électorale centrale"
ISV = "Ingrid Solheim-Varga"
PUE = "porte-parole du service diplomatique de l'UE"
# ---------------------------------------------------------------- 04
SPEC["04_afp_moldavie"] = (
    [E("AFP", "ORG", AFP), E(AFP, "ORG"), E("Moldavie", "LOC"), E("Bruxelles", "LOC"), E("CHISINAU", "LOC", "Chisinau"),
     E("Chisinau", "LOC"), E("Union européenne", "ORG"), E("UE", "ORG", "Union européenne"),
     E("Vadim Rusnac-Ciobanu", "PER"), E("Bloc de la renaissance", "ORG"), E("Balti", "LOC"), E(CEC, "ORG"),
     E("Roumanie", "LOC"), E("Ukraine", "LOC"), E("OSCE", "ORG"), E(ISV, "PER"), E("Moscou", "LOC"),
     E("Ria Novosti", "ORG"), E("Elena", "PER")],
    [
     Q(I, "des « fraudes massives » lors des élections locales de dimanche", "opposition moldave", "a dénoncé", opt=True),
     Q(D, "fraudes massives", "opposition moldave", "a dénoncé", v="inst"),
     Q(D, "Des bus entiers d'électeurs ont été conduits d'un bureau à l'autre, nous avons des vidéos", "Vadim Rusnac-Ciobanu", "a affirmé", v="name"),
     Q(I, "le scrutin s'était déroulé « dans le respect de la loi » et que les recours seraient « examinés un par un »", CEC, "a assuré"),
     Q(D, "dans le respect de la loi", CEC, "a assuré", v="inst"),
     Q(D, "examinés un par un", CEC, "a assuré", v="inst"),
     Q(I, "la participation a atteint 41,7 %, un niveau comparable à celui de 2023", CEC, "Selon"),
     Q(D, "prendre note des préoccupations exprimées", PUE, "a dit", v="func"),
     Q(D, "toutes les parties à la retenue", PUE, "a appelé", v="func"),
     Q(I, "ses équipes avaient relevé « des irrégularités localisées, sans effet visible sur les résultats »", ISV, "a toutefois indiqué"),
     Q(D, "des irrégularités localisées, sans effet visible sur les résultats", ISV, "a toutefois indiqué", v="name"),
     Q(D, "Nous n'avons pas constaté de fraude organisée à grande échelle", ISV, "a-t-elle ajouté", v="pron"),
     Q(I, "des « élections ni libres ni justes »", "diplomatie russe", "a dénoncé", opt=True),
     Q(D, "élections ni libres ni justes", "diplomatie russe", "a dénoncé", v="inst"),
     Q(D, "Ils nous volent notre vote comme en 2019", "Elena", "lançait", v="name")],
    [("AFP", "International"), ("vr-ob/cpy/bds", "© Agence France-Presse")])

HWL = "Henrik Weber-Lindqvist"
IHB = "Ilyes Haddadi-Brunet"
RNC = "Raphaël Ndiaye-Castel"
LFP = "Ligue de football professionnel"
# ---------------------------------------------------------------- 05
SPEC["05_foot_lens_nantes"] = (
    [E("FootActu", "ORG"), E("Ligue 1", "MISC"), E("Lens", "ORG", "RC Lens", opt=True, only=[0, 2]),
     E("Lens", "LOC", only=[1]), E("Nantes", "ORG", "FC Nantes", opt=True), E("RC Lens", "ORG"), E("FC Nantes", "ORG"),
     E("Mathis Oyono-Beaulieu", "PER"), E("stade Bollaert-Delelis", "LOC", opt=True), E("Bollaert", "LOC"),
     E(IHB, "PER"), E("Haddadi-Brunet", "PER", IHB), E(HWL, "PER"), E("Canal+", "ORG"), E("Baptiste Le Goff", "PER"),
     E(RNC, "PER"), E(LFP, "ORG"), E("LFP", "ORG", LFP), E("Racing", "ORG", "RC Lens"), E("Marseille", "LOC"),
     E("Canaris", "ORG", "FC Nantes", opt=True), E("Brest", "ORG", opt=True), E("Beaujoire", "LOC"),
     E("X", "ORG", opt=True)],
    [
     Q(D, "À la mi-temps, je n'ai pas crié. J'ai juste demandé aux garçons s'ils voulaient rentrer chez eux avec ça", HWL, "a raconté", v="name"),
     Q(D, "On a montré du caractère. Ce groupe ne lâche jamais.", HWL, None, v="ctx"),
     Q(I, "son équipe avait «complètement raté» sa première période", HWL, "a reconnu"),
     Q(D, "complètement raté", HWL, "a reconnu", v="role"),
     Q(D, "Nous étions trop loin les uns des autres, ils nous ont punis deux fois", HWL, "a concédé", v="role"),
     Q(D, "C'était pour elle. Je savais qu'elle regardait", IHB, "a confié", v="role"),
     Q(D, "On mène 2-0, on a le match en main et on le laisse filer. C'est inacceptable à ce niveau", "Baptiste Le Goff", "a pesté", v="name"),
     Q(I, "«un arbitrage qui nous a coûté cher» sur le penalty accordé en fin de rencontre", RNC, "a regretté", opt=True),
     Q(D, "un arbitrage qui nous a coûté cher", RNC, "a regretté", v="name"),
     Q(I, "le club allait «demander des explications à la direction de l'arbitrage»", RNC, "a annoncé"),
     Q(D, "demander des explications à la direction de l'arbitrage", RNC, "a annoncé", v="pron"),
     Q(I, "l'affluence de 37 412 spectateurs constitue un record pour la saison à Bollaert", LFP, "Selon")],
    [("FootActu", "FootActu"), ("Accueil ›", "Ligue 1"), ("À lire aussi", "en travaux cet hiver"),
     ("Réagissez à cet article", "Partagez sur X")])


MAK = "Mireille Aubanel-Kuyper"
JFS = "jury du Festival du film de Sarlat"
DGF = "délégué général du Festival du film de Sarlat"
# ---------------------------------------------------------------- 06
SPEC["06_festival_sarlat"] = (
    [E("Culturama", "ORG"), E("Sarlat", "LOC"), E("Grand Prix", "MISC", opt=True), E(MAK, "PER"),
     E("Louise Hartmann-Diallo", "PER"), E("Festival du film de Sarlat", "MISC"), E("Les Saisons lentes", "MISC"),
     E("Limousin", "LOC"), E("Jean-Philippe Dewaele", "PER"), E("Naïma Belkacem", "PER"), E("Marée basse", "MISC"),
     E("Marocain", "MISC"), E("Youssef El Amrani", "PER"), E("Prix du public", "MISC", opt=True),
     E("Les Veilleurs", "MISC"), E("Périgueux", "LOC"), E("Pyramide Films", "ORG"),
     E("Centre national du cinéma", "ORG"), E("CNC", "ORG", "Centre national du cinéma")],
    [
     Q(D, "Un film sur ce qu'on perd sans faire de bruit", MAK, None, v="role"),
     Q(D, "Les Saisons lentes", None, None, opt=True, nth=0),
     Q(D, "C'est un film sur ce qu'on perd sans faire de bruit", MAK, "a confié", v="role"),
     Q(D, "J'ai grandi dans une ferme comme celle-là. Quand mon père l'a vendue, personne n'en a parlé, ni au village ni à la maison.", MAK, None, v="ctx"),
     Q(I, "“une mise en scène d'une rare patience” et “des acteurs non professionnels bouleversants”", JFS, "a salué", opt=True),
     Q(D, "une mise en scène d'une rare patience", JFS, "a salué", v="inst"),
     Q(D, "des acteurs non professionnels bouleversants", JFS, "a salué", v="inst"),
     Q(I, "la décision avait été prise “à l'unanimité, et très vite”", JFS, "a expliqué"),
     Q(D, "à l'unanimité, et très vite", JFS, "a expliqué", v="pron"),
     Q(D, "Marée basse", None, None, opt=True),
     Q(D, "Je dédie ce prix à toutes les femmes qui tiennent debout quand tout s'écroule", "Naïma Belkacem", "a-t-elle lancé", v="pron"),
     Q(D, "Les Veilleurs", None, None, opt=True),
     Q(I, "cette édition “confirme que le public vient chercher autre chose que les plateformes”", DGF, "Pour"),
     Q(D, "confirme que le public vient chercher autre chose que les plateformes", DGF, "Pour", v="func"),
     Q(I, "La manifestation a accueilli 28 000 spectateurs en six jours, un chiffre en hausse de 12 %", "organisateurs du Festival du film de Sarlat", "selon")],
    [("Culturama", "Culturama"), ("Cinéma | Festivals", "Palmarès"), ("LIRE AUSSI", "notre sélection")])


GVB = "Gérald Van den Broeck"
CAM = "communauté d'agglomération Maubeuge Val de Sambre"
# ---------------------------------------------------------------- 07
SPEC["07_bus_frontalier"] = (
    [E("Le Courrier de la Sambre", "ORG"), E("Maubeuge", "LOC"), E("Erquelinnes", "LOC"),
     E("Karima Delattre-Nowak", "PER"), E("Jeumont", "LOC"), E(CAM, "ORG", opt=True), E("TEC", "ORG"),
     E("Pascal Debuyser", "PER"), E("Hauts-de-France", "LOC"), E(GVB, "PER"), E("Région wallonne", "ORG", opt=True),
     E("Valérie", "PER"), E("Sambre sans frontière", "ORG"), E("Sambre", "LOC"), E("Feignies", "LOC")],
    [
     Q(D, "Nous avons frôlé l'arrêt pur et simple", "Pascal Debuyser", "reconnaît", v="name"),
     Q(I, "elle cesserait de financer la ligne, jugée « trop peu fréquentée »", "région Hauts-de-France", "avait annoncé"),
     Q(D, "trop peu fréquentée", "région Hauts-de-France", "avait annoncé", v="inst"),
     Q(D, "soulagé pour les habitants", GVB, "s'est dit", v="name"),
     Q(D, "Beaucoup de nos jeunes travaillent à l'hôpital de Maubeuge ou dans les grandes surfaces de Jeumont. Sans ce bus, ils auraient dû renoncer à leur emploi", GVB, "a expliqué", v="role"),
     Q(I, "la ligne transporte en moyenne 420 voyageurs par jour, dont une majorité de salariés et de lycéens", "TEC", "Selon"),
     Q(D, "On nous l'a déjà fait, le coup du sauvetage. Je croirai à 2028 quand j'y serai", "Valérie", "sourit", v="name"),
     Q(I, "des bus le dimanche et un passage toutes les trente minutes aux heures de pointe", "Sambre sans frontière", "réclame", opt=True),
     Q(D, "Tout dépendra de la fréquentation en 2027", CAM, "prévient-on", v="inst")],
    [("Le Courrier de la Sambre", "Le Courrier de la Sambre"), ("Maubeuge et sa région", "Transports"),
     ("Lire aussi :", "Commentez | Partagez")])


ARS = "agence régionale de santé Nouvelle-Aquitaine"
AFL = "Agnès Fourcade-Liénard"
PCD = "président du conseil départemental de la Creuse"
# ---------------------------------------------------------------- 08
SPEC["08_bus_medical_creuse"] = (
    [E("Santé Magazine Info", "ORG"), E("Creuse", "LOC"), E("Hélène Rigaud-M'Bala", "PER"),
     E("agence régionale de santé", "ORG", ARS, opt=True), E("ARS", "ORG", ARS), E("Nouvelle-Aquitaine", "LOC"),
     E(AFL, "PER"), E("Limoges", "LOC"), E("Bourganeuf", "LOC"), E("Marcel", "PER"), E("MG France", "ORG"),
     E("Cyril Abadie", "PER"), E("Laetitia Moreau", "PER")],
    [
     Q(D, "là où ils sont", AFL, None, nth=0, v="role"),
     Q(D, "Nous allons chercher les patients là où ils sont, plutôt que d'attendre qu'ils renoncent à se soigner", AFL, "explique", v="name"),
     Q(I, "près d'un tiers des patients reçus n'avaient pas vu de médecin depuis plus de deux ans", AFL, "estime"),
     Q(D, "Mon médecin est parti à la retraite il y a trois ans. Depuis, je faisais durer mes boîtes", "Marcel", "confie-t-il", v="pron"),
     Q(I, "le bus « ne remplace pas une installation durable », mais constitue « une réponse d'urgence à une situation critique »", ARS, "Pour"),
     Q(D, "ne remplace pas une installation durable", ARS, "Pour", v="inst"),
     Q(D, "une réponse d'urgence à une situation critique", ARS, "Pour", v="inst"),
     Q(I, "la Creuse compte 62 généralistes pour 100 000 habitants, contre 84 en moyenne nationale", ARS, "indique"),
     Q(D, "un pansement sur une jambe de bois", "Cyril Abadie", "y voit", v="name"),
     Q(D, "On déplace le problème au lieu de le traiter. Ce qu'il faut, ce sont des conditions d'exercice qui donnent envie de s'installer ici", "Cyril Abadie", "a-t-il insisté", v="pron"),
     Q(D, "pragmatique", PCD, "a défendu", v="func"),
     Q(I, "un second véhicule circulerait dans le nord du département à partir du printemps", PCD, "annoncé"),
     Q(D, "Ici, les gens nous attendent avec le café. Certains viennent juste pour parler, et parfois c'est ça qui les soigne.", "Laetitia Moreau", "résume", v="name")],
    [("Santé Magazine Info", "Santé Magazine Info"), ("Santé > Déserts médicaux", "Santé > Déserts médicaux"),
     ("Lire aussi :", "Partager cet article")])

SLB = "Solenn Le Bihan-Carrara"
MOK = "Maïlys Okonkwo"
KLA = "Kari Lunde Aasheim"
FFHB = "Fédération française de handball"
# ---------------------------------------------------------------- 09
SPEC["09_hand_euro_bleues"] = (
    [E("Sport 360", "ORG"), E("Euro 2026", "MISC"), E("Bleues", "MISC", opt=True), E("Euro", "MISC", "Euro 2026"),
     E("Antoine Barbier-Nkemelu", "PER"), E("Vienne", "LOC"),
     E("équipe de France féminine de handball", "ORG", opt=True), E("championnat d'Europe", "MISC", opt=True),
     E("Norvège", "LOC"), E("Wiener Stadthalle", "LOC"), E(SLB, "PER"), E(MOK, "PER"), E("Nantaise", "MISC", opt=True),
     E("Clémence Ravier", "PER"), E(KLA, "PER"), E(FFHB, "ORG"), E("FFHB", "ORG", FFHB), E("TF1", "ORG"),
     E("Danemark", "LOC"), E("Hongrie", "LOC"), E("Monténégro", "LOC"), E("Léa Brunner-Vial", "PER"),
     E("XV de France", "ORG"), E("Écosse", "LOC")],
    [
     Q(D, "irrespirable", SLB, None, nth=0, v="role"),
     Q(D, "C'était irrespirable du début à la fin. On a souffert, mais on n'a jamais paniqué", SLB, "a résumé", v="name"),
     Q(I, "ses joueuses avaient « manqué de lucidité » en attaque placée en première période, avant de saluer « une défense monstrueuse » après la pause", SLB, "a reconnu"),
     Q(D, "manqué de lucidité", SLB, "a reconnu", v="pron"),
     Q(D, "une défense monstrueuse", SLB, "saluer", v="pron"),
     Q(D, "Je n'ai pas réfléchi. J'ai vu l'espace, j'ai couru, et j'ai fermé les yeux au moment de tirer", MOK, "a raconté", v="role"),
     Q(I, "le groupe vivait « quelque chose de rare »", MOK, "a ajouté"),
     Q(D, "quelque chose de rare", MOK, "a ajouté", v="pron"),
     Q(D, "Quand on joue devant une défense comme ça, notre travail est facile", "Clémence Ravier", "a-t-elle glissé", v="pron"),
     Q(D, "Nous avons eu le ballon pour égaliser et nous l'avons perdu bêtement", KLA, "a-t-elle regretté", v="pron"),
     Q(I, "son équipe « méritait au moins la prolongation »", KLA, "estimant"),
     Q(D, "méritait au moins la prolongation", KLA, "estimant", v="pron"),
     Q(I, "« une qualification qui récompense quatre années de travail »", FFHB, "a salué", opt=True),
     Q(D, "une qualification qui récompense quatre années de travail", FFHB, "a salué", v="inst"),
     Q(I, "l'audience du match a dépassé les 3,1 millions de téléspectateurs sur TF1", FFHB, "D'après")],
    [("Sport 360", "Sport 360"), ("Handball > Euro 2026", "Handball > Euro 2026"), ("Plus de sport", "Partager")])


MLN = "Mamadou Lamine Ndour"
MSP = "ministère sénégalais des Pêches et de l'Économie maritime"
GPA = "Greenpeace Afrique"
FAO = "Organisation des Nations unies pour l'alimentation et l'agriculture"
DUE = "délégation de l'Union européenne à Dakar"
# ---------------------------------------------------------------- 10
SPEC["10_afp_senegal_peche"] = (
    [E("AFP", "ORG"), E("Afrique", "LOC"), E("Sénégal", "LOC"), E("Kayar", "LOC"), E("KAYAR", "LOC", "Kayar"),
     E("Dakar", "LOC"), E(MLN, "PER"), E("Canaries", "LOC"), E(MSP, "ORG", opt=True), E(GPA, "ORG"),
     E("Ousmane Diallo-Sy", "PER"), E("Union européenne", "ORG"), E("UE", "ORG", "Union européenne"), E(FAO, "ORG"),
     E("FAO", "ORG", FAO)],
    [
     Q(D, "Il y a dix ans, on revenait avec la pirogue pleine. Aujourd'hui, on rentre parfois avec trois caisses", MLN, "a déclaré", v="name"),
     Q(I, "plusieurs familles du village ont déjà vu partir un fils vers les Canaries, en pirogue", MLN, "Selon"),
     Q(D, "Notre mer n'est pas à vendre", "manifestants", None, opt=True),
     Q(I, "la publication de la liste complète des navires autorisés à pêcher dans les eaux sénégalaises", "manifestants", "réclament", opt=True),
     Q(I, "les contrôles en mer avaient été « multipliés par trois » depuis janvier et qu'« aucune licence nouvelle » n'avait été accordée à des chalutiers étrangers cette année", MSP, "a assuré"),
     Q(D, "multipliés par trois", MSP, "a assuré", v="inst"),
     Q(D, "aucune licence nouvelle", MSP, "a assuré", v="inst"),
     Q(D, "La souveraineté halieutique est une priorité du gouvernement", MSP, "a insisté", v="inst"),
     Q(I, "ces annonces restent « très en deçà de l'urgence »", GPA, "Pour"),
     Q(D, "très en deçà de l'urgence", GPA, "Pour", v="inst"),
     Q(D, "Les stocks de sardinelle sont surexploités, tout le monde le sait, y compris les scientifiques de l'État", "Ousmane Diallo-Sy", "a estimé", v="name"),
     Q(I, "elle n'était « plus partie prenante » dans l'attribution des licences", DUE, "a rappelé"),
     Q(D, "plus partie prenante", DUE, "a rappelé", v="inst"),
     Q(I, "la pêche fait vivre directement ou indirectement quelque 600 000 personnes au Sénégal", FAO, "D'après"),
     Q(D, "On ne demande pas la charité, on demande la mer", None, "a lancé")],
    [("AFP", "Afrique - Société"), ("mld-sba/cpy/ob", "mld-sba/cpy/ob")])


INSEE = "Institut national de la statistique et des études économiques"
JYL = "Jean-Yves Lemonnier"
ANIA = "Association nationale des industries alimentaires"
BOL = "Béatrice Othman-Leroux"
OFCE = "Observatoire français des conjonctures économiques"
# ---------------------------------------------------------------- 11
SPEC["11_inflation_alimentaire"] = (
    [E("Le Quotidien de l’Éco", "ORG"), E("Insee", "ORG", INSEE), E(INSEE, "ORG"), E("Florian Vasseur-N’Guessan", "PER"),
     E("Terres de Normandie", "ORG"), E(JYL, "PER"), E("Manche", "LOC"), E(ANIA, "ORG"), E("Ania", "ORG", ANIA),
     E(BOL, "PER"), E(OFCE, "ORG"), E("OFCE", "ORG", OFCE), E("Bercy", "LOC", opt=True),
     E("La Lettre Éco", "MISC", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "un signal à surveiller", INSEE, "selon", nth=0, v="inst"),
     Q(I, "Après dix-huit mois d'accalmie, les prix de l'alimentation ont de nouveau augmenté en novembre, de 0,9 % sur un mois", INSEE, "selon"),
     Q(D, "C'est un signal à surveiller, pas encore une alerte", INSEE, "a commenté", v="inst"),
     Q(I, "l'inflation d'ensemble reste contenue à 1,6 %", INSEE, "relève"),
     Q(I, "la hausse \"ne fait que refléter la réalité des coûts de production\"", "Terres de Normandie", "Pour"),
     Q(D, "ne fait que refléter la réalité des coûts de production", "Terres de Normandie", "Pour", v="inst"),
     Q(D, "le prix payé aux producteurs a baissé pendant deux ans", JYL, "rappelle", v="name"),
     Q(D, "Personne ne s'en plaignait à l'époque", JYL, "ajoute-t-il", v="pron"),
     Q(D, "profiter de la situation pour reconstituer leurs marges", None, "accuse"),
     Q(I, "les marges du secteur sont \"au plus bas depuis quinze ans\"", ANIA, "selon"),
     Q(D, "au plus bas depuis quinze ans", ANIA, "selon", v="pron"),
     Q(D, "Nous ne sommes pas du tout dans la situation de 2022. Les tensions sont localisées sur quelques produits", BOL, "explique-t-elle", v="pron"),
     Q(I, "un retour à \"une hausse modérée\" des prix alimentaires dès le printemps", BOL, "prévoit", opt=True),
     Q(D, "une hausse modérée", BOL, "prévoit", v="pron"),
     Q(I, "il réunirait les acteurs de la filière laitière le 14 décembre à Bercy", "gouvernement", "a annoncé")],
    [("Le Quotidien de l'Éco", "Le Quotidien de l'Éco"), ("Économie › Conso › Prix", "Économie › Conso › Prix"),
     ("Lecture 3 min", "Lecture 3 min"), ("À lire également", "Partager sur LinkedIn")])


SDIS = "service départemental d'incendie et de secours"
OLS = "Odette Larrieu-Sánchez"
PG = "préfète de la Gironde"
# ---------------------------------------------------------------- 12
SPEC["12_tempete_gironde"] = (
    [E("Sud-Ouest Matin", "ORG"), E("Gironde", "LOC"), E("Lacanau", "LOC"), E("Romane Etcheverry-Lopes", "PER"),
     E("Jérémie Castagnet", "PER"), E("Ardilouse", "LOC"), E(OLS, "PER"), E(SDIS, "ORG", opt=True),
     E("Sdis 33", "ORG", SDIS), E("Sdis", "ORG", SDIS), E("Météo-France", "ORG"), E("Cap-Ferret", "LOC"),
     E("Klaus", "MISC"), E("Enedis", "ORG"), E("Bretagne", "LOC"), E("Occitanie", "LOC"), E("Biarritz", "LOC"),
     E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(D, "On a entendu le toit partir", "Jérémie Castagnet", "racontent", nth=0, v="role"),
     Q(D, "On a entendu le toit partir vers 3 heures du matin. Un bruit de train, puis plus rien", "Jérémie Castagnet", "raconte", v="name"),
     Q(D, "Je vis ici depuis 1972, je n'avais jamais vu ça", OLS, "dit-elle", v="pron"),
     Q(D, "Nos équipes ont travaillé toute la nuit, principalement pour des chutes d'arbres et des mises en sécurité de toitures", SDIS, "a précisé", v="inst"),
     Q(I, "une rafale de 156 km/h a été enregistrée au phare du Cap-Ferret, un record depuis la tempête Klaus en 2009", "Météo-France", "Selon"),
     Q(D, "rester chez eux tant que les routes ne sont pas dégagées", PG, "a demandé", v="func"),
     Q(I, "l'État demanderait « dans les meilleurs délais » la reconnaissance de l'état de catastrophe naturelle", PG, "a annoncé"),
     Q(D, "dans les meilleurs délais", PG, "a annoncé", v="pron"),
     Q(D, "Nous avons besoin de bras pour dégager les rues et aider les personnes âgées. Rendez-vous à la salle des fêtes à 14 heures.", "maire de Lacanau", "a lancé", v="func"),
     Q(I, "85 % des foyers devraient être rebranchés mardi soir", "Enedis", "indique")],
    [("Sud-Ouest Matin", "Sud-Ouest Matin"), ("Actualité > Gironde", "Faits divers"), ("Lire aussi", "WhatsApp")])


if __name__ == "__main__":
    main(SPEC, HERE)
