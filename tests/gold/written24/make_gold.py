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


if __name__ == "__main__":
    main(SPEC, HERE)
