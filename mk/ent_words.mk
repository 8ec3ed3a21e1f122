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

# The nouns of data/ent_appositions.txt: value 1, a body's noun in apposition
# beside the ORG cues (filiale); value 2, an ORG cue that in apposition names
# no body (usine), as ORG_APPOS_NOUN("filiale") and NO_ORG_APPOS_NOUN("usine")
# (ent_class.c, org_apposition).
GEN_HEADERS += $(BUILD)/gen/ent_org_appos_nouns.h $(BUILD)/gen/ent_no_org_appos_nouns.h
$(BUILD)/gen/ent_org_appos_nouns.h: data/ent_appositions.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,ORG_APPOS_NOUN,an apposition noun,1)
$(BUILD)/gen/ent_no_org_appos_nouns.h: data/ent_appositions.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,NO_ORG_APPOS_NOUN,an apposition noun,2)

# Value 4 of data/ent_appositions.txt: a word of time before a function in
# apposition (ancien, actuel), as TITLE_TIME_WORD("ancien") ... (ent_class.c,
# apposition_after).
GEN_HEADERS += $(BUILD)/gen/ent_title_time_words.h
$(BUILD)/gen/ent_title_time_words.h: data/ent_appositions.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,TITLE_TIME_WORD,a word of time,4)

# The nouns of data/ent_cuenouns.txt: value 1, a company's staff before "de"
# + a name (salariés, employés), as STAFF_NOUN("salariés") (ent_class.c,
# staff_of_site); value 2, a noun of speaking before "au" + a newspaper
# (entretien), as SPEECH_CUE_NOUN("entretien") (ent_class.c,
# speech_to_medium).
GEN_HEADERS += $(BUILD)/gen/ent_staff_nouns.h $(BUILD)/gen/ent_speech_cue_nouns.h
$(BUILD)/gen/ent_staff_nouns.h: data/ent_cuenouns.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,STAFF_NOUN,a staff noun,1)
$(BUILD)/gen/ent_speech_cue_nouns.h: data/ent_cuenouns.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,SPEECH_CUE_NOUN,a noun of speaking,2)

# Value 4 of data/ent_cuenouns.txt: the holder of a portfolio (garde,
# vice-ministre, commissaire), as PORTFOLIO_HOLDER("garde") ... (ent_class.c,
# held_portfolio).
GEN_HEADERS += $(BUILD)/gen/ent_portfolio_holders.h
$(BUILD)/gen/ent_portfolio_holders.h: data/ent_cuenouns.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,PORTFOLIO_HOLDER,a holder of a portfolio,4)

# Value 8 of data/ent_cuenouns.txt: a scoring action of a match report
# (essais, pénalités), as SCORE_NOUN("essais") ... (ent_class.c,
# scorer_listed).
GEN_HEADERS += $(BUILD)/gen/ent_score_nouns.h
$(BUILD)/gen/ent_score_nouns.h: data/ent_cuenouns.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,SCORE_NOUN,a scoring noun,8)

# Value 16 of data/ent_cuenouns.txt: the head of a body before "de" + its
# name (président, directrice), as BODY_HEAD("président") ... (ent_class.c,
# body_head).
GEN_HEADERS += $(BUILD)/gen/ent_body_heads.h
$(BUILD)/gen/ent_body_heads.h: data/ent_cuenouns.txt mk/ent_words.mk | $(BUILD)/gen
	$(call written_word_macros,BODY_HEAD,a head of a body,16)

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
