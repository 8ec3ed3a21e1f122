#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written12 with exact offsets.

    python3 tests/gold/written12/make_gold.py          # write NAME.json, check
    python3 tests/gold/written12/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written12/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), role (role noun or description standing
for a named person), func (a person known only by function), inst
(institution, body or group).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_coupe_change"] = (
    [E("Coupe de France", "MISC"), E("Coupe", "MISC", "Coupe de France", opt=True),
     E("US Changé", "ORG"), E("En Avant Guingamp", "ORG"),
     E("Guingamp", "ORG", "En Avant Guingamp", opt=True), E("Maëlys Trochu", "PER"),
     E("Régional 1", "MISC", opt=True), E("Ligue 2", "MISC", opt=True), E("Ligue 1", "MISC", opt=True),
     E("stade Francis-Le Basser", "LOC", opt=True), E("Laval", "LOC"), E("Ilyès Benhadda", "PER"),
     E("Château-Gontier", "LOC"), E("Stade Lavallois", "ORG"), E("Annecy", "ORG", opt=True),
     E("Noah Kervella", "PER"), E("Changéens", "MISC"), E("Gaëtan Rousseau-Bréhier", "PER"),
     E("Olivier Méziane", "PER"), E("Pau", "ORG", opt=True), E("Ghislaine Poirier", "PER"),
     E("PSG", "ORG"), E("Changé", "LOC"), E("District de la Mayenne de football", "ORG"),
     E("Ouest-France", "ORG"), E("Jérôme Lepetit", "PER"), E("Facebook", "ORG", opt=True),
     E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "une soirée pour l'éternité", 'Ilyès Benhadda', None, nth=0, v='name'),
     Q(D, "Je ne sais même plus de quel côté j'ai plongé. J'ai juste vu le ballon dans mes gants et tout le monde qui me tombait dessus. C'est une soirée pour l'éternité", 'Ilyès Benhadda', 'a raconté', v='role'),
     Q(D, "On s'était dit à la pause qu'on n'avait rien à perdre, a expliqué le milieu de terrain. Eux avaient tout à perdre. Ça se voyait dans leurs yeux.", 'Gaëtan Rousseau-Bréhier', 'a expliqué', v='role'),
     Q(I, "ses joueurs avaient « respecté le plan à la lettre » et que la qualification ne devait rien au hasard", 'Olivier Méziane', 'a assuré'),
     Q(D, "respecté le plan à la lettre", 'Olivier Méziane', 'a assuré', v='pron'),
     Q(D, "On a travaillé les tirs au but tous les jeudis depuis septembre. Les gars se moquaient de moi", 'Olivier Méziane', 'a-t-il souri', v='pron'),
     Q(I, "son équipe était « passée à côté » de son match", 'entraîneur guingampais', 'a reconnu'),
     Q(D, "passée à côté", 'entraîneur guingampais', 'a reconnu', v='func'),
     Q(D, "Il n'y a aucune excuse. On a été suffisants, et en Coupe, la suffisance se paie cash", 'entraîneur guingampais', 'a-t-il regretté', v='pron'),
     Q(I, "le club devra « vite tourner la page » avant la réception de Pau vendredi", 'entraîneur guingampais', 'Selon'),
     Q(D, "vite tourner la page", 'entraîneur guingampais', 'Selon', v='pron'),
     Q(I, "le club espère recevoir un adversaire de Ligue 1 au tour suivant, « pourquoi pas le PSG »", 'Ghislaine Poirier', "D'après"),
     Q(D, "pourquoi pas le PSG", 'Ghislaine Poirier', "D'après", v='pron'),
     Q(I, "la mairie de Changé et le District de la Mayenne de football avaient proposé leur aide pour organiser la rencontre", 'Ghislaine Poirier', 'a précisé'),
     Q(D, "On n'a que 400 places assises à la maison, il faudra encore demander l'hospitalité à Laval", 'Ghislaine Poirier', 'a-t-elle reconnu', v='pron')],
    [("Accueil > Sport", "Menu"), ("Lire aussi : Coupe", "avant Annecy"), ("Photo : Ilyès", "E-mail")])


# ---------------------------------------------------------------- 02
SPEC["02_festival_crozon"] = (
    [E("Festival du Bout du Monde", "MISC"), E("Bout du Monde", "MISC", "Festival du Bout du Monde"),
     E("Malienne", "MISC"), E("Fatoumata Sidibé", "PER"), E("Fatoumata", "PER", "Fatoumata Sidibé"),
     E("Crozon", "LOC"), E("Erwan Le Floc'h", "PER"), E("Kora Blues", "MISC"),
     E("Mouton Noir Records", "ORG"), E("Tanguy Le Gall", "PER"), E("Sauve Qui Peut", "ORG"),
     E("Quimper", "LOC"), E("Fêtes de Cornouaille", "MISC"), E("Bretagne", "LOC"), E("Brestois", "MISC"),
     E("Morlaix", "LOC"), E("Soazig Kerhervé", "PER"), E("Radio Nova", "ORG"),
     E("Département du Finistère", "ORG", opt=True), E("Lisbonne", "LOC"), E("Bruxelles", "LOC"),
     E("Eurockéennes de Belfort", "MISC"), E("Mali", "LOC"), E("Le Télégramme", "ORG"),
     E("Yann Morvézen", "PER"), E("Newsletter Culture", "MISC", opt=True)],
    [
     Q(D, "Quand j'ai vu la mer derrière le public, j'ai pensé à mon grand-père qui n'a jamais vu l'océan. Je lui ai dédié la dernière chanson", 'Fatoumata Sidibé', 'a confié', v='role'),
     Q(I, "la tête d'affiche ne doit pas forcément être « celle qui vend le plus de disques »", 'Tanguy Le Gall', 'Selon'),
     Q(D, "celle qui vend le plus de disques", 'Tanguy Le Gall', 'Selon', v='pron'),
     Q(I, "l'association organisatrice, Sauve Qui Peut, avait refusé cette année deux artistes « trop chers pour ce qu'ils apportent »", 'Tanguy Le Gall', 'a rappelé'),
     Q(D, "trop chers pour ce qu'ils apportent", 'Tanguy Le Gall', 'a rappelé', v='pron'),
     Q(D, "On veut que les gens repartent avec un nom qu'ils ne connaissaient pas, explique-t-il. Fatoumata, il y a trois ans, personne ne la connaissait en Bretagne.", 'Tanguy Le Gall', 'explique-t-il', v='pron'),
     Q(I, "la fréquentation a légèrement baissé par rapport à 2025, ce qu'il attribue à la météo du samedi", 'Tanguy Le Gall', 'reconnaît'),
     Q(I, "avoir découvert la Malienne « par hasard, sur Radio Nova »", 'Soazig Kerhervé', 'avoue'),
     Q(D, "par hasard, sur Radio Nova", 'Soazig Kerhervé', 'avoue', v='name'),
     Q(D, "Maintenant, on connaît toutes les paroles, même en bambara. Enfin, on essaie !", 'Soazig Kerhervé', 'rit-elle', v='pron'),
     Q(I, "« un festival qui fait vivre tout le territoire »", 'maire de Crozon', 'a salué', opt=True),
     Q(D, "un festival qui fait vivre tout le territoire", 'maire de Crozon', 'a salué', v='func'),
     Q(I, "aucun incident majeur n'avait été signalé sur les trois jours, hormis une quinzaine de vols de téléphones", 'gendarmerie', 'a indiqué'),
     Q(I, "il reconduirait sa subvention l'an prochain", 'Département du Finistère', 'a annoncé'),
     Q(D, "Je reviendrai, promet-elle. La Bretagne, c'est un peu le Mali avec de la pluie.", 'Fatoumata Sidibé', 'promet-elle', v='pron')],
    [("Crédit photo", "Partagez-le !")])


# ---------------------------------------------------------------- 03
SPEC["03_incendie_gendarmes"] = (
    [E("Saint-Jean-de-Monts", "LOC"), E("SPA de Vendée", "ORG"), E("Vendée", "LOC"),
     E("Anne-Gaëlle Brossard", "PER"), E("Sdis 85", "ORG"), E("rue des Mouettes", "LOC", opt=True),
     E("Jean-Yves Charrier", "PER"), E("Jean-Yves", "PER", "Jean-Yves Charrier"), E("Challans", "LOC"),
     E("Ludivine Ferrec", "PER"), E("Marc-Antoine Delahaye", "PER"), E("D38", "LOC", opt=True),
     E("Notre-Dame-de-Monts", "LOC"), E("La Roche-sur-Yon", "LOC"), E("Patrick Olivaud", "PER"),
     E("Noël", "MISC", opt=True), E("salle Océane", "LOC", opt=True), E("Pirate", "MISC", opt=True),
     E("Ouest-France", "ORG"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("Les Sables-d'Olonne", "LOC"), E("Nantes", "LOC")],
    [
     Q(D, "Il est retourné chercher son chien", 'Ludivine Ferrec', 'raconte', nth=0, v='role'),
     Q(D, "Il est retourné chercher son chien. On lui a crié de ne pas y aller, mais il n'a rien voulu entendre", 'Ludivine Ferrec', 'raconte', v='name'),
     Q(I, "le sexagénaire était parvenu à sortir de la maison avant d'y retourner", 'gendarmes de la brigade de Challans', 'Selon'),
     Q(I, "avoir entendu « comme une explosion » quelques minutes plus tard", 'Ludivine Ferrec', 'dit'),
     Q(D, "comme une explosion", 'Ludivine Ferrec', 'dit', v='role'),
     Q(I, "l'origine de l'incendie restait « indéterminée à ce stade »", 'Marc-Antoine Delahaye', 'a précisé'),
     Q(D, "indéterminée à ce stade", 'Marc-Antoine Delahaye', 'a précisé', v='name'),
     Q(D, "Nous n'écartons aucune hypothèse, mais rien ne laisse penser à un acte criminel", 'Marc-Antoine Delahaye', 'a-t-il ajouté', v='pron'),
     Q(I, "une autopsie serait pratiquée vendredi", 'procureur de la République de La Roche-sur-Yon', 'a indiqué'),
     Q(D, "Les premiers éléments orientent vers un départ de feu accidentel, lié à un poêle à pétrole", 'procureur de la République de La Roche-sur-Yon', 'a déclaré', v='func'),
     Q(D, "Jean-Yves, tout le monde le connaissait. Il donnait ses huîtres à Noël à tous les voisins", 'Patrick Olivaud', 'soupire', v='name'),
     Q(I, "la victime vivait seule depuis la mort de son épouse, en 2023", 'Patrick Olivaud', "D'après"),
     Q(I, "une cellule d'écoute serait ouverte à la salle Océane dès samedi", 'maire de Saint-Jean-de-Monts', 'a fait savoir')],
    [("Aller au contenu principal", "Aller au contenu principal"), ("Lire aussi : Vendée", "Notre-Dame-de-Monts"),
     ("© Ouest-France", "jusqu'à lundi")])


# ---------------------------------------------------------------- 04
SPEC["04_rugby_castres"] = (
    [E("Castres", "ORG", "Castres Olympique", opt=True, only=[0, 2]), E("Castres", "LOC", only=[1]),
     E("Montpellier", "ORG", "Montpellier Hérault Rugby", opt=True),
     E("Tavita Faleolo", "PER"), E("Faleolo", "PER", "Tavita Faleolo"), E("Bastien Sarrail", "PER"),
     E("Castres Olympique", "ORG"), E("Montpellier Hérault Rugby", "ORG"),
     E("stade Pierre-Fabre", "LOC", opt=True), E("Pierre-Fabre", "LOC"), E("Tarnais", "MISC"),
     E("Top 14", "MISC", opt=True), E("Chiefs", "ORG"), E("Waikato", "LOC"), E("Samoan", "MISC"),
     E("Mathéo Bousquet-Aragon", "PER"), E("Bousquet-Aragon", "PER", "Mathéo Bousquet-Aragon"),
     E("Castrais", "MISC"), E("Quentin Escande", "PER"), E("Escande", "PER", "Quentin Escande"),
     E("Champions Cup 2027", "MISC"), E("Dimitri Vasquez-Lorca", "PER"), E("Killian Soum", "PER"),
     E("Soum", "PER", "Killian Soum"), E("Bayonne", "LOC", opt=True), E("Mireille Azaïs", "PER"),
     E("CO", "ORG", "Castres Olympique"), E("Ligue nationale de rugby", "ORG"),
     E("LNR", "ORG", "Ligue nationale de rugby"), E("Vidal", "PER")],
    [
     Q(D, "Je n'ai pas regardé les poteaux, j'ai regardé mes pieds. Mon père m'a toujours dit : “Si tu regardes la cible, tu la rates”, et il avait raison", 'Tavita Faleolo', 'a souri', v='name'),
     Q(D, "Si tu regardes la cible, tu la rates", 'père de Tavita Faleolo', 'a toujours dit', v='func'),
     Q(I, "le vestiaire avait été « un peu bruyant » à la mi-temps", 'Quentin Escande', 'a reconnu'),
     Q(D, "un peu bruyant", 'Quentin Escande', 'a reconnu', v='name'),
     Q(D, "On s'est dit des choses. Pas des choses gentilles. Mais ça a réveillé tout le monde", 'Quentin Escande', 'a confié', v='role'),
     Q(D, "On a mené pendant soixante-quinze minutes. On perd sur une faute bête au sol, a-t-il pesté. C'est le genre de match qu'on doit savoir fermer.", 'Dimitri Vasquez-Lorca', 'a-t-il pesté', v='pron'),
     Q(I, "l'arbitrage de la dernière mêlée était « discutable », sans vouloir en faire « une excuse »", 'Dimitri Vasquez-Lorca', 'estime'),
     Q(D, "discutable", 'Dimitri Vasquez-Lorca', 'estime', v='pron'),
     Q(D, "une excuse", 'Dimitri Vasquez-Lorca', 'estime', v='pron'),
     Q(I, "son équipe a « montré du caractère mais pas encore du jeu »", 'manager castrais', 'Selon'),
     Q(D, "montré du caractère mais pas encore du jeu", 'manager castrais', 'Selon', v='pron'),
     Q(I, "le troisième-ligne Killian Soum, sorti sur protocole commotion, serait ménagé la semaine prochaine à Bayonne", 'manager castrais', 'a annoncé'),
     Q(D, "Ça faisait longtemps qu'on n'avait pas vibré comme ça à Pierre-Fabre", 'Mireille Azaïs', 'lâche', v='name'),
     Q(I, "aucun joueur n'était cité par la commission de discipline", 'Ligue nationale de rugby', 'a confirmé')],
    [("Lire aussi : Champions", "clubs français"), ("Tags :", "Hérault Rugby")])


# ---------------------------------------------------------------- 05
SPEC["05_expo_vannes"] = (
    [E("musée des Beaux-Arts de Vannes", "ORG", opt=True), E("Ville de Vannes", "ORG", opt=True),
     E("Vannes", "LOC", opt=True, only=[0]), E("Vannes", "LOC", only=[1]),
     E("La Cohue", "ORG", opt=True), E("Cohue", "ORG", "La Cohue", opt=True),
     E("Ingeborg Halvorsen", "PER"), E("Les Îles d'après", "MISC"), E("golfe du Morbihan", "LOC"),
     E("Golfe", "LOC", "golfe du Morbihan"), E("Clémence Audran", "PER"), E("île d'Arz", "LOC", opt=True),
     E("Belle-Île-en-Mer", "LOC"), E("Lofoten", "LOC"), E("Séné", "LOC"),
     E("Héloïse Tanguy-Marchetti", "PER"), E("Izenah Croisières", "ORG"), E("Norvégienne", "MISC"),
     E("Lorient", "LOC"), E("Festival interceltique", "MISC"), E("Drac Bretagne", "ORG"),
     E("Norvège", "LOC"), E("Baptiste Oyono-Mendes", "PER"), E("Locus Solus", "ORG"), E("Glénan", "LOC"),
     E("Le Télégramme", "ORG"), E("Gwenaël Le Berre", "PER")],
    [
     Q(D, "Les Îles d'après", None, None, opt=True, nth=0),
     Q(D, "J'ai longtemps cru que ces carnets n'intéresseraient personne. Ce sont des brouillons, des choses que je faisais en attendant le bateau", 'Ingeborg Halvorsen', 'confie', v='role'),
     Q(I, "une conservatrice était venue frapper à sa porte à Séné, « avec un gâteau et beaucoup de patience »", 'Ingeborg Halvorsen', 'raconte'),
     Q(D, "avec un gâteau et beaucoup de patience", 'Ingeborg Halvorsen', 'raconte', v='pron'),
     Q(I, "un « coup de foudre »", 'Héloïse Tanguy-Marchetti', 'revendique', opt=True),
     Q(D, "coup de foudre", 'Héloïse Tanguy-Marchetti', 'revendique', v='name'),
     Q(D, "Quand j'ai ouvert le premier carnet, il y avait une sterne dessinée sur un ticket de la compagnie Izenah Croisières. J'ai su tout de suite qu'on tenait quelque chose", 'Héloïse Tanguy-Marchetti', 'se souvient-elle', v='pron'),
     Q(I, "le fonds pourrait à terme rejoindre les collections municipales, si la Norvégienne accepte une donation", 'Héloïse Tanguy-Marchetti', "D'après"),
     Q(D, "la Cohue devait redevenir un lieu de découverte, pas seulement de patrimoine", 'adjoint à la culture', 'a déclaré', v='func'),
     Q(D, "Je voulais que le visiteur sorte avec l'envie de prendre le premier bateau", 'Baptiste Oyono-Mendes', 'résume-t-il', v='pron'),
     Q(I, "les carnets originaux seraient présentés sous vitrine, tandis que des fac-similés pourront être feuilletés", 'Baptiste Oyono-Mendes', 'a indiqué'),
     Q(D, "Je pars en février aux Glénan. J'ai encore trois carnets vides.", 'Ingeborg Halvorsen', None, v='name')],
    [("Lire aussi : Lorient", "affiche 2027"), ("© Photo Le Télégramme", "Oui Non")])


# ---------------------------------------------------------------- 06
SPEC["06_trail_diagonale"] = (
    [E("La Réunion 1ère", "ORG"), E("Réunion La 1ère", "ORG"), E("La 1ère", "ORG"),
     E("Diagonale des Fous", "MISC"), E("Diagonale", "MISC", "Diagonale des Fous"), E("Grand Raid", "MISC"),
     E("Rokia Payet-Lebon", "PER"), E("Rokia", "PER", "Rokia Payet-Lebon"), E("Réunionnaise", "MISC"),
     E("Saint-Denis", "LOC"), E("stade de la Redoute", "LOC", opt=True), E("CHU de La Réunion", "ORG"),
     E("Américaine", "MISC"), E("Shelby McAllister", "PER"), E("McAllister", "PER", "Shelby McAllister"),
     E("Espagnole", "MISC"), E("Nerea Etxeberria", "PER"), E("Mafate", "LOC"), E("Marla", "LOC"),
     E("Saint-Pierroise", "MISC"), E("Maïdo", "LOC"), E("Deux-Bras", "LOC"), E("Népalais", "MISC"),
     E("Pemba Tsering Lama", "PER"), E("Himalaya", "LOC"), E("cirque de Cilaos", "LOC", opt=True),
     E("Saint-Pierre", "LOC"), E("Judicaël Hoarau", "PER"), E("PGHM", "ORG"),
     E("Région Réunion", "ORG", opt=True), E("X", "ORG", only=[0]), E("X", "ORG", opt=True, only=[1]),
     E("Fabrice Técher", "PER"), E("UTMB", "MISC"), E("Chamonix", "LOC"), E("Facebook", "ORG", opt=True),
     E("WhatsApp", "ORG", opt=True), E("Martinique", "LOC"), E("Tour des yoles rondes", "MISC")],
    [
     Q(D, "Dans Mafate, j'ai voulu abandonner deux fois. À Marla, j'ai pleuré dans les bras d'un bénévole que je ne connaissais pas. Et puis je suis repartie", 'Rokia Payet-Lebon', 'a raconté', v='role'),
     Q(I, "avoir « sous-estimé la chaleur » dans la descente vers Deux-Bras", 'Shelby McAllister', 'a reconnu'),
     Q(D, "sous-estimé la chaleur", 'Shelby McAllister', 'a reconnu', v='role'),
     Q(D, "Rokia connaît chaque pierre de ce parcours. Moi, je les ai découvertes une par une avec mes chevilles", 'Shelby McAllister', 'a plaisanté', v='name'),
     Q(D, "L'île est plus dure que l'Himalaya, parce qu'elle ne vous laisse jamais respirer", 'Pemba Tsering Lama', 'a-t-il déclaré', v='pron'),
     Q(I, "2 850 coureurs avaient pris le départ jeudi soir à Saint-Pierre et que près d'un tiers avaient abandonné", 'organisation', 'a indiqué'),
     Q(I, "Un taux « conforme aux années chaudes »", 'Judicaël Hoarau', 'selon'),
     Q(D, "conforme aux années chaudes", 'Judicaël Hoarau', 'selon', v='name'),
     Q(I, "trois coureurs avaient été hélitreuillés par le PGHM, sans gravité", 'Judicaël Hoarau', 'a précisé'),
     Q(I, "« une victoire qui appartient à toute l'île »", 'président de la Région Réunion', 'a salué', opt=True),
     Q(D, "une victoire qui appartient à toute l'île", 'président de la Région Réunion', 'a salué', v='func'),
     Q(I, "ce sacre récompense « dix ans de sacrifices »", 'Fabrice Técher', 'Pour'),
     Q(D, "dix ans de sacrifices", 'Fabrice Técher', 'Pour', v='name'),
     Q(D, "Elle faisait ses gardes de nuit et s'entraînait le matin. Je lui disais d'arrêter, elle ne m'écoutait jamais. Heureusement", 'Fabrice Técher', "s'amuse-t-il", v='pron'),
     Q(D, "Mais d'abord, je dors une semaine", 'Rokia Payet-Lebon', 'a-t-elle promis', v='pron')],
    [("La Réunion 1ère", "Sport"), ("Lire aussi : Grand Raid", "Cilaos"), ("Partager :", "s'élance samedi")])


# ---------------------------------------------------------------- 07
SPEC["07_sauvetage_etretat"] = (
    [E("Normandie", "LOC", opt=True, only=[0]), E("Normandie", "MISC", opt=True, only=[1]),
     E("Paris-Normandie", "ORG"), E("Étretat", "LOC"), E("Sidonie Lemercier", "PER"), E("Rouen", "LOC"),
     E("Seine-Maritime", "LOC"), E("Aiguille", "LOC"),
     E("préfecture maritime de la Manche et de la mer du Nord", "ORG", opt=True),
     E("Porte d'Aval", "LOC"), E("Cross Gris-Nez", "ORG"), E("Cross", "ORG", "Cross Gris-Nez"),
     E("Dragon 76", "MISC"), E("Sécurité civile", "ORG"), E("Groupe hospitalier du Havre", "ORG"),
     E("Havre", "LOC", "Le Havre"), E("SNSM", "ORG"), E("Fécamp", "LOC"), E("Hervé Quesnel", "PER"),
     E("Aurélien Vasseur-Diallo", "PER"), E("Parisien", "MISC"), E("Dieppe", "LOC"),
     E("plage de Jambourg", "LOC", opt=True), E("Lucie Ardouin-Kerbrat", "PER")],
    [
     Q(I, "l'alerte a été donnée à 17 h 25 par un promeneur qui avait entendu des cris depuis la Porte d'Aval", 'préfecture maritime de la Manche et de la mer du Nord', 'Selon'),
     Q(D, "Quand on est arrivés, l'eau leur montait déjà aux genoux. Ils s'étaient réfugiés sur un rocher, ils étaient frigorifiés", 'Hervé Quesnel', 'a décrit', v='name'),
     Q(I, "la houle empêchait le bateau d'approcher à moins de cinquante mètres", 'Hervé Quesnel', 'a expliqué'),
     Q(I, "avoir d'abord cru à une plaisanterie", 'Aurélien Vasseur-Diallo', 'dit'),
     Q(D, "Je me suis penché et j'ai vu deux silhouettes qui faisaient des grands gestes. J'ai appelé le 196, on m'a passé le Cross en vingt secondes", 'Aurélien Vasseur-Diallo', 'témoigne-t-il', v='pron'),
     Q(I, "Les deux jeunes, qui voulaient rejoindre à pied la plage de Jambourg par l'estran, avaient « mal lu » les horaires des marées", 'gendarmerie de Fécamp', 'selon'),
     Q(D, "mal lu", 'gendarmerie de Fécamp', 'selon', v='inst'),
     Q(I, "chaque été, « des dizaines de personnes se font piéger sur ce secteur »", 'Lucie Ardouin-Kerbrat', 'rappelle'),
     Q(D, "des dizaines de personnes se font piéger sur ce secteur", 'Lucie Ardouin-Kerbrat', 'rappelle', v='name'),
     Q(D, "On le répète sans arrêt : à Étretat, la mer remonte plus vite qu'un homme ne marche. Et il n'y a aucune échappatoire", 'Lucie Ardouin-Kerbrat', 'a-t-elle insisté', v='pron'),
     Q(I, "l'installation, d'ici à l'été prochain, de nouveaux panneaux en quatre langues", "mairie d'Étretat", 'a annoncé', opt=True),
     Q(I, "il fallait « faire plus » pour informer les touristes, notamment étrangers", "maire d'Étretat", 'a estimé'),
     Q(D, "faire plus", "maire d'Étretat", 'a estimé', v='func'),
     Q(D, "On a eu très peur. On remercie les sauveteurs, c'est tout", None, 'a-t-il simplement déclaré')],
    [("Lire aussi : Seine-Maritime", "Dieppe"), ("Abonnez-vous", "Commentaires (12)")])


# ---------------------------------------------------------------- 08
SPEC["08_basket_limoges"] = (
    [E("Limoges CSP", "ORG"), E("CSP", "ORG", "Limoges CSP"), E("Aurelio Bianchini", "PER"),
     E("Nanterre 92", "ORG"), E("Nanterre", "LOC", opt=True),
     E("Palais des sports Maurice-Thorez", "LOC", opt=True), E("Thibault Lacouture", "PER"),
     E("Limougeauds", "MISC"), E("Reggio Emilia", "LOC"), E("Américain", "MISC"),
     E("DeShawn Whitfield", "PER"), E("Kofi Asante-Durand", "PER"), E("EuroCup", "MISC", opt=True),
     E("Ghanéen", "MISC"), E("Insep", "ORG"), E("Betclic Élite", "MISC", opt=True),
     E("Monaco", "ORG", opt=True), E("Asvel", "ORG"), E("Jean-Claude Meyrignac", "PER"),
     E("Ultras Green", "ORG"), E("Frédérique Lassalle-Nègre", "PER"), E("Cholet", "ORG", opt=True),
     E("Beaublanc", "LOC"), E("Newsletter Sport", "MISC", opt=True)],
    [
     Q(D, "On a joué comme des gamins", 'Aurelio Bianchini', 'fulmine', nth=0, v='name'),
     Q(D, "On a joué comme des gamins. Pas comme des professionnels, comme des gamins. Je m'excuse auprès de nos supporters qui ont fait le déplacement", 'Aurelio Bianchini', 'a lâché', v='name'),
     Q(I, "l'absence de défense sur les écrans", 'Aurelio Bianchini', 'a pointé', opt=True),
     Q(I, "son meneur, l'Américain DeShawn Whitfield, soit resté « invisible » pendant trente minutes", 'Aurelio Bianchini', 'a regretté'),
     Q(D, "invisible", 'Aurelio Bianchini', 'a regretté', v='pron'),
     Q(I, "la question n'était « pas d'actualité »", 'Aurelio Bianchini', 'a répondu'),
     Q(D, "pas d'actualité", 'Aurelio Bianchini', 'a répondu', v='pron'),
     Q(D, "On savait qu'ils étaient fatigués après l'EuroCup. On a mis du rythme dès la première minute, et ils n'ont jamais suivi", 'Kofi Asante-Durand', 'a analysé', v='role'),
     Q(I, "l'équipe avait livré « son match le plus complet depuis deux ans »", 'entraîneur de Nanterre 92', 'a estimé'),
     Q(D, "son match le plus complet depuis deux ans", 'entraîneur de Nanterre 92', 'a estimé', v='func'),
     Q(D, "Quarante ans que je suis le CSP, j'ai vu pire. Mais pas souvent", 'Jean-Claude Meyrignac', 'plaisante', v='name'),
     Q(I, "l'entraîneur garde « toute la confiance » de la direction", 'Frédérique Lassalle-Nègre', 'assure'),
     Q(D, "toute la confiance", 'Frédérique Lassalle-Nègre', 'assure', v='pron'),
     Q(D, "Une défaite, même lourde, ne remet pas en cause le projet", 'Frédérique Lassalle-Nègre', 'a-t-elle écrit', v='pron')],
    [("Lire aussi : Betclic", "le classement"), ("Partager cet article", "résumé du week-end")])


# ---------------------------------------------------------------- 09
SPEC["09_album_sevan"] = (
    [E("Sevan Hakobyan", "PER"), E("Valence", "LOC"), E("Olympia", "LOC", opt=True),
     E("Maison des vents", "MISC"), E("Jordane Mercadier", "PER"), E("avenue Victor-Hugo", "LOC", opt=True),
     E("Drôme", "LOC"), E("Tôt ou Tard", "ORG"), E("Lyon", "LOC"), E("Erevan", "LOC"),
     E("Vardan Ghukasyan", "PER"), E("Paris", "LOC"), E("Ararat sous la neige", "MISC"), E("Spotify", "ORG"),
     E("Araksi", "PER"), E("Marseille", "LOC"), E("Sinaïa", "MISC"), E("Victoires de la musique 2027", "MISC"),
     E("Mathias Ondarza", "PER"), E("Feu! Chatterton", "ORG"), E("Anahit", "PER"), E("Valentinois", "MISC"),
     E("boulevard des Capucines", "LOC", opt=True), E("Astérios Spectacles", "ORG"),
     E("La Cigale", "LOC", opt=True), E("Deezer", "ORG"), E("Apple Music", "ORG")],
    [
     Q(D, "Je chante pour ceux qui partent", 'Sevan Hakobyan', None, nth=0, v='name'),
     Q(D, "Je chante pour ceux qui partent. Mes grands-parents sont partis, mes parents sont partis, et moi je suis parti de Valence à dix-huit ans. Tout le monde part, chez nous", 'Sevan Hakobyan', 'explique', v='role'),
     Q(D, "Elle ne parlait jamais de ça. Elle disait seulement : “On est arrivés, c'est tout ce qui compte”, et elle changeait de sujet", 'Sevan Hakobyan', 'se souvient-il', v='pron'),
     Q(D, "On est arrivés, c'est tout ce qui compte", 'Araksi', 'disait', v='role'),
     Q(I, "un artiste « obsessionnel »", 'Mathias Ondarza', 'décrit', opt=True),
     Q(D, "obsessionnel", 'Mathias Ondarza', 'décrit', v='name'),
     Q(I, "Sevan Hakobyan a réécrit « une vingtaine de fois » le refrain du morceau-titre", 'Mathias Ondarza', "D'après"),
     Q(D, "une vingtaine de fois", 'Mathias Ondarza', "D'après", v='pron'),
     Q(D, "Il m'appelait à trois heures du matin pour changer un mot. Je lui disais que personne ne l'entendrait. Il me répondait que lui l'entendrait", 'Mathias Ondarza', "s'amuse", v='role'),
     Q(D, "Il chantait déjà dans l'épicerie, entre les conserves. Les clients croyaient que c'était la radio", 'Anahit', 'raconte-t-elle', v='pron'),
     Q(I, "il rêvait de jouer un jour à Erevan, « devant la famille que je n'ai jamais rencontrée »", 'Sevan Hakobyan', 'a confié'),
     Q(D, "devant la famille que je n'ai jamais rencontrée", 'Sevan Hakobyan', 'a confié', v='pron'),
     Q(I, "La salle du boulevard des Capucines affiche déjà presque complet", 'Astérios Spectacles', 'selon'),
     Q(I, "l'ajout d'une date à La Cigale le 5 avril", 'Astérios Spectacles', 'a annoncé', opt=True)],
    [("Lire aussi : Victoires", "dévoilés"), ("Écouter sur Deezer", "Publicité")])


# ---------------------------------------------------------------- 10
SPEC["10_proces_escroquerie"] = (
    [E("UFC-Que Choisir de la Nièvre", "ORG", opt=True), E("Nièvre", "LOC"), E("Nevers", "LOC"),
     E("Corentin Vallat", "PER"), E("Ludovic Sarrazin-Moulin", "PER"),
     E("Sarrazin-Moulin", "PER", "Ludovic Sarrazin-Moulin"), E("Yonne", "LOC"), E("Cher", "LOC"),
     E("Germaine Bouchard-Lys", "PER"), E("Clamecy", "LOC"), E("Cosne-Cours-sur-Loire", "LOC"),
     E("Bernard Chaumeil", "PER"), E("Yasmina Ould-Brahim", "PER"), E("Decize", "LOC"),
     E("Magny-Cours", "LOC"), E("Bol d'or", "MISC")],
    [
     Q(D, "technicien agréé par la mairie", 'Ludovic Sarrazin-Moulin', 'se présentait comme', opt=True),
     Q(I, "avoir ciblé des personnes vulnérables", 'Ludovic Sarrazin-Moulin', 'a nié'),
     Q(D, "Je faisais mon travail. Si les gens payaient, c'est qu'ils étaient contents", 'Ludovic Sarrazin-Moulin', 'a-t-il affirmé', v='pron'),
     Q(I, "il était revenu trois fois chez elle, « toujours très poli, toujours très pressé »", 'Germaine Bouchard-Lys', 'raconte'),
     Q(D, "toujours très poli, toujours très pressé", 'Germaine Bouchard-Lys', 'raconte', v='role'),
     Q(D, "Il m'a dit que ma chaudière allait exploser. J'ai fait un chèque de 2 400 euros. Je n'ai jamais eu aussi honte", 'Germaine Bouchard-Lys', 'a-t-elle confié', v='pron'),
     Q(I, "l'affaire ne relève pas d'un « simple démarchage abusif » mais d'un « système »", 'parquet', 'Pour'),
     Q(D, "simple démarchage abusif", 'parquet', 'Pour', v='inst'),
     Q(D, "système", 'parquet', 'Pour', v='inst'),
     Q(I, "trois ans d'emprisonnement, dont un avec sursis, ainsi qu'une interdiction définitive d'exercer une activité commerciale", 'procureure de la République de Nevers', 'a requis', opt=True),
     Q(D, "Monsieur Sarrazin-Moulin a choisi ses victimes sur un seul critère : leur âge", 'procureure de la République de Nevers', 'a-t-elle martelé', v='pron'),
     Q(I, "l'association recevait « au moins une plainte par semaine » pour ce type de démarchage", 'Bernard Chaumeil', 'a rappelé'),
     Q(D, "au moins une plainte par semaine", 'Bernard Chaumeil', 'a rappelé', v='name'),
     Q(D, "la honte empêche la plupart des victimes de porter plainte", 'Bernard Chaumeil', 'Selon', v='pron'),
     Q(I, "la relaxe partielle", 'Yasmina Ould-Brahim', 'a plaidé', opt=True),
     Q(I, "son client « n'a jamais menacé personne » et que les prix, « certes élevés », avaient été acceptés par écrit", 'Yasmina Ould-Brahim', 'estime'),
     Q(D, "n'a jamais menacé personne", 'Yasmina Ould-Brahim', 'estime', v='pron'),
     Q(D, "certes élevés", 'Yasmina Ould-Brahim', 'estime', v='pron'),
     Q(D, "On juge ici un commerçant indélicat, pas un voyou", 'Yasmina Ould-Brahim', 'a-t-elle lancé', v='pron')],
    [("Accueil ›", "Nièvre"), ("Lire aussi : Cosne", "faux policier"), ("Mots-clés", "revient en 2028")])


# ---------------------------------------------------------------- 11
SPEC["11_tennis_rennes"] = (
    [E("Open de Rennes", "MISC"), E("Ville de Rennes", "ORG", opt=True), E("Rennes", "LOC"),
     E("Tomasz Wiśniewski", "PER"), E("Wiśniewski", "PER", "Tomasz Wiśniewski"), E("Polonais", "MISC"),
     E("Alexis Guéguen", "PER"), E("Liberté", "LOC", opt=True), E("Français", "MISC"),
     E("Hugo Marchetti-Roux", "PER"), E("Marchetti-Roux", "PER", "Hugo Marchetti-Roux"),
     E("Cesson-Sévigné", "LOC"), E("Bretons", "MISC"), E("Facundo Iturralde", "PER"),
     E("Open de Moselle", "MISC"), E("Metz", "LOC"), E("Coupe Davis", "MISC", opt=True),
     E("France", "LOC", opt=True), E("Malaga", "LOC"), E("Erwan Quéméner", "PER"),
     E("Challenger", "MISC", opt=True), E("Fédération française de tennis", "ORG"),
     E("FFT", "ORG", "Fédération française de tennis"), E("Tennis+", "ORG"), E("Suisse", "MISC"),
     E("Noé Favre-Bulle", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "Honnêtement, je n'avais même pas réservé d'hôtel pour la deuxième semaine", 'Tomasz Wiśniewski', "s'est amusé", v='role'),
     Q(D, "Les Bretons sont très gentils. Ils m'ont fait des crêpes au petit déjeuner. C'est peut-être ça, le secret", 'Tomasz Wiśniewski', 'a-t-il ajouté', v='pron'),
     Q(I, "il avait « mal géré » le tie-break décisif, où il menait pourtant 5-2", 'Hugo Marchetti-Roux', 'a reconnu'),
     Q(D, "mal géré", 'Hugo Marchetti-Roux', 'a reconnu', v='pron'),
     Q(D, "J'ai pensé à la victoire avant de la chercher, a-t-il résumé. C'est une erreur de débutant, et je ne suis plus un débutant.", 'Hugo Marchetti-Roux', 'a-t-il résumé', v='pron'),
     Q(I, "le Français sort « d'une saison très longue » et devra faire une pause avant l'Open de Moselle, à Metz", 'Facundo Iturralde', 'Selon'),
     Q(D, "d'une saison très longue", 'Facundo Iturralde', 'Selon', v='pron'),
     Q(I, "3 100 spectateurs étaient présents mercredi soir, un record pour un deuxième tour", 'organisation', "D'après"),
     Q(D, "Quand un qualifié bat le tenant, c'est exactement pour ça qu'on fait ce métier", 'Erwan Quéméner', 'a-t-il commenté', v='pron'),
     Q(I, "le Challenger, soutenu par la Ville de Rennes et la Fédération française de tennis (FFT), serait diffusé jeudi sur Tennis+", 'Erwan Quéméner', 'a précisé'),
     Q(D, "Je ne le connais pas. Tant mieux, lui non plus ne me connaît pas", 'Tomasz Wiśniewski', 'a glissé', v='role')],
    [("Lire aussi : Coupe Davis", "Malaga"), ("Tableau complet", "LinkedIn")])


# ---------------------------------------------------------------- 12
SPEC["12_salon_bd"] = (
    [E("théâtre d'Angoulême", "LOC", opt=True), E("Angoulême", "LOC"), E("Fauve d'or", "MISC", opt=True),
     E("Kenji Morisawa", "PER"), E("Morisawa", "PER", "Kenji Morisawa"),
     E("festival international de la bande dessinée", "MISC", "Festival international de la bande dessinée 2027", opt=True),
     E("Festival international de la bande dessinée 2027", "MISC"),
     E("Le Jardin des marées", "MISC"), E("Maude Bélanger-Roy", "PER"), E("Inès Rabourdin", "PER"),
     E("Onomichi", "LOC"), E("France", "LOC"), E("Hiroshima", "LOC"), E("Casterman", "ORG"),
     E("mer intérieure de Seto", "LOC", opt=True), E("Japonais", "MISC"), E("France Télévisions", "ORG"),
     E("Québécoise", "MISC"), E("Les Hivers de Gaspé", "MISC"), E("Nouveau Monde", "LOC", opt=True),
     E("Timothée Arnaud-Kessler", "PER"), E("Poitiers", "LOC"), E("Tokyo", "LOC"), E("AFP", "ORG"),
     E("Yohan Bonnet", "PER")],
    [
     Q(D, "une surprise totale", 'Kenji Morisawa', None, nth=0, v='name'),
     Q(D, "C'est une surprise totale. Je pensais que mon livre était trop lent pour un prix européen", 'Kenji Morisawa', 'a déclaré', v='role'),
     Q(I, "l'album est « un chef-d'œuvre de patience »", 'jury', 'Pour'),
     Q(D, "un chef-d'œuvre de patience", 'jury', 'Pour', v='inst'),
     Q(I, "il avait mis neuf ans à le dessiner, « une page par semaine, parfois moins »", 'Kenji Morisawa', 'a expliqué'),
     Q(D, "une page par semaine, parfois moins", 'Kenji Morisawa', 'a expliqué', v='role'),
     Q(D, "Je remercie les lecteurs français, qui ont compris mes blagues même quand moi je ne les comprenais plus", 'Maude Bélanger-Roy', 'a lancé', v='role'),
     Q(I, "elle travaillait déjà à une suite", 'Maude Bélanger-Roy', 'a annoncé'),
     Q(I, "« une édition de la diversité »", 'délégué général du festival', 'a salué', opt=True),
     Q(D, "une édition de la diversité", 'délégué général du festival', 'a salué', v='func'),
     Q(I, "205 000 visiteurs ont arpenté les bulles de la ville en quatre jours, un chiffre en légère hausse", 'organisateurs', 'Selon'),
     Q(D, "Morisawa, on le vend depuis dix ans à trois exemplaires par an. Lundi, je vais en commander cinquante", 'Timothée Arnaud-Kessler', 'prédit-il', v='pron'),
     Q(D, "les gens vont découvrir que le manga, ce n'est pas que des combats", 'Timothée Arnaud-Kessler', "D'après", v='pron'),
     Q(D, "Mes tomates m'attendent", 'Kenji Morisawa', 'a-t-il glissé', v='pron')],
    [("Culture > Livres", "Culture > Livres"), ("Lire aussi : Festival", "sélection officielle"),
     ("Photo : Kenji", "reculent en 2026")])


if __name__ == "__main__":
    main(SPEC, HERE)
