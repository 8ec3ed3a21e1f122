# quotes(): function wordings that name the same function (data/speaker_functions.txt),
# nouns of a kind of named organisation (data/speaker_orgnouns.txt),
# nouns describing an organisation just named (data/speaker_bodies.txt),
# public offices with one holder (data/speaker_offices.txt), works and
# their makers (data/speaker_works.txt), and
# nouns of something said (data/speech_nouns.txt: "C'est le constat de X"),
# modal verbs before a speech verb's infinitive (data/speech_modals.txt).
GEN_HEADERS += $(BUILD)/gen/lex_speaker_functions.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_orgnouns.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_bodies.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_offices.h
# The départements of France and how de joins each (data/speaker_departements.txt).
GEN_HEADERS += $(BUILD)/gen/lex_speaker_departements.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_works.h
GEN_HEADERS += $(BUILD)/gen/lex_speech_nouns.h
GEN_HEADERS += $(BUILD)/gen/lex_speech_modals.h
# The function words an acronym skips in a body's full name (quotes_canon.c).
GEN_HEADERS += $(BUILD)/gen/lex_acronym_function_words.h

# The one-word classes of data/speaker_functions.txt that the quote rules
# compare as written, in one header of list macros, "#define
# MEMBER_NOUNS(X) X("magistrats") X("sages")" ..., which Q_WORD_LIST_TEST
# (quotes_int.h) expands into one function a class (the classes are
# described below and in the data file). Their words are compared as
# literals (q_tok_is), which costs what literals written in C cost; each
# must be one lowercase word, accents kept.
GEN_HEADERS += $(BUILD)/gen/speaker_class_lists.h
$(BUILD)/gen/speaker_class_lists.h: data/speaker_functions.txt mk/speakers.mk mk/word_macros.mk | $(BUILD)/gen
	$(call class_list_macros,101:TOWN_HALL_NOUNS 102:DEPUTY_NOUNS 103:PORTFOLIO_PARTICIPLES 104:LAWYER_TITLES 105:NOT_PARTICIPLES 106:DOCUMENT_NOUNS 107:SIGNING_PARTICIPLES 108:COMPANY_NOUNS 110:PREFECT_SEATS 111:MANDATE_NOUNS 112:PRESS_NOUNS 113:PROSECUTOR_NOUNS 114:PROSECUTOR_OFFICES 115:SUBORDINATORS 116:QUE_SUBORDINATORS 117:COURT_NOUNS 118:COURT_FEM_NOUNS 119:TERRITORY_NOUNS 120:DEPARTMENTAL_LEVELS 121:TOWN_HALL_OPENINGS 122:MUNICIPAL_LEVELS 130:MEMBER_NOUNS 131:DEFENDANT_NOUNS 132:TRIAL_PARTICIPLES,[ A-Z"\\],one lowercase word)

# Class 101: the nouns of a commune's town hall (mairie, municipal,
# commune) after which quotes_canon.c looks for the commune's name.

# Class 119: the nouns of a territorial body named by its place (région,
# métropole) before which a speaking place is that body (quotes_canon.c,
# territorial_body).

# Class 120: the adjectives of a département's level (départemental,
# académique) of a body written bare, which quotes_canon.c completes with
# the département the article is about (departmental_body).

# Class 121: the nouns opening a body or a function of a town hall
# (mairie, adjoint), class 122: the adjectives of a commune's level
# (municipal), completed with the commune the article is about
# (quotes_canon.c, municipal_body).

# Class 130: the plural nouns of a body's members (magistrats, sages) that
# stand for the body just named (quotes_canon.c, member_body).

# Class 131: the nouns of a defendant (prévenu, accusé) and class 132: the
# participles that say a person is tried (jugé, poursuivi): quotes_title.c,
# tried_person.

# Class 102: the nouns of a deputy mayor (adjoint, adjointe), whose
# portfolio goes on over à, au, aux (quotes_title.c, portfolio_to).

# Class 103: the participles after which a minister's portfolio goes on
# over au, aux (délégué, chargé: quotes_title.c, portfolio_to).

# Class 111: the offices whose mandate goes on over au, aux after their
# body (haut-commissaire: quotes_title.c, mandate_to).

# Class 104: the titles of a lawyer before a name, capitalised (Me,
# Maître: quotes_speaker.c, lawyer_title).

# Class 105: words that end like a past participle but open a name (saint,
# sainte: quotes_speaker.c, other_participle).

# Class 106: the nouns of a signed document (texte, communiqué, lettre)
# and class 107: the participles naming its signer (signé, signée):
# quotes_canon.c, document_signer.

# Class 108: the nouns for a company (entreprise, société, compagnie,
# groupe): quotes_speaker.c, group_alone.

# Class 110: a prefect's seat (préfecture): quotes_canon.c,
# prefect_function.

# Class 112: the nouns for a newspaper (quotidien, journal,
# hebdomadaire): quotes_speaker.c, press_title_before.
# Class 113: the nouns of a prosecutor (procureur, procureure) and class
# 114: the office that names no place (république): quotes_canon.c,
# prosecutor_seat.

# Class 115: the words that open a subordinate clause (quand, lorsque) and
# class 116: a word that makes que after it one (dès): quotes_speaker.c,
# subordinator.

# Class 117: the masculine nouns of a court (tribunal) and class 118: the
# feminine ones (cour): quotes_canon.c, court_end.

# The prepositions of data/speaker_prepositions.txt by bit of their value,
# as list macros (quotes_cue.c): "#define MEDIUM_PREPS(X) X("à") ...",
# bit 1 before a medium after a verb of saying, 2 before the body "on"
# speaks for (ON_BODY_PREPS), 4 before a complement of the verb
# (COMPLEMENT_PREPS).
GEN_HEADERS += $(BUILD)/gen/speaker_prepositions.h
$(BUILD)/gen/speaker_prepositions.h: data/speaker_prepositions.txt mk/speakers.mk mk/word_macros.mk | $(BUILD)/gen
	$(call bit_list_macros,MEDIUM_PREPS ON_BODY_PREPS COMPLEMENT_PREPS,[ A-Z"\\],one lowercase word)

# The words of a speaker's own voice (data/speaker_voice.txt: je, nous,
# faut), as VOICE_WORD("je") ... (quotes_marks.c, speaker_voice).
GEN_HEADERS += $(BUILD)/gen/speaker_voice_words.h
$(BUILD)/gen/speaker_voice_words.h: data/speaker_voice.txt mk/speakers.mk | $(BUILD)/gen
	$(call word_macros,1,VOICE_WORD,a word of the voice,[ A-Z"\\],one lowercase word)
# The endings of data/speaker_gender_endings.txt by value, as list
# macros "#define NEUTER_ENDINGS(X) X("sée") ...", FEMININE_ENDINGS (value
# 2), MASCULINE_ENDINGS (value 1) (quotes_pron.c, noun_gender).
GEN_HEADERS += $(BUILD)/gen/speaker_gender_endings.h
$(BUILD)/gen/speaker_gender_endings.h: data/speaker_gender_endings.txt mk/speakers.mk mk/word_macros.mk | $(BUILD)/gen
	$(call class_list_macros,0:NEUTER_ENDINGS 2:FEMININE_ENDINGS 1:MASCULINE_ENDINGS,[ A-Z"\\],one lowercase ending)

# The grammar words and small closed sets of data/speaker_grammar.txt in
# one header of list macros, one a bit of their value:
# "#define MY_POSSESSIVES(X) X("mon") X("ma")" ... (quotes_canon.c and
# quotes_speaker.c expand each into a function that compares a token with
# its words as q_tok_is() literals, in the file's order: Q_WORD_LIST_TEST).
GEN_HEADERS += $(BUILD)/gen/speaker_grammar.h
$(BUILD)/gen/speaker_grammar.h: data/speaker_grammar.txt mk/speakers.mk mk/word_macros.mk | $(BUILD)/gen
	$(call bit_list_macros,MY_POSSESSIVES MASC_POSSESSIVES FEM_POSSESSIVES ANY_POSSESSIVES ME_OBJECTS SUBJECT_CLITICS IMPERSONAL_WORDS IMPERSONAL_REFLEXIVES RELAY_MEDIA VERB_AUXILIARIES INTERCOMMUNAL_NOUNS INTERCOMMUNAL_COMPLEMENTS INTERCOMMUNAL_ADJECTIVES SOURCE_PREPOSITIONS CONTRACTED_ARTICLES IMPERSONAL_SUBJECTS IMPERSONAL_CLITICS MEMBER_ARTICLES BYLINE_PREPOSITIONS TERRITORIAL_LEVELS,[ A-Z"\\],one lowercase word)

# spk19b: a country's adjective for a national function written bare
# (quotes_canon.c, national_function). data/country_adjectives.txt (name,
# masculine, feminine; the plurals derived: an s, none after s or x) as
# COUNTRY_ADJECTIVE("Hongrie", "hongrois", "hongroise", "hongrois",
# "hongroises") lines; data/national_functions.txt (function, form ms fs
# mp fp, or s: singular, the gender by the article; then, for the head of
# a portfolio, a third field "portfolio") as NATIONAL_FUNCTION("gouvernement",
# 0, 0) lines, the form as the index of the adjective (0 ms, 1 fs, 2 mp, 3
# fp, 4 s), then 1 for a portfolio's head. A malformed line stops the build
# with FILE:LINE.
GEN_HEADERS += $(BUILD)/gen/country_adjectives.h
$(BUILD)/gen/country_adjectives.h: data/country_adjectives.txt mk/speakers.mk | $(BUILD)/gen
	awk -F'\t' 'function pl(a) { return a ~ /[sx]$$/ ? a : a "s" } \
	  /^[ \t]*(#|$$)/ { next } \
	  NF != 3 || $$1 !~ /^[A-ZÀ-Ý]/ || $$2 ~ /[ "\\]/ || $$3 ~ /[ "\\]/ || $$1 ~ /["\\]/ { \
	    print FILENAME ":" FNR ": a line must be a capitalised name, a TAB, two lowercase words" > "/dev/stderr"; exit 1 } \
	  { printf "COUNTRY_ADJECTIVE(\"%s\", \"%s\", \"%s\", \"%s\", \"%s\")\n", $$1, $$2, $$3, pl($$2), pl($$3) }' $< > $@.tmp
	mv $@.tmp $@
GEN_HEADERS += $(BUILD)/gen/national_functions.h
$(BUILD)/gen/national_functions.h: data/national_functions.txt mk/speakers.mk | $(BUILD)/gen
	awk -F'\t' 'BEGIN { f["ms"] = 0; f["fs"] = 1; f["mp"] = 2; f["fp"] = 3; f["s"] = 4 } \
	  /^[ \t]*(#|$$)/ { next } \
	  NF < 2 || NF > 3 || !($$2 in f) || $$1 ~ /[A-Z"\\]/ || (NF == 3 && $$3 != "portfolio") { \
	    print FILENAME ":" FNR ": a line must be a lowercase function, a TAB, ms fs mp fp or s, then a TAB and portfolio or nothing" > "/dev/stderr"; exit 1 } \
	  { printf "NATIONAL_FUNCTION(\"%s\", %d, %d)\n", $$1, f[$$2], NF == 3 }' $< > $@.tmp
	mv $@.tmp $@
