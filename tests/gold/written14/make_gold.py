#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written14 with exact offsets.

    python3 tests/gold/written14/make_gold.py          # write NAME.json, check
    python3 tests/gold/written14/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written14/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), role (role noun, possessive or
description standing for a named person), func (a person known only by
function), inst (institution, body or group), head (a headline quotation
without cue, resolved by the body).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_conseil_halles"] = (
    [E("Bretagne", "LOC"), E("Finistère", "LOC"), E("Landerneau", "LOC"), E("Gwenaëlle Le Scornet", "PER"),
     E("place du Marché", "LOC", opt=True), E("Ardoisières Kervella", "ORG"),
     E("Yannig Quéméner-Abgrall", "PER"), E("Landerneau Ensemble", "ORG"), E("Ville", "ORG", opt=True),
     E("Théophane Broustail", "PER"), E("Landernéens", "MISC"), E("Région Bretagne", "ORG", opt=True),
     E("Maëlys Ar Gall", "PER"), E("Pâques", "MISC", opt=True), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True), E("place Général-de-Gaulle", "LOC", opt=True)],
    [
     Q(D, 'un dérapage assumé', 'maire de Landerneau', 'selon', nth=0, v='func'),
     Q(D, "une facture qui s'envole", 'opposition', 'dénonce', v='inst'),
     Q(D, "C'est un dérapage, je ne le cache pas. Mais c'est un dérapage assumé", 'maire de Landerneau', 'a déclaré', v='func'),
     Q(I, "de l'amiante découvert dans la charpente, puis la liquidation en juillet du couvreur Ardoisières Kervella, qui a laissé le chantier à l'arrêt pendant onze semaines", 'maire de Landerneau', 'a détaillé', opt=True),
     Q(D, "Fallait-il laisser un bâtiment de 1868 à ciel ouvert tout l'hiver ? Je ne le crois pas", 'maire de Landerneau', 'a-t-elle poursuivi', v='pron'),
     Q(I, 'la Ville « a signé trop vite, avec des études bâclées »', 'Yannig Quéméner-Abgrall', 'Pour'),
     Q(D, 'a signé trop vite, avec des études bâclées', 'Yannig Quéméner-Abgrall', 'Pour', v='name'),
     Q(I, 'son groupe avait demandé un audit indépendant dès le printemps 2025', 'Yannig Quéméner-Abgrall', 'a rappelé'),
     Q(D, 'Nous avions alerté. On nous a répondu que nous faisions de la politique', 'Yannig Quéméner-Abgrall', 'a-t-il lancé', v='pron'),
     Q(I, 'la hausse sera absorbée sans toucher aux taux de la fiscalité locale', 'Théophane Broustail', 'assure'),
     Q(D, "Pas un centime de plus sur la feuille d'impôts des Landernéens", 'Théophane Broustail', 'promet-il', v='pron'),
     Q(I, 'La Région Bretagne a en outre accepté de relever sa subvention de 300 000 euros', 'Théophane Broustail', "d'après"),
     Q(D, "Si c'est encore repoussé, certains ne tiendront pas. Moi, j'ai perdu un tiers de mes clients", 'Maëlys Ar Gall', 'confie-t-elle', v='pron'),
     Q(I, 'la charpente sera achevée fin février et les premiers étals pourront revenir en juin', 'services techniques', 'Selon'),
     Q(I, 'une réunion publique « avant les fêtes »', 'maire de Landerneau', 'a promis', opt=True),
     Q(D, 'avant les fêtes', 'maire de Landerneau', 'a promis', v='func')],
    [("Accueil >", "> Landerneau"), ("Partager :", "Général-de-Gaulle")])


# ---------------------------------------------------------------- 02
SPEC["02_startup_vorbis"] = (
    [E("Vorbis", "ORG"), E("université de Nantes", "ORG", opt=True), E("Saint-Herblain", "LOC"),
     E("Ludivine Okonkwo-Marchetti", "PER"), E("Bpifrance", "ORG"), E("Heliant Capital", "ORG"),
     E("Loire-Atlantique", "LOC"), E("Anselme Dufour-Nzeza", "PER"), E("LS2N", "ORG"),
     E("Björn Ellefsen-Rivière", "PER"), E("Achille", "PER", opt=True), E("Air Liquide", "ORG"),
     E("France 2030", "MISC"), E("France", "LOC"), E("Soizick Parmentier-Oyono", "PER"), E("McPhy", "ORG"),
     E("Octave Labbé-Sørensen", "PER"), E("Oddo BHF", "ORG"), E("Europe", "LOC"),
     E("Les Echos Start", "MISC", opt=True)],
    [
     Q(D, 'Nous passons du laboratoire à la série', 'Anselme Dufour-Nzeza', 'résume son cofondateur', nth=0, v='role'),
     Q(I, 'une levée de fonds de 42 millions d’euros menée par Bpifrance et le fonds allemand Heliant Capital, aux côtés de ses investisseurs historiques', 'Vorbis', 'annonce', opt=True),
     Q(D, 'Nous passons du laboratoire à la série. Jusqu’ici, nous fabriquions une machine par mois, à la main ; demain, ce sera une par jour', 'Anselme Dufour-Nzeza', 'explique', v='name'),
     Q(I, 'le carnet de commandes atteint déjà 60 millions d’euros, principalement auprès d’industriels de la chimie et de la verrerie', 'Anselme Dufour-Nzeza', 'Selon'),
     Q(I, 'la technologie de l’entreprise réduit de 30 % le coût de production d’un kilo d’hydrogène', 'Björn Ellefsen-Rivière', 'affirme'),
     Q(D, 'Le platine, c’est le talon d’Achille de la filière. On s’en passe complètement', 'Björn Ellefsen-Rivière', 'insiste l’ingénieur', v='role'),
     Q(I, 'l’opération s’inscrit dans le plan France 2030', 'Bpifrance', 'souligne'),
     Q(D, 'Vorbis coche toutes les cases : une rupture technologique, une usine en France et des clients qui signent', 'Soizick Parmentier-Oyono', 'estime', v='name'),
     Q(D, 'La demande d’hydrogène vert progresse beaucoup moins vite que prévu. Les électrolyseurs ne manquent pas, ce sont les acheteurs qui manquent.', 'Octave Labbé-Sørensen', None, v='name'),
     Q(I, 'le diagnostic', 'Anselme Dufour-Nzeza', 'ne conteste pas', opt=True),
     Q(I, 'ses clients ont signé “des contrats fermes, pas des lettres d’intention”', 'Anselme Dufour-Nzeza', 'assure'),
     Q(D, 'des contrats fermes, pas des lettres d’intention', 'Anselme Dufour-Nzeza', 'assure', v='pron')],
    [("Tech & Médias", "Start-up"), ("Lire aussi :", "Newsletter")])


# ---------------------------------------------------------------- 03
SPEC["03_papeterie_reprise"] = (
    [E("Tarn", "LOC"), E("Mazamet", "LOC"), E("Papeterie du Thoré", "ORG"), E("Castres", "LOC"),
     E("Navarra Fibras", "ORG"), E("CGT", "ORG"), E("Albane Fourcassié-Mbaye", "PER"), E("Porto", "LOC"),
     E("France", "LOC"), E("Rui Valadares Pinto", "PER"), E("Thoré", "ORG", "Papeterie du Thoré", opt=True),
     E("Europe", "LOC"), E("Castres-Mazamet", "ORG", opt=True), E("FO", "ORG"), E("Jordi Castanyer", "PER"),
     E("Maison de l'emploi", "ORG", opt=True), E("Causse", "LOC", opt=True)],
    [
     Q(D, "On sauve l'essentiel, mais quarante-huit familles vont prendre le choc en pleine figure. Personne ne fera la fête ce soir", 'Albane Fourcassié-Mbaye', 'a-t-elle réagi', v='pron'),
     Q(I, "Le syndicat a obtenu que les licenciés bénéficient d'une prime supra-légale de 15 000 euros", 'Albane Fourcassié-Mbaye', 'selon'),
     Q(I, "maintenir l'activité « pendant au moins cinq ans »", 'Rui Valadares Pinto', "s'est engagé"),
     Q(D, 'pendant au moins cinq ans', 'Rui Valadares Pinto', "s'est engagé", v='name'),
     Q(D, 'Le Thoré a des savoir-faire rares en Europe. Nous ne sommes pas venus pour dépecer une usine, nous sommes venus pour la remplir', 'Rui Valadares Pinto', 'a-t-il assuré', v='pron'),
     Q(I, 'cette offre « la plus solide » des trois déposées', 'administrateur judiciaire', 'avait jugé', opt=True),
     Q(D, 'la plus solide', 'administrateur judiciaire', 'avait jugé', v='func'),
     Q(I, "Le fonds d'investissement concurrent proposait de garder 130 postes, mais sans plan de financement jugé crédible", None, "d'après"),
     Q(I, 'un « soulagement »', 'mairie de Mazamet', 'parle', opt=True),
     Q(D, 'soulagement', 'mairie de Mazamet', 'parle', v='inst'),
     Q(I, 'la commune était prête à céder un terrain voisin pour un futur entrepôt', 'maire de Mazamet', 'a indiqué'),
     Q(I, 'la vigilance reste de mise', 'Jordi Castanyer', 'Pour'),
     Q(D, "Des promesses, on en a déjà entendu en 2019 avec l'ancien propriétaire. On attend de voir les machines arriver.", 'Jordi Castanyer', None, v='name'),
     Q(I, "Une cellule de reclassement sera ouverte à la Maison de l'emploi", 'sous-préfecture', 'a annoncé')],
    [("Tarn - Mazamet", "Tarn - Mazamet"), ("À lire aussi", "nouveau logisticien")])


# ---------------------------------------------------------------- 04
SPEC["04_science_bourdons"] = (
    [E("Sciences et Avenir", "ORG"), E("Aurore Vandewalle-Kébé", "PER"),
     E("Proceedings of the Royal Society B", "ORG"), E("Centre de recherches sur la cognition animale", "ORG"),
     E("CRCA", "ORG", "Centre de recherches sur la cognition animale"), E("Toulouse", "LOC"),
     E("Bombus terrestris", "MISC", opt=True), E("Ilario Benvenuti-Fall", "PER"), E("Italie", "LOC"),
     E("Hermine de Launoit", "PER"), E("Kwame Asante-Roussel", "PER"), E("université de Rennes", "ORG", opt=True),
     E("CNRS", "ORG"), E("université Toulouse III - Paul-Sabatier", "ORG", opt=True), E("Koppert", "ORG"),
     E("Europe", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(I, "Les bourdons savent compter jusqu'à quatre", 'Centre de recherches sur la cognition animale', 'selon'),
     Q(I, 'des bourdons dressés distinguent des quantités sans indice visuel', 'chercheurs du Centre de recherches sur la cognition animale', 'a montré'),
     Q(D, 'surprise de taille', None, None, opt=True),
     Q(I, 'le bourdon terrestre, Bombus terrestris, est capable de distinguer des groupes de un à quatre objets', 'chercheurs du Centre de recherches sur la cognition animale', 'montrent'),
     Q(D, "Nous avons tout fait pour qu'ils ne puissent pas tricher en se fiant à la surface colorée ou au contour des formes", 'Ilario Benvenuti-Fall', 'explique', v='name'),
     Q(I, 'pour un butineur, savoir combien de fleurs il a déjà visitées sur une même tige serait un avantage considérable', 'Ilario Benvenuti-Fall', 'avance une hypothèse', opt=True),
     Q(D, "Un bourdon qui compte perd moins de temps. Et chez un insecte qui vit quelques semaines, le temps, c'est de l'énergie", 'Ilario Benvenuti-Fall', 'résume-t-il', v='pron'),
     Q(I, "au-delà de quatre, les performances s'effondrent", 'Hermine de Launoit', 'tempère'),
     Q(I, "l'insecte « perçoit des quantités plutôt qu'il ne compte au sens humain »", 'Hermine de Launoit', 'estime'),
     Q(D, "perçoit des quantités plutôt qu'il ne compte au sens humain", 'Hermine de Launoit', 'estime', v='pron'),
     Q(D, 'On ne va pas leur apprendre les mathématiques', 'Hermine de Launoit', 'sourit la biologiste', v='role'),
     Q(I, 'ces résultats confirment que de très petits cerveaux peuvent réaliser des opérations complexes', 'Kwame Asante-Roussel', 'Pour'),
     Q(I, "l'expérience n'ait porté que sur une seule colonie", 'Kwame Asante-Roussel', 'regrette'),
     Q(I, "la colonie de bourdons utilisée a été fournie par l'éleveur néerlandais Koppert", 'CRCA', 'Selon')],
    [("Sciences et Avenir >", "Animaux"), ("Lecture 4 min.", "Lecture 4 min."), ("À lire aussi", "Copier le lien")])


# ---------------------------------------------------------------- 05
SPEC["05_tribunal_controleur"] = (
    [E("Agen", "LOC"), E("Tempo", "ORG"), E("Kévin Sarrazy-Doumbia", "PER"), E("Jasmin", "LOC", opt=True),
     E("Enguerrand Lacoste-Iriarte", "PER"), E("Philippine Ravaud-Ossou", "PER"),
     E("Gaspard N'Diaye-Lorrain", "PER"), E("Boé", "LOC"), E("Keolis", "ORG"),
     E("Agglomération d'Agen", "ORG"), E("Bérengère Castagnède", "PER")],
    [
     Q(D, "J'avais bu, je sortais d'une rupture. Ce n'est pas une excuse", 'Kévin Sarrazy-Doumbia', 'a reconnu le prévenu', v='role'),
     Q(I, "il n'avait « jamais frappé personne avant ce soir-là »", 'Kévin Sarrazy-Doumbia', 'a assuré'),
     Q(D, 'jamais frappé personne avant ce soir-là', 'Kévin Sarrazy-Doumbia', 'a assuré', v='pron'),
     Q(D, 'Je monte dans chaque bus avec la boule au ventre', 'Enguerrand Lacoste-Iriarte', 'a-t-il témoigné', v='pron'),
     Q(D, "et ma femme m'appelle à chaque fin de service pour savoir si je suis rentré.", 'Enguerrand Lacoste-Iriarte', 'a-t-il témoigné', v='pron'),
     Q(I, 'les agressions de contrôleurs avaient doublé en deux ans sur le réseau agenais', 'Philippine Ravaud-Ossou', 'a rappelé'),
     Q(D, "Mon client ne fait pas un métier dangereux. Il fait un métier qu'on a rendu dangereux", 'Philippine Ravaud-Ossou', 'a-t-elle plaidé', v='pron'),
     Q(I, "deux ans d'emprisonnement dont dix-huit mois avec sursis probatoire", 'procureure', 'a requis', opt=True),
     Q(D, "Le contrôleur n'est pas un ennemi. Il est là pour que le bus continue de rouler pour tout le monde", 'procureure', 'a déclaré la magistrate', v='func'),
     Q(I, 'une obligation de soins', 'procureure', 'a demandé', opt=True),
     Q(I, 'la clémence pour un homme « sans aucun antécédent »', "Gaspard N'Diaye-Lorrain", 'a plaidé', opt=True),
     Q(D, 'sans aucun antécédent', "Gaspard N'Diaye-Lorrain", 'a plaidé', v='name'),
     Q(I, "son client a écrit une lettre d'excuses à la victime dès sa sortie de garde à vue", "Gaspard N'Diaye-Lorrain", 'Selon'),
     Q(I, 'les équipes de contrôle seraient désormais accompagnées de médiateurs le soir', 'Keolis', 'a indiqué')],
    [("Faits divers - Justice", "Faits divers - Justice")])


# ---------------------------------------------------------------- 06
SPEC["06_rugby_derby"] = (
    [E("Fédérale 1", "MISC", opt=True), E("Lannemezan", "ORG", "RC Lannemezan", opt=True),
     E("Saint-Gaudens", "ORG", "US Saint-Gaudens", opt=True), E("Lannemezanais", "MISC"),
     E("stade de la Demi-Lune", "LOC", opt=True), E("RC Lannemezan", "ORG"), E("US Saint-Gaudens", "ORG"),
     E("Tevita Fakatava", "PER"), E("Fakatava", "PER", "Tevita Fakatava"), E("Commingeois", "MISC"),
     E("Nathanaël Caussade-Ibos", "PER"), E("Caussade-Ibos", "PER", "Nathanaël Caussade-Ibos"),
     E("Aurélien Bégué-Larrieu", "PER"), E("Bigourdans", "MISC"), E("Sébastien Mounaix-Tchakounté", "PER"),
     E("Tarbes", "LOC", opt=True, only=[0]), E("Tarbes", "ORG", opt=True, only=[1]),
     E("Oloron", "ORG", opt=True), E("Mauléon", "ORG", opt=True), E("Lombez-Samatan", "ORG", opt=True),
     E("Graulhet", "ORG", opt=True), E("Nafarroa", "ORG"), E("LANNEMEZAN", "ORG", "RC Lannemezan", opt=True),
     E("SAINT-GAUDENS", "ORG", "US Saint-Gaudens", opt=True), E("Dupouy", "PER"), E("Lacassagne", "PER"),
     E("Bordères", "PER")],
    [
     Q(D, 'On a retrouvé notre identité', 'Aurélien Bégué-Larrieu', 'savoure leur capitaine', nth=0, v='role'),
     Q(D, "À la mi-temps, personne n'a crié. On s'est regardés et on s'est dit qu'on n'avait rien montré. On a retrouvé notre identité, celle d'une équipe qui avance", 'Aurélien Bégué-Larrieu', 'a confié', v='name'),
     Q(I, '"le caractère" de son groupe', 'Sébastien Mounaix-Tchakounté', 'a salué', opt=True),
     Q(D, 'le caractère', 'Sébastien Mounaix-Tchakounté', 'a salué', v='name'),
     Q(I, 'la victoire "ne vaut que si on confirme à Tarbes" dimanche prochain', 'Sébastien Mounaix-Tchakounté', 'estime'),
     Q(D, 'ne vaut que si on confirme à Tarbes', 'Sébastien Mounaix-Tchakounté', 'estime', v='pron'),
     Q(D, "On n'a pas été bons en touche, on a pris trop de pénalités. Je ne vais pas faire la fine bouche, mais il y a du travail", 'Sébastien Mounaix-Tchakounté', 'a-t-il tempéré', v='pron'),
     Q(D, "On a fait quarante minutes parfaites et on s'est arrêtés de jouer. À ce niveau, ça ne pardonne pas", 'Nathanaël Caussade-Ibos', 'a regretté', v='name'),
     Q(I, 'l\'équipe a "manqué de fraîcheur" après trois déplacements consécutifs', "entraîneur de l'US Saint-Gaudens", 'Selon'),
     Q(D, 'manqué de fraîcheur', "entraîneur de l'US Saint-Gaudens", 'Selon', v='func'),
     Q(I, 'le match retour se jouerait en nocturne, le 14 mars', 'RC Lannemezan', 'a annoncé')],
    [("SPORTS | Rugby", "Fédérale 1")])


# ---------------------------------------------------------------- 07
SPEC["07_expo_kallenberg"] = (
    [E("Rodez", "LOC"), E("musée Soulages", "ORG", opt=True), E("Ida Kallenberg", "PER"),
     E("Ida", "PER", "Ida Kallenberg"), E("Les Veilleurs du causse", "MISC"), E("Aveyron", "LOC"),
     E("Clothilde Vabre-Ngoma", "PER"), E("Uppsala", "LOC"), E("Sévérac-le-Château", "LOC"),
     E("Fantine Obiang-Delmas", "PER"), E("Stockholm", "LOC"), E("Transhumance", "MISC"), E("Aubrac", "LOC"),
     E("Roquefort", "LOC"), E("Pierre Soulages", "PER"), E("éditions du Rouergue", "ORG", opt=True)],
    [
     Q(D, 'Les Veilleurs du causse', None, None, opt=True, nth=0),
     Q(D, 'Les Veilleurs du causse', None, None, opt=True, nth=1),
     Q(D, "Ida a commencé comme photographe de mode à Stockholm. Elle est arrivée ici pour un reportage de trois jours et elle n'est jamais repartie", 'Fantine Obiang-Delmas', 'raconte-t-elle', v='pron'),
     Q(I, "la plupart des tirages exposés n'avaient jamais quitté l'atelier de l'artiste", 'Fantine Obiang-Delmas', 'assure'),
     Q(D, 'Transhumance', None, None, opt=True),
     Q(D, "Quand je suis arrivée, un vieux berger m'a dit : “Ici, on ne prend pas les gens en photo, on les écoute.” J'ai mis dix ans à comprendre ce qu'il voulait dire", 'Ida Kallenberg', 'a-t-elle confié', v='pron'),
     Q(D, 'Ici, on ne prend pas les gens en photo, on les écoute.', None, "m'a dit"),
     Q(I, "cette exposition montre que l'établissement « ne se limite pas à l'œuvre de Pierre Soulages »", 'directeur du musée Soulages', 'Pour'),
     Q(D, "ne se limite pas à l'œuvre de Pierre Soulages", 'directeur du musée Soulages', 'Pour', v='func'),
     Q(I, "40 000 visiteurs d'ici au printemps", 'directeur du musée Soulages', 'espère', opt=True),
     Q(D, 'une reconnaissance méritée', "président du conseil départemental de l'Aveyron", 'selon', v='func'),
     Q(D, 'Les Veilleurs du causse', None, None, opt=True, nth=3)],
    [("Culture | Exposition", "Culture | Exposition")])


# ---------------------------------------------------------------- 08
SPEC["08_entretien_kergoat"] = (
    [E("La Saison des cormorans", "MISC"), E("Lorientaise", "MISC"), E("Nolwenn Kergoat-Oyelaran", "PER"),
     E("Landerneau des lecteurs", "MISC", opt=True), E("Pierre-Yves Le Mestre", "PER"),
     E("Kerlouan-sur-Mer", "LOC"), E("Douarnenez", "LOC"), E("Concarneau", "LOC"), E("Saint-Malo", "LOC"),
     E("Gendreau-Bihan", "ORG"), E("Lorient", "LOC"), E("Le Castor Astral", "ORG"),
     E("Télégramme", "ORG", "Le Télégramme"), E("Quimperlé", "LOC"), E("Loïc Trémeur-Daoudi", "PER"),
     E("Groix", "LOC"), E("Prix Landerneau", "MISC", opt=True)],
    [
     Q(D, "Mon village n'existe pas, mais tout le monde croit le reconnaître", 'Nolwenn Kergoat-Oyelaran', None, nth=0, v='head'),
     Q(D, 'La Saison des cormorans', None, None, opt=True, nth=0),
     Q(I, "c'est chez eux", None, 'me dire', opt=True),
     Q(D, "Tu as oublié l'odeur.", 'mère de Nolwenn Kergoat-Oyelaran', "m'a dit", v='func'),
     Q(I, "d'un « roman social »", 'Le Castor Astral', 'parle', opt=True),
     Q(D, 'roman social', 'Le Castor Astral', 'parle', v='inst'),
     Q(I, 'une fin trop sombre', None, 'reprochent', opt=True),
     Q(I, 'changer la fin', 'éditrice de Nolwenn Kergoat-Oyelaran', "m'a demandé"),
     Q(D, "Un adjectif, c'est un aveu de paresse.", 'Loïc Trémeur-Daoudi', 'me répétait', v='name')],
    [("Livres", "Livres"), ("Lire aussi :", "Partager l'article")])


# ---------------------------------------------------------------- 09
SPEC["09_greve_tisseo"] = (
    [E("Toulouse", "LOC"), E("Tisséo", "ORG"), E("CGT", "ORG"), E("FO", "ORG"), E("Unsa", "ORG"),
     E("Ousmane Traoré-Villeneuve", "PER"), E("Anne-Sixtine de Ferluc", "PER"), E("Florent Ramonatxo", "PER"),
     E("Tisséo Collectivités", "ORG"), E("Toulouse Métropole", "ORG"), E("Balma-Gramont", "LOC", opt=True),
     E("Basso Cambo", "LOC", opt=True), E("Mélodie Azéma", "PER"), E("CHU de Toulouse", "ORG"),
     E("Jean-Jaurès", "LOC", opt=True)],
    [
     Q(D, 'aucun métro', 'direction', 'prévient la direction', nth=0, v='inst'),
     Q(I, '"aucun métro" jeudi sur la ligne B', 'direction', 'prévient'),
     Q(I, "une grève reconductible à partir de jeudi sur l'ensemble du réseau Tisséo", 'intersyndicale', 'appelle à', opt=True),
     Q(D, 'aucun métro', 'direction', 'prévoit', nth=1, v='inst'),
     Q(I, '"aucun métro" sur la ligne B et un bus sur trois en moyenne', 'direction', 'prévoit', opt=True),
     Q(I, "elle allongerait les amplitudes de travail de près d'une heure par jour", 'syndicats', 'Selon'),
     Q(D, "On va finir à 21 heures des journées commencées à 5 h 30, avec trois heures de coupure au milieu. Ce n'est pas une journée de travail, c'est une journée de vie", 'Ousmane Traoré-Villeneuve', 'dénonce', v='name'),
     Q(I, 'ce chiffre', 'direction', 'conteste', opt=True),
     Q(I, '"l\'amplitude moyenne n\'augmentera que de douze minutes" et que la réforme permettra "d\'ajouter 40 départs quotidiens aux heures de pointe"', 'direction', 'affirme'),
     Q(D, "l'amplitude moyenne n'augmentera que de douze minutes", 'direction', 'affirme', v='pron'),
     Q(D, "d'ajouter 40 départs quotidiens aux heures de pointe", 'direction', 'affirme', v='pron'),
     Q(I, 'regretter "une grève décidée avant même la fin des négociations"', 'Anne-Sixtine de Ferluc', 'dit'),
     Q(D, 'une grève décidée avant même la fin des négociations', 'Anne-Sixtine de Ferluc', 'dit regretter', v='name'),
     Q(D, 'Nous ne sommes pas contre la réforme. Nous sommes contre la manière', 'Florent Ramonatxo', 'résume son délégué', v='name'),
     Q(I, 'le syndicat signerait "demain matin" si la prime de coupure était doublée', 'Florent Ramonatxo', 'assure'),
     Q(D, 'demain matin', 'Florent Ramonatxo', 'assure', v='pron'),
     Q(I, 'les deux parties à « reprendre le dialogue sans attendre »', 'présidente de Tisséo Collectivités', 'a appelé'),
     Q(D, 'reprendre le dialogue sans attendre', 'présidente de Tisséo Collectivités', 'a appelé', v='func'),
     Q(I, "une réunion de médiation se tiendrait lundi au siège de l'autorité organisatrice", 'présidente de Tisséo Collectivités', 'a indiqué'),
     Q(D, "Je fais Balma-Gramont - Basso Cambo tous les jours. Sans métro, c'est une heure et demie de bus, si j'en trouve un", 'Mélodie Azéma', 'soupire', v='name'),
     Q(I, "de consulter l'application avant tout déplacement et de privilégier le covoiturage", 'Tisséo', 'recommande')],
    [("Toulouse > Transports", "Toulouse > Transports"), ("Partager    Tweeter", "prend du retard")])


# ---------------------------------------------------------------- 10
SPEC["10_fromagerie_gorron"] = (
    [E("Mayenne", "LOC"), E("Lactalpe", "ORG"), E("Gorron", "LOC"), E("Prés d'Ernée", "MISC", opt=True),
     E("Firmin Letourneur-Adjaho", "PER"), E("comité social et économique", "ORG", opt=True), E("Ouest", "LOC"),
     E("Montcharmel", "MISC", opt=True), E("Vire", "LOC"), E("Calvados", "LOC"),
     E("Hugues Quintin-Mabiala", "PER"), E("Ouest-France", "ORG"), E("Lassay-les-Châteaux", "LOC"),
     E("Perrine Lebourdais", "PER"), E("CFDT", "ORG"), E("CSE", "ORG", "comité social et économique", opt=True),
     E("FO", "ORG"), E("Yves-Marie Gandon de Ravenel", "PER"), E("Mayenne Communauté", "ORG"),
     E("Région Pays de la Loire", "ORG", opt=True), E("MSA", "ORG"), E("Newsletter Agri Ouest", "MISC", opt=True)],
    [
     Q(I, "la fermeture d'ici juin 2027 de son site mayennais, qui fabrique les camemberts Prés d'Ernée", 'Lactalpe', 'annonce', opt=True),
     Q(I, "d'un « coup de massue »", 'syndicats', 'parlent', opt=True),
     Q(D, 'coup de massue', 'syndicats', 'parlent', v='inst'),
     Q(D, "Le site de Gorron n'est plus rentable depuis cinq ans. Nous avons perdu près de 4 millions d'euros l'an dernier sur cette seule usine", 'Hugues Quintin-Mabiala', 'a justifié', v='name'),
     Q(I, 'chaque salarié se verrait proposer un poste à Vire ou à Lassay-les-Châteaux', 'Hugues Quintin-Mabiala', 'a promis'),
     Q(D, "Vire, c'est 70 kilomètres. Quand on a des enfants à l'école et un conjoint qui travaille ici, ce n'est pas une proposition, c'est une porte de sortie", 'Perrine Lebourdais', 'tranche', v='name'),
     Q(I, 'une expertise indépendante des comptes', 'CFDT et FO', 'réclament', opt=True),
     Q(I, 'ne pas avoir été consulté', 'Yves-Marie Gandon de Ravenel', 'reconnaît'),
     Q(D, 'Nous sommes les propriétaires de cette coopérative, sur le papier. Dans les faits, on apprend les fermetures par la presse', 'Yves-Marie Gandon de Ravenel', 'regrette-t-il', v='pron'),
     Q(I, "le territoire « perd bien plus qu'une usine »", 'président de Mayenne Communauté', 'estime'),
     Q(D, "perd bien plus qu'une usine", 'président de Mayenne Communauté', 'estime', v='func'),
     Q(I, "elle demanderait à rencontrer la direction de Lactalpe dans les prochains jours", 'présidente de la Région Pays de la Loire', 'a fait savoir'),
     Q(I, "près d'un quart des salariés du site ont plus de 55 ans", 'MSA', "D'après")],
    [("Économie | Agroalimentaire", "Économie | Agroalimentaire"), ("Lire aussi", "inscrivez-vous")])


# ---------------------------------------------------------------- 11
SPEC["11_cyberattaque_wattrelos"] = (
    [E("Hauts-de-France", "LOC"), E("Wattrelos", "LOC"), E("Timothée Vanhoutte-Benali", "PER"),
     E("Krakenlock", "ORG"), E("Mathurin Oyarzabal", "PER"),
     E("Agence nationale de la sécurité des systèmes d'information", "ORG"),
     E("Anssi", "ORG", "Agence nationale de la sécurité des systèmes d'information"), E("Europe", "LOC"),
     E("Capucine Lefebvre-Atangana", "PER"), E("université de Lille", "ORG", opt=True), E("Paris", "LOC"),
     E("Jean-Baptiste Vereecke", "PER"), E("Métropole européenne de Lille", "ORG")],
    [
     Q(D, 'Nous ne paierons pas', 'maire de Wattrelos', 'assure le maire', nth=0, v='func'),
     Q(D, "Nous ne paierons pas. Payer, c'est financer la prochaine attaque, peut-être contre un hôpital", 'maire de Wattrelos', 'a déclaré le maire', v='func'),
     Q(I, 'les données des habitants “ne semblaient pas” avoir été exfiltrées, “mais nous ne pouvons rien exclure à ce stade”', 'maire de Wattrelos', 'a précisé'),
     Q(D, 'ne semblaient pas', 'maire de Wattrelos', 'a précisé', v='pron'),
     Q(D, 'mais nous ne pouvons rien exclure à ce stade', 'maire de Wattrelos', 'a précisé', v='pron'),
     Q(D, "On a tout débranché en vingt minutes. C'est ce qui nous a sauvés, explique-t-il. Les sauvegardes étaient hors ligne, nous devrions pouvoir restaurer l'essentiel d'ici dix jours.", 'Mathurin Oyarzabal', 'explique-t-il', v='pron'),
     Q(I, "Krakenlock a revendiqué au moins quarante attaques en Europe depuis le début de l'année, dont onze contre des collectivités françaises", "Agence nationale de la sécurité des systèmes d'information", 'Selon'),
     Q(I, 'les communes moyennes sont des proies faciles', 'Capucine Lefebvre-Atangana', 'Pour'),
     Q(D, "Elles ont les mêmes données sensibles qu'une grande ville, mais souvent un seul informaticien, parfois à mi-temps", 'Capucine Lefebvre-Atangana', 'observe-t-elle', v='pron'),
     Q(I, "la mutualisation des équipes à l'échelle des intercommunalités", 'Capucine Lefebvre-Atangana', 'plaide pour', opt=True),
     Q(I, 'Le parquet de Paris, compétent en matière de cybercriminalité, a ouvert une enquête pour extorsion en bande organisée', None, 'a indiqué'),
     Q(D, "Je venais pour une carte d'identité. On m'a dit de revenir dans quinze jours", 'Jean-Baptiste Vereecke', 'raconte', v='name')],
    [("Hauts-de-France", "Hauts-de-France"), ("Lire aussi :", "favorites des pirates"), ("Tags :", "Métropole européenne de Lille")])


# ---------------------------------------------------------------- 12
SPEC["12_epicerie_saintclar"] = (
    [E("Gers", "LOC"), E("Saint-Clar", "LOC"), E("rue Nationale", "LOC", opt=True), E("Lomagne", "LOC"),
     E("Au Panier de Lomagne", "ORG"), E("Anatole Dubrana-Keïta", "PER"), E("Bernadette Sempé-Olivier", "PER"),
     E("Villages Vivants", "ORG"), E("ferme des Coustous", "LOC", opt=True), E("Noël", "MISC", opt=True)],
    [
     Q(D, "On a prouvé qu'un village pouvait se prendre en main", 'Anatole Dubrana-Keïta', 'se félicite son gérant', nth=0, v='role'),
     Q(D, "Quand on a lancé la souscription, je pensais qu'on atteindrait soixante personnes. On a dépassé les deux cents en trois semaines. On a prouvé qu'un village pouvait se prendre en main.\n\n« Ici, la dernière supérette était à douze kilomètres. Pour les anciens qui ne conduisent plus, c'était devenu un vrai problème", 'Anatole Dubrana-Keïta', 'poursuit le gérant', v='role'),
     Q(I, 'la commune avait racheté les murs pour 95 000 euros et les louait à la coopérative pour un loyer symbolique', 'maire de Saint-Clar', 'a rappelé'),
     Q(D, "Nous n'avons fait que notre travail d'élus", 'maire de Saint-Clar', 'a-t-il assuré', v='pron'),
     Q(I, "aux bénévoles qui ont repeint et réaménagé le local pendant tout l'automne", 'maire de Saint-Clar', 'en rendant hommage', opt=True),
     Q(D, "Je viens tous les matins pour le pain et pour les nouvelles. L'épicerie, c'est aussi l'endroit où l'on apprend qui est malade", 'Bernadette Sempé-Olivier', 'sourit la retraitée', v='role'),
     Q(I, 'une trentaine de commerces de proximité ont fermé dans le département depuis 2020', "chambre de commerce et d'industrie du Gers", 'Selon'),
     Q(I, "le modèle coopératif « fonctionne quand les habitants s'y engagent dès le départ »", 'Villages Vivants', 'assure'),
     Q(D, "fonctionne quand les habitants s'y engagent dès le départ", 'Villages Vivants', 'assure', v='inst'),
     Q(D, 'faire connaître le lieu', 'Anatole Dubrana-Keïta', 'compte', v='pron')],
    [("Gers - Vie locale", "Gers - Vie locale")])


if __name__ == "__main__":
    main(SPEC, HERE)
