#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout11 with exact offsets.

    python3 tests/gold/heldout11/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout11/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout11/make_gold.py --show   # print every annotation in context

BLIND SET: never tune on it, never add it to `make eval`; the lead alone scores it.

The annotations of the twelve articles (NAME.txt, written for this blind set:
regional daily press and magazines) are given below as strings, per
../shared/docs/ANNOTATION.md and the conventions of README.md (which follow the
decisions of the READMEs of tests/gold/written to written6). The machinery
(offsets, checks, self-score, --check/--show) is tests/gold/goldspec.py.
`v` says how a reader finds the speaker of a scored direct quote: name,
pronoun, role (a role noun standing for a named person), function (a person
known only by function), institution, headline (a headline or subheading
quotation without cue, resolved by the body).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

# ---------------------------------------------------------------- 01
SPEC["01_conseil_cantine"] = (
    [E("Aveyron", "LOC"), E("Millau", "LOC"), E("Millau Demain", "ORG"),
     E("Gaëlle Roumiguières", "PER"), E("Ville", "ORG", opt=True), E("DVG", "ORG", opt=True),
     E("Solenne Vayssettes", "PER"),
     E("Vayssettes", "PER", canon="Solenne Vayssettes"), E("Restoval", "ORG"), E("Ilyès Benhamida", "PER"),
     E("Noël", "MISC", opt=True), E("Thibaud Carrière", "PER"),
     E("Caisse d'allocations familiales", "ORG"),
     E("CAF", "ORG", canon="Caisse d'allocations familiales"), E("FCPE", "ORG"),
     E("Oumeyma Tazi", "PER"),
     E("Parc naturel régional des Grands Causses", "ORG", opt=True), E("Larzac", "LOC"),
     E("avenue Jean-Jaurès", "LOC", opt=True)],
    [Q(D, "un coup de massue", "Ilyès Benhamida", "dénonce", opt=True, nth=0),
     Q(I, "une tarification sociale dès la rentrée", "Solenne Vayssettes", "promet", opt=True),
     Q(D, "Nous ne faisons que répercuter une partie de la hausse du coût des denrées. La Ville continue de payer plus de la moitié de chaque repas", "Solenne Vayssettes", "a expliqué", v="name"),
     Q(I, "le prestataire, la société Restoval, avait lui-même relevé ses prix de 11 % au printemps", "Solenne Vayssettes", "a rappelé"),
     Q(I, "cette hausse est « un coup de massue pour les familles modestes »", "Ilyès Benhamida", "Pour"),
     Q(D, "un coup de massue pour les familles modestes", "Ilyès Benhamida", "Pour", v="name"),
     Q(I, "un moratoire", "Ilyès Benhamida", "a réclamé", opt=True),
     Q(D, "Vous nous parlez de justice sociale et vous augmentez la cantine le même soir où vous votez une enveloppe de 60 000 euros pour les illuminations de Noël", "Ilyès Benhamida", "a-t-il lancé", v="pronoun"),
     Q(I, "la municipalité travaillait depuis l'été à une grille fondée sur le quotient familial", "Solenne Vayssettes", "a répliqué"),
     Q(I, "près d'un tiers des familles paieront moins qu'aujourd'hui lorsque cette grille entrera en vigueur, en septembre 2027", "Solenne Vayssettes", "Selon"),
     Q(I, "la Caisse d'allocations familiales (CAF) avait été sollicitée pour fournir les données nécessaires", "Thibaud Carrière", "a précisé"),
     Q(D, "Septembre 2027, c'est dans un an. D'ici là, ce sont les mêmes familles qui vont payer", "Oumeyma Tazi", "regrette", v="name"),
     Q(I, "plusieurs familles ont déjà retiré leurs enfants de la cantine depuis la rentrée", "Oumeyma Tazi", "affirme"),
     Q(I, "recevoir la fédération « avant les vacances de Noël »", "Solenne Vayssettes", "a promis"),
     Q(D, "avant les vacances de Noël", "Solenne Vayssettes", "a promis", v="name"),
     Q(D, "Nous n'avons rien à cacher, a-t-elle ajouté. Les chiffres seront sur la table.", "Solenne Vayssettes", "a-t-elle ajouté", v="pronoun"),
     Q(D, "partenariat exemplaire", "Thibaud Carrière", "s'est félicité", v="name"),
     Q(I, "un « partenariat exemplaire »", "Thibaud Carrière", "s'est félicité", opt=True)],
    [("Accueil > Aveyron", "> Millau"), ("Lire aussi :", "repoussée à 2028"), ("Tags :", "Aveyron")])

# ---------------------------------------------------------------- 02
SPEC["02_proces_chauffard"] = (
    [E("Quimper", "LOC"), E("Pont-l'Abbé", "LOC"), E("Ouest-Bretagne", "ORG"),
     E("Yoann Le Gall", "PER"),
     E("Le Gall", "PER", canon="Yoann Le Gall"), E("Loctudy", "LOC"), E("Marie-Laure Kerhervé", "PER"),
     E("Erwan Quéré", "PER"), E("Sixtine Abgrall", "PER"), E("Anaïs Diallo-Quéméner", "PER"),
     E("Gurvan Le Floc'h", "PER"), E("Plonéour-Lanvern", "LOC"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [Q(D, "des excuses", "Sixtine Abgrall", "attendait", opt=True, nth=0),
     Q(D, "Je n'ai pas vu le vélo. Le soleil était en face, je roulais doucement, je vous le jure", "Yoann Le Gall", "a répété le prévenu", v="role"),
     Q(I, "ne plus avoir de permis depuis 2021, après une suspension qu'il n'avait « jamais pris le temps de régulariser »", "Yoann Le Gall", "a reconnu"),
     Q(D, "jamais pris le temps de régulariser", "Yoann Le Gall", "a reconnu", v="pronoun"),
     Q(I, "ce n'était pas sa première condamnation pour conduite sans permis", "Marie-Laure Kerhervé", "a rappelé"),
     Q(D, "Vous le saviez, monsieur. Vous saviez que vous n'aviez pas le droit de prendre le volant ce jour-là", "Marie-Laure Kerhervé", "a insisté la magistrate", v="role"),
     Q(D, "Une vie a basculé", "Sixtine Abgrall", None, nth=0, v="headline"),
     Q(D, "qui ne remontera plus jamais sur un vélo", "Sixtine Abgrall", "a décrit", v="name"),
     Q(I, "un homme « qui ne remontera plus jamais sur un vélo », privé de la marche pendant des mois", "Sixtine Abgrall", "a décrit", opt=True),
     Q(D, "Une vie a basculé sur cette route. Mon client attendait au moins des excuses. Il ne les a pas eues avant aujourd'hui", "Sixtine Abgrall", "a-t-elle plaidé", v="pronoun"),
     Q(I, "le dossier est « d'une banalité désespérante »", "Anaïs Diallo-Quéméner", "Pour"),
     Q(D, "d'une banalité désespérante", "Anaïs Diallo-Quéméner", "Pour", v="name"),
     Q(I, "dix-huit mois de prison dont douze avec sursis et l'annulation du permis, en réalité d'un permis qui n'existe plus", "Anaïs Diallo-Quéméner", "a requis", opt=True),
     Q(I, "le prévenu « se croyait à l'abri parce qu'il n'avait jamais été contrôlé »", "Anaïs Diallo-Quéméner", "a estimé"),
     Q(D, "se croyait à l'abri parce qu'il n'avait jamais été contrôlé", "Anaïs Diallo-Quéméner", "a estimé", v="role"),
     Q(I, "au tribunal de tenir compte de la situation de son client, père de trois enfants et seul salarié d'une petite entreprise de maçonnerie de Plonéour-Lanvern", "Gurvan Le Floc'h", "a demandé"),
     Q(D, "Il n'est pas un chauffard", "Gurvan Le Floc'h", "a-t-il soutenu", v="pronoun"),
     Q(D, "c'est un homme qui a fait une faute et qui la paie déjà", "Gurvan Le Floc'h", "a-t-il soutenu", v="pronoun"),
     Q(D, "soulagé que ce soit fini", "Erwan Quéré", "s'est dit", v="name")],
    [("Faits divers | Justice", "Faits divers | Justice"), ("Partager :", "E-mail")])

# ---------------------------------------------------------------- 03
SPEC["03_ferme_brebis"] = (
    [E("Gers", "LOC"), E("Thaïs", "PER", canon="Thaïs Lacoste-Arrieu"),
     E("Thaïs Lacoste-Arrieu", "PER"), E("Benoît Lacoste-Arrieu", "PER"),
     E("Benoît", "PER", canon="Benoît Lacoste-Arrieu"), E("Marciac", "LOC"),
     E("Hugo Sarrabère", "PER"), E("La Dépêche du Sud-Ouest", "ORG"),
     E("ferme de Bouzon", "LOC", opt=True), E("Bigorre", "LOC"),
     E("Région Occitanie", "ORG", opt=True), E("Crédit Agricole Pyrénées Gascogne", "ORG"),
     E("Béarn", "LOC"), E("Mirande", "LOC"), E("Tarbes", "LOC"), E("Biocoop", "ORG"),
     E("Confédération paysanne", "ORG"), E("Maëlys Dubarry", "PER"),
     E("DSO", "ORG", canon="La Dépêche du Sud-Ouest"),
     E("Terres d'Occitanie", "MISC", opt=True)],
    [Q(D, "On ne pouvait plus vivre du maïs", "Thaïs Lacoste-Arrieu", None, nth=0, v="headline"),
     Q(D, "Il y a cinq ans, on faisait encore 80 hectares de maïs irrigué. On ne pouvait plus vivre du maïs, entre le prix de l'eau et celui des engrais", "Thaïs Lacoste-Arrieu", "raconte l'éleveuse", v="role"),
     Q(I, "avoir douté", "Benoît Lacoste-Arrieu", "reconnaît"),
     Q(D, "La première année, on a perdu des agneaux, on ne savait pas faire. J'ai pensé tout arrêter", "Benoît Lacoste-Arrieu", "confie-t-il", v="pronoun"),
     Q(I, "plus de soixante exploitations du département ont abandonné le maïs irrigué depuis 2020", "président de la chambre d'agriculture du Gers", "Selon"),
     Q(D, "Les sécheresses de 2022 et 2025 ont accéléré les choses. Les jeunes installés ne veulent plus dépendre de l'irrigation", "président de la chambre d'agriculture du Gers", "observe-t-il", v="function"),
     Q(D, "ruée vers la brebis", "Confédération paysanne", "met en garde", v="institution"),
     Q(I, "une “ruée vers la brebis” qui pourrait faire chuter les prix", "Confédération paysanne", "met en garde", opt=True),
     Q(D, "Si tout le monde fait la même chose, on recréera les mêmes problèmes qu'avec le maïs", "Maëlys Dubarry", "prévient", v="name"),
     Q(I, "des contrats pluriannuels avec les fromagers", "Maëlys Dubarry", "plaide", opt=True),
     Q(I, "entendre ces inquiétudes", "Thaïs Lacoste-Arrieu", "dit"),
     Q(D, "Le matin, quand je vois le troupeau sortir, je sais pourquoi je me lève.", "Thaïs Lacoste-Arrieu", None, v="pronoun")],
    [("AGRICULTURE", "AGRICULTURE"), ("Photo :", "/ DSO"), ("Abonnez-vous", "Terres d'Occitanie")])

# ---------------------------------------------------------------- 04
SPEC["04_usine_greve"] = (
    [E("Haute-Saône", "LOC"), E("Vesoul", "LOC"), E("Ferralis", "ORG"),
     E("Cyprien Vuillemin", "PER"), E("Noidans-lès-Vesoul", "LOC"), E("CSE", "ORG", opt=True),
     E("Trnava", "LOC"), E("Slovaquie", "LOC"), E("PowerPoint", "MISC", opt=True),
     E("Dragan Petrović", "PER"), E("CGT", "ORG"), E("Lyon", "LOC"), E("Stellantis", "ORG"),
     E("Laurent-Hugues Méric", "PER"), E("Lure", "LOC"), E("LR", "ORG"),
     E("Industrie", "ORG", opt=True), E("Vesoul Agglomération", "ORG"),
     E("Ghislaine Roussey-Bardot", "PER"), E("FO", "ORG"), E("Luxeuil-les-Bains", "LOC"),
     E("Belfort", "LOC"), E("CFDT", "ORG"), E("Marshall", "MISC", opt=True)],
    [Q(D, "On nous a annoncé ça en vingt minutes", "Dragan Petrović", "dénonce", nth=0, v="headline"),
     Q(D, "On nous a annoncé ça en vingt minutes, avec un PowerPoint, et ils sont repartis en voiture de location", "Dragan Petrović", "dénonce", v="name"),
     Q(I, 'la décision était "prise depuis longtemps à Lyon", où se trouve le siège du groupe', "Dragan Petrović", "Pour"),
     Q(D, "prise depuis longtemps à Lyon", "Dragan Petrović", "Pour", v="pronoun"),
     Q(I, "les commandes de Stellantis, premier client de l'usine, n'ont pas baissé cette année", "Dragan Petrović", "assure"),
     Q(I, "cette lecture", "direction", "conteste", opt=True),
     Q(D, "une baisse durable des volumes liée au ralentissement du marché européen du véhicule électrique", "Ferralis", "invoque", v="institution"),
     Q(I, '"une baisse durable des volumes liée au ralentissement du marché européen du véhicule électrique"', "Ferralis", "invoque", opt=True),
     Q(D, "toutes les pistes de reclassement seront étudiées", "Ferralis", "affirme", v="institution"),
     Q(D, "dans les quinze jours", "sous-préfet de Lure", "a promis", v="function"),
     Q(I, 'une réunion à la préfecture "dans les quinze jours" avec les élus, la direction et les syndicats', "sous-préfet de Lure", "a promis", opt=True),
     Q(I, "Ferralis est le deuxième employeur privé du bassin", "Ghislaine Roussey-Bardot", "rappelle"),
     Q(D, "Si l'usine ferme dans trois ans, c'est tout un tissu de sous-traitants qui disparaît avec elle", "Ghislaine Roussey-Bardot", "s'inquiète l'élue", v="role"),
     Q(I, 'vouloir réunir les entreprises du territoire pour "trouver des solutions de reprise pour les salariés"', "Ghislaine Roussey-Bardot", "dit"),
     Q(D, "trouver des solutions de reprise pour les salariés", "Ghislaine Roussey-Bardot", "dit", v="pronoun"),
     Q(D, "Nous avons déjà vécu la fermeture de la filature en 2009, poursuit-elle. Le bassin ne s'en est jamais remis.", "Ghislaine Roussey-Bardot", "poursuit-elle", v="pronoun"),
     Q(D, "ne pas tomber dans le piège de la division", "FO", "appelle", v="institution"),
     Q(I, '"ne pas tomber dans le piège de la division" entre ouvriers et cadres', "FO", "appelle"),
     Q(D, "plan Marshall", "CFDT", "réclame", opt=True)],
    [("ÉCONOMIE - Haute-Saône", "ÉCONOMIE - Haute-Saône"), ("À lire aussi", "pour l'industrie"),
     ("Commentaires (14)", "Commentaires (14)")])

# ---------------------------------------------------------------- 05
SPEC["05_football_briochin"] = (
    [E("National 2", "MISC", opt=True), E("Stade briochin", "ORG"),
     E("Avranches", "ORG", opt=True), E("Briochins", "MISC"),
     E("stade Fred-Aubert", "LOC", opt=True), E("Kelyan Mbemba", "PER"),
     E("Saint-Brieuc", "LOC", only=[0]), E("Saint-Brieuc", "ORG", opt=True, only=[1]),
     E("Noa Rouxel", "PER"), E("Costarmoricains", "MISC"), E("Yanis Ferhat", "PER"),
     E("Sébastien Le Hénaff", "PER"), E("Le Hénaff", "PER", canon="Sébastien Le Hénaff"),
     E("Mbemba", "PER", canon="Kelyan Mbemba"), E("Noa", "PER", canon="Noa Rouxel"),
     E("Ligue 2", "MISC", opt=True), E("Bilal Ouattara", "PER"), E("Granville", "LOC", opt=True),
     E("Le Bras", "PER"), E("Kouyaté", "PER"), E("Guillou", "PER"), E("Henrique", "PER"),
     E("Tanguy", "PER"), E("Rouxel", "PER", canon="Noa Rouxel"), E("Perrin", "PER"),
     E("Moal", "PER"), E("Gnagne", "PER"), E("Dufour", "PER")],
    [Q(D, "J'ai fermé les yeux, je n'ai rien vu. C'est le bruit du public qui m'a dit que c'était rentré", "Kelyan Mbemba", "a raconté l'attaquant", v="role"),
     Q(D, "On a été trop timides, trop loin des joueurs. À la mi-temps, j'ai juste demandé qu'on joue enfin au football", "Sébastien Le Hénaff", "a expliqué", v="name"),
     Q(D, "Noa, il a un pied gauche que beaucoup de joueurs de Ligue 2 aimeraient avoir", "Sébastien Le Hénaff", "a glissé", v="name"),
     Q(D, "On a douze points de retard sur le leader. Je ne vais pas vendre du rêve aux gens.", "Sébastien Le Hénaff", None, v="name"),
     Q(D, "beaucoup trop long", "entraîneur d'Avranches", "a dénoncé", v="function"),
     Q(I, "un temps additionnel « beaucoup trop long »", "entraîneur d'Avranches", "a dénoncé", opt=True),
     Q(I, "son équipe « méritait au moins le point du nul »", "entraîneur d'Avranches", "estime"),
     Q(D, "méritait au moins le point du nul", "entraîneur d'Avranches", "estime", v="function"),
     Q(D, "On perd ce match tout seul. On a arrêté de jouer après notre but, et à ce niveau-là ça se paie.", "Bilal Ouattara", None, v="name")],
    [("Football | National 2", "Football | National 2"), ("Voir les 6 commentaires", "Voir les 6 commentaires")])

# ---------------------------------------------------------------- 06
SPEC["06_festival_polar"] = (
    [E("Festival Encres Noires", "MISC"),
     E("Encres Noires", "MISC", canon="Festival Encres Noires"),
     E("Lons-le-Saunier", "LOC"), E("Ville de Lons-le-Saunier", "ORG", opt=True),
     E("Rozenn Kerdoncuff", "PER"), E("Les Loups de Septmoncel", "MISC"),
     E("Apolline Vurpillot", "PER"), E("Le Progrès", "ORG"), E("Jean-Baptiste Moyse", "PER"),
     E("éditions du Rouergue", "ORG", opt=True), E("Haut-Jura", "LOC"), E("Morez", "LOC"),
     E("Aurèle Monnier-Thévenin", "PER"), E("Jura", "LOC"), E("Quais du Polar", "MISC"),
     E("Islandais", "MISC"), E("Ragnar Þórsson", "PER"), E("Le Silence du fjord", "MISC"),
     E("Actes Sud", "ORG"), E("Québécoise", "MISC"), E("Nadège Tremblay-Ouellet", "PER"),
     E("La Route des bleuets", "MISC"), E("France Bleu Besançon", "ORG")],
    [Q(D, "Les Loups de Septmoncel", None, None, opt=True, nth=0),
     Q(D, "J'ai grandi à Morez, je connais ces hivers où la neige enferme les gens chez eux pendant des semaines. Le polar, c'est une manière de raconter cet isolement", "Rozenn Kerdoncuff", "a expliqué la romancière", v="role"),
     Q(I, "avoir réécrit la fin « quatre ou cinq fois », jusqu'à la veille de l'envoi du manuscrit", "Rozenn Kerdoncuff", "a confié"),
     Q(D, "quatre ou cinq fois", "Rozenn Kerdoncuff", "a confié", v="pronoun"),
     Q(D, "loin des grandes capitales du noir", "Festival Encres Noires", "revendique", v="institution"),
     Q(I, "une programmation « loin des grandes capitales du noir »", "Festival Encres Noires", "revendique", opt=True),
     Q(I, "le budget, 85 000 euros, repose pour moitié sur le conseil départemental du Jura et la Ville de Lons-le-Saunier", "Aurèle Monnier-Thévenin", "rappelle"),
     Q(D, "Nous ne sommes pas Quais du Polar, et nous ne cherchons pas à l'être. Ici, les auteurs mangent avec les lecteurs", "Aurèle Monnier-Thévenin", "sourit-il", v="pronoun"),
     Q(I, "être « impressionnée par la ferveur du public jurassien »", "Nadège Tremblay-Ouellet", "a dit"),
     Q(D, "impressionnée par la ferveur du public jurassien", "Nadège Tremblay-Ouellet", "a dit", v="pronoun"),
     Q(D, "Le polar dit-il vrai sur la police ?", None, None, opt=True)],
    [("CULTURE", "CULTURE"), ("Rozenn Kerdoncuff, samedi", "Jean-Baptiste Moyse")])

# ---------------------------------------------------------------- 07
SPEC["07_incendie_maures"] = (
    [E("Var", "LOC"), E("massif des Maures", "LOC", opt=True), E("Vidauban", "LOC"),
     E("Inès Garcin-Boyer", "PER"), E("AFP", "ORG"), E("A8", "LOC", opt=True),
     E("Rodolphe Achard", "PER"),
     E("Achard", "PER", canon="Rodolphe Achard"), E("Sdis 83", "ORG"), E("SDIS 83", "ORG", canon="Sdis 83"),
     E("Cannet-des-Maures", "LOC", canon="Le Cannet-des-Maures"), E("Canadair", "MISC"),
     E("Dash", "MISC"), E("Bouches-du-Rhône", "LOC"), E("Alpes-Maritimes", "LOC"),
     E("Gaillarde", "LOC", canon="La Gaillarde"), E("Blaquières", "LOC", canon="Les Blaquières"),
     E("Zohra Benkirane", "PER"), E("Béatrice Lormeau-Daix", "PER"), E("Météo-France", "ORG"),
     E("Twitter", "ORG", opt=True)],
    [Q(D, "la situation est stabilisée", "préfecture du Var", "selon", v="institution"),
     Q(D, "une situation stabilisée, mais pas encore fixée", "préfecture du Var", "annonçait", v="institution"),
     Q(I, "320 hectares parcourus et « une situation stabilisée, mais pas encore fixée »", "préfecture du Var", "annonçait", opt=True),
     Q(D, "Les moyens aériens ont repris leurs largages dès le lever du jour. Nous avons protégé toutes les habitations, aucune n'a brûlé", "Rodolphe Achard", "a indiqué", v="name"),
     Q(I, "trois pompiers ont été légèrement blessés dans la nuit, dont un par une chute", "Rodolphe Achard", "Selon"),
     Q(I, "aux promeneurs de ne pas s'approcher des zones brûlées avant plusieurs jours", "Rodolphe Achard", "a demandé"),
     Q(D, "On a vu les flammes au-dessus du toit. Mon voisin est venu frapper à la porte, on est partis avec les papiers et le chat", "Zohra Benkirane", "raconte-t-elle", v="pronoun"),
     Q(I, "l'accès aux massifs forestiers était interdit dans tout le département depuis le 25 juillet", "Béatrice Lormeau-Daix", "a rappelé"),
     Q(I, "la population à « la plus grande vigilance »", "Béatrice Lormeau-Daix", "a appelé", opt=True),
     Q(D, "la plus grande vigilance", "Béatrice Lormeau-Daix", "a appelé", v="pronoun"),
     Q(I, "le feu pourrait être parti d'un engin de débroussaillage", "gendarmerie", "D'après"),
     Q(D, "le courage incroyable des pompiers", "maire de Vidauban", "a salué", v="function"),
     Q(I, "« le courage incroyable des pompiers »", "maire de Vidauban", "a salué", opt=True),
     Q(I, "le village « s'en sortira, comme en 2021", "maire de Vidauban", "veut croire"),
     Q(D, "s'en sortira, comme en 2021", "maire de Vidauban", "veut croire", v="pronoun"),
     Q(I, "Le risque reste « très sévère » pour la journée de mercredi", "Météo-France", "a averti"),
     Q(D, "très sévère", "Météo-France", "a averti", v="institution"),
     Q(I, "des rafales jusqu'à 70 km/h sur le littoral varois", "Météo-France", "prévoit", opt=True)],
    [("Crédit photo", "Twitter"), ("Lire aussi", "si souvent ?")])

# ---------------------------------------------------------------- 08
SPEC["08_trois_questions_loup"] = (
    [E("Hautes-Alpes", "LOC"), E("FDSEA des Hautes-Alpes", "ORG", opt=True), E("Soizic Arnaud-Lebreton", "PER"),
     E("parc national des Écrins", "ORG", opt=True), E("Mathis Reynaud", "PER"),
     E("Valgaudemar", "LOC"), E("Champsaur", "LOC"), E("Saint-Firmin", "LOC"),
     E("Office français de la biodiversité", "ORG"), E("Fédération départementale ovine", "ORG"),
     E("Région Provence-Alpes-Côte d'Azur", "ORG", opt=True), E("Lorient", "LOC"),
     E("AgroParisTech", "ORG"), E("parc naturel régional du Vercors", "ORG", opt=True)],
    [Q(D, "Le loup fait désormais partie du paysage", "Soizic Arnaud-Lebreton", None, nth=0, v="headline"),
     Q(D, "invivable", "FDSEA des Hautes-Alpes", "a qualifié", v="institution"),
     Q(I, "la situation d'« invivable »", "FDSEA des Hautes-Alpes", "a qualifié", opt=True),
     Q(I, "des tirs de prélèvement supplémentaires", "FDSEA des Hautes-Alpes", "réclamé", opt=True),
     Q(I, "un nouvel arrêté serait publié avant la fin du mois", "préfet des Hautes-Alpes", "a annoncé"),
     Q(I, "protéger le prédateur plutôt que les troupeaux", "éleveurs", "reprochent"),
     Q(D, "Je ne dors plus, je compte mes bêtes chaque nuit.", None, "m'a dit")],
    [("Hautes-Alpes", "Hautes-Alpes"), ("Cet article est réservé", "Se connecter")])

# ---------------------------------------------------------------- 09
SPEC["09_portrait_boulangere"] = (
    [E("Yakout Hamdani", "PER"), E("Saint-Jouin", "LOC", canon="Saint-Jouin-Bruneval"),
     E("Saint-Jouin-Bruneval", "LOC"), E("pays de Caux", "LOC", opt=True),
     E("Pays de Caux", "LOC"), E("Clémence Aubourg", "PER"), E("Le Courrier cauchois", "ORG"),
     E("Havre", "LOC", canon="Le Havre"), E("Sétif", "LOC"), E("Gérard Lesueur", "PER"),
     E("Normandie", "LOC"), E("Ludivine Pesquet", "PER")],
    [Q(D, "J'ai été comptable pendant vingt-cinq ans dans une entreprise de transport au Havre. Je faisais les bilans des autres, je regardais des chiffres toute la journée, et le week-end je faisais du pain pour ma famille. Mon père était boulanger à Sétif. Je crois que je n'ai jamais vraiment quitté son fournil.\n\n« Quand la boîte a été rachetée, en 2024, on m'a proposé un licenciement. J'ai dit oui le jour même. Mon mari pensait que j'étais folle. J'ai passé un CAP de boulangerie à 50 ans, avec des gamins de seize ans qui m'appelaient \"madame\". Ils m'ont beaucoup appris, d'ailleurs.\n\n« Le plus dur, ça n'a pas été le métier. Ça a été la banque. On m'a refusé trois fois le prêt.", "Yakout Hamdani", None, v="pronoun"),
     Q(D, "madame", None, "m'appelaient"),
     Q(D, "On ne pouvait pas laisser le village sans boulangerie. C'est le dernier commerce, avec le bureau de tabac", "Gérard Lesueur", "explique le maire", v="name"),
     Q(I, "la réouverture a « redonné une raison de sortir » à beaucoup de personnes âgées", "Gérard Lesueur", "Selon"),
     Q(D, "redonné une raison de sortir", "Gérard Lesueur", "Selon", v="pronoun"),
     Q(D, "plus préparée que la plupart des jeunes qui s'installent", "Ludivine Pesquet", "se souvient", v="name"),
     Q(I, "une candidate « plus préparée que la plupart des jeunes qui s'installent »", "Ludivine Pesquet", "se souvient", opt=True),
     Q(D, "Les gens d'ici n'en avaient jamais mangé. Maintenant ils me les réservent", "Yakout Hamdani", "s'amuse-t-elle", v="pronoun")],
    [("Portrait", "Portrait"), ("Lire aussi", "chaque matin")])

# ---------------------------------------------------------------- 10
SPEC["10_ecole_classe"] = (
    [E("Lanvollon", "LOC"), E("Anatole-Le-Braz", "ORG", opt=True), E("Ouest-Bretagne", "ORG"),
     E("Gwenola Le Corre", "PER"), E("Côtes-d'Armor", "LOC"), E("Esteban Moreau-Quintin", "PER"),
     E("SNUipp-FSU", "ORG"), E("lotissement de Kerfot", "LOC", opt=True),
     E("Tiphaine Le Goff-Rannou", "PER"), E("Rennes", "LOC")],
    [Q(D, "Une classe fermée, c'est un village qui s'éteint.", None, None, opt=True),
     Q(I, "la suppression d'un poste d'enseignant, en raison d'une baisse des effectifs", "direction académique des Côtes-d'Armor", "a annoncé", opt=True),
     Q(D, "On nous parle de moyenne, mais en CP ça veut dire des enfants qui n'apprendront pas à lire dans de bonnes conditions", "Esteban Moreau-Quintin", "s'indigne", v="name"),
     Q(D, "une logique purement comptable", "SNUipp-FSU", "dénonce", v="institution"),
     Q(I, "“une logique purement comptable”", "SNUipp-FSU", "dénonce", opt=True),
     Q(I, "la commune a accueilli quarante nouveaux foyers en deux ans avec l'ouverture du lotissement de Kerfot", "SNUipp-FSU", "rappelle"),
     Q(D, "Nous avons investi 600 000 euros dans la rénovation de cette école il y a trois ans. Fermer une classe maintenant, c'est incompréhensible", "Tiphaine Le Goff-Rannou", "affirme la maire", v="name"),
     Q(I, "attendre “au minimum un moratoire d'un an”", "Tiphaine Le Goff-Rannou", "dit"),
     Q(D, "au minimum un moratoire d'un an", "Tiphaine Le Goff-Rannou", "dit", v="role"),
     Q(D, "la décision sera réexaminée en juin, au vu des inscriptions réelles", "rectorat de Rennes", "indique", v="institution"),
     Q(I, "le département a perdu près de 2 000 élèves en cinq ans", "rectorat de Rennes", "rappelle")],
    [("Éducation", "Éducation"), ("Vous avez aimé", "d'Ouest-Bretagne.")])

# ---------------------------------------------------------------- 11
SPEC["11_medecins_roumains"] = (
    [E("Guéret", "LOC"), E("Grand Guéret", "ORG"), E("Creuse", "LOC"),
     E("Hélène Chassagne", "PER"), E("Radu Ionescu", "PER"), E("Mihaela Dragomir", "PER"),
     E("Sorin Popa", "PER"), E("université de médecine de Cluj-Napoca", "ORG", opt=True),
     E("Albatros", "LOC"), E("Nadir Chebbah", "PER"), E("Bucarest", "LOC"), E("Lyon", "LOC"),
     E("Timișoara", "LOC"), E("Roumanie", "LOC"),
     E("agence régionale de santé", "ORG", opt=True),
     E("ARS", "ORG", canon="agence régionale de santé"), E("Nouvelle-Aquitaine", "LOC"),
     E("MG France", "ORG"), E("Fabrice Nouaille", "PER")],
    [Q(D, "On a tout essayé : les annonces, les salons, les primes à l'installation. Personne ne venait", "Nadir Chebbah", "résume", v="name"),
     Q(I, "avoir été séduit par « le calme et la qualité de l'accueil »", "Radu Ionescu", "dit"),
     Q(D, "le calme et la qualité de l'accueil", "Radu Ionescu", "dit", v="name"),
     Q(D, "En Roumanie, je voyais soixante patients par jour. Ici, on me promet de pouvoir prendre le temps", "Radu Ionescu", "explique-t-il", v="pronoun"),
     Q(D, "J'ai fait mon internat à Lyon pendant un an. Je connais le système français, a-t-elle précisé. Le plus dur, ce sera l'hiver creusois !", "Mihaela Dragomir", "a-t-elle précisé", v="pronoun"),
     Q(D, "intéressante", "ARS Nouvelle-Aquitaine", "salue", v="institution"),
     Q(I, "une initiative « intéressante »", "ARS Nouvelle-Aquitaine", "salue", opt=True),
     Q(I, "le recrutement à l'étranger « ne peut pas être la seule réponse »", "ARS Nouvelle-Aquitaine", "rappelle"),
     Q(D, "ne peut pas être la seule réponse", "ARS Nouvelle-Aquitaine", "rappelle", v="institution"),
     Q(I, "la Creuse compte 62 médecins généralistes pour 100 000 habitants, contre 84 en moyenne nationale", "ARS Nouvelle-Aquitaine", "Selon"),
     Q(I, "ces recrutements « déshabillent la Roumanie, qui manque elle aussi de médecins »", "Fabrice Nouaille", "estime"),
     Q(D, "déshabillent la Roumanie, qui manque elle aussi de médecins", "Fabrice Nouaille", "estime", v="name"),
     Q(I, "une quatrième année d'internat en zone rurale", "Fabrice Nouaille", "plaide", opt=True),
     Q(D, "Tant qu'on n'obligera pas les jeunes à venir voir comment on travaille ici, on n'y arrivera pas", "Fabrice Nouaille", None, v="pronoun")],
    [("SANTÉ", "SANTÉ"), ("À voir aussi", "des villages")])

# ---------------------------------------------------------------- 12
SPEC["12_tournage_cevennes"] = (
    [E("Ondine Casteran", "PER"), E("Cévennes", "LOC"), E("La Fille du causse", "MISC"),
     E("Florac", "LOC"), E("Meyrueis", "LOC"), E("Bastien Vigouroux", "PER"),
     E("Léa Fontanille", "PER"), E("causse Méjean", "LOC", opt=True),
     E("Les Nuits d'Anduze", "MISC"), E("Festival international du film de Montpellier", "MISC"),
     E("Inaya Bensalem", "PER"), E("Filles de la Côte", "MISC"), E("Mende", "LOC"),
     E("Jean-Pierre Aumont-Lasalle", "PER"), E("Les Films du Mistral", "ORG"),
     E("Région Occitanie", "ORG", opt=True), E("Occitanie", "LOC"),
     E("Centre national du cinéma et de l'image animée", "ORG"),
     E("CNC", "ORG", canon="Centre national du cinéma et de l'image animée"),
     E("Victor Ansaldi-Mercier", "PER"), E("Maryvonne Teissier", "PER"), E("Lozère", "LOC")],
    [Q(D, "La Fille du causse", None, None, opt=True, nth=0),
     Q(D, "J'ai écrit ce scénario en pensant à ces paysages. Je ne pouvais pas tourner ailleurs, même si les assureurs nous ont dit que c'était de la folie", "Ondine Casteran", "raconte la cinéaste", v="role"),
     Q(D, "Je ne voulais pas faire semblant de savoir tenir une seringue. Les vétos m'ont appris les gestes, et aussi à ne pas avoir peur des vaches", "Inaya Bensalem", "s'amuse-t-elle", v="pronoun"),
     Q(D, "peut-être une sélection en festival", "Victor Ansaldi-Mercier", "vise", v="name"),
     Q(I, 'une sortie en salles au printemps 2028 et "peut-être une sélection en festival"', "Victor Ansaldi-Mercier", "vise", opt=True),
     Q(I, "le tournage a déjà injecté près de 900 000 euros dans l'économie locale", "Victor Ansaldi-Mercier", "assure"),
     Q(D, "enfin sur grand écran", "maire de Florac", "se réjouit", v="function"),
     Q(I, 'voir sa commune "enfin sur grand écran"', "maire de Florac", "se réjouit", opt=True),
     Q(D, "On n'a jamais vendu autant de sandwichs en mai", "Maryvonne Teissier", "plaisante", v="name"),
     Q(I, "les réservations d'hébergements ont bondi de 15 % en mai", "office de tourisme des Cévennes", "D'après")],
    [("Cinéma", "Cinéma"), ("Tags :", "Occitanie")])


if __name__ == "__main__":
    main(SPEC, HERE)
