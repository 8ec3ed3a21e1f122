/*
** test_ent_unseen.c: entities() on the classes of errors found on the
** second blind annotation (tests/gold/wikinews2), each with sentences
** written for the test (none taken from an article).
*/
#include "ent_format.h"

#include <stdio.h>
#include <stdlib.h>

#define EXPECT(text, want) EXPECT_ENTS(ENT_CANON, text, want)

/* An acronym and the long name it spells are one name: the stronger
** evidence types both (ent_doc.c, step 3). */
static void acronym_types_its_long_name(void **state) {
  (void)state;
  /* a programme's cue before the acronym: the English words in
  ** parentheses are no person */
  EXPECT("Il lance le programme KVE (Kervel Vorstan Engine) en 1950.",
         "KVE/MISC/Kervel Vorstan Engine|"
         "Kervel Vorstan Engine/MISC/Kervel Vorstan Engine");
  /* an acronym alone is a body, and so is the name it spells when
  ** nothing but its words speaks for that name */
  EXPECT("L'équipe joue en MKS depuis mars. Elle a rejoint la Major Kelvo "
         "Soccer (MKS) en 2010.",
         "MKS/ORG/Major Kelvo Soccer|Major Kelvo Soccer/ORG/Major Kelvo Soccer|"
         "MKS/ORG/Major Kelvo Soccer");
  /* the long name's own form still decides for the acronym */
  EXPECT("Le Front de Libération du Peuple a signé. Le FLP a tenu parole.",
         "Front de Libération du Peuple/ORG/Front de Libération du Peuple|"
         "FLP/ORG/Front de Libération du Peuple");
}

/* A noun of a thing right before a person's name: the thing is named
** after the person (ent_class.c, CUE_NEXT). */
static void things_named_after_people(void **state) {
  (void)state;
  EXPECT("Il jouait dans la série Julie Kervadec depuis 1995.",
         "Julie Kervadec/MISC/Julie Kervadec");
  EXPECT("Le ferry Pierre Loti a heurté le quai.",
         "Pierre Loti/MISC/Pierre Loti");
  /* a bridge and its town: no "Mathilde de Kervel" with a particle;
  ** the bridge's noun belongs to its name (ent_cand.c, street_head()) */
  EXPECT("Le pont Mathilde de Rouen est fermé. Le pont Mathilde rouvrira.",
         "pont Mathilde/LOC/pont Mathilde|Rouen/LOC/Rouen|"
         "pont Mathilde/LOC/pont Mathilde");
  /* a title before the name still makes a person, and so does a name
  ** after a plain preposition */
  EXPECT("Le maire Julie Kervadec a parlé.",
         "Julie Kervadec/PER/Julie Kervadec");
  EXPECT("Il a écrit à Julie Kervadec hier.",
         "Julie Kervadec/PER/Julie Kervadec");
}

/* General words of the news that were missing from the lists of data/:
** a planet, bodies of the sky, periodicals, instruments, airlines. */
static void words_of_the_lists(void **state) {
  (void)state;
  /* the planet, capitalised, is a place (the common noun is lowercase) */
  EXPECT("La sonde a quitté la Terre en mai.", "Terre/LOC/Terre");
  EXPECT("La terre a tremblé.", "");
  EXPECT("Elle brille dans la constellation du Dragon.", "Dragon/LOC/Dragon");
  EXPECT("Les résultats paraissent dans la revue Nature demain.",
         "Nature/ORG/Nature");
  EXPECT("Il écrit pour la Gazette des Sports depuis dix ans.",
         "Gazette des Sports/ORG/Gazette des Sports");
  EXPECT("Les mesures du spectrographe KARPO sont formelles.",
         "KARPO/MISC/KARPO");
  EXPECT("Il est chef de service au CHU de Kervel depuis mai.",
         "CHU de Kervel/ORG/CHU de Kervel");
  EXPECT("L'avion était exploité par Kelly Air depuis mai.",
         "Kelly Air/ORG/Kelly Air");
}

/* Bodies named by their seat, states named by their form, a function
** after "comme". */
static void seats_states_functions(void **state) {
  (void)state;
  /* a seat of power stands for the institution in it */
  EXPECT("Paris et Berlin ont interrogé le Kremlin sur ce point.",
         "Paris/LOC/Paris|Berlin/LOC/Berlin|Kremlin/ORG/Kremlin");
  EXPECT("Hier, l'Élysée a démenti.", "Élysée/ORG/Élysée");
  EXPECT("Le texte revient à Matignon demain.", "Matignon/ORG/Matignon");
  /* a federation or kingdom of a country is the country */
  EXPECT("Il remercie la Fédération de Kervalie pour son aide.",
         "Fédération de Kervalie/ORG/Fédération de Kervalie");
  EXPECT("Il remercie la Fédération de Russie pour son aide.",
         "Fédération de Russie/LOC/Fédération de Russie");
  /* "X comme successeur de Y": a function after the name */
  EXPECT("Le parti a désigné Pi Lanfeng comme successeur du président.",
         "Pi Lanfeng/PER/Pi Lanfeng");
  EXPECT("Elle cite des pays comme le Mali.", "Mali/LOC/Mali");
}

/* A site named by its domain is one name, a body. */
static void sites(void **state) {
  (void)state;
  EXPECT("Les données viennent du site Kervelwatch.org depuis mai.",
         "Kervelwatch.org/ORG/Kervelwatch.org");
  EXPECT("Il a lu Trégor.info. Puis il a dormi.",
         "Trégor.info/ORG/Trégor.info");
  /* only a domain's ending: "Lannion.orga" (scraping glued two words) */
  EXPECT("Il a quitté Lannion.orga hier.", "Lannion/LOC/Lannion");
}

/* "Mc", "Mac" then a capital is a surname's prefix, not a brand's
** CamelCase: a given name after it does not start a person. */
static void mc_names(void **state) {
  (void)state;
  EXPECT("L'avion de type McKervel Douglas KV-12 a décollé.",
         "McKervel Douglas KV-12/MISC/McKervel Douglas KV-12");
  /* a brand's CamelCase still ends the name before a person */
  EXPECT("Selon VoxaLeaks Marc Dupont ment.",
         "VoxaLeaks/ORG/VoxaLeaks|Marc Dupont/PER/Marc Dupont");
}

/* "X sans Y": a capitalised plural noun, "sans" and a plural noun name a
** body (the family of "Médecins sans frontières"). */
static void sans_bodies(void **state) {
  (void)state;
  EXPECT("Selon le rapport publié par Jardiniers sans frontières, non.",
         "Jardiniers sans frontières/ORG/Jardiniers sans frontières");
  /* not a singular, not a capitalised second noun */
  EXPECT("Il a parlé avec Jardinier sans frontières hier.", "");
}

/* Acronyms that are French words, and software after its cue. */
static void acronyms_in_prose(void **state) {
  (void)state;
  /* a word in capitals among lowercase words is an acronym, not shouting */
  EXPECT("Ils ont rejeté le traité PORTE visant les douanes.",
         "PORTE/MISC/PORTE");
  EXPECT("Hier, l'association CAMPAGNE a protesté.", "CAMPAGNE/ORG/CAMPAGNE");
  /* shouting: a run of capitals, or alone on its line */
  EXPECT("AUTRES INFOS\nIl pleut.", "");
  /* a body named by a cardinal point in capitals, after its cue */
  EXPECT("Le syndicat SUD estime que non.", "SUD/ORG/SUD");
  /* ... whose full form is its hyphenated acronym elsewhere */
  EXPECT("Le syndicat SUD-KVB a parlé. Le syndicat SUD estime que non.",
         "SUD-KVB/ORG/SUD-KVB|SUD/ORG/SUD-KVB");
  /* software after its cue */
  EXPECT("Il utilise le noyau Kervix depuis mai.", "Kervix/MISC/Kervix");
}

/* A label of common words between separators of a tag list, a menu or
** a newsletter's name is a topic, no name (ent_class.c, common_label). */
static void topic_labels(void **state) {
  (void)state;
  EXPECT("Le ministre a parlé.\nMots-clés : Énergie · Transports · "
         "Hébergement d'urgence\n",
         "");
  EXPECT("Fin.\nNewsletter Santé : recevez chaque semaine les infos.", "");
  /* a list of names in a sentence is no label */
  EXPECT("Les peintres Manet, Millet, Monet exposent.",
         "Manet/PER/Manet|Millet/PER/Millet|Monet/PER/Monet");
  /* nor a body's head with its adjective */
  EXPECT("Fin.\nTags : Conseil constitutionnel · Justice\n",
         "Conseil constitutionnel/ORG/Conseil constitutionnel");
  /* a label with a lowercase word that opens with a capital after a
  ** separator is a label too: the common word after it still is none */
  EXPECT("Fin.\nMots-clés : Conseil constitutionnel, Libertés, Emploi\n",
         "Conseil constitutionnel/ORG/Conseil constitutionnel");
  /* not when the line opens a sentence with a capitalised word */
  EXPECT("Hier les peintres Manet, Millet, Monet exposent.",
         "Manet/PER/Manet|Millet/PER/Millet|Monet/PER/Monet");
}

/* A cardinal point announces a place only through "de" ("à l'est de
** X"): "est" before a name is the verb (ent_class.c, left_cue). */
static void cardinal_only_through_de(void **state) {
  (void)state;
  EXPECT("Le vainqueur est Marc Kervadec.", "Marc Kervadec/PER/Marc Kervadec");
  EXPECT("Les troupes sont à l'est de Kervalo.", "Kervalo/LOC/Kervalo");
}

/* A name defined by a bracketed acronym runs to the bracket when its
** words spell the acronym (ent_cand.c, acronym_defined_end). */
static void names_spelled_by_their_acronym(void **state) {
  (void)state;
  EXPECT("Elle a saisi la Banque kervaloise pour la pêche et le transport "
         "(BKPT) hier.",
         "Banque kervaloise pour la pêche et le transport/ORG/"
         "Banque kervaloise pour la pêche et le transport|"
         "BKPT/ORG/Banque kervaloise pour la pêche et le transport");
  EXPECT("Selon l'Institut de chimie du sol de Kervel (ICSK), non.",
         "Institut de chimie du sol de Kervel/ORG/"
         "Institut de chimie du sol de Kervel|"
         "ICSK/ORG/Institut de chimie du sol de Kervel");
  /* an acronym written as a word takes the type of the name it spells,
  ** in all its mentions */
  EXPECT("Hier, le Conseil européen des écoles (Cédé) a parlé. La "
         "Cédé insiste.",
         "Conseil européen des écoles/ORG/"
         "Conseil européen des écoles|Cédé/ORG/Cédé|"
         "Cédé/ORG/Cédé");
  /* words that do not spell it stay apart */
  EXPECT("Selon l'Institut de chimie du sol de Kervel (XYZ), non.",
         "Institut de chimie/ORG/Institut de chimie|Kervel/LOC/Kervel|"
         "XYZ/ORG/XYZ");
}

/* An event's name of several words keeps its year (ent_cand.c). */
static void events_and_their_year(void **state) {
  (void)state;
  EXPECT("Il vise la Coupe du monde 2030 et le Festival de Kervel 2027.",
         "Coupe du monde 2030/MISC/Coupe du monde 2030|"
         "Festival de Kervel 2027/MISC/Festival de Kervel 2027");
  /* not a body's name and a year */
  EXPECT("Le Conseil de Kervel 2027 a voté.",
         "Conseil de Kervel/ORG/Conseil de Kervel");
}

/* Trades of companies before a company's name (data/ent_orgcues.txt):
** the name is a body whatever its shape. */
static void company_trades(void **state) {
  (void)state;
  EXPECT("Le motoriste Kervatec a prévenu.", "Kervatec/ORG/Kervatec");
  EXPECT("Il travaille pour l'armement Kerlouan.", "Kerlouan/ORG/Kerlouan");
}

/* A capitalised cardinal point after a definite article or alone in
** brackets is a region (ent_class.c, cardinal_region); not a direction
** (vers le Nord). */
static void cardinal_regions(void **state) {
  (void)state;
  EXPECT("Les écoles ferment dans le Nord et dans l'Est.",
         "Nord/LOC/Nord|Est/LOC/Est");
  EXPECT("Elle garde l'accent du Sud-Ouest.", "Sud-Ouest/LOC/Sud-Ouest");
  EXPECT("Il vit à Kervel (Nord) depuis mai.",
         "Kervel/LOC/Kervel|Nord/LOC/Nord");
  EXPECT("Le camion roulait vers le Nord.", "");
  /* a person named like a cardinal point does not make the region a
  ** person */
  EXPECT("Le chanteur Marc Nord a parlé des ports du Nord hier.",
         "Marc Nord/PER/Marc Nord|Nord/LOC/Nord");
}

/* A picture credit names a body and its photographer: a name there with
** no given name first is a body whatever its words, a person's name is
** taken whole (ent_cand.c, credit_open). */
static void credits(void **state) {
  (void)state;
  EXPECT("Le port de Kervel, mardi. © Le Courrier de Kervel / Josselin Clair",
         "Kervel/LOC/Kervel|Le Courrier de Kervel/ORG/Le Courrier de Kervel|"
         "Josselin Clair/PER/Josselin Clair");
  EXPECT("Les vendanges ont commencé. Photo Sud Kervel/Rémi Morvan",
         "Sud Kervel/ORG/Sud Kervel|Rémi Morvan/PER/Rémi Morvan");
  EXPECT("Le campement, lundi. © Archives Studio Kervel",
         "Studio Kervel/ORG/Studio Kervel");
}

/* A hyphenated word opened by a cardinal point is one name, not a
** cardinal point and a place (ent_cand.c, place_compound). */
static void cardinal_compounds(void **state) {
  (void)state;
  EXPECT("Le quotidien Ouest-Bretagne titre sur la grève.",
         "Ouest-Bretagne/ORG/Ouest-Bretagne");
}

/* A noun of a company's life before "de" (rachat, filiale,
** actionnaires) announces a body, not a place (data/ent_members.txt). */
static void company_nouns(void **state) {
  (void)state;
  EXPECT("Le rachat de Kervalor attendra. Kervalor a refusé.",
         "Kervalor/ORG/Kervalor|Kervalor/ORG/Kervalor");
  EXPECT("La société est une filiale de Vostrakor depuis mai.",
         "Vostrakor/ORG/Vostrakor");
}

/* A word and an acronym joined by a hyphen name a body: a union's
** branch, a team (ent_class.c, hyphen_acronym). */
static void hyphen_acronyms(void **state) {
  (void)state;
  EXPECT("Selon Anne Morel, du Kerval-CFDT, la grève continue.",
         "Anne Morel/PER/Anne Morel|Kerval-CFDT/ORG/Kerval-CFDT");
}

/* A place, de and a cardinal point name a part of that place, listed
** by the lexicon or not (ent_class.c, place_phrase). */
static void place_and_cardinal(void **state) {
  (void)state;
  EXPECT("Les pays d'Afrique de l'Est et de Sibérie de l’Ouest votent.",
         "Afrique de l'Est/LOC/Afrique de l'Est|"
         "Sibérie de l’Ouest/LOC/Sibérie de l’Ouest");
  /* a person named with a particle stays a person */
  EXPECT("Jean du Nord a parlé.", "Jean du Nord/PER/Jean du Nord");
}

/* Acronyms of common nouns are no names (data/ent_notent.txt), and one
** that names a kind of body announces the body's name (ent_class.c,
** left_cue). */
static void common_noun_acronyms(void **state) {
  (void)state;
  EXPECT("Les ONG et les Ehpad de Kervel protestent.", "Kervel/LOC/Kervel");
  EXPECT("L'ONG Kervaldo affirme que non.", "Kervaldo/ORG/Kervaldo");
}

/* A short title in quotation marks is one name of a work, article and
** all; quoted speech is none (ent_cand.c, ent_quoted_title). */
static void quoted_titles(void **state) {
  (void)state;
  EXPECT("Elle a vu « Les Heures pâles » puis « L’Écume du soir ».",
         "Les Heures pâles/MISC/Les Heures pâles|"
         "L’Écume du soir/MISC/L’Écume du soir");
  /* its words name no body nor place: Maison is a body's head, Kervel
  ** a place */
  EXPECT("Le film « La Maison sur la dune » et « Minuit à Kervel » sortent.",
         "La Maison sur la dune/MISC/La Maison sur la dune|"
         "Minuit à Kervel/MISC/Minuit à Kervel");
  /* the cue of a body before it still decides */
  EXPECT("Le journal « Le Kervel » titre sur la grève.",
         "Le Kervel/ORG/Le Kervel");
  /* someone's words: a pronoun, a verb, a place after the article */
  EXPECT("« Nous resterons unis », a dit Marc Kervel.",
         "Marc Kervel/PER/Marc Kervel");
  EXPECT("« La Bretagne gagne toujours », a dit Marc Kervel.",
         "Bretagne/LOC/Bretagne|Marc Kervel/PER/Marc Kervel");
}

/* One word in brackets after a body's name opened by its head is its
** acronym, spelled or not (ent_class.c, body_acronym). */
static void body_acronyms(void **state) {
  (void)state;
  EXPECT("La Fédération bretonne des pêcheurs (Febrep) proteste.",
         "Fédération bretonne des pêcheurs/ORG/"
         "Fédération bretonne des pêcheurs|Febrep/ORG/Febrep");
  EXPECT("L'Institut breton de recherche aérienne (KORA) publie.",
         "Institut breton de recherche aérienne/ORG/"
         "Institut breton de recherche aérienne|KORA/ORG/KORA");
}

/* A club's head word and its département's two digits is a club, not a
** competition like Ligue 1 (ent_class.c, place_number). */
static void clubs_and_departements(void **state) {
  (void)state;
  EXPECT("Le Racing 56 a battu Brest.",
         "Racing 56/ORG/Racing 56|Brest/LOC/Brest");
  EXPECT("Il joue en Ligue 2 depuis mai.", "Ligue 2/MISC/Ligue 2");
}

/* A wire's or a correspondent's dateline: a town in capitals opening a
** line, the agency in brackets or a few lowercase words, then a dash
** (ent_context.c, ent_dateline_at). */
static void datelines_with_a_dash(void **state) {
  (void)state;
  EXPECT("Un séisme.\nROME (AFP) - Un séisme a frappé.",
         "ROME/LOC/ROME|AFP/ORG/AFP");
  EXPECT("Un naufrage.\nLIMA, correspondance - Au moins dix morts.",
         "LIMA/LOC/LIMA");
}

/* A masthead opening its line keeps its article, in capitals too, up to
** the line's end or a separator (ent_cand.c, masthead_line); a place
** known with its article stays a place. */
static void mastheads(void **state) {
  (void)state;
  EXPECT("Le Matin Sportif\nTennis · Open\nUn mot.",
         "Le Matin Sportif/ORG/Le Matin Sportif|Open/MISC/Open");
  EXPECT("LA VOIX DE KERVEL\nUn mot.",
         "LA VOIX DE KERVEL/ORG/LA VOIX DE KERVEL");
  EXPECT("Le Courrier de Kervel – Faits divers\nUn mot.",
         "Le Courrier de Kervel/ORG/Le Courrier de Kervel");
  EXPECT("La Rochelle\nUn mot.", "La Rochelle/LOC/La Rochelle");
}

/* A hyphenated given name the lexicon lacks opens a person's name when
** its first part is a given name (ent_class.c, given_first). */
static void hyphenated_given_names(void **state) {
  (void)state;
  EXPECT("Le film de Paul-Henri Marteau sort.",
         "Paul-Henri Marteau/PER/Paul-Henri Marteau");
}

/* "À" opening a sentence is the preposition, a place's cue as "à" is
** (ent_class.c, left_cue; written3, written8, written10). */
static void sentence_start_a(void **state) {
  (void)state;
  EXPECT("Il pleut. À Lannévez, la rivière a débordé.",
         "Lannévez/LOC/Lannévez");
  EXPECT("Le vent a soufflé. À Morvillac, les toits ont volé.",
         "Morvillac/LOC/Morvillac");
}

/* A capitalised plural common noun opening a name, its article outside
** it, names a body (ent_class.c, group_name; written, written2, written4,
** written5, written6); a town's name that goes on with "de" and a name
** stays a place. */
static void bodies_named_by_a_plural(void **state) {
  (void)state;
  EXPECT("Le directeur des Ateliers Kervadec a signé. Les Ateliers Kervadec "
         "recrutent.",
         "Ateliers Kervadec/ORG/Ateliers Kervadec|"
         "Ateliers Kervadec/ORG/Ateliers Kervadec");
  EXPECT("La critique des Carnets du théâtre est sévère.",
         "Carnets du théâtre/ORG/Carnets du théâtre");
  EXPECT("Il habite aux Sables de Kervel.",
         "Sables de Kervel/LOC/Sables de Kervel");
}

/* A proper noun of hunspell (mostly places, also brands) governed by
** "de" after a common noun is a town ("un hangar de X": after_noun_de
** weighs more than proper_noun); not after a title and its adjective,
** where the name employs the person (written, written2, written5,
** written8, written9, written10). */
static void proper_nouns_after_noun_de(void **state) {
  (void)state;
  EXPECT("Elle travaille dans un cabinet vétérinaire d'Auray.",
         "Auray/LOC/Auray");
  EXPECT("Le corps a été retrouvé dans un hangar de Dinan.", "Dinan/LOC/Dinan");
  EXPECT("Le directeur commercial de Danone est arrivé.", "Danone/ORG/Danone");
}

/* "chez X": an employer, a publisher, a shop, when no given name opens
** the name (ent_class.c; written3, written7, written8, written10). */
static void chez_a_company(void **state) {
  (void)state;
  EXPECT("Le roman est paru chez Dravonski en mars.",
         "Dravonski/ORG/Dravonski");
  EXPECT("Les enquêteurs ont perquisitionné chez Marie Kervadec.",
         "Marie Kervadec/PER/Marie Kervadec");
}

/* A race named by two towns is one MISC when the document names an
** edition of it with its year (ent_doc.c, step 1a'; written6, written8);
** without one, "Pérou-Chili" stays two places (test_ent_spans). */
static void races_of_two_towns(void **state) {
  (void)state;
  EXPECT("Le Rennes-Angers 2030 est parti. La 5e étape de Rennes-Angers est "
         "longue. Le Dijon-Besançon passe.",
         "Rennes-Angers 2030/MISC/Rennes-Angers 2030|"
         "Rennes-Angers/MISC/Rennes-Angers|Dijon/LOC/Dijon|"
         "Besançon/LOC/Besançon");
  EXPECT("Le Bordeaux-Lille 2030 est parti. L'étape de Bordeaux-Lille est "
         "longue.",
         "Bordeaux-Lille 2030/MISC/Bordeaux-Lille 2030|"
         "Bordeaux-Lille/MISC/Bordeaux-Lille");
}

/* A lowercase particle that only persons' names hold inside ("van den",
** "bin", data/ent_spanwords.txt bit 4096) makes a person of a name whose
** first word is a common word or a place (ent_class.c, person_particle;
** written6). */
static void person_particles_inside(void **state) {
  (void)state;
  EXPECT("Les rivaux de Marbre Van der Vos et de Stalag bin Kerbala ont "
         "renoncé.",
         "Marbre Van der Vos/PER/Marbre Van der Vos|"
         "Stalag bin Kerbala/PER/Stalag bin Kerbala");
}

/* A capitalised article, a noun and only "de" and lowercase words is a
** title of a work (ent_class.c, work_complement; written4, written8,
** written10); a masthead goes on with a capital. */
static void titles_with_their_article(void **state) {
  (void)state;
  EXPECT("Elle publie vendredi La Nuit des pêcheurs, son roman. Il lit Le "
         "Courrier de la Mayenne.",
         "La Nuit des pêcheurs/MISC/La Nuit des pêcheurs|"
         "Le Courrier de la Mayenne/ORG/Le Courrier de la Mayenne");
}

/* "l'X a annoncé": the elided article before a name of one word says, as
** "le" and "la" do, that no person is named, whatever verb follows
** (ent_class.c, elided_article_before; written11, written12, wikinews). */
static void elided_article_no_person(void **state) {
  (void)state;
  EXPECT("Hier, l'Ormevia a annoncé un plan. L'Ormevia estime que tout va "
         "bien.",
         "Ormevia/ORG/Ormevia|Ormevia/ORG/Ormevia");
  /* the typographic apostrophe too */
  EXPECT("Hier, l\u2019Ormevia a annoncé un plan.", "Ormevia/ORG/Ormevia");
  /* a person's name after "d'" stays a person */
  EXPECT("Le discours d'Alain Kervadec a duré. Kervadec a déclaré non.",
         "Alain Kervadec/PER/Alain Kervadec|Kervadec/PER/Alain Kervadec");
}

/* A one-word mention typed by a cue of its own takes as canonical form
** the longer name of the same type whose first word it is, as a mention
** with no evidence does (ent_doc.c, same_type_canon). */
static void first_word_canon_with_cue(void **state) {
  (void)state;
  EXPECT("Le groupe Morvello Green Energy a racheté le site. Le groupe "
         "Morvello a salué la décision.",
         "Morvello Green Energy/ORG/Morvello Green Energy|"
         "Morvello/ORG/Morvello Green Energy");
  /* not across types */
  EXPECT("Le groupe Kervalo Conseil a signé. Le ministre Kervalo a parlé.",
         "Kervalo Conseil/ORG/Kervalo Conseil|Kervalo/PER/Kervalo");
}

/* An article and a lowercase nationality adjective right before a name
** announce a company (ent_class.c, nationality_company; written6,
** written8); the capitalised noun announces a person. */
static void nationality_adjective_company(void **state) {
  (void)state;
  EXPECT("Le contrat revient à l'américain Vendrask, selon la presse.",
         "Vendrask/ORG/Vendrask");
  EXPECT("Conakry signe avec le chinois Sorvalu un accord.",
         "Conakry/LOC/Conakry|Sorvalu/ORG/Sorvalu");
  EXPECT("Le contrat revient à l'Américain Jean Vendrask.",
         "Américain/MISC/Américain|Jean Vendrask/PER/Jean Vendrask");
}

/* A producer's, a promoter's, a label's last word names a company, not a
** work (data/ent_orgwords.txt; written6, written12). */
static void company_last_words(void **state) {
  (void)state;
  EXPECT("Le film est distribué par Morvalo Films depuis mai. La tournée, "
         "selon son tourneur, Kervadec Spectacles, est complète.",
         "Morvalo Films/ORG/Morvalo Films|"
         "Kervadec Spectacles/ORG/Kervadec Spectacles");
}

/* A list whose members repeat their article ("du X et du Y") votes as a
** bare list does, for the members with no evidence only (ent_doc.c,
** list_article). */
static void lists_with_articles(void **state) {
  (void)state;
  EXPECT("Les combats touchent les zones du Darfour et du Kervolan depuis "
         "mai.",
         "Darfour/LOC/Darfour|Kervolan/LOC/Kervolan");
  /* a country keeps its type among bodies */
  EXPECT("Elle réunit la Suisse, l'Union européenne et l'Union africaine.",
         "Suisse/LOC/Suisse|Union européenne/ORG/Union européenne|"
         "Union africaine/ORG/Union africaine");
}

/* A town takes no article: after le, la, l', du, au, aux a word no
** lexicon knows is no town, whatever its shape (ent_class.c; wikinews2,
** written3). */
/* A feast of the calendar is an event, whatever place's cue comes before
** it (data/ent_events.txt): "à Halloween" says when, not where. */
static void calendar_feasts(void **state) {
  (void)state;
  EXPECT("Trois morts lors d'une fête de Halloween à Kervel.",
         "Halloween/MISC/Halloween|Kervel/LOC/Kervel");
  EXPECT("Il reviendra à Pâques.", "Pâques/MISC/Pâques");
}

/* A storm's noun opening a headline is no part of the name but still
** names a storm: a given name after it is the storm (MISC), and so is
** every later mention of it. */
static void storm_headlines(void **state) {
  (void)state;
  EXPECT("Ouragan Sandrine : 39 morts\n\nLe passage de Sandrine a tout "
         "d\xC3\xA9truit.",
         "Sandrine/MISC/Sandrine|Sandrine/MISC/Sandrine");
}

/* After a form of address, or "de" before "d'", the particle is the
** surname's own: "M. d'Ormor" is PER "d'Ormor", with the full name of the
** document as its canonical form. */
static void civility_particles(void **state) {
  (void)state;
  EXPECT("Le d\xC3\xA9put\xC3\xA9 Anne-Laure d'Ormor parle. M. d'Ormor "
         "d\xC3\xA9"
         "fend un amendement.",
         "Anne-Laure d'Ormor/PER/Anne-Laure d'Ormor|"
         "d'Ormor/PER/Anne-Laure d'Ormor");
  EXPECT("\xC2\xAB Monsieur de Kervalec, o\xC3\xB9 est l'argent ? \xC2\xBB",
         "de Kervalec/PER/de Kervalec");
  EXPECT("Pau : 4 p\xC3\xA9nalit\xC3\xA9s de d'Ormor-Poey.",
         "Pau/LOC/Pau|d'Ormor-Poey/PER/d'Ormor-Poey");
}

/* The planets are places (data/ent_places.txt), not the given names the
** dictionary also lists them as; a person with that given name stays. */
static void planets(void **state) {
  (void)state;
  EXPECT("L'exoplan\xC3\xA8te mesure six fois la taille de Neptune.",
         "Neptune/LOC/Neptune");
  EXPECT("La sonde a survol\xC3\xA9 Jupiter puis Saturne.",
         "Jupiter/LOC/Jupiter|Saturne/LOC/Saturne");
  EXPECT("Selon V\xC3\xA9nus Kerbrat, directrice du club, tout va bien.",
         "V\xC3\xA9nus Kerbrat/PER/V\xC3\xA9nus Kerbrat");
}

/* "Wiki" and a lowercase word glued: a wiki, a body's project (ORG), even
** after "de", where an unknown word is most often a place. */
static void wiki_names(void **state) {
  (void)state;
  EXPECT("Depuis la création de Wikikerval en 2006, le site grandit.",
         "Wikikerval/ORG/Wikikerval");
}

/* A name ending with "Arena" or "Stadium" is the venue, a place, even
** when a town or a given name opens it. */
static void venues(void **state) {
  (void)state;
  EXPECT("La bousculade a eu lieu dans la salle appelée Kervel Arena hier.",
         "Kervel Arena/LOC/Kervel Arena");
  EXPECT("Le concert au Julie Kervadec Stadium est annulé.",
         "Julie Kervadec Stadium/LOC/Julie Kervadec Stadium");
}

static void no_town_after_an_article(void **state) {
  (void)state;
  EXPECT("Les fouilles de l'Ormebourg ont commencé.",
         "Ormebourg/ORG/Ormebourg");
  EXPECT("Il est né à Ormebourg en 1950.", "Ormebourg/LOC/Ormebourg");
}

/* Ouest or Est joined by a hyphen to a name, with no article before it,
** is a newspaper (ent_class.c, cardinal_title()); with one, or opening
** with Nord or Sud, a region. */
static void cardinal_newspapers(void **state) {
  (void)state;
  EXPECT("Il a accordé un entretien à Ouest-Kervel jeudi.",
         "Ouest-Kervel/ORG/Ouest-Kervel");
  EXPECT("Joint par Est-Kervel, le maire a refusé.",
         "Est-Kervel/ORG/Est-Kervel");
  EXPECT("Les pluies ont touché l'Ouest-Kervel.",
         "Ouest-Kervel/LOC/Ouest-Kervel");
  EXPECT("Il vit dans le Sud-Kervel depuis mai.", "Sud-Kervel/LOC/Sud-Kervel");
}

/* A firm named by its trade or its form before its name: a cooperative, a
** start-up, a workshop in -erie (data/ent_orgcues.txt). */
static void firms_by_trade_or_form(void **state) {
  (void)state;
  EXPECT("Mayenne : la coopérative Kervalpe ferme sa fromagerie.",
         "Mayenne/LOC/Mayenne|Kervalpe/ORG/Kervalpe");
  EXPECT("La start-up Kerbol lève trois millions d'euros.",
         "Kerbol/ORG/Kerbol");
  EXPECT("La fromagerie Kerlo-Vanneau rappelle ses fromages.",
         "Kerlo-Vanneau/ORG/Kerlo-Vanneau");
}

/* A body's noun in apposition after the name, with no definite article
** (ent_class.c, org_apposition()); not a person's trade in -eur, not a
** clause that the noun opens. */
static void body_in_apposition(void **state) {
  (void)state;
  EXPECT("La Kervalo Army, groupe armé qui tient la région, a nié.",
         "Kervalo Army/ORG/Kervalo Army");
  EXPECT("Le Kerbashi, quotidien économique, s'inquiète.",
         "Kerbashi/ORG/Kerbashi");
  EXPECT("Jean Kerval, transporteur depuis vingt ans, attend.",
         "Jean Kerval/PER/Jean Kerval");
}

/* "à l'" before a word that hunspell capitalises as a noun and no
** gazetteer lists is a body's (ent_class.c, at_the_body()): hunspell's
** acronyms written as words; a region takes "en" (the lexicon's own words
** here: no name from an article). */
static void at_the_body(void **state) {
  (void)state;
  EXPECT("Il a travaillé dix ans à l'Afnor.", "Afnor/ORG/Afnor");
  EXPECT("Ancien chercheur à l'Afnor, il a fondé sa société.",
         "Afnor/ORG/Afnor");
  EXPECT("Il a grandi en Alsace.", "Alsace/LOC/Alsace");
  EXPECT("Le soutien à l'Ukraine continue.", "Ukraine/LOC/Ukraine");
}

/* An ampersand inside a name makes a body (ent_class.c,
** ampersand_inside()), not a person nor a work. */
static void ampersand_bodies(void **state) {
  (void)state;
  EXPECT("Il s'est engagé avec Kerlan & Hove Albion lundi.",
         "Kerlan & Hove Albion/ORG/Kerlan & Hove Albion");
  EXPECT("La note a été relevée par K&P Global en décembre.",
         "K&P Global/ORG/K&P Global");
}

/* A town whose name is also the plural of a people's word the lexicon
** derived is the town without a plural article before it (ent_class.c,
** the demonym feature; the lexicon's own word here). */
static void towns_named_like_peoples(void **state) {
  (void)state;
  EXPECT("Il a fait la route jusqu'à Saintes hier.", "Saintes/LOC/Saintes");
  EXPECT("Une infirmière de Saintes témoigne.", "Saintes/LOC/Saintes");
}

/* Towns geonames names in English only, the name French uses too, and
** hunspell's proper nouns that a geonames name of any locale or a long
** French name spells (tools/gen_entlex.c, read_city_base()): places, no
** longer bodies by the proper-noun default. */
static void towns_of_geonames(void **state) {
  (void)state;
  EXPECT("Depuis mardi, Kharkov tient bon et Montgeron reste calme.",
         "Kharkov/LOC/Kharkov|Montgeron/LOC/Montgeron");
  EXPECT("Le cortège a relié Fontenay en deux heures.",
         "Fontenay/LOC/Fontenay");
}

/* A word no lexicon knows that speaks (a verb of saying after it,
** "selon" before it) is no town by its shape (ent_class.c,
** source_not_town()): a body or a paper; one that does not speak keeps
** its place's shape. */
static void sources_are_no_towns(void **state) {
  (void)state;
  EXPECT("Selon Trévalbourg, la loi est mauvaise.",
         "Trévalbourg/ORG/Trévalbourg");
  EXPECT("Hier, Trévalbourg évoque une merveille.",
         "Trévalbourg/ORG/Trévalbourg");
  EXPECT("Hier, Trévalbourg a fermé.", "Trévalbourg/LOC/Trévalbourg");
}

/* A word hunspell capitalises as a noun, no gazetteer lists, after its
** article and before a verb of saying (over an incise) is a body
** (ent_class.c, capnom_speaks()); not the complement of another noun. */
static void capnom_bodies_speak(void **state) {
  (void)state;
  EXPECT("L'Afnor, de son côté, estime que la norme doit changer.",
         "Afnor/ORG/Afnor");
  EXPECT("Les pêcheurs des Baléares ont signalé des pertes.",
         "Baléares/LOC/Baléares");
}

/* A short acronym right after a title is the party or union of the
** person the title announces, not the person (ent_class.c,
** party_after_title()); a surname in capitals stays a person. */
static void party_after_a_title(void **state) {
  (void)state;
  EXPECT("Le sénateur KRP Jean Kervel a voté contre.",
         "KRP/ORG/KRP|Jean Kervel/PER/Jean Kervel");
  EXPECT("Le maire PKV a parlé. Le PKV a gagné.", "PKV/ORG/PKV|PKV/ORG/PKV");
  EXPECT("Elle a écrit au député KERVADEC hier.", "KERVADEC/PER/KERVADEC");
}

/* "les salariés de X": a word no lexicon knows there is as often the
** site, a town named for its plant, as the company; the document's other
** mentions decide (ent_class.c, staff_of_site()). */
static void staff_of_a_site(void **state) {
  (void)state;
  EXPECT("Les salariés de Kerdouvrin sont en grève à Kerdouvrin.",
         "Kerdouvrin/LOC/Kerdouvrin|Kerdouvrin/LOC/Kerdouvrin");
  EXPECT("Notre usine de Kerpédro tourne. Les salariés de Kerpédro "
         "cesseront le travail.",
         "Kerpédro/LOC/Kerpédro|Kerpédro/LOC/Kerpédro");
  /* alone, or a word a lexicon knows: the company */
  EXPECT("Les salariés de Valmétor ont voté.", "Valmétor/ORG/Valmétor");
  EXPECT("Les salariés de Renault ont voté.", "Renault/ORG/Renault");
}

/* "du Kvis 83": after an article, a short word no lexicon knows and a
** département's two digits name the département's service, a body
** (ent_class.c, dept_service()); one digit, capitals or no article
** leave a product or a competition. */
static void departement_services(void **state) {
  (void)state;
  EXPECT("Le lieutenant du Kvis 83 a parlé.", "Kvis 83/ORG/Kvis 83");
  EXPECT("Les pompiers du Kvis 29 ont éteint le feu. Le Kvis 29 a dit.",
         "Kvis 29/ORG/Kvis 29|Kvis 29/ORG/Kvis 29");
  EXPECT("Il joue à Kifa 23 depuis lundi.", "Kifa 23/MISC/Kifa 23");
  EXPECT("Le lancement du Kalcon 9 a eu lieu.", "Kalcon 9/MISC/Kalcon 9");
}

/* A capitalised common noun or a people's noun after a verb of saying
** and "au", "aux" is the newspaper spoken to (ent_class.c,
** speech_to_medium()); a people in the plural is spoken to. */
static void newspaper_spoken_to(void **state) {
  (void)state;
  EXPECT("Elle a indiqué au Temps que le budget tiendra.", "Temps/ORG/Temps");
  EXPECT("Il a assuré au Parisien que rien ne change.",
         "Parisien/ORG/Parisien");
  EXPECT("Il a promis aux Français que rien ne change.",
         "Français/MISC/Français");
}

/* English words that close a firm's or a body's name
** (data/ent_orgwords.txt): two unknown capitalised words were a person. */
static void english_body_words(void **state) {
  (void)state;
  EXPECT("Selon Kerval Rights Watch, les civils ont fui.",
         "Kerval Rights Watch/ORG/Kerval Rights Watch");
  EXPECT("L'économiste de Morvan Economics juge que non.",
         "Morvan Economics/ORG/Morvan Economics");
}

/* The age or the function in apposition after "de X" belongs to the title
** before "de" (ent_class.c, apposition_of_holder()): X is the place. */
static void apposition_of_the_holder(void **state) {
  (void)state;
  EXPECT("Le maire de Kerlouan, 61 ans, est poursuivi. Il vit à Kerlouan.",
         "Kerlouan/LOC/Kerlouan|Kerlouan/LOC/Kerlouan");
  EXPECT("Le meurtre de Dylan Kervel, 18 ans, choque.",
         "Dylan Kervel/PER/Dylan Kervel");
}

/* A capitalised noun-adjective ending like a noun of inhabitants, alone
** after an article, is one (MISC), though the lexicon derives it from no
** place; a hamlet in -arde stays out. */
static void inhabitant_nouns(void **state) {
  (void)state;
  EXPECT("Hier, le Dijonnais a gagné. Les Niçois ont perdu contre la "
         "Rouennaise.",
         "Dijonnais/MISC/Dijonnais|Niçois/MISC/Niçois|Rouennaise/MISC/"
         "Rouennaise");
  EXPECT("Les hameaux de la Bavarde ont brûlé.", "");
}

/* The same noun when no lexicon knows the word: after a plural article
** (at a sentence start, where group_plural does not see it), or with a
** feminine ending; a masculine one after "le" may be a region
** and stays a place or a body. */
static void unknown_inhabitant_nouns(void **state) {
  (void)state;
  EXPECT("Les Kervellois ont gagné. Puis la Trégastoise a perdu.",
         "Kervellois/MISC/Kervellois|Trégastoise/MISC/Trégastoise");
}

/* The names a match report lists after a scoring action, in brackets or
** after "de", are its players, though no lexicon knows them. */
static void scorers_of_a_match(void **state) {
  (void)state;
  EXPECT("Bilan : 2 essais (Kervalec, Trémaud), 3 pénalités de Ploumaëc.",
         "Kervalec/PER/Kervalec|Trémaud/PER/Trémaud|Ploumaëc/PER/Ploumaëc");
}

/* A longer name that is a person only by default (unknown capitalised
** words) does not make a place of the lexicon, alone, a person. */
static void default_person_keeps_place(void **state) {
  (void)state;
  EXPECT("Kervalec Ploumaëc Gironde titre sur la crue. La Gironde attend.",
         "Kervalec Ploumaëc Gironde/PER/Kervalec Ploumaëc Gironde|"
         "Gironde/LOC/Gironde");
}

/* A "+" glued at the end of a name makes a channel or a service, a body,
** whatever its words; not "Bac+5" or a grade. */
static void plus_brands(void **state) {
  (void)state;
  EXPECT("Kervel+ diffuse le match. Il parle au micro de Canal+ et de "
         "Tempo+, avec un Bac+5 et la note B+.",
         "Kervel+/ORG/Kervel+|Canal+/ORG/Canal+|Tempo+/ORG/Tempo+");
}

/* Lowercase words between a body's name and a bracketed acronym that
** opens with the head's letter belong to the name, though the acronym
** spells them loosely; not when the letters differ. */
static void loose_acronym_bodies(void **state) {
  (void)state;
  EXPECT("Selon l'Institut d'études de la pêche (IFS), le stock baisse.",
         "Institut d'études de la pêche/ORG/Institut d'études de la pêche|"
         "IFS/ORG/IFS");
  EXPECT("Le Bureau d'enquêtes sur les accidents de mer (BEAmer) enquête.",
         "Bureau d'enquêtes sur les accidents de mer/ORG/Bureau d'enquêtes "
         "sur les accidents de mer|BEAmer/ORG/BEAmer");
  EXPECT("Le Bureau des pêches aide les marins (KVL) hier.",
         "Bureau des pêches/ORG/Bureau des pêches|KVL/ORG/KVL");
}

/* The portfolio of a holder whose title holds no "minist" is no name;
** a person after "la garde rapprochée de" stays one. */
static void portfolios_of_other_holders(void **state) {
  (void)state;
  EXPECT("Le garde des Sceaux et le vice-ministre de l'Agriculture, Ivo "
         "Kervel, parlent à la commissaire européenne aux Affaires "
         "intérieures.",
         "Ivo Kervel/PER/Ivo Kervel");
  EXPECT("La garde rapprochée de Ivo Kervel veille.",
         "Ivo Kervel/PER/Ivo Kervel");
}

/* "aux" and a plural noun bring a body's purpose after its adjective
** (with a complement) or its compound head; not a complement of the
** sentence, nor the body of a title cut off. */
static void purpose_after_aux(void **state) {
  (void)state;
  EXPECT("Le Bureau kervalien aux droits de la pêche a parlé.",
         "Bureau kervalien aux droits de la pêche/ORG/Bureau kervalien aux "
         "droits de la pêche");
  EXPECT("Le Haut-Commissariat aux réfugiés parle.",
         "Haut-Commissariat aux réfugiés/ORG/Haut-Commissariat aux réfugiés");
  EXPECT("Hier, la Commission européenne aux ministres a écrit.",
         "Commission européenne/ORG/Commission européenne");
}

/* A byline's "Par" opening its line: a given name that is also a common
** word opens the author's name; elsewhere on a Title Case line it does
** not. */
static void byline_given_common(void **state) {
  (void)state;
  EXPECT("Le texte passe.\n\nPar Aurélie Tonneau\nPublié le 1er "
         "décembre\n\nIl part.",
         "Aurélie Tonneau/PER/Aurélie Tonneau");
}

/* A given name that is a common word too, alone at a sentence start, is
** the person the document names in full; with no such person it is no
** name. */
static void given_common_alone(void **state) {
  (void)state;
  EXPECT("Rose Kervadec chante. « Rose, c'est une voix », dit-il.",
         "Rose Kervadec/PER/Rose Kervadec|Rose/PER/Rose Kervadec");
  EXPECT("Le jardin fleurit. Rose est une fleur.", "");
}

/* A country's name of several words whose first is a common word (or a
** word never a name alone) is kept at a line's start, in a tag line and
** before its complements. */
static void countries_of_common_words(void **state) {
  (void)state;
  EXPECT("Il part.\nCôte d'Ivoire : le vote.\nTags : Côte d'Ivoire | "
         "Cacao",
         "Côte d'Ivoire/LOC/Côte d'Ivoire|Côte d'Ivoire/LOC/Côte d'Ivoire");
  EXPECT("Il part. La République tchèque vote, dans l'est de la République "
         "démocratique du Congo aussi.",
         "République tchèque/LOC/République tchèque|République démocratique "
         "du Congo/LOC/République démocratique du Congo");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(acronym_types_its_long_name),
      cmocka_unit_test(things_named_after_people),
      cmocka_unit_test(words_of_the_lists),
      cmocka_unit_test(seats_states_functions),
      cmocka_unit_test(sites),
      cmocka_unit_test(mc_names),
      cmocka_unit_test(sans_bodies),
      cmocka_unit_test(acronyms_in_prose),
      cmocka_unit_test(topic_labels),
      cmocka_unit_test(cardinal_only_through_de),
      cmocka_unit_test(names_spelled_by_their_acronym),
      cmocka_unit_test(events_and_their_year),
      cmocka_unit_test(company_trades),
      cmocka_unit_test(cardinal_regions),
      cmocka_unit_test(credits),
      cmocka_unit_test(cardinal_compounds),
      cmocka_unit_test(company_nouns),
      cmocka_unit_test(hyphen_acronyms),
      cmocka_unit_test(place_and_cardinal),
      cmocka_unit_test(common_noun_acronyms),
      cmocka_unit_test(quoted_titles),
      cmocka_unit_test(body_acronyms),
      cmocka_unit_test(clubs_and_departements),
      cmocka_unit_test(datelines_with_a_dash),
      cmocka_unit_test(mastheads),
      cmocka_unit_test(hyphenated_given_names),
      cmocka_unit_test(sentence_start_a),
      cmocka_unit_test(bodies_named_by_a_plural),
      cmocka_unit_test(proper_nouns_after_noun_de),
      cmocka_unit_test(chez_a_company),
      cmocka_unit_test(races_of_two_towns),
      cmocka_unit_test(person_particles_inside),
      cmocka_unit_test(titles_with_their_article),
      cmocka_unit_test(elided_article_no_person),
      cmocka_unit_test(first_word_canon_with_cue),
      cmocka_unit_test(nationality_adjective_company),
      cmocka_unit_test(company_last_words),
      cmocka_unit_test(lists_with_articles),
      cmocka_unit_test(no_town_after_an_article),
      cmocka_unit_test(cardinal_newspapers),
      cmocka_unit_test(firms_by_trade_or_form),
      cmocka_unit_test(body_in_apposition),
      cmocka_unit_test(at_the_body),
      cmocka_unit_test(ampersand_bodies),
      cmocka_unit_test(towns_named_like_peoples),
      cmocka_unit_test(towns_of_geonames),
      cmocka_unit_test(sources_are_no_towns),
      cmocka_unit_test(capnom_bodies_speak),
      cmocka_unit_test(calendar_feasts),
      cmocka_unit_test(storm_headlines),
      cmocka_unit_test(civility_particles),
      cmocka_unit_test(planets),
      cmocka_unit_test(wiki_names),
      cmocka_unit_test(venues),
      cmocka_unit_test(party_after_a_title),
      cmocka_unit_test(staff_of_a_site),
      cmocka_unit_test(departement_services),
      cmocka_unit_test(newspaper_spoken_to),
      cmocka_unit_test(english_body_words),
      cmocka_unit_test(apposition_of_the_holder),
      cmocka_unit_test(inhabitant_nouns),
      cmocka_unit_test(unknown_inhabitant_nouns),
      cmocka_unit_test(scorers_of_a_match),
      cmocka_unit_test(default_person_keeps_place),
      cmocka_unit_test(plus_brands),
      cmocka_unit_test(loose_acronym_bodies),
      cmocka_unit_test(portfolios_of_other_holders),
      cmocka_unit_test(purpose_after_aux),
      cmocka_unit_test(byline_given_common),
      cmocka_unit_test(given_common_alone),
      cmocka_unit_test(countries_of_common_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
