#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout22 with exact offsets.

    python3 tests/gold/heldout22/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout22/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout22/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set)
are given below as strings, per ../shared/docs/ANNOTATION.md and the
conventions of README.md (which follows tests/gold/written*/README.md).
The machinery (offsets, checks, self-score, --check/--show) is
tests/gold/goldspec.py. v says how a reader finds the speaker of a scored
direct quote: name, pron (pronoun), ctx (no cue: context across sentences,
or a headline repeating body words), role (role noun or description
standing for a named person), func (a person known only by function),
inst (institution, body or group).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
SPEC["01_greve_urgences"] = (
    [E("Pays de la Loire", "LOC"), E("Saint-Nazaire", "LOC"), E("Gwenola Le Berre-Fontaine", "PER"),
     E("Maëlys Oudinot-Khaled", "PER"), E("Sud Santé", "ORG"), E("CGT", "ORG"), E("Anselme Van Rooy", "PER"),
     E("agence régionale de santé", "ORG", opt=True), E("ARS", "ORG", "agence régionale de santé"),
     E("Jean-Baptiste", "PER"), E("Nantes", "LOC"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, 'On trie les patients dans le couloir', 'Maëlys Oudinot-Khaled', None, nth=0, v='ctx'),
     Q(D, 'Urgences en danger, patients en danger', None, None, opt=True),
     Q(D, "On trie les patients dans le couloir, a raconté Maëlys Oudinot-Khaled, infirmière depuis onze ans et déléguée Sud Santé. Samedi soir, une dame de 92 ans a attendu quatorze heures sur un brancard. Je rentre chez moi et je n'en dors pas.", 'Maëlys Oudinot-Khaled', 'a raconté', v='name'),
     Q(I, "le nombre de passages a augmenté de 18 % en deux ans, alors que l'effectif paramédical est resté le même", 'intersyndicale', 'Selon'),
     Q(I, 'quarante-trois heures supplémentaires par agent ne sont toujours pas payées', 'CGT', 'affirme'),
     Q(D, "la sécurité des patients n'a jamais été mise en cause", 'direction', 'assure', v='pron'),
     Q(I, 'huit infirmiers ont été recrutés depuis septembre', 'direction', 'rappelle'),
     Q(I, 'vouloir « rencontrer les grévistes dès cette semaine »', 'directrice générale du centre hospitalier de Saint-Nazaire', 'a dit'),
     Q(D, 'rencontrer les grévistes dès cette semaine', 'directrice générale du centre hospitalier de Saint-Nazaire', 'a dit', v='func'),
     Q(D, "Je signe des arrêts de travail pour mes propres collègues. Quand un médecin urgentiste dit qu'il n'en peut plus, il faut l'écouter.", 'Anselme Van Rooy', None, v='name'),
     Q(I, "une « mission d'appui » sera dépêchée avant la fin du mois", 'ARS des Pays de la Loire', 'indique'),
     Q(D, "mission d'appui", 'ARS des Pays de la Loire', 'indique', v='inst'),
     Q(I, "la situation nazairienne « n'est pas isolée » : trois autres services du département ont réduit leurs horaires d'ouverture la nuit", 'ARS des Pays de la Loire', 'Pour'),
     Q(D, "n'est pas isolée", 'ARS des Pays de la Loire', 'Pour', v='inst'),
     Q(D, "Ils sont gentils, mais ils courent partout. Moi, j'ai compris qu'il valait mieux ne pas tomber malade le week-end.", 'Jean-Baptiste', 'résume', v='name'),
     Q(I, "tenir « aussi longtemps qu'il le faudra »", 'grévistes', 'promettent'),
     Q(D, "aussi longtemps qu'il le faudra", 'grévistes', 'promettent', v='inst')],
    [("Accueil >", "Saint-Nazaire\nSanté"), ("Lire aussi", "sages-femmes"), ("Partager :", "E-mail"),
     ("Mots-clés", "Grève, Santé")])


# ---------------------------------------------------------------- 02
SPEC["02_secheresse_vienne"] = (
    [E("La Nouvelle République", "ORG"), E("Vienne", "LOC"), E("Tiphaine Rousselot-Mbaye", "PER"),
     E("Lusignan", "LOC"), E("Clain", "LOC"), E("Rodolphe Ferrat-Lemaître", "PER"), E("Vonne", "LOC"),
     E("Poitiers", "LOC"), E("FDSEA 86", "ORG"), E("Hugues de La Taille-Vernon", "PER"),
     E("Vienne Nature", "ORG"), E("Ingrid Soulié-Bakary", "PER"), E("Hydrasa", "ORG"),
     E("université de Poitiers", "ORG", opt=True), E("Agathe Wojcik-Moreau", "PER"),
     E("ministère de l'Agriculture", "ORG", opt=True), E("Mauzé-sur-le-Mignon", "LOC")],
    [
     Q(D, 'on nous demande de fermer les vannes', 'Rodolphe Ferrat-Lemaître', None, nth=0, v='ctx'),
     Q(D, "Je n'ai jamais vu ça en décembre. Les nappes n'ont pas rechargé de l'hiver, et on nous demande de fermer les vannes alors que les semis d'automne ont soif", 'Rodolphe Ferrat-Lemaître', 'soupire', v='role'),
     Q(I, "le débit du Clain à Poitiers est tombé à 0,6 m³/s, “un niveau inédit à cette période de l'année”", 'préfecture de la Vienne', 'Selon'),
     Q(D, "un niveau inédit à cette période de l'année", 'préfecture de la Vienne', 'Selon', v='inst'),
     Q(I, 'ces mesures arrivent “trop tard et trop brutalement”', 'FDSEA 86', 'Pour'),
     Q(D, 'trop tard et trop brutalement', 'FDSEA 86', 'Pour', v='inst'),
     Q(I, "“un fonds d'urgence pour les exploitations les plus exposées”", 'Hugues de La Taille-Vernon', 'a réclamé', opt=True),
     Q(D, "un fonds d'urgence pour les exploitations les plus exposées", 'Hugues de La Taille-Vernon', 'a réclamé', v='name'),
     Q(I, 'les bassines en projet dans le département “auraient permis de passer ce cap”', 'Hugues de La Taille-Vernon', 'estime'),
     Q(D, 'auraient permis de passer ce cap', 'Hugues de La Taille-Vernon', 'estime', v='pron'),
     Q(D, 'les réserves de substitution se remplissent en pompant dans ces mêmes nappes', 'Ingrid Soulié-Bakary', 'rappelle', v='name'),
     Q(D, 'On ne sortira pas de la sécheresse en creusant des trous', 'Ingrid Soulié-Bakary', 'a-t-elle lancé', v='pron'),
     Q(I, 'à regarder plus loin', 'hydrologues', 'appellent', opt=True),
     Q(I, "les pluies efficaces ont diminué d'un tiers en quarante ans sur le bassin", 'Agathe Wojcik-Moreau', 'observe'),
     Q(D, "La question n'est pas de savoir si ces épisodes vont revenir, mais comment l'agriculture va s'adapter à leur fréquence", 'Agathe Wojcik-Moreau', 'prévient-elle', v='pron'),
     Q(I, "avoir déjà reçu plus de 300 demandes d'accompagnement", "chambre d'agriculture de la Vienne", 'indique'),
     Q(I, 'une cellule de crise nationale se réunira lundi', "ministère de l'Agriculture", "D'après"),
     Q(D, 'Si ça continue, je vends une partie du troupeau au printemps. Mon père avait fait pareil en 1976. Je pensais ne jamais revivre ça.', 'Rodolphe Ferrat-Lemaître', None, v='ctx')],
    [("La Nouvelle République", "Vienne | Agriculture"), ("Lire aussi |", "Mauzé-sur-le-Mignon"),
     ("Vos réactions", "(34)")])


# ---------------------------------------------------------------- 03
SPEC["03_reforme_bac"] = (
    [E("ministère de l'Éducation nationale", "ORG", opt=True), E("Éducation nationale", "ORG", opt=True),
     E("Baptiste Okonkwo-Lavallée", "PER"), E("Conseil supérieur de l'éducation", "ORG"),
     E("Sophie-Anne Delacourt-N'Diaye", "PER"), E("SNES-FSU", "ORG"), E("Sgen-CFDT", "ORG"), E("SNPDEN", "ORG"),
     E("Créteil", "LOC"), E("Noémie Ferreira-Campos", "PER"), E("FCPE", "ORG"), E("Peep", "ORG"),
     E("Lucien Abramowicz", "PER"), E("université Paris-Nanterre", "ORG", opt=True), E("Conseil d'Etat", "ORG"),
     E("Parcoursup 2027", "MISC")],
    [
     Q(D, 'plus exigeant', "ministre de l'Éducation nationale", 'veut', nth=0, v='func'),
     Q(I, 'à bâtir "un bac plus exigeant et plus lisible"', "ministre de l'Éducation nationale", 'selon'),
     Q(D, 'un bac plus exigeant et plus lisible', "ministre de l'Éducation nationale", 'selon', v='pron'),
     Q(I, 'le nouveau calendrier serait appliqué dès la session 2028 et que "personne ne sera pris de court"', "ministre de l'Éducation nationale", 'a assuré'),
     Q(D, 'personne ne sera pris de court', "ministre de l'Éducation nationale", 'a assuré', v='pron'),
     Q(I, 'le contrôle continu a produit "une inflation des notes que plus personne ne conteste"', "ministère de l'Éducation nationale", 'Pour'),
     Q(D, 'une inflation des notes que plus personne ne conteste', "ministère de l'Éducation nationale", 'Pour', v='inst'),
     Q(D, "On nous annonce une réforme du bac tous les cinq ans. Les professeurs n'ont même pas fini d'appliquer la précédente", "Sophie-Anne Delacourt-N'Diaye", 'a réagi', v='name'),
     Q(I, '"une réforme de communication"', "Sophie-Anne Delacourt-N'Diaye", 'a dénoncé', opt=True),
     Q(D, 'une réforme de communication', "Sophie-Anne Delacourt-N'Diaye", 'a dénoncé', v='role'),
     Q(I, 'les enseignants à se mobiliser le 16 décembre', "Sophie-Anne Delacourt-N'Diaye", 'a appelé'),
     Q(D, "l'objectif de clarté", 'Sgen-CFDT', 'dit partager', v='inst'),
     Q(I, 'le calendrier "intenable"', 'Sgen-CFDT', 'juge', opt=True),
     Q(D, 'intenable', 'Sgen-CFDT', 'juge', v='inst'),
     Q(I, "il demanderait un moratoire d'un an", 'SNPDEN', 'a fait savoir'),
     Q(D, "Quatre épreuves en juin, c'est trois semaines de lycée fermé pour les secondes et les premières. Qui va surveiller ? Avec quels moyens ?", 'Noémie Ferreira-Campos', None, v='name'),
     Q(I, 'la suppression du grand oral "pénalise les élèves qui ont le moins de capital culturel"', 'FCPE', 'craint'),
     Q(D, 'pénalise les élèves qui ont le moins de capital culturel', 'FCPE', 'craint', v='inst'),
     Q(I, '"un retour au sérieux"', 'Peep', 'salue', opt=True),
     Q(D, 'un retour au sérieux', 'Peep', 'salue', v='inst'),
     Q(I, 'le débat est mal posé', 'Lucien Abramowicz', 'Pour'),
     Q(D, "Le contrôle continu n'a pas créé les inégalités entre lycées, il les a rendues visibles", 'Lucien Abramowicz', 'explique-t-il', v='pron'),
     Q(I, 'un examen national "rassure les familles sans rien changer aux écarts de réussite"', 'Lucien Abramowicz', 'Selon'),
     Q(D, 'rassure les familles sans rien changer aux écarts de réussite', 'Lucien Abramowicz', 'Selon', v='pron')],
    [("Éducation\n", "Éducation\n"), ("Lire aussi", "pour les lycéens"), ("Sujets associés", "Éducation nationale")])


# ---------------------------------------------------------------- 04
SPEC["04_ligne_felletin"] = (
    [E("LA MONTAGNE", "ORG", "La Montagne"), E("La Montagne", "ORG"), E("Creuse", "LOC"), E("Aubusson", "LOC"),
     E("Felletin", "LOC"), E("SNCF Réseau", "ORG"), E("Corentin Achterberg", "PER"),
     E("Région", "ORG", "Région Nouvelle-Aquitaine", opt=True), E("Maryvonne Tessier-Oumarou", "PER"),
     E("Rail Creuse Avenir", "ORG"), E("Région Nouvelle-Aquitaine", "ORG", opt=True), E("CGT", "ORG"),
     E("ministère chargé des Transports", "ORG", opt=True), E("Armelle", "PER"), E("Limousin", "LOC"),
     E("Limoges", "LOC"), E("Poitiers", "LOC")],
    [
     Q(D, 'un abandon programmé', 'usagers', 'dénoncent', opt=True, nth=0),
     Q(I, 'les trains ne circuleront plus entre Aubusson et Felletin à compter du 1er février', 'SNCF Réseau', 'annonce'),
     Q(D, "L'état des traverses et de deux ouvrages d'art ne permet plus de garantir la sécurité des circulations", 'SNCF Réseau', 'justifie', v='inst'),
     Q(I, "la décision était « écrite d'avance »", 'Maryvonne Tessier-Oumarou', 'Pour'),
     Q(D, "écrite d'avance", 'Maryvonne Tessier-Oumarou', 'Pour', v='name'),
     Q(D, "Depuis quinze ans, on n'entretient plus rien, et ensuite on constate que la ligne est trop abîmée pour rouler. C'est un abandon programmé", 'Maryvonne Tessier-Oumarou', "s'emporte-t-elle", v='pron'),
     Q(I, "d'un « coup dur » pour les 140 lycéens qui empruntent chaque jour le train pour rejoindre Aubusson", 'maire de Felletin', 'parle', opt=True),
     Q(D, 'coup dur', 'maire de Felletin', 'parle', v='func'),
     Q(I, 'au préfet de la Creuse de réunir « en urgence » un comité de ligne', 'maire de Felletin', 'a demandé'),
     Q(D, 'en urgence', 'maire de Felletin', 'a demandé', v='pron'),
     Q(I, "rien n'est définitif", 'Région Nouvelle-Aquitaine', 'assure'),
     Q(I, "la collectivité est prête à financer « la moitié des travaux » si l'État s'engage sur l'autre moitié", 'vice-président chargé des mobilités', 'affirme'),
     Q(D, 'la moitié des travaux', 'vice-président chargé des mobilités', 'affirme', v='func'),
     Q(D, 'Nous ne laisserons pas tomber la Creuse. Mais nous ne pouvons pas tout payer seuls', 'vice-président chargé des mobilités', 'a-t-il déclaré', v='pron'),
     Q(I, 'une remise en état partielle coûterait « trois fois moins » et permettrait de maintenir une vitesse réduite à 40 km/h', 'CGT cheminots', "D'après"),
     Q(D, 'trois fois moins', 'CGT cheminots', "D'après", v='inst'),
     Q(I, 'le dossier sera examiné dans le cadre du prochain contrat de plan État-région', 'ministère chargé des Transports', 'indique'),
     Q(D, "Le car, c'est quarante minutes au lieu de quinze. L'hiver, avec la neige, on ne sait même pas s'il passera.", 'Armelle', None, v='name')],
    [("LA MONTAGNE", "Creuse > Aubusson"), ("À lire aussi", "pour travaux"), ("Partager cet article", "Partager cet article")])


# ---------------------------------------------------------------- 05
SPEC["05_parkinson_sang"] = (
    [E("Sciences et Avenir", "ORG"), E("Parkinson", "MISC", opt=True), E("Hortense Quarrington", "PER"),
     E("Institut de neurosciences de Montpellier", "ORG"), E("INM", "ORG", "Institut de neurosciences de Montpellier"),
     E("Inserm", "ORG"), E("université de Montpellier", "ORG", opt=True), E("Nature Medicine", "ORG"),
     E("Constances", "MISC"), E("Eléonore de Saint-Aubin-Keller", "PER"), E("Inserm Transfert", "ORG"),
     E("Tomasz Wiśniewski", "PER"), E("Idriss Benslama-Hoarau", "PER"), E("CHU de Lille", "ORG"),
     E("France Parkinson", "ORG"), E("France", "LOC"), E("Jocelyne Vandermeersch", "PER"),
     E("Alzheimer", "MISC", opt=True), E("Europe", "LOC")],
    [
     Q(I, 'Un résultat « prometteur mais préliminaire »', 'auteurs', 'préviennent'),
     Q(D, 'prometteur mais préliminaire', 'auteurs', 'préviennent', v='inst'),
     Q(D, 'Nous avons retrouvé chez les futurs malades une combinaison de huit protéines inflammatoires, toujours la même, bien avant que le cerveau ne montre le moindre signe de souffrance', 'Eléonore de Saint-Aubin-Keller', 'explique', v='name'),
     Q(I, 'le caractère précoce du signal', 'Eléonore de Saint-Aubin-Keller', 'insiste', opt=True),
     Q(D, "Dix ans, c'est une fenêtre énorme. Si un traitement capable de ralentir la maladie arrive un jour, c'est là qu'il faudra agir.", 'Eléonore de Saint-Aubin-Keller', 'insiste', v='role'),
     Q(I, 'le test pourrait coûter moins de cinquante euros une fois industrialisé', 'auteurs', 'Selon'),
     Q(I, 'un algorithme entraîné sur les données de la cohorte, puis vérifié sur un second groupe de patients danois', 'Tomasz Wiśniewski', 'a détaillé', opt=True),
     Q(D, "Le modèle se trompe surtout chez les plus de 80 ans, chez qui l'inflammation a d'autres causes", 'Tomasz Wiśniewski', 'reconnaît-il', v='pron'),
     Q(I, 'à la prudence', None, 'appellent', opt=True),
     Q(D, "annoncer à quelqu'un qu'il a 80 % de risques de développer une maladie incurable pose une vraie question éthique", 'Idriss Benslama-Hoarau', 'Pour', v='name'),
     Q(I, "aucun traitement ne permet aujourd'hui de retarder l'apparition des symptômes", 'Idriss Benslama-Hoarau', 'rappelle'),
     Q(I, '« une avancée importante pour les 270 000 malades en France »', 'France Parkinson', 'salue', opt=True),
     Q(D, 'une avancée importante pour les 270 000 malades en France', 'France Parkinson', 'salue', v='inst'),
     Q(I, "l'association financerait un essai de validation sur 10 000 personnes à partir de 2028", 'Jocelyne Vandermeersch', 'a indiqué')],
    [("Sciences et Avenir >", "Neurologie"), ("| Lecture 3 min.", "| Lecture 3 min."),
     ("Lire aussi", "mais pour qui ?"), ("Tags :", "Recherche")])


# ---------------------------------------------------------------- 06
SPEC["06_vaccin_hpv"] = (
    [E("Dernières Nouvelles d'Alsace", "ORG"), E("Bas-Rhin", "LOC"), E("Lise Zimmermann-Adjovi", "PER"),
     E("Jean-Monnet", "ORG", opt=True), E("Haguenau", "LOC"), E("Gardasil 9", "MISC"), E("Rozenn Kerhervé", "PER"),
     E("Éducation nationale", "ORG", opt=True), E("agence régionale de santé", "ORG", opt=True),
     E("ARS", "ORG", "agence régionale de santé"), E("Grand Est", "LOC"), E("Bischwiller", "LOC"),
     E("Aurèle Nguyen-Bachmann", "PER"), E("Hôpitaux universitaires de Strasbourg", "ORG"), E("Strasbourg", "LOC"),
     E("FCPE du Bas-Rhin", "ORG", opt=True), E("Yannick Oberlé", "PER"), E("Santé publique France", "ORG"),
     E("Alsace", "LOC"), E("Newsletter Santé", "MISC", opt=True)],
    [
     Q(D, 'le taux de refus nous inquiète', 'Rozenn Kerhervé', None, v='ctx'),
     Q(D, "En deux heures, on fait trente-huit enfants. Le plus dur, ce n'est pas la piqûre, c'est de convaincre les parents avant", 'Rozenn Kerhervé', 'sourit', v='name'),
     Q(I, "46,2 % des élèves ciblés ont reçu une première dose à l'issue de la campagne d'automne, contre 44,8 % l'an dernier", 'ARS Grand Est', 'Selon'),
     Q(I, "ces chiffres « encourageants mais très loin de l'objectif de 80 % fixé pour 2030 »", "directeur général de l'ARS Grand Est", 'juge', opt=True),
     Q(D, "encourageants mais très loin de l'objectif de 80 % fixé pour 2030", "directeur général de l'ARS Grand Est", 'juge', v='func'),
     Q(D, 'Le taux de refus nous inquiète, surtout dans le nord du département', 'Rozenn Kerhervé', 'reconnaît', v='name'),
     Q(D, "Je ne suis pas contre les vaccins, mais on lit tout et son contraire sur internet. J'attends d'en parler avec notre pédiatre.", None, 'explique'),
     Q(I, "l'enjeu est considérable", 'Aurèle Nguyen-Bachmann', 'Pour'),
     Q(D, "Chaque année, je vois des femmes de trente-cinq ans avec un cancer du col de l'utérus qu'un vaccin aurait évité. Ce n'est pas une théorie, ce sont mes patientes", 'Aurèle Nguyen-Bachmann', 'martèle-t-il', v='pron'),
     Q(I, 'le vaccin protège aussi les garçons contre plusieurs cancers de la sphère ORL', 'Aurèle Nguyen-Bachmann', 'rappelle'),
     Q(I, "avoir envoyé une lettre d'information à toutes les familles concernées dès la rentrée", 'rectorat de Strasbourg', 'assure'),
     Q(I, 'des réunions publiques avec des médecins dans chaque établissement', 'FCPE du Bas-Rhin', 'réclame', opt=True),
     Q(D, 'Les parents ont des questions légitimes. Il faut des réponses en face-à-face, pas un dépliant', 'Yannick Oberlé', 'plaide', v='name')],
    [("Dernières Nouvelles d'Alsace", "Santé | Bas-Rhin"), ("Lire aussi", "en Alsace"),
     ("Newsletter Santé", "actualité santé")])


# ---------------------------------------------------------------- 07
SPEC["07_proces_seine"] = (
    [E("actu.fr", "ORG"), E("Normandie", "LOC"), E("Le Havre", "LOC"), E("Havre", "LOC", "Le Havre"),
     E("Seine", "LOC"), E("Séquanor Chimie", "ORG"), E("Séquanor", "ORG", "Séquanor Chimie"),
     E("Quentin Hardouin-Sy", "PER"), E("Port-Jérôme-sur-Seine", "LOC"), E("Florian Ekström-Vasseur", "PER"),
     E("Salomé Ravenel-Diouf", "PER"), E("Honfleur", "LOC"), E("Thierry Lemonnier", "PER"),
     E("Office français de la biodiversité", "ORG"), E("OFB", "ORG", "Office français de la biodiversité"),
     E("Augustin de Crécy-Lambourg", "PER"), E("Rouen", "LOC")],
    [
     Q(I, "800 000 euros d'amende contre Séquanor Chimie", 'procureure de la République', 'requiert', opt=True),
     Q(I, '« un défaut de maintenance »', 'Florian Ekström-Vasseur', 'a reconnu', opt=True),
     Q(D, 'un défaut de maintenance', 'Florian Ekström-Vasseur', 'a reconnu', v='name'),
     Q(I, 'toute négligence délibérée', 'Florian Ekström-Vasseur', 'a contesté', opt=True),
     Q(D, 'Nous avions signalé cette vanne au siège. Le remplacement était programmé pour avril', 'Florian Ekström-Vasseur', 'a-t-il assuré', v='pron'),
     Q(D, 'On ne programme pas la sécurité comme on programme un repeint de façade', 'procureure de la République', 'a lancé', v='func'),
     Q(I, "800 000 euros d'amende contre la société et dix-huit mois d'emprisonnement avec sursis contre l'ancien directeur", 'procureure de la République', 'a requis', opt=True),
     Q(I, "l'entreprise avait « fait le choix de l'économie contre celui de la prudence »", 'procureure de la République', 'a estimé'),
     Q(D, "fait le choix de l'économie contre celui de la prudence", 'procureure de la République', 'a estimé', v='pron'),
     Q(I, "2,4 millions d'euros de dommages et intérêts", None, 'réclament', opt=True),
     Q(I, 'le préjudice écologique est « massif et durable »', 'Salomé Ravenel-Diouf', 'Pour'),
     Q(D, 'massif et durable', 'Salomé Ravenel-Diouf', 'Pour', v='name'),
     Q(D, "Les anguilles ne sont pas revenues. Les civelles non plus. Demandez aux pêcheurs de Honfleur ce qu'ils ont remonté dans leurs filets depuis un an", 'Salomé Ravenel-Diouf', 'a-t-elle plaidé', v='pron'),
     Q(I, 'des filets « noirs comme du goudron » et une saison « perdue en une nuit »', 'Thierry Lemonnier', 'a décrit', opt=True),
     Q(D, 'noirs comme du goudron', 'Thierry Lemonnier', 'a décrit', v='name'),
     Q(D, 'perdue en une nuit', 'Thierry Lemonnier', 'a décrit', v='name'),
     Q(I, 'trois alarmes avaient été désactivées dans les semaines précédant la fuite', 'Office français de la biodiversité', 'a relevé'),
     Q(I, 'la relaxe pour son client', 'Augustin de Crécy-Lambourg', 'a plaidé', opt=True),
     Q(I, "aucune pièce du dossier ne démontre que l'ancien directeur avait connaissance de ces alarmes", 'Augustin de Crécy-Lambourg', 'Selon'),
     Q(I, "les 12 millions d'euros déjà investis dans la dépollution", 'avocat de Séquanor Chimie', 'a insisté', opt=True),
     Q(D, "Séquanor n'a jamais fui ses responsabilités. Elle a payé, elle a nettoyé, elle a indemnisé sans attendre ce procès", 'avocat de Séquanor Chimie', None, v='role')],
    [("actu.fr >", "Le Havre\nJustice"), ("Lire aussi", "s'ouvre"), ("Partager |", "(21)")])


# ---------------------------------------------------------------- 08
SPEC["08_canicule_rhone"] = (
    [E("vallée du Rhône", "LOC", opt=True), E("Rhône", "LOC"), E("LYON", "LOC", "Lyon"),
     E("AFP", "ORG", "Agence France-Presse"), E("Agence France-Presse", "ORG"), E("Météo-France", "ORG"),
     E("Valence", "LOC"), E("Montélimar", "LOC"), E("Adrien Kowalczyk-Barre", "PER"), E("Lyon", "LOC"),
     E("Drôme", "LOC"), E("Lyonnais", "MISC"), E("Hospices civils de Lyon", "ORG"), E("HCL", "ORG", "Hospices civils de Lyon"),
     E("Ondine Marchetti-Abena", "PER"), E("Édouard-Herriot", "ORG", opt=True),
     E("ministère chargé de la Santé", "ORG", opt=True), E("Bérengère Tholozan", "PER"), E("Vienne", "LOC"),
     E("Isère", "LOC"), E("Synerpa", "ORG"), E("SNCF", "ORG"), E("Paris", "LOC"), E("Marseille", "LOC")],
    [
     Q(D, "Nous entrons dans un épisode d'une intensité comparable à celui de 2019, avec des nuits qui ne descendront pas sous les 26 °C", 'Adrien Kowalczyk-Barre', 'a déclaré', v='name'),
     Q(I, "la vague de chaleur devrait durer « au moins jusqu'à mercredi »", 'Adrien Kowalczyk-Barre', 'Selon'),
     Q(D, "au moins jusqu'à mercredi", 'Adrien Kowalczyk-Barre', 'Selon', v='pron'),
     Q(I, "l'interdiction de tous les événements en plein air réunissant plus de 1 000 personnes jusqu'à lundi soir, ainsi que la fermeture anticipée des parcs et jardins de Lyon", 'préfecture du Rhône', 'a annoncé', opt=True),
     Q(I, "aux maires d'ouvrir « sans délai » des salles rafraîchies pour les personnes isolées", 'préfet de la Drôme', 'a demandé'),
     Q(D, 'sans délai', 'préfet de la Drôme', 'a demandé', v='func'),
     Q(I, 'Aux Hospices civils de Lyon (HCL), les urgences ont enregistré vendredi une hausse de 30 % des passages liés à la chaleur', 'direction des Hospices civils de Lyon', "d'après"),
     Q(D, 'On voit arriver beaucoup de personnes âgées déshydratées, souvent après plusieurs jours seules chez elles. Ce sont des hospitalisations évitables', 'Ondine Marchetti-Abena', 'souligne', v='name'),
     Q(I, 'les plus de 75 ans, les femmes enceintes et les jeunes enfants devaient « éviter toute sortie entre 11 heures et 21 heures »', 'ministère chargé de la Santé', 'a rappelé'),
     Q(D, 'éviter toute sortie entre 11 heures et 21 heures', 'ministère chargé de la Santé', 'a rappelé', v='inst'),
     Q(I, 'avoir anticipé', None, 'disent'),
     Q(D, 'Nous avons installé des brumisateurs dans toutes les chambres et nous hydratons les résidents toutes les heures', 'Bérengère Tholozan', 'explique', v='name'),
     Q(I, 'le manque de personnel en plein été', 'Synerpa', 'a alerté', opt=True),
     Q(I, 'des ralentissements sur la ligne Paris-Marseille en raison de la dilatation des rails', 'SNCF', 'a annoncé', opt=True),
     Q(I, 'les voyageurs à « reporter leurs déplacements non indispensables »', 'SNCF', 'a invité'),
     Q(D, 'reporter leurs déplacements non indispensables', 'SNCF', 'a invité', v='inst'),
     Q(D, "Le maïs est en pleine floraison. Deux jours à 43 °C, c'est une partie de la récolte qui part", None, 'a confié')],
    [("bur-fga/ol/ale", "bur-fga/ol/ale"), ("© Agence France-Presse", "© Agence France-Presse")])


# ---------------------------------------------------------------- 09
SPEC["09_eau_pesticide"] = (
    [E("France 3 Hauts-de-France", "ORG"), E("Somme", "LOC"), E("agence régionale de santé", "ORG", opt=True),
     E("Vimeu", "LOC"), E("ARS", "ORG", "agence régionale de santé"), E("Margaux Delval-Yildiz", "PER"),
     E("Feuquières-en-Vimeu", "LOC"), E("Europe", "LOC"), E("Hauts-de-France", "LOC"), E("Anses", "ORG"),
     E("Corentin Van Hecke", "PER"), E("UFC-Que Choisir", "ORG"), E("France", "LOC"),
     E("Annick Morvan-Talbi", "PER"), E("FDSEA de la Somme", "ORG", opt=True), E("Bastien Lecocq-Amrani", "PER"),
     E("Fressenneville", "LOC"), E("BRGM", "ORG"), E("Yuna Castagnède", "PER")],
    [
     Q(I, "l'eau distribuée dans une partie du Vimeu contient un métabolite du chlorothalonil au-delà de la limite réglementaire", 'ARS Hauts-de-France', 'a informé'),
     Q(I, 'Elle reste consommable', 'ARS Hauts-de-France', 'assure'),
     Q(I, "l'eau du robinet présente une concentration de 0,4 microgramme par litre de R471811, un produit de dégradation du chlorothalonil, un fongicide interdit en Europe depuis 2020", 'syndicat des eaux du Vimeu', 'informe'),
     Q(D, "Il n'y a aucun risque à boire cette eau, y compris pour les nourrissons", 'ARS Hauts-de-France', 'affirme', v='inst'),
     Q(D, 'valeur sanitaire transitoire', 'Anses', 'a fixé', opt=True),
     Q(I, "le problème est d'abord financier", 'Corentin Van Hecke', 'Pour'),
     Q(D, "Traiter ce métabolite, c'est du charbon actif sur chaque captage. On parle de 9 millions d'euros d'investissement. Nos abonnés vont le voir sur leur facture, il ne faut pas se mentir", 'Corentin Van Hecke', "prévient", v='role'),
     Q(I, 'des bouteilles seraient distribuées aux familles qui en feraient la demande « par précaution »', 'maire de Feuquières-en-Vimeu', 'a indiqué'),
     Q(D, 'par précaution', 'maire de Feuquières-en-Vimeu', 'a indiqué', v='pron'),
     Q(I, '« un scandale sanitaire à bas bruit »', 'UFC-Que Choisir', 'dénonce', opt=True),
     Q(D, 'un scandale sanitaire à bas bruit', 'UFC-Que Choisir', 'dénonce', v='inst'),
     Q(I, '« les pollueurs ne paient jamais » et réclame que les fabricants de pesticides financent la dépollution', 'Annick Morvan-Talbi', 'estime'),
     Q(D, 'les pollueurs ne paient jamais', 'Annick Morvan-Talbi', 'estime', v='name'),
     Q(I, "le chlorothalonil était « autorisé et recommandé par l'État » pendant quarante ans", 'FDSEA de la Somme', 'rappelle'),
     Q(D, "autorisé et recommandé par l'État", 'FDSEA de la Somme', 'rappelle', v='inst'),
     Q(D, "Les agriculteurs ont appliqué la réglementation. On ne peut pas leur faire porter le chapeau aujourd'hui", 'Bastien Lecocq-Amrani', 'juge', v='name'),
     Q(I, 'ces molécules « mettront des décennies à disparaître des nappes »', 'Yuna Castagnède', 'souligne'),
     Q(D, 'mettront des décennies à disparaître des nappes', 'Yuna Castagnède', 'souligne', v='name'),
     Q(I, 'une protection renforcée des aires de captage', 'Yuna Castagnède', 'plaide', opt=True)],
    [("France 3 Hauts-de-France", "Environnement · Somme"), ("Lire aussi :", "hausse en 2025"),
     ("À découvrir aussi", "vidéos Environnement")])


# ---------------------------------------------------------------- 10
SPEC["10_entretien_bronchiolite"] = (
    [E("20 Minutes", "ORG"), E("Perrine Akinyemi-Roussel", "PER"), E("CHU de Nantes", "ORG"),
     E("Valentin Ostrowski", "PER"), E("Santé publique France", "ORG"), E("Angers", "LOC"),
     E("La Roche-sur-Yon", "LOC"), E("Beyfortus", "MISC"), E("ministère de la Santé", "ORG", opt=True), E("ARS", "ORG"),
     E("Covid", "MISC", opt=True)],
    [
     Q(D, 'Les urgences pédiatriques sont pleines avant même le pic', 'Perrine Akinyemi-Roussel', None, nth=0, v='ctx'),
     Q(I, 'toutes les régions métropolitaines étaient désormais en phase épidémique', 'Santé publique France', 'a annoncé'),
     Q(I, 'les hospitalisations des moins de trois mois ont baissé de près de moitié depuis son arrivée', 'Santé publique France', 'montrent', opt=True),
     Q(D, 'Je suis venue parce que le 15 ne répondait pas.', None, "m'a dit"),
     Q(I, "d'une « tension maîtrisée »", 'ministère de la Santé', 'parle', opt=True),
     Q(D, 'tension maîtrisée', 'ministère de la Santé', 'parle', v='inst'),
     Q(I, "nous ne tiendrions pas jusqu'à janvier sans renforts", 'Perrine Akinyemi-Roussel', 'dire'),
     Q(D, 'triple épidémie', None, None, opt=True)],
    [("20 Minutes >", "Santé\n"), ("Lire aussi", "cet hiver ?"), ("Cet article vous a été utile", "Oui | Non")])


# ---------------------------------------------------------------- 11
SPEC["11_cars_scolaires"] = (
    [E("Le Télégramme", "ORG"), E("Côtes-d'Armor", "LOC"), E("Loudéac", "LOC"), E("Toussaint", "MISC", opt=True),
     E("Bretagne", "LOC"), E("Erwan Le Gouëfflec-Stanislas", "PER"), E("Saint-Caradec", "LOC"),
     E("Solène Guitton-Abdallah", "PER"), E("Kerhuel Voyages", "ORG"), E("BreizhGo", "ORG"),
     E("Ronan Kerhuel", "PER"), E("Région Bretagne", "ORG", opt=True), E("Saint-Brieuc", "LOC"),
     E("FO Transports", "ORG"), E("Mikaël Thépaut", "PER"), E("Les Estuaires", "ORG", opt=True),
     E("Noël", "MISC", opt=True), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("WhatsApp", "ORG", opt=True)],
    [
     Q(D, "Mon fils part à 6 h 50 avec la voisine, et je le récupère à 18 h 30 en sortant du travail. Ça ne peut pas durer toute l'année.", 'Solène Guitton-Abdallah', None, v='ctx'),
     Q(I, 'manquer de onze chauffeurs', 'Kerhuel Voyages', 'reconnaît'),
     Q(D, "On a publié des annonces partout, on propose de financer le permis. Personne ne vient : c'est un métier à temps partiel, avec des coupures, payé au Smic", 'Ronan Kerhuel', 'explique', v='name'),
     Q(I, 'avoir « pris la mesure du problème »', 'Région Bretagne', 'assure'),
     Q(D, 'pris la mesure du problème', 'Région Bretagne', 'assure', v='inst'),
     Q(I, "une prime de 1 500 euros pour tout nouveau conducteur recruté avant mars, et l'ouverture d'une formation accélérée à Saint-Brieuc", 'vice-président de la Région Bretagne chargé des transports', 'a annoncé', opt=True),
     Q(I, 'ces annonces arrivent tard', 'FO Transports', 'Pour'),
     Q(D, 'On alerte depuis trois ans. Les conducteurs partent à la retraite et personne ne les remplace', 'Mikaël Thépaut', 'rappelle', v='name'),
     Q(I, 'une revalorisation des salaires de 15 %', 'FO Transports', 'réclame', opt=True),
     Q(I, "une trentaine d'élèves arrivent chaque matin après la première heure de cours", 'principale du collège Les Estuaires', 'Selon'),
     Q(D, "On ne peut pas les sanctionner, ce n'est pas leur faute. Mais certains décrochent", 'principale du collège Les Estuaires', "s'alarme-t-elle", v='pron'),
     Q(I, "un « dispositif de rattrapage » sera mis en place après les vacances de Noël", "direction académique des Côtes-d'Armor", 'indique'),
     Q(D, 'dispositif de rattrapage', "direction académique des Côtes-d'Armor", 'indique', v='inst'),
     Q(I, "de bloquer la départementale 700 si aucune solution n'est trouvée avant janvier", "parents d'élèves", 'menacent', opt=True),
     Q(D, "On nous parle de primes et de formations. Nos enfants, c'est maintenant qu'ils ratent les cours", 'Solène Guitton-Abdallah', 'lance', v='name')],
    [("Le Télégramme", "| Éducation"), ("Lire aussi", "deux ans de travaux"), ("Partagez :", "WhatsApp")])


# ---------------------------------------------------------------- 12
SPEC["12_grippe_aviaire"] = (
    [E("Sud Ouest", "ORG"), E("Landes", "LOC"), E("Hagetmau", "LOC"), E("Chalosse", "LOC"),
     E("Maialen Etcheverry-Ostende", "PER"), E("Clémence Darrigrand-Fofana", "PER"),
     E("Olaberria", "PER", "Gaizka Olaberria"), E("Gaizka Olaberria", "PER"), E("Saint-Sever", "LOC"),
     E("Comité interprofessionnel des palmipèdes à foie gras", "ORG"),
     E("Cifog", "ORG", "Comité interprofessionnel des palmipèdes à foie gras"),
     E("Confédération paysanne des Landes", "ORG", opt=True), E("Jean-Mixel Harriague", "PER"),
     E("ministère de l'Agriculture", "ORG", opt=True)],
    [
     Q(D, "Le docteur Olaberria m'a regardée et m'a dit : \"On abat tout demain.\" J'ai quarante-deux mille bêtes, quinze ans de travail, et tout s'arrête en une phrase", 'Clémence Darrigrand-Fofana', 'raconte', v='role'),
     Q(D, 'On abat tout demain.', 'Gaizka Olaberria', "m'a dit", v='name'),
     Q(I, "l'abattage a été réalisé mardi et une zone de protection de trois kilomètres a été instaurée autour de l'exploitation", 'préfecture des Landes', 'Selon'),
     Q(I, 'les éleveurs du secteur à « redoubler de vigilance » et à signaler « sans attendre » toute mortalité anormale', 'préfète des Landes', 'a appelé'),
     Q(D, 'redoubler de vigilance', 'préfète des Landes', 'a appelé', v='func'),
     Q(D, 'sans attendre', 'préfète des Landes', 'a appelé', v='func'),
     Q(I, 'la vaccination « réduit fortement la circulation du virus, mais ne la supprime pas »', 'Gaizka Olaberria', 'Pour'),
     Q(D, 'réduit fortement la circulation du virus, mais ne la supprime pas', 'Gaizka Olaberria', 'Pour', v='name'),
     Q(D, "On n'a jamais promis le risque zéro. Un lot peut être contaminé par la faune sauvage, surtout en période de migration", 'Gaizka Olaberria', 'détaille-t-il', v='pron'),
     Q(I, "à l'État de maintenir la campagne de vaccination « au même niveau de prise en charge » l'an prochain", 'Cifog', 'a demandé'),
     Q(D, 'au même niveau de prise en charge', 'Cifog', 'a demandé', v='inst'),
     Q(I, 'un retour en arrière « serait une catastrophe pour toute la filière »', 'Cifog', 'Selon'),
     Q(D, 'serait une catastrophe pour toute la filière', 'Cifog', 'Selon', v='inst'),
     Q(I, 'dans ce foyer la preuve que le modèle des grands élevages « atteint ses limites »', 'Confédération paysanne des Landes', 'voit', opt=True),
     Q(D, 'atteint ses limites', 'Confédération paysanne des Landes', 'voit', v='inst'),
     Q(I, 'des bandes plus petites et des parcours plein air mieux protégés', 'Jean-Mixel Harriague', 'plaide', opt=True),
     Q(I, '97 % des foyers de la saison 2022-2023 ont été évités grâce au vaccin, et que les indemnisations seront versées « dans un délai de deux mois »', "ministère de l'Agriculture", 'rappelle'),
     Q(D, 'dans un délai de deux mois', "ministère de l'Agriculture", 'rappelle', v='inst'),
     Q(D, "Je ne veux pas revivre ça. Mais je ne sais rien faire d'autre.", 'Clémence Darrigrand-Fofana', None, v='ctx')],
    [("Sud Ouest", "› Agriculture"), ("Lire aussi", "pour les fêtes"), ("#Grippe aviaire", "#Élevage")])


if __name__ == "__main__":
    main(SPEC, HERE)
