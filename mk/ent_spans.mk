# entities() spans (ext/core/ent_cand.c): the words that decide where a
# span starts and ends, beside the entity lexicon (data/ent_spanwords.txt).
GEN_HEADERS += $(BUILD)/gen/lex_ent_spanwords.h
