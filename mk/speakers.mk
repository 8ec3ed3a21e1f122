# quotes(): function wordings that name the same function (data/speaker_functions.txt),
# nouns of a kind of named organisation (data/speaker_orgnouns.txt),
# nouns describing an organisation just named (data/speaker_bodies.txt), and
# nouns of something said (data/speech_nouns.txt: "C'est le constat de X"),
# modal verbs before a speech verb's infinitive (data/speech_modals.txt).
GEN_HEADERS += $(BUILD)/gen/lex_speaker_functions.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_orgnouns.h
GEN_HEADERS += $(BUILD)/gen/lex_speaker_bodies.h
GEN_HEADERS += $(BUILD)/gen/lex_speech_nouns.h
GEN_HEADERS += $(BUILD)/gen/lex_speech_modals.h
# The function words an acronym skips in a body's full name (quotes_canon.c).
GEN_HEADERS += $(BUILD)/gen/lex_acronym_function_words.h
