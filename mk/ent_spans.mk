# entities() spans (ext/core/ent_cand.c): the words that decide where a
# span starts and ends, beside the entity lexicon (data/ent_spanwords.txt).
GEN_HEADERS += $(BUILD)/gen/lex_ent_spanwords.h

# The words of data/ent_spanwords.txt that ent_cand.c compares as written,
# by bit of their value, as list macros: "#define SEA_NOUNS(X) X("mer")
# ...", each lowercase ASCII, its folded form its written form
# (mk/word_macros.mk). Bit 512, the nouns of a sea's name (mer, golfe,
# delta): compared as literals before every span, which costs what
# literals cost (a lookup there cost the loop 0.3%). Bit 8192, the
# lowercase nouns of a street or a bridge (rue, pont), kept in the name
# right after them (STREET_NOUNS).
GEN_HEADERS += $(BUILD)/gen/ent_span_lists.h
$(BUILD)/gen/ent_span_lists.h: data/ent_spanwords.txt mk/ent_spans.mk mk/word_macros.mk | $(BUILD)/gen
	$(call bit_list_macros,512:SEA_NOUNS 8192:STREET_NOUNS,^$$|[^a-z],lowercase ASCII)
