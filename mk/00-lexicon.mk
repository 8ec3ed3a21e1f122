# The lexicon compiler, and the rule that turns data/NAME.txt into
# $(BUILD)/gen/lex_NAME.h. A fragment that needs a list adds
#   GEN_HEADERS += $(BUILD)/gen/lex_NAME.h
# and, for lists made from several files or Debian data, its own rule.
GEN_LEXICON := $(BUILD)/tools/gen_lexicon

$(GEN_LEXICON): tools/gen_lexicon.c ext/core/lexicon.h | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra -o $@ $<

$(BUILD)/gen/lex_%.h: data/%.txt $(GEN_LEXICON) | $(BUILD)/gen
	$(GEN_LEXICON) lex_$* $< > $@.tmp && mv $@.tmp $@

