#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout25 (BLIND) with exact offsets.

    python3 tests/gold/heldout25/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout25/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout25/make_gold.py --show   # print every annotation in context

BLIND set: never tuned on, not in `make eval`; only the lead scores it.
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

GMS = "Grégoire Malaterre-Sy"
IHA = "Ingrid Hallvardsen"
# ---------------------------------------------------------------- 01
SPEC["01_resultats_severac"] = (
    [E("Le Fil Éco", "ORG"), E("Fil Éco", "ORG", "Le Fil Éco"), E("Séverac Industries", "ORG"),
     E("Clémence Aubertin-Diallo", "PER"), E("France", "LOC"), E("Allemagne", "LOC"), E("Pologne", "LOC"),
     E(GMS, "PER"), E("Vierzon", "LOC"), E("Mulhouse", "LOC"), E(IHA, "PER"),
     E("Bourse de Paris", "ORG", opt=True), E("Bourse", "ORG", opt=True), E("Youssef Benali-Marchand", "PER"),
     E("Kermadec Finance", "ORG"), E("Prisme Valeurs", "ORG"), E("CFE-CGC", "ORG"),
     E("LinkedIn", "ORG", opt=True)] + NET,
    [
     Q(I, "« une année de conquête »", GMS, "promet", opt=True),
     Q(D, "une année de conquête", GMS, "promet", nth=0, v="role"),
     Q(D, "Nous avons fait le ménage dans nos coûts, maintenant nous allons chercher la croissance. 2027 sera une année de conquête", GMS, "a déclaré", v="name"),
     Q(D, "Ces décisions étaient douloureuses, mais sans elles nous ne serions plus là", GMS, "a-t-il ajouté", v="pron"),
     Q(I, "la dette nette a été ramenée à 210 millions d'euros", IHA, "Selon"),
     Q(I, "le groupe proposerait un dividende de 0,45 euro par action, le premier depuis 2023", IHA, "a indiqué"),
     Q(D, "La priorité reste le désendettement, mais nous pouvons de nouveau rémunérer ceux qui nous ont fait confiance", IHA, "a-t-elle précisé", v="pron"),
     Q(D, "Les résultats sont solides, mais le carnet de commandes américain reste le point faible", "Youssef Benali-Marchand", "tempère", v="name"),
     Q(I, "la marge opérationnelle « peut encore gagner deux points » d'ici à 2028", "Prisme Valeurs", "Pour"),
     Q(D, "peut encore gagner deux points", "Prisme Valeurs", "Pour", v="inst"),
     Q(I, "un dividende « versé sur le dos des salariés licenciés »", "CFE-CGC", "a dénoncé", opt=True),
     Q(D, "versé sur le dos des salariés licenciés", "CFE-CGC", "a dénoncé", v="inst"),
     Q(D, "On a supprimé 540 emplois et on distribue 20 millions aux actionnaires", "CFE-CGC", "a réagi", v="inst"),
     Q(D, "Nous n'avons aucun projet de fermeture en France", GMS, "a assuré", v="role")],
    [("Le Fil Éco", "Entreprises"), ("Lecture 3 min.", "Lecture 3 min."), ("Lire aussi", "concurrence chinoise"),
     ("Partager :", "newsletter du Fil Éco")])


LB = "Laiteries Brévane"
HOL = "Henrik Østergaard-Lind"
BRV = "Bénédicte de Roncourt-Vigier"
OPLO = "Organisation des producteurs de lait de l'Ouest"
AMF = "Autorité des marchés financiers"
MEF = "ministère de l'Économie"
# ---------------------------------------------------------------- 02
SPEC["02_afp_opa_brevane"] = (
    [E("Nordmejeri", "ORG"), E(LB, "ORG"), E("Brévane", "ORG", LB), E("PARIS", "LOC", "Paris"),
     E("AFP", "ORG", "Agence France-Presse"), E(HOL, "PER"), E(BRV, "PER"), E("Normandie", "LOC"),
     E("FNSEA", "ORG"), E("Manche", "LOC"), E("Aarhus", "LOC"), E("Anne-Laure Quesnel", "PER"),
     E("Saint-Lô", "LOC"), E(OPLO, "ORG"), E("OPLO", "ORG", OPLO), E("Bercy", "LOC", opt=True),
     E(MEF, "ORG", opt=True), E(AMF, "ORG"), E("AMF", "ORG", AMF), E("Sacha Lemaire-Costa", "PER"),
     E("Brenac & Associés", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(I, "« une offre hostile »", BRV, "selon", opt=True),
     Q(D, "une offre hostile", BRV, "selon", nth=0, v="role"),
     Q(D, "hostile", "direction", "a qualifiée", nth=1, v="inst"),
     Q(D, "Notre offre est généreuse, elle est entièrement en numéraire et elle donne aux Laiteries Brévane les moyens de rester un acteur européen de premier plan", HOL, "a déclaré", v="name"),
     Q(I, "l'offre « sous-évalue profondément » l'entreprise et ses perspectives", "conseil d'administration des " + LB, "a estimé"),
     Q(D, "sous-évalue profondément", "conseil d'administration des " + LB, "a estimé", v="inst"),
     Q(D, "Nous n'avons jamais été consultés. On découvre une offre hostile par un communiqué de presse", BRV, "a réagi", v="name"),
     Q(I, "étudier « toutes les options »", BRV, "dit"),
     Q(D, "toutes les options", BRV, "dit", v="pron"),
     Q(I, "elle serait « très réservée » sur le projet", None, "D'après"),
     Q(D, "très réservée", None, "D'après"),
     Q(I, "un possible « alignement des prix vers le bas »", "FNSEA", "s'inquiète", opt=True),
     Q(D, "alignement des prix vers le bas", "FNSEA", "s'inquiète", v="inst"),
     Q(D, "Un groupe qui a son centre de décision à Aarhus regardera nos fermes comme une ligne de tableur", "Anne-Laure Quesnel", "redoute", v="name"),
     Q(I, "l'opération fera l'objet d'un examen au titre du contrôle des investissements étrangers, le lait infantile produit par le groupe étant considéré comme sensible", MEF, "on indique"),
     Q(I, "ce contrôle « ne vise pas à bloquer, mais à protéger »", MEF, "a rappelé"),
     Q(D, "ne vise pas à bloquer, mais à protéger", MEF, "a rappelé", v="inst"),
     Q(I, "une surenchère « n'est pas exclue » si un industriel français se manifeste", "Sacha Lemaire-Costa", "Pour"),
     Q(D, "n'est pas exclue", "Sacha Lemaire-Costa", "Pour", v="name"),
     Q(D, "Nous irons jusqu'au bout", HOL, "a prévenu", v="role")],
    [("fjm-eb/ak/cbn", "© Agence France-Presse")])


JBN = "Jean-Baptiste Ndiaye-Lormier"
# ---------------------------------------------------------------- 03
SPEC["03_greve_fonderie"] = (
    [E("Le Journal de la Haute-Marne", "ORG"), E("Saint-Dizier", "LOC"), E("Fonderie Argonne", "ORG"),
     E("Argonne", "ORG", "Fonderie Argonne"), E("Kessler Guss", "ORG"), E("Kessler", "ORG", "Kessler Guss"),
     E("Mathis Kowalczyk", "PER"), E("CGT", "ORG"), E("FO", "ORG"), E(JBN, "PER"), E("Chemnitz", "LOC"),
     E("Océane Da Silva", "PER"), E("Rachid Belhadj", "PER"), E("Haute-Marne", "LOC")] + NET,
    [
     Q(D, "On ne lâchera pas", JBN, "préviennent", nth=0, v="role"),
     Q(D, "On ne lâchera pas tant qu'on n'aura pas un papier signé. Les gars ont fait des heures sup' tout l'été pour livrer Kessler, et aujourd'hui on nous parle de gel des salaires", JBN, "lance", v="name"),
     Q(I, "la production a déjà été transférée en partie vers l'usine sœur de Chemnitz", JBN, "affirme"),
     Q(D, "Ils vident le site par petits bouts", JBN, "assure-t-il", v="pron"),
     Q(I, "tout projet de délocalisation", "direction", "dément", opt=True),
     Q(D, "Le site de Saint-Dizier a toute sa place dans le groupe. Mais nous ne pouvons pas accorder une hausse que nos clients automobiles ne paieront pas", "direction", "fait-elle savoir", v="inst"),
     Q(D, "insultante", "grévistes", "jugée", v="inst"),
     Q(D, "Avec 1 640 euros par mois et deux enfants, je ne vois pas comment je pourrais dire non à la grève.", "Océane Da Silva", None, v="ctx"),
     Q(I, "de « revenir autour de la table sans préalable »", "maire de Saint-Dizier", "a demandé"),
     Q(D, "revenir autour de la table sans préalable", "maire de Saint-Dizier", "a demandé", v="pron"),
     Q(I, "une médiation pourrait être organisée dès mercredi", "sous-préfecture de Saint-Dizier", "Selon"),
     Q(D, "L'État est disponible pour faciliter le dialogue", "sous-préfet de Saint-Dizier", "a indiqué", v="func"),
     Q(I, "la direction « joue la montre » en espérant un essoufflement du mouvement", "FO", "Pour"),
     Q(D, "joue la montre", "FO", "Pour", v="inst"),
     Q(D, "Chaque jour de blocage lui coûte plus cher que ce qu'on demande", "Rachid Belhadj", "calcule", v="name"),
     Q(I, "le site comptait 520 salariés en 2015, contre 310 aujourd'hui", "Rachid Belhadj", "rappelle")],
    [("Le Journal de la Haute-Marne", "Économie"), ("Lire aussi", "400 soudeurs"), ("Réagir |", "Partager sur X")])


HS = "Hexalia Santé"
CNIL = "Commission nationale de l'informatique et des libertés"
FAM = "Florian Audibert-Mensah"
LFA = "Loïc Ferrand-Abadie"
ANSSI = "Agence nationale de la sécurité des systèmes d'information"
# ---------------------------------------------------------------- 04
SPEC["04_fuite_mutuelle"] = (
    [E("Clic Actu", "ORG"), E(HS, "ORG"), E("Cnil", "ORG", CNIL), E("Yasmine Tordjman-Roux", "PER"),
     E("Nantes", "LOC"), E("NoirCanal", "ORG"), E(FAM, "PER"), E(CNIL, "ORG"), E(LFA, "PER"),
     E("UFC-Que Choisir", "ORG"), E(ANSSI, "ORG"), E("Anssi", "ORG", ANSSI), E("Brest", "LOC"),
     E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "saisie", None, None, opt=True),
     Q(I, "un pirate avait pu copier les données personnelles de 1,8 million d'adhérents entre le 24 et le 29 novembre", HS, "a reconnu"),
     Q(D, "Nous présentons nos excuses à nos adhérents. Aucune donnée médicale n'a été dérobée, mais les informations exposées sont sensibles", FAM, "a déclaré", v="name"),
     Q(I, "l'intrusion est passée par le compte d'un prestataire chargé de la maintenance", FAM, "Selon"),
     Q(D, "Ce prestataire disposait d'accès beaucoup trop larges, c'est une erreur que nous assumons", FAM, "a-t-il reconnu", v="pron"),
     Q(I, "avoir été notifiée et avoir ouvert une procédure de contrôle", CNIL, "a confirmé"),
     Q(I, "les victimes “doivent être informées individuellement et sans délai”", "présidente de la Cnil", "rappelle"),
     Q(D, "doivent être informées individuellement et sans délai", "présidente de la Cnil", "rappelle", v="func"),
     Q(I, "le volume de données rend la fuite “particulièrement exploitable”", LFA, "Pour"),
     Q(D, "particulièrement exploitable", LFA, "Pour", v="name"),
     Q(D, "Avec un nom, un IBAN et un numéro de sécu, un escroc peut se faire passer pour votre banque de façon très crédible", LFA, "explique-t-il", v="pron"),
     Q(I, "de ne jamais communiquer de code par téléphone", LFA, "conseille"),
     Q(I, "elle étudiait une action de groupe", "UFC-Que Choisir", "a annoncé"),
     Q(D, "Les adhérents ont payé pour être protégés, pas pour voir leur vie exposée sur un forum", "UFC-Que Choisir", "a dénoncé", v="inst"),
     Q(I, "les mots de passe des espaces adhérents ont été réinitialisés", HS, "assure")],
    [("Clic Actu", "Cybersécurité"), ("À lire aussi", "ont fuité ?"), ("Partager sur LinkedIn", "Signaler une erreur")])

CE = "Commission européenne"
VPE = "vice-présidente exécutive de la Commission chargée du numérique"
MSA = "Maïté Schroeder-Albuquerque"
LEDN = "Ligue européenne des droits numériques"
PVB = "Pieter Van den Broeck"
# ---------------------------------------------------------------- 05
SPEC["05_afp_bruxelles_vibeo"] = (
    [E("Bruxelles", "LOC"), E("BRUXELLES", "LOC", "Bruxelles"), E("Vibeo", "ORG"),
     E("AFP", "ORG", "Agence France-Presse"), E(CE, "ORG"), E("Commission", "ORG", CE), E("DSA", "MISC"),
     E("Dublin", "LOC"), E(MSA, "PER"), E(LEDN, "ORG"), E("LEDN", "ORG", LEDN), E(PVB, "PER"),
     E("Agence France-Presse", "ORG")],
    [
     Q(I, "« mettre en danger » les mineurs", CE, "accusée de", opt=True),
     Q(D, "mettre en danger", CE, "accusée de", v="inst"),
     Q(I, "un système de recommandation qui « enferme les adolescents dans des spirales de contenus nocifs »", CE, "reproche", opt=True),
     Q(D, "enferme les adolescents dans des spirales de contenus nocifs", CE, "selon", v="inst"),
     Q(I, "de ne pas vérifier sérieusement l'âge de ses utilisateurs", CE, "soupçonne", opt=True),
     Q(D, "Les plateformes qui s'adressent à nos enfants ont des responsabilités particulières. Nous n'accepterons pas que leur modèle économique repose sur l'addiction", VPE, "a déclaré", v="func"),
     Q(I, "Vibeo disposait de trois semaines pour répondre", VPE, "a précisé"),
     Q(D, "Nous irons aussi loin que nécessaire", VPE, "a-t-elle ajouté", v="pron"),
     Q(I, "des demandes d'information avaient été adressées à Vibeo dès le printemps, sans réponse jugée satisfaisante", CE, "a indiqué"),
     Q(I, "« prendre acte » de la décision", "directeur des affaires publiques de Vibeo", "a dit"),
     Q(D, "prendre acte", "directeur des affaires publiques de Vibeo", "a dit", v="func"),
     Q(D, "Nous avons investi massivement dans la sécurité des jeunes utilisateurs et nous coopérerons pleinement avec la Commission", "Vibeo", "a assuré", v="inst"),
     Q(I, "« une décision attendue depuis trop longtemps »", MSA, "a salué", opt=True),
     Q(D, "une décision attendue depuis trop longtemps", MSA, "a salué", v="name"),
     Q(D, "Chaque mois de retard, ce sont des millions d'adolescents exposés", MSA, "a-t-elle insisté", v="pron"),
     Q(I, "les sanctions soient « exemplaires »", MSA, "réclame"),
     Q(D, "exemplaires", MSA, "réclame", v="pron"),
     Q(I, "l'enquête devra aussi porter sur la collecte des données", LEDN, "Pour"),
     Q(I, "la vérification d'âge « ne doit pas devenir un prétexte à la surveillance de tous »", PVB, "estime"),
     Q(D, "ne doit pas devenir un prétexte à la surveillance de tous", PVB, "estime", v="name"),
     Q(D, "Il existe des solutions respectueuses de la vie privée", PVB, "souligne-t-il", v="pron")],
    [("ad/mla/gd", "© Agence France-Presse")])


ARS6 = "agence régionale de santé Bourgogne-Franche-Comté"
DGARS = "directeur général de l'ARS Bourgogne-Franche-Comté"
CHI = "centre hospitalier intercommunal de Haute-Comté"
AVO = "Audrey Villemin-Oudot"
JBR = "Justine Brûlé-Ramirez"
TPM = "Touche pas à ma mater'"
MP = "maire de Pontarlier"
DCH = "directeur du " + CHI
KH = "Karim Haddouche"
# ---------------------------------------------------------------- 06
SPEC["06_ars_maternite"] = (
    [E("L'Est Comtois", "ORG"), E("Haut-Doubs", "LOC"), E("Pontarlier", "LOC"), E("ARS", "ORG", ARS6),
     E("agence régionale de santé", "ORG", ARS6, opt=True), E("Besançon", "LOC"),
     E("Pauline Girardot-N'Guessan", "PER"), E("Doubs", "LOC"), E("Bourgogne-Franche-Comté", "LOC"),
     E(CHI, "ORG", opt=True), E(AVO, "PER"), E(TPM, "ORG"), E(JBR, "PER"),
     E("CHU", "ORG", "CHU de Besançon", opt=True), E(KH, "PER"), E("Haddouche", "PER", KH), E("Jura", "LOC"), E("Champagnole", "LOC")],
    [
     Q(D, "une décision de sécurité", ARS6, None, v="inst"),
     Q(I, "la fermeture temporaire du bloc d'accouchement à partir du 1er janvier", ARS6, "a annoncé", opt=True),
     Q(I, "les accouchements seraient suspendus au centre hospitalier intercommunal de Haute-Comté du 1er janvier au 31 mars", ARS6, "a confirmé"),
     Q(D, "Nous ne pouvons pas garantir la présence d'un anesthésiste la nuit. Maintenir l'activité dans ces conditions, ce serait faire courir un risque aux mères et aux bébés", DGARS, "a justifié", v="func"),
     Q(I, "quatre postes de praticiens sur sept sont vacants", ARS6, "Selon"),
     Q(I, "un \"dispositif renforcé\" de transport sera mis en place", ARS6, "promet"),
     Q(D, "dispositif renforcé", ARS6, "promet", v="inst"),
     Q(D, "On nous parle de trois mois, mais tout le monde sait comment ça finit. Une maternité qui ferme ne rouvre jamais", AVO, "dit-elle", v="pron"),
     Q(I, "en hiver, la route vers Besançon, 60 kilomètres de virages, \"peut prendre deux heures quand il neige\"", AVO, "rappelle"),
     Q(D, "peut prendre deux heures quand il neige", AVO, "rappelle", v="pron"),
     Q(D, "Les femmes du Haut-Doubs ne sont pas des citoyennes de seconde zone", TPM, "martèle", v="inst"),
     Q(D, "Nous irons jusqu'au ministère s'il le faut", JBR, "prévient-elle", v="pron"),
     Q(I, "une \"fermeture déguisée\"", MP, "a dénoncé", opt=True),
     Q(D, "fermeture déguisée", MP, "a dénoncé", v="func"),
     Q(I, "de \"mettre les moyens\" pour recruter", MP, "a demandé"),
     Q(D, "mettre les moyens", MP, "a demandé", v="pron"),
     Q(I, "des entretiens d'embauche sont en cours", "direction", "assure"),
     Q(D, "Deux anesthésistes pourraient nous rejoindre au printemps", DCH, "indique", v="func"),
     Q(D, "rien n'est signé", DCH, "reconnaît", v="pron"),
     Q(I, "l'afflux de patientes \"sera absorbé, mais au prix d'une tension supplémentaire\"", KH, "Pour"),
     Q(D, "sera absorbé, mais au prix d'une tension supplémentaire", KH, "Pour", v="name"),
     Q(I, "\"une vraie coopération\" entre les deux établissements, \"plutôt qu'une fermeture sèche\"", KH, "plaide", opt=True),
     Q(D, "une vraie coopération", KH, "plaide", v="name"),
     Q(D, "plutôt qu'une fermeture sèche", KH, "plaide", v="name")],
    [("L'Est Comtois", "Santé"), ("A lire aussi", "Newsletter Haut-Doubs")])


AKB = "Amadou Keïta-Brunel"
CADRE = "cadre de santé du service des urgences de l'hôpital de Montluçon"
DIRH = "directrice de l'hôpital de Montluçon"
ARS7 = "agence régionale de santé Auvergne-Rhône-Alpes"
# ---------------------------------------------------------------- 07
SPEC["07_urgences_montlucon"] = (
    [E("La Montagne du Cher et de l'Allier", "ORG"), E("Allier", "LOC"), E("Montluçon", "LOC"),
     E("Lou-Anne Perrichon", "PER"), E(AKB, "PER"), E("Maëva Tissier", "PER"), E("Sud Santé", "ORG"),
     E("Nadia Oukacha", "PER"), E("agence régionale de santé", "ORG", ARS7, opt=True),
     E("Auvergne-Rhône-Alpes", "LOC")] + NET,
    [
     Q(D, "On travaille en mode dégradé tous les soirs", AKB, None, nth=0, v="role"),
     Q(D, "Ce soir, c'est une nuit normale. C'est bien ça le problème", AKB, "souffle", v="name"),
     Q(I, "trois postes d'urgentistes sur douze sont vacants depuis l'été", AKB, "explique"),
     Q(D, "On travaille en mode dégradé tous les soirs. On tient grâce aux intérimaires et aux heures supplémentaires", AKB, "poursuit-il", v="pron"),
     Q(I, "elle a déjà vu une patiente de 91 ans passer vingt heures sur un brancard", "Maëva Tissier", "raconte"),
     Q(D, "Je rentre chez moi en me demandant ce que j'ai oublié. On n'est pas faits pour soigner à la chaîne", "Maëva Tissier", "confie", v="role"),
     Q(I, "« le manque de lits d'aval » est le nœud du problème", CADRE, "reconnaît"),
     Q(D, "le manque de lits d'aval", CADRE, "reconnaît", v="func"),
     Q(D, "Quand il n'y a plus de place en médecine, les patients restent chez nous", CADRE, "résume-t-elle", v="pron"),
     Q(I, "l'ouverture en janvier de douze lits supplémentaires de médecine polyvalente", "direction", "met en avant", opt=True),
     Q(D, "Nous avons recruté deux urgentistes qui arriveront au printemps", DIRH, "a précisé", v="func"),
     Q(I, "la fréquentation des urgences a bondi de 14 % en deux ans", DIRH, "Selon"),
     Q(I, "un service « à bout de souffle »", "Sud Santé", "parle", opt=True),
     Q(D, "à bout de souffle", "Sud Santé", "parle", v="inst"),
     Q(I, "un « plan d'urgence » pour l'hôpital", "Sud Santé", "réclame", opt=True),
     Q(D, "plan d'urgence", "Sud Santé", "réclame", v="inst"),
     Q(D, "Les agents tombent malades les uns après les autres", "Nadia Oukacha", "affirme", v="name"),
     Q(I, "les arrêts de travail ont doublé depuis 2024", "Nadia Oukacha", "estime"),
     Q(I, "suivre la situation « au quotidien »", ARS7, "assure"),
     Q(D, "au quotidien", ARS7, "assure", v="inst"),
     Q(I, "avant de se déplacer, les patients doivent appeler le 15", ARS7, "rappelle"),
     Q(D, "Si la grippe arrive comme l'an dernier, je ne sais pas comment on fera. On n'a plus de marge.", AKB, "Il a cette phrase", v="pron")],
    [("La Montagne du Cher", "Montluçon\n"), ("Lire aussi", "Envoyer par mail")])


LMA = "Ludivine Marchetti-Abboud"
PROC = "procureur de la République de Bergerac"
# ---------------------------------------------------------------- 08
SPEC["08_gendarmerie_cambriolages"] = (
    [E("Sud Périgord Info", "ORG"), E("Dordogne", "LOC"), E("Bergerac", "LOC"), E("Thibault Lacoste-Nakamura", "PER"),
     E("Prigonrieux", "LOC"), E("Sainte-Foy-la-Grande", "LOC"), E(LMA, "PER"), E("Lamonzie-Saint-Martin", "LOC"),
     E("Germaine Robineau", "PER"), E("Francis Delpech-Oyono", "PER"), E("Périgueux", "LOC")],
    [
     Q(D, "vérifier une fuite", None, None, opt=True),
     Q(I, "Trois hommes âgés de 22 à 41 ans ont été interpellés mardi à l'aube à Prigonrieux et à Sainte-Foy-la-Grande", "parquet de Bergerac", "a-t-on appris"),
     Q(D, "Le mode opératoire était toujours le même : l'un détournait l'attention de la victime pendant que l'autre fouillait les chambres", PROC, "a expliqué", v="func"),
     Q(I, "des bijoux, de l'or et près de 30 000 euros en liquide avaient été saisis", PROC, "a indiqué"),
     Q(D, "Cette enquête a été longue et minutieuse", PROC, "a-t-il souligné", v="pron"),
     Q(I, "les enquêteurs ont exploité des heures d'images de vidéoprotection et plusieurs signalements de voisins", "gendarmerie", "Selon"),
     Q(D, "C'est la vigilance des habitants qui a fait la différence", LMA, "insiste", v="name"),
     Q(I, "les familles à « ne jamais laisser entrer » un inconnu sans vérifier sa carte professionnelle", LMA, "appelle"),
     Q(D, "ne jamais laisser entrer", LMA, "appelle", v="role"),
     Q(D, "Il était très poli, il m'a même aidée à porter mes courses. Je ne me suis méfiée de rien", "Germaine Robineau", "raconte-t-elle", v="pron"),
     Q(I, "n'avoir « plus dormi sans tirer le verrou » depuis", "Germaine Robineau", "dit"),
     Q(D, "plus dormi sans tirer le verrou", "Germaine Robineau", "dit", v="role"),
     Q(D, "J'ai trouvé bizarre une camionnette sans logo qui tournait dans le hameau", "Francis Delpech-Oyono", "explique", v="role"),
     Q(I, "il recommencerait « sans hésiter »", "Francis Delpech-Oyono", "assure"),
     Q(D, "sans hésiter", "Francis Delpech-Oyono", "assure", v="pron"),
     Q(I, "« un soulagement pour tout le village »", "maire de Lamonzie-Saint-Martin", "salue", opt=True),
     Q(D, "un soulagement pour tout le village", "maire de Lamonzie-Saint-Martin", "salue", v="func")],
    [("Sud Périgord Info", "Dordogne\n"), ("Lire aussi", "newsletter")])

DPM = "Didier Porcheron-Makhlouf"
SLG = "Sandrine Le Goff-Amrani"
HS9 = "Héloïse Stanković"
# ---------------------------------------------------------------- 09
SPEC["09_tribunal_tresorier"] = (
    [E("Le Courrier du Maine", "ORG"), E("Sarthe", "LOC"), E("Mans", "LOC", "Le Mans"), E("Le Mans", "LOC"),
     E(DPM, "PER"), E("AS Coulaines Handball", "ORG"), E("Inès Vautrin-Kaboré", "PER"), E(SLG, "PER"),
     E(HS9, "PER")],
    [
     Q(D, "J'ai eu honte tous les jours. Je me disais que j'allais tout remettre avant la fin de la saison", DPM, "a déclaré", v="name"),
     Q(I, "pourquoi il n'avait jamais alerté le bureau du club", "présidente du tribunal correctionnel du Mans", "a demandé"),
     Q(D, "Parce que c'était mes amis", DPM, "a répondu", v="role"),
     Q(I, "le prévenu a «trahi la confiance de centaines de familles» qui payaient leur licence", "procureure", "Pour"),
     Q(D, "trahi la confiance de centaines de familles", "procureure", "Pour", v="func"),
     Q(D, "Ce n'est pas un moment d'égarement, c'est un système organisé sur cinq ans, avec de fausses factures", "procureure", "a-t-elle insisté", v="pron"),
     Q(I, "dix-huit mois d'emprisonnement avec sursis et une interdiction d'exercer toute fonction associative", "procureure", "requérir", opt=True),
     Q(I, "une association «au bord du dépôt de bilan» en 2023", SLG, "a décrit", opt=True),
     Q(D, "au bord du dépôt de bilan", SLG, "a décrit", v="name"),
     Q(D, "On a dû supprimer un stage de jeunes et augmenter les cotisations. Des gamins ont arrêté le hand à cause de ça", SLG, "a-t-elle témoigné", v="pron"),
     Q(I, "le club réclamait le remboursement intégral des sommes", SLG, "a précisé"),
     Q(I, "la «descente aux enfers» d'un homme «malade du jeu»", HS9, "a plaidé", opt=True),
     Q(D, "descente aux enfers", HS9, "a plaidé", v="name"),
     Q(D, "malade du jeu", HS9, "a plaidé", v="name"),
     Q(D, "Mon client a tout avoué dès sa première audition, il a vendu sa maison pour rembourser. Il ne s'est pas enrichi, il s'est noyé", HS9, "a lancé", v="role"),
     Q(I, "de ne pas prononcer d'interdiction, qui empêcherait son client de «retrouver une place dans la vie sociale»", HS9, "a demandé"),
     Q(D, "retrouver une place dans la vie sociale", HS9, "a demandé", v="pron"),
     Q(D, "Je demande pardon aux joueurs, aux parents, aux entraîneurs.", DPM, None, v="ctx")],
    [("Le Courrier du Maine", "Justice"), ("Lire aussi", "Commenter")])


TLB = "Tanguy Le Bihan-Moreau"
EA = "L'Écho d'Armor"
SDJ = "Société des journalistes"
SNJ = "Syndicat national des journalistes"
AMD = "Antoine Massonnet-Diaw"
DIRS = "directeur sortant de L'Écho d'Armor"
# ---------------------------------------------------------------- 10
SPEC["10_rachat_journal"] = (
    [E("Médias & Co", "ORG"), E(EA, "ORG"), E("Altaris Médias", "ORG"), E("Altaris", "ORG", "Altaris Médias"),
     E(TLB, "PER"), E("Élodie Mavridis", "PER"), E(SDJ, "ORG"), E("SDJ", "ORG", SDJ), E(SNJ, "ORG"),
     E("SNJ", "ORG", SNJ), E("Gwenaëlle Kerjean", "PER"), E(AMD, "PER"), E("université Rennes 2", "ORG", opt=True),
     E("ministère de la Culture", "ORG", opt=True), E("Radio Penn-ar-Bed", "ORG"),
     E("LinkedIn", "ORG", opt=True)] + NET,
    [
     Q(D, EA, None, None, opt=True, nth=0),
     Q(I, "une “reprise en main éditoriale”", "journalistes", "dénoncent", opt=True),
     Q(D, "reprise en main éditoriale", "journalistes", "dénoncent", v="inst"),
     Q(D, "On nous impose un directeur qui n’a jamais travaillé dans la presse écrite, avec pour mission explicite de ‘mutualiser les contenus’", SDJ, "a dénoncé", v="inst"),
     Q(I, "de toute ingérence", TLB, "se défend", opt=True),
     Q(D, "Je n’ai jamais appelé un journaliste pour lui dire quoi écrire et je ne commencerai pas", TLB, "a-t-il assuré", v="pron"),
     Q(I, "le titre, qui perdait 1,2 million d’euros par an, “n’aurait pas passé l’hiver” sans repreneur", TLB, "affirme"),
     Q(D, "n’aurait pas passé l’hiver", TLB, "affirme", v="pron"),
     Q(D, "Mon seul objectif, c’est que ce journal existe encore dans dix ans", TLB, "a ajouté", v="role"),
     Q(I, "quatorze postes sur soixante pourraient être supprimés d’ici à 2028", SNJ, "Selon"),
     Q(D, "On ne fait pas un journal avec des contenus recyclés de la radio", "Gwenaëlle Kerjean", "estime", v="name"),
     Q(I, "ses anciens collègues à “défendre ce qui fait la force du titre : le terrain”", DIRS, "a appelé"),
     Q(D, "défendre ce qui fait la force du titre : le terrain", DIRS, "a appelé", v="func"),
     Q(I, "les ventes papier ont reculé de 30 % en cinq ans", DIRS, "Selon"),
     Q(I, "ce type de rachat “suit un schéma désormais classique” de concentration", AMD, "Pour"),
     Q(D, "suit un schéma désormais classique", AMD, "Pour", v="name"),
     Q(I, "les pouvoirs publics devraient conditionner les aides à la presse à des garanties d’indépendance", AMD, "estime")],
    [("Médias & Co", "Presse régionale\n"), ("À lire aussi", "LinkedIn")])


CDA = "Capucine Delorme-Achterberg"
CROP = "conseil régional de l'ordre des pharmaciens"
PCROP = "président du " + CROP
ANSM = "Agence nationale de sécurité du médicament et des produits de santé"
DDARS = "directeur de la délégation départementale de l'agence régionale de santé"
# ---------------------------------------------------------------- 11
SPEC["11_penurie_antibiotiques"] = (
    [E("Le Progrès de l'Ain", "ORG"), E("Bourg-en-Bresse", "LOC"), E("Ain", "LOC"), E("Nathanaël Oyono-Berthet", "PER"),
     E("rue Bourgmayer", "LOC", opt=True), E(CDA, "PER"), E(CROP, "ORG", opt=True), E(ANSM, "ORG"),
     E("ANSM", "ORG", ANSM), E("Oyonnax", "LOC"), E("Farid Benslimane", "PER"), E("Léa Fournier-Guèye", "PER"),
     E("agence régionale de santé", "ORG", opt=True), E("Pharmaval", "ORG"), E("Lyon", "LOC"),
     E("Olivier Szymański", "PER"), E("Noël", "MISC", opt=True), E("Bourg", "LOC", "Bourg-en-Bresse")],
    [
     Q(D, "On fait du bricolage tous les jours", CDA, "alertent", nth=0, v="role"),
     Q(I, "un retour à la normale « d'ici à la mi-janvier »", "autorités sanitaires", "promettent", opt=True),
     Q(D, "d'ici à la mi-janvier", "autorités sanitaires", "promettent", v="inst"),
     Q(D, "Ça fait trois semaines que je n'ai plus reçu un seul flacon d'amoxicilline pédiatrique. On fait du bricolage tous les jours", CDA, "explique", v="name"),
     Q(I, "« près d'une officine sur deux » est en rupture", PCROP, "estime"),
     Q(D, "près d'une officine sur deux", PCROP, "estime", v="func"),
     Q(D, "Nous passons des heures au téléphone avec les grossistes au lieu de conseiller les patients", PCROP, "déplore-t-il", v="pron"),
     Q(I, "des « tensions d'approvisionnement » sur plusieurs antibiotiques", ANSM, "a confirmé", opt=True),
     Q(D, "tensions d'approvisionnement", ANSM, "a confirmé", v="inst"),
     Q(I, "la production mondiale n'a pas suivi la hausse de la demande liée aux épidémies hivernales", ANSM, "Selon"),
     Q(I, "de « privilégier les formes en comprimés » chaque fois que l'âge de l'enfant le permet", ANSM, "recommande"),
     Q(D, "privilégier les formes en comprimés", ANSM, "recommande", v="inst"),
     Q(I, "adapter ses prescriptions au jour le jour", "Farid Benslimane", "dit"),
     Q(D, "J'appelle la pharmacie avant d'écrire l'ordonnance. C'est absurde, mais c'est ça ou renvoyer une maman faire dix kilomètres pour rien", "Farid Benslimane", "raconte", v="name"),
     Q(I, "de revenir lundi", None, "On m'a dit", opt=True),
     Q(D, "On m'a dit de revenir lundi. Avec un bébé de huit mois qui a de la fièvre, lundi, c'est loin", "Léa Fournier-Guèye", "témoigne", v="role"),
     Q(I, "la situation était « suivie de très près »", DDARS, "a assuré"),
     Q(D, "suivie de très près", DDARS, "a assuré", v="func"),
     Q(I, "les parents pouvaient appeler le 15 en cas de doute", DDARS, "a rappelé"),
     Q(I, "avoir relancé une ligne de production à Lyon", "Pharmaval", "indique"),
     Q(D, "Les premiers lots seront livrés aux grossistes avant Noël", "Olivier Szymański", "assure", v="name")],
    [("Le Progrès de l'Ain", "Santé"), ("Lire aussi", "Partager cet article")])


JMV = "Jean-Marc Vanhoutte"
RAK = "Rodolphe Ait-Kaci"
CH12 = "Clémentine Huygens"
# ---------------------------------------------------------------- 12
SPEC["12_proces_chute_echafaudage"] = (
    [E("L'Observateur du Hainaut", "ORG"), E("Valenciennes", "LOC"), E("Denain", "LOC"), E("Kévin Dufresnoy", "PER"),
     E(JMV, "PER"), E("Sophie Lemaire-Baptiste", "PER"), E("Toitures Vanhoutte", "ORG"), E(RAK, "PER"),
     E("Aurélie Mbemba", "PER"), E(CH12, "PER"), E("Nord", "LOC")],
    [
     Q(I, "aucun garde-corps n'avait été installé et le harnais du jeune homme n'était pas accroché", "inspection du travail", "Selon"),
     Q(D, "On devait finir avant la pluie. J'aurais dû tout arrêter, je le sais", JMV, "a reconnu", v="name"),
     Q(I, "il avait déjà reçu des observations sur la sécurité de ses chantiers", "président du tribunal correctionnel de Valenciennes", "a demandé"),
     Q(D, "Une fois, en 2022. On avait corrigé", JMV, "a répondu", v="role"),
     Q(I, "il ne s'agit pas d'un accident mais « d'une négligence répétée »", RAK, "Pour"),
     Q(D, "d'une négligence répétée", RAK, "Pour", v="name"),
     Q(D, "Les garde-corps dormaient au dépôt. On a préféré gagner une demi-journée plutôt que de protéger un homme", RAK, "a-t-il plaidé", v="pron"),
     Q(I, "180 000 euros de dommages et intérêts pour les parents et la compagne de la victime", RAK, "a réclamé", opt=True),
     Q(I, "quand son papa rentre du travail", "fils d'Aurélie Mbemba", "demande", opt=True),
     Q(D, "Notre fils avait deux ans. Il me demande encore quand son papa rentre du travail.", "Aurélie Mbemba", None, v="ctx"),
     Q(I, "un an d'emprisonnement avec sursis, 30 000 euros d'amende et une interdiction de gérer pendant cinq ans", "substitut du procureur", "a requis", opt=True),
     Q(D, "La sécurité n'est pas une option qu'on coche quand le planning le permet", "substitut du procureur", "a insisté", v="func"),
     Q(I, "son client n'avait « jamais cherché à fuir ses responsabilités »", CH12, "a souligné"),
     Q(D, "jamais cherché à fuir ses responsabilités", CH12, "a souligné", v="name"),
     Q(D, "Il a perdu un salarié qu'il considérait comme son fils. Il vit avec ça tous les jours", CH12, "a plaidé", v="role"),
     Q(I, "l'interdiction de gérer soit écartée, afin de préserver les six emplois de l'entreprise", CH12, "a demandé")],
    [("L'Observateur du Hainaut", "Justice\n"), ("Lire aussi", "newsletter")])


if __name__ == "__main__":
    main(SPEC, HERE)
