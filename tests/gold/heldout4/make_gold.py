#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout4 with exact offsets.

    python3 tests/gold/heldout4/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout4/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout4/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set) are
given below as strings, per ../shared/docs/ANNOTATION.md (conventions: README.md,
which follows the decisions of tests/gold/written/README.md and
tests/gold/written2/README.md). The approach and the checks are those of
tests/gold/written2/make_gold.py: this script finds the code-point offsets, so
that text == doc[start:end] holds by construction, then checks the result the
way ../shared/tools/score.py reads it (gold scored against itself must give 1.0
everywhere). It never runs presse.

Matching: a space in an annotation string matches any space the article uses
(U+0020, U+00A0, U+202F), and ' matches ' or U+2019, since some articles carry
typographic spaces and apostrophes as scraped pages do.
Entities: every whole-word occurrence of a name is annotated, longest names
first, never overlapping a longer one; `only` keeps some occurrences (0-based,
in text order) when one string has two readings. Quotes: the string must occur
once, or `nth` says which occurrence. Boilerplate: (first words, last words).
`v` on a direct quote records how a reader finds its speaker (for the counts
of README.md, not written to the JSON): "name" (named in the cue or the
sentence), "pron" (a pronoun: a-t-il dit, Elle estime), "role" (a role noun or
function standing for a named person: le magistrat, la présidente de la
société), "func" (a person known only by function), "inst" (an institution,
body, company or group), None (no speaker).
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "..", "..", "shared", "tools")
TYPES = {"PER", "LOC", "ORG", "MISC"}
MARKS = "«»“”\"‹›„"
VIA = {}


def E(text, typ, canon=None, opt=False, only=None):
    return dict(text=text, type=typ, canon=canon or text, opt=opt, only=only)


def Q(kind, text, speaker, cue, opt=False, nth=None, v=None):
    return dict(kind=kind, text=text, speaker=speaker, cue=cue, opt=opt, nth=nth, v=v)


D, I = "direct", "indirect"

SPEC = {}

# ---------------------------------------------------------------- 01
SPEC["01_assises_coulaines"] = (
    [E("L'Écho de la Sarthe", "ORG"), E("Coulaines", "LOC"), E("Sarthe", "LOC"),
     E("Kevin Marchal", "PER"), E("Marchal", "PER", "Kevin Marchal"), E("Hélène Gaudin", "PER"),
     E("Mans", "LOC", "Le Mans"), E("Le Mans", "LOC"), E("LE MANS", "LOC", "Le Mans"),
     E("Thierry Roussel", "PER"), E("Dylan Ferreira", "PER"), E("Dylan", "PER", "Dylan Ferreira"),
     E("Bernard Lacombe", "PER"), E("Angers", "LOC"), E("Patrick Lemoine", "PER"),
     E("Claire Vasseur", "PER"), E("Sandrine Ferreira", "PER"), E("Alain Berthier", "PER"),
     E("Marc-Antoine Delorme", "PER"), E("Allonnes", "LOC"), E("Julien Aubry", "PER"),
     E("Nantes", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "Je n'ai jamais voulu sa mort", "Kevin Marchal", "affirme", nth=0, v="role"),
     Q(D, "un récit taillé sur mesure", "Claire Vasseur", "dénonce", v="role"),
     Q(D, "Je n'ai jamais voulu sa mort. J'avais peur, j'ai sorti le couteau pour qu'il recule", "Kevin Marchal", "a-t-il répété", v="pron"),
     Q(D, "Pourquoi sortir armé pour aller boire un verre ?", "Bernard Lacombe", "a demandé", v="role"),
     Q(D, "C'était une habitude, je travaillais dans les bois", "Kevin Marchal", "a répondu", v="name"),
     Q(I, "il ne se souvenait « plus très bien » de l'enchaînement des faits", "Kevin Marchal", "reconnaître"),
     Q(D, "plus très bien", "Kevin Marchal", "reconnaître", v="name"),
     Q(I, "la dispute avait commencé à l'intérieur du bar pour une dette de 300 euros", "enquêteurs de la police judiciaire d'Angers", "D'après"),
     Q(I, "une altercation brève", None, "ont décrit", opt=True),
     Q(D, "Tout s'est passé en moins d'une minute", "Patrick Lemoine", "a assuré", v="name"),
     Q(I, "ce récit est « taillé sur mesure »", "Claire Vasseur", "Pour"),
     Q(D, "taillé sur mesure", "Claire Vasseur", "Pour", nth=1, v="name"),
     Q(D, "Il a eu dix-huit mois pour construire cette histoire. Dylan n'avait pas d'arme, il avait les mains dans les poches", "Claire Vasseur", "a-t-elle insisté", v="pron"),
     Q(D, "On veut juste la vérité. Mon fils ne reviendra pas, mais on veut savoir", "Sandrine Ferreira", "a-t-elle confié", v="pron"),
     Q(I, "un homme « impulsif mais pas dénué d'empathie »", "Alain Berthier", "a décrit", opt=True),
     Q(D, "impulsif mais pas dénué d'empathie", "Alain Berthier", "a décrit", v="name"),
     Q(I, "l'accusé présentait « une altération du discernement » au moment des faits, sans qu'elle soit abolie", "Alain Berthier", "a estimé"),
     Q(D, "une altération du discernement", "Alain Berthier", "a estimé", v="pron"),
     Q(D, "Docteur, vous l'avez vu deux heures, dix-huit mois après les faits. Comment pouvez-vous être aussi affirmatif ?", "Marc-Antoine Delorme", "a lancé", v="role"),
     Q(D, "Je ne suis pas affirmatif, je suis prudent", "Alain Berthier", "a rétorqué", v="role"),
     Q(I, "son client a agi en état de légitime défense", "Julien Aubry", "soutient"),
     Q(D, "Mon client a été frappé le premier, trois témoins l'ont dit. On juge ici un homme qui a eu peur, pas un tueur", "Julien Aubry", "a martelé", v="role"),
     Q(I, "la cour devrait retenir des violences volontaires ayant entraîné la mort sans intention de la donner", "Julien Aubry", "Selon"),
     Q(I, "l'avocat général pourrait requérir « au moins vingt ans de réclusion criminelle »", None, "Selon"),
     Q(D, "au moins vingt ans de réclusion criminelle", None, "Selon", v=None)],
    [("L'Écho de la Sarthe", "Justice"), ("Photo : le palais", "L'Écho de la Sarthe"),
     ("Lire aussi", "Dylan"), ("Partager :", "Cour d'assises")])

# ---------------------------------------------------------------- 02
SPEC["02_greve_chu_caen"] = (
    [E("LA GAZETTE NORMANDE", "ORG", "La Gazette normande"), E("Gazette normande", "ORG", "La Gazette normande"),
     E("Calvados", "LOC"), E("Caen", "LOC"), E("CHU de Caen", "ORG"), E("CHU", "ORG", "CHU de Caen"), E("Maxime Le Goff", "PER"),
     E("Lucie Hamon", "PER"), E("Aurélie Brunet", "PER"), E("SUD Santé", "ORG"),
     E("Thomas Leclerc", "PER"), E("Lisieux", "LOC"), E("CGT", "ORG"), E("Hervé Marie", "PER"),
     E("Philippe Sauvage", "PER"), E("Agence régionale de santé", "ORG"),
     E("ARS", "ORG", "Agence régionale de santé"), E("Normandie", "LOC"),
     E("Assemblée nationale", "ORG")],
    [Q(D, "on ne tiendra pas un hiver de plus", "Aurélie Brunet", None, v="name"),
     Q(D, "des renforts dès janvier", "direction", "promet", v="inst"),
     Q(I, "« des renforts dès janvier »", "direction", "promet", opt=True),
     Q(I, "douze postes supplémentaires et la réouverture de lits", "infirmiers et aides-soignants des urgences du CHU de Caen", "réclament", opt=True),
     Q(D, "On ne tiendra pas un hiver de plus comme ça. L'an dernier, des patients âgés ont passé plus de quarante heures sur un brancard", "Aurélie Brunet", "lance", v="name"),
     Q(I, "le service a accueilli en moyenne 210 patients par jour en novembre, pour un effectif calibré sur 150", "Aurélie Brunet", "Selon"),
     Q(D, "On fait du tri en permanence, on s'excuse auprès des familles, on rentre chez soi avec la boule au ventre", "Aurélie Brunet", "poursuit-elle", v="pron"),
     Q(D, "Brancards pleins, bras vides", "Thomas Leclerc", "a écrit", opt=True),
     Q(D, "Je suis venu ici par vocation. Aujourd'hui, je me demande combien de temps je vais rester", "Thomas Leclerc", "confie", v="role"),
     Q(D, "une politique de la rustine", "CGT", "dénonce", v="inst"),
     Q(I, "quarante-deux lits de médecine ont été fermés en trois ans faute de personnel", "Hervé Marie", "rappelle"),
     Q(D, "On nous parle d'attractivité, mais on ne remplace pas les départs. Tant que les lits d'aval seront fermés, les urgences déborderont", "Hervé Marie", "résume", v="role"),
     Q(I, "une situation « tendue »", "direction", "reconnaît", opt=True),
     Q(D, "tendue", "direction", "reconnaît", v="inst"),
     Q(D, "J'entends la fatigue des équipes et je la partage. Nous avons obtenu le financement de six postes, qui seront pourvus dès janvier, et nous rouvrirons dix lits de médecine polyvalente au printemps", "Philippe Sauvage", "a-t-il déclaré", v="pron"),
     Q(I, "une prime exceptionnelle serait versée aux agents des urgences en fin d'année", "Philippe Sauvage", "a annoncé"),
     Q(D, "Six postes, c'est la moitié de ce qu'il faut, et rien ne garantit qu'on trouvera les candidats", "Aurélie Brunet", "a réagi", v="name"),
     Q(I, "à un nouveau rassemblement jeudi devant l'agence régionale de santé", "Aurélie Brunet", "appelle", opt=True),
     Q(I, "un « plan hivernal » permettra de mobiliser des renforts venus des cliniques privées de l'agglomération", "Agence régionale de santé", "indique"),
     Q(D, "plan hivernal", "Agence régionale de santé", "indique", v="inst"),
     Q(I, "le taux d'occupation des lits à l'échelle régionale a atteint 97 % la semaine dernière", "Agence régionale de santé", "D'après"),
     Q(I, "le gouvernement « ne laissera aucun service d'urgence fermer ses portes cet hiver »", "ministre de la Santé", "a assuré"),
     Q(D, "ne laissera aucun service d'urgence fermer ses portes cet hiver", "ministre de la Santé", "a assuré", v="func"),
     Q(D, "On a déjà entendu ça. Qu'ils viennent passer une nuit ici.", "Aurélie Brunet", None, v="name")],
    [("LA GAZETTE NORMANDE", "Santé"), ("Les grévistes devant", "Lucie Hamon)"),
     ("À lire aussi", "bocage"), ("Newsletter Santé", "commentaires)")])

# ---------------------------------------------------------------- 03
SPEC["03_startup_vaolis"] = (
    [E("Numérique Hebdo", "ORG"), E("Vaolis", "ORG"), E("Eurazeo", "ORG"), E("Allemagne", "LOC"),
     E("Nadia Ferhat", "PER"), E("Camille Rouvière", "PER"), E("Yanis Benali", "PER"),
     E("Gerland", "LOC"), E("French Tech", "MISC", opt=True), E("Bpifrance", "ORG"),
     E("Inria", "ORG"), E("Île-de-France", "LOC"), E("Julien Mercadier", "PER"),
     E("Sophie Marchetti", "PER"), E("Munich", "LOC"), E("Altimètre Conseil", "ORG"),
     E("Grégoire Lantier", "PER"), E("France", "LOC"), E("Bourse", "ORG", opt=True),
     E("Lyon", "LOC")],
    [Q(D, "décarboner les bureaux", "Vaolis", None, opt=True),
     Q(I, "avoir réuni 45 millions d'euros auprès d'Eurazeo, de Bpifrance et de ses investisseurs historiques", "Vaolis", "annonce"),
     Q(D, "Nous avons prouvé qu'on pouvait réduire de 30 % la consommation d'un immeuble de bureaux sans toucher aux murs. Maintenant, il faut passer à l'échelle", "Camille Rouvière", "explique", v="role"),
     Q(D, "Un bâtiment, c'est un organisme vivant. Le chauffer comme on le faisait en 1990, avec un thermostat et une horloge, c'est absurde", "Yanis Benali", "résume", v="name"),
     Q(I, "l'entreprise gère déjà 4 millions de mètres carrés, principalement en Île-de-France et dans la métropole lyonnaise", "Yanis Benali", "Selon"),
     Q(D, "pari sur la réglementation", "Eurazeo", "parle", v="inst"),
     Q(D, "Le décret tertiaire oblige les propriétaires à baisser leur consommation de 40 % d'ici 2030. Vaolis a une solution qui marche, qui se déploie en quelques semaines, et des clients qui renouvellent", "Julien Mercadier", "détaille", v="name"),
     Q(I, "la société “n'aura pas besoin de lever à nouveau avant la rentabilité”, prévue en 2028", "Julien Mercadier", "assure"),
     Q(D, "n'aura pas besoin de lever à nouveau avant la rentabilité", "Julien Mercadier", "assure", v="pron"),
     Q(D, "On a vu cette équipe grandir, on sait ce qu'elle vaut", "Sophie Marchetti", "affirme", v="name"),
     Q(I, "le marché européen de la gestion énergétique des bâtiments pourrait atteindre 12 milliards d'euros en 2030", "Sophie Marchetti", "estime"),
     Q(D, "L'Allemagne a les mêmes contraintes que nous et un parc immobilier deux fois plus grand. On ne pouvait pas attendre", "Camille Rouvière", "justifie", v="name"),
     Q(I, "le recrutement sera “le vrai défi”", "Camille Rouvière", "reconnaît"),
     Q(D, "le vrai défi", "Camille Rouvière", "reconnaît", v="role"),
     Q(I, "les montants investis dans les start-up françaises ont reculé de 18 % sur un an", "Altimètre Conseil", "D'après"),
     Q(D, "Les fonds ne financent plus des promesses, ils financent des revenus", "Grégoire Lantier", "observe", v="name"),
     Q(I, "Vaolis coche les cases, mais devra “montrer qu'elle sait vendre hors de France”", "Grégoire Lantier", "À ses yeux"),
     Q(D, "montrer qu'elle sait vendre hors de France", "Grégoire Lantier", "À ses yeux", v="pron"),
     Q(D, "Ce n'est pas le sujet aujourd'hui. Le sujet, c'est de livrer nos clients", "Yanis Benali", "sourit", v="name")],
    [("Numérique Hebdo — Start-up", "financement"), ("Illustration :", "Crédit : Vaolis"),
     ("Lire aussi", "élus"), ("Vous aimez nos articles", "Énergie")])

# ---------------------------------------------------------------- 04
SPEC["04_vendanges_beaune"] = (
    [E("Bourgogne Matin", "ORG"), E("Côte-d'Or", "LOC"), E("Beaune", "LOC"), E("Côte", "LOC"),
     E("Jeanne Morizot", "PER"), E("Pommard", "LOC"), E("Rémi Chapuis", "PER"),
     E("Garnier-Vallet", "ORG"), E("Meursault", "LOC"), E("Éric Garnier", "PER"),
     E("Valérie", "PER"), E("Bourgogne", "LOC"),
     E("Bureau interprofessionnel des vins de Bourgogne", "ORG"),
     E("BIVB", "ORG", "Bureau interprofessionnel des vins de Bourgogne"),
     E("Laurent Ducret", "PER"), E("Nuits-Saint-Georges", "LOC"), E("Martine Rebourg", "PER"),
     E("Mutualité sociale agricole", "ORG"), E("Champagne", "LOC"),
     E("MSA de Bourgogne", "ORG", opt=True), E("Hélène Vachet", "PER"),
     E("Institut Agro Dijon", "ORG"), E("Vente des vins des Hospices de Beaune", "MISC")],
    [Q(D, "une petite récolte, mais quelle qualité", "Éric Garnier", "se réjouissent", nth=0, opt=True),
     Q(I, "un millésime prometteur", "professionnels", "saluent", opt=True),
     Q(D, "On a eu peur jusqu'au bout. Le gel d'avril nous a pris un tiers des bourgeons sur les parcelles du bas, et puis la chaleur d'août a concentré ce qui restait", "Éric Garnier", "raconte", v="name"),
     Q(D, "Les degrés sont là, l'acidité aussi. C'est rare d'avoir les deux. Ce sera une petite récolte, mais quelle qualité !", "Éric Garnier", None, v="role"),
     Q(D, "rien n'est joué tant que le vin n'est pas en cuve", "Valérie", "rappelle", v="role"),
     Q(I, "la récolte à environ 1,2 million d'hectolitres, contre 1,5 million en année normale", "Bureau interprofessionnel des vins de Bourgogne", "estime", opt=True),
     Q(D, "Les rendements sont très hétérogènes d'un village à l'autre. Certains ont tout perdu, d'autres ont fait une récolte quasi normale", "Laurent Ducret", "explique", v="name"),
     Q(I, "les prix du vrac devraient rester élevés, « ce qui n'arrange pas le négoce, mais protège les domaines »", "Laurent Ducret", "Selon"),
     Q(D, "ce qui n'arrange pas le négoce, mais protège les domaines", "Laurent Ducret", "Selon", v="pron"),
     Q(D, "Avant, on avait des étudiants qui revenaient chaque année. Aujourd'hui, ils préfèrent les festivals", "Martine Rebourg", "regrette-t-elle", v="pron"),
     Q(I, "avoir payé ses coupeurs 13,50 euros de l'heure, « logés et nourris »", "Martine Rebourg", "dit"),
     Q(D, "logés et nourris", "Martine Rebourg", "dit", v="role"),
     Q(I, "les contrôles sur les conditions d'hébergement ont été renforcés cette année, après plusieurs affaires d'exploitation de travailleurs saisonniers en Champagne", "Mutualité sociale agricole", "indique"),
     Q(D, "Aucune infraction grave n'a été relevée en Côte-d'Or à ce stade", "MSA de Bourgogne", "précise", v="inst"),
     Q(I, "le calendrier des vendanges a avancé « de près de trois semaines en quarante ans »", "Hélène Vachet", "estime"),
     Q(D, "de près de trois semaines en quarante ans", "Hélène Vachet", "estime", v="name"),
     Q(D, "Le pinot noir souffre quand les nuits restent chaudes. Il faudra peut-être, un jour, se poser la question des cépages", "Hélène Vachet", "avance-t-elle", v="pron"),
     Q(D, "Le pinot, c'est notre identité. On adaptera la taille, les porte-greffes, l'enherbement. Mais on ne plantera pas de la syrah à Meursault", "Éric Garnier", "tranche", v="role")],
    [("Bourgogne Matin > Côte-d'Or", "Beaune"), ("Les coupeurs dans", "Rémi Chapuis"),
     ("LIRE AUSSI.", "viticulteurs"), ("Partagez cet article", "boîte mail")])

# ---------------------------------------------------------------- 05
SPEC["05_tour_luchon"] = (
    [E("Tour de France", "MISC"), E("Tour", "MISC", "Tour de France"), E("Mathis Delcourt", "PER"),
     E("Luchon", "LOC"), E("Ekström", "PER", "Jonas Ekström"), E("Jonas Ekström", "PER"),
     E("col de Peyresourde", "LOC", opt=True), E("Peyresourde", "LOC"), E("col d'Aspin", "LOC", opt=True),
     E("Breton", "MISC"), E("Suédois", "MISC"), E("Costarmoricain", "MISC"), E("Espagnol", "MISC"),
     E("Slovène", "MISC"), E("Belge", "MISC"), E("Français", "MISC"),
     E("Groupama-FDJ", "ORG"), E("Antoine Sabatier", "PER"), E("Presse Sports", "ORG"),
     E("Julien Grangé", "PER"), E("Pau", "LOC"), E("Lannion", "LOC"), E("France Télévisions", "ORG"),
     E("Iker Zubiaurre", "PER"), E("Movistar", "ORG"), E("Yvon Le Meur", "PER"),
     E("Visma-Lease a Bike", "ORG"), E("Alpes", "LOC"), E("Luka Pavlin", "PER"),
     E("UAE Team Emirates", "ORG"), E("Bernadette Puyo", "PER"), E("Bagnères-de-Bigorre", "LOC"),
     E("Thibaut Vanhoutte", "PER"), E("Soudal Quick-Step", "ORG"), E("Toulouse", "LOC"),
     E("Plateau de Beille", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "Je n'y croyais plus dans le dernier col. J'avais des crampes partout, je pensais à ma mère, à mon club de Lannion, à tous ceux qui m'ont porté", "Mathis Delcourt", "a-t-il lâché", v="pron"),
     Q(D, "Il était plus fort que moi aujourd'hui, il n'y a rien à dire", "Iker Zubiaurre", "a reconnu", v="role"),
     Q(D, "Ce matin, au briefing, je lui ai dit : \"Prends l'échappée, et après on verra.\" Il a tout fait seul", "Yvon Le Meur", "a raconté", v="role"),
     Q(D, "Prends l'échappée, et après on verra.", "Yvon Le Meur", "ai dit", v="role"),
     Q(I, "le coureur avait \"coché cette étape depuis l'hiver\"", "Yvon Le Meur", "Selon"),
     Q(D, "coché cette étape depuis l'hiver", "Yvon Le Meur", "Selon", v="pron"),
     Q(D, "On a couru de manière intelligente. Il fait très chaud, il reste une semaine difficile, il ne fallait pas gaspiller d'énergie", "Jonas Ekström", "a expliqué", v="role"),
     Q(D, "le Tour se jouera dans les Alpes", "Jonas Ekström", "estime", v="pron"),
     Q(D, "J'ai voulu tester les jambes. Elles répondent, c'est l'essentiel", "Luka Pavlin", "a commenté", v="role"),
     Q(I, "ne pas \"avoir dit son dernier mot\"", "Luka Pavlin", "dit"),
     Q(D, "avoir dit son dernier mot", "Luka Pavlin", "dit", v="role"),
     Q(D, "On attendait ça depuis des années. Un Français qui gagne chez nous, ça donne des frissons", "Bernadette Puyo", "s'enthousiasmait", v="name"),
     Q(I, "le coureur souffre d'une fracture de la clavicule et sera opéré dimanche à Toulouse", "Soudal Quick-Step", "D'après"),
     Q(I, "\"une bagarre dès le départ\"", "organisateurs", "promettent", opt=True),
     Q(D, "une bagarre dès le départ", "organisateurs", "promettent", v="inst")],
    [("Cyclisme | Tour de France", "Tour de France"), ("Mathis Delcourt lève", "Julien Grangé"),
     ("LIRE AUSSI -", "14e étape"), ("Partager sur Facebook", "Nos vidéos du Tour de France")])

# ---------------------------------------------------------------- 06
SPEC["06_tennis_montpellier"] = (
    [E("Le Midi Sportif", "ORG"), E("Midi Sportif", "ORG", "Le Midi Sportif"),
     E("Open Sud de France", "MISC"), E("Sud de France Arena", "LOC", opt=True),
     E("Hugo Ferrand", "PER"), E("Hugo", "PER", "Hugo Ferrand"), E("Montpellier", "LOC"),
     E("Montpelliérain", "MISC"), E("Canadien", "MISC"), E("Liam Tremblay", "PER"),
     E("Norvégien", "MISC"), E("Erik Solberg", "PER"), E("Pauline Estève", "PER"),
     E("Sébastien Arnal", "PER"), E("ATP", "ORG"), E("Castelnau-le-Lez", "LOC"),
     E("Français", "MISC"), E("Québécois", "MISC"), E("Sherbrooke", "LOC"),
     E("Fédération française", "ORG"), E("Karim Benhaddou", "PER"), E("Argentin", "MISC"),
     E("Tomás Ibarra", "PER"), E("Sylvain Roche", "PER")],
    [Q(D, "Je joue le meilleur tennis de ma vie", "Hugo Ferrand", None, nth=0, v="name"),
     Q(D, "Je joue le meilleur tennis de ma vie, et je le fais ici, devant ma famille. Je ne pouvais pas rêver mieux", "Hugo Ferrand", "a-t-il soufflé", v="pron"),
     Q(I, "avoir « un peu tremblé » au moment de conclure", "Hugo Ferrand", "a reconnu"),
     Q(D, "un peu tremblé", "Hugo Ferrand", "a reconnu", v="role"),
     Q(D, "À 6-5, j'ai vu le public debout, j'ai pensé à la victoire, et j'ai fait double faute. Après, je me suis dit : ne réfléchis plus, frappe.", "Hugo Ferrand", None, v="pron"),
     Q(I, "avoir « laissé passer sa chance » dans le tie-break", "Liam Tremblay", "estime"),
     Q(D, "laissé passer sa chance", "Liam Tremblay", "estime", v="role"),
     Q(D, "J'étais devant 4-2, avec mon service. Contre un joueur comme lui, dans cette ambiance, tu ne peux pas faire ça", "Liam Tremblay", "a regretté", v="role"),
     Q(I, "« en confiance » avant la tournée américaine", "Liam Tremblay", "se dit", opt=True),
     Q(D, "en confiance", "Liam Tremblay", "se dit", v="role"),
     Q(D, "Il y a un an, Hugo ne savait pas s'il allait rejouer. Sa blessure au poignet l'a fait douter de tout. Ce qu'il fait cette semaine, c'est le fruit d'un travail énorme", "Karim Benhaddou", "a confié", v="role"),
     Q(I, "son joueur pourrait intégrer le top 30 en cas de victoire dimanche", "Karim Benhaddou", "Selon"),
     Q(I, "s'attendre à « un match très difficile contre toute une salle »", "Erik Solberg", "dit"),
     Q(D, "un match très difficile contre toute une salle", "Erik Solberg", "dit", v="role"),
     Q(D, "J'adore ce genre d'atmosphère. Ce sera à moi de la faire taire", "Erik Solberg", "a-t-il prévenu", v="pron"),
     Q(I, "plus de 52 000 spectateurs se sont pressés dans les tribunes en une semaine", "organisateurs", "D'après"),
     Q(D, "On rêvait d'un Montpelliérain en finale depuis la création du tournoi. Dimanche, ce sera complet, on a même ouvert des places debout", "Sylvain Roche", "a indiqué", v="role"),
     Q(I, "la finale serait retransmise sur une chaîne gratuite", "Sylvain Roche", "a précisé")],
    [("Le Midi Sportif", "Open Sud de France"), ("Hugo Ferrand après", "Sébastien Arnal"),
     ("Lire aussi", "à Montpellier"), ("Partager cet article", "ATP")])

# ---------------------------------------------------------------- 07
SPEC["07_demission_maire"] = (
    [E("Le Courrier de la Mayenne", "ORG"), E("Courrier de la Mayenne", "ORG", "Le Courrier de la Mayenne"),
     E("Mayenne", "LOC"), E("Château-Gontier", "LOC"), E("Villiers-le-Moutier", "LOC"),
     E("Gérard Poirier", "PER"), E("Gérard", "PER", "Gérard Poirier"), E("Sandrine Oger", "PER"),
     E("Laval", "LOC"), E("Facebook", "ORG"), E("Villiers Ensemble", "ORG", opt=True),
     E("Nathalie Guérin", "PER"), E("Jean-Luc Trottier", "PER"),
     E("lotissement des Prés", "LOC", opt=True), E("Association des maires de France", "ORG"),
     E("Michel Bouvet", "PER"), E("Odile", "PER")],
    [Q(D, "usé par les attaques", "Gérard Poirier", None, nth=0, v="name"),
     Q(I, "un climat « devenu irrespirable » au conseil municipal", "Gérard Poirier", "dénonce", opt=True),
     Q(D, "devenu irrespirable", "Gérard Poirier", "dénonce", v="pron"),
     Q(I, "il quittait ses fonctions", "Gérard Poirier", "a annoncé"),
     Q(D, "J'ai donné douze ans de ma vie à cette commune. Je n'ai plus l'énergie de me battre contre des gens qui préfèrent les réseaux sociaux au dialogue, a-t-il expliqué jeudi, joint par téléphone. Je pars la tête haute, mais je pars usé par les attaques.", "Gérard Poirier", "a-t-il expliqué", v="pron"),
     Q(I, "des messages anonymes, des tags sur la façade de son domicile et des publications « mensongères » sur une page Facebook consacrée à la vie locale", "Gérard Poirier", "évoque", opt=True),
     Q(D, "mensongères", "Gérard Poirier", "évoque", v="role"),
     Q(I, "une plainte a été déposée en octobre à la gendarmerie de Château-Gontier", "Gérard Poirier", "Selon"),
     Q(D, "Villiers Ensemble", None, None, opt=True),
     Q(I, "toute responsabilité dans ce départ", "Nathalie Guérin", "conteste", opt=True),
     Q(D, "Nous n'avons jamais attaqué l'homme. Nous avons posé des questions sur un projet à 2,3 millions d'euros, c'est notre rôle", "Nathalie Guérin", "affirme-t-elle", v="pron"),
     Q(I, "le maire « n'a jamais accepté la contradiction »", "Nathalie Guérin", "estime"),
     Q(D, "n'a jamais accepté la contradiction", "Nathalie Guérin", "estime", v="role"),
     Q(I, "des élections anticipées « le plus vite possible »", "Nathalie Guérin", "réclame", opt=True),
     Q(D, "le plus vite possible", "Nathalie Guérin", "réclame", v="role"),
     Q(I, "« profondément attristé »", "Jean-Luc Trottier", "se dit", opt=True),
     Q(D, "profondément attristé", "Jean-Luc Trottier", "se dit", v="name"),
     Q(D, "Gérard a porté la rénovation de l'école, la maison de santé, le lotissement des Prés. Il ne méritait pas de partir comme ça", "Jean-Luc Trottier", "a-t-il déclaré", v="pron"),
     Q(I, "le conseil se réunirait le 10 décembre pour fixer la suite", "Jean-Luc Trottier", "a indiqué"),
     Q(I, "La préfète de la Mayenne a accepté la démission", "préfecture", "a confirmé"),
     Q(I, "un nouveau maire devra être élu par le conseil municipal dans un délai de quinze jours", "préfecture", "précise"),
     Q(I, "Dans la mesure où le conseil est au complet, aucune élection partielle ne sera nécessaire", "services de l'État", "selon"),
     Q(I, "plus de 2 000 maires ont démissionné depuis les élections de 2020, un chiffre inédit", "Association des maires de France", "D'après"),
     Q(D, "Les violences contre les élus locaux ne sont plus un phénomène marginal, c'est un mal profond qui touche surtout les petites communes", "Michel Bouvet", "observe", v="name"),
     Q(I, "l'État doit « sortir du discours et mettre des moyens, notamment pour protéger juridiquement les maires", "Michel Bouvet", "Pour"),
     Q(D, "sortir du discours et mettre des moyens, notamment pour protéger juridiquement les maires", "Michel Bouvet", "Pour", v="pron"),
     Q(D, "C'est dommage, c'était un maire qui répondait au téléphone, même le dimanche", "Odile", "glisse", v="name"),
     Q(D, "Il s'est enfermé ces derniers temps. Il n'écoutait plus personne.", None, None)],
    [("Le Courrier de la Mayenne", "Château-Gontier"), ("Gérard Poirier dans son bureau", "Courrier de la Mayenne"),
     ("Lire aussi", "l'éponge"), ("Vous avez une information", "Partager")])

# ---------------------------------------------------------------- 08
SPEC["08_logement_rapport"] = (
    [E("La Tribune de France", "ORG"), E("LA TRIBUNE DE FRANCE", "ORG", "La Tribune de France"),
     E("Fondation Toit pour tous", "ORG"), E("France", "LOC"), E("Lucas Demaret", "PER"),
     E("Inès Kaci", "PER"), E("porte de la Chapelle", "LOC", opt=True), E("Paris", "LOC"),
     E("STÉPHANE LAGARDE", "PER"), E("Françoise Delmas", "PER"),
     E("Hauts-de-Seine", "LOC"), E("Seine-Saint-Denis", "LOC"), E("Ismaël Traoré", "PER"),
     E("Samu social de Paris", "ORG"), E("Fédération française du bâtiment", "ORG"),
     E("Patrick Vennier", "PER"), E("Paris-Dauphine", "ORG"),
     E("Union nationale de la propriété immobilière", "ORG"),
     E("UNPI", "ORG", "Union nationale de la propriété immobilière"), E("Saint-Denis", "LOC"),
     E("Mariam", "PER")],
    [Q(D, "Nous n'avons jamais vu autant de familles à la rue", "Fondation Toit pour tous", "alerte", nth=0, v="inst"),
     Q(I, "à 4,3 millions le nombre de personnes mal logées en France", "Fondation Toit pour tous", "estime", opt=True),
     Q(I, "le gouvernement à relancer d'urgence la construction de logements sociaux", "Fondation Toit pour tous", "appelle"),
     Q(D, "Nous n'avons jamais vu autant de familles à la rue, ni autant d'enfants dormir dans des voitures ou des halls d'immeuble", "Françoise Delmas", "résume", v="name"),
     Q(I, "4,3 millions de personnes sont aujourd'hui mal logées en France, dont 350 000 sans domicile", "Fondation Toit pour tous", "Selon"),
     Q(D, "Le logement est devenu la première source d'angoisse des ménages modestes. Ce n'est plus une crise, c'est un état permanent", "Françoise Delmas", "poursuit", v="role"),
     Q(I, "des centres d'hébergement saturés", "associations", "décrivent", opt=True),
     Q(I, "l'effondrement de la construction", "Fondation Toit pour tous", "pointe", opt=True),
     Q(I, "des nuits passées à « chercher une place qui n'existe pas »", "Ismaël Traoré", "raconte", opt=True),
     Q(D, "chercher une place qui n'existe pas", "Ismaël Traoré", "raconte", v="name"),
     Q(D, "Le 115 sonne dans le vide. Hier soir, j'ai dû dire à une mère avec deux bébés que je n'avais rien. Je rentre chez moi avec ça", "Ismaël Traoré", "confie-t-il", v="pron"),
     Q(I, "moins de 260 000 logements ont été mis en chantier sur un an, le niveau le plus bas depuis 1995", "Fédération française du bâtiment", "D'après"),
     Q(D, "Les promoteurs ne lancent plus rien, les taux restent trop hauts et le foncier trop cher", "Patrick Vennier", "constate", v="name"),
     Q(I, "sans aide publique massive, « la pénurie va s'aggraver pendant au moins cinq ans »", "Patrick Vennier", "À ses yeux"),
     Q(D, "la pénurie va s'aggraver pendant au moins cinq ans", "Patrick Vennier", "À ses yeux", v="pron"),
     Q(D, "l'accumulation des normes a fait fuir les bailleurs privés", "président de l'Union nationale de la propriété immobilière", "juge", v="func"),
     Q(I, "un assouplissement du calendrier d'interdiction des passoires thermiques", "président de l'Union nationale de la propriété immobilière", "réclame", opt=True),
     Q(D, "irresponsable", "Fondation Toit pour tous", "juge", v="inst"),
     Q(D, "On ne va pas résoudre le mal-logement en louant à nouveau des logements insalubres", "Françoise Delmas", "s'agace", v="name"),
     Q(I, "le gouvernement « partage l'urgence »", "cabinet du ministre du Logement", "affirme"),
     Q(D, "partage l'urgence", "cabinet du ministre du Logement", "affirme", v="inst"),
     Q(I, "1,5 milliard d'euros ont été ajoutés au budget 2027 pour l'hébergement d'urgence", "cabinet du ministre du Logement", "rappelle"),
     Q(D, "Nous attendons des actes, pas une réunion de plus", "Françoise Delmas", "a prévenu", v="role"),
     Q(I, "la construction de 200 000 logements sociaux par an", "Françoise Delmas", "demande", opt=True),
     Q(D, "Les enfants font leurs devoirs sur le lit. On me dit d'être patiente. Patiente jusqu'à quand ?", "Mariam", None, v="pron")],
    [("La Tribune de France", "Logement"), ("Temps de lecture", "abonnés"),
     ("Un campement de familles", "LA TRIBUNE DE FRANCE"), ("Lire aussi |", "40 métropoles"),
     ("Cet article est réservé", "Hébergement d'urgence")])

# ---------------------------------------------------------------- 09
SPEC["09_ong_sahel"] = (
    [E("Burkina Faso", "LOC"), E("AFP", "ORG"), E("DAKAR", "LOC", "Dakar"), E("Dakar", "LOC"),
     E("Sahel Vigilance", "ORG"), E("Aminata Ouédraogo", "PER"), E("Ouédraogo", "PER", "Aminata Ouédraogo"),
     E("Groupe de soutien à l'islam et aux musulmans", "ORG"),
     E("GSIM", "ORG", "Groupe de soutien à l'islam et aux musulmans"),
     E("JNIM", "ORG", "Groupe de soutien à l'islam et aux musulmans"), E("Al-Qaïda", "ORG"),
     E("Tanwalbougou", "LOC"), E("Est", "LOC"),
     E("Volontaires pour la défense de la patrie", "ORG"),
     E("VDP", "ORG", "Volontaires pour la défense de la patrie"), E("Ouagadougou", "LOC"),
     E("Moussa Sawadogo", "PER"), E("Institut d'études de sécurité", "ORG"),
     E("ISS", "ORG", "Institut d'études de sécurité"), E("Genève", "LOC"),
     E("Haut-Commissariat des Nations unies aux droits de l'homme", "ORG"), E("Abidjan", "LOC"),
     E("Union africaine", "ORG"), E("Cédéao", "ORG"), E("Mali", "LOC"), E("Niger", "LOC"),
     E("Alliance des États du Sahel", "ORG"), E("AES", "ORG", "Alliance des États du Sahel"),
     E("Agence France-Presse", "ORG")],
    [Q(D, "un bilan sous-estimé", "Sahel Vigilance", None, opt=True),
     Q(I, "plus de 1 200 civils tués en six mois", "Sahel Vigilance", "recense", opt=True),
     Q(I, "41 attaques contre des villages, des marchés et des convois humanitaires", "Sahel Vigilance", "recense", opt=True),
     Q(I, "Plus de 1 200 civils ont été tués au Burkina Faso entre avril et septembre", "Sahel Vigilance", "selon"),
     Q(I, "à la fois les groupes jihadistes et les forces gouvernementales d'exactions « à grande échelle »", "Sahel Vigilance", "accuse", opt=True),
     Q(D, "à grande échelle", "Sahel Vigilance", "accuse", v="inst"),
     Q(D, "Ce chiffre est un minimum. Dans de nombreuses zones, personne ne peut entrer pour compter les morts", "Aminata Ouédraogo", "a déclaré", v="name"),
     Q(I, "le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son acronyme arabe), lié à Al-Qaïda, serait responsable de plus de la moitié des victimes", "Sahel Vigilance", "D'après"),
     Q(I, "le massacre de Tanwalbougou, dans l'Est, où « au moins 90 habitants, dont des enfants », auraient été exécutés en une matinée", "Sahel Vigilance", "documente", opt=True),
     Q(D, "au moins 90 habitants, dont des enfants", "Sahel Vigilance", "documente", v="inst"),
     Q(D, "Les assaillants sont arrivés à moto, ils ont rassemblé les hommes devant la mosquée. Ceux qui ont fui ont été abattus dans les champs", None, "a raconté"),
     Q(D, "Nous avons des témoignages concordants sur des exécutions sommaires de civils peuls après des attaques jihadistes, a précisé Mme Ouédraogo. C'est un cycle de représailles qui nourrit le recrutement des groupes armés.", "Aminata Ouédraogo", "a précisé", v="name"),
     Q(I, "ces accusations", "gouvernement de transition", "a rejeté", opt=True),
     Q(I, "« un rapport de commande, rédigé loin du terrain »", "gouvernement de transition", "a dénoncé", opt=True),
     Q(D, "un rapport de commande, rédigé loin du terrain", "gouvernement de transition", "a dénoncé", v="inst"),
     Q(I, "les forces armées « respectent scrupuleusement le droit international humanitaire »", "gouvernement de transition", "assuré"),
     Q(D, "respectent scrupuleusement le droit international humanitaire", "gouvernement de transition", "assuré", v="inst"),
     Q(I, "les ONG étrangères de « faire le jeu des terroristes »", "Ouagadougou", "accuse"),
     Q(D, "faire le jeu des terroristes", "Ouagadougou", "accuse", v="inst"),
     Q(I, "le rapport confirme une tendance observée depuis deux ans", "Moussa Sawadogo", "Pour"),
     Q(D, "Les civils sont pris en étau. S'ils restent, les jihadistes les accusent de collaborer avec l'armée ; s'ils partent, ils deviennent des suspects", "Moussa Sawadogo", "analyse-t-il", v="pron"),
     Q(I, "le nombre de déplacés internes dépasse désormais les deux millions", "Moussa Sawadogo", "estime"),
     Q(I, "« profondément préoccupé »", "Haut-Commissariat des Nations unies aux droits de l'homme", "s'est dit", opt=True),
     Q(D, "profondément préoccupé", "Haut-Commissariat des Nations unies aux droits de l'homme", "s'est dit", v="inst"),
     Q(I, "les autorités burkinabè à « ouvrir des enquêtes indépendantes »", "Haut-Commissariat des Nations unies aux droits de l'homme", "a appelé"),
     Q(D, "ouvrir des enquêtes indépendantes", "Haut-Commissariat des Nations unies aux droits de l'homme", "a appelé", v="inst"),
     Q(I, "le rapport « très inquiétant »", "chef de la diplomatie française", "a jugé", opt=True),
     Q(D, "très inquiétant", "chef de la diplomatie française", "a jugé", v="func"),
     Q(I, "l'envoi d'observateurs de l'Union africaine et la levée des restrictions imposées aux journalistes", "Sahel Vigilance", "réclame", opt=True),
     Q(D, "Tant qu'on empêchera les témoins de parler, les tueries continueront dans le silence", "Aminata Ouédraogo", "conclut", v="name")],
    [("afp/mr/jb", "Agence France-Presse")])

# ---------------------------------------------------------------- 10
SPEC["10_conseil_europeen"] = (
    [E("Europe Hebdo", "ORG"), E("Union européenne", "ORG"), E("Bruxelles", "LOC"),
     E("Vingt-Sept", "MISC", opt=True), E("Ukraine", "LOC"), E("Paris", "LOC"), E("Kiev", "LOC"),
     E("Hongrie", "LOC"), E("Olivier Braun", "PER"), E("Conseil européen", "ORG"),
     E("Europe", "LOC", only=[0, 1]), E("Europe", "MISC", opt=True, only=[2]),
     E("Europa", "LOC", opt=True), E("Commission européenne", "ORG"), E("Budapest", "LOC"),
     E("Conseil de l'UE", "ORG"), E("Élysée", "ORG"), E("Moscou", "LOC"), E("Washington", "LOC"),
     E("Européens", "MISC"), E("Parlement européen", "ORG"), E("Clara Weiss", "PER"),
     E("Union", "ORG", "Union européenne"), E("Pierre-Emmanuel Dorval", "PER"),
     E("Institut Jacques-Delors", "ORG"), E("Kharkiv", "LOC")],
    [Q(D, "un signal de sérieux", "Paris", "selon", nth=0, v="inst"),
     Q(D, "Nous avons un accord. L'Europe tient parole", "président du Conseil européen", "a lancé", v="func"),
     Q(I, "le texte a été “réécrit quatre fois” dans la nuit", None, "Selon"),
     Q(D, "réécrit quatre fois", None, "Selon"),
     Q(D, "À 2 heures, on pensait rentrer sans rien. La Hongrie demandait des garanties que personne ne voulait écrire noir sur blanc", None, "raconte-t-il"),
     Q(I, "la Commission européenne examinerait “dans les trois mois” le déblocage d'une partie des fonds de cohésion suspendus", "Commission européenne", "engagement", opt=True),
     Q(D, "dans les trois mois", "Commission européenne", "engagement", opt=True),
     Q(I, "“une victoire du bon sens”", "Premier ministre hongrois", "a salué", opt=True),
     Q(D, "une victoire du bon sens", "Premier ministre hongrois", "a salué", v="func"),
     Q(I, "son pays “ne paiera pas pour une guerre qui n'est pas la sienne”", "Premier ministre hongrois", "affirmant"),
     Q(D, "ne paiera pas pour une guerre qui n'est pas la sienne", "Premier ministre hongrois", "affirmant", v="func"),
     Q(D, "un signal de sérieux envoyé à Moscou comme à Washington", "Élysée", "s'est félicité", v="inst"),
     Q(I, "l'Europe avait “montré qu'elle peut décider vite quand l'essentiel est en jeu”", "chef de l'État", "a estimé"),
     Q(D, "montré qu'elle peut décider vite quand l'essentiel est en jeu", "chef de l'État", "a estimé", v="func"),
     Q(I, "les premiers versements interviendraient “dès la fin du mois de janvier”", "présidente de la Commission européenne", "a promis"),
     Q(D, "dès la fin du mois de janvier", "présidente de la Commission européenne", "a promis", v="func"),
     Q(I, "le contrôle des dépenses", "chancelier allemand", "a insisté", opt=True),
     Q(D, "Chaque euro versé sera suivi, nous le devons à nos contribuables", "chancelier allemand", "a-t-il déclaré", v="func"),
     Q(D, "unité", "présidence ukrainienne", "a remercié", v="inst"),
     Q(I, "les besoins budgétaires du pays dépassaient les 45 milliards d'euros pour l'an prochain", "présidence ukrainienne", "rappelant"),
     Q(D, "un chantage récompensé", "Clara Weiss", "dénonce", v="name"),
     Q(D, "Chaque fois qu'un gouvernement bloque, il obtient quelque chose. C'est une méthode qui finira par paralyser l'Union", "Clara Weiss", "estime", v="role"),
     Q(I, "une réforme de la règle de l'unanimité en matière de politique étrangère", "Clara Weiss", "demande", opt=True),
     Q(I, "l'accord reste “fragile”", "Pierre-Emmanuel Dorval", "Pour"),
     Q(D, "fragile", "Pierre-Emmanuel Dorval", "Pour", v="name"),
     Q(D, "Le prêt couvre une année. La vraie question, c'est ce qui se passera en 2028, surtout si Washington réduit encore son soutien", "Pierre-Emmanuel Dorval", "explique-t-il", v="pron"),
     Q(I, "les Vingt-Sept devront tôt ou tard “parler d'un emprunt commun pour la défense”", "Pierre-Emmanuel Dorval", "juge"),
     Q(D, "parler d'un emprunt commun pour la défense", "Pierre-Emmanuel Dorval", "juge", v="pron")],
    [("Europe Hebdo |", "Union européenne"), ("Photo : Les dirigeants", "Conseil de l'UE"),
     ("À lire aussi", "chaque lundi")])

# ---------------------------------------------------------------- 11
SPEC["11_ariane_kourou"] = (
    [E("Le Journal des Étoiles", "ORG"), E("Ariane 6", "MISC"), E("Kourou", "LOC"),
     E("Galileo", "MISC"), E("Romain Fillon", "PER"), E("Centre spatial guyanais", "LOC", opt=True),
     E("ESA", "ORG", "Agence spatiale européenne"), E("CNES", "ORG", "Centre national d'études spatiales"),
     E("Arianespace", "ORG"), E("salle Jupiter", "LOC", opt=True), E("Paris", "LOC"),
     E("Franck Delaunay", "PER"), E("Marion Castel", "PER"), E("Europe", "LOC"), E("Chine", "LOC"),
     E("Agence spatiale européenne", "ORG"), E("Commission européenne", "ORG"),
     E("Darmstadt", "LOC"), E("Allemagne", "LOC"), E("Centre national d'études spatiales", "ORG"),
     E("Jean-Marc Lefeuvre", "PER"), E("Guyane", "LOC"), E("Guyanais", "MISC"),
     E("Institut français des relations internationales", "ORG"),
     E("Ifri", "ORG", "Institut français des relations internationales"), E("Nadège Roussel", "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [Q(D, "Un vol parfait, du début à la fin", "Franck Delaunay", None, nth=0, v="name"),
     Q(D, "Un vol parfait, du début à la fin. Toutes les séquences se sont déroulées à la seconde près", "Franck Delaunay", "a annoncé", v="name"),
     Q(D, "Nous avons préféré perdre une semaine plutôt que prendre le moindre risque. C'est la règle, et elle a payé", "Franck Delaunay", "a justifié", v="role"),
     Q(I, "la cadence « montera progressivement » et que le carnet de commandes « est plein jusqu'en 2029 »", "Marion Castel", "assure"),
     Q(D, "montera progressivement", "Marion Castel", "assure", v="name"),
     Q(D, "est plein jusqu'en 2029", "Marion Castel", "assure", v="name"),
     Q(D, "On nous a souvent dit que l'Europe arrivait trop tard. Ce soir, elle montre qu'elle a un accès autonome à l'espace, et c'est ce qui compte", "Marion Castel", "a-t-elle affirmé", v="pron"),
     Q(I, "les deux engins avaient « établi le contact » avec le centre de contrôle de Darmstadt, en Allemagne", "Agence spatiale européenne", "a confirmé"),
     Q(D, "établi le contact", "Agence spatiale européenne", "a confirmé", v="inst"),
     Q(I, "ils rejoindront leur orbite définitive, à 23 222 kilomètres d'altitude, d'ici une dizaine de jours", "Agence spatiale européenne", "D'après"),
     Q(I, "d'un lancement « sans la moindre anomalie »", "Centre national d'études spatiales", "se félicite", opt=True),
     Q(D, "sans la moindre anomalie", "Centre national d'études spatiales", "se félicite", v="inst"),
     Q(I, "la base emploie 1 600 personnes en Guyane", "Jean-Marc Lefeuvre", "rappelle"),
     Q(D, "Chaque lancement, c'est des mois de travail pour des centaines de Guyanais. Cette réussite, elle est aussi à eux", "Jean-Marc Lefeuvre", "souligne-t-il", v="pron"),
     Q(I, "« une grande nuit pour la souveraineté européenne »", "ministre chargé de l'Espace", "a salué", opt=True),
     Q(D, "une grande nuit pour la souveraineté européenne", "ministre chargé de l'Espace", "a salué", v="func"),
     Q(I, "l'Europe a pris « au moins cinq ans de retard » sur la réutilisation des lanceurs", "Nadège Roussel", "rappelle"),
     Q(D, "au moins cinq ans de retard", "Nadège Roussel", "rappelle", v="name"),
     Q(I, "le prochain défi sera de réduire les coûts", "Nadège Roussel", "estime"),
     Q(D, "Ariane 6 est un bon lanceur. Mais un lanceur qu'on jette après chaque vol, face à des fusées qui atterrissent, c'est un modèle qui a une date de péremption, prévient la chercheuse. Il faut préparer la suite maintenant, pas dans dix ans.", "Nadège Roussel", "prévient", v="role")],
    [("Sciences & Espace", "Étoiles"), ("Le décollage d'Ariane 6", "Arianespace"),
     ("LIRE AUSSI.", "2035"), ("Partager :", "l'actualité de l'espace")])

# ---------------------------------------------------------------- 12
SPEC["12_necrologie_sorel"] = (
    [E("Madeleine Sorel", "PER"), E("Madeleine", "PER", "Madeleine Sorel"),
     E("Madeleine-Sorel", "ORG", opt=True), E("La Maison des quatre vents", "MISC"),
     E("Comédie-Française", "ORG"), E("Paris", "LOC"), E("Anne-Sophie Berthelot", "PER"),
     E("Festival de Cannes", "MISC"), E("Studio Lumière", "ORG"), E("Antoine Mazet", "PER"),
     E("AFP", "ORG"), E("Saint-Étienne", "LOC"), E("René Lacaze", "PER"), E("Paul Arnoult", "PER"),
     E("Les Amants de Tolède", "MISC"), E("Cannes", "LOC"), E("Élysée", "ORG"), E("France", "LOC"),
     E("Julien Castagnet", "PER"), E("Élise Morand", "PER"), E("Molière", "PER"),
     E("Stéphanois", "MISC"), E("Colette Faure", "PER"), E("église Saint-Sulpice", "LOC", opt=True)],
    [Q(D, "la dernière grande dame du cinéma populaire", None, None, opt=True),
     Q(D, "La Maison des quatre vents", None, None, opt=True, nth=0),
     Q(I, "Madeleine Sorel est morte mardi matin dans son appartement du 6e arrondissement de Paris, « entourée des siens et sans souffrir »", "Antoine Mazet", "a annoncé"),
     Q(D, "entourée des siens et sans souffrir", "Antoine Mazet", "a annoncé", v="name"),
     Q(I, "elle avait « la voix d'une tragédienne et l'œil d'une titi »", "René Lacaze", "dira"),
     Q(D, "la voix d'une tragédienne et l'œil d'une titi", "René Lacaze", "dira", v="name"),
     Q(D, "La Maison des quatre vents", None, None, opt=True, nth=1),
     Q(D, "Les Amants de Tolède", None, None, opt=True),
     Q(I, "« une artiste qui a fait rire et pleurer la France entière, et qui n'a jamais oublié d'où elle venait »", "Élysée", "a salué", opt=True),
     Q(D, "une artiste qui a fait rire et pleurer la France entière, et qui n'a jamais oublié d'où elle venait", "Élysée", "a salué", v="inst"),
     Q(D, "une actrice immense et une femme libre", "ministre de la Culture", "a rendu hommage", v="func"),
     Q(I, "à « une actrice immense et une femme libre »", "ministre de la Culture", "a rendu hommage", opt=True),
     Q(I, "un hommage national serait organisé en janvier", "ministre de la Culture", "annonçant"),
     Q(D, "Madeleine, c'était une tornade. Sur un tournage, elle connaissait le texte de tout le monde, le sien et le vôtre", "Julien Castagnet", "se souvient", v="name"),
     Q(D, "Elle m'a appris à ne jamais tricher", "Julien Castagnet", "a-t-il ajouté", v="pron"),
     Q(D, "et à toujours arriver à l'heure, ce qui était moins drôle.", "Julien Castagnet", "a-t-il ajouté", v="pron"),
     Q(D, "d'une exigence folle", "Élise Morand", "garde le souvenir", v="name"),
     Q(D, "Le premier jour, elle m'a dit : \"Ma petite, je suis vieille, mais je ne suis pas morte. Ne me filmez pas comme une statue.\" J'ai réécrit la moitié du scénario pour elle", "Élise Morand", "raconte", v="role"),
     Q(D, "Ma petite, je suis vieille, mais je ne suis pas morte. Ne me filmez pas comme une statue.", "Madeleine Sorel", "a dit", v="pron"),
     Q(I, "« une camarade généreuse, qui aimait les jeunes acteurs plus qu'elle-même »", "administrateur général de la maison de Molière", "a évoqué", opt=True),
     Q(D, "une camarade généreuse, qui aimait les jeunes acteurs plus qu'elle-même", "administrateur général de la maison de Molière", "a évoqué", v="func"),
     Q(I, "une soirée de lectures lui sera consacrée le 15 décembre", "troupe", "Selon"),
     Q(D, "Elle revenait chaque année voir sa sœur, elle allait au marché comme tout le monde. Les Stéphanois perdent une des leurs", "Colette Faure", "confie", v="name"),
     Q(I, "Ses obsèques seront célébrées lundi en l'église Saint-Sulpice, à Paris", "famille", "selon")],
    [("Culture | Cinéma", "Disparition"), ("Madeleine Sorel au Festival", "Studio Lumière"),
     ("Lire aussi :", "Madeleine Sorel"), ("Partager l'article", "dévoile sa saison")])

def pattern(text):
    """Regex for an annotation string: any space the article uses, either apostrophe."""
    out = []
    for c in text:
        if c == " ":
            out.append("[ \u00a0\u202f]")
        elif c in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def annotate(name, doc):
    ents, quotes, bps = SPEC[name]
    bp = []
    for first, last in bps:
        m = re.search(pattern(first), doc)
        if not m:
            sys.exit("%s: boilerplate start %r not found" % (name, first))
        m2 = re.compile(pattern(last)).search(doc, m.start())
        if not m2:
            sys.exit("%s: boilerplate end %r not found" % (name, last))
        bp.append({"start": m.start(), "end": m2.end()})
    taken = []
    out_e = []
    texts = sorted({e["text"] for e in ents}, key=lambda t: -len(t))
    for text in texts:
        specs = [e for e in ents if e["text"] == text]
        hits = []
        for m in re.finditer(r"(?<!\w)" + pattern(text) + r"(?!\w)", doc):
            s, e = m.span()
            if not any(s < b and a < e for a, b in taken):
                hits.append((s, e))
        if not hits:
            sys.exit("%s: entity %r not found" % (name, text))
        claimed = set()
        for spec in specs:
            idx = range(len(hits)) if spec["only"] is None else spec["only"]
            for i in idx:
                if i >= len(hits) or i in claimed:
                    sys.exit("%s: entity %r occurrence %d missing or claimed twice" % (name, text, i))
                claimed.add(i)
                s, e = hits[i]
                out_e.append({"start": s, "end": e, "text": doc[s:e], "type": spec["type"],
                              "canonical": spec["canon"],
                              "boilerplate": any(r["start"] <= s and e <= r["end"] for r in bp),
                              "optional": spec["opt"]})
        if len(claimed) != len(hits):
            sys.exit("%s: entity %r has unclaimed occurrences" % (name, text))
        taken += hits
    out_e.sort(key=lambda x: x["start"])
    out_q = []
    for spec in quotes:
        hits = [m.span() for m in re.finditer(pattern(spec["text"]), doc)]
        if not hits:
            sys.exit("%s: quote %r not found" % (name, spec["text"]))
        if spec["nth"] is None and len(hits) > 1:
            sys.exit("%s: quote %r occurs %d times, say which (nth)" % (name, spec["text"], len(hits)))
        s, e = hits[spec["nth"] or 0]
        out_q.append({"start": s, "end": e, "text": doc[s:e], "kind": spec["kind"],
                      "speaker": spec["speaker"], "cue": spec["cue"], "optional": spec["opt"]})
        if spec["kind"] == D and not spec["opt"]:
            if (spec["v"] is None) != (spec["speaker"] is None):
                sys.exit("%s: speaker kind %r for %r" % (name, spec["v"], spec["text"][:40]))
            VIA[spec["v"]] = VIA.get(spec["v"], 0) + 1
    out_q.sort(key=lambda x: (x["start"], x["kind"]))
    return {"doc": name + ".txt", "entities": out_e, "quotes": out_q, "boilerplate": bp}


def check(name, doc, gold):
    """The checks score.py relies on, and the conventions of ANNOTATION.md."""
    errs = []
    assert gold["doc"] == name + ".txt"
    prev_end = -1
    for x in gold["entities"]:
        if doc[x["start"]:x["end"]] != x["text"]:
            errs.append("entity offsets %r" % x)
        if x["type"] not in TYPES:
            errs.append("entity type %r" % x)
        if x["start"] < prev_end:
            errs.append("entities overlap at %r" % x)
        prev_end = x["end"]
        if not isinstance(x["canonical"], str) or not x["canonical"]:
            errs.append("canonical %r" % x)
        if x["type"] == "PER" and x["text"] not in x["canonical"].replace("\u2019", "'") and x["text"] != x["canonical"]:
            errs.append("PER canonical does not contain the mention %r" % x)
    for q in gold["quotes"]:
        t = doc[q["start"]:q["end"]]
        if t != q["text"]:
            errs.append("quote offsets %r" % q)
        if q["kind"] not in ("direct", "indirect"):
            errs.append("quote kind %r" % q)
        if t != t.strip() or (q["kind"] == "direct" and (t[0] in MARKS or t[-1] in MARKS)):
            errs.append("quote span has spaces or marks at its edge %r" % t[:40])
        if q["kind"] == "direct":
            before = doc[:q["start"]].rstrip(" \u00a0\u202f")
            if not before or before[-1] not in MARKS:
                errs.append("direct quote not after a quotation mark %r" % t[:40])
        if q["speaker"] is not None and not q["speaker"]:
            errs.append("empty speaker %r" % q)
    # score.py drops every prediction that overlaps an optional gold span of the
    # same kind, so a scored quote overlapping an optional one could never match.
    for kind in ("direct", "indirect"):
        opt = [q for q in gold["quotes"] if q["kind"] == kind and q["optional"]]
        for q in gold["quotes"]:
            if q["kind"] == kind and not q["optional"]:
                for o in opt:
                    if q["start"] < o["end"] and o["start"] < q["end"]:
                        errs.append("scored quote overlaps an optional one %r" % q["text"][:40])
    for r in gold["boilerplate"]:
        if not 0 <= r["start"] < r["end"] <= len(doc):
            errs.append("boilerplate %r" % r)
    for e in errs:
        print("%s: %s" % (name, e))
    return not errs


def self_score(golds):
    """Score the gold against itself with score.py's own functions: all must be 1.0."""
    sys.path.insert(0, os.path.abspath(SCORE))
    import score
    acc = {k: 0 for k in (
        "ent_tp ent_pred ent_gold ent_lenient_tp canon_n canon_ok direct_tp direct_pred "
        "direct_gold indirect_tp indirect_pred indirect_gold spk_n spk_ok").split()}
    for g in golds:
        pe = [x for x in g["entities"] if not x["optional"]]
        pq = [x for x in g["quotes"] if not x["optional"]]
        score.score_entities(g["entities"], pe, acc, False, g["doc"])
        score.score_quotes(g["quotes"], pq, acc, False, g["doc"])
    ok = (acc["ent_tp"] == acc["ent_pred"] == acc["ent_gold"] == acc["ent_lenient_tp"]
          and acc["canon_ok"] == acc["canon_n"]
          and acc["direct_tp"] == acc["direct_pred"] == acc["direct_gold"]
          and acc["indirect_tp"] == acc["indirect_pred"] == acc["indirect_gold"]
          and acc["spk_ok"] == acc["spk_n"])
    print("self-score with score.py: %s %s" % ("OK" if ok else "FAILED", acc))
    return ok


def show(name, doc, gold):
    print("=" * 20, name)
    for x in gold["entities"]:
        ctx = doc[max(0, x["start"] - 25):x["start"]] + "[" + x["text"] + "]" + doc[x["end"]:x["end"] + 15]
        print("E %-4s %s%s %-30s %s" % (x["type"], "o" if x["optional"] else " ",
                                      "b" if x["boilerplate"] else " ", x["canonical"][:30],
                                      ctx.replace("\n", "/")))
    for q in gold["quotes"]:
        print("Q %-8s %s %-28s %-18s %s" % (q["kind"], "o" if q["optional"] else " ",
                                           q["speaker"], q["cue"], q["text"][:70].replace("\n", "/")))
    for r in gold["boilerplate"]:
        print("B %r" % doc[r["start"]:r["end"]][:80])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    golds, ok = [], True
    totals = dict(docs=0, chars=0, ent=0, ent_opt=0, direct=0, direct_opt=0, indirect=0,
                  indirect_opt=0)
    for name in sorted(SPEC):
        with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as f:
            doc = f.read()
        gold = annotate(name, doc)
        ok &= check(name, doc, gold)
        golds.append(gold)
        if a.show:
            show(name, doc, gold)
        totals["docs"] += 1
        totals["chars"] += len(doc)
        for x in gold["entities"]:
            totals["ent_opt" if x["optional"] else "ent"] += 1
        for q in gold["quotes"]:
            totals[q["kind"] + ("_opt" if q["optional"] else "")] += 1
        if not a.check:
            with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
    ok &= self_score(golds)
    types = {}
    for g in golds:
        for x in g["entities"]:
            if not x["optional"]:
                types[x["type"]] = types.get(x["type"], 0) + 1
    print("scored entities by type:", dict(sorted(types.items())))
    print("speakers of scored direct quotes by kind:", {str(k): n for k, n in sorted(VIA.items(), key=lambda kv: str(kv[0]))})
    print("%(docs)d documents, %(chars)d characters; entities %(ent)d (+%(ent_opt)d optional), "
          "direct quotes %(direct)d (+%(direct_opt)d optional), indirect quotes %(indirect)d "
          "(+%(indirect_opt)d optional)" % totals)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
