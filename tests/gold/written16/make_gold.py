#!/usr/bin/env python3
"""make_gold.py: write the gold of tests/gold/written16 with exact offsets.

    python3 tests/gold/written16/make_gold.py          # write NAME.json, check
    python3 tests/gold/written16/make_gold.py --check  # check only, write nothing
    python3 tests/gold/written16/make_gold.py --show   # print every annotation in context

The annotations of the twelve articles (NAME.txt, written for this development
set: French politics, diplomacy and institutions as in national dailies) are
given below as strings, per ../shared/docs/ANNOTATION.md and the conventions of
README.md (which follows tests/gold/written*/README.md). The machinery
(offsets, checks, self-score, --check/--show) is tests/gold/goldspec.py. v says
how a reader finds the speaker of a scored direct quote: name, pron (pronoun),
role (role noun, party label or description standing for a named person), func
(a person known only by function), inst (institution, body or group), headline
(a headline quotation whose speaker the body gives).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from goldspec import D, E, I, Q, main  # noqa: E402

SPEC = {}

# ---------------------------------------------------------------- 01
MKD = "Maëlle Kerjean-Dufau"
ADM = "Aurélien Desfossés-Mbaye"
MS = "ministre de la Santé"
YOT = "Yannick Oberlé-Traoré"
SPEC["01_senat_deserts_medicaux"] = (
    [E("Sénat", "ORG"), E("Hortense Villeneuve-Akoka", "PER"), E(MKD, "PER"), E(ADM, "PER"),
     E("Nièvre", "LOC"), E("Assemblée nationale", "ORG"), E("Luxembourg", "LOC", opt=True),
     E("Les Républicains", "ORG"), E("Gontran de Sainte-Aulaire", "PER"), E(YOT, "PER"),
     E("Facebook", "ORG", opt=True), E("X", "ORG", opt=True)],
    [Q(D, "Nous ne voterons pas un texte vidé de sa substance", MKD, "prévient", nth=0, v="role"),
     Q(I, "une version « équilibrée » de la régulation", MKD, "a défendu", opt=True),
     Q(D, "équilibrée", MKD, "a défendu", v="name"),
     Q(D, "Nous ne voterons pas un texte vidé de sa substance, mais nous ne voterons pas non plus une contrainte qui ferait fuir les jeunes internes", MKD, "a-t-elle lancé", v="pron"),
     Q(I, "une « capitulation devant les syndicats de médecins »", ADM, "a dénoncé", opt=True),
     Q(D, "capitulation devant les syndicats de médecins", ADM, "a dénoncé", v="name"),
     Q(I, "son département comptait « moins de soixante généralistes pour deux cent mille habitants »", ADM, "a rappelé"),
     Q(D, "moins de soixante généralistes pour deux cent mille habitants", ADM, "a rappelé", v="pron"),
     Q(I, "la réécriture proposée par la droite « revient à ne rien changer »", ADM, "Selon"),
     Q(D, "revient à ne rien changer", ADM, "Selon", v="pron"),
     Q(I, "l'exécutif soutiendrait « toute mesure qui rapproche un médecin d'un patient »", MS, "a assuré"),
     Q(D, "toute mesure qui rapproche un médecin d'un patient", MS, "a assuré", v="func"),
     Q(I, "l'obligation d'installation votée par l'Assemblée nationale était « juridiquement fragile »", MS, "a toutefois jugé"),
     Q(D, "juridiquement fragile", MS, "a toutefois jugé", v="pron"),
     Q(D, "Ce texte est né d'une colère légitime, mais on ne légifère pas sous le coup de la colère.", "Gontran de Sainte-Aulaire", None, v="name"),
     Q(I, "la navette « prendra le temps qu'il faudra »", None, "glissait"),
     Q(D, "prendra le temps qu'il faudra", None, "glissait"),
     Q(I, "les sénateurs « enterraient en silence » une mesure adoptée à une large majorité", YOT, "a affirmé"),
     Q(D, "enterraient en silence", YOT, "a affirmé", v="name"),
     Q(D, "Je suis prêt à une commission mixte paritaire, mais pas à un enterrement", YOT, "a-t-il ajouté", v="pron"),
     Q(I, "une centaine d'amendements restent à examiner", "conférence des présidents", "D'après")],
    [("Politique > Parlement", "Parlement"), ("Lire aussi", "plus touchés"), ("Partager :", "E-mail")])

# ---------------------------------------------------------------- 02
SAG = "Solène Abramovici-Gautier"
TVH = "Tancrède Van Hoolandt"
SNE = "secrétaire nationale des Écologistes"
OMK = "Ondine Meyer-Kassab"
FDA = "Florian Dehaene-Aït Saïd"
SPEC["02_primaire_ecologistes"] = (
    [E("Les Écologistes", "ORG"), E("Écologistes", "ORG", "Les Écologistes"), E(SAG, "PER"), E(TVH, "PER"),
     E("Lyon", "LOC"), E("Noé Zanetti-Brun", "PER"), E("Sucrière", "LOC", opt=True), E("Français", "MISC"),
     E("Grenoble-Est", "LOC"), E("La France insoumise", "ORG"), E("Parti socialiste", "ORG"),
     E(OMK, "PER"), E("AFP", "ORG"), E(FDA, "PER")],
    [Q(I, "une « dynamique irréversible »", None, "parle", opt=True, nth=0),
     Q(D, "dynamique irréversible", None, "parle", nth=0),
     Q(I, "« une écologie qui ne s'excuse plus d'exister »", SAG, "a promis", opt=True),
     Q(D, "une écologie qui ne s'excuse plus d'exister", SAG, "a promis", v="role"),
     Q(D, "Les Français ne nous demandent pas d'être gentils, ils nous demandent d'être efficaces", SAG, "a-t-elle martelé", v="pron"),
     Q(I, "une alliance large avec La France insoumise et le Parti socialiste", TVH, "a plaidé", opt=True),
     Q(D, "On ne gagnera pas seuls. Celui qui prétend le contraire ment aux militants", TVH, "a lancé", v="role"),
     Q(I, "un accord « à n'importe quel prix » serait suicidaire", SAG, "avait jugé"),
     Q(D, "à n'importe quel prix", SAG, "avait jugé", v="role"),
     Q(I, "d'une participation « historique », avec 112 000 votants", SNE, "s'est félicitée", opt=True),
     Q(D, "historique", SNE, "s'est félicitée", v="func"),
     Q(I, "le parti « ne donnerait aucune consigne »", SNE, "a rappelé"),
     Q(D, "ne donnerait aucune consigne", SNE, "a rappelé", v="pron"),
     Q(I, "les reports de voix de la troisième candidate, Ondine Meyer-Kassab, « peuvent tout renverser »", None, "estime"),
     Q(D, "peuvent tout renverser", None, "estime"),
     Q(D, "Je parlerai mercredi, après avoir consulté mes soutiens", OMK, "a-t-elle indiqué", v="pron"),
     Q(I, "le scrutin est déjà joué", SAG, "Pour"),
     Q(D, "Les militants ont tranché dimanche dernier. Le second tour confirmera.", SAG, "Pour", v="name"),
     Q(I, "une « dynamique irréversible »", None, "évoque", opt=True, nth=1),
     Q(D, "dynamique irréversible", None, "évoque", nth=1),
     Q(I, "en 2021 « le favori des sondages avait perdu »", None, "on rappelle"),
     Q(D, "le favori des sondages avait perdu", None, "on rappelle"),
     Q(I, "le second tour « se jouera sur la question des alliances bien plus que sur le programme »", FDA, "Selon"),
     Q(D, "se jouera sur la question des alliances bien plus que sur le programme", FDA, "Selon", v="name")],
    [("Tags :", "présidentielle 2027")])

# ---------------------------------------------------------------- 03
MCE = "ministre déléguée chargée du Commerce extérieur"
HI = "homologue indonésien"
BOM = "Bertille Oyono-Marchal"
MVS = "Maximilien Van der Straeten"
SPEC["03_ministre_jakarta"] = (
    [E("Jakarta", "LOC"), E("Indonésie", "LOC"), E("Capucine Ndiaye-Verhaeghe", "PER"), E("France", "LOC"),
     E("Business France", "ORG"), E("Asie du Sud-Est", "LOC"), E("Quai d'Orsay", "ORG"), E("Paris", "LOC"),
     E("Coréens", "MISC"), E("Japonais", "MISC"), E("Océalis", "ORG"), E(BOM, "PER"), E("Surabaya", "LOC"),
     E(MVS, "PER"), E("Kuala Lumpur", "LOC"), E("Malaisie", "LOC"), E("UE", "ORG")],
    [Q(D, "un partenariat d'égal à égal", MCE, "plaide", v="func"),
     Q(D, "Nous ne venons pas vendre, nous venons construire.", MCE, None, v="func"),
     Q(I, "la France allait doubler les crédits de Business France consacrés à l'Asie du Sud-Est", MCE, "a annoncé"),
     Q(D, "Un partenariat d'égal à égal, c'est un partenariat où chacun accepte d'entendre l'autre", MCE, "a-t-elle ajouté", v="pron"),
     Q(D, "avancées concrètes", HI, "a salué", v="func"),
     Q(I, "son pays « ne renoncerait pas » à sa filière palmier", HI, "prévenant"),
     Q(D, "ne renoncerait pas", HI, "prévenant", v="func"),
     Q(I, "la réglementation européenne sur la déforestation restait « une barrière déguisée »", HI, "a affirmé"),
     Q(D, "une barrière déguisée", HI, "a affirmé", v="func"),
     Q(I, "la visite était « préparée de longue date » et qu'elle n'a rien à voir avec la signature récente d'un contrat d'armement par un concurrent allemand", "Quai d'Orsay", "on assure"),
     Q(D, "préparée de longue date", "Quai d'Orsay", "on assure", v="inst"),
     Q(D, "Paris arrive tard. Les Coréens et les Japonais sont là depuis dix ans.", None, "nuance"),
     Q(D, "Nous avons signé ce matin un protocole pour une usine de dessalement à Surabaya, s'est-elle réjouie. C'est trois ans de travail.", BOM, "s'est-elle réjouie", v="pron"),
     Q(I, "l'État doit « accompagner davantage les PME », pas seulement les grands groupes", BOM, "estime"),
     Q(D, "accompagner davantage les PME", BOM, "estime", v="role"),
     Q(I, "les échanges entre les deux pays ont progressé de 12 % en 2025", "ambassade de France", "D'après"),
     Q(I, "le chiffre « trompeur »", MVS, "juge", opt=True),
     Q(D, "trompeur", MVS, "juge", v="name"),
     Q(D, "On part de très bas.", MVS, None, v="name")],
    [("Diplomatie", "Diplomatie"), ("Lire aussi", "dans l'impasse")])

# ---------------------------------------------------------------- 04
MA = "ministre de l'Agriculture"
CE = "Commission européenne"
MN = "ministre néerlandaise"
LTH = "Ludovic Ter Haar"
AMS = "Agnieszka Morel-Sandoval"
SPEC["04_bruxelles_pac"] = (
    [E("Europe", "LOC", only=[0]), E("Europe", "MISC", opt=True, only=[1]), E("PAC", "MISC"), E("France", "LOC"),
     E("Bruxelles", "LOC"), E("Commission", "ORG", CE), E(CE, "ORG"), E("Vingt-Sept", "MISC", opt=True),
     E("Paris", "LOC"), E("Jean-Baptiste Oudin-Lamarre", "PER"), E("Justus Lipsius", "LOC", opt=True),
     E("Matignon", "ORG"), E("Pays-Bas", "LOC"), E("Suède", "LOC"), E("Parlement européen", "ORG"),
     E("Renaissance", "ORG"), E(LTH, "PER"), E("Verts", "ORG"), E(AMS, "PER"), E("FNSEA", "ORG"),
     E("Confédération paysanne", "ORG"), E("Conseil européen", "ORG")],
    [Q(D, "prend acte", CE, None, nth=0, v="inst"),
     Q(D, "La France a été entendue. Les agriculteurs ne paieront pas la facture de l'élargissement", MA, "a-t-il déclaré", v="func"),
     Q(D, "On ne pouvait pas rentrer les mains vides, pas après l'hiver dernier.", None, "résume"),
     Q(I, "le chef du gouvernement a appelé lui-même plusieurs capitales dans la nuit", None, "Selon"),
     Q(I, "l'exécutif européen « prend acte » du compromis et qu'il présenterait « en temps utile » une nouvelle proposition", CE, "a indiqué"),
     Q(D, "prend acte", CE, "a indiqué", nth=1, v="inst"),
     Q(D, "en temps utile", CE, "a indiqué", v="inst"),
     Q(D, "Paris a gagné deux ans. Ce n'est pas une réforme, c'est un report.", None, None),
     Q(I, "un accord « coûteux et sans vision »", None, "on déplore", opt=True),
     Q(D, "coûteux et sans vision", None, "on déplore", opt=True),
     Q(I, "son pays contribuait « plus qu'il ne reçoit » et qu'il ne signerait pas « un chèque en blanc »", MN, "a rappelé"),
     Q(D, "plus qu'il ne reçoit", MN, "a rappelé", v="func"),
     Q(D, "un chèque en blanc", MN, "a rappelé", v="func"),
     Q(D, "un accord de raison", LTH, "salue", v="name"),
     Q(D, "occasion manquée pour le climat", AMS, "parle", v="name"),
     Q(D, "On a protégé les plus gros exploitants, pas les plus fragiles", AMS, "a-t-elle dénoncé", v="pron"),
     Q(I, "il « ne change rien pour les petites fermes »", "Confédération paysanne", "a estimé"),
     Q(D, "ne change rien pour les petites fermes", "Confédération paysanne", "a estimé", v="inst")],
    [("Europe | Agriculture", "Agriculture"), ("Newsletter Europe", "de Bruxelles")])

# ---------------------------------------------------------------- 05
JLR = "Josépha Lanfranchi-Roux"
MOB = "Marc-Olivier Bénézech"
TA = "tribunal administratif de Cergy-Pontoise"
AKD = "Anselme Kouyaté-Dubreuil"
PVO = "préfecture du Val-d'Oise"
SPEC["05_municipales_annulees"] = (
    [E("Val-d'Oise", "LOC"), E("Saint-Brice-sous-Forêt", "LOC"), E("Cergy-Pontoise", "LOC"),
     E("Lætitia Rocheteau-Benmansour", "PER"), E(JLR, "PER"), E(MOB, "PER"), E("Conseil d'État", "ORG"),
     E("Vergers", "LOC", opt=True), E("Jules-Ferry", "ORG", opt=True), E(AKD, "PER"),
     E("Gare", "LOC", opt=True)],
    [Q(D, "un scandale démocratique", MOB, "dénonce", nth=0, v="role"),
     Q(I, "la distribution d'un tract « diffamatoire » la veille du vote avait pu « altérer la sincérité » du résultat", TA, "estimant"),
     Q(D, "diffamatoire", TA, "estimant", v="inst"),
     Q(D, "altérer la sincérité", TA, "estimant", v="inst"),
     Q(D, "C'est un scandale démocratique. Les électeurs ont voté, et trois juges décident à leur place", MOB, "a réagi", v="role"),
     Q(I, "un appel devant le Conseil d'État", MOB, "annonce", opt=True),
     Q(I, "n'avoir « jamais vu ce tract » avant le jour du scrutin", MOB, "affirme"),
     Q(D, "jamais vu ce tract", MOB, "affirme", v="pron"),
     Q(D, "Je n'ai jamais demandé qu'on me donne la mairie. J'ai demandé qu'on respecte la loi", JLR, "a déclaré", v="role"),
     Q(I, "le tract, distribué « dans toutes les boîtes aux lettres du quartier des Vergers », l'accusait faussement de vouloir fermer l'école Jules-Ferry", JLR, "assure"),
     Q(D, "dans toutes les boîtes aux lettres du quartier des Vergers", JLR, "assure", v="pron"),
     Q(I, "la décision était « parfaitement motivée »", AKD, "a estimé"),
     Q(D, "parfaitement motivée", AKD, "a estimé", v="name"),
     Q(D, "Le juge a simplement constaté ce que tout le monde savait", AKD, "a-t-il souligné", v="pron"),
     Q(I, "une délégation spéciale serait nommée « dans les prochains jours » pour gérer les affaires courantes", PVO, "a indiqué"),
     Q(D, "dans les prochains jours", PVO, "a indiqué", v="inst"),
     Q(I, "une nouvelle élection pourrait se tenir en février si l'appel n'est pas suspensif", PVO, "Selon"),
     Q(D, "On en a assez de ces histoires, on veut juste que la ville soit gérée, soupire un commerçant de la place de la Gare. Qu'ils s'arrangent entre eux.", None, "soupire")],
    [("Vie locale - Val-d'Oise", "Val-d'Oise"), ("À lire aussi", "qui revotent"), ("Partager cet article", "Partager cet article")])

# ---------------------------------------------------------------- 06
CHN = "Clothilde d'Harcourt-Nwosu"
BLG = "Baudouin Le Gallais-Moreno"
PGS = "président du groupe socialiste à l'Assemblée"
SPEC["06_portrait_deputee"] = (
    [E(CHN, "PER"), E("Seine-Saint-Denis", "LOC"), E("Raphaëlle Gimenez-Stroh", "PER"), E("Montreuil", "LOC"),
     E("Parti socialiste", "ORG"), E("LR", "ORG"), E(BLG, "PER"), E("Bobigny", "LOC"),
     E("Françoise d'Harcourt", "PER"), E("Assemblée", "ORG"), E("Théophane Oyelaran", "PER")],
    [Q(D, "ne lâche rien", BLG, None, nth=0, v="headline"),
     Q(D, "J'ai appris au barreau qu'un dossier mal préparé est un dossier perdu", CHN, "dit-elle", v="pron"),
     Q(D, "Elle ne lâche rien. Sur la taxe sur les rachats d'actions, elle nous a tenus trois nuits", BLG, "raconte", v="name"),
     Q(D, "parfois dogmatique, mais jamais approximative", BLG, "juge", v="role"),
     Q(I, "une enfant qui « argumentait sur tout, même sur l'heure du coucher »", "Françoise d'Harcourt", "se souvient", opt=True),
     Q(D, "argumentait sur tout, même sur l'heure du coucher", "Françoise d'Harcourt", "se souvient", v="name"),
     Q(D, "exigeante jusqu'à l'épuisement", None, "décrit"),
     Q(I, "de faire cavalier seul", None, "reprochent", opt=True),
     Q(I, "elle avait « toute sa place » dans l'équipe qui prépare le projet de 2027", PGS, "a pourtant assuré"),
     Q(D, "toute sa place", PGS, "a pourtant assuré", v="func"),
     Q(D, "On me dit trop dure. On ne dirait jamais ça d'un homme de mon âge", CHN, "lâche-t-elle", v="pron"),
     Q(D, "Je ne pense pas à la suite. Je pense au prochain budget.", CHN, None, v="role"),
     Q(I, "elle sera « ministre avant quarante ans »", "Théophane Oyelaran", "Pour"),
     Q(D, "ministre avant quarante ans", "Théophane Oyelaran", "Pour", v="pron")],
    [("Portrait", "Portrait")])

# ---------------------------------------------------------------- 07
VAS = "Victorine Achterberg-Salles"
EDT = "Evrard Delacroix-Tshibanda"
PGE = "présidente du groupe écologiste à l'Assemblée"
SPEC["07_analyse_remaniement"] = (
    [E("Élysée", "ORG"), E("Anatole Fontvieille", "PER"), E("Inès Bouteflika-Lagarde", "PER"),
     E("Noël", "MISC", opt=True), E("Matignon", "ORG"), E(VAS, "PER"), E("ministère de la Justice", "ORG", opt=True),
     E("Renaissance", "ORG"), E("MoDem", "ORG"), E("Horizons", "ORG"), E(EDT, "PER"), E("Assemblée", "ORG")],
    [Q(D, "rien n'est décidé", "Élysée", None, v="inst"),
     Q(D, "Rien n'est décidé, et le président n'a aucune raison de se presser", None, "assure"),
     Q(D, "On a reçu la consigne de boucler les dossiers en cours avant Noël", None, "confie"),
     Q(I, "Le Premier ministre “a la confiance du président et n’a pas l’intention de démissionner”", None, "fait-on savoir"),
     Q(D, "a la confiance du président et n'a pas l'intention de démissionner", None, "fait-on savoir"),
     Q(I, "Celui-ci a multiplié ces derniers jours les déplacements en province, signe, selon un cadre de la majorité, qu’il “veut montrer qu’il gouverne”", None, "selon"),
     Q(D, "veut montrer qu'il gouverne", None, "selon"),
     Q(I, "toute discussion", VAS, "a démenti"),
     Q(D, "Personne ne m'a appelée. Je lis la presse comme vous.", VAS, "a démenti", v="role"),
     Q(I, "qu’elle “serait évidemment disponible”", None, "reconnaît"),
     Q(D, "serait évidemment disponible", None, "reconnaît"),
     Q(I, "“un gouvernement resserré et renouvelé”", "président du MoDem", "a réclamé", opt=True),
     Q(D, "un gouvernement resserré et renouvelé", "président du MoDem", "a réclamé", v="func"),
     Q(I, "un simple jeu de chaises musicales “ne réglerait rien”", EDT, "selon"),
     Q(D, "ne réglerait rien", EDT, "selon", v="pron"),
     Q(D, "Il faut un nouveau contrat de coalition, écrit noir sur blanc, sinon nous reprendrons notre liberté", EDT, "a prévenu", v="role"),
     Q(I, "ce remaniement est “le énième épisode d’une série que plus personne ne regarde”", PGE, "Pour"),
     Q(D, "le énième épisode d'une série que plus personne ne regarde", PGE, "Pour", v="func"),
     Q(I, "aucune annonce n’interviendra avant le vote du budget, prévu le 18 décembre", None, "D’après"),
     Q(D, "Après, tout est possible", None, "sourit")],
    [("Analyse", "Analyse")])

# ---------------------------------------------------------------- 08
GFO = "Gaëtan Ferrand-Oyarzabal"
HTK = "Héloïse Tamburini-Keller"
SPEC["08_entretien_senateur"] = (
    [E(GFO, "PER"), E("Sénat", "ORG"), E("Margaux Lindqvist-Perrot", "PER"),
     E("Association des sociétés françaises d'autoroutes", "ORG"), E(HTK, "PER"), E("LR", "ORG")],
    [Q(D, "Le Sénat n'est pas une chambre d'enregistrement", GFO, None, nth=0, v="headline"),
     Q(D, "Nous n'avions pas les juristes pour lutter contre ceux d'en face.", None, "nous a dit"),
     Q(D, "rentabilité raisonnable", "président de l'Association des sociétés françaises d'autoroutes", "a parlé", v="func"),
     Q(I, "24 % de marge nette n'avait rien de raisonnable pour un service public", GFO, "Je lui ai répondu"),
     Q(I, "qu'il lirait le rapport avec attention", "ministre des Transports", "m'a assuré"),
     Q(I, "une nationalisation", HTK, "plaide", opt=True),
     Q(D, "On ne juge pas un arbre à ses fleurs, mais à ses fruits.", "grand-père de Gaëtan Ferrand-Oyarzabal", "disait", v="func"),
     Q(I, "qu'elle défendra jeudi un amendement en faveur d'une reprise publique", HTK, "confirme"),
     Q(D, "Le président est prudent, c'est son rôle. Le mien est de dire ce que les chiffres disent", HTK, "précise", v="role")],
    [("Entretien", "Entretien")])

# ---------------------------------------------------------------- 09
PLFI = "présidente du groupe LFI"
ABD = "Anthelme Bousquet-Diallo"
FC = "Ferdinand Castagnède"
EV = "Eudes Vanderbeken"
SPEC["09_budget_49_3"] = (
    [E("Assemblée nationale", "ORG"), E("Assemblée", "ORG", "Assemblée nationale"),
     E("LFI", "ORG", "La France insoumise"), E("RN", "ORG", "Rassemblement national"),
     E("Corentin Abélard-N'Guessan", "PER"), E("La France insoumise", "ORG"), E("Gers", "LOC"), E(ABD, "PER"),
     E("Rassemblement national", "ORG"), E(FC, "PER"), E("Horizons", "ORG"), E(EV, "PER"), E("Français", "MISC")],
    [Q(D, "C'est un passage en force de trop", PLFI, "a dénoncé", v="func"),
     Q(D, "Nous avons débattu pendant six semaines. Il est temps que le pays ait un budget, a-t-elle justifié. Je n'en suis pas fière, mais je l'assume.", "Première ministre", "a-t-elle justifié", v="func"),
     Q(D, "un passage en force de trop", PLFI, "y voit", nth=1, v="func"),
     Q(I, "le texte « sacrifie les collectivités »", ABD, "a estimé"),
     Q(D, "sacrifie les collectivités", ABD, "a estimé", v="name"),
     Q(I, "le groupe « n'avait pas encore tranché »", FC, "a fait savoir"),
     Q(D, "n'avait pas encore tranché", FC, "a fait savoir", v="name"),
     Q(D, "Nous regarderons ce qui a été retenu sur le pouvoir d'achat des retraités. Le reste, c'est de la cuisine", FC, "a-t-il déclaré", v="pron"),
     Q(D, "Si on vote la censure, on nous accuse de chaos ; si on ne la vote pas, on nous accuse de complicité.", None, "résume"),
     Q(D, "la majorité des Français veut de la stabilité", EV, "estime", v="role"),
     Q(I, "une censure « coûterait plusieurs milliards » à l'État en frais de financement", EV, "juge"),
     Q(D, "coûterait plusieurs milliards", EV, "juge", v="pron"),
     Q(I, "le vote pourrait intervenir en fin de soirée", "services de l'Assemblée", "Selon")],
    [("Politique - Assemblée nationale", "Assemblée nationale"), ("Lire aussi", "depuis 2022 ?")])

# ---------------------------------------------------------------- 10
PR = "président de la République"
CA = "chancelier allemand"
MAR = "ministre des Armées"
FOL = "Friedrich Oppermann-Lacaze"
HBD = "Hannelore Brückner-Dufresne"
SPEC["10_conseil_franco_allemand"] = (
    [E("Paris", "LOC"), E("Berlin", "LOC"), E("AIX-LA-CHAPELLE", "LOC", "Aix-la-Chapelle"), E("Allemagne", "LOC"),
     E("Sigrid Hallvardsen-Ruiz", "PER"), E("Europe", "LOC"), E("Quai d'Orsay", "ORG"),
     E("Süddeutsche Zeitung", "ORG"), E(FOL, "PER"), E("Institut français des relations internationales", "ORG"),
     E("OTAN", "ORG"), E(HBD, "PER"), E("Bundestag", "ORG"), E("Toulouse", "LOC"), E("AFP", "ORG")],
    [Q(D, "L'Europe de la défense n'est plus un slogan, c'est une nécessité.", PR, None, v="func"),
     Q(D, "une étape concrète", CA, "a salué", v="pron"),
     Q(I, 'son pays "n\'abandonnerait pas" ses achats d\'avions américains', CA, "rappelant"),
     Q(D, "n'abandonnerait pas", CA, "rappelant", v="pron"),
     Q(I, 'les deux industriels "ne parlaient pas encore la même langue"', MAR, "a reconnu"),
     Q(D, "ne parlaient pas encore la même langue", MAR, "a reconnu", v="func"),
     Q(D, "Nous avons perdu deux ans. Nous ne pouvons pas en perdre deux de plus", MAR, "a-t-il insisté", v="pron"),
     Q(I, 'les "progrès réels" en matière de munitions et de défense antiaérienne', "Quai d'Orsay", "on insiste", opt=True),
     Q(D, "progrès réels", "Quai d'Orsay", "on insiste", v="inst"),
     Q(I, 'Paris "veut tout diriger et tout payer à moitié"', None, "estime"),
     Q(D, "veut tout diriger et tout payer à moitié", None, "estime"),
     Q(I, 'le sommet "a surtout servi à éviter une crise"', FOL, "Pour"),
     Q(D, "a surtout servi à éviter une crise", FOL, "Pour", v="name"),
     Q(I, 'les deux capitales "n\'ont pas la même idée de l\'autonomie stratégique"', FOL, "rappelle"),
     Q(D, "n'ont pas la même idée de l'autonomie stratégique", FOL, "rappelle", v="role"),
     Q(D, "Berlin pense OTAN d'abord, Paris pense Europe d'abord. Tant que ce n'est pas tranché, chaque programme commun sera un bras de fer", FOL, "ajoute-t-il", v="pron"),
     Q(D, "un ton nouveau", HBD, "a salué", v="name"),
     Q(I, 'le Bundestag "ne signerait aucun chèque" sans contrôle parlementaire', HBD, "a toutefois prévenu"),
     Q(D, "ne signerait aucun chèque", HBD, "a toutefois prévenu", v="pron")],
    [("INTERNATIONAL", "INTERNATIONAL")])

# ---------------------------------------------------------------- 11
NT = "Nadège Tchakarova"
GLB = "Ghislain Le Bihan-Moreau"
MAJ = "Mireille Abou-Jaoudé"
PGSS = "président du groupe socialiste au Sénat"
SPEC["11_congres_ps"] = (
    [E("PS", "ORG", "Parti socialiste"), E(NT, "PER"), E("Villeurbanne-Nord", "LOC"), E(GLB, "PER"),
     E("Amaury Saint-Cyr-Boateng", "PER"), E("Parti socialiste", "ORG"), E("Solférino", "LOC", opt=True),
     E("Finistère", "LOC"), E("Bouches-du-Rhône", "LOC"), E("Nord", "LOC"), E("Hérault", "LOC"), E(MAJ, "PER"),
     E("Sénat", "ORG"), E("Noël", "MISC", opt=True), E("Killian Ouedraogo-Marchetti", "PER"), E("Quimper", "LOC")],
    [Q(D, "ne reconnaît pas", GLB, None, v="role"),
     Q(I, "des « irrégularités » dans trois fédérations", GLB, "dénonce", opt=True),
     Q(D, "irrégularités", GLB, "dénonce", nth=0, v="name"),
     Q(D, "Ce soir, ce n'est pas une moitié du parti qui gagne, c'est tout le Parti socialiste qui se remet au travail", NT, "a déclaré", v="role"),
     Q(I, "des « irrégularités graves » ont été constatées dans les fédérations des Bouches-du-Rhône, du Nord et de l'Hérault", GLB, "affirme"),
     Q(D, "irrégularités graves", GLB, "affirme", v="role"),
     Q(D, "Je ne reconnais pas ce résultat tant que la commission des conflits n'aura pas statué", GLB, "écrit", v="role"),
     Q(D, "Quand on perd de six cents voix, on cherche des coupables.", None, "balaie"),
     Q(I, "les recours « ne changeront rien »", None, "Selon"),
     Q(D, "ne changeront rien", None, "Selon"),
     Q(I, "les deux camps à « la retenue »", MAJ, "a appelé"),
     Q(D, "la retenue", MAJ, "a appelé", v="name"),
     Q(I, "le parti « ne survivra pas à un nouveau psychodrame »", MAJ, "estime"),
     Q(D, "ne survivra pas à un nouveau psychodrame", MAJ, "estime", v="pron"),
     Q(I, "la commission des conflits se prononce « avant Noël »", PGSS, "a demandé"),
     Q(D, "avant Noël", PGSS, "a demandé", v="func"),
     Q(D, "On nous avait promis un congrès apaisé. On a eu la même chose que d'habitude", "Killian Ouedraogo-Marchetti", "regrette", v="name")],
    [("Politique", "Politique")])

# ---------------------------------------------------------------- 12
ISL = "Ingrid Sørbø-Lefranc"
PHQ = "Paul-Hubert de Quatrebarbes"
PCE = "président de la commission d'enquête"
ASN = "Autorité de sûreté nucléaire"
LAK = "Louise-Amandine Kowalczyk"
NE = "Nordhavn Énergie"
SPEC["12_commission_enquete"] = (
    [E(NE, "ORG"), E(ISL, "PER"), E("Penly", "LOC"), E("Valentin Bourdais-Okafor", "PER"), E("Sénat", "ORG"),
     E(ASN, "ORG"), E(PHQ, "PER"), E("Aurore Valdeyron-Mbappé", "PER"), E(LAK, "PER"),
     E("Seine-Maritime", "LOC")],
    [Q(D, "minimisé", PCE, "accusée", nth=0, v="headline"),
     Q(I, "aucun incident « n'avait mis en danger les riverains »", ISL, "a répété"),
     Q(D, "n'avait mis en danger les riverains", ISL, "a répété", v="role"),
     Q(D, "Nous avons signalé chaque anomalie à l'Autorité de sûreté nucléaire, dans les délais", ISL, "a assuré", v="role"),
     Q(D, 'Vous écriviez vous-même : "Il faut éviter que cette fuite remonte trop vite." Comment l\'expliquez-vous ?', PHQ, "a-t-il demandé", v="pron"),
     Q(D, "Il faut éviter que cette fuite remonte trop vite.", ISL, "écriviez", v="role"),
     Q(I, "la phrase avait été « sortie de son contexte »", ISL, "a répondu"),
     Q(D, "sortie de son contexte", ISL, "a répondu", v="pron"),
     Q(I, "l'entreprise a « minimisé de façon systématique » les incidents survenus sur le site", PCE, "Selon"),
     Q(D, "minimisé de façon systématique", PCE, "Selon", v="pron"),
     Q(I, "qu'il saisirait la justice si des « éléments nouveaux » apparaissaient", PCE, "a annoncé"),
     Q(D, "éléments nouveaux", PCE, "a annoncé", v="pron"),
     Q(I, "avoir reçu les signalements, mais « avec plusieurs semaines de retard pour deux d'entre eux »", ASN, "a confirmé"),
     Q(D, "avec plusieurs semaines de retard pour deux d'entre eux", ASN, "a confirmé", v="inst"),
     Q(I, "l'exploitant avait été mis en demeure en juin", "Aurore Valdeyron-Mbappé", "a indiqué"),
     Q(D, "On nous a servi un discours de communicante. Les habitants de Penly méritent mieux", LAK, "a-t-elle lancé", v="pron"),
     Q(I, "la commission « doit aller jusqu'au bout »", LAK, "Pour"),
     Q(D, "doit aller jusqu'au bout", LAK, "Pour", v="role"),
     Q(I, "l'entreprise « coopère pleinement » avec les parlementaires", NE, "assure"),
     Q(D, "coopère pleinement", NE, "assure", v="inst")],
    [("Accueil > Politique > Sénat", "Sénat"), ("Mots-clés", "Nordhavn Énergie")])

if __name__ == "__main__":
    main(SPEC, HERE)
