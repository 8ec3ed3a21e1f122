#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/heldout20 with exact offsets.

    python3 tests/gold/heldout20/make_gold.py          # write NAME.json, check
    python3 tests/gold/heldout20/make_gold.py --check  # check only, write nothing
    python3 tests/gold/heldout20/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this blind set:
justice, police and faits divers) are given below as strings, per
../shared/docs/ANNOTATION.md and the conventions of README.md (which follows
tests/gold/written*/README.md). The machinery (offsets, checks, self-score,
--check/--show) is tests/gold/goldspec.py. v says how a reader finds the
speaker of a scored direct quote: name, pron (pronoun), role (role noun or
description standing for a named person), func (a person known only by
function), inst (institution, body or group), ctx (no cue: the context, an
alternating exchange, the previous quotation's speaker).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}


# ---------------------------------------------------------------- 01
DV = "Dragan Vukašinović"
SPEC["01_assises_rhone"] = (
    [E("Vénissieux", "LOC"), E("Rhône", "LOC"), E(DV, "PER"), E("Clémence Azoulay-Brun", "PER"),
     E("Lyon", "LOC"), E("Kévin Amarouche-Delorme", "PER"), E("Bertrand Lussault-Mervil", "PER"),
     E("Hervé Castagnède", "PER"), E("Yasmina Amarouche", "PER"), E("Ingrid Van Hecke", "PER"),
     E("Gaspard de Villechaize", "PER"), E("Villeurbanne", "LOC"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, "Je n'ai jamais voulu sa mort", DV, "répète l'accusé", nth=0, v='role'),
     Q(D, 'dans la panique', DV, 'a maintenu', v='name'),
     Q(I, "sa version d'un coup de couteau porté « dans la panique »", DV, 'a maintenu', opt=True),
     Q(D, 'Pourquoi êtes-vous allé chercher ce couteau dans votre voiture ?', 'Bertrand Lussault-Mervil', 'a demandé le magistrat', v='role'),
     Q(D, "Je voulais lui faire peur. Je n'ai jamais voulu sa mort", DV, "a répondu l'accusé", v='role'),
     Q(I, 'il ne se souvenait « de rien » après le premier coup', DV, 'a assuré'),
     Q(D, 'de rien', DV, 'a assuré', nth=0, v='pron'),
     Q(D, "Vous ne vous souvenez de rien, mais vous vous souvenez très bien avoir jeté l'arme dans le Rhône", 'Hervé Castagnède', 'a-t-il relevé', v='pron'),
     Q(I, 'la préméditation « ne fait guère de doute »', 'Hervé Castagnède', 'Selon'),
     Q(D, 'ne fait guère de doute', 'Hervé Castagnède', 'Selon', v='pron'),
     Q(D, 'anéantie', None, None, opt=True),
     Q(D, 'Ma mère ne sort plus de chez elle. Elle met encore son couvert le dimanche', 'Yasmina Amarouche', 'a-t-elle confié', v='pron'),
     Q(D, "Je veux juste savoir ce qui s'est passé.", 'Yasmina Amarouche', None, v='pron'),
     Q(I, "l'accusé « construit sa mémoire au fil des audiences »", 'Ingrid Van Hecke', 'a estimé'),
     Q(D, 'construit sa mémoire au fil des audiences', 'Ingrid Van Hecke', 'a estimé', v='name'),
     Q(I, "deux témoins avaient vu l'accusé revenir en courant vers le parking, le couteau à la main", 'Ingrid Van Hecke', 'a rappelé'),
     Q(I, 'une dispute qui a dégénéré', 'Gaspard de Villechaize', 'plaide', opt=True),
     Q(D, "Il y a eu une bagarre, il y a eu des coups des deux côtés. Mon client n'est pas un tueur", 'Gaspard de Villechaize', 'a-t-il lancé', v='pron'),
     Q(I, 'son client avait lui-même appelé les secours', 'Gaspard de Villechaize', 'a rappelé'),
     Q(I, 'la victime portait des traces de coups au visage', None, 'a indiqué'),
     Q(I, "l'accusé avait été interpellé deux jours plus tard « chez un cousin, à Villeurbanne, la valise faite »", None, 'a toutefois précisé'),
     Q(D, 'chez un cousin, à Villeurbanne, la valise faite', None, 'a toutefois précisé')],
    [("Faits divers | Justice", "Faits divers | Justice"), ("Lire aussi", "E-mail")])


# ---------------------------------------------------------------- 02
PV = "procureur de la République de Valence"
SPEC["02_conference_procureur"] = (
    [E("Drôme", "LOC"), E("Valence", "LOC"), E("VALENCE", "LOC", "Valence"), E("Fontbarlettes", "LOC"),
     E("Ambroise Kerhervé-Diallo", "PER"), E("Romans-sur-Isère", "LOC"), E("Nelson Tavares-Quintin", "PER"),
     E("office antistupéfiants", "ORG", opt=True), E("Ofast", "ORG", "office antistupéfiants"),
     E("Lyon", "LOC"), E("Évariste Lindqvist-Barrot", "PER"), E("Olinda Tavares", "PER"),
     E("CRS", "ORG", opt=True)],
    [
     Q(I, 'le suspect « a reconnu avoir tiré »', PV, 'selon'),
     Q(D, 'a reconnu avoir tiré', PV, 'selon', nth=0, v='func'),
     Q(I, 'Le suspect principal, un homme de 22 ans interpellé mercredi à Romans-sur-Isère, « a reconnu avoir tiré, tout en contestant avoir visé qui que ce soit »', PV, 'a déclaré'),
     Q(D, 'a reconnu avoir tiré, tout en contestant avoir visé qui que ce soit', PV, 'a déclaré', v='func'),
     Q(D, "scène d'une rare violence", PV, 'a décrit', v='role'),
     Q(I, "une « scène d'une rare violence » : neuf douilles ont été retrouvées au pied d'un immeuble du quartier de Fontbarlettes", PV, 'a décrit', opt=True),
     Q(D, 'Nous sommes manifestement face à un règlement de comptes lié au trafic de stupéfiants. Le point de deal visé était connu de nos services', PV, 'a-t-il affirmé', v='pron'),
     Q(I, 'La victime, Nelson Tavares-Quintin, 19 ans, n\'était « pas connue de la justice »', PV, 'a-t-il insisté'),
     Q(D, 'pas connue de la justice', PV, 'a-t-il insisté', v='pron'),
     Q(I, '« ne pas salir la mémoire » du jeune homme', PV, 'appelant à'),
     Q(D, 'ne pas salir la mémoire', PV, 'appelant à', v='pron'),
     Q(I, 'les deux blessés, âgés de 16 et 24 ans, ne sont plus en danger', 'parquet', 'Selon'),
     Q(I, 'un second homme, qui aurait conduit le véhicule, est toujours recherché', 'parquet', "D'après"),
     Q(D, 'Tous les moyens sont engagés. Nous le retrouverons', 'Évariste Lindqvist-Barrot', 'a assuré', v='name'),
     Q(D, "On m'a pris mon fils pour une histoire qui n'était pas la sienne. Il rentrait du travail", 'Olinda Tavares', 'a-t-elle dit', v='pron'),
     Q(I, 'le renforcement des patrouilles de police municipale dans le quartier et réclamé « des effectifs supplémentaires » à l\'État', 'maire de Valence', 'a annoncé', opt=True),
     Q(D, 'des effectifs supplémentaires', 'maire de Valence', 'réclamé', v='func'),
     Q(I, 'une compagnie de CRS serait déployée dès vendredi', 'préfète de la Drôme', 'a indiqué')],
    [("ACTUALITÉ > Drôme", "> Valence"), ("Lire aussi", "points de deal")])


# ---------------------------------------------------------------- 03
MG = "Matthias Grünwald-Pagès"
GA = "gendarmerie de l'Ariège"
SPEC["03_disparition_ariege"] = (
    [E("Capucine Oyarzabal", "PER"), E("Capucine", "PER", "Capucine Oyarzabal"),
     E("massif du Vicdessos", "LOC", opt=True), E("Ariège", "LOC"), E("Léontine Abgrall", "PER"),
     E("Toulouse", "LOC"), E("port de Lers", "LOC", opt=True), E("étang d'Arbu", "LOC", opt=True),
     E("Foix", "LOC"), E(MG, "PER"),
     E("peloton de gendarmerie de haute montagne", "ORG", opt=True),
     E("PGHM", "ORG", "peloton de gendarmerie de haute montagne"), E("Savignac-les-Ormeaux", "LOC"),
     E("col d'Agnès", "LOC", opt=True), E("Iñaki Oyarzabal", "PER"), E("Bayonne", "LOC"),
     E("Solène Marchetti-Ruiz", "PER")],
    [
     Q(D, "n'écartent aucune piste", 'gendarmes', None, opt=True),
     Q(D, "s'accrocher à chaque indice", 'famille', 'dit', v='inst'),
     Q(I, "la jeune femme avait prévu une boucle d'une journée vers l'étang d'Arbu", GA, 'Selon'),
     Q(D, "Nous n'écartons aucune piste, ni l'accident, ni le départ volontaire, ni l'intervention d'un tiers", MG, 'a déclaré', v='name'),
     Q(I, 'plus de 120 gendarmes, un hélicoptère et des équipes cynophiles avaient ratissé le secteur depuis dimanche', MG, 'a précisé'),
     Q(D, 'Au-dessus de 1 800 mètres, le manteau est déjà important. Si elle a chuté, elle peut être recouverte', None, 'explique'),
     Q(D, 'disparition inquiétante', None, None, opt=True),
     Q(I, 'le téléphone de la jeune femme a borné pour la dernière fois à 13h17, près du col d\'Agnès', None, "D'après"),
     Q(D, "Capucine connaît la montagne, elle n'est pas imprudente. Elle m'a envoyé une photo du lac à midi, elle riait", 'Iñaki Oyarzabal', 'raconte-t-il', v='pron'),
     Q(I, 'sa sœur “n\'avait aucune raison de partir”', 'Iñaki Oyarzabal', 'assure'),
     Q(D, "n'avait aucune raison de partir", 'Iñaki Oyarzabal', 'assure', v='role'),
     Q(I, "des moyens “à la hauteur de l'urgence” soient maintenus", 'Solène Marchetti-Ruiz', 'a demandé'),
     Q(D, "à la hauteur de l'urgence", 'Solène Marchetti-Ruiz', 'a demandé', v='name'),
     Q(D, "On ne peut pas laisser la météo décider de la suite de l'enquête, a-t-elle déclaré. Chaque jour compte.", 'Solène Marchetti-Ruiz', 'a-t-elle déclaré', v='pron'),
     Q(I, 'toute personne ayant croisé la randonneuse le 28 novembre à appeler le 17 ou le 05 61 00 00 00', GA, 'invite')],
    [("Tags :", "Montagne")])


# ---------------------------------------------------------------- 04
EL = "Erwan Le Bihan-Coadou"
AB = "Alix Benhamou-Sterckx"
SPEC["04_verdict_quimper"] = (
    [E("Finistère", "LOC"), E(EL, "PER"), E("Maëlle", "PER", "Maëlle Kervella"), E("Maëlle Kervella", "PER"),
     E("Yannick Tanguy-Obrecht", "PER"), E("QUIMPER", "LOC", "Quimper"), E("Douarnenez", "LOC"),
     E("Ghislaine Fournier-Aït Ali", "PER"), E("Annick Kervella", "PER"), E("Loïc", "PER"),
     E("Tugdual Quéméner", "PER"), E(AB, "PER"), E("Romain Ferrand", "PER"), E("Rennes", "LOC"),
     E("Claire Mahé", "PER"), E("Ille-et-Vilaine", "LOC"), E("Bretagne", "LOC")],
    [
     Q(D, 'soulagée', 'famille de Maëlle Kervella', None, opt=True),
     Q(I, 'vingt-cinq ans', 'Claire Mahé', 'avait requis', opt=True),
     Q(D, "un faisceau d'éléments graves et concordants", "cour d'assises du Finistère", 'a retenu', v='inst'),
     Q(I, "« un faisceau d'éléments graves et concordants »", "cour d'assises du Finistère", 'a retenu', opt=True),
     Q(D, 'On a enfin entendu le mot coupable. Maëlle peut reposer', 'Annick Kervella', 'a-t-elle soufflé', v='pron'),
     Q(D, 'une décision courageuse', 'Tugdual Quéméner', 'a salué', v='name'),
     Q(I, '« une décision courageuse »', 'Tugdual Quéméner', 'a salué', opt=True),
     Q(I, "les jurés avaient su « regarder au-delà de l'absence d'aveux »", 'Tugdual Quéméner', 'estimant'),
     Q(D, "regarder au-delà de l'absence d'aveux", 'Tugdual Quéméner', 'estimant', v='name'),
     Q(D, "Pendant trois ans, cette famille a entendu qu'il n'y avait pas de corps, donc pas de crime. La cour vient de dire le contraire", 'Tugdual Quéméner', 'a insisté le pénaliste brestois', v='role'),
     Q(I, 'elle ferait appel', 'défense', 'a aussitôt annoncé'),
     Q(D, "Nous sommes convaincus de l'innocence de notre client. Ce dossier est un dossier de soupçons, pas de preuves", AB, 'a déclaré', v='name'),
     Q(I, "l'enquête de la section de recherches de Rennes « s'est enfermée dès le premier jour dans une seule hypothèse »", AB, 'Selon'),
     Q(D, "s'est enfermée dès le premier jour dans une seule hypothèse", AB, 'Selon', v='pron'),
     Q(D, "incapable d'accepter une séparation", 'Claire Mahé', 'avait décrit', v='pron'),
     Q(I, "un homme « incapable d'accepter une séparation »", 'Claire Mahé', 'avait décrit', opt=True),
     Q(D, "Le silence de l'accusé n'est pas un mystère, c'est une stratégie.", 'Claire Mahé', 'avait aussi lancé', v='pron')],
    [("Justice", "Justice"), ("Lire aussi", "en Bretagne")])


# ---------------------------------------------------------------- 05
RS = "Ruben Stojanović-Leclercq"
SPEC["05_appel_douai"] = (
    [E("Nord", "LOC"), E("Zinc Bleu", "ORG"), E("Vigilance Zinc Bleu", "ORG"), E("Vieux-Lille", "LOC"),
     E(RS, "PER"), E("Douai", "LOC"), E("Héloïse Vandenberghe", "PER"), E("Zoé Karagiannis", "PER"),
     E("Ophélie Dumortier-Ba", "PER"), E("Amadou", "PER"), E("Grégoire Houplines-Maes", "PER"),
     E("Anatole Verhaeghe", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True),
     E("LinkedIn", "ORG", opt=True)],
    [
     Q(D, 'ne pas avoir vu le danger', RS, 'maintient', v='role'),
     Q(I, 'il "ne savait pas" que l\'issue de secours du sous-sol était condamnée', RS, 'a répété'),
     Q(D, 'ne savait pas', RS, 'a répété', v='pron'),
     Q(D, "Je suis responsable, je l'ai toujours dit. Mais je ne suis pas le monstre qu'on a décrit", RS, 'a déclaré le prévenu', v='role'),
     Q(I, 'pourquoi des palettes bloquaient la porte depuis des semaines', 'président', 'lui a demandé'),
     Q(D, 'Je ne descendais jamais au sous-sol. C\'était le travail du responsable de salle', RS, 'a-t-il répondu', v='pron'),
     Q(D, "Il se défausse sur un salarié qui est mort dans l'incendie", 'Zoé Karagiannis', "s'est indignée", v='name'),
     Q(I, 'la commission de sécurité avait signalé le problème "dès 2021, par écrit"', 'Zoé Karagiannis', 'Selon'),
     Q(D, 'dès 2021, par écrit', 'Zoé Karagiannis', 'Selon', v='role'),
     Q(D, "On revit tout. Mais on est là pour lui, pour qu'il ne soit pas mort pour rien", 'Ophélie Dumortier-Ba', 'dit-elle', v='pron'),
     Q(I, 'la cour "ira plus loin que le tribunal"', 'Vigilance Zinc Bleu', 'espère'),
     Q(D, 'ira plus loin que le tribunal', 'Vigilance Zinc Bleu', 'espère', v='inst'),
     Q(I, 'la peine de première instance "n\'a pas été comprise"', 'Grégoire Houplines-Maes', 'estime'),
     Q(D, "n'a pas été comprise", 'Grégoire Houplines-Maes', 'estime', v='name'),
     Q(D, 'juste mesure', 'Anatole Verhaeghe', 'plaidera', v='name'),
     Q(I, 'la "juste mesure"', 'Anatole Verhaeghe', 'plaidera', opt=True),
     Q(D, "Mon client a déjà perdu son métier, ses amis, sa réputation. Il ne demande pas l'indulgence, il demande que la justice ne se trompe pas de coupable", 'Anatole Verhaeghe', 'a-t-il confié', v='pron')],
    [("Nord | Justice", "Nord | Justice"), ("Partager :", "LinkedIn")])


# ---------------------------------------------------------------- 06
YB = "Yanis Belkacem-Trouvé"
VL = "Viviane Lecoq-Hamadi"
KO = "Karim Oulmi-Desjardins"
SPEC["06_comparution_marseille"] = (
    [E("Marseille", "LOC"), E("Orlane Dimitriou-Sabatier", "PER"), E(YB, "PER"), E("A7", "LOC", opt=True),
     E(VL, "PER"), E("Sixtine Ravanel", "PER"), E(KO, "PER"), E("Oulmi-Desjardins", "PER", KO),
     E("Bouches-du-Rhône", "LOC")],
    [
     Q(D, 'Vous trouvez ça normal, de rouler à 190 ?', VL, None, nth=0, v='ctx'),
     Q(D, 'Vous trouvez ça normal, de rouler à 190 ?', VL, None, nth=1, v='ctx'),
     Q(D, "Non, madame. J'ai paniqué.", YB, None, v='ctx'),
     Q(D, 'Paniqué de quoi ?', VL, None, v='ctx'),
     Q(D, 'Mon permis était suspendu. Je ne voulais pas perdre mon travail.', YB, None, v='ctx'),
     Q(I, 'le prévenu a frôlé un scooter et franchi deux feux rouges', 'policiers', 'Selon'),
     Q(D, "À un moment, j'ai cru qu'on allait ramasser quelqu'un.", None, 'raconte'),
     Q(I, 'dix-huit mois de prison dont douze ferme, avec mandat de dépôt', 'Sixtine Ravanel', 'a requis', opt=True),
     Q(D, "Monsieur a eu de la chance. Les autres usagers de la route aussi. La prochaine fois, il n'y aura peut-être pas de prochaine fois", 'Sixtine Ravanel', 'a-t-elle martelé', v='pron'),
     Q(I, 'le prévenu avait déjà été condamné en 2023 pour conduite sans permis', 'Sixtine Ravanel', 'a rappelé'),
     Q(D, 'hors de proportion', KO, 'a dénoncé', v='name'),
     Q(I, 'un réquisitoire « hors de proportion »', KO, 'a dénoncé', opt=True),
     Q(D, "Il a un enfant de deux ans, un CDI, un loyer. L'enfermer, c'est tout perdre pour tout le monde", KO, 'a plaidé le conseil', v='role'),
     Q(I, 'un aménagement de peine', KO, 'a demandé', opt=True),
     Q(D, 'On rentre.', YB, None, v='role'),
     Q(D, 'plutôt satisfait', KO, "s'est dit", v='name'),
     Q(D, 'humaine', KO, "s'est dit", v='name'),
     Q(I, '« plutôt satisfait » d\'une décision « humaine »', KO, "s'est dit", opt=True),
     Q(I, "Le parquet, lui, n'exclut pas de faire appel", None, 'selon')],
    [("Marseille", "Marseille"), ("Lire aussi", "Bouches-du-Rhône")])


# ---------------------------------------------------------------- 07
PL = "préfète du Loiret"
AS = "Aurélien Saint-Hilaire-Nkomo"
MM = "maire de Montargis"
SPEC["07_rixe_montargis"] = (
    [E("Montargis", "LOC"), E("Timothée Razafindrakoto", "PER"), E("Loiret", "LOC"), E(AS, "PER"),
     E("Snapchat", "ORG"), E("TikTok", "ORG"), E("Orléans", "LOC"), E("Fatou Diagne-Morel", "PER")],
    [
     Q(D, 'une réponse ferme', PL, 'promet', v='func'),
     Q(I, 'une trentaine de jeunes, certains armés de barres de fer et de couteaux, se sont affrontés pendant une dizaine de minutes', 'préfecture du Loiret', 'Selon'),
     Q(D, "Rien ne peut justifier qu'un enfant meure pour une querelle de quartier. La réponse de l'État sera ferme et immédiate", PL, 'a réagi', v='func'),
     Q(I, 'le déploiement de renforts de police dès dimanche soir', PL, 'a annoncé', opt=True),
     Q(D, 'anciennes', AS, 'a décrit', v='name'),
     Q(I, 'des tensions « anciennes » entre jeunes de deux quartiers', AS, 'a décrit', opt=True),
     Q(D, "Ces groupes se connaissent depuis l'école primaire. Ils se provoquent sur les réseaux sociaux, puis ça finit dans la rue", AS, 'a-t-il expliqué', v='pron'),
     Q(I, "plusieurs vidéos de l'affrontement circulent sur Snapchat et TikTok et « seront exploitées »", AS, "D'après"),
     Q(D, 'seront exploitées', AS, "D'après", v='pron'),
     Q(I, 'Trois mineurs de 15 à 17 ans ont été interpellés dimanche matin', "parquet d'Orléans", 'a-t-il précisé'),
     Q(D, 'effondré', MM, "s'est dit", v='func'),
     Q(D, 'Je connaissais ce garçon, il jouait au club de foot. Sa mère travaille à la mairie', MM, 'a-t-il confié', v='pron'),
     Q(D, 'On alerte depuis deux ans, personne ne nous écoute', 'Fatou Diagne-Morel', 'lâche', v='name'),
     Q(D, 'que ça recommence dès la semaine prochaine', None, 'craint')],
    [("Faits divers", "Faits divers"), ("Mots-clés", "Sécurité")])


# ---------------------------------------------------------------- 08
LS = "Laetitia Schwartzenberg"
SB = "Stéphane-Alexis Barbosa Veloso"
DA = "Delphine Ayadi"
SPEC["08_violences_metz"] = (
    [E("Metz", "LOC"), E("Gwenaëlle Oberlin", "PER"), E(LS, "PER"), E(SB, "PER"),
     E("Odile Marchand-Kessler", "PER"), E(DA, "PER"), E("Benoît Adjovi-Lamarre", "PER"),
     E("Noémie Haddad-Lévêque", "PER"), E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [
     Q(D, 'Il me disait que personne ne me croirait', LS, 'témoigne la victime', v='role'),
     Q(D, 'Il contrôlait mon téléphone, mes comptes, mes horaires. Il me disait : "Personne ne te croira, tu es folle." Pendant longtemps, je l\'ai cru', LS, 'a-t-elle raconté', v='pron'),
     Q(D, 'Personne ne te croira, tu es folle.', SB, None, v='pron'),
     Q(D, 'quelques gifles', SB, 'a reconnu', v='name'),
     Q(I, "« quelques gifles » mais contesté l'essentiel des faits", SB, 'a reconnu', opt=True),
     Q(D, "Je n'ai jamais voulu lui faire de mal. On se disputait, comme tous les couples", SB, 'a-t-il soutenu', v='pron'),
     Q(D, 'Comme tous les couples ? Vous pensez vraiment que tous les couples finissent aux urgences ?', 'Odile Marchand-Kessler', None, v='name'),
     Q(I, 'des fractures anciennes à deux côtes', 'médecin légiste', 'a relevé', opt=True),
     Q(I, 'avoir appelé la police « au moins trois fois » en 2025', None, 'a raconté'),
     Q(D, 'au moins trois fois', None, 'a raconté'),
     Q(I, 'la victime avait été « réduite au silence par la peur »', DA, 'a estimé'),
     Q(D, 'réduite au silence par la peur', DA, 'a estimé', v='name'),
     Q(I, 'trois ans de prison, dont deux ferme, et une interdiction de contact', DA, 'a requis', opt=True),
     Q(D, 'Le dossier ne repose pas sur une parole contre une autre. Il repose sur des certificats, des photos, des messages', DA, 'a insisté la magistrate', v='role'),
     Q(I, 'son client « a pris conscience de la gravité de ses actes »', 'Benoît Adjovi-Lamarre', 'Pour'),
     Q(D, 'a pris conscience de la gravité de ses actes', 'Benoît Adjovi-Lamarre', 'Pour', v='name'),
     Q(I, 'une peine aménageable', 'Benoît Adjovi-Lamarre', 'a plaidé', opt=True),
     Q(D, "qui reconnaît enfin ce qu'elle a vécu", 'Noémie Haddad-Lévêque', 'a salué', v='name'),
     Q(I, "un jugement « qui reconnaît enfin ce qu'elle a vécu »", 'Noémie Haddad-Lévêque', 'a salué', opt=True),
     Q(I, "être « soulagée d'être crue »", LS, 'a simplement dit'),
     Q(D, "soulagée d'être crue", LS, 'a simplement dit', v='role')],
    [("Metz", "Metz"), ("Si vous êtes victime", "anonyme)."), ("Partager sur Facebook", "Partager sur X")])


# ---------------------------------------------------------------- 09
OC = "Office central pour la répression de la grande délinquance financière"
PR = "procureur de la République de Rennes"
SPEC["09_faux_policiers"] = (
    [E("Rennes", "LOC"), E("Quentin Alves-Rabier", "PER"), E("Ernestine Paluku-Lagarde", "PER"),
     E(OC, "ORG"), E("OCRGDF", "ORG", OC), E("Nantes", "LOC"), E("Angers", "LOC"), E("Saint-Nazaire", "LOC"),
     E("juridiction interrégionale spécialisée", "ORG", opt=True),
     E("JIRS", "ORG", "juridiction interrégionale spécialisée"), E("Marcelle Tréguier", "PER"),
     E("Corinne", "PER")],
    [
     Q(D, 'plus de 300 victimes', 'enquêteurs', 'selon', nth=0, v='inst'),
     Q(I, '« plus de 300 victimes »', 'enquêteurs', 'selon'),
     Q(D, 'lieutenant de police', None, None, opt=True),
     Q(D, "Ils expliquaient aux victimes que leurs économies étaient menacées par des cambrioleurs et qu'un agent passerait récupérer bijoux et liquidités pour les mettre en sécurité", 'Ernestine Paluku-Lagarde', 'résume', v='name'),
     Q(I, "plus de 300 victimes ont été recensées dans douze départements, pour un préjudice estimé à 4,2 millions d'euros", 'enquêteurs', 'Selon'),
     Q(D, "un réseau structuré comme une entreprise, avec ses centres d'appels, ses ramasseurs et ses blanchisseurs", PR, 'a évoqué', v='func'),
     Q(I, "« un réseau structuré comme une entreprise, avec ses centres d'appels, ses ramasseurs et ses blanchisseurs »", PR, 'a évoqué', opt=True),
     Q(I, "les appels étaient passés depuis un centre installé à l'étranger", PR, 'a précisé'),
     Q(D, "Il était poli, bien habillé. Il m'a même montré une carte tricolore. Je lui ai offert un café", 'Marcelle Tréguier', "se souvient l'octogénaire", v='role'),
     Q(D, 'Ma mère a honte. Il faut que les gens sachent que ça peut arriver à tout le monde', 'Corinne', 'insiste-t-elle', v='pron'),
     Q(D, "un policier ne demande jamais de remettre de l'argent ou des objets de valeur", OC, 'rappelle', v='inst'),
     Q(I, 'les familles à sensibiliser leurs aînés', 'police nationale', 'appelle')],
    [("Justice | Escroqueries", "Justice | Escroqueries"), ("Lire aussi", "se protéger")])


# ---------------------------------------------------------------- 10
SF = "Sandrine Ferreira"
NF = "Noé Ferreira-Lacombe"
AP = "Agnès Pouyadou"
SPEC["10_accident_bergerac"] = (
    [E("Dordogne", "LOC"), E(NF, "PER"), E("Noé", "PER", NF), E("Bergerac", "LOC"),
     E("Margaux Delpeyrat-Ounissi", "PER"), E("route départementale 936", "LOC", opt=True),
     E("Lalinde", "LOC"), E("Périgueux", "LOC"), E(SF, "PER"), E("Joachim Labarthe-N'Diaye", "PER"),
     E("Ligue contre la violence routière", "ORG"), E(AP, "PER"), E("place Gambetta", "LOC", opt=True)],
    [
     Q(D, 'Il avait 18 ans et toute la vie devant lui', SF, None, nth=0, v='role'),
     Q(I, "l'automobiliste présentait un taux de 1,8 gramme d'alcool par litre de sang et circulait avec un permis suspendu", 'parquet de Périgueux', "D'après"),
     Q(D, "Les premiers éléments montrent un comportement d'une gravité extrême", 'procureure de la République de Périgueux', 'a indiqué', v='func'),
     Q(I, 'son placement en détention', 'procureure de la République de Périgueux', 'a requis', opt=True),
     Q(D, "Il avait 18 ans et toute la vie devant lui. Il voulait être kiné. On me l'a pris pour une soirée arrosée", SF, 'dit-elle', v='pron'),
     Q(I, "avoir appris l'accident par un ami de son fils", SF, 'explique'),
     Q(D, 'Je suis arrivée, les pompiers étaient là. Personne ne voulait me laisser approcher.', SF, None, v='ctx'),
     Q(D, "C'était un gamin solaire, toujours le premier arrivé à l'entraînement", "Joachim Labarthe-N'Diaye", 'témoigne son entraîneur', v='name'),
     Q(I, "ce drame rappelle que l'alcool reste impliqué dans près d'un accident mortel sur trois", 'Ligue contre la violence routière', 'Pour'),
     Q(I, "un contrôle systématique de l'éthylotest anti-démarrage pour les récidivistes", AP, 'plaide pour', opt=True),
     Q(D, 'On sait qui sont ces conducteurs. On les laisse repartir', AP, 'regrette-t-elle', v='pron')],
    [("Dordogne", "Dordogne"), ("Lire aussi", "en 2026")])


# ---------------------------------------------------------------- 11
HD = "Hortense Delaunay-Vidal"
MS = "maire de Saint-Dizier"
SPEC["11_incendie_ecole"] = (
    [E("Saint-Dizier", "LOC"), E("Tilleuls", "ORG", opt=True), E("Chaumont", "LOC"),
     E("Bastien Wojciechowski-Roux", "PER"), E("Vert-Bois", "LOC"), E("Sdis 52", "ORG"),
     E("Ferdinand Abouzeid-Marchal", "PER"), E(HD, "PER"), E("X", "ORG"), E("Pervenche Lamotte", "PER"),
     E("Noël", "MISC", opt=True), E("Mounir Haddou", "PER"), E("FCPE", "ORG"), E("Reims", "LOC")],
    [
     Q(D, 'volontaire', None, None, nth=0, opt=True),
     Q(D, "À notre arrivée, deux foyers distincts étaient déjà actifs, ce qui est rarement le signe d'un accident", 'Ferdinand Abouzeid-Marchal', 'a indiqué', v='name'),
     Q(I, "des traces d'hydrocarbures ont été relevées près d'une fenêtre brisée", None, 'Selon'),
     Q(I, "l'ouverture d'une enquête, confiée au commissariat de Saint-Dizier", HD, 'a confirmé', opt=True),
     Q(D, "aucune piste n'est privilégiée à ce stade", HD, 'a précisé', v='name'),
     Q(D, 'un acte lâche, qui vise nos enfants', MS, 'a dénoncé', v='func'),
     Q(I, '« un acte lâche, qui vise nos enfants »', MS, 'a dénoncé', opt=True),
     Q(I, "les 94 élèves seraient accueillis dès lundi dans les locaux d'une école voisine", MS, 'a annoncé'),
     Q(D, 'Nous reconstruirons. Mais ceux qui ont fait ça doivent être retrouvés et jugés', MS, 'a-t-il ajouté', v='pron'),
     Q(D, "J'ai passé vingt ans ici. Les dessins des enfants, les cahiers, les costumes du spectacle de Noël, tout est parti, a-t-elle murmuré. Je ne comprends pas qui peut en vouloir à une école maternelle.", 'Pervenche Lamotte', 'a-t-elle murmuré', v='pron'),
     Q(D, "On nous dit que c'est un acte isolé, mais la médiathèque a déjà été visée en septembre", 'Mounir Haddou', 'rappelle', v='name'),
     Q(D, "une cellule d'écoute pour les familles et les personnels", "rectrice de l'académie de Reims", 'a promis', v='func'),
     Q(I, "« une cellule d'écoute pour les familles et les personnels »", "rectrice de l'académie de Reims", 'a promis', opt=True)],
    [("HAUTE-MARNE", "HAUTE-MARNE"), ("Partager cet article", "Partager cet article")])


# ---------------------------------------------------------------- 12
BA = "Bérénice Aubertin-Mbeki"
VA = "Valentin Aubertin-Mbeki"
LV = "Lucien Varenne-Obradović"
CI = "Constance Ibarra-Lefort"
JO = "Jérémie Oukhellou"
FN = "Fichier national automatisé des empreintes génétiques"
SPEC["12_cold_case_besancon"] = (
    [E(BA, "PER"), E("Bérénice", "PER", BA), E("Besançon", "LOC"), E("Nanterre", "LOC"),
     E("Anne-Gaëlle Sirvent", "PER"), E("Théo Marczak", "PER"), E(VA, "PER"),
     E(FN, "MISC", opt=True), E("Fnaeg", "MISC", FN, opt=True), E(LV, "PER"), E("Doubs", "LOC"),
     E("AFP", "ORG"), E(CI, "PER"), E(JO, "PER"), E("Jean-Baptiste Mbeki", "PER")],
    [
     Q(D, 'Vingt-neuf ans. Ma sœur aurait eu cinquante ans cette année.', VA, None, v='name'),
     Q(I, "l'analyse d'une cordelette conservée sous scellé a permis d'isoler un profil génétique, qui correspond à celui d'un homme inscrit au Fichier national automatisé des empreintes génétiques (Fnaeg) depuis une condamnation en 2019", 'parquet de Nanterre', 'Selon'),
     Q(I, 'avoir connu la victime', LV, 'a d\'abord nié'),
     Q(I, "l'avoir « croisée à un arrêt de bus »", LV, 'reconnaître'),
     Q(D, 'croisée à un arrêt de bus', LV, 'reconnaître', v='pron'),
     Q(D, 'Ce n\'est pas le moment de crier victoire. Mais pour la première fois depuis 1997, la famille a un nom', CI, 'a déclaré', v='name'),
     Q(D, 'le travail obstiné', CI, 'salue', v='role'),
     Q(I, '« le travail obstiné » des enquêteurs de la section de recherches de Besançon', CI, 'salue', opt=True),
     Q(I, 'toute implication de son client', JO, 'conteste', opt=True),
     Q(D, "Un ADN sur une cordelette trente ans après, ce n'est pas une preuve de meurtre. Mon client a toujours dit qu'il ne connaissait pas cette jeune femme", JO, 'a-t-il réagi', v='pron'),
     Q(I, 'vouloir demander une contre-expertise', JO, 'dit'),
     Q(D, "Nous n'avons jamais oublié Bérénice", 'Jean-Baptiste Mbeki', 'avait confié', v='name'),
     Q(I, "« tenir jusqu'au procès, pour lui »", VA, 'promet de'),
     Q(D, "tenir jusqu'au procès, pour lui", VA, 'promet de', v='role')],
    [("Lire aussi", "Justice")])


if __name__ == "__main__":
    main(SPEC, HERE)
