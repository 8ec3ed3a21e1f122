/*
** test_ent_spans.c: where entity mentions start and end (ext/core/ent_cand.c,
** ANNOTATION.md): compounds split or kept as a reader would, names with
** digits, and what is written with capitals but names nothing (units,
** ratings, codes, counted acronyms). Sentences written for the test; the
** names are invented or generic. Types are the classifier's business and
** are checked only where the span stage decides them (SP_PRESET).
*/
#include "ent_format.h"

#include <stdio.h>
#include <stdlib.h>

#define SPANS(text, want) EXPECT_ENTS(ENT_SPANS, text, want)
#define TYPED(text, want) EXPECT_ENTS(ENT_TYPED, text, want)

static void place_compounds(void **state) {
  (void)state;
  /* two countries or cities joined by a hyphen: one place each */
  TYPED("Le match Pérou-Chili a été reporté.", "Pérou/LOC|Chili/LOC");
  TYPED("Le vol Lima-Madrid a décollé.", "Lima/LOC|Madrid/LOC");
  /* a place of its own, regions, adjectives: one name */
  SPANS("La Guinée-Bissau vote.", "Guinée-Bissau");
  /* a cardinal point closing the word: a district or constituency */
  TYPED("La maire de Lyon-Sud a parlé.", "Lyon-Sud/LOC");
  SPANS("La région Alsace-Moselle et la zone Asie-Pacifique.",
        "Alsace-Moselle|Asie-Pacifique");
  /* a compound inside a longer name stays whole */
  SPANS("Le Sommet Chine-Afrique s'ouvre.", "Sommet Chine-Afrique");
}

/* "X en commun" names a municipal list: one name, a body whatever X is;
** "en commun" before a noun is no part of it. */
static void municipal_lists(void **state) {
  (void)state;
  TYPED("La conseill\xC3\xA8re (Kervel en commun) a parl\xC3\xA9.",
        "Kervel en commun/ORG");
  SPANS("Kervel en commun accord avec Lyon.", "Kervel|Lyon");
}

/* A gathering's noun that opens a headline is capitalised by its place
** only: the name is who meets; inside a sentence it stays. */
static void gathering_headlines(void **state) {
  (void)state;
  SPANS("Congr\xC3\xA8s du PS : Marie Kerval l'emporte.", "PS|Marie Kerval");
  SPANS("Sommet de l'ONU : accord sur le climat.", "ONU");
  SPANS("Il a parl\xC3\xA9 au Sommet de l'ONU hier.", "Sommet de l'ONU");
  SPANS("Congr\xC3\xA8s des maires : le bilan.", "Congr\xC3\xA8s des maires");
}

static void cardinal_points(void **state) {
  (void)state;
  TYPED("Les pays d'Asie de l'Est et d'Asie de l'est.",
        "Asie de l'Est/LOC|Asie de l'est/LOC");
  TYPED("Il vit en Corée du nord.", "Corée du nord/LOC");
  /* a lowercase cardinal after anything else is no part of a name */
  SPANS("Le groupe Kervalan du nord recrute.", "Kervalan");
}

/* A sea, a gulf, a delta: the lowercase noun belongs to the name (ANNOTATION
** keeps "mer Noire", "golfe du Lion"); an ocean, a massif keep the name
** alone. */
static void sea_names(void **state) {
  (void)state;
  TYPED("Le cargo a coulé en mer Kervalienne.", "mer Kervalienne/LOC");
  TYPED("Les eaux du golfe du Trégor et de la mer de Glace chauffent.",
        "golfe du Trégor/LOC|mer de Glace/LOC");
  TYPED("Le riz du delta du Kerlo pousse.", "delta du Kerlo/LOC");
  SPANS("Il traverse l'océan Pacifique puis le massif des Maures.",
        "Pacifique|Maures");
}

/* A street, a square, a bridge: the bare lowercase noun belongs to the
** name, a LOC (the Wikinews gold: "le pont Mathilde"); not "place" as a
** rank ("la 6e place du Top 14"). */
static void street_names(void **state) {
  (void)state;
  TYPED("Le pont Kerlouane a brûlé près de la place Kervalia.",
        "pont Kerlouane/LOC|place Kervalia/LOC");
  TYPED("Il habite rue Jean-Kerval, près du boulevard Industriel.",
        "rue Jean-Kerval/LOC|boulevard Industriel/LOC");
  SPANS("Il remonte à la 6e place du Top 14.", "Top 14");
}

/* A lowercase particle joins the words of a person's name ("von der",
** "ben"), but a lowercase article after a name opens the next group: the
** inverted subject after a speech verb's complement. */
static void article_after_name(void **state) {
  (void)state;
  SPANS("Elle a rencontré Ursula von der Kervel hier.",
        "Ursula von der Kervel");
  SPANS("« Non », a déclaré à l'AFP la CGT-Kervel.", "AFP|CGT-Kervel");
  SPANS("« Non », a répété à Plouzanec le Haut-Commissaire.",
        "Plouzanec|Haut-Commissaire");
}

static void names_across_de(void **state) {
  (void)state;
  /* a particle between two names no lexicon knows as common or place */
  SPANS("Le navigateur Kerlouan de Pavic a chaviré.", "Kerlouan de Pavic");
  /* not after an article: a possession ("le Kervalan de Trégor") */
  SPANS("Le Kervalan de Trégor est vendu.", "Kervalan|Trégor");
  /* Title Case runs continue across de */
  SPANS("Le Comptoir Ferroviaire de Bretagne recrute.",
        "Comptoir Ferroviaire de Bretagne");
  /* after a name first, "de" gives the company's site */
  SPANS("L'usine Kerbrat Composites de Plouzanec recrute.",
        "Kerbrat Composites|Plouzanec");
  /* a capitalised common noun takes its complement */
  SPANS("Il expose au Musée des beaux-arts de Quimper.",
        "Musée des beaux-arts de Quimper");
  SPANS("Un concert au Théâtre de poche.", "Théâtre de poche");
  SPANS("Il rentre aux Pierres de Kerlaz.", "Pierres de Kerlaz");
  SPANS("Le Cercle celtique danse.", "Cercle celtique");
  SPANS("Un hélicoptère de la Prévoyance civile décolle.", "Prévoyance civile");
  /* a participle after a name no head opens says what it undergoes */
  SPANS("Une adaptation de La Kerlaverie jouée dans une grange.",
        "La Kerlaverie");
  SPANS("Les Forces armées tirent.", "Forces armées");
  /* after a lowercase noun a capital starts another name */
  SPANS("Le Conseil des ministres Jean Kerbrat a parlé.",
        "Conseil des ministres|Jean Kerbrat");
  SPANS("Le Conseil de sécurité des Nations unies s'est réuni.",
        "Conseil de sécurité des Nations unies");
  /* an adjective then de and a city: the city is apart */
  SPANS("La Commission européenne de Lisbonne a tranché.",
        "Commission européenne|Lisbonne");
  SPANS("L'Assemblée nationale du Togo a voté.", "Assemblée nationale du Togo");
  /* but a body every town has keeps its town: one name */
  SPANS("Elle enseigne au Conservatoire royal de Lisbonne depuis mai.",
        "Conservatoire royal de Lisbonne");
  SPANS("Il dirige l'Université américaine de Lisbonne.",
        "Université américaine de Lisbonne");
  /* after an adjective a capital starts another name */
  SPANS("Selon l'Autorité palestinienne Ahmed Kerrouche est parti.",
        "Autorité palestinienne|Ahmed Kerrouche");
}

/* A long institution's name runs to its end: after the head's adjective
** its complement ("de la pêche"), a second complement with its article
** ("des droits de l'enfant"), an adjective of the complement. */
static void institution_complements(void **state) {
  (void)state;
  SPANS("Selon l'Organisation mondiale de la pêche, les stocks baissent.",
        "Organisation mondiale de la pêche");
  SPANS("La Confédération générale du bâtiment appelle à la grève.",
        "Confédération générale du bâtiment");
  SPANS("La Confédération française démocratique du bâtiment proteste.",
        "Confédération française démocratique du bâtiment");
  SPANS("Un avis de l'Observatoire breton des droits de l'enfant.",
        "Observatoire breton des droits de l'enfant");
  SPANS("La Ligue des droits de l'enfant a protesté.",
        "Ligue des droits de l'enfant");
  SPANS("L'Agence internationale de l'énergie solaire a publié un avis.",
        "Agence internationale de l'énergie solaire");
  SPANS("Il dirige la Fédération internationale de pétanque depuis mars.",
        "Fédération internationale de pétanque");
  /* a place after the adjective of a complement belongs to the body */
  SPANS("L'Association des maires ruraux de Bretagne a protesté.",
        "Association des maires ruraux de Bretagne");
  /* complements joined by "et", a plural after a bare "de"; what "de
  ** la" adds after them is the parent body */
  SPANS("Le rapport du Bureau d'enquêtes et d'analyses de la DGKA est paru.",
        "Bureau d'enquêtes et d'analyses|DGKA");
  SPANS("L'Institut national de la statistique et des études économiques "
        "publie.",
        "Institut national de la statistique et des études économiques");
  /* "sur" and an article bring an event's or a body's subject */
  SPANS("Il annonce un Sommet sur l'enseignement agricole en mars.",
        "Sommet sur l'enseignement agricole");
  /* "pour" and an article bring a body's purpose after its adjective or a
  ** compound head, not after a head alone */
  SPANS("Le Fonds des Nations unies pour la pêche et le Haut-Commissariat "
        "pour les forêts aident.",
        "Fonds des Nations unies pour la pêche|"
        "Haut-Commissariat pour les forêts");
  /* an adjective whose feminine doubles its consonant (hunspell's F+:
  ** paysan, paysanne) is an adjective of the name */
  SPANS("La Confédération paysanne et l'Union muette manifestent.",
        "Confédération paysanne|Union muette");
  SPANS("Une victoire au Sénat pour les élus.", "Sénat");
  /* a lowercase word no lexicon knows that ends like a town's adjective
  ** is the name's adjective; not a verb after the name */
  SPANS("Il joue au Stade kervalais. Selon Le Courrier trélannois, il part. "
        "Le Sénat tranchait.",
        "Stade kervalais|Le Courrier trélannois|Sénat");
  /* two capitalised common words joined by "et" or "ou" name one body,
  ** unless one of them names something alone elsewhere */
  SPANS("Il dirige l'association Jardin et Partage à Kervel, le label Vent "
        "ou Marée aussi.",
        "Jardin et Partage|Kervel|Vent ou Marée");
  SPANS("Les élus Avenir et Concorde votent. Le parti Concorde proteste.",
        "Avenir|Concorde|Concorde");
  /* "pour tous" ends a name, not when "tous" governs what follows */
  SPANS("La Fondation Abri pour tous a alerté. Le collectif Vélo Libre pour "
        "tous les enfants.",
        "Fondation Abri pour tous|Vélo Libre");
  /* a compound in "anti-" after the head says what the body fights */
  SPANS("L'enquête est confiée à l'Office anti-contrefaçon puis à la Brigade "
        "anti-fraude.",
        "Office anti-contrefaçon|Brigade anti-fraude");
  /* a head that is a common noun of bodies takes its purpose alone */
  SPANS("Selon la Fondation pour le climat des familles, la Coalition pour "
        "le renouveau a voté.",
        "Fondation pour le climat des familles|Coalition pour le renouveau");
  SPANS("La Conférence mondiale sur le climat s'ouvre, il vote au Sénat pour "
        "la réforme.",
        "Conférence mondiale sur le climat|Sénat");
  /* a noun that folds like an adjective is a noun before an adjective */
  SPANS("Il ouvre le Forum mondial de langue bretonne demain.",
        "Forum mondial de langue bretonne");
  /* an infinitive after a bare "de", a noun with a complement of its
  ** own (data/ent_spanwords.txt), a city after the head's adjective */
  SPANS("Il a demandé au Conseil de statuer vite.", "Conseil");
  SPANS("Il a prié la Commission européenne de bloquer les fonds.",
        "Commission européenne");
  SPANS("Selon la Banque centrale du pays, tout va bien.", "Banque centrale");
  SPANS("L'Union européenne du fait de la crise recule.", "Union européenne");
  SPANS("Le Parlement européen de Strasbourg vote.",
        "Parlement européen|Strasbourg");
}

/* A media's name: an acronym of a word never an entity alone after a
** name ("BFM TV"), not after a common or English word. */
static void media_names(void **state) {
  (void)state;
  SPANS("Selon la chaîne KVB TV, la TV publique et la TVA baissent.", "KVB TV");
  SPANS("Il regarde Kervel TV chaque soir, mais pas le Live CD.", "Kervel TV");
}

static void english_names(void **state) {
  (void)state;
  SPANS("Elle enseigne à la University of the Highlands.",
        "University of the Highlands");
  SPANS("La Food and Drug Administration a autorisé le produit.",
        "Food and Drug Administration");
  /* the French "thé" joins nothing */
  SPANS("Il boit du thé.", "");
  /* English days and titles are no names */
  SPANS("On Friday, the Chancellor spoke.", "");
  SPANS("Le Chancellor Kerbrat a parlé.", "Kerbrat");
}

static void digits(void **state) {
  (void)state;
  SPANS("Le G5 Sahel se réunit.", "G5 Sahel");
  SPANS("Il joue en Ligue 3 et vise la CAN 2031.", "Ligue 3|CAN 2031");
  /* a place and a number: a broadcaster or an event */
  SPANS("Il regarde Norvège 24 chaque soir.", "Norvège 24");
  SPANS("Norvège 24 a diffusé le débat.", "Norvège 24");
  /* unless the number counts, scores or is an amount */
  SPANS("En Norvège 24 heures plus tard, rien.", "Norvège");
  SPANS("La Norvège 2 à 1 contre le Chili.", "Norvège|Chili");
  SPANS("La Norvège 2-1 contre le Chili.", "Norvège|Chili");
  SPANS("En Norvège 12 % des votants.", "Norvège");
  /* a number glued before capitals opens the name, not a unit */
  SPANS("La 4KX Pro sort.", "4KX Pro");
  /* a singular noun after the number is no count */
  SPANS("Une journaliste de Norvège 24 victime d'un vol.", "Norvège 24");
  /* a given name alone and a number: a product, no person */
  TYPED("Le vol de Solène 6 depuis Kourou. Une fusée Solène 6 a décollé.",
        "Solène 6/MISC|Kourou/LOC|Solène 6/MISC");
  SPANS("Il a vu Léa 12 fois.", "Léa");
  /* a mark, points, a list of names and numbers: scores, no names */
  SPANS("Les notes : Kerbrat 8/10, Morvan 7, Kerlo 6.", "Kerbrat|Morvan|Kerlo");
  SPANS("Classement : 1. Kervel 34 pts ; 2. Trélan 29 ; 3. Plouvel 27.",
        "Kervel|Trélan|Plouvel");
  /* but a league's or an event's head keeps its number in a list */
  SPANS("Il a joué en Ligue 1, Ligue 2 et Ligue 3.", "Ligue 1|Ligue 2|Ligue 3");
  /* an ordinal after a name is a minute or a rank, not part of it */
  SPANS("Essai de Kerbrat 12e, puis du Racing 92.", "Kerbrat|Racing 92");
  /* a name of two words or more keeps a year or a number of two digits,
  ** not a score, nor a number that counts what follows */
  SPANS("Le tirage de la Kerval Cup 2031 a eu lieu. Le Cercle sportif 29 "
        "bat l'Union Trélan 2 à 1 puis le Cercle Trélan 3-1.",
        "Kerval Cup 2031|Cercle sportif 29|Union Trélan|Cercle Trélan");
  SPANS("Les Jeux de Kerval 12 médailles.", "Jeux de Kerval");
}

static void not_names(void **state) {
  (void)state;
  /* a question's inversion opening a sentence: a verb and its subject */
  SPANS("Les élus votent. Est-ce suffisant ? Faut-il partir ? Peut-on rester "
        "à Kervel ?",
        "Kervel");
  /* units after a number */
  SPANS("Il fait 41,2°C à Quimper.", "Quimper");
  SPANS("Il fait 40 °C et 104 °F.", "");
  SPANS("Une centrale de 900 MW et une clé de 4 Go.", "");
  /* ratings and codes */
  SPANS("La note passe de A2 à Baa3, puis de AAA à BBB+.", "");
  SPANS("Le plan B et la vitamine C.", "");
  /* but a surname that looks like a rating is kept */
  SPANS("Amadou Ba a parlé, puis M. Ba est reparti.", "Amadou Ba|Ba");
  /* acronyms of common nouns, counted or pointed at */
  SPANS("Il a un PC protégé et ces SMS.", "");
  SPANS("Trois ONG sont venues.", "");
  /* artificial intelligence, trades, labels, school subjects and company
  ** forms are common nouns too */
  SPANS("Les modèles d'IA du BTP, en PVC, classés HQE. Le professeur d'EPS "
        "en CP, élu MVP, crée une SCIC.",
        "");
  /* a one-letter code ends a sentence: no initial of a name */
  SPANS("Voici le plan B. Trois ONG sont venues.", "");
  /* an imperative with its pronoun is a button or a start, no name */
  SPANS("Abonnez-vous. Partagez-le. Dites-moi.", "");
  SPANS("Il vit à Aix-les-Bains, pas à Bar-le-Duc.",
        "Aix-les-Bains|Bar-le-Duc");
  /* the same acronym after a definite article may be a party */
  SPANS("Le PC a voté contre.", "PC");
  /* a country's and a team's codes in a results table are no names */
  SPANS("Classement : 1. Jean Kerbrat (BEL/KVT) à 38 s. Le parti (LFI) vote.",
        "Jean Kerbrat|LFI");
  /* a site's rubric of common words joined by "&" alone on its line or
  ** between rubric marks; a brand in a sentence or of names is kept */
  SPANS("Tech & Numérique\nLe texte.\nSciences et Kerval > Nature & "
        "Environnement > Animaux\nIl achète chez Procter & Gamble.",
        "Kerval|Procter & Gamble");
  /* a team's code after a ranked name, before its time or gap; a body's
  ** acronym in prose stays */
  SPANS("Classement : 1. Kerbrat (KVT) 4 h 12 ; 2. Jean Morvan (TRL) à 14 s. "
        "Le parti (LFI) vote.",
        "Kerbrat|Jean Morvan|LFI");
  /* the labels of a breadcrumb are topics, no names */
  SPANS("Accueil > Faits divers > Justice\nAccueil / Faits divers / Kervel\n",
        "Kervel");
}

static void sentence_starts(void **state) {
  (void)state;
  /* a place in capitals alone on its line is a site's section; an
  ** agency's acronym there is a name */
  SPANS("AFRIQUE\nLe président a parlé à Lyon.\nÉCONOMIE | BRETAGNE\nAFP\n"
        "Il pleut.",
        "Lyon|AFP");
  /* a site's subscription box and reading time name nothing; a common
  ** word after the label is as ambiguous as the label, not an article */
  SPANS("Il pleut à Kervel.\nNewsletter Santé : recevez nos articles.\n"
        "Publié le 3 mars | Lecture 3 min\nNewsletter Le Courrier du Trégor "
        ": chaque jour.",
        "Kervel|Le Courrier du Trégor");
  /* a storm's noun capitalised at a sentence start is no part of the
  ** storm's name, as in a sentence */
  SPANS("Tempête Kerhina : les foyers privés. Cyclone Kerhina : l'alerte. "
        "La tempête Kerhina passe.",
        "Kerhina|Kerhina|Kerhina");
  /* an elided article belongs to a company's name, even at a start */
  SPANS("L'Oréal a vendu. Hier, L'Oréal a vendu.", "L'Oréal|L'Oréal");
  /* not to a place or an acronym */
  SPANS("L'Iran a répondu. L'OTAN aussi.", "Iran|OTAN");
  /* a given name after an agency's acronym starts the byline's person */
  SPANS("Selon AFP Jean-Marc Kerrien, le vote est reporté.",
        "AFP|Jean-Marc Kerrien");
  /* an inhabitants' noun the lexicon has as an adjective only, after an
  ** article, before a given name: two entities */
  TYPED("Le Lyonnais Nathan Morvan gagne. Hier la Portugaise Maria do "
        "Carmo Kerbrat a parlé.",
        "Lyonnais/MISC|Nathan Morvan/PER|Portugaise/MISC|Maria do Carmo "
        "Kerbrat/PER");
  /* an acronym, a name no list knows, a comma and a function: the
  ** person after the agency; a company's name is kept whole */
  SPANS("Il a réagi auprès de l'AFP Kerlana Bakkevik, directrice de l'ONG. "
        "La banque BNP Paribas, directrice du marché, a parlé.",
        "AFP|Kerlana Bakkevik|BNP Paribas");
  /* an unknown word after "de" is a place's name, then a person's */
  SPANS("Le directeur du site de Kervalan David Morvan a parlé.",
        "Kervalan|David Morvan");
  /* elsewhere nothing says the first word is no given name */
  SPANS("Il salue Kervalan David Morvan.", "Kervalan David Morvan");
  /* after a title, a capitalised common word before the given name is
  ** the person's party */
  TYPED("Sa collègue Renouveau Marie Kerbrat juge le contraire.",
        "Renouveau/ORG|Marie Kerbrat/PER");
  /* a capitalised adjective there too names the party */
  TYPED("Sa collègue Ecolo Marie Kerbrat juge le contraire.",
        "Ecolo/ORG|Marie Kerbrat/PER");
  SPANS("Le député Andrés Felipe Kerbrat a parlé.", "Andrés Felipe Kerbrat");
  /* a capitalised common noun after an article is no given name: the
  ** portfolio goes (classifier), the person stays */
  SPANS("Le ministre de la Culture Jean Kerval a parlé.", "Jean Kerval");
}

/* A team's code in brackets in a results list, before a time or a gap,
** is no name; a party's after its candidate, a body's acronym stay. */
static void result_codes(void **state) {
  (void)state;
  SPANS("Classement : 1. Kervadec (KRV) 4 h 12’ 07’’ ; 2. Morvan (TVL) à "
        "14’’ ; 3. Kerlo (ABC) à 1 min 20 s.",
        "Kervadec|Morvan|Kerlo");
  SPANS("Jean Kerval (PLR) 45,2 % devant la Banque kervalienne (BKV) à 2 %.",
        "Jean Kerval|PLR|Banque kervalienne|BKV");
}

static void bad_input(void **state) {
  (void)state;
  /* truncated forms at the end of the text never read past it */
  SPANS("Le Comptoir Ferroviaire de", "Comptoir Ferroviaire");
  SPANS("Norvège 24", "Norvège 24");
  SPANS("Pérou-", "Pérou");
  SPANS("-Chili", "Chili");
  SPANS("Il fait 40 °", "");
  SPANS("University of", "University");
  SPANS("Asie de l'", "Asie");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(place_compounds),
      cmocka_unit_test(article_after_name),
      cmocka_unit_test(cardinal_points),
      cmocka_unit_test(sea_names),
      cmocka_unit_test(street_names),
      cmocka_unit_test(result_codes),
      cmocka_unit_test(names_across_de),
      cmocka_unit_test(institution_complements),
      cmocka_unit_test(media_names),
      cmocka_unit_test(english_names),
      cmocka_unit_test(digits),
      cmocka_unit_test(municipal_lists),
      cmocka_unit_test(gathering_headlines),
      cmocka_unit_test(not_names),
      cmocka_unit_test(sentence_starts),
      cmocka_unit_test(bad_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
