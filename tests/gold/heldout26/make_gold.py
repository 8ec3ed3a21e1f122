#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout26 (BLIND) with exact offsets.

    python3 tests/gold/heldout26/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout26/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout26/make_gold.py --show   # print every annotation in context

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

GPM = "Gérard Pouliquen-Marchal"
SBR = "Samira Belkacem-Roux"
ADJ = "adjointe aux finances de Château-Rochebrune"
NDV = "Nageurs de la Vallée"
CRC1 = "chambre régionale des comptes des Pays de la Loire"
# ---------------------------------------------------------------- 01
SPEC["01_budget_conseil_municipal"] = (
    [E("L'Écho de la Vallée", "ORG"), E("Mayenne", "LOC"), E("Château-Rochebrune", "LOC"),
     E("Corentin Le Bihan-Moreau", "PER"), E(GPM, "PER"), E(SBR, "PER"), E("Rochebrune Autrement", "ORG"),
     E(NDV, "ORG"), E("Odile Fontaine-Nakamura", "PER"), E("Laval", "LOC"), E("Région", "ORG", opt=True),
     E(CRC1, "ORG", opt=True), E("WhatsApp", "ORG", opt=True)] + NET,
    [
     Q(D, "On ne peut pas tout financer", GPM, "prévient", nth=0, v="role"),
     Q(D, "On ne peut pas tout financer avec les mêmes recettes quand l'énergie a coûté 40 % de plus à la commune", GPM, "a-t-il expliqué", v="pron"),
     Q(D, "Sans cette hausse, nous aurions dû emprunter deux millions de plus", ADJ, "a-t-elle assuré", v="pron"),
     Q(I, "la dette par habitant restait « inférieure à la moyenne des villes de notre strate »", ADJ, "précisant"),
     Q(D, "inférieure à la moyenne des villes de notre strate", ADJ, "précisant", v="pron"),
     Q(I, "« un matraquage fiscal déguisé en responsabilité »", SBR, "a dénoncé", opt=True),
     Q(D, "un matraquage fiscal déguisé en responsabilité", SBR, "a dénoncé", v="name"),
     Q(D, "Les familles paient deux fois : à la boulangerie et sur leur avis d'imposition", SBR, "a-t-elle lancé", v="pron"),
     Q(I, "un audit des dépenses de communication", SBR, "réclamer", opt=True),
     Q(I, "le budget de l'événementiel a doublé en trois ans", SBR, "Selon"),
     Q(I, "une « promesse trahie »", NDV, "parle", opt=True),
     Q(D, "promesse trahie", NDV, "parle", v="inst"),
     Q(D, "Nos enfants apprendront à nager à Laval, à quarante minutes de bus", "Odile Fontaine-Nakamura", "déplore", v="name"),
     Q(I, "le chantier, estimé à 9 millions d'euros, ne pourrait démarrer « qu'avec l'aide de la Région et de l'État »", GPM, "a répliqué"),
     Q(D, "qu'avec l'aide de la Région et de l'État", GPM, "a répliqué", v="role"),
     Q(D, "Je préfère une piscine en 2029 qu'une faillite en 2027", GPM, "a lancé", v="role"),
     Q(I, "la situation financière de la commune « tendue mais maîtrisée »", CRC1, "jugé", opt=True),
     Q(D, "tendue mais maîtrisée", CRC1, "jugé", v="inst")],
    [("L'Écho de la Vallée", "L'Écho de la Vallée"), ("Accueil > Mayenne", "Politique locale"),
     ("Lire aussi", "actualité de la Mayenne")])


KHF = "Karim Haddad-Ferrand"
TDL = "Thibault d'Argenson-Lamy"
PADJ = "premier adjoint de Saint-Jory-les-Vignes"
PRHG = "préfecture de la Haute-Garonne"
# ---------------------------------------------------------------- 02
SPEC["02_maire_opposition_halles"] = (
    [E("Le Petit Toulousain", "ORG"), E("Haute-Garonne", "LOC"), E("Saint-Jory-les-Vignes", "LOC"),
     E("Inès Caballero-Dumas", "PER"), E("Occitalia Promotion", "ORG"), E(KHF, "PER"), E("Saint-Jory Ensemble", "ORG"),
     E("Domaines", "ORG", opt=True), E(TDL, "PER"), E("Les Amis des Halles", "ORG"), E("Marcel Lafourcade", "PER"),
     E("Toulouse", "LOC")],
    [
     Q(D, "Un bradage du patrimoine", KHF, "accuse", nth=0, v="role"),
     Q(I, "le prix est “très inférieur à la valeur du bâtiment”", KHF, "Pour"),
     Q(D, "très inférieur à la valeur du bâtiment", KHF, "Pour", v="name"),
     Q(D, "incomplète", KHF, "juge", v="pron"),
     Q(D, "Un bradage du patrimoine communal au profit d'un promoteur qui n'a jamais construit ici", KHF, "a-t-il tonné", v="pron"),
     Q(I, "la vente avait été “menée dans la transparence la plus totale”", TDL, "a assuré"),
     Q(D, "menée dans la transparence la plus totale", TDL, "a assuré", v="name"),
     Q(D, "Ces halles sont fermées depuis onze ans. Elles coûtent 60 000 euros par an en entretien et ne servent à personne", TDL, "a martelé", v="role"),
     Q(I, "dix-huit logements, dont six sociaux, et un marché couvert au rez-de-chaussée", TDL, "promet", opt=True),
     Q(I, "le projet avait été présenté en réunion publique en septembre", PADJ, "a rappelé"),
     Q(D, "Personne n'est venu avec une contre-proposition", PADJ, "a-t-il souligné", v="pron"),
     Q(D, "Nous saisirons le tribunal administratif si la délibération est transmise en l'état", "Marcel Lafourcade", "prévient", v="name"),
     Q(I, "avoir recensé “au moins trois irrégularités” dans la procédure", "Marcel Lafourcade", "dit"),
     Q(D, "au moins trois irrégularités", "Marcel Lafourcade", "dit", v="role"),
     Q(D, "On vend la mémoire du village pour boucher un trou dans le budget", "Marcel Lafourcade", "ajoute-t-il", v="pron"),
     Q(I, "la délibération fera l'objet “d'un examen attentif” au titre du contrôle de légalité", PRHG, "indique"),
     Q(D, "d'un examen attentif", PRHG, "indique", v="inst"),
     Q(D, "Des logements pour les jeunes, on en a besoin", None, "juge")],
    [("Le Petit Toulousain", "Le Petit Toulousain"), ("Haute-Garonne | Saint-Jory-les-Vignes", "Municipalité"),
     ("Sur le même sujet", "Imprimer")])


CD15 = "conseil départemental du Cantal"
BRA = "Bastien Roumégoux-Aldebert"
NEK = "Nadège Espinasse-Kowalski"
TDV = "Transports Delmas-Veyre"
CCI15 = "chambre de commerce et d'industrie du Cantal"
# ---------------------------------------------------------------- 03
SPEC["03_routes_departement_eboulement"] = (
    [E("La Montagne cantalienne", "ORG"), E("Cantal", "LOC"), E("RD 922", "LOC", opt=True),
     E("Département", "ORG", CD15, opt=True), E("Mathilde Vaissière", "PER"), E("Laroquebrou-Haute", "LOC"),
     E("Salers", "LOC"), E(BRA, "PER"), E("Mauriac", "LOC"), E(NEK, "PER"), E(TDV, "ORG"),
     E("Sylvain Delmas-Veyre", "PER"), E(CCI15, "ORG", opt=True), E("CCI", "ORG", CCI15)],
    [
     Q(D, "au moins jusqu'à l'été", CD15, "annonce", nth=0, v="inst"),
     Q(I, "La route départementale 922 restera fermée « au moins jusqu'à l'été »", CD15, "a annoncé"),
     Q(D, "au moins jusqu'à l'été", CD15, "a annoncé", nth=1, v="inst"),
     Q(D, "La falaise n'est pas stabilisée. Tant que les géologues ne nous donnent pas leur feu vert, personne ne passera", BRA, "a expliqué", v="name"),
     Q(I, "des filets de protection et des ancrages devront être posés sur près de 200 mètres", BRA, "Selon"),
     Q(I, "les communes enclavées « ne seront pas oubliées »", "président du " + CD15, "a promis"),
     Q(D, "ne seront pas oubliées", "président du " + CD15, "a promis", v="func"),
     Q(D, "La boulangerie a perdu un tiers de son chiffre d'affaires en trois semaines", NEK, "assure-t-elle", v="pron"),
     Q(I, "une navette gratuite pour les collégiens et les personnes âgées", NEK, "réclame", opt=True),
     Q(D, "On nous parle de l'été, mais l'hiver, c'est maintenant", NEK, "lance-t-elle", v="pron"),
     Q(I, "le détour coûte « près de 1 500 euros de gazole par semaine »", TDV, "Pour"),
     Q(D, "près de 1 500 euros de gazole par semaine", TDV, "Pour", v="inst"),
     Q(I, "attendre « un geste » du Département", "Sylvain Delmas-Veyre", "dit"),
     Q(D, "un geste", "Sylvain Delmas-Veyre", "dit", v="name"),
     Q(D, "On ne demande pas la charité, on demande qu'on tienne compte de nous", "Sylvain Delmas-Veyre", "insiste", v="role"),
     Q(I, "la mise en place d'un fonds d'urgence pour les commerçants de la vallée", CCI15, "a demandé", opt=True),
     Q(I, "« des dizaines d'emplois » sont menacés si la fermeture se prolonge", CCI15, "estime"),
     Q(D, "des dizaines d'emplois", CCI15, "estime", v="inst"),
     Q(I, "étudier une ouverture partielle, en alternat, « dès que les conditions de sécurité seront réunies »", BRA, "assure"),
     Q(D, "dès que les conditions de sécurité seront réunies", BRA, "assure", v="role"),
     Q(D, "correcte", None, "jugée", opt=True)],
    [("La Montagne cantalienne", "La Montagne cantalienne"), ("Accueil > Cantal > Routes", "Accueil > Cantal > Routes"),
     ("Lecture 3 min.", "Lecture 3 min."), ("À lire aussi", "newsletter Cantal")])


PF29 = "préfecture du Finistère"
PRF29 = "préfet du Finistère"
ARS29 = "agence régionale de santé de Bretagne"
CRC29 = "comité régional de la conchyliculture"
ERB = "Eau et Rivières de Bretagne"
CCPK = "communauté de communes du Pays de Kervellec"
# ---------------------------------------------------------------- 04
SPEC["04_afp_prefet_peche_pied"] = (
    [E("Finistère", "LOC"), E("Kervellec", "LOC"), E("QUIMPER", "LOC", "Quimper"), E("AFP", "ORG", "Agence France-Presse"),
     E("Escherichia coli", "MISC", opt=True), E("agence régionale de santé", "ORG", ARS29, opt=True),
     E("ARS", "ORG", ARS29), E("Bretagne", "LOC"), E("Plouzévet", "LOC"), E("Yannick Le Goff-Tanguy", "PER"),
     E(CRC29, "ORG", opt=True), E(ERB, "ORG"), E("Gwenola Ar Men", "PER"), E("Pays de Kervellec", "ORG", CCPK, opt=True),
     E("Agence France-Presse", "ORG")],
    [
     Q(I, "Le préfet du Finistère a pris vendredi un arrêté interdisant la pêche à pied de loisir et le ramassage des coquillages sur une quinzaine de kilomètres de côte autour de la baie de Kervellec, après la détection d'une contamination bactérienne", PF29, "a annoncé"),
     Q(I, "Des analyses réalisées mercredi ont mis en évidence des taux d'Escherichia coli « très supérieurs aux seuils sanitaires » dans les coques et les palourdes", PF29, "a précisé"),
     Q(D, "très supérieurs aux seuils sanitaires", PF29, "a précisé", v="inst"),
     Q(D, "jusqu'à nouvel ordre", PF29, None, v="ctx"),
     Q(D, "La consommation de ces coquillages expose à un risque réel de gastro-entérite, notamment pour les enfants et les personnes fragiles", PRF29, "a déclaré", v="func"),
     Q(I, "des contrôles seraient menés sur les plages dès ce week-end", PRF29, "a indiqué"),
     Q(I, "un dysfonctionnement de la station d'épuration de Plouzévet, saturée par les pluies de novembre", ARS29, "soupçonne", opt=True),
     Q(I, "une quarantaine de cas de troubles digestifs ont été signalés aux médecins du secteur depuis la mi-novembre", ARS29, "Selon"),
     Q(D, "Nos huîtres sont saines, mais les clients entendent “pollution” et n'achètent plus", "Yannick Le Goff-Tanguy", "regrette", v="name"),
     Q(I, "« une communication claire » de l'État pour éviter « l'amalgame »", CRC29, "réclame", opt=True),
     Q(D, "une communication claire", CRC29, "réclame", v="inst"),
     Q(D, "l'amalgame", CRC29, "réclame", v="inst"),
     Q(I, "« une pollution annoncée depuis des années »", ERB, "a dénoncé", opt=True),
     Q(D, "une pollution annoncée depuis des années", ERB, "a dénoncé", v="inst"),
     Q(I, "avoir alerté la communauté de communes sur la vétusté de la station dès 2023", ERB, "affirme"),
     Q(D, "Chaque hiver, c'est la même histoire, et chaque hiver on fait semblant de la découvrir", "Gwenola Ar Men", "a déclaré", v="name"),
     Q(I, "le lancement d'études pour agrandir la station, un chantier estimé à 6 millions d'euros", CCPK, "a annoncé", opt=True)],
    [("ygr-hdu/ial/bow", "© Agence France-Presse")])

RECT = "rectorat de l'académie de Limoges"
DASEN = "directrice académique des services de l'Éducation nationale de la Corrèze"
SNU = "SNUipp-FSU de la Corrèze"
LMR = "Lætitia Mbemba-Rouvière"
HLB = "Hervé Lachaud-Bonnefoy"
AMRC = "Association des maires ruraux de Corrèze"
# ---------------------------------------------------------------- 05
SPEC["05_rectorat_carte_scolaire"] = (
    [E("Le Limousin Libre", "ORG"), E("Corrèze", "LOC"), E("Armelle Tixier-Nguyen", "PER"), E("Limoges", "LOC"),
     E("Éducation nationale", "ORG", opt=True), E("France", "LOC"), E(SNU, "ORG"), E(LMR, "PER"),
     E("Chaumeil-le-Haut", "LOC"), E(HLB, "PER"), E(AMRC, "ORG"), E("FCPE", "ORG"), E("Tulle", "LOC"),
     E("conseil départemental de l'Éducation nationale", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)] + NET,
    [
     Q(D, "un choc", AMRC, "pour", v="inst"),
     Q(I, "«une baisse démographique sans précédent», avec 640 élèves de moins attendus dans les écoles du département", RECT, "invoque", opt=True),
     Q(D, "une baisse démographique sans précédent", RECT, "invoque", v="inst"),
     Q(D, "Nous ne fermons pas d'écoles, nous ajustons le nombre de classes au nombre d'enfants", DASEN, "a défendu", v="func"),
     Q(I, "le taux d'encadrement restera «parmi les plus favorables de France»", DASEN, "Selon"),
     Q(D, "parmi les plus favorables de France", DASEN, "Selon", v="pron"),
     Q(I, "«une saignée»", SNU, "dénonce", opt=True),
     Q(D, "une saignée", SNU, "dénonce", v="inst"),
     Q(I, "«au moins neuf écoles» qui passeront à classe unique", LMR, "a recensé", opt=True),
     Q(D, "au moins neuf écoles", LMR, "a recensé", v="name"),
     Q(D, "Une classe unique avec vingt-six élèves, de la petite section au CM2, ce n'est plus de la pédagogie, c'est de la garderie", LMR, "tranche", v="role"),
     Q(I, "une grève le 14 janvier", LMR, "annonce", opt=True),
     Q(D, "Nous ne lâcherons rien.", LMR, None, v="ctx"),
     Q(I, "avoir appris la nouvelle «par un courriel, un vendredi soir»", HLB, "dit"),
     Q(D, "par un courriel, un vendredi soir", HLB, "dit", v="name"),
     Q(D, "On a refait la cantine l'an dernier avec l'argent de l'État, et aujourd'hui l'État nous retire une classe", HLB, "s'agace-t-il", v="pron"),
     Q(I, "un moratoire", HLB, "demander", opt=True),
     Q(I, "un «choc»", AMRC, "parle", opt=True),
     Q(D, "choc", AMRC, "parle", nth=1, v="inst"),
     Q(D, "Quand l'école ferme, les jeunes familles ne viennent plus, et c'est tout le village qui meurt", "président de l'" + AMRC, "prévient", v="func"),
     Q(I, "les parents à occuper les écoles concernées «dès la semaine prochaine»", "FCPE", "appelle"),
     Q(D, "dès la semaine prochaine", "FCPE", "appelle", v="inst"),
     Q(D, "certaines mesures peuvent encore bouger", "recteur de l'académie de Limoges", "a reconnu", v="func"),
     Q(I, "«chaque situation sera réexaminée» avant le conseil départemental de l'Éducation nationale, prévu le 2 février", RECT, "assure"),
     Q(D, "chaque situation sera réexaminée", RECT, "assure", v="inst")],
    [("Le Limousin Libre", "Abonnés"), ("Cet article vous a intéressé", "Commentaires (12)")])


FDS = "FDSEA du Gers"
JAG = "Jeunes Agriculteurs du Gers"
LCD = "Laurent Castagnet-Doumenc"
MRO = "Maxime Ribes-Oyarzun"
PRG = "préfecture du Gers"
SGP = "secrétaire général de la préfecture du Gers"
CP = "Confédération paysanne"
DDT32 = "direction départementale des territoires du Gers"
# ---------------------------------------------------------------- 06
SPEC["06_manif_agriculteurs_auch"] = (
    [E("La Voix du Gers", "ORG"), E("Gers", "LOC"), E("Auch", "LOC"), E("Benoît Larrieu-Sainz", "PER"), E(FDS, "ORG"),
     E("FDSEA", "ORG", FDS), E(JAG, "ORG"), E("Paris", "LOC"), E(LCD, "PER"), E("Vic-Fezensac", "LOC"),
     E("PAC", "MISC", opt=True), E(MRO, "PER"), E("Smic", "MISC", opt=True), E(CP, "ORG"), E("Mirande", "LOC"),
     E("direction départementale des territoires", "ORG", DDT32, opt=True), E("DDT", "ORG", DDT32),
     E("Noël", "MISC", opt=True)],
    [
     Q(D, "On crève en silence", LCD, None, nth=0, v="role"),
     Q(I, "180 tracteurs ont convergé vers le chef-lieu", PRG, "Selon"),
     Q(I, "plus de 300", "organisateurs", "revendiquent", opt=True),
     Q(D, "On crève en silence depuis des mois, et personne à Paris ne nous écoute", LCD, "a lancé", v="name"),
     Q(I, "\"une pause immédiate\" dans les normes environnementales et le versement des aides PAC en retard", LCD, "réclame", opt=True),
     Q(D, "une pause immédiate", LCD, "réclame", v="role"),
     Q(D, "Certains attendent encore des paiements de 2025", LCD, "a-t-il affirmé", v="pron"),
     Q(D, "Ici, un jeune qui s'installe sur 80 hectares n'a aucune chance de se verser un Smic", MRO, "assure", v="name"),
     Q(D, "On nous parle de souveraineté alimentaire, mais on nous laisse crever à petit feu", MRO, "ajoute-t-il", v="pron"),
     Q(I, "\"un point d'étape sous quinze jours\" sur les dossiers d'aides bloqués", SGP, "a promis", opt=True),
     Q(D, "un point d'étape sous quinze jours", SGP, "a promis", v="pron"),
     Q(I, "212 dossiers avaient été débloqués depuis octobre", PRG, "a indiqué"),
     Q(I, "la colère \"légitime\"", CP, "juge", opt=True),
     Q(D, "légitime", CP, "juge", v="inst"),
     Q(I, "des revendications \"qui servent d'abord l'agro-industrie\"", CP, "dénonce", opt=True),
     Q(D, "qui servent d'abord l'agro-industrie", CP, "dénonce", v="inst"),
     Q(D, "Le problème, ce n'est pas la norme, c'est le prix payé aux producteurs", "porte-parole de la Confédération paysanne dans le Gers", "estime", v="func"),
     Q(D, "Je ne sais pas si la ferme sera encore là dans cinq ans.", None, "résume"),
     Q(I, "revenir \"avant Noël\" si rien ne bouge", FDS, "menace"),
     Q(D, "avant Noël", FDS, "menace", v="inst")],
    [("La Voix du Gers", "Accueil / Gers / Agriculture"), ("LIRE AUSSI", "Envoyer par e-mail")])


RFO = "Rosalie Ferrand-Oudin"
SIEBA = "Syndicat intercommunal des eaux de la Basse-Ardèche"
CA07 = "chambre d'agriculture de l'Ardèche"
# ---------------------------------------------------------------- 07
SPEC["07_restriction_eau_ardeche"] = (
    [E("Le Dauphiné ardéchois", "ORG"), E("Ardèche", "LOC"), E("Sainte-Eulalie-des-Sources", "LOC"),
     E("Quentin Saboly", "PER"), E(RFO, "PER"), E(SIEBA, "ORG"), E("Sieba", "ORG", SIEBA),
     E("Font-Vieille", "LOC", opt=True), E("Olivier Van Hoeck", "PER"), E(CA07, "ORG", opt=True),
     E("Ginette Allamanche", "PER"), E("Ibie", "LOC"), E("Aubenas", "LOC")],
    [
     Q(D, "Nos deux sources donnent aujourd'hui moins d'eau qu'en plein mois d'août 2022", RFO, "a justifié", v="role"),
     Q(I, "n'avoir « jamais vu ça en vingt ans de mandat »", RFO, "dit"),
     Q(D, "jamais vu ça en vingt ans de mandat", RFO, "dit", v="role"),
     Q(I, "un déficit de pluie de 60 % depuis septembre", SIEBA, "confirme", opt=True),
     Q(D, "Les nappes ne se sont pas rechargées cet automne. Si l'hiver reste sec, l'été sera très difficile", SIEBA, "prévient", v="inst"),
     Q(I, "des camions-citernes pourraient être mobilisés « dès le mois de février » pour les hameaux les plus hauts", "directeur technique du " + SIEBA, "a indiqué"),
     Q(D, "dès le mois de février", "directeur technique du " + SIEBA, "a indiqué", v="func"),
     Q(D, "comprendre la décision", "Olivier Van Hoeck", "assure", v="name"),
     Q(D, "Nous avons déjà réduit notre consommation d'un tiers en trois ans. Mais sans eau, un golf, ça ne vit pas longtemps", "Olivier Van Hoeck", "explique-t-il", v="pron"),
     Q(I, "les maraîchers bénéficient de dérogations", CA07, "demande"),
     Q(I, "une dizaine d'exploitations pourraient perdre leurs semis de printemps", CA07, "D'après"),
     Q(D, "Ma mère remplissait des bidons à la fontaine, on s'en sortira bien. Les jeunes, eux, ils vont apprendre", "Ginette Allamanche", None, v="ctx"),
     Q(I, "la réunion du comité ressource en eau le 10 décembre", "préfecture de l'Ardèche", "a annoncé", opt=True),
     Q(I, "d'autres communes du sud du département pourraient suivre", "services de l'État", "Selon")],
    [("Le Dauphiné ardéchois", "Ardèche › Environnement"), ("Sur le même sujet", "newsletter Environnement")])


VE = "Ventalys Énergies"
VDB = "Vent debout en Boischaut"
JLD = "Jean-Loup Desmarais de Villiers"
COL = "Clémence Okafor-Lemaire"
LPO = "Ligue pour la protection des oiseaux"
MRAE = "Mission régionale d'autorité environnementale"
# ---------------------------------------------------------------- 08
SPEC["08_eolien_enquete_publique"] = (
    [E("L'Écho du Berry", "ORG"), E("Indre", "LOC"), E("Brandes", "LOC", opt=True), E(VE, "ORG"),
     E("Saint-Genou-des-Landes", "LOC"), E("Hélène Bourdarias-Coste", "PER"), E("Boischaut", "LOC"), E(VDB, "ORG"),
     E(JLD, "PER"), E(COL, "PER"), E("Didier Pradeau", "PER"), E(LPO, "ORG"), E("LPO", "ORG", LPO), E(MRAE, "ORG"),
     E("Châteauroux", "LOC")] + NET,
    [
     Q(I, "le parc éolien des Brandes porterait « une atteinte excessive au paysage du Boischaut »", "commissaire enquêteur", "estime"),
     Q(D, "une atteinte excessive au paysage du Boischaut", "commissaire enquêteur", "estime", v="func"),
     Q(I, "« insuffisantes » les mesures de protection des chauves-souris", "commissaire enquêteur", "juge", opt=True),
     Q(D, "insuffisantes", "commissaire enquêteur", "juge", v="func"),
     Q(D, "Le projet ne démontre pas que son intérêt énergétique l'emporte sur les nuisances qu'il impose aux riverains", "commissaire enquêteur", "écrit-il", v="pron"),
     Q(I, "« une victoire du bon sens »", VDB, "a salué", opt=True),
     Q(D, "une victoire du bon sens", VDB, "a salué", v="inst"),
     Q(D, "On nous a traités de passéistes. Le commissaire enquêteur a lu le dossier, lui", JLD, "se félicite", v="name"),
     Q(I, "les machines de 200 mètres auraient été visibles « depuis la moitié du canton »", JLD, "affirme"),
     Q(D, "depuis la moitié du canton", JLD, "affirme", v="role"),
     Q(I, "« prendre acte » d'un avis qui n'est que consultatif", VE, "dit"),
     Q(D, "prendre acte", VE, "dit", v="inst"),
     Q(D, "Nous restons convaincus que ce projet est utile au territoire et à la transition énergétique", COL, "a réagi", v="name"),
     Q(I, "le parc aurait produit l'équivalent de la consommation de 14 000 foyers", VE, "Selon"),
     Q(D, "Avec ça, on refaisait le toit de l'église et la salle des fêtes", "Didier Pradeau", "soupire-t-il", v="pron"),
     Q(D, "Mais je ne pouvais pas ignorer que la moitié du village était contre.", "Didier Pradeau", None, v="ctx"),
     Q(I, "la zone abrite une colonie de grands murins", LPO, "rappelle"),
     Q(I, "des « lacunes » dans l'étude d'impact", MRAE, "avait déjà relevé", opt=True),
     Q(D, "lacunes", MRAE, "avait déjà relevé", v="inst"),
     Q(D, "l'avis du commissaire enquêteur sera examiné avec attention, comme l'ensemble des pièces du dossier", "préfecture de l'Indre", "indique", v="inst")],
    [("L'Écho du Berry", "Indre > Environnement > Énergies"), ("Lire aussi", "Réagir")])

DR = "directeur régional de SNCF Voyageurs en Occitanie"
DRS = "direction régionale de SNCF Voyageurs en Occitanie"
BAS = "Baptiste Aurignac-Sow"
SRC = "secrétaire régional de la CGT-Cheminots en Occitanie"
VPO = "vice-présidente de la Région Occitanie chargée des mobilités"
MNF = "Marie-Noëlle Fabre-Tchakarov"
# ---------------------------------------------------------------- 09
SPEC["09_afp_greve_ter_occitanie"] = (
    [E("Occitanie", "LOC"), E("TOULOUSE", "LOC", "Toulouse"), E("Toulouse", "LOC"), E("AFP", "ORG", "Agence France-Presse"),
     E("TER", "MISC", opt=True), E("SUD-Rail", "ORG"), E("CGT-Cheminots", "ORG"), E("SNCF Voyageurs", "ORG"),
     E("Montpellier", "LOC"), E(BAS, "PER"), E("Région", "ORG", "Région Occitanie", opt=True), E(MNF, "PER"),
     E("Usagers du rail d'Occitanie", "ORG"), E("SNCF", "ORG"), E("Agence France-Presse", "ORG")],
    [
     Q(D, "un train sur trois", DR, "prévient", nth=0, v="func"),
     Q(I, "Le trafic des TER sera fortement perturbé en Occitanie à partir de mardi en raison d'une grève reconductible des contrôleurs, lancée à l'appel de SUD-Rail et de la CGT-Cheminots", DRS, "a annoncé"),
     Q(D, "Nous ferons rouler un train sur trois en moyenne, et aucun sur certaines lignes de montagne", DR, "a déclaré", v="func"),
     Q(I, "les usagers à « reporter leurs déplacements non indispensables »", DR, "invite"),
     Q(D, "reporter leurs déplacements non indispensables", DR, "invite", v="func"),
     Q(I, "la généralisation des trains circulant avec un seul agent, le conducteur", "syndicats", "dénoncent", opt=True),
     Q(D, "On nous demande de faire rouler des trains de nuit sans personne pour aider un voyageur en difficulté, c'est une question de sécurité", BAS, "a expliqué", v="name"),
     Q(D, "La direction a eu trois mois pour ouvrir une vraie négociation, elle ne l'a pas fait", BAS, "a ajouté", v="role"),
     Q(I, "42 postes de contrôleurs sont vacants dans la région", BAS, "Selon"),
     Q(I, "la grève pourrait « durer jusqu'aux fêtes » si la direction ne renonçait pas à son projet", SRC, "a assuré"),
     Q(D, "durer jusqu'aux fêtes", SRC, "a assuré", v="func"),
     Q(I, "« un plan de transport fiable, communiqué la veille à 17 heures »", VPO, "a exigé", opt=True),
     Q(D, "un plan de transport fiable, communiqué la veille à 17 heures", VPO, "a exigé", v="func"),
     Q(D, "La Région paie pour un service, elle exige qu'il soit rendu", VPO, "a-t-elle insisté", v="pron"),
     Q(I, "les pénalités prévues par la convention seraient appliquées", VPO, "rappelant"),
     Q(D, "Les abonnés vont encore payer pour des trains qui ne roulent pas", MNF, "déplore", v="name"),
     Q(D, "On demande au minimum le remboursement intégral du mois de décembre", MNF, "poursuit-elle", v="pron"),
     Q(I, "La précédente grève des contrôleurs, en février, avait entraîné la suppression de près de 2 000 trains", "SNCF", "selon")],
    [("pbl-mla/ito/rhl", "© Agence France-Presse")])


AVG = "Autoroutes du Val de Garonne"
DEP = "député de la troisième circonscription de Lot-et-Garonne"
FMI = "Frédéric Maurel-Ibáñez"
ART = "Autorité de régulation des transports"
SNR = "Sophie Nakashima-Ruiz"
MTR = "ministère chargé des Transports"
# ---------------------------------------------------------------- 10
SPEC["10_autoroute_concession_peages"] = (
    [E("Capital Régions", "ORG"), E("Romain Ferrière-Adjovi", "PER"), E(AVG, "ORG"), E("AVG", "ORG", AVG),
     E("A62", "LOC", opt=True), E("A65", "LOC", opt=True), E("Agen", "LOC"), E("Lot-et-Garonne", "LOC"),
     E("Commission des finances de l'Assemblée nationale", "ORG"), E(ART, "ORG"), E("ART", "ORG", ART),
     E("Sénat", "ORG"), E(SNR, "PER"), E("université de Bordeaux", "ORG", opt=True), E(MTR, "ORG", opt=True)],
    [
     Q(D, "une rente sans fin", DEP, "dénonce", nth=0, v="func"),
     Q(D, "C'est une rente sans fin. On nous avait promis que les péages baisseraient à la fin des concessions, et on les prolonge avant même qu'elles s'achèvent", DEP, "s'indigne", v="func"),
     Q(I, "il saisirait la Commission des finances de l'Assemblée nationale", DEP, "a annoncé"),
     Q(I, "un “contrat gagnant-gagnant”", AVG, "défend", opt=True),
     Q(D, "contrat gagnant-gagnant", AVG, "défend", v="inst"),
     Q(D, "Les 480 millions d'euros de travaux seront intégralement financés par la société, sans un euro d'argent public", FMI, "assure", v="name"),
     Q(I, "les tarifs augmenteront de 3,2 % au 1er février, “conformément aux règles fixées par l'État”", FMI, "rappelle"),
     Q(D, "conformément aux règles fixées par l'État", FMI, "rappelle", v="role"),
     Q(D, "tout allongement de durée doit être justifié au centime près", "président de l'" + ART, "a estimé", v="func"),
     Q(I, "la rentabilité des sociétés concessionnaires a dépassé les prévisions initiales “de manière significative”", ART, "Selon"),
     Q(D, "de manière significative", ART, "Selon", v="inst"),
     Q(I, "l'opération “revient à faire payer l'échangeur deux fois aux usagers”", SNR, "Pour"),
     Q(D, "revient à faire payer l'échangeur deux fois aux usagers", SNR, "Pour", v="name"),
     Q(D, "Quatre années de péages supplémentaires, c'est bien plus que le coût des travaux", SNR, "calcule-t-elle", v="pron"),
     Q(I, "une remise en concurrence à l'échéance de 2036", SNR, "plaide", opt=True),
     Q(D, "L'échangeur, on l'attend depuis quinze ans", "maire d'Agen", "a-t-il rappelé", v="pron"),
     Q(I, "les habitants de l'agglomération bénéficient “d'un abonnement à tarif réduit”", "maire d'Agen", "a demandé"),
     Q(D, "d'un abonnement à tarif réduit", "maire d'Agen", "a demandé", v="pron"),
     Q(D, "aucune décision n'est arrêtée", MTR, "indique", v="inst"),
     Q(D, "toutes les options restent sur la table", MTR, "indique", v="inst"),
     Q(I, "une concertation “avec l'ensemble des élus concernés” avant l'été", "ministre chargé des Transports", "a promis", opt=True),
     Q(D, "avec l'ensemble des élus concernés", "ministre chargé des Transports", "a promis", v="func")],
    [("Capital Régions", "Infrastructures"), ("Temps de lecture", "4 min"), ("À lire également", "Suivre le sujet")])


BOL = "Bernard Oyono-Lestrade"
# ---------------------------------------------------------------- 11
SPEC["11_entretien_maire_rural"] = (
    [E("Le Tarn Républicain", "ORG"), E("Tarn", "LOC"), E("Montcabrier-la-Forêt", "LOC"), E(BOL, "PER"),
     E("Solène Cazottes-Villar", "PER"), E("Castres", "LOC"), E("Raphaël Tissandier", "PER"),
     E("Raphaël", "PER", "Raphaël Tissandier")] + NET,
    [
     Q(D, "Les maires ruraux ne sont pas des guichets", BOL, None, v="name"),
     Q(D, "Débrouillez-vous avec vos moyens", "sous-préfet de Castres", "m'a dit", v="func"),
     Q(I, "avoir « joué solo » sur le dossier de la piscine", "Raphaël Tissandier", "reproche"),
     Q(D, "joué solo", "Raphaël Tissandier", "reproche", v="name"),
     Q(I, "les aides aux petites communes baisseraient de 15 % l'an prochain", "président du conseil départemental du Tarn", "a annoncé"),
     Q(D, "Je ne sais plus quel formulaire remplir pour quelle subvention.", "secrétaire de mairie de Montcabrier-la-Forêt", "m'a dit", v="func"),
     Q(I, "une « mutualisation » des petites écoles du secteur", "rectrice", "a évoqué", opt=True),
     Q(D, "mutualisation", "rectrice", "a évoqué", v="func"),
     Q(D, "Une commune sans école, c'est une commune qui attend sa fin.", "père de " + BOL, "répétait", v="func"),
     Q(D, "Ne lâchez pas la mairie, vous, au moins.", None, None),
     Q(D, "débrouillez-vous", None, "réponde", opt=True)],
    [("Le Tarn Républicain", "ENTRETIEN"), ("Abonnez-vous pour lire", "Copier le lien")])


SMA = "Seudre et Marais Agglomération"
JMB = "Jean-Michel Barbotin-Sarr"
VPD = "vice-président chargé des déchets de " + SMA
DIRD = "directrice du service de gestion des déchets de " + SMA
LMF = "Laure Mendès-Fourcade"
UCSF = "union des commerçants de Saint-Fortunat"
# ---------------------------------------------------------------- 12
SPEC["12_agglo_taxe_dechets"] = (
    [E("Sud Saintonge Info", "ORG"), E("Charente-Maritime", "LOC"), E("Saint-Fortunat-sur-Seudre", "LOC"),
     E("Saint-Fortunat", "LOC", "Saint-Fortunat-sur-Seudre"), E(SMA, "ORG"), E("Nathan Deschamps-Oukili", "PER"),
     E("TEOM", "MISC", opt=True), E(JMB, "PER"), E("Rochefort", "LOC"), E(LMF, "PER"), E("Saintonge", "LOC")],
    [
     Q(D, "une hausse subie", JMB, "plaide", nth=0, v="role"),
     Q(I, "« un choix de facilité »", "opposition", "dénonce", opt=True),
     Q(D, "un choix de facilité", "opposition", "dénonce", v="inst"),
     Q(D, "C'est une hausse subie, pas choisie. La taxe sur l'enfouissement a doublé en cinq ans et nous n'y pouvons rien", JMB, "a plaidé", v="name"),
     Q(D, "Je préfère dire la vérité aux habitants plutôt que de creuser un déficit", JMB, "a ajouté", v="role"),
     Q(D, "Chaque tonne que nous enfouissons nous coûte aujourd'hui 65 euros de taxe, contre 30 en 2021", VPD, "a-t-il expliqué", v="pron"),
     Q(I, "le tri à la source des biodéchets permettra de stabiliser la taxe à partir de 2029", VPD, "Selon"),
     Q(I, "les collectes passeraient d'une fois par semaine à une fois toutes les deux semaines dans les communes rurales, dès le mois d'avril", DIRD, "a précisé"),
     Q(D, "Les bacs jaunes débordent déjà l'été, il faudra s'adapter", DIRD, "a-t-elle reconnu", v="pron"),
     Q(I, "la hausse « brutale et mal expliquée »", LMF, "juge", opt=True),
     Q(D, "brutale et mal expliquée", LMF, "juge", v="name"),
     Q(D, "On demande aux ménages de trier plus, de payer plus, et on leur retire une collecte sur deux", LMF, "s'agace-t-elle", v="pron"),
     Q(I, "une tarification incitative, qui ferait payer chaque foyer selon le poids de ses déchets", LMF, "réclame", opt=True),
     Q(I, "la TEOM « ne peut pas financer autre chose que le service »", "directeur départemental des finances publiques de la Charente-Maritime", "avait rappelé"),
     Q(D, "ne peut pas financer autre chose que le service", "directeur départemental des finances publiques de la Charente-Maritime", "avait rappelé", v="func"),
     Q(I, "« un coup de massue de plus »", "président de l'" + UCSF, "parle", opt=True),
     Q(D, "un coup de massue de plus", "président de l'" + UCSF, "parle", v="func")],
    [("Sud Saintonge Info", "Vie locale"), ("Lire aussi", "newsletter Saintonge")])


if __name__ == "__main__":
    main(SPEC, HERE)
