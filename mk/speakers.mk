# quotes(): function wordings that name the same function (data/speaker_functions.txt),
# and nouns of a kind of named organisation (data/speaker_orgnouns.txt).
GEN_HEADERS += $(BUILD)/gen/lex_speaker_functions.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_orgnouns.h
