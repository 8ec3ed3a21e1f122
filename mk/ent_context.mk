# entities(): the words of a name's context that say what it names
# (ext/core/ent_context.c, data/ent_context.txt).
GEN_HEADERS += $(BUILD)/gen/lex_ent_context.h
