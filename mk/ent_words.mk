# entities(): words single rules of ent_class.c compare as written, kept in
# data files rather than written in C, compiled into X-macro headers
# MACRO("word") ... (one word a line, "# comments" and blank lines ignored).
# The rules compare them as literals (word_is), which costs what literals
# cost.

# $(call written_word_macros,MACRO,WHAT[,VALUE]): the words of the data file
# $< (with VALUE after a TAB, when given) as MACRO("word") lines into $@;
# each must be one word with no quote or backslash (mk/word_macros.mk).
written_word_macros = $(call word_macros,$(if $(3),$$2 == "$(3)",1),$(1),$(2),[ "\\],one word)

# The nouns of a hall or a stadium that end a venue's name (data/ent_venues.txt:
# Arena, Stadium), as VENUE_NOUN("Arena") ... (ent_class.c, venue_last).
GEN_HEADERS += $(BUILD)/gen/ent_venue_nouns.h
$(BUILD)/gen/ent_venue_nouns.h: data/ent_venues.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,VENUE_NOUN,a venue noun)

# The words of data/ent_appositions.txt by value, as list macros
# (ent_class.c, org_apposition and apposition_after): value 1, a body's
# noun in apposition beside the ORG cues (ORG_APPOS_NOUNS: filiale);
# value 2, an ORG cue that in apposition names no body
# (NO_ORG_APPOS_NOUNS: usine); value 4, a word of time before a function
# in apposition (TITLE_TIME_WORDS: ancien, actuel).
GEN_HEADERS += $(BUILD)/gen/ent_apposition_lists.h
$(BUILD)/gen/ent_apposition_lists.h: data/ent_appositions.txt mk/ent_words.mk mk/word_macros.mk | $(BUILD)/gen
	$(call class_list_macros,1:ORG_APPOS_NOUNS 2:NO_ORG_APPOS_NOUNS 4:TITLE_TIME_WORDS,[ "\\],one word)

# The nouns of data/ent_cuenouns.txt by value, as list macros (ent_class.c):
# value 1, a company's staff before "de" + a name (STAFF_NOUNS: salariés,
# employés; staff_of_site); value 2, a noun of speaking before "au" + a
# newspaper (SPEECH_CUE_NOUNS: entretien; speech_to_medium); value 4, the
# holder of a portfolio (PORTFOLIO_HOLDERS: garde, vice-ministre,
# commissaire; held_portfolio); value 8, a scoring action of a match
# report (SCORE_NOUNS: essais, pénalités; scorer_listed); value 16, the
# head of a body before "de" + its name (BODY_HEADS: président,
# directrice; body_head); value 64, a noun of trade or ownership before
# "de" + a name (TRADE_NOUNS: commandes, propriétaire; trade_noun).
GEN_HEADERS += $(BUILD)/gen/ent_cuenoun_lists.h
$(BUILD)/gen/ent_cuenoun_lists.h: data/ent_cuenouns.txt mk/ent_words.mk mk/word_macros.mk | $(BUILD)/gen
	$(call class_list_macros,1:STAFF_NOUNS 2:SPEECH_CUE_NOUNS 4:PORTFOLIO_HOLDERS 8:SCORE_NOUNS 16:BODY_HEADS 64:TRADE_NOUNS,[ "\\],one word)

# Value 32 of data/ent_cuenouns.txt: a work whose author follows "du"
# (étude, inspection), as WORK_NOUN("étude") ... (ent_class.c,
# place_in_passing).
GEN_HEADERS += $(BUILD)/gen/ent_work_nouns.h
$(BUILD)/gen/ent_work_nouns.h: data/ent_cuenouns.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,WORK_NOUN,a noun of a work,32)

# The words that make the name after them a source (data/ent_source_words.txt:
# selon, Selon), as SOURCE_WORD("selon") ... (ent_class.c, source_word).
GEN_HEADERS += $(BUILD)/gen/ent_source_words.h
$(BUILD)/gen/ent_source_words.h: data/ent_source_words.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,SOURCE_WORD,a source word)

# The auxiliaries before a participle (data/ent_auxiliaries.txt: a, avait,
# vient), as AUX_WORD("a") ... (ent_class.c, aux_word), each opening with a,
# v or o as aux_word's first test assumes.
GEN_HEADERS += $(BUILD)/gen/ent_auxiliaries.h
$(BUILD)/gen/ent_auxiliaries.h: data/ent_auxiliaries.txt mk/ent_words.mk | $(BUILD)/gen
	$(call word_macros,1,AUX_WORD,an auxiliary,^[^avo]|[ "\\],one word opening with a/v/o)

# The prefixes of a CamelCase surname (data/ent_surname_prefixes.txt: Mc,
# Mac, Di), as SURNAME_PREFIX("Mc") ... (ent_class.c, camel_surname), each
# of two or three ASCII letters, the places camel_surname looks at.
GEN_HEADERS += $(BUILD)/gen/ent_surname_prefixes.h
$(BUILD)/gen/ent_surname_prefixes.h: data/ent_surname_prefixes.txt mk/ent_words.mk | $(BUILD)/gen
	$(call word_macros,1,SURNAME_PREFIX,a surname prefix,^.$$|^....|[^A-Za-z],two or three ASCII letters)

# The pronouns that end an imperative after a hyphen (data/ent_clitics.txt:
# vous, moi, le), as CLITIC("vous") ... (ent_cand.c, imperative_clitic),
# at most four bytes each, as its first test assumes; and the endings of a
# web domain (data/ent_domains.txt: org, fr), as DOMAIN_END("org") ...
# (ent_cand.c, site_suffix).
GEN_HEADERS += $(BUILD)/gen/ent_clitics.h $(BUILD)/gen/ent_domains.h
$(BUILD)/gen/ent_clitics.h: data/ent_clitics.txt mk/ent_words.mk | $(BUILD)/gen
	$(call word_macros,1,CLITIC,a clitic,^.....|[ A-Z"\\],one lowercase word of at most four bytes)
$(BUILD)/gen/ent_domains.h: data/ent_domains.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,DOMAIN_END,a domain ending)

# The words of a frame giving a view, by bit of their value in
# data/ent_frames.txt, as list macros "#define FRAME_NOUNS(X) X("Côté")"
# ... (ent_class.c, view_frame and pour_article).
GEN_HEADERS += $(BUILD)/gen/ent_frames.h
$(BUILD)/gen/ent_frames.h: data/ent_frames.txt mk/ent_words.mk mk/word_macros.mk | $(BUILD)/gen
	$(call bit_list_macros,FRAME_NOUNS FRAME_PREPOSITIONS FRAME_INNER_NOUNS FRAME_OPENERS FRAME_ARTICLES POUR_ARTICLES FRAME_DE_WORDS,[ "\\],one word)

# Grammar words of single rules of entities(), by list named in
# data/ent_grammar.txt, as list macros "#define COORDINATORS(X) X("et")"
# ... (ent_cand.c, ent_class.c, ent_context.c through ENT_WORD_LIST_TEST
# and ext/core/ent_grammar_words.h).
GEN_HEADERS += $(BUILD)/gen/ent_grammar.h
$(BUILD)/gen/ent_grammar.h: data/ent_grammar.txt mk/ent_words.mk mk/word_macros.mk | $(BUILD)/gen
	$(call named_list_macros,[ "\\],one word)
