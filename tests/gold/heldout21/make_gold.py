#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout21 with exact offsets.

    python3 tests/gold/heldout21/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout21/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout21/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), role (role noun, description or a
headline repeating body words, standing for a named person), func (a person
known only by function), inst (institution, body, company, group or city),
ctx (no cue: the speaker carries over from the previous sentence or quote).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_greve_raffinerie"] = (
    [E("Donges", "LOC"), E("Maëlys Kerhervé-Dantec", "PER"), E("Ostral Énergie", "ORG"),
     E("Ostral", "ORG", "Ostral Énergie"), E("Loire-Atlantique", "LOC"), E("CGT", "ORG"),
     E("Soizic Le Gall-Menguy", "PER"),
     E("Fédération nationale des industries chimiques CGT", "ORG"),
     E("Ondine Verhaeghe-Brisset", "PER"), E("Feyzin", "LOC"), E("Port-Jérôme", "LOC"),
     E("Arnaud de Kersauson-Vidal", "PER"), E("FO", "ORG"), E("Baptiste Oyono-Lefeuvre", "PER"),
     E("Ouest", "LOC"), E("Yannick Raoul-Abgrall", "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "On ne lâchera rien", "Soizic Le Gall-Menguy", "prévient", nth=0, v="role"),
     Q(D, "irresponsable", "direction", "dénonce", nth=0, v="inst"),
     Q(I, "un blocage « irresponsable »", "direction", "dénonce", opt=True),
     Q(I, "84 % des opérateurs postés ont cessé le travail depuis lundi matin, et les expéditions de carburant sont à l'arrêt", "CGT", "Selon"),
     Q(D, "On ne lâchera rien. La direction a versé 1,2 milliard d'euros de dividendes l'an dernier et elle nous propose 2,1 % d'augmentation", "Soizic Le Gall-Menguy", "a lancé", v="name"),
     Q(I, "une hausse de 300 euros par mois pour tous et l'embauche de quarante intérimaires", "Soizic Le Gall-Menguy", "réclame", opt=True),
     Q(I, "le mouvement pourrait s'étendre « dès la semaine prochaine » aux autres sites du groupe", "Ondine Verhaeghe-Brisset", "a affirmé"),
     Q(D, "dès la semaine prochaine", "Ondine Verhaeghe-Brisset", "a affirmé", v="name"),
     Q(D, "Si Ostral ne rouvre pas les négociations, on appellera Feyzin et Port-Jérôme à nous rejoindre", "Ondine Verhaeghe-Brisset", "a-t-elle prévenu", v="pron"),
     Q(D, "irresponsable", "direction", "juge", nth=1, v="inst"),
     Q(I, "le blocage « irresponsable »", "direction", "juge", opt=True),
     Q(I, "les propositions salariales sont « parmi les plus élevées du secteur » et que la sécurité des installations « n'est pas négociable »", "Ostral Énergie", "assure"),
     Q(D, "parmi les plus élevées du secteur", "Ostral Énergie", "assure", v="inst"),
     Q(D, "n'est pas négociable", "Ostral Énergie", "assure", v="inst"),
     Q(I, "la porte restait « ouverte », mais pas « sous la menace »", "Arnaud de Kersauson-Vidal", "a indiqué"),
     Q(D, "ouverte", "Arnaud de Kersauson-Vidal", "a indiqué", v="name"),
     Q(D, "sous la menace", "Arnaud de Kersauson-Vidal", "a indiqué", v="name"),
     Q(D, "Nous soutenons les revendications, pas forcément la méthode", "Baptiste Oyono-Lefeuvre", "résume", v="name"),
     Q(I, "craindre des réquisitions si les stations-service de l'Ouest venaient à manquer de gazole", "Baptiste Oyono-Lefeuvre", "dit"),
     Q(I, "aucune pénurie n'était constatée à ce stade", "préfecture de Loire-Atlantique", "a fait savoir"),
     Q(I, "les stocks stratégiques permettent de tenir « au moins dix jours »", "préfecture de Loire-Atlantique", "Selon"),
     Q(D, "au moins dix jours", "préfecture de Loire-Atlantique", "Selon", v="pron"),
     Q(D, "On travaille en 3x8, les nuits, les week-ends. Et on nous explique que la boîte n'a pas les moyens ?", "Yannick Raoul-Abgrall", "ne décolère pas", v="name")],
    [("Économie | Social", "Économie | Social"), ("Lire aussi", "Raffinage")])


# ---------------------------------------------------------------- 02
SPEC["02_resultats_vellacor"] = (
    [E("Vellacor", "ORG"), E("Hugo Sandoval-Prieur", "PER"), E("Sandoval-Prieur", "PER", "Hugo Sandoval-Prieur"),
     E("Asie", "LOC"), E("Clémentine Aubertin-Nyasha", "PER"), E("Bourse de Paris", "ORG"),
     E("Villefranche-sur-Saône", "LOC"), E("Ingrid Halvorsen-Moreau", "PER"), E("France", "LOC"),
     E("Kuroshima Medical", "ORG"), E("Osaka", "LOC"), E("Gaëtan Mbarga-Rivière", "PER"), E("CFDT", "ORG"),
     E("comité social et économique", "ORG", opt=True), E("Léopoldine Vasquez-Darras", "PER"),
     E("Castellane Partners", "ORG"), E("LinkedIn", "ORG", opt=True), E("X", "ORG", opt=True),
     E("Newsletter Éco Matin", "MISC", opt=True)],
    [
     Q(D, "une année de reconquête", "Hugo Sandoval-Prieur", "promet", nth=0, v="role"),
     Q(I, "“une année de reconquête”", "Hugo Sandoval-Prieur", "promet", opt=True),
     Q(I, "un bénéfice net de 214 millions d'euros pour l'exercice 2026, en baisse de 18 % sur un an, pour un chiffre d'affaires stable à 3,1 milliards", "Vellacor", "a annoncé", opt=True),
     Q(D, "Nous avons traversé une année difficile, je ne vais pas le cacher", "Hugo Sandoval-Prieur", "a reconnu", v="name"),
     Q(D, "Mais nos carnets de commandes n'ont jamais été aussi pleins. 2027 sera une année de reconquête.", "Hugo Sandoval-Prieur", None, v="ctx"),
     Q(I, "le recul de la marge au rappel de deux modèles de pompes à perfusion au printemps, dont le coût est estimé à 95 millions d'euros", "Hugo Sandoval-Prieur", "a attribué", opt=True),
     Q(I, "l'incident est “derrière nous” et la production a repris normalement à l'usine de Villefranche-sur-Saône", "Hugo Sandoval-Prieur", "Selon"),
     Q(D, "derrière nous", "Hugo Sandoval-Prieur", "Selon", v="pron"),
     Q(I, "un plan d'économies de 120 millions d'euros sur trois ans", "Ingrid Halvorsen-Moreau", "a détaillé", opt=True),
     Q(D, "Il n'y aura pas de plan social en France", "Ingrid Halvorsen-Moreau", "a-t-elle assuré", v="pron"),
     Q(I, "les réductions porteraient d'abord sur les achats et l'immobilier", "Ingrid Halvorsen-Moreau", "précisant"),
     Q(I, "le dividende serait maintenu à 1,40 euro par action", "Ingrid Halvorsen-Moreau", "a confirmé"),
     Q(D, "C'est le marché qui va le plus vite au monde, et nous y sommes sous-représentés", "Hugo Sandoval-Prieur", "a insisté", v="name"),
     Q(I, "le plan d'économies “finira forcément par toucher l'emploi, d'une manière ou d'une autre”", "Gaëtan Mbarga-Rivière", "Pour"),
     Q(D, "finira forcément par toucher l'emploi, d'une manière ou d'une autre", "Gaëtan Mbarga-Rivière", "Pour", v="name"),
     Q(I, "à être reçu par la direction avant la fin du mois", "CFDT", "demande"),
     Q(D, "Les objectifs 2027 sont crédibles, mais le titre paiera encore quelque temps l'accident industriel", "Léopoldine Vasquez-Darras", "estime", v="name")],
    [("ENTREPRISES", "ENTREPRISES"), ("Partager sur LinkedIn", "actualité économique")])


# ---------------------------------------------------------------- 03
MIN03 = "ministre de l'Économie et des Finances"
SPEC["03_ministre_budget"] = (
    [E("Économie", "ORG", opt=True), E("Économie et des Finances", "ORG", opt=True), E("Lille", "LOC"),
     E("Bercy", "ORG"), E("Théophane Ndiaye-Kerbrat", "PER"),
     E("Medef des Hauts-de-France", "ORG", opt=True), E("France", "LOC"),
     E("Renaud Vandewalle-Oumarou", "PER"), E("Haut Conseil des finances publiques", "ORG"),
     E("Nord", "LOC"), E("Aurore Lemaire-Tchakounté", "PER"), E("CPME", "ORG"),
     E("Assemblée nationale", "ORG")],
    [
     Q(D, "pour les classes moyennes", MIN03, "exclut", nth=0, v="func"),
     Q(I, "toute hausse d'impôts « pour les classes moyennes »", MIN03, "exclut", opt=True),
     Q(D, "crédible", MIN03, "a défendu", v="func"),
     Q(I, "une trajectoire de désendettement « crédible »", MIN03, "a défendu", opt=True),
     Q(D, "budget d'austérité déguisé", "opposition", "dénonce", nth=0, opt=True),
     Q(I, "un « budget d'austérité déguisé »", "opposition", "dénonce", opt=True),
     Q(I, "il n'y aurait « aucune hausse d'impôts pour les classes moyennes » en 2027", MIN03, "a réaffirmé"),
     Q(D, "aucune hausse d'impôts pour les classes moyennes", MIN03, "a réaffirmé", v="func"),
     Q(D, "Je le dis clairement : la France ne réduira pas son déficit en matraquant ceux qui travaillent", MIN03, "a-t-il lancé", v="pron"),
     Q(I, "le gouvernement visait un déficit public de 4,1 % du produit intérieur brut l'an prochain, contre 4,9 % cette année", MIN03, "a rappelé"),
     Q(I, "les économies attendues, environ 32 milliards d'euros, porteront pour moitié sur les dépenses de l'État et des opérateurs publics", "Bercy", "Selon"),
     Q(D, "responsable", "Renaud Vandewalle-Oumarou", "a salué", v="name"),
     Q(I, "un discours « responsable »", "Renaud Vandewalle-Oumarou", "a salué", opt=True),
     Q(I, "une baisse des impôts de production", "Renaud Vandewalle-Oumarou", "réclamant", opt=True),
     Q(D, "Nos entreprises paient encore deux fois plus que leurs concurrentes allemandes. Ce n'est plus tenable", "Renaud Vandewalle-Oumarou", "a-t-il insisté", v="pron"),
     Q(D, "optimiste", "Haut Conseil des finances publiques", "avait jugé", v="inst"),
     Q(I, "l'hypothèse de croissance de 1,3 % « optimiste »", "Haut Conseil des finances publiques", "avait jugé", opt=True),
     Q(I, "les prévisions de l'exécutif s'étaient révélées « plus justes que celles des experts » en 2026", MIN03, "a répondu"),
     Q(D, "plus justes que celles des experts", MIN03, "a répondu", v="func"),
     Q(D, "C'est un budget d'austérité déguisé, qui fera payer les collectivités et les services publics", "Aurore Lemaire-Tchakounté", "a dénoncé", v="name"),
     Q(I, "déposer une motion de censure avec les autres groupes de gauche", "Aurore Lemaire-Tchakounté", "promet"),
     Q(I, "le gel des dotations aux communes « se paiera en fermetures d'écoles et de bureaux de poste »", "Aurore Lemaire-Tchakounté", "Pour"),
     Q(D, "se paiera en fermetures d'écoles et de bureaux de poste", "Aurore Lemaire-Tchakounté", "Pour", v="pron"),
     Q(I, "au gouvernement de « ne pas toucher » au crédit d'impôt recherche", "CPME", "a demandé"),
     Q(D, "ne pas toucher", "CPME", "a demandé", v="inst"),
     Q(I, "la suppression envisagée de certaines niches fiscales serait « un mauvais signal envoyé aux PME »", "président de la CPME", "a estimé"),
     Q(D, "un mauvais signal envoyé aux PME", "président de la CPME", "a estimé", v="func")],
    [("Politique économique", "Politique économique"), ("Lire aussi |", "agences de notation")])


# ---------------------------------------------------------------- 04
PRES04 = "présidente de la BCE"
GOUV04 = "gouverneur de la Banque de France"
SPEC["04_bce_taux"] = (
    [E("BCE", "ORG", "Banque centrale européenne"), E("Francfort", "LOC"),
     E("Banque centrale européenne", "ORG"), E("Banque de France", "ORG"), E("France Inter", "ORG"),
     E("Ottilie Brandsma-Koç", "PER"), E("Rabelink", "ORG"), E("Séverin Ahouansou-Delmas", "PER"),
     E("université Paris-Dauphine", "ORG", opt=True), E("Italie", "LOC"), E("France", "LOC"),
     E("Berlin", "LOC"), E("ministère allemand des Finances", "ORG", opt=True),
     E("Hauteville Frères", "ORG")],
    [
     Q(D, "la vigilance reste de mise", "Francfort", "selon", v="inst"),
     Q(I, "l'inflation dans la zone euro \"devrait converger vers 2 % au cours de l'année 2027\"", "conseil des gouverneurs", "estime"),
     Q(D, "devrait converger vers 2 % au cours de l'année 2027", "conseil des gouverneurs", "estime", v="inst"),
     Q(D, "La vigilance reste de mise. Les tensions commerciales et les prix de l'énergie peuvent encore nous surprendre", PRES04, "a-t-elle déclaré", v="pron"),
     Q(I, "le conseil n'avait \"pas discuté\" d'une baisse en janvier, sans l'exclure pour le printemps", PRES04, "a indiqué"),
     Q(D, "pas discuté", PRES04, "a indiqué", v="pron"),
     Q(D, "Si les chiffres de l'hiver confirment la tendance, une baisse au printemps serait raisonnable", GOUV04, "a-t-il estimé", v="pron"),
     Q(I, "l'économie française avait besoin \"d'un peu d'oxygène\"", GOUV04, "jugeant"),
     Q(D, "d'un peu d'oxygène", GOUV04, "jugeant", v="func"),
     Q(I, "la BCE \"joue la montre\"", "Ottilie Brandsma-Koç", "Pour"),
     Q(D, "joue la montre", "Ottilie Brandsma-Koç", "Pour", v="name"),
     Q(D, "Elle ne veut pas se lier les mains tant qu'elle n'a pas vu l'effet des droits de douane américains sur la croissance européenne", "Ottilie Brandsma-Koç", "explique-t-elle", v="pron"),
     Q(I, "la banque centrale \"est déjà en retard\" et \"prend le risque d'étouffer une reprise fragile\", en particulier en Italie et en France, où l'investissement des entreprises recule depuis six mois", "Séverin Ahouansou-Delmas", "Selon"),
     Q(D, "est déjà en retard", "Séverin Ahouansou-Delmas", "Selon", v="pron"),
     Q(D, "prend le risque d'étouffer une reprise fragile", "Séverin Ahouansou-Delmas", "Selon", v="pron"),
     Q(D, "prudente", "ministère allemand des Finances", "a salué", v="inst"),
     Q(I, "une décision \"prudente\"", "ministère allemand des Finances", "a salué", opt=True),
     Q(D, "les marchés parient désormais sur deux baisses en 2027, ce qui paraît beaucoup", None, "Selon")],
    [("Marchés · Banques", "à la baisse")])


# ---------------------------------------------------------------- 05
PREF05 = "préfet de la Haute-Garonne"
SPEC["05_colere_agricole"] = (
    [E("Occitanie", "LOC"), E("Toulouse", "LOC"), E("Haute-Garonne", "LOC"), E("FDSEA", "ORG"),
     E("FDSEA de la Haute-Garonne", "ORG", opt=True), E("Jeunes Agriculteurs", "ORG"),
     E("Lison Garrigues-Benhamou", "PER"), E("place Saint-Étienne", "LOC", opt=True),
     E("Mathéo Cazenave-Oulhaci", "PER"), E("Villefranche-de-Lauragais", "LOC"),
     E("Union européenne", "ORG"), E("Mercosur", "ORG"), E("Bérengère Soulé-Yamamoto", "PER"),
     E("ministère de l'Agriculture", "ORG", opt=True), E("Confédération paysanne", "ORG"),
     E("Gaspard Iturralde-Mensah", "PER")],
    [
     Q(D, "on veut vivre de notre travail", "Mathéo Cazenave-Oulhaci", None, v="role"),
     Q(I, "près de 300 tracteurs selon la préfecture, 500 selon les organisateurs, ont pris position sur la rocade et aux abords de la place Saint-Étienne", None, "selon", opt=True),
     Q(D, "Pas de paysans, pas de pays", None, None, opt=True),
     Q(D, "On veut vivre de notre travail, pas des aides. Aujourd'hui, je vends mon blé au prix de 1985", "Mathéo Cazenave-Oulhaci", "lance", v="name"),
     Q(D, "Je travaille soixante-dix heures par semaine, a-t-il ajouté, et je me verse 800 euros quand l'année est bonne.", "Mathéo Cazenave-Oulhaci", "a-t-il ajouté", v="pron"),
     Q(I, "l'accord commercial entre l'Union européenne et le Mercosur, la hausse du prix des engrais et des normes environnementales « empilées sans cohérence »", "manifestants", "dénoncent", opt=True),
     Q(D, "empilées sans cohérence", "manifestants", "dénoncent", v="inst"),
     Q(I, "les exploitants n'accepteraient « plus aucune promesse sans calendrier »", "Bérengère Soulé-Yamamoto", "a affirmé"),
     Q(D, "plus aucune promesse sans calendrier", "Bérengère Soulé-Yamamoto", "a affirmé", v="name"),
     Q(I, "une cinquantaine d'exploitations du département pourraient cesser leur activité d'ici l'été", "Bérengère Soulé-Yamamoto", "Selon"),
     Q(I, "les revendications seraient « transmises dans la journée » au ministère de l'Agriculture", PREF05, "a assuré"),
     Q(D, "transmises dans la journée", PREF05, "a assuré", v="pron"),
     Q(I, "une cellule d'urgence pour les trésoreries les plus fragiles", PREF05, "promis", opt=True),
     Q(D, "Je comprends la détresse, mais le blocage d'un axe comme la rocade ne peut pas durer au-delà de ce soir", PREF05, "a prévenu", v="func"),
     Q(D, "le problème, ce n'est pas les normes, ce sont les prix payés par la grande distribution", "Gaspard Iturralde-Mensah", "estime", v="name"),
     Q(D, "Si rien ne bouge d'ici vendredi, on revient, et on sera deux fois plus nombreux.", "Bérengère Soulé-Yamamoto", "prévenait", v="name")],
    [("Accueil > Régions", "Occitanie"), ("Réagir (37)", "Partager")])


# ---------------------------------------------------------------- 06
SPEC["06_fermeture_dalmont"] = (
    [E("Hayange-sur-Orne", "LOC"), E("Dalmont", "ORG", "Dalmont Industries"), E("Dalmont Industries", "ORG"),
     E("Anaïs Wojcik-Traoré", "PER"), E("comité social et économique", "ORG", opt=True),
     E("Timișoara", "LOC"), E("Roumanie", "LOC"), E("Sandrine Krawczyk-Diallo", "PER"), E("France", "LOC"),
     E("CGT", "ORG"), E("Florian Abdelkader-Schmitt", "PER"), E("Forbach", "LOC"),
     E("Clotaire Bezzina-Houlmann", "PER"), E("Industrie", "ORG", opt=True), E("Moselle", "LOC"),
     E("France Travail", "ORG"), E("Kévin Oberlé", "PER"), E("Luxembourg", "LOC"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("Metz", "LOC"), E("Noël", "MISC", opt=True),
     E("Thionville", "LOC")],
    [
     Q(D, "On nous a jetés comme des kleenex", "Sandrine Krawczyk-Diallo", None, nth=0, v="role"),
     Q(I, "la fermeture de son site lorrain, qui emploie 212 salariés", "Dalmont Industries", "a confirmé", opt=True),
     Q(D, "séisme", "Clotaire Bezzina-Houlmann", "parle", nth=0, v="role"),
     Q(I, "d'un « séisme »", "Clotaire Bezzina-Houlmann", "parle", nth=0, opt=True),
     Q(I, "l'arrêt de la production à l'été 2027 et le transfert des lignes de pièces de freinage vers son usine de Timișoara, en Roumanie", "direction", "a annoncé", opt=True),
     Q(D, "On nous a jetés comme des kleenex. L'an dernier, on nous demandait de faire des heures supplémentaires pour tenir les commandes", "Sandrine Krawczyk-Diallo", "dit-elle", v="pron"),
     Q(I, "sa décision par « l'effondrement des volumes » commandés par les constructeurs européens et par le coût de l'énergie en France", "direction", "justifie", opt=True),
     Q(D, "l'effondrement des volumes", "direction", "justifie", v="inst"),
     Q(D, "chaque salarié se verra proposer une solution", "direction", "assure", v="pron"),
     Q(I, "ces promesses ne valent rien", "Florian Abdelkader-Schmitt", "Pour"),
     Q(D, "Ils nous ont fait le même coup à Forbach en 2019. Sur cent vingt reclassements promis, il y en a eu onze", "Florian Abdelkader-Schmitt", "rappelle le syndicaliste", v="role"),
     Q(I, "la reprise du site par un repreneur et le remboursement des aides publiques perçues depuis 2020", "Florian Abdelkader-Schmitt", "réclame", opt=True),
     Q(D, "séisme", "Clotaire Bezzina-Houlmann", "parle", nth=1, v="name"),
     Q(I, "d'un « séisme » pour ce bourg de 6 000 habitants, où Dalmont est le premier employeur", "Clotaire Bezzina-Houlmann", "parle", opt=True),
     Q(D, "C'est une famille sur cinq qui est touchée, directement ou indirectement. La boulangère, le garagiste, le club de foot : tout le monde dépend de l'usine", "Clotaire Bezzina-Houlmann", "a expliqué l'élu", v="role"),
     Q(I, "à être reçu par la ministre chargée de l'Industrie", "Clotaire Bezzina-Houlmann", "a demandé"),
     Q(I, "une cellule de reclassement sera installée dès janvier avec France Travail", "préfecture de la Moselle", "on indique"),
     Q(D, "Moi, je n'ai même pas droit au plan social. Je vais chercher ailleurs, au Luxembourg peut-être, comme tout le monde ici", "Kévin Oberlé", None, v="ctx")],
    [("FAITS DU JOUR", "FAITS DU JOUR"), ("Partager sur Facebook", "sur la Moselle")])


# ---------------------------------------------------------------- 07
SPEC["07_depeche_bourse"] = (
    [E("PARIS", "LOC", "Paris"), E("AFP", "ORG", "Agence France-Presse"), E("Bourse de Paris", "ORG"),
     E("Maison Valcourt", "ORG"), E("Washington", "LOC"), E("Pékin", "LOC"), E("CAC 40", "MISC", opt=True),
     E("Francfort", "LOC"), E("Londres", "LOC"), E("Chine", "LOC"), E("Rachida Benyamina-Stoltz", "PER"),
     E("Ardoise Capital", "ORG"), E("Morvan & Cie", "ORG"), E("Commerce", "ORG", opt=True),
     E("ministère chinois du Commerce", "ORG", opt=True), E("Hendrik Van Oosterhout-Bah", "PER"),
     E("Lindqvist Securities", "ORG"), E("Aéroflux", "ORG"), E("Inde", "LOC"), E("Banque Sauvageon", "ORG"),
     E("Moody's", "ORG"), E("France", "LOC"), E("Brent", "MISC", opt=True), E("Agence France-Presse", "ORG")],
    [
     Q(I, "ses ventes en Chine avaient baissé de 14 % au troisième trimestre", "Maison Valcourt", "après avoir annoncé"),
     Q(D, "Le consommateur chinois ne revient pas, et les investisseurs commencent à se dire que ce n'est plus un trou d'air", "Rachida Benyamina-Stoltz", "a commenté", v="name"),
     Q(D, "le marché sanctionne surtout l'absence de visibilité : la direction n'a donné aucun objectif pour 2027", None, "Selon"),
     Q(I, "Washington était « prêt à aller plus loin » si Pékin ne levait pas ses restrictions sur les exportations de terres rares", "représentant américain au Commerce", "a affirmé"),
     Q(D, "prêt à aller plus loin", "représentant américain au Commerce", "a affirmé", v="func"),
     Q(I, "la Chine « prendra les mesures nécessaires pour défendre ses intérêts »", "ministère chinois du Commerce", "a répondu"),
     Q(D, "prendra les mesures nécessaires pour défendre ses intérêts", "ministère chinois du Commerce", "a répondu", v="inst"),
     Q(D, "On est dans un marché qui réagit à chaque déclaration, à la hausse comme à la baisse", "Hendrik Van Oosterhout-Bah", "résume", v="name"),
     Q(I, "la séance de mercredi, marquée par la publication de l'inflation américaine, sera « décisive pour la fin d'année »", "Hendrik Van Oosterhout-Bah", "Pour"),
     Q(D, "décisive pour la fin d'année", "Hendrik Van Oosterhout-Bah", "Pour", v="pron"),
     Q(I, "avoir décroché un contrat de 1,4 milliard d'euros en Inde", "Aéroflux", "a annoncé")],
    [("bp-ljk/ak/sbo", "© Agence France-Presse")])


# ---------------------------------------------------------------- 08
SPEC["08_entretien_fermentis"] = (
    [E("Anouk Dalla Costa-Mbeki", "PER"), E("Fermentis Lab", "ORG"), E("Quentin Essomba-Laurier", "PER"),
     E("Eurazur Ventures", "ORG"), E("Bpifrance", "ORG"), E("Saint-Herblain", "LOC"), E("Solvène", "ORG"),
     E("Allemagne", "LOC"), E("France", "LOC"), E("Pays-Bas", "LOC"), E("Industrie", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True), E("X", "ORG", opt=True), E("Newsletter Start-up Ouest", "MISC", opt=True)],
    [
     Q(D, "Lever 40 millions, ce n'est pas une fin, c'est un début", "Anouk Dalla Costa-Mbeki", None, nth=0, v="name"),
     Q(D, "food tech", None, None, opt=True),
     Q(I, "il réduirait ses achats de protéines animales de 30 %", "Solvène", "a annoncé"),
     Q(D, "Si vous tenez le prix, on vous suit.", "directeur des achats de Solvène", "m'a dit", v="func"),
     Q(I, "la fermentation de précision consomme trop d'énergie pour être vraiment écologique", None, "estiment", opt=True),
     Q(I, "à un cinquième de celui de la protéine de lait", None, "évalue", opt=True),
     Q(I, "de publier la méthode, pour que chacun puisse vérifier", "Anouk Dalla Costa-Mbeki", "Je lui ai demandé"),
     Q(I, "les délais seraient réduits", "ministre de l'Industrie", "a promis")],
    [("Tech & Start-up", "Entretien"), ("Partager : LinkedIn", "jeunes pousses de la région")])


# ---------------------------------------------------------------- 09
SPEC["09_negociation_commerce"] = (
    [E("Margaux Ekwueme-Fontaine", "PER"), E("Union des enseignes de proximité", "ORG"),
     E("UEP", "ORG", "Union des enseignes de proximité"), E("rue de Miromesnil", "LOC", opt=True),
     E("Paris", "LOC"), E("CGT", "ORG"), E("FO", "ORG"), E("CFTC", "ORG"), E("Nadège Fofana-Lebrun", "PER"),
     E("Lucien Mavroudis", "PER"), E("Noël", "MISC", opt=True), E("Jean-Baptiste de Roquefeuil", "PER"),
     E("CFDT", "ORG"), E("Perrine Oudard-Nakamura", "PER"), E("ministère du Travail", "ORG", opt=True)],
    [
     Q(I, "à la grève le 20 décembre", "syndicats", "appellent", opt=True),
     Q(D, "provocation", "syndicats", "parlent", v="inst"),
     Q(I, "d'une « provocation »", "syndicats", "parlent", opt=True),
     Q(D, "indécente", "intersyndicale", "est jugée", v="inst"),
     Q(D, "Une caissière à temps partiel gagne 1 150 euros. On lui propose 20 euros de plus par mois, pendant que les enseignes battent des records de chiffre d'affaires", "Nadège Fofana-Lebrun", "s'est indignée", v="name"),
     Q(I, "l'intersyndicale appelait à une journée de grève et de débrayages le samedi 20 décembre, « en pleine période des fêtes »", "Nadège Fofana-Lebrun", "a annoncé"),
     Q(D, "en pleine période des fêtes", "Nadège Fofana-Lebrun", "a annoncé", v="pron"),
     Q(D, "personne n'a envie de faire grève avant Noël", "Lucien Mavroudis", "assure", v="name"),
     Q(I, "les salariés « n'ont plus le choix »", "Lucien Mavroudis", "selon"),
     Q(D, "n'ont plus le choix", "Lucien Mavroudis", "selon", v="pron"),
     Q(D, "Quand on ne peut plus remplir son frigo, on ne regarde plus le calendrier.", "Lucien Mavroudis", None, v="ctx"),
     Q(D, "responsable", None, "on défend", opt=True),
     Q(I, "une offre « responsable »", None, "on défend", opt=True),
     Q(I, "les marges du secteur « ne dépassent pas 2 % » et que les magasins de proximité subissent la concurrence du commerce en ligne", "Jean-Baptiste de Roquefeuil", "a rappelé"),
     Q(D, "ne dépassent pas 2 %", "Jean-Baptiste de Roquefeuil", "a rappelé", v="name"),
     Q(D, "Nous avons fait un effort réel. Aller au-delà, c'est fermer des magasins dans les petites villes", "Jean-Baptiste de Roquefeuil", "a-t-il affirmé", v="pron"),
     Q(D, "prématurée", "CFDT", "juge", v="inst"),
     Q(I, "la grève « prématurée »", "CFDT", "juge", opt=True),
     Q(I, "espérer une nouvelle séance « avant la fin de l'année », avec une clause de revoyure au printemps", "Perrine Oudard-Nakamura", "a dit"),
     Q(D, "avant la fin de l'année", "Perrine Oudard-Nakamura", "a dit", v="name"),
     Q(I, "il n'envisageait pas d'intervenir à ce stade", "ministère du Travail", "a fait savoir"),
     Q(I, "La ministre « fait confiance au dialogue social »", None, "indique"),
     Q(D, "fait confiance au dialogue social", None, "indique")],
    [("Social", "Social"), ("Sur le même sujet", "ralentissent en novembre")])


# ---------------------------------------------------------------- 10
DGAC = "Direction générale de l'aviation civile"
MIN10 = "ministre chargé des Transports"
SPEC["10_greve_controle_aerien"] = (
    [E("Orly", "LOC"), E("DGAC", "ORG", DGAC), E("Armelle Ouattara-Guillou", "PER"), E(DGAC, "ORG"),
     E("Paris-Orly", "LOC"), E("Marseille-Provence", "LOC"),
     E("Syndicat autonome de la navigation aérienne", "ORG"),
     E("SANA", "ORG", "Syndicat autonome de la navigation aérienne"), E("Yvon Le Berre-Sissoko", "PER"),
     E("BFM Business", "ORG"), E("Transports", "ORG", opt=True), E("Air France", "ORG"), E("Transavia", "ORG"),
     E("Clémence Aït-Bouazza", "PER"), E("Nice", "LOC"), E("Airlines for Europe", "ORG"),
     E("Covid", "MISC", opt=True)],
    [
     Q(D, "la situation sera tendue", DGAC, "selon", v="inst"),
     Q(I, "aux compagnies aériennes de réduire de 50 % leurs programmes de vols à Paris-Orly et de 30 % à Marseille-Provence vendredi, en raison d'un préavis de grève des contrôleurs aériens", DGAC, "a demandé"),
     Q(D, "La situation sera tendue toute la journée, et des retards sont à prévoir même sur les vols maintenus", DGAC, "a prévenu l'autorité", v="inst"),
     Q(D, "une réforme imposée au pas de charge, sans aucune étude de sécurité", "Yvon Le Berre-Sissoko", "dénonce", v="name"),
     Q(I, "“une réforme imposée au pas de charge, sans aucune étude de sécurité”", "Yvon Le Berre-Sissoko", "dénonce", opt=True),
     Q(D, "On nous demande de travailler plus longtemps devant les écrans, avec moins de pauses. Ce n'est pas une question d'argent, c'est une question de sécurité", "Yvon Le Berre-Sissoko", "a-t-il martelé", v="pron"),
     Q(D, "prise d'otages des vacanciers", MIN10, "a qualifié", v="func"),
     Q(I, "la grève de “prise d'otages des vacanciers”", MIN10, "a qualifié", opt=True),
     Q(I, "le texte avait été “largement concerté” et que la sécurité des vols “ne sera jamais négociable”", MIN10, "a affirmé"),
     Q(D, "largement concerté", MIN10, "a affirmé", v="pron"),
     Q(D, "ne sera jamais négociable", MIN10, "a affirmé", v="pron"),
     Q(I, "la totalité des vols long-courriers seront assurés", "Air France", "on indique"),
     Q(I, "Transavia a supprimé 86 vols au départ d'Orly", "Transavia", "d'après"),
     Q(D, "J'ai appris la grève par la télévision. Je ne sais même pas si mon vol part", "Clémence Aït-Bouazza", "soupire-t-elle", v="pron"),
     Q(I, "les grèves du contrôle aérien français ont entraîné l'annulation de plus de 20 000 vols en 2025", "Airlines for Europe", "Selon"),
     Q(I, "une nouvelle fois un “service minimum garanti”", "directeur général d'Airlines for Europe", "a réclamé", opt=True),
     Q(D, "service minimum garanti", "directeur général d'Airlines for Europe", "a réclamé", v="func"),
     Q(I, "de reconduire le mouvement la semaine prochaine", "Syndicat autonome de la navigation aérienne", "n'exclut pas", opt=True)],
    [("TRANSPORTS", "TRANSPORTS"), ("Lire aussi", "avant-Covid")])


# ---------------------------------------------------------------- 11
INSEE = "Institut national de la statistique et des études économiques"
GOUV11 = "gouverneur de la Banque de France"
SPEC["11_inflation_novembre"] = (
    [E("Sixtine Mabanckou-Arnaud", "PER"), E(INSEE, "ORG"), E("Insee", "ORG", INSEE),
     E("Wilhelmina Osei-Farcy", "PER"), E("Observatoire français des conjonctures économiques", "ORG"),
     E("OFCE", "ORG", "Observatoire français des conjonctures économiques"), E("Les Halles du Terroir", "ORG"),
     E("Maximilien Koenigsberg", "PER"), E("Familles rurales", "ORG"), E("Hortense Lagarde-Benali", "PER"),
     E("Banque de France", "ORG")],
    [
     Q(D, "le point noir", "Wilhelmina Osei-Farcy", None, nth=0, v="role"),
     Q(I, "La hausse des prix à la consommation a ralenti en novembre, à 1,6 % sur un an après 1,9 % en octobre", INSEE, "a annoncé"),
     Q(I, "Ce reflux s'explique surtout par la baisse des prix de l'énergie, en recul de 4,2 % sur un an", INSEE, "selon"),
     Q(I, "L'alimentation demeure « le point noir » du pouvoir d'achat", "Wilhelmina Osei-Farcy", "souligne"),
     Q(D, "le point noir", "Wilhelmina Osei-Farcy", "souligne", nth=1, v="name"),
     Q(D, "Les prix alimentaires ont augmenté de près de 25 % en quatre ans. Même s'ils se stabilisent, les ménages modestes ne retrouvent pas leur niveau de consommation d'avant 2022", "Wilhelmina Osei-Farcy", "explique la chercheuse", v="role"),
     Q(I, "le gouvernement devrait « cibler les aides sur les cinq millions de foyers » qui consacrent plus d'un cinquième de leur budget à l'alimentation", "Wilhelmina Osei-Farcy", "Pour"),
     Q(D, "cibler les aides sur les cinq millions de foyers", "Wilhelmina Osei-Farcy", "Pour", v="pron"),
     Q(I, "les prix en rayon « baisseront légèrement » au premier trimestre, à la faveur des négociations commerciales en cours avec les industriels", "Maximilien Koenigsberg", "assure"),
     Q(D, "baisseront légèrement", "Maximilien Koenigsberg", "assure", v="name"),
     Q(D, "Nous ne laisserons pas passer des hausses injustifiées", "Maximilien Koenigsberg", "a-t-il promis", v="pron"),
     Q(I, "une hausse de 3,1 % sur un an dans les supermarchés des communes de moins de 10 000 habitants", "Familles rurales", "affiche", opt=True),
     Q(D, "On est loin des chiffres nationaux. Dans les campagnes, il n'y a souvent qu'un magasin, et pas de concurrence", "Hortense Lagarde-Benali", "observe", v="name"),
     Q(I, "une inflation de 1,5 % en moyenne en 2027", "Banque de France", "table sur", opt=True),
     Q(I, "le pays était « sorti de la crise inflationniste »", GOUV11, "a estimé"),
     Q(D, "sorti de la crise inflationniste", GOUV11, "a estimé", v="func"),
     Q(I, "« ne pas relâcher la vigilance » sur les salaires", GOUV11, "appelant"),
     Q(D, "ne pas relâcher la vigilance", GOUV11, "appelant", v="func")],
    [("Conjoncture", "Conjoncture"), ("Mots-clés", "Insee")])


# ---------------------------------------------------------------- 12
PRES12 = "présidente de la région Normandie"
SPEC["12_breves_eco"] = (
    [E("Orvanne Automobiles", "ORG"), E("Europe", "LOC"), E("Caisse d'épargne Loire-Océan", "ORG"),
     E("Gwendal Ferreira-Nizet", "PER"), E("SUD-Banques", "ORG"), E("Insee", "ORG"),
     E("Ysaline Moukoko-Brandt", "PER"), E("Crédit Arverne", "ORG"), E("Normandie", "LOC"), E("Caen", "LOC"),
     E("Hydrovolt", "ORG"), E("Port-Jérôme-sur-Seine", "LOC"), E("Noël", "MISC", opt=True),
     E("Domaines skiables de France", "ORG"), E("Kervella Distribution", "ORG"), E("Proxi'Nord", "ORG"),
     E("France", "LOC"), E("Alexandre Van Hecke-Okafor", "PER"), E("Autorité de la concurrence", "ORG"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(I, "le rappel de 48 000 fourgons en Europe, en raison d'un défaut de fixation des ceintures arrière", "Orvanne Automobiles", "a annoncé", opt=True),
     Q(D, "Aucun accident n'a été signalé à ce jour", "Orvanne Automobiles", "a précisé un porte-parole", v="inst"),
     Q(I, "le coût de l'opération à « quelques dizaines de millions d'euros »", "Orvanne Automobiles", "estime", opt=True),
     Q(D, "quelques dizaines de millions d'euros", "Orvanne Automobiles", "estime", v="inst"),
     Q(I, "La banque mutualiste fermera 35 de ses 190 agences d'ici fin 2027", "Caisse d'épargne Loire-Océan", "a-t-elle confirmé"),
     Q(I, "« la baisse continue de la fréquentation »", "Gwendal Ferreira-Nizet", "invoque", opt=True),
     Q(D, "la baisse continue de la fréquentation", "Gwendal Ferreira-Nizet", "invoque", v="name"),
     Q(D, "un abandon des territoires ruraux", "SUD-Banques", "dénonce", v="inst"),
     Q(I, "« un abandon des territoires ruraux »", "SUD-Banques", "dénonce", opt=True),
     Q(I, "120 postes seront supprimés", "SUD-Banques", "affirme"),
     Q(I, "Le taux de chômage s'est établi à 7,4 % de la population active au troisième trimestre", "Insee", "selon"),
     Q(D, "Le marché du travail résiste mieux que prévu, mais les embauches en CDI ralentissent", "Ysaline Moukoko-Brandt", "note", v="name"),
     Q(D, "C'est le plus gros investissement industriel de la région depuis dix ans", PRES12, "s'est-elle félicitée", v="pron"),
     Q(I, "Les réservations pour les vacances de Noël sont en hausse de 6 % par rapport à l'an dernier", "Domaines skiables de France", "selon"),
     Q(D, "optimiste pour toute la saison", "président de Domaines skiables de France", "se dit", v="func"),
     Q(I, "l'acquisition de 40 supérettes du réseau Proxi'Nord dans le nord de la France", "Kervella Distribution", "a annoncé", opt=True),
     Q(D, "C'est une étape décisive pour devenir le troisième acteur de la proximité", "Alexandre Van Hecke-Okafor", "a déclaré", v="name"),
     Q(I, "l'opération doit être finalisée au printemps, sous réserve de l'accord de l'Autorité de la concurrence", "Kervella Distribution", "Selon")],
    [("L'ÉCO EN BREF", "L'ÉCO EN BREF"), ("Lire aussi", "Partager sur X")])


if __name__ == "__main__":
    main(SPEC, HERE)
