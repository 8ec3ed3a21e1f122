#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written19 with exact offsets.

    python3 tests/gold/written19/make_gold.py          # write NAME.json, check
    python3 tests/gold/written19/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written19/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this development
set: sport and culture pages, match reports with the coach's and players'
words, a transfer, cycling and tennis results, festival and film interviews,
book and music reviews, a museum director) are given below as strings, per
../shared/docs/ANNOTATION.md and the conventions of README.md (which follows
tests/gold/written*/README.md). The machinery is tests/gold/goldspec.py.
v says how a reader finds the speaker of a scored direct quote: name, pron
(pronoun), role (role noun or description standing for a named person), func
(a person known only by function), inst (institution, body or group), ctx (no
cue at all: the reader attributes the quotation from the surrounding
paragraph or interview).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

# ---------------------------------------------------------------- 01
TVR = "Tiago Van Rompaey-Lima"
SOB = "Samir Ould-Bekkai"
KAB = "Kofi Agyemang-Le Bris"
ELAV = "entraîneur lavallois"
EAMI = "entraîneur de l'Amiens SC"
SPEC["01_foot_laval_amiens"] = (
    [E("Ligue 2", "MISC", opt=True), E("Laval", "ORG", opt=True), E("Amiens", "ORG", opt=True),
     E("Van Rompaey", "PER", TVR), E("Stade Lavallois", "ORG"), E("Amiens SC", "ORG"),
     E("stade Francis-Le Basser", "LOC", opt=True), E("Gwenaëlle Le Tallec", "PER"),
     E(TVR, "PER"), E("Van Rompaey-Lima", "PER", TVR), E(SOB, "PER"), E("Ould-Bekkai", "PER", SOB),
     E("Belgique", "LOC"), E(KAB, "PER"), E("Tango", "ORG", "Stade Lavallois", opt=True),
     E("Elio Santacroce", "PER"), E("Kofi", "PER", KAB), E("Tiago", "PER", TVR),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "dans la tête de chaque tireur", TVR, None, nth=0, v="name"),
     Q(D, "J'étais dans la tête de chaque tireur cette semaine. On avait regardé ses vingt derniers penaltys, il part toujours du même côté", TVR, "a-t-il raconté", v="pron"),
     Q(D, "On a été trop gentils pendant quarante minutes", ELAV, "a reconnu", v="func"),
     Q(I, "avoir « haussé le ton » dans le vestiaire", ELAV, "dit"),
     Q(D, "haussé le ton", ELAV, "dit", v="pron"),
     Q(I, "ses joueurs ont « enfin accepté de souffrir » après la pause", ELAV, "Selon"),
     Q(D, "enfin accepté de souffrir", ELAV, "Selon", v="pron"),
     Q(D, "Kofi, c'est notre boussole. Quand il parle, tout le monde se tait", "Elio Santacroce", "glisse", v="role"),
     Q(D, "Sans Tiago, on ne parle pas de mon doublé ce soir. Il nous a sauvés, point.", KAB, None, v="role"),
     Q(I, "son équipe avait « laissé filer un match maîtrisé »", EAMI, "a estimé"),
     Q(D, "laissé filer un match maîtrisé", EAMI, "a estimé", v="func"),
     Q(I, "un arbitrage « trop tatillon » sur l'égalisation", EAMI, "regretté", opt=True),
     Q(D, "trop tatillon", EAMI, "regretté", v="func"),
     Q(D, "Je ne vais pas pleurer, mais il y a une poussette évidente sur mon défenseur. La vidéo existe, qu'on l'utilise", EAMI, "a-t-il lancé", v="pron"),
     Q(D, "Je l'ai mal tiré, c'est tout. Le gardien a deviné, bravo à lui. Je rentre avec ça dans la tête, mais samedi prochain, je retire", SOB, "a promis", v="role"),
     Q(I, "Van Rompaey-Lima avait prolongé son contrat jusqu'en 2029", "Stade Lavallois", "a annoncé")],
    [("Sport | Football", "Ligue 2"), ("Mots-clés :", "WhatsApp")])

# ---------------------------------------------------------------- 02
MSB = "Mette Skovgaard-Ba"
AFV = "Anne-Flore de Villèle"
ZK = "Zsófia Kertész"
ENAN = "entraîneur nantais"
ECHA = "entraîneur de Chambray"
SPEC["02_hand_neptunes"] = (
    [E("Neptunes", "ORG", "Neptunes de Nantes", opt=True), E("Chambray", "ORG", "Chambray Touraine Handball", opt=True),
     E("Mette", "PER", MSB), E("Nantaises", "MISC"), E("Touraine", "LOC"), E("Loïc Guérin-Sall", "PER"),
     E("Chambray-lès-Tours", "LOC"), E(MSB, "PER"), E("Skovgaard-Ba", "PER", MSB), E(ZK, "PER"),
     E("Kertész", "PER", ZK), E("Neptunes de Nantes", "ORG"), E(AFV, "PER"),
     E("Ligue des champions", "MISC", opt=True), E("Chambray Touraine Handball", "ORG"), E("Hongroise", "MISC"),
     E("Ligue Butagaz Énergie", "MISC", opt=True), E("Metz Handball", "ORG"), E("Brest Bretagne Handball", "ORG"),
     E("Danemark", "LOC"), E("Danoise", "MISC"), E("Nantes", "ORG", "Neptunes de Nantes", opt=True)],
    [
     Q(D, "Mette nous a gardées en vie", AFV, None, nth=0, v="ctx"),
     Q(D, "En première période, je touchais le ballon mais il rentrait quand même. À la mi-temps, je me suis dit que j'avais encore trente minutes pour me rattraper", MSB, "a-t-elle souri", v="pron"),
     Q(D, "Mette nous a gardées en vie. On a mal défendu pendant une demi-heure, et elle a tout pris sur elle", AFV, "a résumé", v="role"),
     Q(I, "le groupe a surtout « retrouvé de l'agressivité » en défense", AFV, "Selon"),
     Q(D, "retrouvé de l'agressivité", AFV, "Selon", v="pron"),
     Q(I, "leur avoir demandé de « ne jamais regarder le score »", ENAN, "a raconté"),
     Q(D, "ne jamais regarder le score", ENAN, "a raconté", v="pron"),
     Q(I, "le message « n'était pas passé » en première période", ENAN, "reconnu"),
     Q(D, "n'était pas passé", ENAN, "reconnu", v="pron"),
     Q(D, "On a été spectatrices. Je le dis sans colère, mais on ne peut pas se permettre trente minutes comme ça en Ligue des champions", ENAN, "a-t-il ajouté", v="pron"),
     Q(D, "J'ai choisi la facilité sur le dernier tir. Elle m'attendait, je le savais.", ZK, None, v="ctx"),
     Q(I, "elle retiendrait d'abord « les quarante premières minutes »", ZK, "a assuré"),
     Q(D, "les quarante premières minutes", ZK, "a assuré", v="role"),
     Q(I, "son équipe avait « manqué de lucidité » dans les dix dernières minutes", ECHA, "a jugé"),
     Q(D, "manqué de lucidité", ECHA, "a jugé", v="func"),
     Q(I, "la salle affichait complet pour la quatrième fois de la saison", "Chambray Touraine Handball", "D'après"),
     Q(D, "Un retour à la maison", MSB, "a glissé", v="name")],
    [("HANDBALL", "HANDBALL"), ("À lire aussi", "jusqu'en 2028")])

# ---------------------------------------------------------------- 03
NEM = "Nathan Ekwalla-Morvan"
RMA = "Radoslav Mihajlović-Arnaud"
OL = "Olympique lyonnais"
SPEC["03_mercato_lorient_lyon"] = (
    [E(NEM, "PER"), E("Ekwalla-Morvan", "PER", NEM), E("Nathan", "PER", NEM),
     E("Lyon", "ORG", OL, opt=True), E("FC Lorient", "ORG"), E(OL, "ORG"), E("Capucine Oyelaran-Petit", "PER"),
     E("L'Équipe", "ORG"), E("Ligue des champions", "MISC", opt=True), E("Merlus", "ORG", "FC Lorient", opt=True),
     E("Lorient", "ORG", "FC Lorient", opt=True), E("Télégramme", "ORG", "Le Télégramme"), E(RMA, "PER"),
     E("Premier League", "MISC", opt=True), E("Angleterre", "LOC"), E("OL", "ORG", OL), E("Gurvan Le Saëc", "PER"),
     E("Ligue 1", "MISC", opt=True), E("Belgique", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "un rêve d'enfant", NEM, "pour", nth=0, v="role"),
     Q(I, "Formé au FC Lorient, le milieu franco-camerounais rejoint le club rhodanien pour un montant de 15 millions d'euros, auquel pourraient s'ajouter 3 millions de bonus", "L'Équipe", "selon"),
     Q(D, "C'est un rêve d'enfant. Mon père m'emmenait voir Lyon en Ligue des champions quand j'avais huit ans, je n'ai jamais oublié ces soirées", NEM, "a confié", v="role"),
     Q(I, "il ne partait “pas fâché” avec les Merlus", NEM, "a assuré"),
     Q(D, "pas fâché", NEM, "a assuré", v="pron"),
     Q(D, "Lorient m'a tout donné. Je leur dois ma carrière.", NEM, "a assuré", v="pron"),
     Q(I, "un départ “dans les règles”", "président lorientais", "a salué", opt=True),
     Q(D, "dans les règles", "président lorientais", "a salué", v="func"),
     Q(I, "le club toucherait un pourcentage sur une éventuelle revente", "président lorientais", "indiqué"),
     Q(D, "Nathan voulait franchir un cap, on ne pouvait pas le retenir une saison de plus sans le rendre malheureux", "président lorientais", "a-t-il expliqué", v="pron"),
     Q(I, "avoir reçu “quatre offres sérieuses”, dont une d'un club de Premier League", RMA, "raconte"),
     Q(D, "quatre offres sérieuses", RMA, "raconte", v="name"),
     Q(D, "Il a choisi le projet sportif, pas le salaire. Je lui ai dit que l'Angleterre pouvait attendre, il était d'accord", RMA, "assure", v="role"),
     Q(I, "toute “surenchère” de dernière minute", RMA, "dément"),
     Q(D, "surenchère", RMA, "dément", v="pron"),
     Q(I, "un “coup de marché”", OL, "on se félicite", opt=True),
     Q(D, "coup de marché", OL, "on se félicite", v="inst"),
     Q(I, "Ekwalla-Morvan “un joueur capable de jouer dans trois systèmes différents”", "directeur sportif de l'OL", "voit", opt=True),
     Q(D, "un joueur capable de jouer dans trois systèmes différents", "directeur sportif de l'OL", "voit", v="func"),
     Q(I, "le milieu passera sa visite médicale mercredi matin avant d'être présenté à la presse jeudi", OL, "Selon"),
     Q(D, "On vend nos meilleurs jeunes chaque hiver, et on s'étonne de jouer le maintien", "Gurvan Le Saëc", "peste", v="name"),
     Q(I, "le club “n'a plus de projet” depuis deux saisons", "Gurvan Le Saëc", "Selon"),
     Q(D, "n'a plus de projet", "Gurvan Le Saëc", "Selon", v="pron"),
     Q(I, "Lorient, 14e de Ligue 1, a déjà ciblé un remplaçant en Belgique", None, "d'après nos informations", opt=True)],
    [("Mercato | Football", "Mercato | Football"), ("Partager sur Facebook", "Copier le lien")])

# ---------------------------------------------------------------- 04
MLO = "Mathéo Lagrange-Oyarzabal"
ATH = "Asger Thorsøe-Hansen"
YLC = "Yvon Le Cunff-Ardouin"
SPEC["04_cyclisme_paris_nice"] = (
    [E("Paris-Nice", "MISC", "Paris-Nice 2027"), E("Paris-Nice 2027", "MISC"), E(MLO, "PER"),
     E("Lagrange-Oyarzabal", "PER", MLO), E("Mathéo", "PER", MLO), E("La Loge des Gardes", "LOC"),
     E("Groupama-FDJ", "ORG"), E("Danois", "MISC"), E(ATH, "PER"), E("Thorsøe-Hansen", "PER", ATH),
     E("Asger", "PER", ATH), E("Belge", "MISC"), E("Wout Daems", "PER"), E("Émeline Carrère-Bonnaud", "PER"),
     E("Visma-Lease a Bike", "ORG"), E("Basque", "MISC"), E("Bayonne", "LOC"), E(YLC, "PER"),
     E("Soudal Quick-Step", "ORG"), E("Flamand", "MISC"), E("Manosque", "LOC"), E("Auron", "LOC"),
     E("Tiberio Sanmartí", "PER"), E("Movistar", "ORG")],
    [
     Q(D, "la victoire d'une vie", MLO, None, nth=0, v="name"),
     Q(D, "C'est la victoire d'une vie. J'ai grandi à Bayonne en regardant Paris-Nice à la télévision avec mon grand-père, et aujourd'hui je gagne au sommet", MLO, "a-t-il déclaré", v="pron"),
     Q(I, "avoir « eu peur » dans le dernier kilomètre", MLO, "a reconnu"),
     Q(D, "eu peur", MLO, "a reconnu", v="pron"),
     Q(D, "Je sentais Asger revenir, je n'osais plus me retourner.", MLO, "a reconnu", v="pron"),
     Q(I, "l'attaque avait été « décidée dès le briefing du matin »", YLC, "raconte"),
     Q(D, "décidée dès le briefing du matin", YLC, "raconte", v="name"),
     Q(D, "On savait que la pente devenait plus dure à trois kilomètres. Mathéo avait les jambes, on lui a dit d'y aller sans calculer", YLC, "a précisé", v="role"),
     Q(D, "Il était plus fort aujourd'hui. Je l'ai vu partir et j'ai voulu rouler à mon rythme, c'était le bon choix pour le général", ATH, "a expliqué", v="role"),
     Q(D, "Je ne suis pas un grimpeur, j'ai souffert comme un chien", "Wout Daems", "a reconnu", v="role"),
     Q(I, "il devrait garder la tête de la course jusqu'à dimanche", "Soudal Quick-Step", "Selon"),
     Q(I, "l'étape de samedi, entre Manosque et Auron, pourrait être raccourcie en raison des chutes de neige annoncées", "organisateurs", "ont indiqué"),
     Q(I, "une décision « avant 9 heures »", "directeur de la course", "a promis", opt=True),
     Q(D, "avant 9 heures", "directeur de la course", "a promis", v="func"),
     Q(D, "Demain, je roule pour l'équipe, je n'ai plus rien à prouver cette semaine, lance-t-il. Ce soir, j'appelle mon grand-père", MLO, "lance-t-il", v="role")],
    [("Cyclisme", "Cyclisme")])

# ---------------------------------------------------------------- 05
CNL = "Corentin N'Diaye-Lhermitte"
VH = "Vojtěch Hrubeš"
PEL = "Pablo Etxeberria-Lund"
DT = "directeur du tournoi"
SPEC["05_tennis_open13"] = (
    [E("Open 13 Provence", "MISC"), E(CNL, "PER"), E("N'Diaye-Lhermitte", "PER", CNL), E("Corentin", "PER", CNL),
     E(VH, "PER"), E("Hrubeš", "PER", VH), E("Marseillais", "MISC"), E("Palais des sports", "LOC", opt=True),
     E("Soizic Marchetti-Houdayer", "PER"), E("ATP", "ORG"), E("Tchèque", "MISC"), E("Français", "MISC"),
     E(PEL, "PER"), E("Basque", "MISC"), E("Marseille", "LOC"), E("Dubaï", "LOC"),
     E("Fédération française de tennis", "ORG"), E("Aminata N'Diaye", "PER")],
    [
     Q(D, "Je jouais ici quand j'avais dix ans, dans les tournois du club d'à côté. Gagner ici, devant ma famille, je ne peux pas le décrire", CNL, "a-t-il lâché", v="pron"),
     Q(D, "Sur la balle de match, je me suis dit : si tu dois perdre, perds en avançant", CNL, "a-t-il raconté", v="pron"),
     Q(I, 'il avait "travaillé comme un fou" cet hiver avec son entraîneur', CNL, "a reconnu"),
     Q(D, "travaillé comme un fou", CNL, "a reconnu", v="pron"),
     Q(D, "Corentin a longtemps eu peur de gagner. Aujourd'hui, il a eu peur et il a gagné quand même. C'est ça, un joueur", PEL, "a estimé", v="role"),
     Q(I, 'son protégé "peut viser le top 40 d\'ici l\'été"', PEL, "assure"),
     Q(D, "peut viser le top 40 d'ici l'été", PEL, "assure", v="pron"),
     Q(D, "J'avais la balle de match, il a joué un coup que je n'attendais pas. Respect", VH, "a reconnu", v="role"),
     Q(I, "souffrir du poignet droit depuis mardi", VH, "a dit"),
     Q(I, "il pourrait renoncer au tournoi de Dubaï la semaine prochaine", "clan de Vojtěch Hrubeš", "Selon"),
     Q(I, '"une finale comme on en rêve"', DT, "a salué", opt=True),
     Q(D, "une finale comme on en rêve", DT, "a salué", v="func"),
     Q(I, "l'édition avait attiré 58 000 spectateurs, un record", DT, "annoncé"),
     Q(I, "N'Diaye-Lhermitte gagnera 23 places au classement ATP lundi", "Fédération française de tennis", "D'après"),
     Q(D, "Maman, je t'avais dit que je gagnerais ici", CNL, "a lancé", v="role"),
     Q(D, "Il m'a dit ça quand il avait douze ans. Je ne l'ai jamais cru", "Aminata N'Diaye", "a-t-elle souri", v="pron")],
    [("TENNIS", "TENNIS"), ("Mots-clés :", "ATP\n")])

# ---------------------------------------------------------------- 06
LKF = "Ludivine Kasongo-Ferrat"
SAD = "Solveig Aarnes-Delorme"
SPEC["06_entretien_realisatrice"] = (
    [E(LKF, "PER"), E("Ludivine", "PER", LKF), E("Festival du film francophone d'Angoulême", "MISC"),
     E("Les Heures d'eau", "MISC"), E("Théophane Rouxel-Amari", "PER"),
     E("Valois de la mise en scène", "MISC", opt=True), E("Kinshasa", "LOC"), E("Liège", "LOC"),
     E("Hélène Vautrin-Mbeki", "PER"), E(SAD, "PER"), E("Médée", "MISC"),
     E("Théâtre national de Bruxelles", "LOC", opt=True), E("Pyramide Films", "ORG"),
     E("Angoulême", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "J'ai filmé ma mère comme une héroïne de western", LKF, None, v="name"),
     Q(D, "Les Heures d'eau", None, None, opt=True, nth=0),
     Q(D, "Une interview à la radio qui ne finissait pas.", LKF, "s'en est excusée", v="pron"),
     Q(D, "Les Heures d'eau", None, None, opt=True, nth=1),
     Q(I, "un film « d'une tendresse rare, jamais complaisante »", "présidente du jury", "a salué", opt=True),
     Q(D, "d'une tendresse rare, jamais complaisante", "présidente du jury", "a salué", v="func"),
     Q(D, "Arrête de tourner autour, raconte-la.", "Hélène Vautrin-Mbeki", "m'a dit", v="name"),
     Q(D, "Tu m'as fait plus belle que je n'étais.", "mère de Ludivine Kasongo-Ferrat", "m'a dit", v="func"),
     Q(I, "c'était le but du cinéma", LKF, "ai répondu"),
     Q(D, "encore sonnée", SAD, "se dit", v="name"),
     Q(D, "Ludivine m'a appris à ne rien faire devant l'objectif. C'est le plus difficile", SAD, "confie", v="role"),
     Q(I, "avoir appris le lingala pendant quatre mois pour le rôle", SAD, "dit"),
     Q(D, "sur l'immigration", None, None, opt=True),
     Q(I, "le film a déjà été vendu dans onze pays", "Pyramide Films", "Selon")],
    [("Entretien", "Entretien"), ("Cinéma | Festivals", "par e-mail")])

# ---------------------------------------------------------------- 07
PEM = "Paz Echeverría-Moulin"
LTR = "Levan Tchkhartishvili-Roy"
DGF = "délégué général du Festival de Cannes"
IVT = "Ignace Vuillermoz-Tall"
KAC = "Ketevan Abashidze-Coll"
SPEC["07_cannes_actrice"] = (
    [E("Festival de Cannes", "MISC"), E("Cannes 2027", "MISC"), E("Nuit blanche à Tbilissi", "MISC"),
     E("Croisette", "LOC"), E(PEM, "PER"), E("Géorgien", "MISC"), E(LTR, "PER"), E("Cannes", "LOC"),
     E("Baptiste Ferreira-Quillien", "PER"), E("salle Lumière", "LOC", opt=True), E("Tbilissi", "LOC"),
     E("Géorgie", "LOC"), E("Cahiers du cinéma", "ORG"), E(IVT, "PER"), E(KAC, "PER"), E("France", "LOC"),
     E("Le Pacte", "ORG"), E("Palme d'or", "MISC", opt=True)],
    [
     Q(D, "Nuit blanche à Tbilissi", None, None, opt=True),
     Q(D, "vidée", PEM, None, nth=0, v="name"),
     Q(D, "jamais vécu ça", PEM, None, v="name"),
     Q(D, "Je suis vidée. J'ai donné à ce rôle tout ce que j'avais, et ce soir les gens me le rendent", PEM, "a confié", v="role"),
     Q(D, "Un policier m'a regardé et m'a dit : \"Ici, les mères attendent plus longtemps que les prisonniers.\" Tout le film est sorti de cette phrase", LTR, "a-t-il expliqué", v="pron"),
     Q(D, "Ici, les mères attendent plus longtemps que les prisonniers.", None, "m'a dit"),
     Q(I, "elle avait passé trois semaines en Géorgie « sans parler un mot de la langue »", PEM, "a expliqué"),
     Q(D, "sans parler un mot de la langue", PEM, "a expliqué", v="role"),
     Q(I, "cette solitude « a fait la moitié du travail »", PEM, "Selon"),
     Q(D, "a fait la moitié du travail", PEM, "Selon", v="pron"),
     Q(D, "fier d'avoir pris ce risque", DGF, "s'est dit", v="func"),
     Q(D, "Il y a des films qu'on choisit, et des films qui vous choisissent", DGF, "a-t-il glissé", v="pron"),
     Q(I, "la mise en scène « trop appuyée dans la dernière demi-heure »", IVT, "a jugé", opt=True),
     Q(D, "trop appuyée dans la dernière demi-heure", IVT, "a jugé", v="name"),
     Q(I, "la performance de l'actrice « justifie à elle seule le voyage »", IVT, "reconnaît"),
     Q(D, "justifie à elle seule le voyage", IVT, "reconnaît", v="pron"),
     Q(I, "le film sortirait en France le 15 septembre, distribué par Le Pacte", KAC, "a annoncé"),
     Q(D, "On a mis six ans à le financer. Six ans ! Alors une ovation, je la prends", KAC, "a-t-elle lancé", v="pron"),
     Q(I, "le film figure désormais parmi les favoris pour la Palme d'or, qui sera remise le 23 mai", None, "D'après")],
    [("Festival de Cannes", "Festival de Cannes")])

# ---------------------------------------------------------------- 08
MTA = "Maëlys Tran-Abgrall"
COB = "Clémence Oyono-Bertin"
SPEC["08_critique_roman"] = (
    [E("Le Sel des Aïeux", "MISC"), E(MTA, "PER"), E("Tran-Abgrall", "PER", MTA), E("Guérandaise", "MISC"),
     E("Héloïse Van der Straeten", "PER"), E("Guérande", "LOC"), E("Actes Sud", "ORG"),
     E("Croisic", "LOC", "Le Croisic"), E("Anna", "PER"), E("Lénaïg", "PER"), E(COB, "PER"),
     E("Femina", "MISC", opt=True)],
    [
     Q(D, "Le Sel des Aïeux", None, None, opt=True, nth=0),
     Q(I, "« comme un acte de résistance »", MTA, "défend", opt=True),
     Q(D, "comme un acte de résistance", MTA, "défend", v="role"),
     Q(D, "ruine une semaine en une heure", MTA, None, opt=True),
     Q(D, "Le Sel des Aïeux", None, None, opt=True, nth=1),
     Q(D, "Mon grand-père disait toujours : \"Le sel, c'est la mer qui te paie quand elle a fini de te punir.\" J'ai mis vingt ans à comprendre cette phrase", MTA, "raconte", v="role"),
     Q(D, "Le sel, c'est la mer qui te paie quand elle a fini de te punir.", "grand-père de Maëlys Tran-Abgrall", "disait", v="func"),
     Q(I, "avoir écrit le livre « à la main, dans des carnets trempés », pendant trois hivers", MTA, "explique"),
     Q(D, "à la main, dans des carnets trempés", MTA, "explique", v="pron"),
     Q(D, "climatique", None, None, opt=True),
     Q(D, "Je n'ai pas écrit un manifeste. J'ai écrit une famille. Si les lecteurs y voient la mer qui monte, c'est que la mer monte, voilà tout.", MTA, None, v="ctx"),
     Q(I, "le manuscrit l'a « saisie dès la première page »", COB, "affirme"),
     Q(D, "saisie dès la première page", COB, "affirme", v="name"),
     Q(I, "le premier tirage de 12 000 exemplaires a été épuisé en deux semaines", COB, "Selon"),
     Q(I, "elle « ne pensait pas aux prix » et qu'elle préparait déjà un quatrième roman, « plus court, plus sec »", MTA, "a répondu"),
     Q(D, "ne pensait pas aux prix", MTA, "a répondu", v="role"),
     Q(D, "plus court, plus sec", MTA, "a répondu", v="role"),
     Q(D, "Le Sel des Aïeux", None, None, opt=True, nth=2)],
    [("Livres", "Livres")])

# ---------------------------------------------------------------- 09
TNB = "Tamsir Ndour-Blanchet"
AKV = "Ariane Koskinen-Vidal"
SPEC["09_critique_album"] = (
    [E(TNB, "PER"), E("Ndour-Blanchet", "PER", TNB), E("Tamsir", "PER", TNB), E("Ciel de traîne", "MISC"),
     E("Ophélie Karamanlis-Roux", "PER"), E("Tôt ou tard", "ORG"), E("Les Grues", "MISC"),
     E("Saint-Nazaire", "LOC"), E(AKV, "PER"), E("Islande", "LOC"),
     E("Victoires de la musique 2027", "MISC"), E("Victoires de la musique", "MISC"),
     E("La Cigale", "LOC", opt=True), E("Lieu Unique", "LOC", opt=True), E("Nantes", "LOC")],
    [
     Q(D, "J'ai enregistré la nuit, quand la ville dormait", TNB, "raconte", nth=0, v="name"),
     Q(D, "Ciel de traîne", None, None, opt=True, nth=0),
     Q(D, "Ciel de traîne", None, None, opt=True, nth=1),
     Q(D, "J'ai enregistré la nuit, quand la ville dormait. Le matin, je réécoutais et je jetais la moitié", TNB, "raconte", v="role"),
     Q(D, "Les Grues", None, None, opt=True),
     Q(D, "Il rentrait avec de la rouille sur les mains. Cette chanson, c'est pour ses mains", TNB, "confie-t-il", v="pron"),
     Q(I, "l'album parle surtout “de ceux qui partent tôt le matin et qu'on n'entend jamais”", TNB, "Pour"),
     Q(D, "de ceux qui partent tôt le matin et qu'on n'entend jamais", TNB, "Pour", v="pron"),
     Q(I, "avoir voulu “un disque qu'on écoute avec les volets fermés”", AKV, "assure"),
     Q(D, "un disque qu'on écoute avec les volets fermés", AKV, "assure", v="role"),
     Q(D, "Tamsir voulait tout enlever. Mon travail, c'était de l'empêcher d'enlever la chanson avec", AKV, "sourit-elle", v="pron"),
     Q(D, "Ciel de traîne", None, None, opt=True, nth=2),
     Q(I, "ne plus “courir après les trophées”", TNB, "dit"),
     Q(D, "courir après les trophées", TNB, "dit", v="name"),
     Q(I, "la tournée passera par La Cigale le 12 février et par le Lieu Unique, à Nantes, le 20 mars", "Tôt ou tard", "Selon"),
     Q(D, "Jouer à la maison, c'est toujours la date qui me fait le plus peur", TNB, "glisse", v="role"),
     Q(D, "Ciel de traîne", None, None, opt=True, nth=3)],
    [("Musique", "Musique"), ("Lire aussi :", "révélation")])

# ---------------------------------------------------------------- 10
AKD = "Anselme Kowalczyk-Duperron"
ISM = "Ingeborg Salaün-Moreira"
SPEC["10_musee_rouen"] = (
    [E("Rouen", "LOC"), E("musée des Beaux-Arts", "ORG", "musée des Beaux-Arts de Rouen", opt=True),
     E("musée des Beaux-Arts de Rouen", "ORG", opt=True), E("Musée des Beaux-Arts de Rouen", "ORG", opt=True),
     E("Berthe Morisot", "PER"), E("Berthe Morisot, l'atelier ouvert", "MISC"),
     E("Morisot", "PER", "Berthe Morisot", opt=True, only=[0]), E("Morisot", "PER", "Berthe Morisot", only=[1]),
     E(AKD, "PER"), E("France", "LOC"), E("Nadège Oulmi-Ferrand", "PER"), E("Boston", "LOC"), E(ISM, "PER"),
     E("Matmut", "ORG"), E("Métropole Rouen Normandie", "ORG", opt=True),
     E("ministère de la Culture", "ORG", opt=True),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, "l'exposition d'une génération", AKD, None, nth=0, v="ctx"),
     Q(D, "C'est l'exposition d'une génération. On ne reverra pas autant de Morisot réunies avant longtemps", AKD, "assure", v="role"),
     Q(D, "Berthe Morisot, l'atelier ouvert", None, None, opt=True),
     Q(I, "les négociations avec certains prêteurs avaient été « longues, parfois épuisantes »", AKD, "a reconnu"),
     Q(D, "longues, parfois épuisantes", AKD, "a reconnu", v="role"),
     Q(D, "Un collectionneur de Boston m'a dit non quatre fois. À la cinquième, il m'a demandé si on servait du cidre au vernissage", AKD, "raconte-t-il", v="pron"),
     Q(I, "Morisot a trop longtemps été présentée comme « la femme du groupe », alors qu'elle « en était le moteur »", ISM, "Pour"),
     Q(D, "la femme du groupe", None, "Pour", opt=True),
     Q(D, "en était le moteur", ISM, "Pour", v="pron"),
     Q(D, "Je voulais qu'on sorte d'ici en se disant : c'était elle, la plus libre", ISM, "explique", v="role"),
     Q(I, "l'exposition pourrait attirer 250 000 visiteurs d'ici septembre", "Métropole Rouen Normandie", "Selon"),
     Q(I, "une navette gratuite depuis la gare les week-ends", "mairie", "a annoncé", opt=True),
     Q(D, "exposition d'intérêt national", None, None, opt=True),
     Q(I, "« un projet exemplaire »", "ministère de la Culture", "a salué", opt=True),
     Q(D, "un projet exemplaire", "ministère de la Culture", "a salué", v="inst"),
     Q(D, "Les chiffres, on les regardera en octobre. Pour l'instant, je veux juste que les tableaux arrivent secs.", AKD, None, v="role")],
    [("Culture › Expositions", "Culture › Expositions"), ("Partager :", "LinkedIn")])

# ---------------------------------------------------------------- 11
JOB = "Jaylen Okafor-Brissaud"
MSV = "Mamadou Sylla-Verhoeven"
TBL = "Teodor Branković-Lemaire"
EBOU = "entraîneur burgien"
EMSB = "entraîneur du Mans Sarthe Basket"
SPEC["11_basket_bourg"] = (
    [E("Betclic Élite", "MISC", opt=True), E("Bourg", "ORG", "JL Bourg", opt=True),
     E("Le Mans", "ORG", "Le Mans Sarthe Basket", opt=True), E("JL Bourg", "ORG"),
     E("Mans Sarthe Basket", "ORG", "Le Mans Sarthe Basket"), E("Ékinox", "LOC"), E(JOB, "PER"),
     E("Okafor-Brissaud", "PER", JOB), E("Romain Desjardins-Kaboré", "PER"), E("Bourg-en-Bresse", "LOC"),
     E("Europe", "LOC"), E("EuroCup", "MISC", opt=True), E(MSV, "PER"), E("Français", "MISC"),
     E(TBL, "PER"), E("Serbe", "MISC"), E("EuroLeague", "MISC", opt=True)],
    [
     Q(D, "On a gagné avec le cœur, pas avec la tête", JOB, None, nth=0, v="ctx"),
     Q(D, "On a gagné avec le cœur, pas avec la tête. Franchement, on a fait n'importe quoi pendant trois quart-temps", JOB, "a lâché", v="role"),
     Q(D, "Je ne vais pas faire la fine bouche, une victoire contre Le Mans, ça se prend", EBOU, "a-t-il commencé", v="pron"),
     Q(D, "Mais on a perdu 21 ballons. Avec 21 ballons perdus, on ne gagne pas en Europe.", EBOU, "nuancer", v="pron"),
     Q(I, "il comptait reposer son meneur mardi en EuroCup", None, "a demandé"),
     Q(I, "la décision serait prise « avec le staff médical, pas avec les émotions »", EBOU, "a répondu"),
     Q(D, "avec le staff médical, pas avec les émotions", EBOU, "a répondu", v="pron"),
     Q(D, "J'étais tellement nul que j'ai décidé de défendre. Au moins, ça, je sais faire", MSV, "s'est-il amusé", v="pron"),
     Q(I, "le Français a « gagné le match en défense » sur le dernier ballon manceau", JOB, "assure"),
     Q(D, "gagné le match en défense", JOB, "assure", v="name"),
     Q(I, "son équipe avait « eu le match en main » à deux minutes de la fin du temps réglementaire", EMSB, "a estimé"),
     Q(D, "eu le match en main", EMSB, "a estimé", v="func"),
     Q(D, "On rentre avec rien.", TBL, None, v="name"),
     Q(I, "le Serbe est suivi par plusieurs clubs d'EuroLeague", "agent de Teodor Branković-Lemaire", "Selon"),
     Q(I, "la rencontre avait réuni 3 548 spectateurs", "JL Bourg", "a annoncé")],
    [("Basket | Betclic Élite", "Basket | Betclic Élite"), ("Réagir à cet article", "commentaires)")])

# ---------------------------------------------------------------- 12
GAM = "Goulven Ar Menn-Diallo"
KMR = "Kalista Mbemba-Ruiz"
SH = "Sigrún Hallgrímsdóttir"
MSH = "maire de Saint-Hilaire-de-Riez"
SPEC["12_festival_terres_salees"] = (
    [E("Terres Salées", "MISC"), E("Saint-Hilaire-de-Riez", "LOC"), E(KMR, "PER"), E("Hvítá", "ORG"),
     E("Yolène Prigent-Adjovi", "PER"), E(GAM, "PER"), E("Goulven", "PER", GAM), E("Vendée", "LOC"),
     E("Sable noir", "MISC"), E("Ixelles", "LOC"), E("Islandais", "MISC"), E(SH, "PER"),
     E("Vendée Mobilités", "ORG")],
    [
     Q(D, "Une édition historique", "organisateurs", "selon", opt=True, nth=0),
     Q(I, "« Une édition historique » pour Terres Salées", "organisateurs", "selon", opt=True),
     Q(D, "Une édition historique, on peut le dire. On a refusé du monde samedi, ce qui ne nous était jamais arrivé en dix-neuf ans", GAM, "a-t-il résumé", v="pron"),
     Q(I, "aucun incident grave n'a été signalé, malgré la chaleur", "préfecture de la Vendée", "Selon"),
     Q(D, "Sable noir", None, None, opt=True),
     Q(D, "Quand j'ai écrit ce morceau, j'étais dans une chambre de bonne à Ixelles avec une fenêtre qui ne fermait pas. Ce soir, j'ai vu l'océan derrière la foule.\n\n« Je ne sais pas quoi dire d'autre. Merci, vraiment", KMR, "a-t-elle déclaré", v="pron"),
     Q(D, "impressionnée par le silence", SH, "s'est dite", v="name"),
     Q(I, "le groupe reviendra « dès que Goulven voudra de nous »", SH, "Selon"),
     Q(D, "dès que Goulven voudra de nous", SH, "Selon", v="pron"),
     Q(I, "des files d'attente de deux heures aux navettes", None, "ont dénoncé", opt=True),
     Q(I, "le dispositif « n'était pas dimensionné » pour une telle affluence", "Vendée Mobilités", "a estimé"),
     Q(D, "n'était pas dimensionné", "Vendée Mobilités", "a estimé", v="inst"),
     Q(I, "des « ratés »", GAM, "a reconnu", opt=True),
     Q(D, "ratés", GAM, "a reconnu", v="role"),
     Q(I, "doubler le nombre de bus l'an prochain", GAM, "promis"),
     Q(I, "« une vitrine formidable pour la commune »", MSH, "a salué", opt=True),
     Q(D, "une vitrine formidable pour la commune", MSH, "a salué", v="func"),
     Q(I, "les riverains avaient « beaucoup donné »", MSH, "rappelant"),
     Q(D, "beaucoup donné", MSH, "rappelant", v="func")],
    [("Festivals", "Festivals"), ("Partager cet article", "Partager cet article")])


if __name__ == "__main__":
    main(SPEC, HERE)
