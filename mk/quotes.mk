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

# One hash table of every word the quote rules look at (tools/gen_qhash.c).
GEN_QHASH := $(BUILD)/tools/gen_qhash

$(GEN_QHASH): tools/gen_qhash.c ext/core/qh_hash.h | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra -o $@ $<

QHASH_SRC := $(BUILD)/gen/speech_forms.txt data/quote_words.txt \
             data/quote_cues.txt data/speaker_titles.txt data/speaker_groups.txt

$(BUILD)/gen/qh_words.h: $(QHASH_SRC) $(GEN_QHASH) | $(BUILD)/gen
	$(GEN_QHASH) qh_words $(QHASH_SRC) > $@.tmp && mv $@.tmp $@

GEN_HEADERS += $(BUILD)/gen/qh_words.h

# The grammar words of data/quote_grammar.txt (articles, prepositions,
# clitics, pronouns, conjunctions), one list macro a class named in the
# file: "#define REFLEXIVES(X) X("s") X("se")" ..., which
# ext/core/quotes_grammar.h turns into one test a class (Q_WORD_LIST_TEST:
# q_tok_is() literals, as cheap as literals written in C).
GEN_HEADERS += $(BUILD)/gen/quote_grammar_lists.h
$(BUILD)/gen/quote_grammar_lists.h: data/quote_grammar.txt mk/quotes.mk mk/word_macros.mk | $(BUILD)/gen
	$(call named_list_macros,[ A-Z"\\],one lowercase word)

# The few nouns of data/quote_nouns.txt that single rules compare as
# written (a ministry's, a court's), the same way.
GEN_HEADERS += $(BUILD)/gen/quote_noun_lists.h
$(BUILD)/gen/quote_noun_lists.h: data/quote_nouns.txt mk/quotes.mk mk/word_macros.mk | $(BUILD)/gen
	$(call named_list_macros,[ A-Z"\\],one lowercase word)
