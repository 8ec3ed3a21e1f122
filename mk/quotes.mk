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
               $(BUILD)/gen/lex_speaker_groups.h $(BUILD)/gen/lex_given_names.h \
               $(BUILD)/gen/lex_selon_generic.h

# Prefix filters in front of the word lists (tools/gen_qfilter.c).
GEN_QFILTER := $(BUILD)/tools/gen_qfilter

$(GEN_QFILTER): tools/gen_qfilter.c ext/core/qf_key.h | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra -o $@ $<

$(BUILD)/gen/qf_speech_forms.h: $(BUILD)/gen/speech_forms.txt $(GEN_QFILTER) | $(BUILD)/gen
	$(GEN_QFILTER) qf_speech_forms $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/qf_%.h: data/%.txt $(GEN_QFILTER) | $(BUILD)/gen
	$(GEN_QFILTER) qf_$* $< > $@.tmp && mv $@.tmp $@

GEN_HEADERS += $(BUILD)/gen/qf_speech_forms.h $(BUILD)/gen/qf_quote_words.h \
               $(BUILD)/gen/qf_quote_cues.h $(BUILD)/gen/qf_speaker_titles.h \
               $(BUILD)/gen/qf_speaker_groups.h
