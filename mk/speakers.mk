# quotes(): function wordings that name the same function (data/speaker_functions.txt).
GEN_HEADERS += $(BUILD)/gen/lex_speaker_functions.h
