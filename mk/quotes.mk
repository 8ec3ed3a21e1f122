# quotes(): the speech-verb forms are generated from the lemma list and the
# irregular models, then compiled like any other lexicon.
GEN_SPEECH_VERBS := $(BUILD)/tools/gen_speech_verbs

$(GEN_SPEECH_VERBS): tools/gen_speech_verbs.c | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra -o $@ $<

$(BUILD)/gen/speech_forms.txt: data/speech_verbs.txt data/speech_verbs_irregular.txt $(GEN_SPEECH_VERBS) | $(BUILD)/gen
	$(GEN_SPEECH_VERBS) data/speech_verbs.txt data/speech_verbs_irregular.txt > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/lex_speech_forms.h: $(BUILD)/gen/speech_forms.txt $(GEN_LEXICON) | $(BUILD)/gen
	$(GEN_LEXICON) lex_speech_forms $< > $@.tmp && mv $@.tmp $@

GEN_HEADERS += $(BUILD)/gen/lex_speech_forms.h $(BUILD)/gen/lex_quote_words.h \
               $(BUILD)/gen/lex_quote_cues.h $(BUILD)/gen/lex_speaker_titles.h \
               $(BUILD)/gen/lex_speaker_groups.h
