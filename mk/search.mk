# Search (ext/core/search_token.c, ext/sqlite/fts5_french.c): the stop words
# of the `french` tokenizer's "stopwords 1" option.
GEN_HEADERS += $(BUILD)/gen/lex_stopwords_fr.h
