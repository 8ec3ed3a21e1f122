#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written18 with exact offsets.

    python3 tests/gold/written18/make_gold.py          # write NAME.json, check
    python3 tests/gold/written18/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written18/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun, or context across sentences), role (role
noun or description standing for a named person), func (a person known only
by function), inst (institution, body or group).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_soir_pensions"] = (
    [E("Le Soir", "ORG"), E("Soir", "ORG", "Le Soir"), E("Belgique", "LOC"), E("FGTB", "ORG"),
     E("Maxime Delvaux-Ntumba", "PER"), E("Bruxelles", "LOC"), E("CSC", "ORG"), E("Ilse Van Damme", "PER"),
     E("Théodore Mukendi-Lambert", "PER"), E("Belga", "ORG"), E("Pensions", "ORG", opt=True),
     E("Chambre", "ORG"), E("Noël", "MISC", opt=True), E("Les Engagés", "ORG"),
     E("Aurélien de Woot de Trixhe", "PER"), E("Namurois", "MISC"), E("MR", "ORG"),
     E("Gwendoline Peeters-Achour", "PER"), E("PTB", "ORG"), E("Nawal Bouzidi-Verhaegen", "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "Qui peut appeler ça une réforme juste ?", "Ilse Van Damme", "s'indigne", nth=0, v="role"),
     Q(D, "Nous avons épuisé toutes les voies de la concertation. Le gouvernement ne nous laisse pas d'autre choix", "Ilse Van Damme", "a déclaré", v="name"),
     Q(D, "Une infirmière qui a élevé trois enfants perdra jusqu'à 300 euros par mois. Qui peut appeler ça une réforme juste ?", "Ilse Van Damme", "a-t-elle lancé", v="pron"),
     Q(I, "son organisation restait « disponible pour discuter à tout moment », mais que la balle était « dans le camp du gouvernement »", "Théodore Mukendi-Lambert", "a indiqué"),
     Q(D, "disponible pour discuter à tout moment", "Théodore Mukendi-Lambert", "a indiqué", v="name"),
     Q(D, "dans le camp du gouvernement", "Théodore Mukendi-Lambert", "a indiqué", v="name"),
     Q(I, "le texte devrait être déposé à la Chambre avant les vacances de Noël, sans modification majeure", None, "Selon", opt=True),
     Q(D, "La réforme est financée, équilibrée et attendue par une majorité de travailleurs", "cabinet du ministre des Pensions", "fait valoir", v="inst"),
     Q(I, "ses doutes sur le calendrier", "Aurélien de Woot de Trixhe", "a confié", opt=True),
     Q(D, "Mon parti a toujours défendu la concertation sociale. Passer en force à deux semaines de Noël, ce serait une erreur", "Aurélien de Woot de Trixhe", "estime", v="role"),
     Q(I, "un report du vote à février", "Aurélien de Woot de Trixhe", "réclame", opt=True),
     Q(I, "« il n'y a plus de temps à perdre » : le coût des pensions « explose » et chaque mois de retard « se paie cash »", "Gwendoline Peeters-Achour", "Pour"),
     Q(D, "il n'y a plus de temps à perdre", "Gwendoline Peeters-Achour", "Pour", v="name"),
     Q(D, "explose", "Gwendoline Peeters-Achour", "Pour", v="name"),
     Q(D, "se paie cash", "Gwendoline Peeters-Achour", "Pour", v="name"),
     Q(I, "l'accord de gouvernement prévoyait l'adoption de la réforme « avant la fin de l'année »", "Gwendoline Peeters-Achour", "a rappelé"),
     Q(D, "avant la fin de l'année", "Gwendoline Peeters-Achour", "a rappelé", v="pron"),
     Q(I, "il soutiendrait les grévistes", "PTB", "a annoncé"),
     Q(D, "Ce gouvernement fait payer la crise à ceux qui l'ont le moins provoquée", "Nawal Bouzidi-Verhaegen", "a dénoncé", v="name"),
     Q(I, "la grève du 16 sera « historique »", "Nawal Bouzidi-Verhaegen", "pour qui"),
     Q(D, "historique", "Nawal Bouzidi-Verhaegen", "pour qui", v="pron")],
    [("Le Soir", "Politique"), ("Lire aussi", "les avions"), ("Partager sur Facebook", "par e-mail")])


# ---------------------------------------------------------------- 02
SPEC["02_enquete_clinique"] = (
    [E("Clinique du Léman", "ORG"), E("Anouk Perrenoud-Schaller", "PER"), E("Excel", "MISC", opt=True),
     E("Lausanne", "LOC"), E("Rolf Imboden-Sauter", "PER"), E("Bernois", "MISC"), E("Santésuisse", "ORG"),
     E("Groupe Mutuel", "ORG"), E("Séraphine Gueissaz", "PER"), E("Ministère public", "ORG", opt=True),
     E("Département de la santé et de l'action sociale", "ORG"), E("LAMal", "MISC")],
    [
     Q(D, "complémentaires", None, None, opt=True),
     Q(I, "une bonne partie de ces séances n'ont jamais eu lieu", None, "Selon", opt=True),
     Q(D, "On nous demandait de cocher des cases. Si on refusait, on se retrouvait au planning du week-end pendant deux mois", None, "raconte"),
     Q(I, "le même système", None, "décrivent", opt=True),
     Q(D, "Les objectifs de chiffre d'affaires étaient fixés par service, et tout le monde savait comment on les atteignait", None, "affirme-t-il"),
     Q(I, "la pratique aurait rapporté «entre 1,5 et 2 millions de francs» par an", None, "D'après"),
     Q(D, "entre 1,5 et 2 millions de francs", None, "D'après"),
     Q(I, "en bloc ces accusations", "Rolf Imboden-Sauter", "rejette", opt=True),
     Q(D, "Il n'y a jamais eu de consigne de surfacturation. Nos contrôles internes sont conformes aux exigences des assureurs", "Rolf Imboden-Sauter", "écrit-il", v="pron"),
     Q(I, "«des erreurs de saisie ponctuelles», qui auraient été «corrigées dès leur découverte»", "Rolf Imboden-Sauter", "reconnaît", opt=True),
     Q(D, "des erreurs de saisie ponctuelles", "Rolf Imboden-Sauter", "reconnaît", v="role"),
     Q(D, "corrigées dès leur découverte", "Rolf Imboden-Sauter", "reconnaît", v="role"),
     Q(I, "avoir reçu «plusieurs signalements» concernant l'établissement", "Santésuisse", "a confirmé"),
     Q(D, "plusieurs signalements", "Santésuisse", "a confirmé", v="inst"),
     Q(I, "un audit a été demandé en octobre", "Groupe Mutuel", "indique"),
     Q(D, "Mes clients ont payé des franchises et des quotes-parts pour des soins fictifs. C'est une escroquerie, ni plus ni moins", "Séraphine Gueissaz", "tonne", v="role"),
     Q(I, "le médecin cantonal avait ouvert une enquête administrative", "Département de la santé et de l'action sociale", "a fait savoir"),
     Q(D, "tant que la procédure est en cours", "conseiller d'Etat chargé du dossier", "a refusé de s'exprimer", v="func")],
    [("ENQUÊTE", "ENQUÊTE"), ("Lire aussi", "en 2027")])


# ---------------------------------------------------------------- 03
SPEC["03_necrologie_chansonnier"] = (
    [E("Gervais Bouchard-Lalancette", "PER"), E("Gervais", "PER", "Gervais Bouchard-Lalancette"),
     E("Marée montante", "MISC"), E("Léa-Kim Fortier-Nguyen", "PER"), E("Le Devoir", "ORG"),
     E("Trois-Rivières", "LOC"), E("Félix", "PER"), E("Mélodie Bouchard", "PER"),
     E("Mélodie", "PER", "Mélodie Bouchard"), E("La Presse canadienne", "ORG"), E("Bécancour", "LOC"),
     E("Saint-Laurent", "LOC"), E("Gaspé", "LOC"), E("Paris", "LOC"), E("Bobino", "LOC", opt=True),
     E("Québec", "LOC"), E("Assemblée nationale", "ORG"), E("Ginette Arsenault-Pomerleau", "PER"),
     E("Facebook", "ORG"), E("Hubert Desrosiers", "PER"), E("cathédrale de l'Assomption", "LOC", opt=True)],
    [
     Q(D, "la voix du fleuve", None, None, opt=True),
     Q(D, "Marée montante", None, None, opt=True, nth=0),
     Q(I, "Gervais Bouchard-Lalancette est mort samedi soir dans sa maison de Trois-Rivières, entouré des siens", "famille", "a annoncé"),
     Q(D, "Papa est parti comme il a vécu : en chantant. La veille, il fredonnait encore des airs de Félix", "Mélodie Bouchard", "a confié", v="name"),
     Q(I, "« un immense artiste, qui a donné une voix à ceux qui n'en avaient pas »", "premier ministre du Québec", "a salué", opt=True),
     Q(D, "un immense artiste, qui a donné une voix à ceux qui n'en avaient pas", "premier ministre du Québec", "a salué", v="func"),
     Q(I, "L'Assemblée nationale observera une minute de silence mardi à l'ouverture de ses travaux", "cabinet du premier ministre du Québec", "a précisé"),
     Q(I, "avoir perdu « un frère »", "Ginette Arsenault-Pomerleau", "dit"),
     Q(D, "un frère", "Ginette Arsenault-Pomerleau", "dit", v="name"),
     Q(D, "Gervais, c'était l'homme le plus généreux que j'ai connu. Il ne refusait jamais un coup de main à un jeune", "Ginette Arsenault-Pomerleau", "a-t-elle raconté", v="pron"),
     Q(I, "le drapeau de l'hôtel de ville serait mis en berne", "mairesse de Trois-Rivières", "a annoncé"),
     Q(D, "Notre ville perd un de ses plus grands ambassadeurs", "mairesse de Trois-Rivières", "a-t-elle écrit", v="pron"),
     Q(I, "d'un homme « exigeant, parfois bourru, mais d'une fidélité totale »", "Hubert Desrosiers", "se souvient", opt=True),
     Q(D, "exigeant, parfois bourru, mais d'une fidélité totale", "Hubert Desrosiers", "se souvient", v="name"),
     Q(I, "un album posthume, enregistré l'été dernier, pourrait paraître au printemps", "Hubert Desrosiers", "Selon"),
     Q(D, "Il a tenu à finir la dernière chanson. Il m'a dit : \"Celle-là, elle est pour Mélodie.\" Je n'ai pas osé lui répondre.", "Hubert Desrosiers", None, v="pron"),
     Q(D, "Celle-là, elle est pour Mélodie.", "Gervais Bouchard-Lalancette", "m'a dit", v="pron")],
    [("Culture | Musique", "Culture | Musique"), ("Le Devoir |", "décembre 2026"), ("Lire aussi", "Bouchard-Lalancette\n")])


# ---------------------------------------------------------------- 04
SPEC["04_dakar_dengue"] = (
    [E("Dakar", "LOC"), E("Sénégal", "LOC"), E("Aminata Diagne-Sall", "PER"),
     E("ministère de la Santé et de l'Action sociale", "ORG", opt=True), E("Pikine", "LOC"),
     E("Guédiawaye", "LOC"), E("Ndèye Fatou Mbengue-Cissé", "PER"), E("CHNU de Fann", "ORG"),
     E("Aedes", "MISC", opt=True), E("Ousseynou Faye-Diallo", "PER"), E("Institut Pasteur de Dakar", "ORG"),
     E("Prévention", "ORG", opt=True), E("OMS", "ORG"), E("Mame Diarra Thiaw", "PER")],
    [
     Q(I, "1 874 cas ont été confirmés et sept décès enregistrés depuis le début de la saison des pluies", "ministère de la Santé et de l'Action sociale", "Selon"),
     Q(D, "Nous n'avions jamais vu une telle circulation du virus en milieu urbain", "Ndèye Fatou Mbengue-Cissé", "reconnaît", v="name"),
     Q(I, "un cocktail de facteurs : des pluies tardives, des chantiers où l'eau stagne et une population peu immunisée", "Ndèye Fatou Mbengue-Cissé", "pointe", opt=True),
     Q(D, "Le moustique Aedes pond dans la moindre capsule de bouteille. Une flaque de trois jours suffit", "Ndèye Fatou Mbengue-Cissé", "explique-t-elle", v="pron"),
     Q(I, "le réchauffement joue aussi un rôle", "Ousseynou Faye-Diallo", "Pour"),
     Q(D, "Les températures nocturnes restent au-dessus de 25 degrés jusqu'en novembre. Le moustique vit plus longtemps, donc il pique plus", "Ousseynou Faye-Diallo", "détaille", v="role"),
     Q(D, "quatre fois supérieures", "Ousseynou Faye-Diallo", "a relevé", opt=True),
     Q(I, "contre l'automédication", "Ndèye Fatou Mbengue-Cissé", "met en garde", opt=True),
     Q(D, "Surtout pas d'aspirine ni d'ibuprofène. Cela peut provoquer des hémorragies. Du paracétamol, de l'eau, et on consulte si la fièvre dure.", "Ndèye Fatou Mbengue-Cissé", "met en garde", v="role"),
     Q(I, "le lancement d'une campagne de démoustication dans 42 quartiers, avec l'appui de l'OMS", "directeur de la Prévention", "a annoncé", opt=True),
     Q(D, "Mais l'État ne peut pas tout faire. Chaque famille doit vider ses récipients une fois par semaine", "directeur de la Prévention", "a-t-il insisté", v="pron"),
     Q(D, "Notre association passe de maison en maison depuis un mois. Les gens écoutent, mais il faut répéter.", "Mame Diarra Thiaw", "relaie", v="name")],
    [("Santé\n", "Santé\n"), ("Lire aussi", "d'ici 2030")])


# ---------------------------------------------------------------- 05
SPEC["05_abidjan_resultats"] = (
    [E("ICT", "ORG", "Ivoire Cacao Transformation"), E("Ivoire Cacao Transformation", "ORG"),
     E("FCFA", "MISC", opt=True), E("Serge-Alain Yao Kouassi", "PER"), E("Abidjan", "LOC"), E("BRVM", "ORG"),
     E("San-Pédro", "LOC"), E("Évariste Kouadio-N'Guessan", "PER"),
     E("Kouadio-N'Guessan", "PER", "Évariste Kouadio-N'Guessan"), E("AIP", "ORG"),
     E("Bérénice Ahoua-Desmarais", "PER"), E("Karim Ouattara-Lemaire", "PER"), E("Hudson & Cie", "ORG"),
     E("Syndicat des travailleurs de la transformation du cacao", "ORG"),
     E("Sytracao", "ORG", "Syndicat des travailleurs de la transformation du cacao"),
     E("Adjoua Koffi-Bamba", "PER"), E("Conseil du café-cacao", "ORG"),
     E("Facebook", "ORG", opt=True), E("WhatsApp", "ORG", opt=True), E("LinkedIn", "ORG", opt=True)],
    [
     Q(I, "de faire grève", "salariés", "menacent", opt=True),
     Q(D, "Nous avons récolté les fruits de cinq ans d'investissements. Notre usine de San-Pédro tourne désormais à pleine capacité", "Évariste Kouadio-N'Guessan", "s'est félicité", v="name"),
     Q(I, "un dividende de 450 FCFA par action, en hausse de 60 %", "Évariste Kouadio-N'Guessan", "a annoncé", opt=True),
     Q(I, "l'endettement du groupe avait été réduit de moitié", "Bérénice Ahoua-Desmarais", "a précisé"),
     Q(D, "Nous sommes aujourd'hui en mesure de financer seuls la nouvelle ligne de broyage", "Bérénice Ahoua-Desmarais", "a-t-elle assuré", v="pron"),
     Q(D, "Ces résultats sont exceptionnels au sens propre : ils tiennent à un prix de la fève qui ne restera pas à ce niveau", "Karim Ouattara-Lemaire", "tempère", v="name"),
     Q(I, "le titre, qui a gagné 12 % mardi à la BRVM, \"intègre déjà beaucoup de bonnes nouvelles\"", "Karim Ouattara-Lemaire", "Selon"),
     Q(D, "intègre déjà beaucoup de bonnes nouvelles", "Karim Ouattara-Lemaire", "Selon", v="pron"),
     Q(I, "une hausse de 15 % des salaires et l'embauche de 200 journaliers", "Syndicat des travailleurs de la transformation du cacao", "réclame", opt=True),
     Q(D, "La direction distribue des millions aux actionnaires, et nos camarades travaillent toujours sans contrat après dix ans de maison", "Adjoua Koffi-Bamba", "dénonce", v="name"),
     Q(I, "les 1 100 salariés de San-Pédro cesseraient le travail le 15 décembre \"si rien ne bouge\"", "Adjoua Koffi-Bamba", "a prévenu"),
     Q(D, "si rien ne bouge", "Adjoua Koffi-Bamba", "a prévenu", v="role"),
     Q(I, "l'usine traite près de 8 % de la récolte nationale", "Conseil du café-cacao", "rappelle"),
     Q(D, "le dialogue est ouvert", "direction", "assure", v="inst"),
     Q(I, "prêt à recevoir les délégués \"dès la semaine prochaine\"", "Évariste Kouadio-N'Guessan", "s'est dit", opt=True),
     Q(D, "dès la semaine prochaine", "Évariste Kouadio-N'Guessan", "s'est dit", v="name")],
    [("Economie\n", "Economie\n"), ("Partager :", "LinkedIn")])


# ---------------------------------------------------------------- 06
SPEC["06_maroc_secheresse"] = (
    [E("TelQuel", "ORG"), E("Maroc", "LOC"), E("Yasmine El Fassi-Berrada", "PER"), E("Gharb", "LOC"),
     E("Saïss", "LOC"), E("ministère de l'Équipement et de l'Eau", "ORG", opt=True),
     E("Équipement et de l'Eau", "ORG", opt=True), E("Anouar Benslimane-Tazi", "PER"),
     E("université Hassan-II de Casablanca", "ORG", opt=True), E("Casablanca", "LOC"),
     E("Chambre des représentants", "ORG"), E("Agence du bassin hydraulique du Sebou", "ORG"),
     E("Sebou", "LOC"), E("Bouregreg", "LOC"), E("Rabat", "LOC"), E("Hafsa Ouazzani-Chahdi", "PER"),
     E("MAP", "ORG"), E("Abdelhak Zerhouni", "PER"), E("Sidi Kacem", "LOC"),
     E("Confédération marocaine de l'agriculture et du développement rural", "ORG"),
     E("Comader", "ORG", "Confédération marocaine de l'agriculture et du développement rural")],
    [
     Q(I, "les barrages du royaume ne sont remplis qu'à 31,2 %, contre 38 % il y a un an", "ministère de l'Équipement et de l'Eau", "Selon"),
     Q(D, "Il faudrait trois hivers normaux d'affilée pour reconstituer les réserves. Nous n'en avons pas connu depuis 2018", "Anouar Benslimane-Tazi", "observe", v="name"),
     Q(I, "la sécheresse n'est plus une parenthèse", "Anouar Benslimane-Tazi", "Pour"),
     Q(D, "Ce que nous appelons aujourd'hui une année sèche sera la norme en 2040.", "Anouar Benslimane-Tazi", None, v="role"),
     Q(I, "la stratégie du gouvernement", "ministre de l'Équipement et de l'Eau", "a défendu", opt=True),
     Q(D, "Notre gouvernement a fait le choix du dessalement à grande échelle. Cinq nouvelles stations entreront en service d'ici 2028", "ministre de l'Équipement et de l'Eau", "a-t-il affirmé", v="pron"),
     Q(I, "un investissement de 22 milliards de dirhams", "ministre de l'Équipement et de l'Eau", "évoquant", opt=True),
     Q(D, "On ne peut pas transférer une eau qu'on n'a pas. Si le Sebou s'assèche, le transfert s'arrête", "Hafsa Ouazzani-Chahdi", "a-t-elle indiqué", v="pron"),
     Q(I, "des compensations", "agriculteurs", "demandent", opt=True),
     Q(D, "Mon verger d'agrumes a perdu la moitié de ses arbres en deux ans", "Abdelhak Zerhouni", "témoigne", v="name"),
     Q(I, "avoir arraché 400 orangers", "Abdelhak Zerhouni", "dit"),
     Q(I, "près de 60 000 exploitations ont réduit leur surface irriguée", "Confédération marocaine de l'agriculture et du développement rural", "D'après"),
     Q(I, "pour une tarification progressive de l'eau potable", "Anouar Benslimane-Tazi", "plaide", opt=True),
     Q(D, "Celui qui remplit sa piscine ne doit pas payer le même prix que celui qui remplit son jerrican", "Anouar Benslimane-Tazi", "résume-t-il", v="pron")],
    [("TelQuel", "Environnement"), ("Lire aussi", "Agriculture")])


# ---------------------------------------------------------------- 07
SPEC["07_luxembourg_frontaliers"] = (
    [E("L'essentiel", "ORG"), E("Luxembourg", "LOC"), E("France", "LOC"), E("Finances", "ORG", opt=True),
     E("OGBL", "ORG"), E("Jean-Claude Reuter-Bianchi", "PER"), E("Belgique", "LOC"), E("Allemagne", "LOC"),
     E("Union des entreprises luxembourgeoises", "ORG"), E("UEL", "ORG", "Union des entreprises luxembourgeoises"),
     E("Ana-Sofia Meireles Thill", "PER"), E("Genève", "LOC"), E("Francfort", "LOC"), E("RTL", "ORG"),
     E("Chambre des députés", "ORG"), E("déi gréng", "ORG"), E("Djuna Wagener-Lopes", "PER"),
     E("Corinne Schmit-Valentini", "PER"), E("Kirchberg", "LOC"), E("Thionville", "LOC"),
     E("A31", "LOC", opt=True), E("Statec", "ORG"), E("Luxembourg-Ville", "LOC"), E("Grande Région", "LOC")],
    [
     Q(I, "Le relèvement du seuil de tolérance fiscale pour le télétravail, de 34 à 52 jours par an, ne s'appliquera pas au 1er janvier", "ministre des Finances", "a reconnu"),
     Q(D, "La France n'a pas encore achevé sa procédure de ratification. Nous ne pouvons pas appliquer seuls un accord bilatéral", "ministre des Finances", "a-t-il justifié", v="pron"),
     Q(D, "On nous promet ces jours depuis deux ans. À chaque fois, c'est pour le trimestre suivant", "Jean-Claude Reuter-Bianchi", "a réagi", v="name"),
     Q(I, "la Belgique applique déjà un seuil de 34 jours et que l'Allemagne négocie de son côté", "Jean-Claude Reuter-Bianchi", "rappelle"),
     Q(I, "les employeurs du secteur financier ont besoin de « visibilité » pour organiser le travail hybride", "Ana-Sofia Meireles Thill", "Selon"),
     Q(D, "visibilité", "Ana-Sofia Meireles Thill", "Selon", v="name"),
     Q(D, "Nos membres perdent des candidats au profit de Genève ou de Francfort, où le télétravail est plus simple. Ce retard a un coût", "Ana-Sofia Meireles Thill", "a-t-elle déclaré", v="pron"),
     Q(I, "le gouvernement de « traîner des pieds »", "Djuna Wagener-Lopes", "accusé"),
     Q(D, "traîner des pieds", "Djuna Wagener-Lopes", "accusé", v="name"),
     Q(I, "Le ministre « découvre le problème chaque mois de décembre »", "Djuna Wagener-Lopes", "a-t-elle ironisé"),
     Q(D, "découvre le problème chaque mois de décembre", "Djuna Wagener-Lopes", "a-t-elle ironisé", v="pron"),
     Q(D, "Mon employeur me demande de revenir quatre jours sur cinq au bureau. Avec les bouchons sur l'A31, c'est trois heures de voiture par jour", "Corinne Schmit-Valentini", "soupire-t-elle", v="pron"),
     Q(I, "avoir envisagé de déménager à Luxembourg, « mais avec les loyers d'ici, c'est impossible »", "Corinne Schmit-Valentini", "dit"),
     Q(D, "mais avec les loyers d'ici, c'est impossible", "Corinne Schmit-Valentini", "dit", v="pron"),
     Q(I, "le nombre de frontaliers français a progressé de 2,8 % sur un an", "Statec", "Selon")],
    [("L'essentiel\n", "> Frontaliers"), ("Lire aussi", "Grande Région")])


# ---------------------------------------------------------------- 08
SPEC["08_critique_theatre"] = (
    [E("La Libre Belgique", "ORG"), E("Les Noyés de la Meuse", "MISC"), E("Théâtre de Liège", "LOC", opt=True),
     E("Wannes Verbrugghe", "PER"), E("Marthe Delcourt-Ilunga", "PER"), E("Côme de Hemptinne", "PER"),
     E("Gand", "LOC"), E("Liège", "LOC"), E("Salomé Kabongo-Pirard", "PER"),
     E("Conservatoire royal de Bruxelles", "ORG"), E("Chênée", "LOC"), E("vallée de la Vesdre", "LOC", opt=True),
     E("Frédéric Nsimba-Roux", "PER"), E("Théâtre de Namur", "LOC", opt=True),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "Les Noyés de la Meuse", None, None, opt=True, nth=0),
     Q(D, "Ce livre m'a hanté pendant des années. Je voulais qu'on sente l'humidité, le froid, la peur qui monte avec l'eau", "Wannes Verbrugghe", "nous confiait-il", v="pron"),
     Q(D, "Je joue une femme qui refuse de partir parce que partir, ce serait admettre que la maison est perdue. Je connais des gens comme ça, à Chênée, depuis les inondations de 2021", "Salomé Kabongo-Pirard", "explique-t-elle", v="pron"),
     Q(D, "Le théâtre n'est pas là pour consoler. Il est là pour qu'on n'oublie pas.", "Wannes Verbrugghe", "assume", v="role"),
     Q(D, "Quand l'eau monte, le silence devient insupportable. Il fallait le remplir.", "Frédéric Nsimba-Roux", "s'en défend", v="role"),
     Q(D, "émue aux larmes", "Marthe Delcourt-Ilunga", "s'est dite", v="role"),
     Q(I, "l'adaptation était “plus fidèle au livre que le livre lui-même”", "Marthe Delcourt-Ilunga", "a affirmé"),
     Q(D, "plus fidèle au livre que le livre lui-même", "Marthe Delcourt-Ilunga", "a affirmé", v="pron"),
     Q(D, "Les Noyés de la Meuse", None, None, opt=True, nth=1)],
    [("La Libre Belgique ›", "Scènes"), ("Partager :", "E-mail")])


# ---------------------------------------------------------------- 09
SPEC["09_chronique_logement"] = (
    [E("La Presse+", "ORG"), E("Patrice Lemieux-Tchakarov", "PER"), E("Assemblée nationale", "ORG"),
     E("Habitation", "ORG", opt=True), E("Québec", "LOC"), E("Rosalie Bérubé-Nakamura", "PER"),
     E("Rosalie", "PER", "Rosalie Bérubé-Nakamura"), E("Hochelaga", "LOC"), E("rue Ontario", "LOC", opt=True),
     E("Société canadienne d'hypothèques et de logement", "ORG"),
     E("SCHL", "ORG", "Société canadienne d'hypothèques et de logement"), E("Montréal", "LOC"),
     E("Maxence Aubertin-Gagnon", "PER"), E("Institut de recherche et d'informations socioéconomiques", "ORG"),
     E("IRIS", "ORG", "Institut de recherche et d'informations socioéconomiques"),
     E("Regroupement des comités logement et associations de locataires du Québec", "ORG"),
     E("RCLALQ", "ORG", "Regroupement des comités logement et associations de locataires du Québec"),
     E("Ville", "ORG", opt=True), E("Karim Hadj-Boudreault", "PER"), E("Longueuil", "LOC")],
    [
     Q(I, "Québec avait « mis le paquet » sur la construction", "ministre responsable de l'Habitation", "a répété"),
     Q(D, "mis le paquet", "ministre responsable de l'Habitation", "a répété", v="func"),
     Q(I, "48 000 mises en chantier cette année, un record depuis 1987", "ministre responsable de l'Habitation", "a-t-elle souligné"),
     Q(D, "J'ai visité dix-sept logements. Le moins cher était à 1 900 dollars. Je gagne 2 600 par mois", "Rosalie Bérubé-Nakamura", "m'a-t-elle raconté", v="pron"),
     Q(I, "le loyer moyen d'un logement libéré avait bondi de 18 % en un an à Montréal", "Société canadienne d'hypothèques et de logement", "constatait"),
     Q(D, "On construit beaucoup, mais on construit cher. Le marché privé livre des condos et des studios à 2 000 dollars, pas des logements familiaux", "Maxence Aubertin-Gagnon", "résume", v="role"),
     Q(I, "Québec devrait consacrer au moins le tiers des nouveaux chantiers au logement social", "Maxence Aubertin-Gagnon", "estime"),
     Q(I, "un gel des loyers de deux ans", "Regroupement des comités logement et associations de locataires du Québec", "réclame", opt=True),
     Q(I, "la Ville « examine toutes les options »", "Karim Hadj-Boudreault", "assure"),
     Q(D, "examine toutes les options", "Karim Hadj-Boudreault", "assure", v="name"),
     Q(D, "À 34 ans. Avec mes deux enfants. Dans la chambre de mon adolescence.", "Rosalie Bérubé-Nakamura", None, v="name")],
    [("La Presse+", "CHRONIQUE"), ("Les opinions exprimées", "leur auteur.")])


# ---------------------------------------------------------------- 10
SPEC["10_entretien_avalanches"] = (
    [E("Le Temps", "ORG"), E("Temps", "ORG", "Le Temps"), E("Suisse", "LOC", opt=True), E("Valais", "LOC"),
     E("Oriane Zufferey-Kälin", "PER"), E("SLF", "ORG", "Institut pour l'étude de la neige et des avalanches"),
     E("Basile Chappuis-Morand", "PER"), E("Alpes", "LOC"), E("Club alpin suisse", "ORG"),
     E("Institut pour l'étude de la neige et des avalanches", "ORG"), E("Davos", "LOC"), E("Verbier", "LOC"),
     E("EPFL", "ORG"), E("Zermatt", "LOC"), E("Office fédéral de l'environnement", "ORG"),
     E("OFEV", "ORG", "Office fédéral de l'environnement"), E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "Une avalanche ne prévient pas deux fois", "Oriane Zufferey-Kälin", None, nth=0, v="name"),
     Q(I, "les randonneurs à «la plus grande prudence»", "Club alpin suisse", "a appelé", opt=True),
     Q(D, "la plus grande prudence", "Club alpin suisse", "a appelé", v="inst"),
     Q(I, "les secours ont été engagés onze fois le week-end dernier", "police cantonale valaisanne", "rappelle"),
     Q(D, "Notre métier, c'est de traduire la physique en phrases qu'on lit en trente secondes au départ d'une course", "Oriane Zufferey-Kälin", "résume-t-elle", v="pron"),
     Q(D, "piège", None, None, opt=True, nth=0),
     Q(D, "Mes clients regardent le degré de danger, pas le texte.", None, "m'a dit"),
     Q(I, "la montagne serait encore là demain", "père d'Oriane Zufferey-Kälin", "disait"),
     Q(I, "le budget de l'institut serait maintenu en 2027", "Office fédéral de l'environnement", "a indiqué")],
    [("Le Temps\n", "Suisse\n"), ("Partager:", "E-mail")])


# ---------------------------------------------------------------- 11
SPEC["11_charleroi_proces"] = (
    [E("Sudinfo", "ORG"), E("Charleroi", "LOC"), E("Gosselies", "LOC"), E("Lucie Vandersmissen-Abiola", "PER"),
     E("hôpital Marie Curie", "ORG", opt=True), E("Kevin Dardenne-Mahieu", "PER"),
     E("Pauline de Sélys-Kerkhove", "PER"), E("Joachim Lefèvre-Obiang", "PER"), E("Inès Haddou-Brasseur", "PER")],
    [
     Q(D, "Mon client n'a jamais tenu d'arme", "Pauline de Sélys-Kerkhove", "plaide", nth=0, v="role"),
     Q(I, "six ans de prison contre le principal prévenu", "parquet de Charleroi", "a requis", opt=True),
     Q(D, "J'ai cru que j'allais mourir là, à deux cents mètres de mon service", "Lucie Vandersmissen-Abiola", "a-t-elle raconté", v="pron"),
     Q(I, "les rôles sont clairs", "parquet de Charleroi", "Pour"),
     Q(I, "Kevin Dardenne-Mahieu, 23 ans, comme « le cerveau et le bras » de l'opération", "substitut du procureur du Roi", "a décrit", opt=True),
     Q(D, "le cerveau et le bras", "substitut du procureur du Roi", "a décrit", v="func"),
     Q(D, "Il a choisi la victime, il a frappé, il a conduit. Les deux autres ont suivi", "substitut du procureur du Roi", "a martelé", v="role"),
     Q(I, "six ans de prison ferme contre lui et trois ans, dont la moitié avec sursis, contre ses deux complices", "substitut du procureur du Roi", "a requis", opt=True),
     Q(D, "Mon client n'a jamais tenu d'arme. Il était au volant, il le reconnaît, et il le regrette", "Pauline de Sélys-Kerkhove", "a plaidé", v="role"),
     Q(I, "l'enquête n'a pas permis d'établir qui avait porté les coups, les images de vidéosurveillance étant « inexploitables »", "Pauline de Sélys-Kerkhove", "Selon"),
     Q(D, "inexploitables", "Pauline de Sélys-Kerkhove", "Selon", v="pron"),
     Q(I, "au tribunal d'accorder à son client une peine de travail", "Pauline de Sélys-Kerkhove", "a demandé"),
     Q(D, "Mon client a menti aux enquêteurs, c'est vrai. Mais mentir, ce n'est pas frapper", "Joachim Lefèvre-Obiang", "a-t-il lancé", v="pron"),
     Q(I, "la suspension du prononcé", "Joachim Lefèvre-Obiang", "solliciter", opt=True),
     Q(I, "« une stratégie de défense qui consiste à se renvoyer la balle »", "Inès Haddou-Brasseur", "a dénoncé", opt=True),
     Q(D, "une stratégie de défense qui consiste à se renvoyer la balle", "Inès Haddou-Brasseur", "a dénoncé", v="name"),
     Q(I, "Sa cliente, a-t-elle rappelé, n'a toujours pas repris le travail", "Inès Haddou-Brasseur", "a-t-elle rappelé"),
     Q(D, "Elle ne conduit plus. Elle fait ses courses à pied. Elle a peur du noir, à quarante ans passés, messieurs", "Inès Haddou-Brasseur", None, v="pron"),
     Q(I, "ses excuses à la victime", "Kevin Dardenne-Mahieu", "a présenté", opt=True)],
    [("Sudinfo >", "> Justice"), ("Lire aussi", "deux arrestations")])


# ---------------------------------------------------------------- 12
SPEC["12_dakar_budget"] = (
    [E("Assemblée nationale", "ORG"), E("Ibrahima Sarr-Mendy", "PER"), E("APS", "ORG"), E("Dakar", "LOC"),
     E("FCFA", "MISC", opt=True), E("Pastef", "ORG"), E("ministère des Finances et du Budget", "ORG", opt=True),
     E("Takku Wallu", "ORG"), E("Abdourahmane Ndiaye-Fall", "PER"), E("Thiès", "LOC"),
     E("Conseil constitutionnel", "ORG"), E("APR", "ORG"), E("Forum civil", "ORG"), E("Moustapha Ba-Diouf", "PER"),
     E("Khady Sène-Gomis", "PER"), E("Rufisque", "LOC"), E("marché Sandaga", "LOC", opt=True)],
    [
     Q(D, "d'austérité déguisée", "opposition", "dénonce", opt=True, nth=0),
     Q(I, "un texte « de vérité et de responsabilité »", "Premier ministre", "a défendu", opt=True),
     Q(D, "de vérité et de responsabilité", "Premier ministre", "a défendu", v="func"),
     Q(D, "Notre gouvernement a hérité d'une dette cachée. Nous ne la cacherons pas à notre tour", "Premier ministre", "a-t-il déclaré", v="pron"),
     Q(I, "les économies ne toucheraient « ni l'école, ni l'hôpital, ni les bourses »", "Premier ministre", "a promis"),
     Q(D, "ni l'école, ni l'hôpital, ni les bourses", "Premier ministre", "a promis", v="role"),
     Q(I, "le déficit devrait revenir à 4,8 % du PIB, contre 7,1 % attendus cette année", "ministère des Finances et du Budget", "Selon"),
     Q(I, "un budget « d'austérité déguisée »", "Abdourahmane Ndiaye-Fall", "a dénoncé", opt=True, nth=1),
     Q(D, "d'austérité déguisée", "Abdourahmane Ndiaye-Fall", "a dénoncé", nth=1, v="name"),
     Q(D, "On nous parle de rigueur, mais ce sont les ménages qui paieront, par l'électricité et par le carburant", "Abdourahmane Ndiaye-Fall", "a lancé", v="role"),
     Q(I, "un recours devant le Conseil constitutionnel", "Abdourahmane Ndiaye-Fall", "a annoncé", opt=True),
     Q(I, "le parti « n'a pas les moyens de bloquer quoi que ce soit »", None, "juge"),
     Q(D, "n'a pas les moyens de bloquer quoi que ce soit", None, "juge"),
     Q(D, "Nous sommes dix-neuf. Nous pouvons alerter, pas plus", None, "reconnaît-il"),
     Q(I, "le vote ne règle pas la question de la transparence", "Forum civil", "Pour"),
     Q(I, "l'organisation publierait en janvier son propre audit des marchés publics", "Moustapha Ba-Diouf", "a indiqué"),
     Q(D, "Nous demandons que chaque franc soit traçable, du ministère jusqu'au chantier", "Moustapha Ba-Diouf", "a-t-il insisté", v="pron"),
     Q(D, "S'ils tiennent parole sur l'école, je veux bien faire des efforts", "Khady Sène-Gomis", "confie", v="name"),
     Q(D, "Chaque année, on nous promet la fin des sacrifices.", None, None)],
    [("Accueil / Politique", "Accueil / Politique"), ("Mots-clés", "Opposition")])


if __name__ == "__main__":
    main(SPEC, HERE)
