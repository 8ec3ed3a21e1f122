# entities() spans (ext/core/ent_cand.c): the words that decide where a
# span starts and ends, beside the entity lexicon (data/ent_spanwords.txt).
GEN_HEADERS += $(BUILD)/gen/lex_ent_spanwords.h

# $(call spanword_macros,BIT,MACRO,WHAT): the words of data/ent_spanwords.txt
# with BIT set, as an X-macro header MACRO("word") ... written to $@; each
# must be lowercase ASCII, as ent_cand.c compares them as written
# (mk/word_macros.mk).
spanword_macros = $(call word_macros,int($$2 / $(1)) % 2,$(2),$(3),^$$|[^a-z],lowercase ASCII)

# The nouns of a sea's name (bit 512 of data/ent_spanwords.txt: mer, golfe,
# delta) as an X-macro, SEA_NOUN("mer") ...: ent_cand.c compares them as
# written before every span, which costs what literals cost (a lookup there
# cost the loop 0.3%). Their folded form must be their written form.
GEN_HEADERS += $(BUILD)/gen/ent_sea_nouns.h
$(BUILD)/gen/ent_sea_nouns.h: data/ent_spanwords.txt mk/ent_spans.mk | $(BUILD)/gen
	$(call spanword_macros,512,SEA_NOUN,a sea noun)

# The lowercase nouns of a street or a bridge (bit 8192 of
# data/ent_spanwords.txt: rue, pont), kept in the name right after them,
# compared as literals the same way (STREET_NOUN("rue") ...).
GEN_HEADERS += $(BUILD)/gen/ent_street_nouns.h
$(BUILD)/gen/ent_street_nouns.h: data/ent_spanwords.txt mk/ent_spans.mk | $(BUILD)/gen
	$(call spanword_macros,8192,STREET_NOUN,a street noun)
